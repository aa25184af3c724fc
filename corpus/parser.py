"""Parse the notice's text into :class:`~corpus.records.Notice` records.

The parser is deliberately indifferent to typesetting: the official site uses
full-width punctuation, our copy has ASCII commas and colons, a stray space
inside a word, no-break-space lines and a ``任单位:`` line that lost its 责.
All of these normalise to one canonical form before any structure is read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from corpus.records import Notice, NoticeMeta, Section, Task

# ASCII punctuation the official site prints full-width; NFKC folds the
# full-width forms to ASCII, so mapping back afterwards makes both spellings equal.
_TO_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
# Whitespace between two non-ASCII characters is a typesetting accident
# ("基础设 施"); between Latin words or numbers it is meaningful.
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \t]+(?=[^\x00-\x7f])")
_SECTION = re.compile(r"^([一二三四五六七八九十]{1,3})、(.+)$")
_TASK = re.compile(r"^(\d{1,3})\s*[.、]\s*(\S.*)$")
# "任单位" is task 29's 责任单位 line with its first character missing.
_UNITS = re.compile(r"^(牵头单位|责任单位|任单位)\s*：\s*(.*)$")
_UNIT_SPLIT = re.compile(r"[、，；\s]+")
_SENTENCE = re.compile(r"[^。！？]+(?:[。！？]+|$)")
_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_HEADER_KEYS = ("索引号", "发文字号", "发文机关", "主题分类", "成文日期", "发布日期")
_HEADER_FIELD = re.compile(rf"({'|'.join(_HEADER_KEYS)})：")
_NUMERALS = "一二三四五六七八九十"


def normalize_line(line: str) -> str:
    """Return ``line`` in canonical form (NFKC, full-width ，：；（）？！, no CJK gaps)."""
    line = unicodedata.normalize("NFKC", line.replace("\ufeff", ""))
    line = line.translate(_TO_FULL_WIDTH)
    return _CJK_GAP.sub("", line).strip()


def split_sentences(text: str) -> tuple[str, ...]:
    """Split ``text`` after 。！？, keeping the punctuation and a final unterminated piece."""
    return tuple(s.strip() for s in _SENTENCE.findall(text) if s.strip())


def split_units(value: str) -> tuple[str, ...]:
    """Split a units line's value on 、 and ， (either may appear)."""
    return tuple(u.strip("。") for u in _UNIT_SPLIT.split(value) if u.strip("。"))


def _numeral_value(numeral: str) -> int:
    # Only 一 … 九十九 occur in headings; 十 alone is 10, 十三 is 13, 二十 is 20.
    if numeral == "十":
        return 10
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (_NUMERALS.index(ones) + 1 if ones else 0)
    return _NUMERALS.index(numeral) + 1


@dataclass
class _TaskDraft:
    number: int
    section: int
    line_no: int
    text_lines: list[str]
    lead: tuple[str, ...] | None = None
    responsible: tuple[str, ...] | None = None
    closed: bool = False  # a blank line or units line ended the paragraph

    def build(self) -> Task:
        text = "".join(self.text_lines)
        sentences = split_sentences(text)
        title = sentences[0].rstrip("。！？") if sentences else ""
        return Task(
            number=self.number,
            title=title,
            section=self.section,
            text=text,
            sentences=sentences,
            lead_units=self.lead or (),
            responsible_units=self.responsible or (),
        )


@dataclass
class _SectionDraft:
    number: int
    numeral: str
    title: str
    tasks: list[int] = field(default_factory=list)


def parse_notice(text: str) -> Notice:
    """Parse the notice's full text.

    Args:
        text: the notice as published (any mix of full-width/ASCII punctuation,
            CRLF or LF, with or without BOM).

    Returns:
        The parsed notice.

    Raises:
        ValueError: when the text has no tasks, repeats a task number, has a
            units line before any task, a task before any section, or a
            second units line of one kind for a task; the message names the line.
    """
    lines = [normalize_line(raw) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    sections: list[_SectionDraft] = []
    drafts: list[_TaskDraft] = []
    seen: dict[int, int] = {}
    first_section_line: int | None = None

    for index, line in enumerate(lines):
        line_no = index + 1
        current = drafts[-1] if drafts else None
        if not line:
            if current is not None:
                current.closed = True
            continue
        if (m := _SECTION.match(line)) and "。" not in line:
            number = _numeral_value(m.group(1))
            sections.append(_SectionDraft(number, m.group(1), m.group(2).strip()))
            if first_section_line is None:
                first_section_line = index
            if current is not None:
                current.closed = True
            continue
        if m := _TASK.match(line):
            number = int(m.group(1))
            if not sections:
                raise ValueError(f"line {line_no}: task {number} comes before any section heading: {line!r}")
            if number in seen:
                raise ValueError(
                    f"line {line_no}: task number {number} repeated (first on line {seen[number]}): {line!r}"
                )
            seen[number] = line_no
            drafts.append(_TaskDraft(number, sections[-1].number, line_no, [m.group(2).strip()]))
            sections[-1].tasks.append(number)
            continue
        if m := _UNITS.match(line):
            if current is None:
                raise ValueError(f"line {line_no}: units line before any task: {line!r}")
            kind = "lead" if m.group(1) == "牵头单位" else "responsible"
            if getattr(current, kind) is not None:
                raise ValueError(f"line {line_no}: second {m.group(1)} line for task {current.number}: {line!r}")
            setattr(current, kind, split_units(m.group(2)))
            current.closed = True
            continue
        if current is not None and not current.closed:
            # A hard-wrapped paragraph continues on the next line.
            current.text_lines.append(line)
        # Anything else (header, covering letter, footer such as 相关解读) is not task text.

    if not drafts:
        raise ValueError("no tasks found: expected lines such as '1. 任务标题。…' after a section heading like '一、…'")
    head = lines[: first_section_line if first_section_line is not None else len(lines)]
    return Notice(
        meta=_parse_meta(head),
        sections=tuple(Section(s.number, s.numeral, s.title, tuple(s.tasks)) for s in sections),
        tasks=tuple(d.build() for d in drafts),
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
    return NoticeMeta(
        issuer=issuer,
        doc_number=fields.get("发文字号", ""),
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
