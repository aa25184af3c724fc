"""Canonical line form shared by every parsing step."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from corpus.numerals import chinese_numeral_value

# ASCII punctuation that official sites print full-width; NFKC folds the
# full-width forms to ASCII, so mapping back afterwards makes both spellings equal.
_TO_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
# Whitespace between two non-ASCII characters is a typesetting accident
# ("基础设 施", "人力 资源社会保障局"); between Latin words or numbers it is meaningful.
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \t]+(?=[^\x00-\x7f])")
_SENTENCE = re.compile(r"[^。！？]+(?:[。！？]+|$)")
# Share of Han characters that OpenCC must rewrite before a text counts as typeset in traditional characters.
# A simplified notice changes none or a handful (乾县 → 干县); a traditional one changes one in four or more.
_TRADITIONAL_SHARE = 0.1
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Circled numbers ①–⑳, item markers of the genre's lowest level.
_CIRCLED = re.compile(r"([\u2460-\u2473])")
# A space after a unit's closing character and before the next unit's level prefix: "市财政局 市住建局".
_UNIT_GAP = re.compile(r"(?<=[局委办厅院室府队所站社心司])[ \t\u3000]+(?=[市区县省州各])")
# A space after a role verb and before the next unit ends a clause: "（市发改委牵头 市财政局配合）".
_CLAUSE_GAP = re.compile(r"(?<=牵头|负责|配合|参与|协办|协助)[ \t\u3000]+(?=[市区县省州各])")
# Pinyin glosses that some mirror sites print after characters ("責(zé)任單位", "財(cái)政局"): a syllable
# with a tone mark in parentheses right after a Han character. Toneless letters are left alone ("附件（a）").
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])（[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*）")
# Bullets and list glyphs that web pages put in front of lines ("• 听全文").
_BULLETS = "•·▪●○◆◇■□►▶-–—"


def fold_width(line: str) -> str:
    """Return ``line`` with NFKC and full-width ，：；（）？！ but its spacing untouched.

    Tables flattened to text separate cells with runs of spaces, so the
    spacing must survive until the cells are split. Circled numbers (①②) are
    item markers and keep their form (NFKC would make them plain digits).
    A mirror's pinyin glosses ("財（cái）政局") are dropped: they are no part of the text.
    """
    pieces = _CIRCLED.split(line.replace("\ufeff", ""))
    line = "".join(p if _CIRCLED.fullmatch(p) else unicodedata.normalize("NFKC", p) for p in pieces)
    return _PINYIN_GLOSS.sub("", line.translate(_TO_FULL_WIDTH))


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Return ``text`` with every traditional character OpenCC knows turned simplified (unconditionally)."""
    # OpenCC cannot encode lone surrogates (a damaged copy); they carry nothing.
    return _converter().convert(text.encode("utf-8", "replace").decode("utf-8"))


def simplified(text: str) -> str:
    """Return ``text`` in simplified characters when it is typeset in traditional ones, else unchanged.

    Mirror sites re-publish notices in traditional characters (牽頭, 按職責分工負責); the
    parser reads one script, and questions are converted the same way (qa.understand).
    A simplified text is left alone, so the few characters OpenCC would still rewrite
    in it cannot change a simplified notice.
    """
    han = _HAN.findall(text)
    if not han:
        return text
    traditional = {c for c in set(han) if to_simplified(c) != c}
    changed = sum(c in traditional for c in han)
    return to_simplified(text) if changed >= _TRADITIONAL_SHARE * len(han) else text


def normalize_line(line: str) -> str:
    """Return ``line`` in canonical form (NFKC, full-width ，：；（）？！, no CJK gaps).

    A space between a complete unit name and the next one ("市财政局 市住建局") separates
    them and becomes 、; any other space between Chinese characters is a wrapping accident.
    """
    return _CJK_GAP.sub("", _UNIT_GAP.sub("、", _CLAUSE_GAP.sub("，", fold_width(line)))).strip()


def split_sentences(text: str) -> tuple[str, ...]:
    """Split ``text`` after 。！？, keeping the punctuation and a final unterminated piece."""
    return tuple(s.strip() for s in _SENTENCE.findall(text) if s.strip())


