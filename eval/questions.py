"""Load and validate the labelled question sets (``eval/questions/<split>.jsonl``) into frozen records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"
SPLITS = ("dev", "test")
SPLIT_KINDS = (
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
)
# Kinds of the typed schema (issue 9), scored exactly by ``answer_type``; it also uses lead,
# responsible, fact, unit_tasks and colloquial.
TYPED_KINDS = (
    "count",
    "list",
    "lookup",
    "set_op",
    "superlative",
    "filter",
    "multiturn",
    "smalltalk",
    "decline",
    "unknown_unit",
    "typo_unit",
    "english",
    "clarify",
)
KINDS = (*SPLIT_KINDS, *TYPED_KINDS)
# How a typed question is scored (see eval/run.py::typed_exact).
ANSWER_TYPES = ("count", "tasks", "units", "text", "smalltalk", "decline", "clarify")
TYPED_ROLES = ("lead", "responsible", "any")
TYPED_FIELDS = (
    "id",
    "kind",
    "question",
    "history",
    "answer_type",
    "gold_count",
    "gold_tasks",
    "gold_units",
    "role",
    "expected_answer",
    "in_scope",
    "note",
)
# What a follow-up asks, and whether a unit_tasks question counts 牵头 only or any involvement.
FOLLOWUP_ROLES = ("lead", "responsible", "fact", "unit_tasks")
UNIT_TASK_ROLES = ("lead", "any")
FIELDS = (
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
)


@dataclass(frozen=True)
class Question:
    """One labelled question; ``gold_tasks[0]`` is the primary task, every listed task is relevant."""

    id: str
    kind: str
    question: str
    history: tuple[str, ...]
    gold_tasks: tuple[int, ...]
    gold_lead_units: tuple[str, ...]
    gold_responsible_units: tuple[str, ...]
    gold_unit: str | None
    role: str | None
    gold_section: int | None
    expected_answer: str | None
    in_scope: bool
    # Typed questions (issue 9 schema) only: how the answer is scored and its gold.
    answer_type: str | None = None
    gold_count: int | None = None
    gold_units: tuple[str, ...] = ()
    note: str = ""

    @property
    def ranked(self) -> bool:
        """Whether ranking metrics apply (meta and out-of-scope questions have no gold task).

        Typed questions whose answer is a set or a count are scored by it, not by a ranking.
        """
        if self.answer_type is not None and self.answer_type not in ("units", "text"):
            return False
        return bool(self.gold_tasks)

    @property
    def asks(self) -> str:
        """What the question asks for: its kind, or for a follow-up the role it plays."""
        return self.role if self.kind == "followup" and self.role else self.kind

    @property
    def retrieval_query(self) -> str:
        """The text a retrieval-only system searches with: earlier turns and the question, oldest first."""
        return " ".join((*self.history, self.question))


def split_path(split: str) -> Path:
    """The JSONL file of a named split.

    Raises:
        ValueError: for a split other than dev or test.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return QUESTIONS_DIR / f"{split}.jsonl"


def load_split(split: str) -> tuple[Question, ...]:
    """Load the questions of a named split (dev or test)."""
    return load_questions(split_path(split))


