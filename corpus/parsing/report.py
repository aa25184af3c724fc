"""What the parser understood of a notice, for an administrator loading a new one."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LayoutKind(Enum):
    """The ways a notice states units; a notice may use several."""

    LABEL_LINES = "label lines"  # 牵头单位：… lines after the task
    INLINE = "inline"  # a parenthesis closing the task
    TABLE = "table"  # a table flattened to text
    IN_SENTENCE = "in the sentence"  # "由X会同Y等部门负责落实" inside the task's text
    FIRST_LISTED = "first listed leads"  # "列第一位者为牵头单位", stated once
    RESPONSIBLE_LEAD = "responsible units lead"  # "无牵头单位的，责任单位即为牵头单位", stated once

    @property
    def chinese(self) -> str:
        """The name an administrator reads in the parse report."""
        return _CHINESE[self]


_CHINESE = {
    LayoutKind.LABEL_LINES: "任务后的单位行",
    LayoutKind.INLINE: "任务末尾括号",
    LayoutKind.TABLE: "表格",
    LayoutKind.IN_SENTENCE: "任务句中的“由…会同…”",
    LayoutKind.FIRST_LISTED: "列第一位者为牵头单位",
    LayoutKind.RESPONSIBLE_LEAD: "无牵头单位的，责任单位即为牵头单位",
}


class NoticeParseError(ValueError):
    """A notice that cannot be parsed; names the line (1-based) when there is one.

    ``str(error)`` is the programmer's English message; :attr:`chinese` is the
    message for users.
    """

    def __init__(self, message: str, *, line_no: int | None, chinese: str) -> None:
        super().__init__(message)
        self.line_no = line_no
        self.chinese = chinese


@dataclass(frozen=True)
class SkippedLine:
    """A non-blank line that is not part of any task, and why."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class ParseReport:
    """Tasks found, tasks without units, skipped lines and the layouts recognised."""

    task_count: int
    section_count: int
    layouts: tuple[LayoutKind, ...]
    tasks_without_units: tuple[str, ...]  # task labels as printed
    skipped: tuple[SkippedLine, ...]
    first_listed_rule_line: int | None = None  # where "列第一位者为牵头单位" was stated
    # What the administrator should check, in Chinese: header words not understood, rows whose units could not be
    # told apart from the task's text.
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """Plain JSON for ``python -m qa parse --report --json``."""
        return {
            "tasks": self.task_count,
            "sections": self.section_count,
            "layouts": [kind.value for kind in self.layouts],
            "tasks_without_units": list(self.tasks_without_units),
            "first_listed_rule_line": self.first_listed_rule_line,
            "notes": list(self.notes),
            "skipped_lines": [{"line": s.line_no, "text": s.text, "reason": s.reason} for s in self.skipped],
        }
