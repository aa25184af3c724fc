"""Strip code and markup syntax from a text so that only its words remain, one line per piece of text.

A notice's text is sometimes stored inside a program's data (a chart's JS object tree, a JSON list of items)
or in Markdown (a research note quoting a plan's items as bullets in bold). The parser reads lines of running
text; the syntax around them (braces, quotes, ``name:`` keys, ``**`` emphasis, ``- `` list marks) would keep
every line from reading as an item, so it goes first. Only a text that is mostly such syntax is rewritten: a
notice's own lines keep their form.
"""

from __future__ import annotations

import re

from corpus.parsing.numbering import BULLET_GLYPHS, match_marker
from corpus.parsing.text import normalize_line

# A key and a quoted string value in object text: name: '…', "title": "…", text = '…'.
_KEY_STRING = re.compile(r"""["']?[A-Za-z_$][\w$-]*["']?\s*[:=]\s*(["'`])(.*?)(?<!\\)\1""")
# A key with a value that holds no text (a number, a width, an opening bracket): name: 3, left: '8%', children: [.
_KEY_OTHER = re.compile(
    r"""["']?[A-Za-z_$][\w$-]*["']?\s*[:=]\s*(?:[\[{(]|["'`]?[\w.%#-]*["'`]?)(?=[\s,;{}\[\]()]|$)"""
)
# What is left of a line of object syntax once its keys and values are gone: brackets, commas and semicolons.
_SYNTAX_ONLY = re.compile(r"^[\s{}\[\](),;]*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Share of non-blank lines that must be object syntax before a text counts as code.
_CODE_SHARE = 0.5
# At least this many lines must be object syntax: a notice may quote one "key: value" line.
_CODE_MIN_LINES = 8

# Markdown: a list mark at a line's start, a heading's hashes, a quote's mark, emphasis and code spans.
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}\))\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")
# List items a Markdown text must hold before its syntax is stripped.
_MD_MIN_LINES = 3


def markup_as_lines(lines: list[str]) -> list[str]:
    """Return ``lines`` with code or Markdown syntax stripped, or unchanged when the text is neither.

    Object text keeps each quoted string holding Chinese text as a line of its own (keys, brackets and values
    without text go); Markdown keeps each line with its list mark, heading hashes and emphasis removed, a list
    item that is no numbered item getting a bullet glyph (``● …``) so that it still reads as an item.
    """
    if _is_code(lines):
        return _code_strings(lines)
    if _is_markdown(lines):
        return [_markdown_line(line) for line in lines]
    return lines


def _is_code(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    syntax = sum(_is_syntax(line) for line in filled)
    return syntax >= _CODE_MIN_LINES and syntax >= _CODE_SHARE * len(filled)


def _is_syntax(line: str) -> bool:
    """Whether ``line`` holds object syntax only: keys, their values, brackets and commas."""
    return bool(_SYNTAX_ONLY.match(_KEY_OTHER.sub("", _KEY_STRING.sub("", line))))


def _code_strings(lines: list[str]) -> list[str]:
    """The text values of object text, one a line; a line of running text kept as it is."""
    result: list[str] = []
    for line in lines:
        if not _is_syntax(line):
            result.append(line)
            continue
        result.extend(m.group(2).strip() for m in _KEY_STRING.finditer(line) if _HAN.search(m.group(2)))
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
    if listed and match_marker(normalize_line(text)) is None:
        return f"{BULLET_GLYPHS[2]} {text.strip()}"
    return text
