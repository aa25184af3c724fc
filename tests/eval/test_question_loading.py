"""Loading question files into records, and the errors that point at the bad line.

(``test_questions.py`` checks the labels against the notice; this file checks the loader.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.questions import SPLIT_KINDS, load_questions, load_split, parse_question, split_path

ROW = {
    "id": "x-0001",
    "kind": "followup",
    "question": "那配合单位有哪些",
    "history": ["老旧小区改造谁牵头"],
    "gold_tasks": [21],
    "gold_lead_units": ["市住房建设局", "各县人民政府"],
    "gold_responsible_units": ["市发展改革委"],
    "gold_unit": None,
    "role": "responsible",
    "gold_section": None,
    "expected_answer": None,
    "in_scope": True,
}


def write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "q.jsonl"
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class TestParseQuestion:
    def test_a_row_becomes_a_frozen_record_with_tuples(self):
        q = parse_question(ROW)
        assert q.history == ("老旧小区改造谁牵头",) and q.gold_tasks == (21,)
        with pytest.raises(AttributeError):
            q.kind = "lead"  # type: ignore[misc]

    def test_a_followup_asks_what_its_role_says(self):
        assert parse_question(ROW).asks == "responsible"

    def test_the_retrieval_query_joins_history_and_question_oldest_first(self):
        assert parse_question(ROW).retrieval_query == "老旧小区改造谁牵头 那配合单位有哪些"

    def test_questions_without_gold_tasks_are_not_ranked(self):
        oos = {**ROW, "kind": "out_of_scope", "history": [], "gold_tasks": [], "role": None, "in_scope": False}
        assert not parse_question(oos).ranked

    def test_an_unknown_kind_names_the_choices(self):
        with pytest.raises(ValueError, match=r"unknown kind 'who'; choose one of lead, responsible"):
            parse_question({**ROW, "kind": "who"})

    def test_a_missing_field_is_named(self):
        row = {k: v for k, v in ROW.items() if k != "gold_tasks"}
        with pytest.raises(ValueError, match=r"missing fields \['gold_tasks'\]"):
            parse_question(row)

    def test_an_unknown_field_is_named(self):
        with pytest.raises(ValueError, match=r"unknown fields \['extra'\]"):
            parse_question({**ROW, "extra": 1})

    def test_a_task_number_must_be_an_integer_not_a_boolean(self):
        with pytest.raises(ValueError, match="gold_tasks must be a list of int"):
            parse_question({**ROW, "gold_tasks": [True]})

    def test_a_followup_role_must_be_one_of_the_follow_up_roles(self):
        with pytest.raises(ValueError, match="role 'any' for a followup question; expected one of lead"):
            parse_question({**ROW, "role": "any"})

    def test_in_scope_must_agree_with_the_kind(self):
        with pytest.raises(ValueError, match="in_scope is False for a followup question"):
            parse_question({**ROW, "in_scope": False})


class TestLoadQuestions:
    def test_a_malformed_line_is_reported_with_file_and_line(self, tmp_path):
        path = write(tmp_path, ROW, "{not json")
        with pytest.raises(ValueError, match=r"q\.jsonl:2: not JSON"):
            load_questions(path)

    def test_a_bad_field_is_reported_with_file_and_line(self, tmp_path):
        path = write(tmp_path, {**ROW, "id": "a"}, {**ROW, "id": "b", "kind": "who"})
        with pytest.raises(ValueError, match=r"q\.jsonl:2: unknown kind 'who'"):
            load_questions(path)

    def test_a_repeated_id_names_both_lines(self, tmp_path):
        path = write(tmp_path, ROW, ROW)
        with pytest.raises(ValueError, match=r"q\.jsonl:2: id 'x-0001' already used on line 1"):
            load_questions(path)

    def test_a_blank_line_is_an_error(self, tmp_path):
        path = write(tmp_path, ROW, "")
        with pytest.raises(ValueError, match=r"q\.jsonl:2: blank line"):
            load_questions(path)

    def test_an_unknown_split_names_the_choices(self):
        with pytest.raises(ValueError, match="unknown split 'train'; choose one of dev, test"):
            split_path("train")

    @pytest.mark.parametrize("split", ["dev", "test"])
    def test_the_shipped_splits_load_with_every_kind(self, split):
        questions = load_split(split)
        assert {q.kind for q in questions} == set(SPLIT_KINDS)
