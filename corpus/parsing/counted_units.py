"""A units sentence after a run of numbered targets, naming the units of the targets it counts.

Target plans of the genre (目标管理 方案) list targets one a line and, after a run of them, say in a sentence of
its own who answers for them: "4项目标的责任单位均为X。" for the four targets above it, "该目标责任单位为Y。" (or
"该项目标…") for the one above. The sentence is handed to each target it counts as a ``（责任单位：…）``
parenthesis closing the target's line, which the inline rules read (a 责任单位 list with no lead marker names
responsible units only), and the sentence's own line is taken out.
"""

from __future__ import annotations

import re

from corpus.numerals import read_number
from corpus.parsing.numbering import MarkerStyle, match_marker
from corpus.parsing.text import normalize_line

# "4项目标的责任单位均为X。", "2项目标责任单位均为X。", "该目标责任单位为X。", "该项目标的责任单位为X。".
_COUNTED_UNITS = re.compile(
    r"^(?:(?P<count>\d{1,2}|[一二三四五六七八九十两]{1,3})项|该项?)目标的?责任单位(?:均|都)?为(?P<units>[^。；，]{2,80})[。；]?$"
)
# Only items of the Arabic list styles are counted (targets are "1." "2、" or "（1）").
_TARGET_STYLES = frozenset({MarkerStyle.AR_DOT, MarkerStyle.AR_COMMA, MarkerStyle.AR_PAREN})


def _count(printed: str | None) -> int | None:
    """How many targets the sentence counts: one for 该, else its number."""
    if printed is None:
        return 1
    return 2 if printed == "两" else read_number(printed)


def counted_units_sentences(lines: list[str]) -> list[str]:
    """Lines with each counted units sentence handed to the targets it counts, and taken out.

    The targets are the nearest numbered items above the sentence, in one list style, that no earlier such
    sentence gave units to, with no other text between them (earlier units sentences aside). A sentence that
    finds fewer targets than it counts is left as it stands.
    """
    result = list(lines)
    given: set[int] = set()
    taken: set[int] = set()
    for i, line in enumerate(lines):
        sentence = _COUNTED_UNITS.match(normalize_line(line).strip())
        if sentence is None:
            continue
        count = _count(sentence["count"])
        if not count:
            continue
        targets: list[int] = []
        style: MarkerStyle | None = None
        for j in range(i - 1, -1, -1):
            above = normalize_line(result[j]).strip()
            if j in taken or not above:
                continue
            marker = match_marker(above)
            if marker is None or marker.style not in _TARGET_STYLES or j in given:
                break
            if style is not None and marker.style is not style:
                break
            style = marker.style
            targets.append(j)
            if len(targets) == count:
                break
        if len(targets) != count:
            continue
        for j in targets:
            result[j] = f"{result[j].rstrip()}（责任单位：{sentence['units'].strip()}）"
            given.add(j)
        taken.add(i)
    return [line for i, line in enumerate(result) if i not in taken]


__all__ = ["counted_units_sentences"]
