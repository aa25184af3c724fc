"""Strip code and markup syntax from a text so that only its words remain, one line per piece of text.

A notice's text is sometimes stored inside a program's data (a chart's JS object tree, a JSON list of items)
or in Markdown (a research note quoting a plan's items as bullets in bold). The parser reads lines of running
text; the syntax around them (braces, quotes, ``name:`` keys, ``**`` emphasis, ``- `` list marks) would keep
every line from reading as an item, so it goes first. Only a text that is mostly such syntax is rewritten: a
notice's own lines keep their form.
"""

from __future__ import annotations

import csv
import html
import re

from corpus.parsing.numbering import BULLET_GLYPHS, match_marker
from corpus.parsing.record_lists import records_as_items
from corpus.parsing.tables import column_of
from corpus.parsing.text import normalize_line

# A key and a quoted string value in object text: name: '…', "title": "…", text = '…', "责任单位": "…".
_KEY = r"""(?:["'][^"'\n]{1,20}["']|[A-Za-z_$][\w$-]*)"""
_KEY_STRING = re.compile(_KEY + r"""\s*[:=]\s*(["'`])(.*?)(?<!\\)\1""")
_KEY_NAME = re.compile(r"""["']?([^"':=\s]+)["']?\s*[:=]""")
# A key with a value that holds no text (a number, a width, an opening bracket): name: 3, left: '8%', children: [.
_KEY_OTHER = re.compile(_KEY + r"""\s*[:=]\s*(?:[\[{(]|["'`]?[\w.%#-]*["'`]?)(?=[\s,;{}\[\]()]|$)""")
# A quoted string standing alone in a list: "推进甲项工作", '市甲局'.
_BARE_STRING = re.compile(r"""(?<![\w"'])(["'])(?P<text>(?:(?!\1).)*)\1""")
# Where one list ends and the next begins on a line: "], [".
_ROW_BREAK = re.compile(r"\]\s*,\s*\[")
# What is left of a line of object syntax once its keys and values are gone: brackets, commas and semicolons.
_SYNTAX_ONLY = re.compile(r"^[\s{}\[\](),;]*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Share of non-blank lines that must be object syntax before a text counts as code.
_CODE_SHARE = 0.5
# At least this many lines must be object syntax (a notice may quote one "key: value" line), or a line of
# object syntax must hold this many texts (a minified object on one line).
_CODE_MIN_LINES = 8
_CODE_MIN_TEXTS = 3

# Markdown: a list mark at a line's start, a heading's hashes, a quote's mark, emphasis and code spans.
_MD_LIST = re.compile(r"^\s*[-*+]\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_EMPHASIS = re.compile(r"\*\*|__|`")
# Italics: one star on each side of a word ("*推进*"); a lone star is a table's lead mark ("*市甲局"), kept.
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
# List items a Markdown text must hold before its syntax is stripped.
_MD_MIN_LINES = 3


def markup_as_lines(lines: list[str]) -> list[str]:
    """Return ``lines`` with code or markup syntax stripped, or unchanged when the text is none of them.

    HTML keeps its text, a block element (paragraph, heading, list item, table row, line break) ending a line
    and a table's cells separated by `` | ``; a list of records naming tasks and their units (``[{"task": …,
    "owner": …, "co": …}]``) becomes numbered items with label lines; other object text keeps each quoted
    string holding Chinese text as a line of its own (keys, brackets and values without text go), a Chinese key
    written before its value as a field's label (``"责任单位": "X"`` → ``责任单位：X``); comma-separated rows
    under a header of the genre's columns become `` | `` rows; Markdown keeps each line with its list mark,
    heading hashes and emphasis removed, a list item that is no numbered item getting a bullet glyph (``● …``)
    so that it still reads as an item.
    """
    if _is_html(lines):
        lines = _html_text(lines)
    if (items := records_as_items(lines)) is not None:
        # A list of records naming tasks and their units is a task list published as data: its items, not strings.
        return items
    if _is_code(lines):
        return _code_strings(lines)
    if _is_csv(lines):
        return _csv_rows(lines)
    if _is_markdown(lines):
        return [_markdown_line(line) for line in lines]
    return lines


# An HTML or XML tag: whether it closes, and its local name (a Word document's XML prefixes them: <w:p>, <w:tc>).
_HTML_TAG = re.compile(r"<(/?)(?:[A-Za-z][\w.-]*:)?([A-Za-z][A-Za-z0-9]*)\b[^<>]*?/?>")
_HTML_HIDDEN = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article"}
)
# Table cells: HTML's td / th, a Word document's tc.
_HTML_CELLS = frozenset({"td", "th", "tc"})
# Tags a text must hold before it is read as HTML (a notice may print one "<" in its words).
_HTML_MIN_TAGS = 3


def _is_html(lines: list[str]) -> bool:
    known = _HTML_BLOCKS | _HTML_CELLS | {"span", "strong", "b", "em", "a", "font", "body", "html", "head", "t", "r"}
    return sum(m.group(2).lower() in known for line in lines for m in _HTML_TAG.finditer(line)) >= _HTML_MIN_TAGS


def _html_text(lines: list[str]) -> list[str]:
    """The words of an HTML text: block elements end lines, table cells are separated by " | ".

    Where block elements mark the paragraphs, the source's own line breaks only wrap its code (a Word document's
    XML puts each run on a line of its own), so they go.
    """
    text = _HTML_COMMENT.sub("", _HTML_HIDDEN.sub("", "\n".join(lines)))
    blocks = sum(m.group(2).lower() in _HTML_BLOCKS for m in _HTML_TAG.finditer(text))
    if blocks >= _HTML_MIN_TAGS:
        text = re.sub(r"\s*\n\s*", "", text)

    def replaced(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        if name in _HTML_CELLS:
            return "" if m.group(1) else " | "
        return "\n" if name in _HTML_BLOCKS else ""

    return [html.unescape(line).replace("\xa0", " ") for line in _HTML_TAG.sub(replaced, text).split("\n")]


# Cells a line must split into, at commas, before it can be a comma-separated header of the genre's columns.
_CSV_MIN_COLUMNS = 3


def _is_csv(lines: list[str]) -> bool:
    """Whether a line splits at commas into a header of known columns (序号, 重点任务, 牵头单位 …)."""
    for line in lines[:20]:
        if line.count(",") + 1 < _CSV_MIN_COLUMNS:
            continue
        cells = [c.strip() for c in next(csv.reader([line]))]
        if len(cells) >= _CSV_MIN_COLUMNS and all(c and column_of(c) is not None for c in cells):
            return True
    return False


def _csv_rows(lines: list[str]) -> list[str]:
    """Comma-separated lines as rows whose cells are separated by " | " (quoted cells keep their commas)."""
    return [" | ".join(c.strip() for c in row) if len(row) > 1 else "".join(row) for row in csv.reader(lines)]


def _is_code(lines: list[str]) -> bool:
    """Mostly lines of object syntax: many of them, or one line (a minified object) holding several texts."""
    filled = [line for line in lines if line.strip()]
    syntax = [line for line in filled if _is_syntax(line)]
    strings = [m.group(2) for line in syntax for pattern in (_KEY_STRING, _BARE_STRING) for m in pattern.finditer(line)]
    texts = sum(bool(_HAN.search(text)) for text in strings)
    return len(syntax) >= _CODE_SHARE * len(filled) and (len(syntax) >= _CODE_MIN_LINES or texts >= _CODE_MIN_TEXTS)


def _is_syntax(line: str) -> bool:
    """Whether ``line`` holds object syntax only: keys, their values, strings in a list, brackets and commas."""
    rest = _BARE_STRING.sub("", _KEY_OTHER.sub("", _KEY_STRING.sub("", line)))
    return bool(line.strip()) and bool(_SYNTAX_ONLY.match(rest))


def _code_strings(lines: list[str]) -> list[str]:
    """The text values of object text, one a line; a line of running text kept as it is."""
    result: list[str] = []
    # Lists of lists written on one line ([["序号", …], ["1", …]]): one row each.
    pieces = [piece for line in lines for piece in (_ROW_BREAK.split(line) if _is_syntax(line) else [line])]
    for line in pieces:
        if not _is_syntax(line):
            if line.strip():
                result.append(line)
            continue
        if not _KEY_STRING.search(line):
            # A list of strings on its line is a table's row (["1", "推进…", "市甲局"]): its cells, " | " between.
            cells = [m.group(2).strip() for m in _BARE_STRING.finditer(line)]
            if any(_HAN.search(c) for c in cells):
                result.append(" | ".join(cells))
            continue
        for m in _KEY_STRING.finditer(line):
            if not _HAN.search(m.group(2)):
                continue
            key = _KEY_NAME.match(m.group(0))
            # A Chinese key names its value's field, as a label does ("责任单位": "X" → 责任单位：X).
            label = f"{key.group(1)}：" if key is not None and _HAN.search(key.group(1)) else ""
            result.append(label + m.group(2).strip())
    return result


def _is_markdown(lines: list[str]) -> bool:
    """Several list items, and emphasis or a heading's hashes somewhere: a notice's own dash is no list mark."""
    listed = sum(bool(_MD_LIST.match(line)) for line in lines)
    marked = any(_MD_HEADING.match(line) or "**" in line or "__" in line for line in lines)
    return listed >= _MD_MIN_LINES and marked


def _markdown_line(line: str) -> str:
    """One Markdown line as plain text: a numbered item keeps its number, another list item gets a bullet."""
    listed = _MD_LIST.match(line) is not None
    text = _MD_EMPHASIS.sub("", _MD_QUOTE.sub("", _MD_HEADING.sub("", _MD_LIST.sub("", line))))
    text = _MD_ITALIC.sub(r"\1", text)
    if listed and match_marker(normalize_line(text)) is None:
        return f"{BULLET_GLYPHS[2]} {text.strip()}"
    return text
