"""A table flattened to cells split by single spaces, its rows unnumbered, read as `` | `` rows.

A page that lost a table's borders but kept a space between cells prints the header's words one space apart
("工作任务 责任单位 配合单位 完成时间"), often after the title on the same line, and then the rows one after another,
each cell a space from the next and no row numbered: "推进甲项工作。 县甲局 持续开展 推进乙项工作。 县乙局 …". With no
number to say where a row starts, the cells' kinds do: a task's text is a sentence (it ends with a full stop, or
runs long), a units cell names units, a deadline cell says when. A name the page wrapped inside its cell ("县交通
运输局") comes back whole. The rows become a header line and one `` | `` row each, which the table reader reads as
any other table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.parsing.tables import Column, column_of, header_columns
from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import is_unit_list

# A header word is short: a chunk longer than this is a title or a task's text.
_MAX_HEADER_WORD = 10
# A header names at least a task column, a units column and one more.
_MIN_HEADER_WORDS = 3
# A chunk closing with a full stop (ASCII or full-width), or one this long, is a task's text, not a short cell.
_SENTENCE_END = re.compile(r"[。．.！？；;]$")
_MIN_SENTENCE = 6
_LONG_TEXT = 20
# A deadline cell says when: a date, a month's or year's end, a quarter, or an open-ended term (general usage of
# the genre's 完成时限 / 完成时间 columns).
_DEADLINE = re.compile(r"\d{1,4}年|\d{1,2}月|年底|年内|月底|季度|长期|持续|常态|每年|每月|前完成|完成时")
# A units cell of a table that prints each unit's level opens with it (县甲局, 市乙委, 各乡镇).
_LEVEL_OPENING = re.compile(r"^[省市县区州旗盟乡镇各]")
# A name's pieces split by a wrap are short; a longer chunk is a cell of its own.
_MAX_WRAPPED_PIECE = 8
# Fewer rows naming units are no such table (a line of header words may open any page's prose).
_MIN_ROWS = 2


@dataclass
class SpacedRow:
    """One row read off the chunks: its task's pieces, its units cells, and its other cells' pieces."""

    task: list[str]
    units: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


def is_header_word(chunk: str) -> bool:
    """Whether a chunk split off by spaces is a column's name: a known header word, short."""
    return len(chunk) <= _MAX_HEADER_WORD and column_of(chunk) is not None


def spaced_header(line: str) -> tuple[int, int, list[Column]] | None:
    """The run of header words split by single spaces in ``line``: its first chunk, the chunk after it, columns.

    The header is the longest run of three header words or more that makes a table's header with a task column
    first, then its units columns, then columns holding neither (a deadline, a remark); a 序号 column (or any header
    word before the run) would number the rows, which this reading is not for. The run may end before the last
    header-like chunk: the first row's task may read as a header word ("负责甲项工作。").
    """
    chunks = line.split()
    words = [is_header_word(c) for c in chunks]
    best: tuple[int, int, list[Column]] | None = None
    for start in range(len(chunks)):
        if not words[start] or (start > 0 and words[start - 1]):
            continue
        stop = start
        while stop < len(chunks) and words[stop]:
            stop += 1
        for end in range(stop, start + _MIN_HEADER_WORDS - 1, -1):
            if best is not None and end - start <= best[1] - best[0]:
                break
            columns = header_columns(" | ".join(chunks[start:end]))
            if columns is not None and len(columns) == end - start and _task_then_units(columns):
                best = (start, end, columns)
                break
    return best


def _task_then_units(columns: list[Column]) -> bool:
    """Whether the columns are a task, then one units column or more, then columns holding no units."""
    units = [c for c in columns[1:] if c in (Column.LEAD, Column.RESPONSIBLE)]
    rest = columns[1 + len(units) :]
    return (
        columns[0] is Column.TASK
        and bool(units)
        and columns[1 : 1 + len(units)] == units
        and all(c is Column.OTHER for c in rest)
    )


def _is_units(chunk: str) -> bool:
    """Whether a chunk names units (and is no deadline that happens to end like a name)."""
    canonical = normalize_line(chunk)
    return is_unit_list(canonical) and not _DEADLINE.search(canonical)