# Where a page that ran its paragraphs together on one line, separated by spaces, started a new one: before a
# numbered item ("一、", "1.", "（一）") or a field's label ("责任单位：", "牵头领导：", "项目责任人：",
# "实际完成情况：": such pages print each field of an item as "label:value" after a space).
_RUN_IN_BREAK = re.compile(
    r"[ \t\u3000]+(?=[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[\u4e00-\u9fff]{2,8}\s*[:：])"
)
# A units field of such a page ("配合单位:市公安局、各区政府 东区 西区 合计…"): its value ends at the first space,
# where the next field or a table run into the line begins, unless the space separates two unit names
# ("市财政局 市住建局").
_UNITS_FIELD = re.compile(
    r"^(?:牵头单位|责任单位|配合单位|协办单位|牵头责任单位|协同责任单位|责任部门|牵头部门)\s*[:：]\s*"
)
_FIELD_END = re.compile(r"(?<![局委办厅院室府队所站社心司])[ \t\u3000]+|[ \t\u3000]+(?![市区县省州各])")
# Only a line this long holding this many such breaks is a page's paragraphs run together (a task's own
# paragraph may mention "1." once after a space).
_RUN_IN_MIN_CHARS = 300
_RUN_IN_MIN_BREAKS = 3


def split_run_in_paragraphs(lines: list[str]) -> list[str]:
    """Split lines that hold a page's paragraphs run together ("…通知 一、… 1.… 责任单位：…") at each item or label."""
    result: list[str] = []
    for line in lines:
        breaks = [m.end() for m in _RUN_IN_BREAK.finditer(line)]
        if len(line) < _RUN_IN_MIN_CHARS or len(breaks) < _RUN_IN_MIN_BREAKS:
            breaks = _sequential_item_breaks(line) or _later_item_breaks(line)
            if not breaks:
                result.append(line)
                continue
        starts = [0, *breaks]
        for a, b in zip(starts, [*breaks, len(line)], strict=True):
            result.extend(_end_units_field(line[a:b].rstrip()))
    return result


def _end_units_field(segment: str) -> list[str]:
    """A run-in page's units field and what follows its value after a space, as two lines (else the segment)."""
    if (label := _UNITS_FIELD.match(segment)) is None or (end := _FIELD_END.search(segment, label.end())) is None:
        return [segment]
    return [segment[: end.start()], segment[end.end() :]]


# An item run on right after the sentence before it, with no space: "…提出以下意见。1.对…。责任单位：…。2.对…".
_ITEM_AFTER_STOP = re.compile(r"(?<=[。；！])\s*(?=(\d{1,3})[.．、](?!\d))")


def _sequential_item_breaks(line: str) -> list[int]:
    """Where items 1., 2., 3. … start right after a full stop in one long line, or [] when they do not run 1, 2, ….

    Only numbers that count up from 1 without a gap split the line, so a figure after a full stop
    ("。3.5%" has a digit after the dot; "。2、3月份" would not start at 1) never does. Items （一）（二）… after a
    full stop or a semicolon split the same way ("…（市发改委牵头）；（二）推进…").
    """
    if len(line) < _RUN_IN_MIN_CHARS:
        return []
    for pattern, value, opening in (
        (_ITEM_AFTER_STOP, int, r"\s*1[.．、](?!\d)"),
        (_CN_ITEM_AFTER_STOP, chinese_numeral_value, r"\s*[（(]一[）)]"),
    ):
        breaks: list[int] = []
        expected = 2 if re.match(opening, line) else 1  # the line may open with item 1 itself
        for m in pattern.finditer(line):
            if value(m.group(1)) == expected:
                breaks.append(m.end())
                expected += 1
        if expected > 2:  # at least items 1 and 2
            return breaks
    return []


# A line opening with an item "（五）" and a later item of that style after a semicolon ("…机制；（七）…").
_OPENING_CN_ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[）)]")
_CN_ITEM_AFTER_SEMICOLON = re.compile(r"(?<=[；;])\s*(?=[（(]([一二三四五六七八九十]{1,3})[）)])")


def _later_item_breaks(line: str) -> list[int]:
    """Where a line opening with item （N） runs on into items numbered after N, each after a semicolon.

    A summary quoting a plan's items joins two of them on one line ("（五）构建…机制；（七）「建立…」"); an item
    numbered after the line's own, right after a semicolon, can be no sub-item of it (sub-items are numbered
    in a deeper style), so it starts an item of its own. Numbers must rise, so a list quoted inside the item
    ("（一）…；（一）…") never splits it.
    """
    if (opening := _OPENING_CN_ITEM.match(line)) is None:
        return []
    last = chinese_numeral_value(opening.group(1))
    breaks: list[int] = []
    for m in _CN_ITEM_AFTER_SEMICOLON.finditer(line):
        number = chinese_numeral_value(m.group(1))
        if number <= last:
            return []
        breaks.append(m.end())
        last = number
    return breaks


# "（二）" run on after the item before it ended with a full stop or a semicolon.
_CN_ITEM_AFTER_STOP = re.compile(r"(?<=[。；！])\s*(?=[（(]([一二三四五六七八九十]{1,3})[）)])")


