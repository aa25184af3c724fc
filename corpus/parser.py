"""Parse a task-division notice's text into :class:`~corpus.records.Notice` records.

The structure is read by :mod:`corpus.parsing` (label lines, inline parentheses,
flattened tables, the first-listed rule, nested numbering and decoys); this
module keeps the public entry points and reads the header and title block.
Typesetting does not matter: full-width or ASCII punctuation, stray spaces inside
words, no-break-space lines and a ``任单位:`` line that lost its 责 all normalise
to one canonical form before any structure is read.
"""

from __future__ import annotations

import re

from corpus.parsing.layout import DraftTask, Layout, read_layout
from corpus.parsing.report import NoticeParseError, ParseReport
from corpus.parsing.text import normalize_line, split_sentences
from corpus.parsing.unit_lists import (
    names_ting_bare,
    reset_ting_bare,
    split_units,
    ting_bare,
)
from corpus.records import Notice, NoticeMeta, Section, Task

_CN_DIGITS = "〇○零一二三四五六七八九十"
_DATE_LINE = re.compile(rf"^(?:\d{{4}}|[{_CN_DIGITS}]{{4}})年[\d{_CN_DIGITS}]{{1,3}}月[\d{_CN_DIGITS}]{{1,3}}日$")
_HEADER_KEYS = ("索引号", "发文字号", "发文机关", "主题分类", "成文日期", "发布日期")
_HEADER_FIELD = re.compile(rf"({'|'.join(_HEADER_KEYS)})：")
# A document number as printed in the genre: 东政办〔2023〕26号, 穗府办〔2006〕19号, 国办发[2020]1号.
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［【（]\d{4}[〕\]］】）]\s*\d{1,4}\s*号")
_TITLE_LIKE = re.compile(r"^(?:.{0,30}关于|印发|转发).{4,}(?:通知|方案|意见|分工|清单|分解)$")
# What a notice without section headings calls its single section.
DEFAULT_SECTION_TITLE = "全部任务"

__all__ = [
    "NoticeParseError",
    "ParseReport",
    "normalize_line",
    "parse_notice",
    "parse_notice_with_report",
    "split_sentences",
    "split_units",
]


def parse_notice(text: str) -> Notice:
    """Parse a task-division notice's full text.

    Args:
        text: the notice as published (any mix of full-width/ASCII punctuation,
            CRLF or LF, with or without BOM); layouts with label lines, inline
            parentheses or a table flattened to text.

    Returns:
        The parsed notice.

    Raises:
        NoticeParseError: (a ValueError) when the text has no tasks, repeats a
            task number without units to tell the runs apart, has a units line
            before any task, a task before any section, or a second units line
            of one kind for a task; the message names the line.
    """
    return parse_notice_with_report(text)[0]


def parse_notice_with_report(text: str) -> tuple[Notice, ParseReport]:
    """Parse like :func:`parse_notice` and also say what was understood and skipped."""
    # A notice naming its 厅 without 省 ("省甲委、乙厅、省丙局") restores no 省 on its bare 厅.
    token = ting_bare(names_ting_bare(text))
    try:
        layout = read_layout(text)
        return _build(layout), layout.report
    finally:
        reset_ting_bare(token)


def _build(layout: Layout) -> Notice:
    head = list(layout.lines[: layout.head_end])
    meta = _parse_meta(head)
    tasks = tuple(_task(t, layout) for t in layout.tasks)
    if layout.sections:
        sections = tuple(
            Section(s.number, s.numeral, s.title, tuple(t.number for t in tasks if t.section == s.number))
            for s in layout.sections
        )
    else:
        title = meta.plan_title or meta.title or DEFAULT_SECTION_TITLE
        sections = (Section(1, "一", title, tuple(t.number for t in tasks)),)
    return Notice(meta=meta, sections=sections, tasks=tasks)


# An item opening with the units in charge in clauses of their own, "X负责，Y、Z配合，<task>" (general usage of
# 实施方案 that assign each item in its first words): the task's title is what follows them.
_UNITS_OPENING = re.compile(
    r"^(?:由)?(?P<who>[^，,。；]{2,80}?)负责[，,]\s*(?:[^，,。；]{2,160}?(?:配合|协助|协办|参与)[，,]\s*)?(?P<rest>.+)$"
)


def _title(sentence: str, lead: tuple[str, ...]) -> str:
    """A task's title: its first sentence, less the units in charge that open it ("X负责，Y配合，…")."""
    title = sentence.rstrip("。！？")
    opening = _UNITS_OPENING.match(title)
    if opening and len(opening["rest"]) >= 4 and any(unit in opening["who"] for unit in lead):
        return opening["rest"]
    return title


def _task(draft: DraftTask, layout: Layout) -> Task:
    sentences = split_sentences(draft.text)
    title = draft.title or (_title(sentences[0], draft.lead) if sentences else "")
    if draft.section_index >= 0:
        section = layout.sections[draft.section_index].number
    else:
        # A task with units printed before the first heading is kept; it belongs to the first section there is
        # (every task's section must be one of the notice's sections), or to the single default section.
        section = layout.sections[0].number if layout.sections else 1
    return Task(
        number=draft.number,
        title=title,
        section=section,
        text=draft.text,
        sentences=sentences,
        lead_units=draft.lead,
        responsible_units=draft.responsible,
        label=draft.label,
    )


def _parse_meta(head: list[str]) -> NoticeMeta:
    """Read the header fields and title block that precede the first section.

    Titles are typeset over several short lines (with or without blank lines
    between them), so a title is the run of short lines without 。 that
    follows its anchor: the issuer's name for the notice, the date under the
    covering letter for the plan.
    """
    fields: dict[str, str] = {}
    for line in head:
        parts = _HEADER_FIELD.split(line)
        # split() with one group gives ["", key, value, key, value, ...]
        for key, value in zip(parts[1::2], parts[2::2], strict=True):
            fields.setdefault(key, value.strip())
    issuer = fields.get("发文机关", "")

    body = [line for line in head if line and not _HEADER_FIELD.search(line)]
    title = plan_title = addressees_line = signed_date = preamble = ""
    for i, line in enumerate(body):
        if not title and issuer and line == issuer:
            title = _title_run(body, i + 1)
        elif not addressees_line and line.endswith("："):
            addressees_line = line.rstrip("：")
        elif not signed_date and _DATE_LINE.match(line):
            signed_date = line
            plan_title = _title_run(body, i + 1)
    if body and "。" in body[-1]:
        preamble = body[-1]
    doc_number = fields.get("发文字号", "")
    if not doc_number:
        # Pages without the header table still print the number under the title.
        doc_number = next((m.group(0) for line in body if (m := _DOC_NUMBER.search(line))), "")
    if not title:
        title = next((line for line in body if _TITLE_LIKE.match(line) and "。" not in line), "")
    return NoticeMeta(
        issuer=issuer,
        doc_number=doc_number,
        written_date=fields.get("成文日期", ""),
        published_date=fields.get("发布日期", ""),
        title=title,
        plan_title=plan_title,
        subject=fields.get("主题分类", ""),
        addressees=split_units(addressees_line),
        signed_date=signed_date,
        preamble=preamble,
    )


def _title_run(lines: list[str], start: int) -> str:
    """Join the short lines without 。 or a closing ： from ``start`` on."""
    run: list[str] = []
    for line in lines[start:]:
        if "。" in line or line.endswith("：") or len(line) > 40:
            break
        run.append(line)
    return "".join(run)
