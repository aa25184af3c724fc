"""A typed query: what a question asks of the task table, as one frozen value.

The reader (:mod:`qa.reading`) turns a question into a :class:`Query`; the executor
(:mod:`qa.executor`) runs it over the parsed notice. Structural questions ("市农业农村局牵头几项",
"哪些任务没有写牵头单位", "牵头任务最多的是哪个局") never go through retrieval; content questions
("污水处理谁牵头") are :attr:`Op.CONTENT` and keep the retrieval path.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Op(StrEnum):
    """What to do with the task table."""

    LOOKUP = "lookup"  # one or more tasks by number: who leads, what it says
    LIST = "list"  # the tasks of a section, a unit, or all
    COUNT = "count"  # how many (tasks, sections, units) — always with the list
    ARGMAX = "argmax"  # the unit / task / section with the most …
    ARGMIN = "argmin"  # … the fewest
    FILTER = "filter"  # tasks with a structural property (no lead unit, one lead unit, a year, a target)
    INTERSECT = "intersect"  # tasks two units share, or units several tasks share
    DIFFERENCE = "difference"  # tasks of A but not of B (or A as one role but not another)
    CONTENT = "content"  # about the content: retrieval decides the task
    SMALLTALK = "smalltalk"  # greetings, thanks, "what can you do"
    DECLINE = "decline"  # the notice does not answer it
    CLARIFY = "clarify"  # unclear as asked: ask back


class Role(StrEnum):
    """The part a unit plays on a task's units lines."""

    LEAD = "lead"  # 牵头单位
    RESPONSIBLE = "responsible"  # 责任单位
    ANY = "any"  # either


class Asked(StrEnum):
    """What the answer must give."""

    TASKS = "tasks"
    LEAD_UNITS = "lead_units"
    RESPONSIBLE_UNITS = "responsible_units"
    UNITS = "units"  # lead and responsible
    TEXT = "text"  # what the task says
    TARGET = "target"  # its figures and deadlines
    COUNT = "count"
    SECTIONS = "sections"


class Counted(StrEnum):
    """What a count, superlative or numeric condition counts."""

    TASKS = "tasks"
    SECTIONS = "sections"
    UNITS = "units"  # distinct units named on the units lines
    LEAD_UNITS = "lead_units"  # per task: how many lead units
    RESPONSIBLE_UNITS = "responsible_units"  # per task: how many responsible units
    TASKS_OF_UNIT = "tasks_of_unit"  # per unit: how many tasks (in a role)
    COUNTIES = "counties"  # the counties the notice's county governments stand for ("涉及几个县")


# The units line a count of one task's units counts, as the line asked ("配合单位几个" counts what "配合单位" lists).
ASKED_OF_COUNTED = {
    Counted.LEAD_UNITS: Asked.LEAD_UNITS,
    Counted.RESPONSIBLE_UNITS: Asked.RESPONSIBLE_UNITS,
    Counted.UNITS: Asked.UNITS,
}


# The units line a role asks for: that role's line; with no role (Role.ANY), both lines (Asked.UNITS).
ASKED_OF_ROLE = {Role.LEAD: Asked.LEAD_UNITS, Role.RESPONSIBLE: Asked.RESPONSIBLE_UNITS}


