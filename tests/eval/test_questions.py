"""Label checks for the hand-written question sets in eval/questions/.

Every label in dev.jsonl and test.jsonl is checked against the parsed notice
records (``corpus.load_notice``): unit labels must equal the task's units as
written, unit → task sets are recomputed from the records, section sets must
match, and every expected answer must occur verbatim in the notice.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from corpus import DEFAULT_NOTICE_PATH, load_notice
from eval.questions import parse_typed_question

QUESTIONS_DIR = Path(__file__).resolve().parents[2] / "eval" / "questions"
SPLITS = ("dev", "test")

KEYS = {
    "id",
    "kind",
    "question",
    "history",
    "gold_tasks",
    "gold_lead_units",
    "gold_responsible_units",
    "gold_unit",
    "role",
    "gold_section",
    "expected_answer",
    "in_scope",
}
KINDS = {
    "lead",
    "responsible",
    "unit_tasks",
    "fact",
    "topic",
    "colloquial",
    "section",
    "meta",
    "followup",
    "out_of_scope",
}
FOLLOWUP_ROLES = {"lead", "responsible", "fact", "unit_tasks"}
ALL_COUNTIES = "各县人民政府"
COUNTY_UNITS = {"互助县人民政府", "民和县人民政府", "化隆县人民政府", "循化县人民政府"}
LEAD_WORDS = ("牵头",)
ANY_WORDS = ("参与", "负责", "配合", "涉及")

# ASCII and full-width spellings of the punctuation the records normalise.
_FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"})


def fold(text: str) -> str:
    """Fold punctuation width so that ASCII and full-width spellings compare equal."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD)


def load_split(split: str) -> list[dict]:
    path = QUESTIONS_DIR / f"{split}.jsonl"
    rows = []
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            assert line.strip(), f"{path.name}:{line_no} is blank"
            row = json.loads(line)
            row["_split"] = split
            row["_line"] = line_no
            rows.append(row)
    return rows


ROWS = {split: load_split(split) for split in SPLITS}
ALL_ROWS = [row for split in SPLITS for row in ROWS[split]]
NOTICE = load_notice()
RAW_TEXT = DEFAULT_NOTICE_PATH.read_text(encoding="utf-8-sig")


def row_id(row: dict) -> str:
    return f"{row['_split']}:{row['id']}"


def task_text(number: int) -> str:
    task = NOTICE.task(number)
    return task.title + task.text + "".join(task.sentences)


def unit_task_set(unit: str, role: str) -> set[int]:
    """Task numbers that ``unit`` leads (role "lead") or leads or is responsible for ("any")."""
    names = {unit, ALL_COUNTIES} if unit in COUNTY_UNITS else {unit}
    result = set()
    for task in NOTICE.tasks:
        units = task.lead_units if role == "lead" else task.lead_units + task.responsible_units
        if names & set(units):
            result.add(task.number)
    return result


def known_units() -> set[str]:
    units = set(COUNTY_UNITS)
    for task in NOTICE.tasks:
        units.update(task.lead_units)
        units.update(task.responsible_units)
    return units


def followup_unit_role(row: dict) -> str:
    """Whether a unit_tasks follow-up asks about 牵头 or any involvement.

    The follow-up's own wording decides; when it names no role ("那民政局呢")
    it inherits the role of the latest earlier question that names one.
    """
    for text in [row["question"], *reversed(row["history"])]:
        if any(w in text for w in LEAD_WORDS):
            return "lead"
        if any(w in text for w in ANY_WORDS):
            return "any"
    raise AssertionError(f"{row_id(row)}: follow-up names neither 牵头 nor 参与/负责/配合/涉及")


def assert_units_match(row: dict) -> None:
    (number,) = row["gold_tasks"]
    task = NOTICE.task(number)
    assert task.lead_units, f"{row_id(row)}: task {number} has no units in the notice"
    assert set(row["gold_lead_units"]) == set(task.lead_units), (
        f"{row_id(row)}: lead units {row['gold_lead_units']} != task {number}'s {list(task.lead_units)}"
    )
    assert set(row["gold_responsible_units"]) == set(task.responsible_units), (
        f"{row_id(row)}: responsible units {row['gold_responsible_units']} "
        f"!= task {number}'s {list(task.responsible_units)}"
    )
    assert len(row["gold_lead_units"]) == len(set(row["gold_lead_units"]))
    assert len(row["gold_responsible_units"]) == len(set(row["gold_responsible_units"]))


