"""A library of notices answers from the notice picked, or across all, each citation naming its notice.

Expected tasks are read off the fixture files by hand (guangzhou: the （一）…（八） lines; jiaxing: table rows).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.answer import Intent
from qa.factory import build_library_assistant
from qa.library import LibraryAssistant, UnknownNoticeError
from qa.settings import Settings
from tests.fakes import FakeEncoder

FIXTURES = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "notices"
OTHERS = ("guangzhou_2006_gzbg.txt", "jiaxing_2022_zfgzbg_table.txt")


def notices_folder(root: Path) -> Path:
    folder = root / "notices"
    folder.mkdir()
    for name in OTHERS:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> LibraryAssistant:
    folder = notices_folder(tmp_path_factory.mktemp("library"))
    settings = Settings(notices_dir=folder, use_cache=False, decline_off_topic=False)
    return build_library_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)


def test_the_library_holds_the_built_in_notice_first_then_the_folder(library: LibraryAssistant) -> None:
    assert library.ids == ("notice_haidong_2023_26", "guangzhou_2006_gzbg", "jiaxing_2022_zfgzbg_table")
    assert library.notice("guangzhou_2006_gzbg").meta.doc_number == "穗府办〔2006〕19号"


def test_who_leads_is_answered_from_the_notice_the_task_is_in(library: LibraryAssistant) -> None:
    # guangzhou （五）: 牵头单位:市金融办.
    answer = library.ask("谁牵头珠江新城金融商贸区建设")
    first = answer.citations[0]
    assert (first.notice.id, first.task, first.lead_units) == ("guangzhou_2006_gzbg", 5, ("市金融办",))
    assert first.notice.doc_number == "穗府办〔2006〕19号"
    assert answer.answer.startswith("【穗府办〔2006〕19号】")
    # jiaxing row 11: "*市生态环境局、市生态创建办".
    answer = library.ask("谁牵头清新空气示范区")
    assert (answer.citations[0].notice.id, answer.citations[0].task) == ("jiaxing_2022_zfgzbg_table", 11)
    assert "由市生态环境局牵头" in answer.answer


def test_a_26_question_is_still_answered_from_26(library: LibraryAssistant) -> None:
    answer = library.ask("自然资源局牵头哪些任务")
    assert [(c.notice.id, c.task) for c in answer.citations] == [("notice_haidong_2023_26", 30)]


def test_a_unit_only_one_notice_names_lists_that_notices_tasks(library: LibraryAssistant) -> None:
    # 市经贸委 leads guangzhou （一） and （六）; no other notice names it.
    answer = library.ask("经贸委牵头哪些任务")
    assert answer.intent is Intent.UNIT_TASKS
    assert [(c.notice.id, c.task) for c in answer.citations] == [("guangzhou_2006_gzbg", 1), ("guangzhou_2006_gzbg", 6)]


def test_a_unit_several_notices_name_lists_its_tasks_in_each(library: LibraryAssistant) -> None:
    # 市生态环境局: 26号 leads task 13 (生态县城); jiaxing row 11 is starred for it.
    answer = library.ask("生态环境局牵头的有哪几项")
    cited = {(c.notice.id, c.task) for c in answer.citations}
    assert ("jiaxing_2022_zfgzbg_table", 11) in cited
    assert {notice for notice, _ in cited} == {"notice_haidong_2023_26", "jiaxing_2022_zfgzbg_table"}
    assert "【东政办〔2023〕26号】" in answer.answer and "【jiaxing_2022_zfgzbg_table】" in answer.answer


def test_a_picked_notice_answers_alone(library: LibraryAssistant) -> None:
    answer = library.ask("生态环境局牵头的有哪几项", notice="jiaxing_2022_zfgzbg_table")
    assert [(c.notice.id, c.task) for c in answer.citations] == [("jiaxing_2022_zfgzbg_table", 11)]


def test_an_unknown_notice_id_names_the_valid_ones(library: LibraryAssistant) -> None:
    with pytest.raises(UnknownNoticeError) as caught:
        library.ask("谁牵头污水处理", notice="nanjing")
    assert "nanjing" in caught.value.chinese and "guangzhou_2006_gzbg" in caught.value.chinese


def test_citation_json_names_its_notice_and_keeps_every_field(library: LibraryAssistant) -> None:
    data = library.ask("经贸委牵头哪些任务").to_json()["citations"][0]
    assert data["notice"] == {
        "id": "guangzhou_2006_gzbg",
        "doc_number": "穗府办〔2006〕19号",
        "title": "关于印发2006年政府工作报告要求重点做好的工作事项的通知",
    }
    assert {"task", "title", "section", "lead_units", "responsible_units", "text", "evidence", "score"} <= set(data)


def test_without_the_built_in_notice_only_the_folder_is_loaded(tmp_path: Path) -> None:
    settings = Settings(notices_dir=notices_folder(tmp_path), include_builtin=False, use_cache=False)
    library = build_library_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)
    assert library.ids == ("guangzhou_2006_gzbg", "jiaxing_2022_zfgzbg_table")


def test_a_follow_up_stays_with_the_notice_of_the_earlier_question(library: LibraryAssistant) -> None:
    # guangzhou （五）: 配合单位:市国土房管局、规划局 (市 carried over: 市规划局).
    answer = library.ask("这项的配合单位呢", ["谁牵头珠江新城金融商贸区建设"])
    first = answer.citations[0]
    assert (first.notice.id, first.task) == ("guangzhou_2006_gzbg", 5)
    assert "市国土房管局、市规划局" in answer.answer