def _opens_task(chunk: str, opens_line: bool) -> bool:
    """Whether a chunk after a row's units starts the next row's task: a sentence, long text, or a new line's text."""
    if _is_units(chunk) or (_DEADLINE.search(chunk) and len(chunk) < _LONG_TEXT):
        return False
    sentence = _SENTENCE_END.search(chunk) is not None and len(chunk) >= _MIN_SENTENCE
    return sentence or len(chunk) >= _LONG_TEXT or opens_line


def _wrapped_name(first: str, second: str) -> bool:
    """Whether two chunks are one name wrapped in its cell ("县交通" "运输局"): a level opening no unit alone."""
    return (
        len(first) <= _MAX_WRAPPED_PIECE
        and len(second) <= _MAX_WRAPPED_PIECE
        and _LEVEL_OPENING.match(first) is not None
        and _LEVEL_OPENING.match(second) is None
        and not _is_units(first)
        and _is_units(first + second)
    )


def levelled_units(chunks: list[str]) -> bool:
    """Whether every units cell of the stream opens with a level (县, 市, 各 …): the table prints names so.

    In such a table a bare name after a unit is that unit's name wrapped inside its cell ("县委县政府" "督查室"), not
    a unit of its own; in a table printing bare names it may be the next column's unit.
    """
    openings = [
        c
        for k, c in enumerate(chunks)
        if _is_units(c) and (k == 0 or not (_is_units(chunks[k - 1]) or _wrapped_name(chunks[k - 1], c)))
    ]
    return bool(openings) and all(_LEVEL_OPENING.match(c) for c in openings)


def split_spaced_rows(chunks: list[tuple[str, bool]]) -> list[SpacedRow]:
    """Rows of unnumbered cells split by spaces: each chunk with whether it opens a line of the text.

    A row opens with its task's text; the units cells follow (a wrapped name rejoined), then other cells (a deadline
    and what the page wrapped of it) until a chunk opens the next task.
    """
    texts = [c for c, _ in chunks]
    levelled = levelled_units(texts)
    rows: list[SpacedRow] = []
    k = 0
    while k < len(chunks):
        chunk, opens_line = chunks[k]
        following = texts[k + 1] if k + 1 < len(chunks) else ""
        row = rows[-1] if rows else None
        wrapped = bool(following) and _wrapped_name(chunk, following)
        if row is None or (row.units and _opens_task(chunk, opens_line) and not wrapped):
            rows.append(SpacedRow([chunk]))
        elif wrapped and not row.other:
            row.units.append(chunk + following)
            k += 1
        elif _is_units(chunk) and not row.other:
            glued = row.units and levelled and _LEVEL_OPENING.match(chunk) is None
            if glued and _is_units(row.units[-1] + chunk):
                row.units[-1] += chunk  # a bare name after a unit, in a table printing levels: the wrap of its name
            else:
                row.units.append(chunk)
        elif row.units:
            row.other.append(chunk)
        else:
            row.task.append(chunk)
        k += 1
    return rows


def _row_line(row: SpacedRow, columns: list[Column]) -> str:
    """A row as a `` | `` line under ``columns``: its units cells in the units columns, the rest in the next one."""
    count = sum(c in (Column.LEAD, Column.RESPONSIBLE) for c in columns)
    units = [*row.units[: count - 1], "、".join(row.units[count - 1 :])] if len(row.units) > count else row.units
    units = [*units, *[""] * (count - len(units))]
    others = [""] * (len(columns) - 1 - count)
    if others:
        others[0] = "".join(row.other)
    return " | ".join(["".join(row.task), *units, *others])


def rows_under_spaced_header(lines: list[str]) -> list[str]:
    """``lines`` with a space-split table under its header read as `` | `` rows; unchanged when there is none.

    The table runs from its header to the end of the text (its rows may run on over lines, a row's cells over two
    of them). The words before the header on its line (the page's title) keep a line of their own. Read only where
    at least two rows name their units.
    """
    for i, line in enumerate(lines):
        found = spaced_header(line)
        if found is None:
            continue
        start, end, columns = found
        chunks = line.split()
        stream = [(c, False) for c in chunks[end:]]
        stream += [(c, k == 0) for later in lines[i + 1 :] for k, c in enumerate(later.split())]
        rows = split_spaced_rows(stream)
        if sum(bool(row.units) for row in rows) < _MIN_ROWS:
            continue
        title = [" ".join(chunks[:start])] if start else []
        header = " | ".join(chunks[start:end])
        return [*lines[:i], *title, header, *(_row_line(row, columns) for row in rows)]
    return lines