def assert_answer_in_task(row: dict) -> None:
    (number,) = row["gold_tasks"]
    answer = row["expected_answer"]
    assert isinstance(answer, str) and answer.strip(), f"{row_id(row)}: empty expected_answer"
    assert len(answer) <= 40, f"{row_id(row)}: expected_answer should be short: {answer!r}"
    assert fold(answer) in fold(task_text(number)), f"{row_id(row)}: {answer!r} not in task {number}'s text"


def assert_unit_tasks(row: dict, role: str) -> None:
    unit = row["gold_unit"]
    assert unit in known_units(), f"{row_id(row)}: unknown unit {unit!r}"
    expected = unit_task_set(unit, role)
    assert expected, f"{row_id(row)}: {unit} has no tasks as {role}"
    assert set(row["gold_tasks"]) == expected, (
        f"{row_id(row)}: {unit} ({role}) gold {sorted(row['gold_tasks'])} != records {sorted(expected)}"
    )


# ---------------------------------------------------------------- whole files


def test_split_sizes_and_mix():
    dev, test = len(ROWS["dev"]), len(ROWS["test"])
    assert dev + test >= 300
    assert 0.5 <= dev / (dev + test) <= 0.6
    for split in SPLITS:
        kinds = Counter(row["kind"] for row in ROWS[split])
        assert set(kinds) == KINDS, f"{split} lacks kinds {KINDS - set(kinds)}"
        assert kinds["out_of_scope"] >= 10, f"{split} has too few out_of_scope questions"
    colloquial = sum(row["kind"] == "colloquial" for row in ALL_ROWS)
    assert colloquial >= 70


def test_files_are_utf8_without_ascii_escapes():
    for split in SPLITS:
        raw = (QUESTIONS_DIR / f"{split}.jsonl").read_text(encoding="utf-8")
        assert "\\u" not in raw, f"{split}.jsonl was written with ensure_ascii=True"


def test_ids_unique_and_prefixed():
    ids = [row["id"] for row in ALL_ROWS]
    assert len(ids) == len(set(ids)), [i for i, c in Counter(ids).items() if c > 1]
    for row in ALL_ROWS:
        assert re.fullmatch(rf"{row['_split']}-\d{{4}}", row["id"]), row_id(row)


def _norm_question(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text)).lower()


def test_no_question_in_both_splits():
    dev = {_norm_question(row["question"]) for row in ROWS["dev"]}
    test = {_norm_question(row["question"]) for row in ROWS["test"]}
    assert not dev & test, sorted(dev & test)


def test_no_duplicate_question_within_a_split():
    for split in SPLITS:
        keys = Counter((tuple(row["history"]), _norm_question(row["question"])) for row in ROWS[split])
        dupes = [k for k, c in keys.items() if c > 1]
        assert not dupes, f"{split}: {dupes}"


def test_notice_shape_assumed_by_labels():
    assert len(NOTICE.tasks) == 34
    assert [s.number for s in NOTICE.sections] == list(range(1, 9))
    for task in NOTICE.tasks:
        has_units = bool(task.lead_units) and bool(task.responsible_units)
        assert has_units == (task.number <= 30), (
            f"task {task.number} units: {task.lead_units} / {task.responsible_units}"
        )


# ---------------------------------------------------------------- every row