class Property(StrEnum):
    """A structural property a filter keeps."""

    NO_LEAD = "no_lead"  # no 牵头单位 listed
    LEAD_COUNT = "lead_count"  # number of lead units meets the condition
    RESPONSIBLE_COUNT = "responsible_count"  # number of responsible units meets the condition
    UNIT_COUNT = "unit_count"  # number of units on both lines together meets the condition ("涉及单位超过10个")
    MENTIONS_YEAR = "mentions_year"  # the text names one of the query's years
    QUANTIFIED = "quantified"  # the text sets a number-with-unit target
    MENTIONS_TERM = "mentions_term"  # the text contains one of the query's terms ("提到拉面的那些任务")
    # the query's unit is the only unit in its role ("只有各县人民政府牵头的", "责任单位就X一家")
    SOLE_UNIT = "sole_unit"
    NO_RESPONSIBLE = "no_responsible"  # no 责任单位 listed
    NOT_LED_BY = "not_led_by"  # the task names lead units, none of them the query's unit
    UNIT_KIND = "unit_kind"  # a unit of one of the query's kinds (terms) is on the task ("有企业参与的任务")
    NOT_INVOLVED = "not_involved"  # the query's unit is on neither line of the task ("发改委没参与的")
    # the lead line mixes city departments and county governments (note "both"), or has departments only
    # (note "departments"): "牵头的既有市直部门又有县政府", "市里部门单独牵头的"
    LEAD_MIX = "lead_mix"
    ALL_OF = "all_of"  # every one of the query's parts holds (a negated part must not): two conditions at once


class Comparator(StrEnum):
    """How a number compares with the condition's value."""

    EQ = "=="
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="

    def holds(self, left: int, right: int) -> bool:
        """Whether ``left <op> right``."""
        return {
            Comparator.EQ: left == right,
            Comparator.GT: left > right,
            Comparator.GE: left >= right,
            Comparator.LT: left < right,
            Comparator.LE: left <= right,
        }[self]


@dataclass(frozen=True)
class Condition:
    """A numeric condition such as "只有一个" (== 1) or "超过两个" (> 2)."""

    comparator: Comparator
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError(f"a condition's value must be >= 0, got {self.value}")

    def holds(self, number: int) -> bool:
        """Whether ``number`` meets the condition."""
        return self.comparator.holds(number, self.value)


@dataclass(frozen=True)
class UnitArg:
    """A unit named in a question, by its name as printed in the notice, with the role asked."""

    name: str
    role: Role = Role.ANY


@dataclass(frozen=True)
class Query:
    """One question as an operation over the task table.

    Attributes:
        op: what to do.
        asked: what the answer must give.
        units: units named, each with the role asked (for DIFFERENCE: the first is kept, the rest removed).
        tasks: task numbers named (or taken from the conversation).
        sections: section numbers named.
        years: years named ("2025年").
        counted: what a count, superlative or condition counts.
        prop: the property a FILTER keeps.
        condition: a numeric condition ("只有一个", "超过两个").
        departments_only: superlatives over units: only city departments (the question says 局/部门).
        excluded: units a superlative leaves out ("除了发改委，哪个单位…最多").
        terms: words a MENTIONS_TERM filter looks for in the task text (any of them).
        parts: for ALL_OF: the conditions, each a query over tasks ("提到2025年" and "有百分比目标").
        negated: for ALL_OF: per part, whether the part must NOT hold ("…但没有百分比目标的").
        note: for DECLINE / CLARIFY / SMALLTALK: the reason or the kind of small talk.
        text: the normalised question.
    """

    op: Op
    asked: Asked = Asked.TASKS
    units: tuple[UnitArg, ...] = ()
    tasks: tuple[int, ...] = ()
    sections: tuple[int, ...] = ()
    years: tuple[int, ...] = ()
    counted: Counted | None = None
    prop: Property | None = None
    condition: Condition | None = None
    departments_only: bool = False
    excluded: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    parts: tuple[Query, ...] = ()
    negated: tuple[bool, ...] = ()
    note: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        if len(self.negated) != len(self.parts):
            raise ValueError(f"negated must give one flag per part: {len(self.parts)} parts, {len(self.negated)} flags")

    @property
    def unit_names(self) -> tuple[str, ...]:
        """The distinct units the query names, in the order named (an argument with no name left out)."""
        return tuple(dict.fromkeys(u.name for u in self.units if u.name))

    @property
    def structural(self) -> bool:
        """Whether the executor answers it from the records alone."""
        return self.op not in (Op.CONTENT, Op.SMALLTALK, Op.DECLINE, Op.CLARIFY)
