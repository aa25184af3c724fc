"""Tables drawn with box characters, as legal databases export a notice's tables to text.

A copy taken from such a database draws each table with ┌─┬─┐ │ ├─┼─┤ └─┴─┘:
a cell's text wraps over several lines between its borders, and a cell spanning
rows (a units cell shared by two tasks) has no border where the rows it spans
meet. Each table becomes one line per row with ``|`` between the cells, the
form :mod:`corpus.parsing.tables` reads; a spanning cell is repeated in each
row it spans, as a merged cell means.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from corpus.parsing.numbering import BULLET_GLYPHS

_DIVIDERS = re.compile(r"[│┃├┤┼┣┫╋┌┐└┘┬┴┏┓┗┛┳┻]")
# A piece of ─ (and spaces) under a column is that column's border.
_RULE = re.compile(r"^\s*[─━][─━\s]*$")
_BOX_LINE = re.compile(r"^\s*[┌├│└┏┣┃┗]")


@dataclass(frozen=True)
class _Cell:
    """One cell of a column: the lines it spans (indices into the table's lines) and its text."""

    first: int
    last: int
    text: str


def box_tables_as_rows(lines: list[str]) -> list[str]:
    """``lines`` with each box-drawn table replaced by one ``|``-separated line per row (line count kept)."""
    result = list(lines)
    i = 0
    while i < len(lines):
        if not _BOX_LINE.match(lines[i]) or not any(c in lines[i] for c in "┌├┏┣"):
            i += 1
            continue
        end = i
        while end < len(lines) and _BOX_LINE.match(lines[end]):
            end += 1
        rows = _rows(lines[i:end])
        if rows:
            # Each row on the line where it starts, blank lines for the rest: line numbers still name the copy's lines.
            block = [""] * (end - i)
            for first, cells in rows:
                block[first] = " | ".join(cells)
            result[i:end] = block
        i = end
    return result


def _pieces(line: str) -> list[str]:
    """The cells' pieces on one line, between its dividers."""
    parts = _DIVIDERS.split(line.strip())
    return parts[1:-1] if len(parts) >= 3 else []


def _rows(table: list[str]) -> list[tuple[int, list[str]]]:
    """The table's rows, each with the index of its first line: one row per cell of the first column."""
    width = max((len(_pieces(line)) for line in table), default=0)
    if width < 2:
        return []
    columns: list[list[_Cell]] = [[] for _ in range(width)]
    open_text: list[list[str]] = [[] for _ in range(width)]
    open_first: list[int | None] = [None] * width
    for index, line in enumerate(table):
        pieces = _pieces(line)
        if len(pieces) != width:
            continue  # a line drawn with fewer columns (a title row spanning the table) says nothing per column
        for column, piece in enumerate(pieces):
            if piece and _RULE.match(piece):
                # A border under this column closes its cell; a border with no text above it closes nothing.
                if open_first[column] is not None:
                    text = "".join(open_text[column])
                    columns[column].append(_Cell(open_first[column], index - 1, text))
                open_text[column], open_first[column] = [], None
                continue
            if open_first[column] is None:
                open_first[column] = index
            if piece.strip():
                open_text[column].append(piece.strip())
    for column in range(width):
        if open_first[column] is not None:
            columns[column].append(_Cell(open_first[column], len(table) - 1, "".join(open_text[column])))
    firsts = [piece for cell in columns[0] for piece in _bullet_items(cell, table)]
    marked = any(_BULLET.match(cell.text) for cell in firsts)
    rows = []
    for cell in firsts:
        if marked and cell is not firsts[0] and cell.text and not _BULLET.match(cell.text):
            # A table whose task cells list measures opened by bullets ("△加强财政监督…") prints the report's
            # heading they belong to in a cell of its own, no mark: a heading, not a row with units (the first row
            # is the table's header).
            rows.append((cell.first, [cell.text]))
            continue
        cells = [cell.text] + [_covering(columns[c], cell.first) for c in range(1, width)]
        if any(cells):
            rows.append((cell.first, cells))
    return rows


# A measure opened by a bullet inside a task cell (general usage of tables of 政府工作报告 分工).
_BULLET = re.compile(rf"^[{BULLET_GLYPHS}]")


def _bullet_items(cell: _Cell, table: list[str]) -> list[_Cell]:
    """``cell`` split at each line opening a bullet item: several measures in one cell are several tasks.

    Each item spans its own lines, so it takes the units cell beside its first line (a units column may split
    beside a task cell that holds several measures).
    """
    starts = [
        index
        for index in range(cell.first, cell.last + 1)
        if (pieces := _pieces(table[index])) and _BULLET.match(pieces[0].strip())
    ]
    if not starts or starts == [cell.first]:
        return [cell]
    bounds = ([cell.first] if starts[0] != cell.first else []) + starts + [cell.last + 1]
    items = []
    for first, after in itertools.pairwise(bounds):
        text = "".join(p[0].strip() for index in range(first, after) if (p := _pieces(table[index])))
        if text:
            items.append(_Cell(first, after - 1, text))
    return items


def _covering(cells: list[_Cell], line: int) -> str:
    """The text of the cell spanning ``line`` (a cell spanning rows belongs to each of them)."""
    return next((c.text for c in cells if c.first <= line <= c.last), "")


__all__ = ["box_tables_as_rows"]
