"""The typed dev set (eval/questions/dev_queries.jsonl): every gold answer re-derived from the parsed notice.

Each row's note starts with ``gold: <formula>``; this file evaluates the formula over the records with
its own small interpreter (independent of qa/executor.py) and checks it against the row's gold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from corpus import load_notice
from corpus.units import ALL_COUNTIES, COUNTY_GOVERNMENTS
from eval.questions import load_questions

PATH = Path(__file__).resolve().parents[2] / "eval" / "questions" / "dev_queries.jsonl"
NOTICE = load_notice()
TASKS = {t.number: t for t in NOTICE.tasks}
LISTED = [t for t in NOTICE.tasks if t.lead_units or t.responsible_units]
# Read off the notice by hand: tasks whose text sets an Arabic number with a unit or % (years excluded):
# 2 (10万亩), 3 (62%), 4 (40%), 5 (70亿元), 6 (21处), 8 (500米, 100%), 12 (65%), 14 (100%, 90%), 15 (92%),
# 17 (3.5%), 18 (1所), 20 (100%), 21 (2万套), 22 (17个), 24 (15分钟).
TARGET_TASKS = (2, 3, 4, 5, 6, 8, 12, 14, 15, 17, 18, 20, 21, 22, 24)
COUNTIES = {ALL_COUNTIES, *COUNTY_GOVERNMENTS}


def _tasks(pred: Callable[[Any], bool], pool=NOTICE.tasks) -> dict[str, Any]:
    return {"tasks": [t.number for t in pool if pred(t)]}


def _argument_list(text: str) -> list[str]:
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _by_unit_count(counts: dict[str, list[int]], pick) -> dict[str, Any]:
    best = pick(len(v) for v in counts.values())
    winners = [u for u, v in counts.items() if len(v) == best]
    return {"units": winners, "tasks": sorted({n for u in winners for n in counts[u]}), "count": best}


def _unit_counts(role: str) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = {}
    for t in NOTICE.tasks:
        names = t.lead_units if role == "lead" else t.units
        for u in names:
            if u not in COUNTIES:
                counts.setdefault(u, []).append(t.number)
    return counts


def _task_sizes(kind: str, pick) -> dict[str, Any]:
    sizes = {t.number: len(t.lead_units if kind == "lead" else t.responsible_units) for t in LISTED}
    best = pick(sizes.values())
    return {"tasks": [n for n, s in sizes.items() if s == best]}


def _section_sizes(pick) -> dict[str, Any]:
    best = pick(len(s.tasks) for s in NOTICE.sections)
    return {"tasks": [n for s in NOTICE.sections if len(s.tasks) == best for n in s.tasks]}


def evaluate(formula: str) -> dict[str, Any]:
    """Evaluate a gold formula over the records: tasks, units and/or count."""
    formula = formula.strip()
    constants = {
        "all": lambda: _tasks(lambda t: True),
        "nolead": lambda: _tasks(lambda t: not t.lead_units),
        "targets": lambda: {"tasks": list(TARGET_TASKS)},
        "sections": lambda: {"count": len(NOTICE.sections), "tasks": []},
        "argmax_lead_departments": lambda: _by_unit_count(_unit_counts("lead"), max),
        "argmax_any_departments": lambda: _by_unit_count(_unit_counts("any"), max),
        "argmax_resp_tasks": lambda: _task_sizes("responsible", max),
        "argmin_resp_tasks": lambda: _task_sizes("responsible", min),
        "argmax_lead_tasks": lambda: _task_sizes("lead", max),
        "argmax_sections": lambda: _section_sizes(max),
        "argmin_sections": lambda: _section_sizes(min),
    }
    if formula in constants:
        return constants[formula]()
    m = re.fullmatch(r"(lead|resp)count(==|>|<)(\d+)", formula)
    if m:
        field, op, n = m.group(1), m.group(2), int(m.group(3))
        compare = {"==": lambda a: a == n, ">": lambda a: a > n, "<": lambda a: a < n}[op]
        return _tasks(lambda t: compare(len(t.lead_units if field == "lead" else t.responsible_units)), LISTED)
    name, _, rest = formula.partition("(")
    args = _argument_list(rest[:-1])
    if name == "lead":
        return _tasks(lambda t: args[0] in t.lead_units)
    if name == "resp":
        return _tasks(lambda t: args[0] in t.responsible_units)
    if name == "any":
        return _tasks(lambda t: args[0] in t.units)
    if name == "section":
        return {"tasks": list(NOTICE.section(int(args[0])).tasks)}
    if name == "year":
        return _tasks(lambda t: f"{args[0]}年" in t.text)
    if name in ("and", "minus"):
        first, second = (set(evaluate(a)["tasks"]) for a in args)
        kept = first & second if name == "and" else first - second
        return {"tasks": sorted(kept)}
    if name == "count":
        inner = evaluate(args[0])
        return {"count": len(inner["tasks"]), "tasks": inner["tasks"]}
    if name == "count_units":
        inner = evaluate(args[0])
        return {"count": len(inner["units"]), "tasks": inner["tasks"], "units": inner["units"]}
    if name in ("leadunits", "respunits", "allunits"):
        task = TASKS[int(args[0])]
        units = {"leadunits": task.lead_units, "respunits": task.responsible_units, "allunits": task.units}[name]
        return {"units": list(units), "tasks": [task.number]}
    if name == "common":
        parts = [evaluate(a) for a in args]
        shared = [u for u in parts[0]["units"] if all(u in p["units"] for p in parts[1:])]
        return {"units": shared, "tasks": sorted({n for p in parts for n in p["tasks"]})}
    raise ValueError(f"unknown formula {formula!r}")


ROWS = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()] if PATH.exists() else []


def test_the_set_loads_and_has_at_least_150_questions_of_every_typed_kind():
    questions = load_questions(PATH)
    assert len(questions) >= 150
    kinds = {q.kind for q in questions}
    wanted = {"count", "list", "lookup", "set_op", "superlative", "filter", "multiturn", "smalltalk", "decline"}
    assert wanted | {"unknown_unit", "typo_unit", "english", "clarify"} <= kinds


@pytest.mark.parametrize("row", [r for r in ROWS if r["note"].startswith("gold: ")], ids=lambda r: r["id"])
def test_gold_follows_from_the_records(row):
    formula = row["note"].removeprefix("gold: ").split(";")[0]
    value = evaluate(formula)
    if row["answer_type"] == "units":
        assert row["gold_units"] == value["units"]
    else:
        assert sorted(row["gold_tasks"]) == sorted(value.get("tasks", []))
    if row["answer_type"] == "count":
        assert row["gold_count"] == value["count"]


@pytest.mark.parametrize("row", [r for r in ROWS if r["answer_type"] == "text"], ids=lambda r: r["id"])
def test_expected_text_is_in_the_gold_task(row):
    assert any(row["expected_answer"] in TASKS[n].text for n in row["gold_tasks"])


def test_gold_units_are_printed_names():
    printed = {u for t in NOTICE.tasks for u in t.units}
    assert {u for r in ROWS for u in r["gold_units"]} <= printed
