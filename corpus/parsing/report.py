"""What the parser understood of a notice, for an administrator loading a new one."""

from __future__ import annotations

from dataclasses import dataclass


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
    layouts: tuple[str, ...]
    tasks_without_units: tuple[str, ...]  # task labels as printed
    skipped: tuple[SkippedLine, ...]
    first_listed_rule_line: int | None = None  # where "列第一位者为牵头单位" was stated

    def to_json(self) -> dict[str, object]:
        """Plain JSON for ``python -m qa parse --report --json``."""
        return {
            "tasks": self.task_count,
            "sections": self.section_count,
            "layouts": list(self.layouts),
            "tasks_without_units": list(self.tasks_without_units),
            "first_listed_rule_line": self.first_listed_rule_line,
            "skipped_lines": [{"line": s.line_no, "text": s.text, "reason": s.reason} for s in self.skipped],
        }
