"""A two-column table from a PDF read line by line: each line holds the task column's text, then the units column's.

A PDF's text layer gives a table's physical lines, not its cells: under a letter-spaced header
("重 点 任 务 责 任 部 门") each line prints a line of the task's text and, after a space, a line of the units
cell beside it; a units line may also stand alone, and a row's label ("（二）明确" / "部门职责"), printed mid-row
in a narrow column to the left, opens a line of its own or the line before the task's text. The units column is
told by what it says: each of its lines goes on a statement of roles ("X牵头，", "Y按职责分工负", "责；Z，",
"W负责落", "实。"), a line opening with units and a role word or a list's separator, or finishing the role word
the line before it cut. A row ends where both its task's text and its units' statement have closed with a full
stop at a line's end. The rows become numbered lines with their units in a parenthesis, read as any inline layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.parsing.numbering import MarkerStyle, match_marker
from corpus.parsing.tables import Column, column_of
from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import is_unit_list

# The role words a units cell states its units with, whole; a line may cut one anywhere.
_ROLE_WORDS = ("按职责分工负责", "牵头负责", "牵头", "负责落实", "负责", "配合", "参与", "落实")
_STOPS = "，,；;。"
# A row's label or a category in the columns left of the task's: a few words, no sentence.
_MAX_LABEL_PIECE = 6
# A page's number under the table ("- 16 -") ends the rows.
_PAGE_NUMBER = re.compile(r"^[-－—]\s*\d{1,4}\s*[-－—]$")
# Fewer rows than this are no such table.
_MIN_ROWS = 2


@dataclass
class _Row:
    label: str = ""
    task: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)


def spaced_two_column_header(line: str) -> bool:
    """Whether ``line`` is a letter-spaced header of a task column, then a units column ("重 点 任 务 责 任 部 门")."""
    if " " not in line.strip():
        return False
    word = re.sub(r"\s+", "", line)
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if column_of(left) is Column.TASK and column_of(right) in (Column.LEAD, Column.RESPONSIBLE):
            return len(left) <= _MAX_LABEL_PIECE and len(right) <= _MAX_LABEL_PIECE
    return False


def _cut_role(text: str) -> str:
    """The part of a role word ``text`` ends on, cut by the line's end ("负", "负责落"), else ""."""
    for word in _ROLE_WORDS:
        for n in range(len(word) - 1, 0, -1):
            if text.endswith(word[:n]):
                return word[:n]
    return ""


def units_piece(piece: str, cut: str) -> tuple[bool, str]:
    """Whether ``piece`` is a line of a units cell's statement, and the part of a role word it ends on, cut.

    ``cut`` is the part of a role word the units line before this one ended on ("负"): this line must finish it.
    """
    text = normalize_line(piece)
    if cut:
        rests = [w[len(cut) :] for w in _ROLE_WORDS if w.startswith(cut) and len(w) > len(cut)]
        rest = next((r for r in sorted(rests, key=len, reverse=True) if text.startswith(r)), None)
        if rest is None:
            return False, ""
        text = text[len(rest) :].lstrip(_STOPS)
        if not text:
            return True, ""
    match = re.fullmatch(
        rf"(?P<units>[^{_STOPS}，；。]+?)(?P<role>{'|'.join(_ROLE_WORDS)})?(?P<stop>[{_STOPS}，；。])?", text
    )
    if match is not None and is_unit_list(match["units"]) and (match["role"] or match["stop"]):
        return True, ""
    # The line's end cut the role word after the units: "联席会议成员单位按职责分工负".
    ending = _cut_role(text)
    if ending and is_unit_list(text[: -len(ending)]):
        return True, ending
    return False, ""


def _label_piece(piece: str) -> bool:
    """Whether a piece is a row's label ("（二）明确") or a few words of a narrow column left of the task's."""
    text = normalize_line(piece)
    marker = match_marker(text)
    if marker is not None and marker.style is MarkerStyle.CN_PAREN:
        return len(marker.rest) <= _MAX_LABEL_PIECE
    return len(text) <= _MAX_LABEL_PIECE and not re.search(r"[，。；：、,.;:]", text)


def rows_of_interleaved_columns(lines: list[str]) -> list[str]:
    """``lines`` with such a table read as numbered lines with their units in a parenthesis; else unchanged."""
    at = next((i for i, line in enumerate(lines) if spaced_two_column_header(line)), None)
    if at is None:
        return lines
    rows: list[_Row] = [_Row()]
    cut = ""
    units_open = False  # the row's units statement has not closed with its full stop yet
    end = len(lines)
    for i in range(at + 1, len(lines)):
        line = lines[i].strip()
        if _PAGE_NUMBER.match(line):
            end = i
            break
        if not line:
            continue
        row = rows[-1]
        pieces = line.split()
        if len(pieces) >= 2 and _label_piece(pieces[0]) and not units_piece(pieces[-1], cut)[0]:
            row.label += normalize_line(pieces[0])
            pieces = pieces[1:]
        is_units, ending = units_piece(pieces[-1], cut)
        if is_units and (len(pieces) >= 2 or cut or not _label_piece(pieces[-1])):
            row.units.append(pieces[-1])
            cut, units_open = ending, not normalize_line(pieces[-1]).endswith("。")
            pieces = pieces[:-1]
        if len(pieces) == 1 and _label_piece(pieces[0]):
            # A row's label ("（二）明确", "部门职责") or a category of the column left of it, on a line of its own.
            row.label += normalize_line(pieces[0])
            pieces = []
        if pieces:
            row.task.append(" ".join(pieces))
        if row.task and row.units and not units_open and normalize_line(row.task[-1]).endswith("。"):
            rows.append(_Row())
    rows = [r for r in rows if r.task]
    if len(rows) < _MIN_ROWS or any(not r.units for r in rows):
        return lines
    out: list[str] = []
    for row in rows:
        marker = match_marker(row.label[row.label.find("（") :] if "（" in row.label else row.label)
        if marker is None or marker.style is not MarkerStyle.CN_PAREN:
            return lines
        units = "".join(normalize_line(u) for u in row.units).rstrip("。")
        out.append(f"{marker.label}{''.join(normalize_line(t) for t in row.task)}（{units}）")
    return [*lines[: at + 1], *out, *lines[end:]]