def split_lines(text: str) -> list[str]:
    """Split ``text`` into raw lines whatever its line endings (CRLF, CR or LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def is_bullet_line(line: str) -> bool:
    """Whether ``line`` is web-page furniture led by a bullet glyph ("• 分享到")."""
    return bool(line) and line[0] in _BULLETS and not line[:2].isdecimal()


# A page number a document-sharing site's preview prints where a page starts ("2、"), followed by the text of the
# page, which goes on mid-sentence: an item's own text never opens with a punctuation mark ("2、、公安局配合）").
_PAGE_MARKER = re.compile(r"^\s*\d{1,3}\s*[、.．]\s*(?=[、，,。；;：:）)])")


def rejoin_page_markers(lines: list[str]) -> list[str]:
    """Lines with a sharing site's page markers taken out, the page's text joined to the line it goes on from.

    "…（县甲局负责，县乙局" / "" / "2、、县丙局配合）" is one parenthesis cut by a page break: the marker goes, the
    blank lines with it, and "、县丙局配合）" ends the line before.
    """
    result: list[str] = []
    for line in lines:
        marker = _PAGE_MARKER.match(fold_width(line))
        if marker is None or not any(r.strip() for r in result):
            result.append(line)
            continue
        while not result[-1].strip():
            result.pop()
        result[-1] = result[-1].rstrip() + fold_width(line)[marker.end() :].strip()
    return result


# A label naming the level whose unit it gives ("省牵头单位：省农业农村厅" under a city's own units, a table
# relaying a province's tasks): the level is said again by the unit's own prefix, the label is the genre's.
_LEVEL_BEFORE_LABEL = re.compile(r"^(\s*)[省市区县州](?=(?:牵头|责任|配合|协办|主办|参与)(?:单位|部门)\s*[:：])")


# A row's number cell alone on its line with a mark after it ("1*": a note marks the rows the city leads); the
# mark is a footnote's, not part of the row's number.
_MARKED_NUMBER_CELL = re.compile(r"^(\s*\d{1,3})[*＊※△▲]+(\s*)$")


# A label naming its bodies by two words, the second in brackets ("责任科室（单位）：", "牵头部门（单位）："; general
# usage of a bureau's own plans, whose sections and the units it oversees both carry tasks): the first word is the
# genre's label, the bracket says only that units may be named too.
_KIND_AFTER_LABEL = re.compile(r"(?<=单位|部门|科室|处室|股室)\s*[（(](?:单位|部门|科室|处室|股室)[）)](?=\s*[:：])")


def without_level_before_label(lines: list[str]) -> list[str]:
    """Lines with "省牵头单位：" read as "牵头单位：", "责任科室（单位）：" as "责任科室：", a cell "1*" as "1"."""
    return [
        _MARKED_NUMBER_CELL.sub(r"\1\2", _KIND_AFTER_LABEL.sub("", _LEVEL_BEFORE_LABEL.sub(r"\1", line)))
        for line in lines
    ]


# Anti-copy noise of forum software (Discuz's "jammer"): runs of random one- or two-character ASCII tokens between
# spaces, hidden on the page but kept in a copied text ("…（X牵头） x& L1 ]8 N) l6 J( k"). A run may touch the text
# on either side; it starts after a Han character, a closing bracket or the line's start, and ends before a Han
# character or the line's end. A bracket closing the text before it is no part of a run.
_NOISE_TOKEN = r"[!-~]{1,2}"
_NOISE_RUN = rf"[ \t]*(?:{_NOISE_TOKEN}[ \t]+){{3,}}{_NOISE_TOKEN}[ \t]*(?=[^\x00-\x7f]|$)"
_COPY_NOISE = re.compile(rf"(?:(?<=[^\x00-\x7f])|(?<=[)）]))(?![ \t]*[)）]){_NOISE_RUN}|^{_NOISE_RUN}")
# A token mixing a Latin letter with a digit or a mark ("L1", "x&", "J("): random noise, unlike words or
# abbreviations ("AI", "VR") or a table's empty cells ("| | |").
_MIXED_TOKEN = re.compile(r"[A-Za-z][^A-Za-z]|[^A-Za-z][A-Za-z]")
_MIN_MIXED_TOKENS = 3


def _noise_or_kept(match: re.Match[str]) -> str:
    """Nothing for a run of copy noise, else the run as it stands (spaced abbreviations, a table's empty cells)."""
    mixed = sum(bool(_MIXED_TOKEN.search(token)) for token in match.group(0).split())
    return "" if mixed >= _MIN_MIXED_TOKENS else match.group(0)


def without_copy_noise(lines: list[str]) -> list[str]:
    """Lines with a forum's anti-copy noise taken out ("…改造（X牵头） x& L1 ]8 N) l6" → "…改造（X牵头）")."""
    return [_COPY_NOISE.sub(_noise_or_kept, line) for line in lines]