@pytest.mark.parametrize("row", ALL_ROWS, ids=row_id)
def test_schema(row):
    assert set(row) - {"_split", "_line"} == KEYS, f"{row_id(row)}: keys {sorted(set(row) ^ KEYS)}"
    assert row["kind"] in KINDS, f"{row_id(row)}: kind {row['kind']!r}"
    assert isinstance(row["question"], str) and row["question"].strip()
    assert row["question"] == row["question"].strip()
    assert isinstance(row["history"], list) and all(isinstance(h, str) and h.strip() for h in row["history"])
    for key in ("gold_tasks", "gold_lead_units", "gold_responsible_units"):
        assert isinstance(row[key], list), f"{row_id(row)}: {key} must be a list"
    assert all(type(n) is int and 1 <= n <= 34 for n in row["gold_tasks"]), row_id(row)
    assert len(row["gold_tasks"]) == len(set(row["gold_tasks"])), f"{row_id(row)}: repeated gold task"
    assert row["gold_unit"] is None or isinstance(row["gold_unit"], str)
    assert row["role"] is None or isinstance(row["role"], str)
    assert row["gold_section"] is None or type(row["gold_section"]) is int
    assert row["expected_answer"] is None or isinstance(row["expected_answer"], str)
    assert isinstance(row["in_scope"], bool)
    if row["kind"] != "followup":
        assert row["history"] == [], f"{row_id(row)}: only follow-ups carry history"
    if row["kind"] not in ("unit_tasks", "followup"):
        assert row["role"] is None, f"{row_id(row)}: role only applies to unit_tasks and followup"
    if row["kind"] not in ("lead", "responsible", "followup"):
        assert row["gold_lead_units"] == [] and row["gold_responsible_units"] == [], row_id(row)
    if row["kind"] != "section":
        assert row["gold_section"] is None, row_id(row)
    if row["kind"] not in ("fact", "meta", "followup"):
        assert row["expected_answer"] is None, row_id(row)
    if row["kind"] not in ("unit_tasks", "followup"):
        assert row["gold_unit"] is None, row_id(row)


@pytest.mark.parametrize("row", ALL_ROWS, ids=row_id)
def test_labels_match_notice(row):
    kind = row["kind"]
    assert row["in_scope"] is (kind != "out_of_scope"), row_id(row)

    if kind in ("lead", "responsible"):
        assert len(row["gold_tasks"]) == 1, f"{row_id(row)}: one gold task expected"
        assert_units_match(row)
    elif kind == "unit_tasks":
        assert row["role"] in ("lead", "any"), f"{row_id(row)}: role {row['role']!r}"
        assert_unit_tasks(row, row["role"])
    elif kind == "fact":
        assert len(row["gold_tasks"]) == 1, f"{row_id(row)}: one gold task expected"
        assert_answer_in_task(row)
    elif kind in ("topic", "colloquial"):
        assert row["gold_tasks"], f"{row_id(row)}: no gold task"
    elif kind == "section":
        section = NOTICE.section(row["gold_section"])
        assert row["gold_tasks"] == list(section.tasks), (
            f"{row_id(row)}: section {section.number} tasks are {list(section.tasks)}"
        )
    elif kind == "meta":
        assert row["gold_tasks"] == []
        answer = row["expected_answer"]
        assert isinstance(answer, str) and answer.strip()
        meta_text = "\n".join(str(v) for v in vars(NOTICE.meta).values())
        assert fold(answer) in fold(RAW_TEXT) or fold(answer) in fold(meta_text), (
            f"{row_id(row)}: {answer!r} not in the notice"
        )
    elif kind == "followup":
        assert 1 <= len(row["history"]) <= 2, f"{row_id(row)}: 1–2 earlier questions expected"
        role = row["role"]
        assert role in FOLLOWUP_ROLES, f"{row_id(row)}: role {role!r}"
        if role in ("lead", "responsible"):
            assert len(row["gold_tasks"]) == 1
            assert_units_match(row)
        elif role == "fact":
            assert len(row["gold_tasks"]) == 1
            assert_answer_in_task(row)
        else:
            assert_unit_tasks(row, followup_unit_role(row))
    elif kind == "out_of_scope":
        assert row["gold_tasks"] == [], row_id(row)
        assert row["gold_lead_units"] == [] and row["gold_responsible_units"] == []
        assert row["gold_unit"] is None and row["expected_answer"] is None


def typed_row(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "t-1",
        "kind": "lookup",
        "question": "第31项由哪家单位牵头",
        "history": [],
        "answer_type": "units",
        "gold_count": None,
        "gold_tasks": [31],
        "gold_units": [],
        "role": "lead",
        "expected_answer": None,
        "in_scope": True,
        "note": "task 31 names no lead unit",
    }
    return {**base, **fields}


def test_a_units_question_about_a_task_naming_none_has_no_gold_units():
    parsed = parse_typed_question(typed_row())
    assert (parsed.gold_units, parsed.gold_tasks) == ((), (31,))


def test_a_units_question_with_neither_units_nor_tasks_is_refused():
    with pytest.raises(ValueError, match="needs gold_units, or gold_tasks"):
        parse_typed_question(typed_row(gold_tasks=[]))
