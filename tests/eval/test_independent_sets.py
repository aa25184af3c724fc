"""The independent question sets checked against the notice.

``challenge.jsonl`` (colloquial, paraphrased lead, fact and out-of-scope questions) and
``heldout.jsonl`` (colloquial and out-of-scope) were written from the notice alone, without
looking at the dev/test sets, the assistant's code or the everyday phrasings; these tests only
check that their labels agree with the notice.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus import load_notice
from corpus.phrasings import DEFAULT_PHRASINGS_PATH, load_phrasings
from eval.questions import FIELDS, load_questions

QUESTIONS = Path(__file__).resolve().parents[2] / "eval" / "questions"
# file stem → (id prefix, questions per kind)
SETS = {
    "challenge": ("ch", {"colloquial": 50, "lead": 30, "fact": 20, "out_of_scope": 50}),
    "heldout": ("ho", {"colloquial": 70, "out_of_scope": 30}),
}
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def read(stem: str) -> list[dict]:
    return [json.loads(line) for line in (QUESTIONS / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()]


FILES = {stem: read(stem) for stem in SETS}
ROWS = [row for rows in FILES.values() for row in rows]
IN_SCOPE = [row for row in ROWS if row["kind"] != "out_of_scope"]


def row_id(row: dict) -> str:
    return row["id"]


@pytest.mark.parametrize("stem", SETS)
def test_the_file_loads_with_the_project_loader(stem):
    assert len(load_questions(QUESTIONS / f"{stem}.jsonl")) == len(FILES[stem]) == sum(SETS[stem][1].values())


def test_every_row_has_exactly_the_schema_keys():
    for row in ROWS:
        assert list(row) == list(FIELDS), row["id"]


@pytest.mark.parametrize("stem", SETS)
def test_ids_are_unique_and_numbered(stem):
    ids = [row["id"] for row in FILES[stem]]
    assert ids == [f"{SETS[stem][0]}-{n:04d}" for n in range(1, len(ids) + 1)]


@pytest.mark.parametrize("stem", SETS)
def test_questions_are_unique(stem):
    questions = [row["question"] for row in FILES[stem]]
    assert len(set(questions)) == len(questions)


@pytest.mark.parametrize("stem", SETS)
def test_kinds_are_valid_and_counted(stem):
    assert Counter(row["kind"] for row in FILES[stem]) == SETS[stem][1]


@pytest.mark.parametrize("stem", SETS)
def test_colloquial_primary_tasks_cover_tasks_1_to_30(stem):
    primaries = {row["gold_tasks"][0] for row in FILES[stem] if row["kind"] == "colloquial"}
    assert primaries == set(range(1, 31))


def test_no_question_is_one_of_the_everyday_phrasings():
    """The phrasings are indexed; a question identical to one would measure nothing."""
    phrasings = load_phrasings(DEFAULT_PHRASINGS_PATH, range(1, 35))
    assert {row["question"] for row in ROWS} & {p.text for p in phrasings} == set()


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
