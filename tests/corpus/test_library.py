"""A folder of notices loads each once; the second load reads the cache; a bad notice does not stop the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus import DEFAULT_NOTICE_PATH, load_notice
from corpus.library import NoticeLibrary, notice_from_json, notice_to_json

FIXTURES = Path(__file__).parent / "fixtures" / "notices"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    notices = tmp_path / "notices"
    notices.mkdir()
    shutil.copy(DEFAULT_NOTICE_PATH, notices / "haidong_26.txt")
    shutil.copy(FIXTURES / "guangzhou_2006_gzbg.txt", notices / "guangzhou.txt")
    (notices / "broken.txt").write_text("一、总则\n1. 甲。\n牵头单位：甲局\n牵头单位：乙局\n", encoding="utf-8")
    (notices / "readme.md").write_text("not a notice", encoding="utf-8")
    return notices


def test_every_notice_in_the_folder_is_parsed_and_a_broken_one_is_reported(folder, tmp_path):
    library = NoticeLibrary.load(folder, tmp_path / "cache")
    assert [e.notice_id for e in library] == ["guangzhou", "haidong_26"]
    assert library.get("haidong_26") == load_notice(DEFAULT_NOTICE_PATH)
    assert [f.path.name for f in library.failures] == ["broken.txt"]
    assert "第4行" in library.failures[0].message


def test_the_second_load_reads_each_notice_from_the_cache(folder, tmp_path):
    first = NoticeLibrary.load(folder, tmp_path / "cache")
    second = NoticeLibrary.load(folder, tmp_path / "cache")
    assert {e.source for e in first} == {"built"}
    assert {e.source for e in second} == {"cache"}
    assert [e.notice for e in second] == [e.notice for e in first]


def test_an_edited_notice_is_parsed_again(folder, tmp_path):
    NoticeLibrary.load(folder, tmp_path / "cache")
    path = folder / "guangzhou.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    sources = {e.notice_id: e.source for e in NoticeLibrary.load(folder, tmp_path / "cache")}
    assert sources == {"guangzhou": "built", "haidong_26": "cache"}


def test_records_survive_the_json_round_trip():
    notice = load_notice()
    assert notice_from_json(notice_to_json(notice)) == notice


def test_an_unknown_id_names_the_ones_there_are(folder):
    library = NoticeLibrary.load(folder)
    with pytest.raises(KeyError, match="haidong_26"):
        library.get("nope")
