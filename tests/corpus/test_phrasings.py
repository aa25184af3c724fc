"""Everyday phrasings of the tasks: the file format, its errors, and the shipped file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus import load_notice
from corpus.phrasings import DEFAULT_PHRASINGS_PATH, load_phrasings, parse_phrasings, phrasings_sha256
from corpus.records import Phrasing
from corpus.units import build_alias_table

TASKS = range(1, 35)


def test_lines_are_task_tab_phrasing_and_comments_and_blank_lines_are_skipped():
    text = "\ufeff# everyday phrasings\n\n11\t冬天家里暖气不热\n 16 \t 污水直接排河里 \n"
    assert parse_phrasings(text, TASKS) == (Phrasing(11, "冬天家里暖气不热"), Phrasing(16, "污水直接排河里"))


@pytest.mark.parametrize(
    ("line", "message"),
    [("11 冬天家里暖气不热", "line 2: expected 'task<TAB>phrasing'"), ("11\t暖气\t不热", "line 2: expected"),
     ("十一\t暖气不热", "line 2: task must be a whole number, got '十一'"),
     ("35\t暖气不热", r"line 2: task 35 is not in the notice \(tasks 1–34\)"),
     ("11\t  ", "line 2: empty phrasing for task 11")],
)  # fmt: skip
def test_a_malformed_line_is_refused_naming_it(line: str, message: str):
    with pytest.raises(ValueError, match=message):
        parse_phrasings(f"# comment\n{line}\n", TASKS)


def test_a_file_that_is_not_utf8_is_refused_naming_it(tmp_path: Path):
    path = tmp_path / "phrasings.tsv"
    path.write_bytes("11\t暖气不热\n".encode("gbk"))
    with pytest.raises(ValueError, match=r"phrasings\.tsv is not UTF-8"):
        load_phrasings(path, TASKS)


def test_errors_in_a_file_name_the_file_and_the_line(tmp_path: Path):
    path = tmp_path / "phrasings.tsv"
    path.write_text("11\t暖气不热\n99\t不存在的任务\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"phrasings.tsv: line 2: task 99 is not in the notice"):
        load_phrasings(path, TASKS)


def test_the_fingerprint_changes_with_any_phrasing():
    one = (Phrasing(11, "冬天家里暖气不热"),)
    assert phrasings_sha256(one) == phrasings_sha256((Phrasing(11, "冬天家里暖气不热"),))
    assert phrasings_sha256(one) != phrasings_sha256((Phrasing(11, "冬天家里暖气太热"),))
    assert phrasings_sha256(one) != phrasings_sha256((Phrasing(12, "冬天家里暖气不热"),))


@pytest.fixture(scope="module")
def phrasings() -> tuple[Phrasing, ...]:
    return load_phrasings(DEFAULT_PHRASINGS_PATH, [t.number for t in load_notice().tasks])


class TestTheShippedFile:
    def test_every_task_has_phrasings(self, phrasings):
        counts = {n: sum(1 for p in phrasings if p.task == n) for n in TASKS}
        assert all(counts[n] >= 6 for n in range(1, 31)) and all(counts[n] >= 2 for n in range(31, 35)), counts

    def test_phrasings_are_short_everyday_text_not_the_notices_sentences(self, phrasings):
        notice_text = "".join(t.text for t in load_notice().tasks)
        for p in phrasings:
            assert 6 <= len(p.text) <= 30, p
            assert p.text not in notice_text, p

    def test_no_phrasing_names_a_unit(self, phrasings):
        """Unit questions ("某局牵头哪些任务") are answered from the records; phrasings must not pull them."""
        names = [name for name in build_alias_table(load_notice()) if len(name) >= 2]
        named = [(p, n) for p in phrasings for n in names if n in p.text and re.search("[局委办厅院所]", n)]
        assert named == []
