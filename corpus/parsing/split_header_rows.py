"""A numbered table flattened to cells split by single spaces under a header whose words the page wrapped.

A legal database's copy of a table keeps a space between cells and between the lines of a cell, so a header
cell the original wrapped comes apart ("具体工作标准 及预期效果", "主管 市领导"), and a header over two rows prints its
second row after the first ("牵头部门 承办部门 部门 责任人 部门 责任人": each units column split into the body and its
head). The rows follow on the same line: a section cell ("三改善办学条件…"), a row's number alone, then one cell per
column; further rows under the same number (a merged 序号 cell) print no number. The header's words are put back
together (a piece opening with 及/和/与 goes on the word before it; a piece naming no column joined to the next one
when together they name one), the second row's words replace the units columns they split, and the rows are read by
position: each numbered row then holds exactly one cell per column. The table becomes a header and `` | `` rows.
"""

from __future__ import annotations

import re

from corpus.numerals import NUMERAL_CHARS
from corpus.parsing.persons import is_person_list
from corpus.parsing.spaced_rows import is_header_word
from corpus.parsing.tables import Column, header_columns
from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import is_unit_list

# A piece of a wrapped header word carrying on the word before it ("及预期效果", "和完成时限").
_CARRIED_ON = re.compile(r"^[及和与]\S{1,8}$")
# A piece naming no column of its own, to be joined with the next: a few characters of words.
_WORD_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
# The words of a header's second row under a units column: the body, then the person at its head.
_SUB_UNIT = ("部门", "单位")
_SUB_PERSON = ("责任人", "负责人", "联系人")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
# A section cell run into the rows without its 、 ("三改善办学条件，促进学有所教").
_SECTION_CELL = re.compile(rf"^(?P<numeral>[{NUMERAL_CHARS}]{{1,3}})、?(?P<title>[^\d\W_]\S{{3,}})$")
_UNITS = (Column.LEAD, Column.RESPONSIBLE)
# Fewer header words than this are no table's header.
_MIN_WORDS = 4


def header_words(chunks: list[str], start: int) -> tuple[list[str], int]:
    """The header's words put back together from ``chunks[start:]``, and the index of the chunk after them."""
    words: list[str] = []
    k = start
    while k < len(chunks):
        chunk = chunks[k]
        following = chunks[k + 1] if k + 1 < len(chunks) else ""
        if chunk in _SUB_UNIT and following in _SUB_PERSON:
            break  # the second row begins: "部门 责任人" under a units column
        if words and _CARRIED_ON.match(chunk):
            words[-1] += chunk
        elif is_header_word(chunk):
            words.append(chunk)
        elif (
            _WORD_PIECE.match(chunk)
            and following
            and (is_header_word(chunk + following) or _CARRIED_ON.match(following))
        ):
            # "主管" "市领导" → 主管市领导; "资金来源" "及数额" → 资金来源及数额 (a column of its own words).
            if is_header_word(chunk + following):
                words.append(chunk + following)
                k += 1
            else:
                words.append(chunk)
        else:
            break
        k += 1
    return words, k


def second_row(chunks: list[str], start: int, units_columns: int) -> int:
    """How many chunks from ``start`` are a header's second row splitting each units column in body and head."""
    wanted = 2 * units_columns
    pieces = chunks[start : start + wanted]
    if units_columns == 0 or len(pieces) < wanted:
        return 0
    pairs = zip(pieces[::2], pieces[1::2], strict=True)
    return wanted if all(a in _SUB_UNIT and b in _SUB_PERSON for a, b in pairs) else 0


def rows_under_split_header(lines: list[str]) -> list[str]:
    """``lines`` with such a table read as a header and `` | `` rows; unchanged when there is none."""
    for i, line in enumerate(lines):
        chunks = line.split()
        for start in range(len(chunks)):
            if not is_header_word(chunks[start]) or (start > 0 and is_header_word(chunks[start - 1])):
                continue
            read = _table(chunks, start, [c for later in lines[i + 1 :] for c in later.split()])
            if read is not None:
                title = [" ".join(chunks[:start])] if start else []
                return [*lines[:i], *title, *read]
    return lines


def _table(chunks: list[str], start: int, later: list[str]) -> list[str] | None:
    """The header and rows of a table whose header starts at ``chunks[start]``, as `` | `` lines, else None."""
    words, end = header_words(chunks, start)
    if len(words) < _MIN_WORDS:
        return None
    columns = header_columns(" | ".join(words))
    if columns is None or len(columns) != len(words) or Column.NUMBER in columns:
        return None
    split = second_row(chunks, end, sum(c in _UNITS for c in columns))
    if not split:
        return None  # a header over one row is read by the other space-split readers
    head_words: list[str] = []
    for word, column in zip(words, columns, strict=True):
        head_words += [word, "责任人"] if column in _UNITS else [word]
    kinds: list[Column] = []
    for column in columns:
        kinds += [column, Column.PERSON] if column in _UNITS else [column]
    rows = _rows([*chunks[end + split :], *later], kinds)
    if rows is None:
        return None
    return [" | ".join(["序号", *head_words]), *rows]


def _rows(stream: list[str], kinds: list[Column]) -> list[str] | None:
    """The rows read off the stream by position, sub-rows under a number folded into its row, else None."""
    width = len(kinds)
    out: list[str] = []
    row: list[str] | None = None
    k = 0
    while k < len(stream):
        chunk = stream[k]
        if (section := _SECTION_CELL.match(normalize_line(chunk))) is not None and not is_unit_list(chunk):
            out.append(f"{section['numeral']}、{section['title']}")
            k += 1
            continue
        numbered = _ROW_NUMBER.match(chunk) is not None
        if not numbered and row is None:
            return None  # text before the first row's number: no such table
        cells = stream[k + 1 : k + 1 + width] if numbered else stream[k : k + width]
        if len(cells) < width:
            # Cut by the page's end: its units are not all there. A row of its own keeps its text; a sub-row adds none.
            if numbered:
                out.append(" | ".join([chunk, cells[0] if cells else "", *[""] * (width - 1)]))
            break
        if not _fits(cells, kinds):
            return None
        if numbered:
            row = [chunk, *cells]
            out.append("")
        else:
            assert row is not None  # checked above
            # A further row under the same number: its task goes on the row's text; its units join the row's.
            row[1] += "。" + cells[0] if not row[1].endswith("。") else cells[0]
            for at, kind in enumerate(kinds):
                if kind in _UNITS and cells[at] and cells[at] not in row[at + 1].split("、"):
                    row[at + 1] += "、" + cells[at]
        out[-1] = " | ".join(row)
        k += width + (1 if numbered else 0)
    return out if any(out) and row is not None else None


def _fits(cells: list[str], kinds: list[Column]) -> bool:
    """Whether each cell holds what its column does: units in the units columns, names in the persons' columns."""
    for cell, kind in zip(cells, kinds, strict=True):
        if kind in _UNITS and not is_unit_list(normalize_line(cell)):
            return False
        if kind is Column.PERSON and not is_person_list(cell):
            return False
    return True
