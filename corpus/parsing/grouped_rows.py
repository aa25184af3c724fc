"""A table flattened one cell per line, each row closed by a line of borders alone, its rows grouped.

A web page's table copied cell by cell prints each cell on its own line with its border ("区住建局 |"), and closes
each row with the borders of the cells it left empty or spanned, alone on a line ("||", "|||||"). Progress tables
of the genre (民生实事 进度表) group their rows: the group's number (一, 二), its lead unit and a count are cells
printed once, at the group's first row, spanning the rows below; an item broken into parts prints its own line
("（二）…建设项目") over numbered sub-rows ("1.…", "2.…"), each with its own units. The columns cannot be told by
position, since rows print different numbers of cells: they are told by what the cells hold. A row opens (after its
group's cells) at a numbered item cell; a numbered cell right after it is a sub-row of it, and the task; the unit
cells after the task fill the header's unit columns after the task column, in order, and the rest (progress,
remarks) hold no units. The group's units fill the unit columns before the task column and lead every row of the
group; a unit named again in a row's units cell is named once, in the role the group gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.numerals import NUMERAL_CHARS, chinese_numeral_value
from corpus.parsing.numbering import match_marker
from corpus.parsing.roles import RoleLists
from corpus.parsing.tables import Column, header_columns, is_header_cell, is_unknown_header_cell
from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import is_unit_list, split_units

# A row's end: only the borders of the cells it left empty or that cells above span, nothing else.
_BORDERS_ONLY = re.compile(r"\s*[|｜]+\s*")
# A group's number printed as a cell of its own: a numeral alone ("一", "12").
_BARE_NUMBER = re.compile(rf"[{NUMERAL_CHARS}]{{1,4}}|\d{{1,3}}")
# Fewer rows than this are no table of rows grouped so (a list of a few cells may end in borders anywhere).
_MIN_ROWS = 2
_UNIT_COLUMNS = (Column.LEAD, Column.RESPONSIBLE)
# A cell saying how far the work has come, or a figure, or a sentence: no name of a body.
_NOT_A_NAME = re.compile(r"完成|完工|开工|竣工|推进|进行|实施|正在|已|未|\d|[。，；：！？]")
_MAX_NAMES_CELL = 40
# A header cell of a name of its own is a few words: longer, it is a row's text.
_MAX_HEADER_WORD = 12
_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class GroupHeading:
    """A group's number and title, opening a section at the row that first prints them."""

    line: int  # index of the line holding the group's number
    number: int
    label: str
    title: str


@dataclass(frozen=True)
class GroupedRow:
    """One task row: its item's printed number and text, and the units the row and its group give it."""

    line: int  # index of the line holding the item cell
    end: int  # index of the row's last line
    label: str
    text: str
    roles: RoleLists


@dataclass
class GroupedTable:
    """Where such a table starts and ends, and what it holds, in order."""

    start: int
    end: int  # index after the table's last line
    header_end: int
    items: list[GroupHeading | GroupedRow] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)  # lines of items broken into sub-rows: headings, no tasks


def is_row_end(line: str) -> bool:
    """Whether ``line`` holds only borders ("|", "||", "|||||"): the end of a row flattened one cell per line."""
    return bool(_BORDERS_ONLY.fullmatch(line))


def cell_of(line: str) -> str | None:
    """The one cell a line prints with its border ("区城投 |" → "区城投"), canonical; None for any other line."""
    stripped = line.strip()
    if not stripped or (stripped[-1] not in "|｜" and stripped[0] not in "|｜"):
        return None
    inner = stripped.strip("|｜").strip()
    if not inner or re.search(r"[|｜\t]", inner):
        return None
    return normalize_line(inner)


def grouped_table(lines: list[str]) -> GroupedTable | None:
    """The first table in ``lines`` flattened one cell per line with rows closed by borders and grouped, or None."""
    for start, line in enumerate(lines):
        cell = cell_of(line)
        if cell is None or not is_header_cell(cell):
            continue
        if (table := _table_at(lines, start)) is not None:
            return table
    return None


def _header_at(lines: list[str], start: int) -> tuple[int, list[Column]] | None:
    """The header's end (after its last row's closing borders) and the columns its first row names, else None.

    A header over two rows ("本月进展情况" over "前期手续 | 在建形象进度") closes each row with borders; the first row
    names every column that holds units or tasks, the second only splits a column that holds neither.
    """
    first: list[str] = []
    j = start
    while j < len(lines) and (cell := cell_of(lines[j])) is not None and (is_header_cell(cell) or first):
        if not _header_word(cell):
            return None
        first.append(cell)
        j += 1
    if j >= len(lines) or not is_row_end(lines[j]) or len(first) < 3:
        return None
    columns = header_columns(" | ".join(first))
    if columns is None or len(columns) != len(first):
        return None
    end = j + 1
    # A second header row: header words only, closed by borders too.
    k = end
    while k < len(lines) and (cell := cell_of(lines[k])) is not None and _header_word(cell):
        k += 1
    if k > end and k < len(lines) and is_row_end(lines[k]):
        end = k + 1
    return end, columns


