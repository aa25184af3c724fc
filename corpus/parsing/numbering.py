"""Heading and item markers: 一、 （一） 1. 1、 （1） 1） ① 第一条 第一章.

Chinese official documents nest their levels in a fixed order (GB/T 9704):
一、 → （一） → 1. → （1）. Each marker style has a depth in that order, so
a document's own nesting does not have to be guessed from indentation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from corpus.numerals import NUMERAL_CHARS, chinese_numeral_value

_CN = NUMERAL_CHARS


class MarkerStyle(Enum):
    """How an item is numbered; ``depth`` follows the official nesting order."""

    CHAPTER = "第一章"
    CN_COMMA = "一、"
    ARTICLE = "第一条"
    CN_PAREN = "（一）"
    AR_DOT = "1."
    AR_COMMA = "1、"
    AR_PAREN = "（1）"
    AR_HALF_PAREN = "1）"
    CIRCLED = "①"
    BULLET = "★"
    TABLE_ROW = "table row"

    @property
    def depth(self) -> int:
        """0 for the outermost level; styles of one level share a depth."""
        return _DEPTH[self]


_DEPTH = {
    MarkerStyle.CHAPTER: 0,
    MarkerStyle.CN_COMMA: 1,
    MarkerStyle.ARTICLE: 2,
    MarkerStyle.CN_PAREN: 2,
    MarkerStyle.AR_DOT: 3,
    MarkerStyle.AR_COMMA: 3,
    MarkerStyle.TABLE_ROW: 3,
    MarkerStyle.AR_PAREN: 4,
    MarkerStyle.AR_HALF_PAREN: 5,
    MarkerStyle.CIRCLED: 5,
    # A bullet carries no level of its own; it marks the items of whatever level holds it, below any numbered one.
    MarkerStyle.BULLET: 4,
}

# Order matters: 第一章 before 第一条, and "1." must not be a decimal ("1.5万亩").
_PATTERNS: tuple[tuple[MarkerStyle, re.Pattern[str]], ...] = (
    (MarkerStyle.CHAPTER, re.compile(rf"^第([{_CN}]{{1,4}})(?:章|部分)\s*(.*)$")),
    (MarkerStyle.ARTICLE, re.compile(rf"^第([{_CN}]{{1,4}})条\s*(.*)$")),
    (MarkerStyle.CN_COMMA, re.compile(rf"^([{_CN}]{{1,4}})\s*[、.]\s*(.*)$")),
    (MarkerStyle.CN_PAREN, re.compile(rf"^（\s*([{_CN}]{{1,4}})\s*）\s*(.*)$")),
    (MarkerStyle.AR_DOT, re.compile(r"^(\d{1,3})\s*\.(?!\d)\s*(.*)$")),
    (MarkerStyle.AR_COMMA, re.compile(r"^(\d{1,3})\s*、\s*(.*)$")),
    (MarkerStyle.AR_PAREN, re.compile(r"^（\s*(\d{1,3})\s*）\s*(.*)$")),
    (MarkerStyle.AR_HALF_PAREN, re.compile(r"^(\d{1,3})）\s*(.*)$")),
    (MarkerStyle.CIRCLED, re.compile(r"^([\u2460-\u2473])\s*(.*)$")),
)


# Plans of the genre also list their tasks with ★ / ● / ◆ bullets (general usage of 政府工作报告 分工 and 要点):
# the item is a sentence, unlike a web page's "● 分享到" furniture, so it must read as one (a full stop,
# a comma or a closing parenthesis, and some length).
BULLET_GLYPHS = "★☆●◆▲△■"
_BULLET_ITEM = re.compile(rf"^([{BULLET_GLYPHS}])\s*(\S.{{9,}})$")
_SENTENCE_MARK = re.compile(r"[。，；）]")


@dataclass(frozen=True)
class Marker:
    """A numbered line: its style, number, label as printed (canonical form) and the rest of the line."""

    style: MarkerStyle
    number: int
    label: str
    rest: str


def match_marker(line: str) -> Marker | None:
    """Return the marker that starts ``line`` (a canonical line), or None.

    A bullet item's number is 1: a bullet prints none, and the reader numbers bullet items in order.
    """
    if (m := _BULLET_ITEM.match(line)) is not None and _SENTENCE_MARK.search(m.group(2)):
        return Marker(MarkerStyle.BULLET, 1, m.group(1), m.group(2).strip())
    for style, pattern in _PATTERNS:
        if m := pattern.match(line):
            raw = m.group(1)
            if style is MarkerStyle.CIRCLED:
                return Marker(style, ord(raw) - 0x2460 + 1, raw, m.group(2).strip())
            number = int(raw) if raw.isdecimal() else chinese_numeral_value(raw)
            if number == 0:
                return None
            return Marker(style, number, _label(style, raw), m.group(2).strip())
    return None


# "N." then digits then a word; not a decimal figure wrapped onto a line's start ("3.5万亩", "1.2公里", "3.5%").
_DECIMAL_LED = re.compile(r"^(\d{1,3})\.(\d+(?![万亿千百十元亩米吨公平倍个％%.\d])[\u4e00-\u9fff“\"].*)$")


def next_item_led_by_digits(line: str, previous: int | None) -> Marker | None:
    """ "11.121人才梯队项目" right after item 10: item 11, whose title opens with digits.

    "N." followed by a digit reads as a decimal ("1.5万亩"), so :func:`match_marker` takes no marker there; a line
    whose N is the next number of the "N." items before it is that item all the same (a real notice's title "121人才
    梯队" did so). A percentage ("3.5%以内") never is.
    """
    m = _DECIMAL_LED.match(line)
    if m is None or previous is None or int(m.group(1)) != previous + 1:
        return None
    return Marker(MarkerStyle.AR_DOT, previous + 1, m.group(1), m.group(2).strip())


def _label(style: MarkerStyle, raw: str) -> str:
    if style in (MarkerStyle.CN_PAREN, MarkerStyle.AR_PAREN):
        return f"（{raw}）"
    if style is MarkerStyle.ARTICLE:
        return f"第{raw}条"
    if style is MarkerStyle.CHAPTER:
        return f"第{raw}章"
    return raw