def load_questions(path: Path | str) -> tuple[Question, ...]:
    """Load a JSONL question file, one object per line.

    Raises:
        FileNotFoundError: if the file does not exist.
        ValueError: naming the file and line of a malformed or repeated question.
    """
    path = Path(path)
    questions: list[Question] = []
    first_line: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                raise ValueError(f"{path}:{line_no}: blank line")
            try:
                question = parse_question(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{line_no}: not JSON: {exc.msg}") from exc
            except ValueError as exc:
                raise ValueError(f"{path}:{line_no}: {exc}") from exc
            if question.id in first_line:
                raise ValueError(f"{path}:{line_no}: id {question.id!r} already used on line {first_line[question.id]}")
            first_line[question.id] = line_no
            questions.append(question)
    if not questions:
        raise ValueError(f"{path}: no questions")
    return tuple(questions)


def parse_question(row: Any) -> Question:
    """Check one decoded JSON object against the schema and turn it into a :class:`Question`.

    Raises:
        ValueError: naming the first bad field and what it should be.
    """
    if not isinstance(row, Mapping):
        raise ValueError(f"expected a JSON object, got {type(row).__name__}")
    if "answer_type" in row:
        return parse_typed_question(row)
    kind = _fields_and_kind(row, FIELDS)
    role = _optional(row, "role", str)
    valid_roles = FOLLOWUP_ROLES if kind == "followup" else UNIT_TASK_ROLES if kind == "unit_tasks" else ()
    if (role is None) != (not valid_roles) or (role is not None and role not in valid_roles):
        expected = f"one of {', '.join(valid_roles)}" if valid_roles else "null"
        raise ValueError(f"role {role!r} for a {kind} question; expected {expected}")
    gold_tasks = _list(row, "gold_tasks", int)
    if any(n < 1 for n in gold_tasks) or len(set(gold_tasks)) != len(gold_tasks):
        raise ValueError(f"gold_tasks must be distinct positive task numbers, got {list(gold_tasks)}")
    in_scope = row["in_scope"]
    if not isinstance(in_scope, bool):
        raise ValueError(f"in_scope must be true or false, got {in_scope!r}")
    if in_scope == (kind == "out_of_scope"):
        raise ValueError(f"in_scope is {in_scope} for a {kind} question")
    return Question(
        id=_string(row, "id"),
        kind=kind,
        question=_string(row, "question"),
        history=_list(row, "history", str),
        gold_tasks=gold_tasks,
        gold_lead_units=_list(row, "gold_lead_units", str),
        gold_responsible_units=_list(row, "gold_responsible_units", str),
        gold_unit=_optional(row, "gold_unit", str),
        role=role,
        gold_section=_optional(row, "gold_section", int),
        expected_answer=_optional(row, "expected_answer", str),
        in_scope=in_scope,
    )


def parse_typed_question(row: Mapping[str, Any]) -> Question:
    """Check one object of the typed schema (``answer_type``, ``gold_count``, ``gold_units``, ``note``).

    Raises:
        ValueError: naming the first bad field and what it should be.
    """
    kind = _fields_and_kind(row, TYPED_FIELDS)
    answer_type = _string(row, "answer_type")
    if answer_type not in ANSWER_TYPES:
        raise ValueError(f"unknown answer_type {answer_type!r}; choose one of {', '.join(ANSWER_TYPES)}")
    role = _optional(row, "role", str)
    if role is not None and role not in TYPED_ROLES:
        raise ValueError(f"role {role!r}; expected null or one of {', '.join(TYPED_ROLES)}")
    if answer_type == "units" and role is None:
        raise ValueError("a units question needs a role (lead, responsible or any)")
    gold_count = _optional(row, "gold_count", int)
    if (answer_type == "count") != (gold_count is not None):
        raise ValueError(f"gold_count {gold_count!r} for answer_type {answer_type!r}; only count questions have one")
    gold_tasks = _list(row, "gold_tasks", int)
    if any(n < 1 for n in gold_tasks) or len(set(gold_tasks)) != len(gold_tasks):
        raise ValueError(f"gold_tasks must be distinct positive task numbers, got {list(gold_tasks)}")
    gold_units = _list(row, "gold_units", str)
    if answer_type == "units" and not gold_units and not gold_tasks:
        # No units with gold tasks means those tasks name none ("第31项谁牵头"); with neither, nothing is checked.
        raise ValueError("a units question needs gold_units, or gold_tasks that name no such unit")
    if answer_type == "tasks" and not gold_tasks:
        raise ValueError("a tasks question needs gold_tasks")
    expected = _optional(row, "expected_answer", str)
    if answer_type == "text" and not expected:
        raise ValueError("a text question needs expected_answer")
    in_scope = row["in_scope"]
    if not isinstance(in_scope, bool):
        raise ValueError(f"in_scope must be true or false, got {in_scope!r}")
    if in_scope == (answer_type == "decline"):
        raise ValueError(f"in_scope is {in_scope} for answer_type {answer_type!r} (false exactly for decline)")
    note = row["note"]
    if note is not None and not isinstance(note, str):
        raise ValueError(f"note must be a string, got {note!r}")
    return Question(
        id=_string(row, "id"),
        kind=kind,
        question=_string(row, "question"),
        history=_list(row, "history", str),
        gold_tasks=gold_tasks,
        gold_lead_units=(),
        gold_responsible_units=(),
        gold_unit=None,
        role=role,
        gold_section=None,
        expected_answer=expected,
        in_scope=in_scope,
        answer_type=answer_type,
        gold_count=gold_count,
        gold_units=gold_units,
        note=note or "",
    )


def kinds_present(questions: Iterable[Question]) -> list[str]:
    """The kinds that occur in ``questions``, in the canonical order of :data:`KINDS`."""
    seen = {q.kind for q in questions}
    return [kind for kind in KINDS if kind in seen]


def _fields_and_kind(row: Mapping[str, Any], fields: Sequence[str]) -> str:
    """Check that ``row`` has exactly ``fields`` and a known kind; return the kind.

    Raises:
        ValueError: naming the missing and unknown fields, or the unknown kind and the valid ones.
    """
    missing = [name for name in fields if name not in row]
    unknown = sorted(set(row) - set(fields))
    if missing or unknown:
        raise ValueError(f"missing fields {missing}, unknown fields {unknown}; expected exactly {list(fields)}")
    kind = _string(row, "kind")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    return kind


def _is(value: Any, kind: type) -> bool:
    # bool is an int subclass; a label of true where a task number belongs is an error.
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def _string(row: Mapping[str, Any], name: str) -> str:
    value = row[name]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def _optional(row: Mapping[str, Any], name: str, kind: type) -> Any:
    value = row[name]
    if value is not None and not _is(value, kind):
        raise ValueError(f"{name} must be null or {kind.__name__}, got {value!r}")
    return value


def _list(row: Mapping[str, Any], name: str, kind: type) -> tuple[Any, ...]:
    value = row[name]
    if not isinstance(value, list) or not all(_is(item, kind) for item in value):
        raise ValueError(f"{name} must be a list of {kind.__name__}, got {value!r}")
    return tuple(value)
