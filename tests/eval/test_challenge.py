"""The independent challenge set (``eval/questions/challenge.jsonl``) checked against the notice.

Colloquial, paraphrased lead, fact and out-of-scope questions written without looking at the
dev/test sets or the assistant's code; these tests only check that the labels agree with the notice.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus import load_notice
from eval.questions import FIELDS, load_questions

PATH = Path(__file__).resolve().parents[2] / "eval" / "questions" / "challenge.jsonl"
KINDS = {"colloquial": 50, "lead": 30, "fact": 20, "out_of_scope": 50}
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})

ROWS = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()]
IN_SCOPE = [row for row in ROWS if row["kind"] != "out_of_scope"]


def row_id(row: dict) -> str:
    return row["id"]


def test_the_file_loads_with_the_project_loader():
    assert len(load_questions(PATH)) == len(ROWS) == sum(KINDS.values())


def test_every_row_has_exactly_the_schema_keys():
    for row in ROWS:
        assert list(row) == list(FIELDS), row["id"]


def test_ids_are_unique_and_numbered():
    ids = [row["id"] for row in ROWS]
    assert len(set(ids)) == len(ids)
    assert ids == [f"ch-{n:04d}" for n in range(1, len(ids) + 1)]


def test_questions_are_unique():
    questions = [row["question"] for row in ROWS]
    assert len(set(questions)) == len(questions)


def test_kinds_are_valid_and_counted():
    assert Counter(row["kind"] for row in ROWS) == KINDS


def test_colloquial_primary_tasks_cover_tasks_1_to_30():
    primaries = {row["gold_tasks"][0] for row in ROWS if row["kind"] == "colloquial"}
    assert primaries == set(range(1, 31))


@pytest.mark.parametrize("row", IN_SCOPE, ids=row_id)
def test_in_scope_rows_have_valid_gold_tasks(row):
    notice = load_notice()
    tasks = row["gold_tasks"]
    assert row["in_scope"] is True
    assert tasks, "an in-scope question needs a gold task"
    assert len(set(tasks)) == len(tasks)
    assert all(1 <= n <= 34 for n in tasks)
    for n in tasks:
        notice.task(n)
    assert row["history"] == []
    assert row["gold_unit"] is None and row["role"] is None and row["gold_section"] is None
    if row["kind"] in ("lead", "fact"):
        assert len(tasks) == 1


@pytest.mark.parametrize("row", [row for row in ROWS if row["kind"] == "lead"], ids=row_id)
def test_lead_units_match_the_notice(row):
    task = load_notice().task(row["gold_tasks"][0])
    assert tuple(row["gold_lead_units"]) == task.lead_units
    assert tuple(row["gold_responsible_units"]) == task.responsible_units
    assert row["expected_answer"] is None


@pytest.mark.parametrize("row", [row for row in ROWS if row["kind"] == "fact"], ids=row_id)
def test_fact_answer_occurs_in_the_gold_task(row):
    answer = row["expected_answer"]
    assert answer and any(ch.isdigit() for ch in answer), "a fact answer should carry its figure"
    text = load_notice().task(row["gold_tasks"][0]).text
    assert answer.translate(FULL_WIDTH) in text.translate(FULL_WIDTH)
    assert not row["gold_lead_units"] and not row["gold_responsible_units"]


@pytest.mark.parametrize("row", [row for row in ROWS if row["kind"] == "colloquial"], ids=row_id)
def test_colloquial_rows_carry_only_tasks(row):
    assert not row["gold_lead_units"] and not row["gold_responsible_units"]
    assert row["expected_answer"] is None


@pytest.mark.parametrize("row", [row for row in ROWS if row["kind"] == "out_of_scope"], ids=row_id)
def test_out_of_scope_rows_have_no_gold(row):
    assert row["in_scope"] is False
    assert row["gold_tasks"] == []
    assert not row["gold_lead_units"] and not row["gold_responsible_units"]
    assert row["expected_answer"] is None and row["gold_unit"] is None
