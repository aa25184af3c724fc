"""Typed records for the notice: metadata, sections and tasks.

Everything downstream works on these frozen records; the raw text is parsed
once, in :mod:`corpus.parser`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class NoticeMeta:
    """What the notice says about itself (header and title block)."""

    issuer: str  # 发文机关
    doc_number: str  # 发文字号
    written_date: str  # 成文日期, as printed (e.g. "2023年05月09日")
    published_date: str  # 发布日期, as printed
    title: str  # the notice's own title (印发…的通知)
    plan_title: str  # title of the attached plan (…任务分工方案)
    subject: str  # 主题分类
    addressees: tuple[str, ...]  # 主送单位
    signed_date: str  # the date under the covering letter
    preamble: str  # the plan's opening paragraph


@dataclass(frozen=True)
class Section:
    """One of the numbered parts 一 … 八."""

    number: int
    numeral: str
    title: str
    tasks: tuple[int, ...]


@dataclass(frozen=True)
class Task:
    """One numbered task with its lead and responsible units."""

    number: int
    title: str
    section: int
    text: str
    sentences: tuple[str, ...]
    lead_units: tuple[str, ...]
    responsible_units: tuple[str, ...]
    # The task's number as printed, with its parent heading's when numbering restarts ("（三）2"); "" if unknown.
    label: str = ""

    @property
    def units(self) -> tuple[str, ...]:
        """Lead units then responsible units, each once."""
        return tuple(dict.fromkeys(self.lead_units + self.responsible_units))


@dataclass(frozen=True)
class Notice:
    """The whole parsed notice."""

    meta: NoticeMeta
    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]

    def task(self, number: int) -> Task:
        """Return task ``number``.

        Raises:
            KeyError: if there is no such task.
        """
        for task in self.tasks:
            if task.number == number:
                return task
        valid = f"{self.tasks[0].number}..{self.tasks[-1].number}" if self.tasks else "none"
        raise KeyError(f"no task {number}; tasks are {valid}")

    def section(self, number: int) -> Section:
        """Return section ``number`` (1-based).

        Raises:
            KeyError: if there is no such section.
        """
        for section in self.sections:
            if section.number == number:
                return section
        raise KeyError(f"no section {number}; sections are 1..{len(self.sections)}")

    def tasks_in(self, sections: Iterable[int]) -> tuple[int, ...]:
        """The numbers of the tasks in ``sections``, section by section as given.

        Raises:
            KeyError: if a section does not exist.
        """
        return tuple(n for number in sections for n in self.section(number).tasks)


@dataclass(frozen=True)
class Phrasing:
    """An everyday way of saying what one task is about ("冬天暖气不热"), written for retrieval.

    Not the notice's words: phrasings are searched but never quoted as evidence.
    """

    task: int
    text: str