def _header_word(cell: str) -> bool:
    """Whether a cell reads as a column's name: a known header word, or a short name of its own ("区实事项目数量")."""
    if _BARE_NUMBER.fullmatch(cell):
        return False  # a row's or a group's number ("一"): header words carry none
    if is_header_cell(cell) or is_unknown_header_cell(cell):
        return True
    # A name of the column's own says what the column counts or holds: words only, no number, no sentence.
    return len(cell) <= _MAX_HEADER_WORD and bool(_WORDS_ONLY.fullmatch(cell)) and match_marker(cell) is None


def _segments(lines: list[str], start: int) -> list[tuple[int, list[tuple[int, str]], bool]]:
    """The rows from ``start`` on: each row's last line, its (line, cell) pairs, and whether borders closed it.

    The rows end where a line is neither a cell nor borders (the table has ended) or at the text's end.
    """
    rows: list[tuple[int, list[tuple[int, str]], bool]] = []
    cells: list[tuple[int, str]] = []
    j = start
    while j < len(lines):
        line = lines[j]
        if is_row_end(line):
            if cells:
                rows.append((j, cells, True))
            cells = []
        elif (cell := cell_of(line)) is not None:
            cells.append((j, cell))
        elif line.strip() and all(not rest.strip() for rest in lines[j + 1 :]):
            # The page's end cut the last cell, and its border with it: the row is cut there.
            cells.append((j, normalize_line(line.strip())))
            j = len(lines)
            break
        elif line.strip():
            break
        j += 1
    if cells:
        rows.append((j - 1, cells, False))
    return rows


def _table_at(lines: list[str], start: int) -> GroupedTable | None:
    """Read the table whose header starts at line ``start`` (see the module's docstring), else None."""
    header = _header_at(lines, start)
    if header is None:
        return None
    header_end, columns = header
    if Column.TASK not in columns:
        return None
    # A column before the task's that the header's words also read as tasks ("实事数量", "重点领域") spans a group of
    # rows: the last such column holds each row's own task.
    task_at = len(columns) - 1 - columns[::-1].index(Column.TASK)
    before = [c for c in columns[:task_at] if c in _UNIT_COLUMNS]
    table = GroupedTable(start, header_end, header_end)
    group: dict[Column, tuple[str, ...]] = {}
    grouped = False  # some row opened a group spanning the rows below
    rows = 0
    for last, cells, closed in _segments(lines, header_end):
        k = 0
        texts = [c for _, c in cells]
        if Column.NUMBER in columns and _BARE_NUMBER.fullmatch(texts[0]):
            number_line, numeral = cells[0]
            k, group, titles = 1, {}, []
            while k < len(texts) and match_marker(texts[k]) is None:
                if is_unit_list(texts[k]) and len(group) < len(before):
                    group[before[len(group)]] = split_units(texts[k])
                else:
                    titles.append(texts[k])
                k += 1
            value = int(numeral) if numeral.isdecimal() else chinese_numeral_value(numeral)
            title = "　".join(titles) or "、".join(u for units in group.values() for u in units)
            table.items.append(GroupHeading(number_line, value, numeral, title))
            grouped = True
        if k >= len(texts) or (opening := match_marker(texts[k])) is None or not opening.rest:
            break  # no numbered item where a row's task should open: the table has ended
        marker = opening
        # An item over numbered sub-rows (a deeper number in the next cell) prints no units of its own: its sub-rows
        # are the tasks.
        while (
            k + 1 < len(texts)
            and (sub := match_marker(texts[k + 1])) is not None
            and sub.style.depth > marker.style.depth
        ):
            table.parents.append(cells[k][0])
            k, grouped, marker = k + 1, True, sub
        item_line = cells[k][0]
        own: dict[Column, tuple[str, ...]] = {}
        # Cells right of the task span no rows: each row prints them, so they line up with the header's columns.
        for column, cell in zip(columns[task_at + 1 :], texts[k + 1 :], strict=False):
            if column in _UNIT_COLUMNS and _names_cell(cell):
                own[column] = split_units(cell)
        roles = _roles(group, own) if closed else RoleLists()
        table.items.append(GroupedRow(item_line, last, marker.label, marker.rest, roles))
        table.end = last + 1
        rows += 1
    if rows < _MIN_ROWS or not grouped:
        return None
    return table


def _names_cell(cell: str) -> bool:
    """Whether a cell in a units column names bodies: unit names, or short names of companies and projects' owners.

    An owner column (业主单位) names companies by their short forms ("区城投"), which end as no government unit
    does; a cell stating progress or a figure ("已完工", "完成80%") sits in a column after it, never in it.
    """
    if is_unit_list(cell):
        return True
    return len(cell) <= _MAX_NAMES_CELL and not _NOT_A_NAME.search(cell) and match_marker(cell) is None


def _roles(group: dict[Column, tuple[str, ...]], own: dict[Column, tuple[str, ...]]) -> RoleLists:
    """The row's roles: its group's units and its own, each unit named once, the group's role first."""
    lead = [*group.get(Column.LEAD, ()), *own.get(Column.LEAD, ())]
    responsible = [*group.get(Column.RESPONSIBLE, ()), *own.get(Column.RESPONSIBLE, ())]
    lead = list(dict.fromkeys(lead))
    responsible = [u for u in dict.fromkeys(responsible) if u not in lead]
    return RoleLists(tuple(lead), tuple(responsible))
