"""A plan whose page lost every separator: headings, items and units labels glued into one paragraph.

A document-sharing site's summary of a .docx may print a plan's structure with no line break, space or stop
between its parts: "…如下：一、工作任务（一）深化甲1.开展乙（2）目标：整治丙责任科室：县甲院、县乙院（3）目标：…".
What still shows the structure is a units label run on after the text it closes and its list of names running
into the next item's number. Where a line shows that at least once, it is cut before each units label, after
each label's list of names, and before each numbered heading or item run on in the text, one part a line.
"""

from __future__ import annotations

import re

from corpus.parsing.roles import units_label_spans
from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import is_unit_list

# An item's or heading's number glued to what comes before it: "（2）", "（一）", "4." (no decimal: "2.5%"), and
# "一、" only after a colon or a stop, since "统一、规范" holds one mid-word.
_GLUED_MARKER = re.compile(
    r"[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)](?=[\u4e00-\u9fff])"
    r"|(?<!\d)\d{1,3}[.．](?![\d.．])(?=[\u4e00-\u9fff])"
    r"|(?<=[：。；])[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff])"
)
# Whitespace between two characters of the text (not at a line's ends).
_SPACE_INSIDE = re.compile(r"\S[ \t\u3000\u00a0]+\S")
# A page's own truncation mark after the last name ("局爱卫工作科..."): no part of the name.
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+)$")


def glued_items(lines: list[str]) -> list[str]:
    """Lines whose headings, items and units labels are glued together, one part a line; other lines as they are."""
    result: list[str] = []
    for line in lines:
        # A space still separates the parts of a run-in page ("…。 责任单位：…"): read by the run-in split.
        parts = [] if _SPACE_INSIDE.search(line) else _glued_parts(normalize_line(line))
        result.extend(parts if parts else [line])
    return result


def _outside_brackets(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The labels that stand in the text itself, not inside a task's closing parenthesis ("（责任单位：…）")."""
    return [(start, end) for start, end in spans if line.count("（", 0, start) == line.count("）", 0, start)]


def _glued_parts(line: str) -> list[str]:
    """The parts of a glued line, or [] unless a units label's list of names runs into an item's number."""
    spans = _outside_brackets(line, units_label_spans(line))
    if not spans:
        return []
    ends = [_list_end(line, value_start, next_start) for value_start, next_start in _values(line, spans)]
    if not any(end is not None for end in ends):
        return []
    cuts: set[int] = set()
    text_start = 0
    for (label_start, _), end in zip(spans, ends, strict=True):
        cuts.update(_marker_cuts(line, text_start, label_start))
        cuts.add(label_start)
        if end is not None:
            cuts.add(end)
        text_start = end if end is not None else len(line)
    cuts.update(_marker_cuts(line, text_start, len(line)))
    bounds = sorted(c for c in cuts if 0 < c < len(line))
    pieces = [line[a:b].strip() for a, b in zip([0, *bounds], [*bounds, len(line)], strict=True)]
    return [_ELLIPSIS.sub("", piece) for piece in pieces if piece]


def _values(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each label's value: from after its colon to the next label's start (or the line's end)."""
    nexts = [start for start, _ in spans[1:]] + [len(line)]
    return [(value_start, nxt) for (_, value_start), nxt in zip(spans, nexts, strict=True)]


def _list_end(line: str, start: int, stop: int) -> int | None:
    """Where a label's list of names ends at an item's number glued to it ("县甲院、县乙院（3）…"), or None."""
    for marker in _GLUED_MARKER.finditer(line, start, stop):
        if marker.start() > start and is_unit_list(line[start : marker.start()]):
            return marker.start()
    return None


def _marker_cuts(line: str, start: int, stop: int) -> list[int]:
    """Where numbered headings and items start in a stretch of text between labels."""
    return [m.start() for m in _GLUED_MARKER.finditer(line, start, stop)]
