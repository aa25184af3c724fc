"""Pass 1 of reading a notice: lines become blocks, label lines, table rows or skipped lines.

A *block* is a numbered line (or a table row) and what belongs to it: the
lines of its paragraph, the units of the label lines after it. Which blocks are
tasks is decided later, in :mod:`corpus.parsing.layout`, once every block is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.parsing.grouped_rows import GroupedTable, GroupHeading, grouped_table
from corpus.parsing.numbering import MarkerStyle, match_marker, next_item_led_by_digits
from corpus.parsing.persons import is_person_list
from corpus.parsing.report import LayoutKind, NoticeParseError
from corpus.parsing.roles import (
    HELPER_LABELS,
    IN_CHARGE_LABELS,
    Role,
    RoleLists,
    in_context,
    inline_roles,
    is_label_line,
    label_role,
    label_value_roles,
    parse_inline,
    parse_labelled,
    prose_roles,
    run_in_closing_lead_clauses,
    run_in_lead_sentences,
    spaced_label,
    units_for,
)
from corpus.parsing.tables import (
    TASK_HEADER_WORDS,
    Column,
    TableRow,
    align_row,
    closing_header,
    column_of,
    embedded_header,
    field_row,
    form_row,
    header_columns,
    is_header_cell,
    is_unknown_header_cell,
    leading_header,
    lone_cell,
    names_units_with_persons,
    number_cell,
    numbered_row_with_cells,
    run_together_row,
    section_marker,
    split_cells,
    split_stream,
    titled_header,
    unknown_header_words,
    without_note_or_sign_off,
    without_persons_after_units,
)
from corpus.parsing.text import fold_width, is_bullet_line, normalize_line
from corpus.parsing.unit_lists import (
    SAME_AS_ABOVE,
    is_unit_list,
    looks_like_unit,
    peel_units,
    split_top_level,
    split_units,
)

# A task cell that prints its task's number ("1.始终…", "12、推进…"), opening a row of a table without 序号.
_NUMBERED_TASK_CELL = re.compile(r"^\d{1,3}[.．、](?!\d)\s*\S")
# A piece of a header word broken over lines: a few letters, no digit or punctuation ("工作", "牵头", "单位").
_HEADER_PIECE = re.compile(r"[^\d\W_]{1,6}")
_MAX_HEADER_PIECES = 36
# Cell separators of a row flattened on one line (borders and tabs; runs of spaces are not told from wrapping here).
_SEPARATED = re.compile(r"[|｜\t]")
_BORDER_CHARS = ("|", "｜")
_SECTION_IN_STREAM = re.compile(r"[一二三四五六七八九十]{1,3}、[^\d\W_]{2,20}?(?=[1-9])")
# A section row alone on its line between a table's header and its rows: "一、产业发展".
_SECTION_ROW = re.compile(r"[一二三四五六七八九十]{1,3}、[^\d\W_]{2,20}")
# A section row on its own line, a short title with no sentence: "一、主要预期目标（11项）".
_SECTION_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。]{2,30}$")
# Row 1 on its own line, its number a space before its text ("1 地区生产总值…").
_ROW_ONE_SPACED = re.compile(r"^1\s+[^\d\W_]")
# Row 1 run into its task text ("1地区生产总值…"), not a marker ("1.", "1、") nor a quantity ("1个", "10%").
_ROW_ONE_RUN_IN = re.compile(r"^1(?![\d.．、，,%个万亿元年月日项）)])[^\d\W_]")
# The periods a progress table splits its 进展情况 column into, printed as a header row of their own (general usage of
# the genre's 进展 tables: quarters, months, halves of the year): "一季度二季度三季度四季度", "1月 2月 3月".
_PERIOD = r"(?:第?[一二三四1-4]季度|(?:[一二三四五六七八九十]{1,3}|\d{1,2})月(?:份)?|上半年|下半年)"
_PERIOD_HEADER_ROW = re.compile(rf"(?:{_PERIOD}[|｜\s]*){{2,}}")
# A line ending so is a paragraph of its own (after a blank line it still belongs to the task); a line that is only
# a units group ("〔市住建局牵头〕", "【责任单位：…】") ends with its closing bracket.
_PARAGRAPH_END = ("。", "）", "；", "！", "？", "〕", "】", "]")
# An attachment's heading after the last item ("附件：具体任务分解表", "附件", "附件2"): the item's text ends there.
_ATTACHMENT_HEADING = re.compile(r"^附件\s*[\d一二三四五六七八九十]{0,2}\s*(?:[：:][^。]{0,40})?$")
# A document site's note that it shows only the start of the text ("（未完，全文共2014字，当前显示627字）").
_SHOWN_IN_PART = re.compile(r"^[（(]\s*未完[，,、]?\s*(?:全文共?\s*\d+\s*字)?[^（）()]{0,24}[）)]$")


# A field of a government portal's metadata in a box, possibly numbered as a list item (general usage of the portals).
_PAGE_FIELD = re.compile(
    r"^(?:\d{1,2}[.．、]\s*)?[\[【［]\s*(?:主题分类|发文机构|发布机构|联合发文单位|发文字号|文号|成文日期|发布日期|"
    r"实施日期|废止日期|有效性|文件来源|信息来源|索引号|公开方式|公开范围)\s*[\]】］]"
)
# A line drawn only with a table's borders and rules: "|", "| --- | :---: |", "+----+----+", "|------|".
_RULE_LINE = re.compile(r"[|｜]|[|｜+＋:：\-－—–─━═\s]*[\-－—–─━═]{3,}[|｜+＋:：\-－—–─━═\s]*")
_SENTENCE_STOP = re.compile(r"[。；！？]")
_MAX_HEADING = 30  # characters of a bare heading over unnumbered tasks
# A figure cell of a progress table: a count, an amount, a share, or a dash for none ("1063", "96.64%", "-").
_FIGURE_CELL = re.compile(r"\d+(?:\.\d+)?%?|[-－—–]")


def _closed_by_units(line: str) -> bool:
    """Whether ``line`` is a sentence closed by a parenthesis of its units ("…。（市国土局牵头）")."""
    if not line.rstrip("。；").endswith(("）", "〕", "】", "]")):
        return False
    roles, rest = inline_roles(line)
    return not roles.empty and rest.rstrip("。；").strip() != "" and bool(_SENTENCE_STOP.search(rest))


def _names_own_units(line: str) -> bool:
    """Whether a paragraph names its own units: closed by their parenthesis, or its sentence says who leads it.

    "加快推进甲项工作，由市甲局牵头，市乙局配合，确保年内完成。" is a task as much as "…。（市甲局牵头）" is.
    """
    return _closed_by_units(line) or (bool(_SENTENCE_STOP.search(line)) and bool(prose_roles(line).lead))


_MIN_FORM_FIELDS = 2  # a task field and one units field at least
_UNITS_FIELDS = frozenset({Column.LEAD, Column.RESPONSIBLE, Column.STATED})


def _field_name(line: str) -> Column | None:
    """The column a line alone names when it is a field's name ("具体任务", "责任单位", "完成时限"), else None."""
    word = re.sub(r"\s+", "", fold_width(line)).rstrip("：")
    if label_role(word) is None and word not in TASK_HEADER_WORDS:
        return None  # only the genre's own field names: "推进甲项目" alone on a line is a table's cell
    return column_of(word)


def stacked_fields(lines: list[str]) -> tuple[list[str], frozenset[int]]:
    """Fields printed name over value ("具体任务" / its text / "责任单位" / units …) as "name：value" lines.

    A page giving one item as a form of fields, each name on its own line with no colon and its value on the
    next (general usage of 任务分解 pages that publish an item per page), reads as label lines once joined.
    Only a run of alternating name and value lines with a task field and a units field is joined: a table
    flattened one cell per line prints its header names one after another, never a value between them.
    The value line becomes blank, so line numbers stay those of the page.

    Returns:
        The lines, and the indices of the task fields' lines (each opens a task without a number).
    """
    out = list(lines)
    tasks: set[int] = set()
    i = 0
    while i < len(lines):
        run: list[tuple[int, int, Column]] = []
        j = i
        while j < len(lines) and (column := _field_name(lines[j])) is not None:
            k = next((k for k in range(j + 1, len(lines)) if lines[k].strip()), None)
            value = lines[k].strip() if k is not None else ""
            if k is None or _field_name(value) is not None or value in _BORDER_CHARS or value.isdigit():
                break
            run.append((j, k, column))
            j = next((m for m in range(k + 1, len(lines)) if lines[m].strip()), len(lines))
        columns = {column for _, _, column in run}
        if len(run) >= _MIN_FORM_FIELDS and Column.TASK in columns and columns & _UNITS_FIELDS:
            for name_at, value_at, column in run:
                name = re.sub(r"\s+", "", fold_width(lines[name_at])).rstrip("：")
                out[name_at] = lines[value_at] if column is Column.TASK else f"{name}：{lines[value_at].strip()}"
                out[value_at] = ""
                if column is Column.TASK:
                    tasks.add(name_at)
            i = j
        else:
            i += 1
    return out, frozenset(tasks)


_UNITS_COLUMNS = (Column.LEAD, Column.RESPONSIBLE)


def _is_names_cell(cell: str) -> bool:
    """Whether a one-line cell holds unit names only (no sentence): "省卫生厅", "市发改委、市财政局".

    A narrow units column cuts long names short ("省新闻出版", "省人口计生"): a short cell of letters opening
    with a level's prefix is such a name too, in a table whose columns after the task's hold only units.
    """
    if "。" in cell or cell.startswith("——"):
        return False
    return is_unit_list(cell) or _CUT_NAME.fullmatch(cell) is not None


# A cell of a few letters only, nothing else.
_SHORT_CELL = re.compile(r"[\u4e00-\u9fff]{2,6}")
# A unit's name cut short by a narrow column: a level prefix and a few letters, nothing else.
_CUT_NAME = re.compile(r"[省市区县州][\u4e00-\u9fff]{2,8}")


def _fits_column(cell: str, column: Column) -> bool:
    """Whether a one-line cell can stand in ``column``: a unit list in a units column, a short name or title
    (张三, 常务副市长) in a leaders' column; any text in the others."""
    if column in (Column.LEAD, Column.RESPONSIBLE):
        return is_unit_list(cell)
    if column is Column.STATED:
        return is_unit_list(cell) or parse_inline(cell) is not None
    if column is Column.PERSON:
        return len(cell) <= 8 and not re.search(r"\d", cell)
    if column is Column.SCORE:
        return _SCORE_CELL.fullmatch(cell) is not None
    return True


def _separated_names(cell: str) -> str:
    """A units cell with names run together ("区发改局区统计局") as a list ("区发改局、区统计局"); else unchanged."""
    text, names = peel_units(cell)
    return "、".join(names) if not text and len(names) > 1 else cell


# A score cell: "3", "0.5", "10分".
_SCORE_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?分?")


@dataclass
class Block:
    """A numbered line (or table row) and the lines that belong to it."""

    style: MarkerStyle
    number: int | None
    label: str
    line_no: int
    parts: list[str]
    labelled: RoleLists = field(default_factory=RoleLists)
    label_lines: list[int] = field(default_factory=list)
    labels_seen: dict[str, int] = field(default_factory=dict)
    table_roles: RoleLists | None = None
    closed: bool = False  # a label line ended the paragraph
    detached: bool = False  # text that is not the task's came after it: later label lines are not its units
    after_blank: bool = False
    last_line: int = 0
    last_was_label: Role | None = None
    last_label_value: str = ""  # the value of the last label line, to rejoin a name the line's end cut
    roles: RoleLists = field(default_factory=RoleLists)
    text: str = ""
    heading_roles: RoleLists | None = None  # a heading's own units, for the items under it that name none
    # A heading naming its group's lead ("（一）X牵头的工作") over one sentence and no item: itself the task.
    lead_heading_task: bool = False

    @property
    def has_units(self) -> bool:
        return not self.roles.empty


# What separates the names of a units cell: a cell ending on one was cut before its next name.
_LIST_SEPARATORS = ("、", "，", ",", "；")
# How a cell cut by the page's end stops: in the middle of a sentence, after a comma or a word.
_CUT_CELL_END = re.compile(r"[，、；：\u4e00-\u9fff]$")


def _cut_before_its_last_cells(cells: list[str], columns: list[Column]) -> bool:
    """Whether a table's last row, fewer cells than columns, stops inside a text cell (its units not printed).

    "6 / 甲项目 / 某某镇 / 2024 / 改造教学楼和宿舍等，": a row cut by the page's end in its content cell; a row
    missing a merged cell ends on its units or its deadline instead, complete.
    """
    filled = [c for c in cells if c]
    if not filled or len(filled) >= len(columns):
        return False
    last = filled[-1]
    if last.endswith(_LIST_SEPARATORS) and is_unit_list(last.rstrip("".join(_LIST_SEPARATORS))):
        # Cut inside a units cell, after a name and its separator ("甲镇、乙镇、"): more names were to come, and
        # the row's units are not all known (a list cut inside is declined, as a label line's is).
        return True
    return bool(_CUT_CELL_END.search(last)) and not is_unit_list(last) and len(last) >= 8


def _cut_inside_last_units_cell(cells: list[str], columns: list[Column]) -> Column | None:
    """The units column whose list the page's end cut inside a name, when a table's last row stops so; else None.

    "10 / 甲项目 / … / 区甲局 / 区乙局 / 区机关事务": the last cell opens as a name of the level does and ends as no
    name does, after whole names one a line: the last units column's list is cut and its names are not all known
    (a list cut inside is declined, as a label line's is); the columns before it are whole.
    """
    filled = [c for c in cells if c]
    units_columns = [c for c in columns if c in (Column.LEAD, Column.RESPONSIBLE)]
    if len(filled) < 2 or not units_columns or columns[-1] not in units_columns:
        return None
    last, before = filled[-1], filled[-2]
    if not _CUT_NAME.fullmatch(last) or looks_like_unit(last) or not is_unit_list(before):
        return None
    return columns[-1]


class BlockReader:
    """Pass 1: lines → blocks, label lines and table rows."""

    def __init__(self, raw_lines: list[str]) -> None:
        # A border alone on its line between cells printed one per line ("工作任务" / "|" / "具体要求" / "|"), or a
        # rule under a header ("| --- | --- |", "+----+----+"), separates cells and rows as a blank line would.
        # Read before the borders alone on their lines go: there they close the rows of a table grouping its rows.
        self.grouped = grouped_table(raw_lines)
        raw_lines = ["" if _RULE_LINE.fullmatch(line.strip()) else line for line in raw_lines]
        raw_lines, self.form_tasks = stacked_fields(raw_lines)
        # Bullet blocks opened by a run of unnumbered paragraphs closed by their units: each paragraph its task.
        self.run_bullets: set[int] = set()
        self.raw = [lone_cell(field_row(line)) for line in raw_lines]
        # A label set apart by spaces is read before normalising, which would run it into its value.
        self.lines = [plain_label(normalize_line(spaced_label(line.strip()))) for line in self.raw]
        self.blocks: list[Block] = []
        self.skipped: dict[int, tuple[str, str]] = {}
        self.layouts: set[LayoutKind] = set()
        self.table = None
        self.stream: str | None = None  # a table whose rows run together, read to the end of the text
        self.stream_line = 0
        self.cell_row: list[str] = []
        self.cell_row_line = 0
        self.cell_row_end = 0  # index of the row's last cell line: a remark in a cell belongs to its row
        self.table_rows = 0
        # Whether the table's header line closes with a border ("… | 完成时限 |"): its rows then do too, and a row
        # line without one goes on over the next line (a cell holding a line break).
        self.table_border = False
        self.continued_until = 0  # lines up to here were read as the rest of a row broken inside a cell
        # The cell of a column before the task's that spans several rows (a leader printed once for a group of rows),
        # in a table flattened one cell per line whose rows open at their numbered task cell.
        self.group_cell = ""
        self.grouped_row = False  # the open cell row is such a row
        self.typed_row = False  # the open cell row was read by what its cells hold (text, then names)
        self.notes: list[str] = []  # for the parse report: what the administrator should check
        # A table without 序号 whose rows still print their number in a cell of their own, one cell per line: the
        # number of the row being read, how many cells come before a row's number, and the last such cells.
        self.row_number: int | None = None
        self.at_end = False  # the text has ended: the row still open is the last one, maybe cut
        self.spaced_rows = False  # the header closed a line: rows "1、任务 牵头单位 配合单位", cells split by spaces
        self.cells_before_number = 0
        self.leading_cells: list[str] = []
        # A group cell printed right after a row's number ("1" / "一、就业促进（3项）"): the heading of the rows it
        # spans, put before the row once the row is read.
        self.row_heading: tuple[int, str] | None = None

    @property
    def table(self) -> list[Column] | None:
        """The columns of the table being read, or None outside a table."""
        return self._table

    @table.setter
    def table(self, columns: list[Column] | None) -> None:
        # What one table showed of its rows says nothing of the next one's.
        self._table = columns
        self.typed_rows = 0  # rows read by what their cells hold (text, then names)
        self.persons_with_units = False  # a units column names the person at each unit's head ("…及主要负责人")
        self.printing_numbers = False  # the last row without 序号 was labelled by the number its task cell prints

    def read(self) -> None:
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self.at_end = True
        self._flush_cell_row()
        self._flush_stream()

    def _flush_stream(self) -> None:
        if self.stream is None or self.table is None:
            return
        text = self.stream
        # A header repeated on each page of the original interrupts the stream; it ends a row.
        # One bounded run of letters, not a repeated group: nested quantifiers backtrack exponentially when
        # several headers follow each other without a row between them.
        text = re.sub(r"序号[^\d\W_]{2,80}?(?:单位|部门|时限|时间|备注)(?=\d)", "\n", text)
        columns = self.table
        text = without_note_or_sign_off(text, columns)
        if Column.NUMBER not in columns and _ROW_ONE_RUN_IN.match(_SECTION_IN_STREAM.sub("", text, count=1)):
            # A header without 序号 over rows that carry their numbers ("工作任务牵头单位…" then "1推进…2完善…"):
            # the numbers are the rows' borders, read as a 序号 column.
            columns = [Column.NUMBER, *columns]
        if Column.NUMBER not in columns:
            # Without row numbers, a section row run into the stream is dropped: no number tells where it ends.
            self._add_stream_rows(split_stream(_SECTION_IN_STREAM.sub("", text), columns), self.stream_line)
            self.stream = None
            return
        # A section row ("一、经济发展") run into the stream before a row's number is a heading, not the row's text:
        # it opens a section, and the rows after it go on with their numbers.
        cuts = list(_SECTION_IN_STREAM.finditer(text))
        starts = [0, *(m.end() for m in cuts)]
        ends = [*(m.start() for m in cuts), len(text)]
        first = 1
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            if k > 0 and (marker := match_marker(cuts[k - 1].group(0))) is not None:
                self.blocks.append(
                    Block(marker.style, marker.number, marker.label, self.stream_line + 1, [marker.rest])
                )
            rows = split_stream(text[a:b], columns, first)
            self._add_stream_rows(rows, self.stream_line)
            numbered = [row.number for row in rows if row.number is not None]
            first = numbered[-1] + 1 if numbered else first
        self.stream = None

    def _add_stream_rows(self, rows: list[TableRow], index: int) -> None:
        """Add the rows read off a stream of run-together cells, and say how many kept their units unseparated."""
        for row in rows:
            self._add_row(row.number, row.text, row.roles, index, printed=row.printed)
        where = f"第{index + 1}行起的表格各单元格连在一起"
        if unseparated := sum(1 for row in rows if row.roles.empty):
            self.notes.append(f"{where}，{unseparated}项任务的单位未能与任务文字分开，请核对原文")
        for row in rows:
            if row.unsure:
                # Said, not guessed silently: the first name was read as the lead where no cell border was seen.
                which = f"第{row.number}项" if row.number is not None else f"「{row.text[:12]}」一项"
                self.notes.append(f"请核对：{where}，{which}{row.unsure}（按第一个单位牵头、其余为责任单位读）")

    @property
    def current(self) -> Block | None:
        return self.blocks[-1] if self.blocks else None

    def _skip(self, index: int, reason: str) -> None:
        self.skipped[index + 1] = (self.lines[index], reason)

    def _line(self, i: int) -> int:
        if self.grouped is not None and i == self.grouped.start:
            return self._grouped_rows(self.grouped)
        line = self.lines[i]
        if i < self.continued_until:
            self._skip(i, "表格内容（单元格内换行）")
            return i + 1
        if not line:
            if self.current is not None:
                self.current.after_blank = True
                self.current.last_was_label = None
            return i + 1
        if self.stream is not None:
            # Document-sharing sites print their page numbers ("2、") at the start of each line.
            self.stream += re.sub(r"^\d{1,3}、", "", re.sub(r"\s+", "", line))
            self._skip(i, "表格内容（各单元格连在一起）")
            return i + 1
        if _PAGE_FIELD.match(line):
            # "1. [主题分类] 综合政务" … "6. [发文字号] 〔〕": a portal's metadata as a numbered list, no task.
            self._skip(i, "页面信息")
            return i + 1
        # A bullet task item is no furniture, nor is a line of an open table row ("——孕产妇死亡率…", an indicator
        # under its goal in a cell printed over several lines).
        if is_bullet_line(line) and match_marker(line) is None and not (self.table is not None and self.cell_row):
            self._skip(i, "网页栏目或按钮")
            return i + 1
        # A header over two rows first: its first row alone (责任分工 over 牵头单位 | 配合单位) also reads as a header.
        if (two_rows := self._two_row_header(i)) is not None:
            self._flush_cell_row()
            end, self.table = two_rows
            self.layouts.add(LayoutKind.TABLE)
            for j in range(i, end):
                if self.lines[j]:
                    self._skip(j, "表头")
            return end
        if (columns := header_columns(fold_width(self.raw[i]))) is not None:
            self._flush_cell_row()
            self.table = columns
            self.persons_with_units = names_units_with_persons(fold_width(self.raw[i]))
            self.table_border = fold_width(self.raw[i]).rstrip().endswith(_BORDER_CHARS)
            self.layouts.add(LayoutKind.TABLE)
            self._skip(i, "表头")
            if self._rows_run_together_after(i):
                # "序号主要工作任务第一责任单位主要责任单位" alone on its line, then the rows run together on the next
                # ("1地区生产总值…。市发改委各县政府2服务业…"): read them as one stream, as a header glued to them.
                self.stream, self.stream_line = "", i + 1
                self._skip(i, "表头（各单元格连在一起）")
                return i + 1
            if unknown := unknown_header_words(fold_width(self.raw[i])):
                # Said, not dropped: the administrator sees which columns were read as holding no units.
                words = "、".join(unknown)
                self._skip(i, f"表头（未识别的列：{words}，按不含单位的列读）")
                self.notes.append(f"第{i + 1}行表头中未识别的列：{words}（按不含单位的列读，请核对）")
            return i + 1
        if (
            "序号" in line
            and not self._rows_on_lines_after(i)
            and (embedded := embedded_header(line)) is not None
            # The rows follow with their numbers, or without any (a 序号 column left empty by the copy).
            and (re.match(r"\d", rest := _SECTION_IN_STREAM.sub("", embedded[1]) or "1") or len(rest) >= 8)
        ) or (self.table is None and (embedded := leading_header(line) or titled_header(line)) is not None):
            self._flush_cell_row()
            self.table, self.stream_line = embedded[0], i
            self.stream = self._stream_after_header(i, embedded[0]) or embedded[1]
            self.layouts.add(LayoutKind.TABLE)
            self._skip(i, "表头（各单元格连在一起）")
            return i + 1
        if self.table is None and (closing := closing_header(fold_width(self.raw[i]))) is not None:
            # A header closing a line after the page's title, its rows on the lines after, cells split by spaces.
            self._flush_cell_row()
            self.table, self.spaced_rows = closing, True
            self.layouts.add(LayoutKind.TABLE)
            self._skip(i, "表头")
            return i + 1
        if (is_header_cell(line) and (found := self._cell_header_end(i)) is not None) or (
            self.table is None
            and line in ("序", "编")
            # A narrow first column breaks even "序号" over two lines ("序" / "号"): no piece is a word yet.
            and (found := self._split_header_cells(i)) is not None
        ):
            # The row before a second table's header is read with its own table's columns, then the header changes.
            self._flush_cell_row()
            end, self.table = found
            # A units-and-head column ("牵头单位及主要负责人") printed as a cell of its own line, as on one line.
            self.persons_with_units = names_units_with_persons(" | ".join(c for c in self.lines[i:end] if c))
            if Column.NUMBER in self.table and not self._numbered_cells_after(end, len(self.table) + 2):
                # A 序号 column the copy left empty (no row prints its number): the rows are read as a table
                # without one, each row counted in turn.
                self.table = [c for c in self.table if c is not Column.NUMBER]
            self.layouts.add(LayoutKind.TABLE)
            for j in range(i, end):
                if self.lines[j]:
                    self._skip(j, "表头")
            return end
        if self.table is not None and _PERIOD_HEADER_ROW.fullmatch(line) and self._right_after_header(i):
            # A progress table's header over two rows: "进展情况" above its quarters ("一季度二季度三季度四季度").
            self._skip(i, "表头")
            return i + 1
        if self.table is not None and self._table_line(i):
            return i + 1
        self._text_line(i)
        return i + 1

    def _grouped_rows(self, table: GroupedTable) -> int:
        """Add the groups and rows of a table whose rows close with borders and group under spanning cells."""
        self._flush_cell_row()
        self.table = None
        self.layouts.add(LayoutKind.TABLE)
        for j in range(table.start, table.header_end):
            if self.lines[j]:
                self._skip(j, "表头")
        for item in table.items:
            if isinstance(item, GroupHeading):
                # The group's own cells (its number, lead, a count) head its rows as a section does.
                block = Block(MarkerStyle.CN_COMMA, item.number, item.label, item.line + 1, [item.title])
                block.table_roles, block.last_line = RoleLists(), item.line + 1
            else:
                block = Block(MarkerStyle.TABLE_ROW, None, item.label, item.line + 1, [item.text])
                block.table_roles, block.closed, block.last_line = item.roles, True, item.end + 1
            self.blocks.append(block)
        items = {item.line for item in table.items}
        for j in range(table.header_end, table.end):
            if self.lines[j] and j not in items:
                reason = "表格分组标题（其下各行为任务）" if j in table.parents else "表格内容"
                self._skip(j, reason)
        return table.end

    def _stream_after_header(self, i: int, columns: list[Column]) -> str | None:
        """The rows run together after line ``i``'s header, read off the line as printed, or None.

        Cells split by single spaces ("…亿元。 县发改局 县工信局、县财政局 2024年底") meet as names glued together
        once the spaces go, which marks the border between two unit columns; the normalised line puts a 、 there.
        """
        raw = fold_width(self.raw[i])
        for reader in (embedded_header, leading_header, titled_header):
            if (found := reader(raw)) is not None and found[0] == columns:
                return found[1]
        return None

    def _right_after_header(self, i: int) -> bool:
        """Whether the last non-blank line before ``i`` was read as the table's header."""
        j = i - 1
        while j >= 0 and not self.lines[j]:
            j -= 1
        return j >= 0 and self.skipped.get(j + 1, ("", ""))[1].startswith("表头")

    def _rows_on_lines_after(self, i: int) -> bool:
        """Whether line ``i`` closes on a header split by spaces and its rows follow one a line, each numbered.

        "…分解表 序号 名称 工作任务 牵头责任单位" then "1 甲指标增长5%. 县甲局" (a section row "一、…" may come
        first): a page that kept a space between a table's cells and a line break after each row prints its rows
        so; they are read one a line, not as one stream run together.
        """
        if closing_header(fold_width(self.raw[i])) is None:
            return False
        j = i + 1
        while j < len(self.lines) and (not self.lines[j] or _SECTION_LINE.match(self.lines[j])):
            j += 1
        return j < len(self.lines) and _ROW_ONE_SPACED.match(fold_width(self.raw[j]).strip()) is not None

    def _rows_run_together_after(self, i: int) -> bool:
        """Whether header line ``i`` is run together and the next line opens with row 1 run into its text.

        A header printed with separators has its rows printed so too; a run-together header followed by a line
        "1地区生产总值…" (optionally after a section heading "一、经济发展") has rows run together with it.
        """
        if _SEPARATED.search(self.raw[i]) or re.search(r"\s", fold_width(self.raw[i]).strip()):
            return False  # cells split by separators or spaces: its rows are printed so too
        j = i + 1
        # Blank lines, and a section row on a line of its own ("一、产业发展"), may come before row 1.
        while j < len(self.lines) and (not self.lines[j] or _SECTION_ROW.fullmatch(self.lines[j])):
            j += 1
        if j >= len(self.lines):
            return False
        following = _SECTION_IN_STREAM.sub("", fold_width(self.raw[j]).strip(), count=1)
        return _ROW_ONE_RUN_IN.match(following) is not None and len(following) >= 6

    def _two_row_header(self, i: int) -> tuple[int, list[Column]] | None:
        """A header over two rows with separators: end and columns, else None.

        A header cell spanning several columns ("责任分工" over "牵头单位 | 配合单位") leaves the unit columns'
        names on a second row. Flattened with the same number of cells, each cell of the second row replaces the one
        above it; flattened without the spanned cells (an HTML table's second row holds only its own cells), the
        second row's names replace the first cell above that names no column of its own.
        """
        if not _SEPARATED.search(self.raw[i]):
            return None
        j = i + 1
        while j < len(self.lines) and not self.lines[j]:
            j += 1
        if j >= len(self.lines) or not _SEPARATED.search(self.raw[j]):
            return None
        top = [normalize_line(c) for c in _SEPARATED.split(fold_width(self.raw[i]))]
        below = [normalize_line(c) for c in _SEPARATED.split(fold_width(self.raw[j]))]
        names = [c for c in below if c]
        if len(names) < 2 or not all(column_of(c) in (Column.LEAD, Column.RESPONSIBLE) for c in names):
            return None
        if len(top) == len(below):
            merged = [b or t for t, b in zip(top, below, strict=True)]
        else:
            words = [c for c in top if c]
            group = next(
                (k for k, c in enumerate(words) if column_of(c) in (None, Column.OTHER, Column.STATED) and "分工" in c),
                None,
            )
            if group is None:
                return None
            merged = words[:group] + names + words[group + 1 :]
        columns = header_columns(" | ".join(c for c in merged if c))
        return (j + 1, columns) if columns is not None else None

    def _cell_header_end(self, i: int) -> tuple[int, list[Column]] | None:
        """End and columns of a header flattened one cell per line starting at ``i`` (≥ 3 header cells), else None."""
        cells: list[str] = []
        j = i
        while j < len(self.lines) and (not self.lines[j] or is_header_cell(self.lines[j])):
            if self.lines[j]:
                cells.append(self.lines[j])
            j += 1
        split = self._split_header_cells(i)
        if split is not None and split[0] > j:
            return split
        if len(cells) < 3 or (columns := header_columns(" | ".join(cells))) is None:
            return split or self._header_with_cells_of_its_own(i)
        return j, columns

    def _header_with_cells_of_its_own(self, i: int) -> tuple[int, list[Column]] | None:
        """A header one cell per line that names some columns in words of its own: end and columns, else None.

        "序号 / 项目名称 / 建设地点 / 投资金额（万元） / 责任单位": a cell the vocabulary does not know stays in the
        header when a known header cell follows it, as in a header printed with separators, and is read as a
        column without units. Tried last: a header the known words or their pieces already read is read so.
        """
        j = end = i
        while j < len(self.lines) and (
            not self.lines[j] or is_header_cell(self.lines[j]) or is_unknown_header_cell(self.lines[j])
        ):
            if is_header_cell(self.lines[j]):
                end = j + 1
            j += 1
        # The header ends on its last known cell: a short first cell of a row after it is no column.
        cells = [c for c in self.lines[i:end] if c]
        columns = header_columns(" | ".join(cells)) if len(cells) >= 4 else None
        return (end, columns) if columns is not None else None

    def _numbered_cells_after(self, start: int, count: int) -> bool:
        """Whether one of the first ``count`` cells from line ``start`` on is a row's number ("1", "12")."""
        cells = [line for line in self.lines[start:] if line][:count]
        return any(cell.isdecimal() for cell in cells)

    def _split_header_cells(self, i: int) -> tuple[int, list[Column]] | None:
        """A header whose cells were broken over lines ("工作", "任务", "牵头", "单位" …): end and columns, else None.

        A narrow table column wraps its header word, and a copy that puts each line of a cell on a line of its own
        prints the pieces one per line; read together, the pieces spell the header's words.
        """
        at: list[int] = []  # the lines holding pieces
        j = i
        # A header has a dozen columns at most, each broken in two or three pieces: looking further only costs time.
        while (
            j < len(self.lines)
            and len(at) < _MAX_HEADER_PIECES
            and (not self.lines[j] or _HEADER_PIECE.fullmatch(self.lines[j]))
        ):
            if self.lines[j]:
                at.append(j)
            j += 1
        # The longest run of pieces that reads as a header wins (a short task cell may follow without a 序号).
        for n in range(len(at), 2, -1):
            if (columns := header_columns("".join(self.lines[k] for k in at[:n]))) is not None:
                return at[n - 1] + 1, columns
        return None

    def _table_line(self, i: int) -> bool:
        """Read line ``i`` as part of the table; False when it is not (the table has ended).

        Rows come in three flattenings, possibly mixed: cells split by separators on one
        line; one cell per line after a line holding only the row's number; and cells run
        together or split by single spaces ("1 地区生产总值增长8% 市发改委 市统计局").
        """
        if self.table is None:
            return False
        line = self.lines[i]
        if form_row(self.raw[i]):
            # The page's metadata printed as a form after the table ("索引号: | … | 成文日期: | … |"): the table
            # has ended, and the form is no row.
            self._flush_cell_row()
            self.table = None
            self._skip(i, "页面信息")
            return True
        if self.spaced_rows and (row := numbered_row_with_cells(fold_width(self.raw[i]), self.table)) is not None:
            self._add_row(row.number, row.text, row.roles, i, printed=str(row.number))
            return True
        if self._row_number_cell(i) or self._unnumbered_cell(i) or self._grouped_cell(i):
            return True
        if self._number_line(line, i):
            self._flush_cell_row()
            self.cell_row, self.cell_row_line, self.cell_row_end = [line], i, i
            return True
        if self.cell_row and len(self.cell_row) == 1 and len([c for c in split_cells(self.raw[i]) if c]) >= 2:
            # One cell alone, then a row printed with separators: the cell was a group row spanning the table
            # (a heading the rows below belong to, "抓好财税金融工作，增强发展保障能力"), not a row's first cell.
            self._skip(self.cell_row_line, "表格中的分组行")
            self.cell_row = []
        if self.cell_row:
            if section_marker([line]) is not None and "。" not in line and len(line) < 40:
                if self._number_alone():
                    # Right after the row's number, the cell of a group column (类别) spanning the rows of its
                    # section: a heading the rows go under, printed at its first row, not a row between rows.
                    self.row_heading = (i, line)
                    self.cell_row.append(line)
                    self.cell_row_end = i
                    return True
                self._flush_cell_row()
                return False  # a section heading between rows: read as a heading
            self.cell_row.append(line)
            self.cell_row_end = i
            return True
        cells = self._without_group_cells(self._units_cells(split_cells(self.raw[i])), i)
        if self._merged_cells_sub_row(cells):
            self._skip(i, "表格中合并单元格下的子行")
            return True
        if self._heading_row_over_deeper_rows(cells, i):
            self._skip(i, "表格中的分组行")
            return True
        if len([c for c in cells if c]) >= 2:
            cells, end = self._row_over_lines(i, cells)
            if (row := align_row(cells, self.table)) is not None:
                self._add_row(row.number, row.text, row.roles, i, end, printed=row.printed, label=row.label)
                self.continued_until = end + 1
                return True
        if (row := run_together_row(fold_width(self.raw[i]), self.table, self._expected_number())) is not None:
            self._add_row(row.number, row.text, row.roles, i, printed=row.printed)
            return True
        if (row := self._row_without_units(i)) is not None:
            self._add_row(row.number, row.text, row.roles, i, printed=row.printed)
            return True
        return False

    def _heading_row_over_deeper_rows(self, cells: list[str], i: int) -> bool:
        """Whether a row printed with separators heads the rows below it: a level above theirs, naming no unit.

        A 序号 column may number two levels of the plan, as its running text does ("1" over "（8）" "（9）", GB/T
        9704's 1. over （1）): a row numbered one level above the next row's number, with only a title and its
        units cells empty, groups the rows below (the tasks' numbers run on across it), as a heading does; it is
        no task of its own.
        """
        table = self.table or []
        filled = [c for c in cells if c]
        if Column.NUMBER not in table or len(filled) != 2 or (own := number_cell(filled[0])) is None:
            return False
        if is_unit_list(filled[1]) or not {Column.LEAD, Column.RESPONSIBLE, Column.STATED} & set(table):
            return False
        after = next((line for line in self.raw[i + 1 :] if line.strip()), "")
        below = [c for c in split_cells(after) if c]
        if len(below) < 3 or (deeper := number_cell(below[0])) is None:
            return False
        return deeper.style.depth > own.style.depth

    def _merged_cells_sub_row(self, cells: list[str]) -> bool:
        """Whether a row printed with separators is a further row of the one above, its other cells merged.

        A row whose task, leader and units cells span several rows prints them on its first row only; the rows
        below print just the cells that differ, an indicator and its figures ("城镇失业人员再就业（人） | 250 |
        甲乡8 乙镇5"). Fewer cells than the header's columns, none a unit list and no number or item marker to open
        a row, one of them a bare figure, right after a row of a table with a units column: no task of its own.
        """
        table = self.table or []
        filled = [c for c in cells if c]
        return (
            len(filled) >= 2
            and len(filled) < len(table)
            and bool({Column.LEAD, Column.RESPONSIBLE} & set(table))
            and self._last_is_row()
            and not filled[0].isdecimal()
            and match_marker(filled[0]) is None
            and not any(is_unit_list(c) for c in filled)
            and any(_FIGURE_CELL.fullmatch(c) for c in filled)
        )

    def _units_cells(self, cells: list[str]) -> list[str]:
        """A row's cells without the person printed after each unit, in a table whose header says it does so."""
        return [without_persons_after_units(c) for c in cells] if self.persons_with_units else list(cells)

    def _without_group_cells(self, cells: list[str], i: int) -> list[str]:
        """A row's cells from its number on, where the row prints the cells of the columns before 序号 too.

        A column before 序号 (大类, 类别) groups the rows: its cell spans them and is printed on the group's first
        row only ("一、甲类 | 1 | 任务 | 县甲局" then "2 | 任务 | 县乙局"). On that row the cell before the number is
        the group's heading, put before the row as a section heading is, not the row's text.
        """
        table = self.table or []
        filled = [c for c in cells if c]
        at = table.index(Column.NUMBER) if Column.NUMBER in table else 0
        if at == 0 or len(filled) <= at or not filled[at].isdecimal() or filled[0].isdecimal():
            return cells
        for cell in filled[:at]:
            if section_marker([cell]) is not None and "。" not in cell and (marker := match_marker(cell)) is not None:
                self.blocks.append(
                    Block(marker.style, marker.number, marker.label, i + 1, [marker.rest], last_line=i + 1)
                )
        return filled[at:]

    def _row_over_lines(self, i: int, cells: list[str]) -> tuple[list[str], int]:
        """A row printed with separators and a cell broken over lines: its cells and the index of its last line.

        A table whose header closes with a border ("… | 完成期限 |") closes each row so; a row line without it
        holds a cell with a line break ("… | 市国土资源局" / "市农牧林业局 | 2010年9月20日前 |"): the next lines,
        up to the one closing with the border, continue that cell and add the row's remaining cells. Without such
        a closing line within reach, or with more cells than the header has columns, the line is a row alone.
        """
        table = self.table or []
        if not self.table_border or fold_width(self.raw[i]).rstrip().endswith(_BORDER_CHARS):
            return cells, i
        joined = list(cells)
        for j in range(i + 1, min(i + 4, len(self.lines))):
            if not self.lines[j] or match_marker(self.lines[j]) is not None:
                break
            more = split_cells(self.raw[j])
            # A cell's two lines: names ("市国土资源局" / "市农牧林业局") are two names, text runs on.
            glue = "、" if is_unit_list(joined[-1]) and is_unit_list(more[0]) else ""
            joined = [*joined[:-1], joined[-1] + glue + more[0], *more[1:]]
            if len(joined) > len(table):
                break
            if fold_width(self.raw[j]).rstrip().endswith(_BORDER_CHARS):
                return joined, j
        return cells, i

    def _next_line(self, i: int) -> str:
        """The first non-blank line after line ``i``, or "" at the text's end."""
        return next((line for line in self.lines[i + 1 :] if line), "")

    def _number_alone(self) -> bool:
        """Whether the open row holds only its number so far, in a table with a 序号 column."""
        return (
            self.table is not None
            and Column.NUMBER in self.table
            and len(self.cell_row) == 1
            and self.cell_row[0].isdecimal()
        )

    def _row_without_units(self, i: int) -> TableRow | None:
        """The next row printed on one line whose units cells are empty or cut: "10 中央预算内投资安排5000亿元".

        A table's last row is often cut by a page's end, and a row may leave its units cell blank; it is still a
        task (reported as one without units). Only the number right after the last row's opens such a row, so a
        numbered paragraph after the table ("1.…") is not taken for one.
        """
        if self.table is None or Column.NUMBER not in self.table or not self._last_is_row():
            return None
        m = re.match(r"^(\d{1,3})\s+(\S.*)$", self.raw[i].strip())
        if m is None or int(m.group(1)) != self._expected_number():
            return None
        return run_together_row(fold_width(self.raw[i]), self.table, self._expected_number(), require_units=False)

    def _row_number_cell(self, i: int) -> bool:
        """Read line ``i`` as a cell of a table whose rows print their number in a cell the header does not name.

        Such a table (工作任务 | 具体要求 | 责任科室 | 时限要求, one cell per line) prints "1", "2" … as cells of
        their own, after the cells of the columns before them. The first number shows how many cells come before
        a row's number; a row holds those and as many cells after its number as the header has columns left, and
        the cells after that open the next row. A merged cell printed on its group's first row only leaves a row
        without its cells before the number: it takes the group's.
        """
        table = self.table
        if table is None or Column.NUMBER in table or len([c for c in split_cells(self.raw[i]) if c]) != 1:
            return False
        line = self.lines[i]
        if self.row_number is None:
            before = len(self.cell_row)
            if line != "1" or self.table_rows or not 0 < before < len(table) - 1:
                return False
            self.row_number, self.cells_before_number = 1, before
            self.leading_cells, self.cell_row, self.cell_row_line = list(self.cell_row), [], i
            return True
        if line == str(self.row_number + 1):
            after = len(table) - self.cells_before_number
            leading = self.cell_row[after:]
            self._flush_numbered_row()
            self.leading_cells = leading or self.leading_cells
            self.row_number, self.cell_row_line = self.row_number + 1, i
            return True
        if len(self.cell_row) >= len(table):
            self._flush_numbered_row()  # more cells than a row and the next row's leading cells: the table ended
            self.row_number = None
            return False
        self.cell_row.append(line)
        self.cell_row_end = i
        return True

    def _flush_numbered_row(self) -> None:
        """Add the row being read by :meth:`_row_number_cell`: its group's cells, then its own after its number."""
        table = list(self.table or [])
        before = self.cells_before_number
        after = self.cell_row[: len(table) - before]
        if Column.TASK in table[:before] and table[before] is Column.OTHER:
            # The task column before the number spans a group of rows (printed once for the group): it is the
            # group's heading, and the row's own text is the text cell after its number (具体要求).
            table = [Column.OTHER if c is Column.TASK else c for c in table[:before]] + [
                Column.TASK,
                *table[before + 1 :],
            ]
        row = align_row(self._units_cells([*self.leading_cells[:before], *after]), table)
        if row is not None and self.row_number is not None:
            end = max(self.cell_row_end, self.cell_row_line)
            self._add_row(self.row_number, row.text, row.roles, self.cell_row_line, end)
        self.cell_row = []

    def _unnumbered_cell(self, i: int) -> bool:
        """Read line ``i`` as a cell of a table without a 序号 column flattened one cell per line.

        Such a table (目标任务 | 责任领导 | 牵头单位 | 责任单位) has no number line to open a row: a row
        opens at its task cell once the row before has a cell for every column. A group row spanning the
        table ("全市经济社会发展主要预期目标") is one cell followed by the next row's task cell: a second
        cell that cannot stand in the column after the task's shows the first was the group row.
        """
        table = self.table
        if table is None or Column.NUMBER in table or table[0] is not Column.TASK:
            return False
        if len([c for c in split_cells(self.raw[i]) if c]) != 1:
            return False  # a row printed with separators: read as such
        line = self.lines[i]
        if table[1:2] == [Column.SCORE]:
            return self._scored_cell(i)
        if self.cell_row and self._units_only_table():
            typed = self._typed_cell(line, i)
            if typed is not None:
                return typed
        if self._more_persons(line):
            # A leaders cell printing one name per line ("张某" / "李某" under 责任领导): one cell, not two.
            self.cell_row[-1] += "、" + line
            self.cell_row_end = i
            return True
        if self.cell_row and len(self.cell_row) < len(table):
            if len(self.cell_row) == 1 and not _fits_column(line, table[1]):
                self._skip(self.cell_row_line, "表格中的分组行")
                self.cell_row, self.cell_row_line, self.cell_row_end = [line], i, i
                return True
            self.cell_row.append(line)
            self.cell_row_end = i
            return True
        self._flush_cell_row()
        if section_marker([line]) is not None and "。" not in line and len(line) < 40:
            return False  # a section heading between rows: read as a heading
        # Several rows run together on this line ("…改造住建局各区政府2025年底前完善…水务局…"): read it as a stream.
        rows = split_stream(fold_width(self.raw[i]), table)
        # Rows cut at their units, or at least where a name's ending meets the next task's opening verb.
        at_task_starts = len(rows) >= 2 and "。" not in line and all(row.roles.empty for row in rows)
        if sum(1 for row in rows if not row.roles.empty) >= 2 or at_task_starts:
            self._add_stream_rows(rows, i)
            return True
        if (row := run_together_row(fold_width(self.raw[i]), table, 0)) is not None:
            self._add_row(
                row.number, row.text, row.roles, i, printed=row.printed
            )  # the whole row on this line, its cells run together
            return True
        self.cell_row, self.cell_row_line, self.cell_row_end = [line], i, i
        return True

    def _more_persons(self, line: str) -> bool:
        """Whether ``line`` is one more name of the open row's last cell, a persons column's (责任领导)."""
        table = self.table or []
        at = len(self.cell_row) - 1
        return (
            0 < at < len(table)
            and table[at] is Column.PERSON
            and is_person_list(self.cell_row[-1])
            and is_person_list(line)
        )

    def _units_only_table(self) -> bool:
        """Whether the table is a task column followed only by units columns (目标 | 主要责任单位 | 责任单位)."""
        table = self.table or []
        return len(table) >= 2 and table[0] is Column.TASK and all(c in _UNITS_COLUMNS for c in table[1:])

    def _typed_cell(self, line: str, i: int) -> bool | None:
        """Read line ``i`` of an open row by what it holds, in a task-and-units table flattened one cell per line.

        A copy that lost the borders may print a task cell over several lines (a goal, then its indicators "——…")
        and a units cell one name per line, so counting cells against the header cannot find the rows. Here the
        rows are told apart by what the cells hold: a row is text, then names; text after names opens the next row.
        None when the row does not show it (its first line neither a numbered task nor followed by names yet).
        """
        row_has_names = any(_is_names_cell(c) for c in self.cell_row[1:])
        # Among names, a short cell of letters alone is one more name cut short ("人口计生"): no goal is so short.
        names = _is_names_cell(line) or (row_has_names and _SHORT_CELL.fullmatch(line) is not None)
        if not names and not row_has_names and match_marker(self.cell_row[0]) is None and not self.typed_rows:
            return None  # the first cell may be a group row over the table: read as before
        if names or not row_has_names:
            self.cell_row.append(line)
            self.cell_row_end = i
            self.typed_row = True
            return True
        self._flush_cell_row()
        self.cell_row, self.cell_row_line, self.cell_row_end = [line], i, i
        self.typed_row = True
        return True

    def _typed_row(self, cells: list[str]) -> TableRow | None:
        """A typed row: its text cells as the task's text, its names in the units columns, as printed."""
        texts = [c for c in cells if not _is_names_cell(c) and not (c is not cells[0] and _SHORT_CELL.fullmatch(c))]
        names = [c for c in cells if c not in texts]
        unit_columns = (self.table or [])[1:]
        if len(names) > len(unit_columns) and len(unit_columns) == 2:
            # Said, not guessed silently: the page cannot show where the first units cell ended.
            self.notes.append(
                f"请核对：第{self.cell_row_line + 1}行起的表格一行中，单位多于单位列（单元格边框丢失），"
                f"按第一个单位{names[0]}为第一列、其余为第二列读"
            )
        row = align_row(texts, [Column.TASK])
        if row is None:
            return None
        lead: list[str] = []
        responsible: list[str] = []
        for k, name in enumerate(names):
            column = unit_columns[min(k, len(unit_columns) - 1)]
            (lead if column is Column.LEAD else responsible).extend(split_units(name))
        return TableRow(None, row.text, RoleLists(tuple(lead), tuple(responsible)), printed=row.printed)

    def _grouped_cell(self, i: int) -> bool:
        """Read line ``i`` as a cell of a table whose leader column comes before the task's, one cell per line.

        Such a table (牵头领导 | 重点工作 | 牵头单位 | 配合单位) prints the leader once for the group of rows it
        spans, and numbers each task inside its own cell ("1.…"): a row opens at a task cell numbered so and holds
        the lines up to the next one. A leader's cell, before the first row or between two rows, is the group's.
        """
        table = self.table
        if table is None or Column.NUMBER in table or Column.TASK not in table or table[0] is Column.TASK:
            return False
        if {Column.LEAD, Column.RESPONSIBLE, Column.STATED} & set(table[: table.index(Column.TASK)]):
            return False
        if len([c for c in split_cells(self.raw[i]) if c]) != 1:
            return False  # a row printed with separators: read as such
        line = self.lines[i]
        if _NUMBERED_TASK_CELL.match(line):
            self._flush_cell_row()
            self.cell_row, self.cell_row_line, self.cell_row_end = [self.group_cell, line], i, i
            self.grouped_row = True
            return True
        if section_marker([line]) is not None and "。" not in line and len(line) < 40:
            self._flush_cell_row()
            return False  # a section heading between rows: read as a heading
        if table[0] is Column.PERSON and is_person_list(line):
            self._flush_cell_row()
            self.group_cell = line
            self._skip(i, "表格中跨行的领导单元格")
            return True
        if self.cell_row:
            self.cell_row.append(line)
            self.cell_row_end = i
            return True
        return False

    def _grouped_units_cells(self, cells: list[str]) -> list[str]:
        """A grouped row's cells with the names of a units cell printed one per line put back in one cell.

        The copy lost the cells' borders: after the task cell, more names than the table has units columns
        ("市府办" / "市司法局" / "市审计局" / "各单位" under 牵头单位 | 配合单位) show a cell holding several names.
        The first name is read as the first column's, the others as the last's, and the report says so, since
        the page cannot show where the first cell ended.
        """
        table = self.table or []
        unit_columns = [c for c in table if c in (Column.LEAD, Column.RESPONSIBLE)]
        after = table[table.index(Column.TASK) + 1 :]
        if len(unit_columns) != 2 or after[:2] != unit_columns or any(c is not Column.OTHER for c in after[2:]):
            return cells
        task_at = next((k for k, c in enumerate(cells) if _NUMBERED_TASK_CELL.match(c)), None)
        if task_at is None:
            return cells
        names = cells[task_at + 1 :]
        if len(names) <= 2 or not all(is_unit_list(n) for n in names):
            return cells
        self.notes.append(
            f"请核对：第{self.cell_row_line + 1}行起的表格一行中，单位多于单位列（单元格边框丢失），"
            f"按第一个单位为{names[0]}所在列、其余为下一列读"
        )
        return [*cells[: task_at + 1], names[0], "、".join(names[1:])]

    def _scored_cell(self, i: int) -> bool:
        """Read line ``i`` as a cell of a target table scoring each row in its second column (项目 | 分值 | …).

        Every row has its score, so a row opens at the line before a score cell ("地区生产总值增长率" / "3"),
        however many of its other cells the copy printed; a short line that no score follows, between rows,
        is a group row spanning the table ("宏观调控"). Anything else ends the table.
        """
        line = self.lines[i]
        following = next((self.lines[j] for j in range(i + 1, len(self.lines)) if self.lines[j]), "")
        if not _fits_column(line, Column.SCORE) and _fits_column(following, Column.SCORE):
            self._flush_cell_row()
            self.cell_row, self.cell_row_line, self.cell_row_end = [line], i, i
            return True
        if self.cell_row and len(self.cell_row) < len(self.table or []):
            self.cell_row.append(line)
            self.cell_row_end = i
            return True
        self._flush_cell_row()
        if len(line) <= 12 and "。" not in line and section_marker([line]) is None:
            self._skip(i, "表格中的分组行")
            return True
        return False

    def _scored_row(self, cells: list[str]) -> TableRow | None:
        """A target table's row from its printed cells: name, score, then the target and units cells, if printed.

        A cell the row does not print was merged with the row above (printed once, at the first row it spans).
        Where the table has one units column, every target has its unit: a row printing none shares the units
        of the row above ("同上"); the cells are told apart by what they hold (a unit list or a target).
        """
        table = self.table or []
        unit_columns = [c for c in table if c in (Column.LEAD, Column.RESPONSIBLE)]
        if len(cells) < 2 or len(unit_columns) != 1:
            return None
        role = Role.LEAD if unit_columns[0] is Column.LEAD else Role.RESPONSIBLE
        name, rest = cells[0], cells[2:]
        # A cell may run its names together ("区发改局区统计局"): told apart by their level prefix.
        units = [_separated_names(c) for c in rest if is_unit_list(c)]
        targets = [c for c in rest if not is_unit_list(c)]
        text = "。".join([name, *targets])
        roles = units_for(role, "、".join(units)) if units else RoleLists((), (SAME_AS_ABOVE,), bare=True)
        return TableRow(None, text, roles)

    def _expected_number(self) -> int:
        return (self.blocks[-1].number or 0) + 1 if self._last_is_row() else 1

    def _number_line(self, line: str, i: int) -> bool:
        """A line holding only the next row's number starts a row flattened one cell per line."""
        if not line.isdecimal() or self.table is None or Column.NUMBER not in self.table:
            return False
        expected = self._expected_number()
        if int(line) == 1 and expected != 1 and self.cell_row and len(self.cell_row) < len(self.table):
            # Numbering starts again after a section row, which closes the row before; inside a row still short of
            # cells, "1" is a cell's value (a target of 1 万只), not row 1.
            return False
        if self.cell_row and _FIGURE_CELL.fullmatch(self._next_line(i)):
            # A row's number is followed by its text; a number followed by another figure ("4" / "4" / "100%",
            # target, done, share) is one of the open row's figures.
            return False
        # The first row after the header may carry any number: a copy of a table's second page starts at "80".
        # Once that row is open, a number is one of its cells unless it is the next one.
        first_row = not self._last_is_row() and not self.cell_row
        open_number = int(self.cell_row[0]) if self.cell_row and self.cell_row[0].isdecimal() else None
        if int(line) in (expected, expected + 1, 1) or (first_row and 0 < int(line) < 1000):
            return True
        if open_number is not None and int(line) == open_number + 1:
            return True
        # An extract keeps only some rows of a table, with their numbers (3, 68, 69, 73): a larger number opens
        # the next row once the current row has a cell for every column, so it is no cell of that row.
        row_complete = bool(self.cell_row) and len(self.cell_row) >= len(self.table)
        return row_complete and expected < int(line) < 1000

    def _runs_on(self, printed: str) -> bool:
        """Whether a number printed in a row's task cell goes on from the row before (or opens the rows).

        A table without 序号 listing part of a longer list prints its own numbers ("14.改扩建…", "15.…"): they are
        the tasks' labels. Numbers that restart in each group cell ("1、" again under the next group) are not, and
        the rows are counted through the table instead.
        """
        if not self._last_is_row():
            return True
        # Rows printing no number of their own (further rows of a goal spanning several) are passed over.
        before = next((b.label for b in reversed(self.blocks) if b.style is not MarkerStyle.TABLE_ROW or b.label), "")
        return before == str(int(printed) - 1)

    def _numbered_rows(self) -> bool:
        """Whether the last numbered row of this table took its label from the number its task cell prints."""
        return self.printing_numbers

    def _last_is_row(self) -> bool:
        return bool(self.blocks) and self.blocks[-1].style is MarkerStyle.TABLE_ROW

    def _flush_cell_row(self) -> None:
        if self.row_number is not None:
            self._flush_numbered_row()
            self.row_number = None
            return
        if self.row_heading is not None:
            at, heading = self.row_heading
            self.row_heading = None
            if (marker := match_marker(heading)) is not None:
                self.blocks.append(
                    Block(marker.style, marker.number, marker.label, at + 1, [marker.rest], last_line=at + 1)
                )
        if not self.cell_row or self.table is None:
            self.cell_row = []
            return
        scored = Column.NUMBER not in self.table and self.table[1:2] == [Column.SCORE]
        cells = self._grouped_units_cells(self.cell_row) if self.grouped_row else self.cell_row
        cells = self._units_cells(cells)
        self.grouped_row = False
        typed, self.typed_row = self.typed_row, False
        if typed:
            self.typed_rows += 1  # the table shows its rows so: the rows after it are read so too
            row = self._typed_row(cells)
        else:
            row = self._scored_row(cells) if scored else align_row(cells, self.table)
        if row is not None:
            end = max(self.cell_row_end, self.cell_row_line)
            # In a table whose rows print their numbers, a row printing none is a further row of the goal above
            # (its cell spans several rows): no number of its own, rather than a count that another row prints.
            unnumbered = typed and not row.printed and self._last_is_row() and self._numbered_rows()
            roles = row.roles
            if self.at_end and row.spans_rows:
                # The text ends inside a project still going on over sub-rows: more sub-rows, with more units,
                # may have been cut, so its units are not known; declined rather than given in part.
                roles = RoleLists()
                self.notes.append(f"第{self.cell_row_line + 1}行起的表格一行跨多行且在文末截断，单位未读")
            elif self.at_end and (cut := _cut_inside_last_units_cell(cells, self.table)) is not None:
                # The page ends inside a name of the last units column: that list is declined, the others kept.
                kept = row.roles.lead if cut is Column.RESPONSIBLE else ()
                roles = RoleLists(lead=kept, responsible=row.roles.responsible if cut is Column.LEAD else ())
                self.notes.append(f"第{self.cell_row_line + 1}行起的表格一行在文末名称中截断，该列单位未读")
            elif self.at_end and _cut_before_its_last_cells(cells, self.table):
                # The page ends inside a cell before the row's units were printed: a unit-like cell read earlier
                # is another column's (a place's, "某某镇"), and the units are not known.
                roles = RoleLists()
                self.notes.append(f"第{self.cell_row_line + 1}行起的表格一行在文末截断，单位未读")
            self._add_row(
                row.number, row.text, roles, self.cell_row_line, end, printed=row.printed, unnumbered=unnumbered
            )
        self.cell_row = []

    def _add_row(
        self,
        number: int | None,
        text: str,
        roles: RoleLists,
        index: int,
        end: int | None = None,
        *,
        printed: str = "",
        unnumbered: bool = False,
        label: str = "",
    ) -> None:
        self.table_rows += 1
        label = label or (str(number) if number is not None else str(self.table_rows))
        if number is None and printed and self._runs_on(printed):
            label = printed
        if unnumbered:
            label = ""
        elif number is None:
            self.printing_numbers = label == printed
        block = Block(MarkerStyle.TABLE_ROW, number, label, index + 1, [text], table_roles=roles, closed=True)
        # A row printed one cell per line ends at its last cell: a rule stated in a cell ("…（列在首位的为牵头部门，
        # 下同）") is stated within the row and applies to it, as one closing a task's own list does.
        block.last_line = (index if end is None else end) + 1
        self.blocks.append(block)

    def _text_line(self, i: int) -> None:
        line, line_no = self.lines[i], i + 1
        current = self.current
        marker = match_marker(line)
        if marker is None:
            last_dot = next((b.number for b in reversed(self.blocks) if b.style is MarkerStyle.AR_DOT), None)
            marker = next_item_led_by_digits(line, last_dot)
        if marker is not None:
            number, label = marker.number, marker.label
            if marker.style is MarkerStyle.BULLET:
                # Bullets print no number: the n-th bullet item of the notice is item n, so bullets never restart.
                number = 1 + sum(1 for b in self.blocks if b.style is MarkerStyle.BULLET)
                label = str(number)
            block = Block(marker.style, number, label, line_no, [marker.rest], last_line=line_no)
            self.blocks.append(block)
            return
        if is_label_line(line):
            self._label_line(line, line_no)
            return
        if (style := self._unit_heading_style(i)) is not None:
            # "市发展改革委：" alone on its line over "1.…" "2.…": an unnumbered heading grouping that unit's items,
            # one level above them; its name leads them (headings.heading_lead).
            number = 1 + sum(1 for b in self.blocks if b.style is style)
            self.blocks.append(Block(style, number, "", line_no, [line], last_line=line_no))
            return
        if (sentences := run_in_lead_sentences(line) or run_in_closing_lead_clauses(line)) is not None:
            # "X牵头，负责…。Y牵头，负责…。Z牵头，…。": unnumbered tasks run into one paragraph, one per sentence,
            # counted as bullets are (their printed number is none). The paragraph is wholly read, so the next
            # paragraph goes on no clause of it.
            for text, roles in sentences:
                number = 1 + sum(1 for b in self.blocks if b.style is MarkerStyle.BULLET)
                self.blocks.append(
                    Block(
                        MarkerStyle.BULLET,
                        number,
                        str(number),
                        line_no,
                        [text],
                        labelled=roles,
                        last_line=line_no,
                        closed=True,
                    )
                )
            self.layouts.add(LayoutKind.IN_SENTENCE)
            return
        if i in self.form_tasks:
            # "具体任务" over the task's text in a form of fields: the item's task, printed without a number.
            number = 1 + sum(1 for b in self.blocks if b.style is MarkerStyle.BULLET)
            self.blocks.append(Block(MarkerStyle.BULLET, number, str(number), line_no, [line], last_line=line_no))
            return
        if (run := self._opens_unnumbered_task(i)) or self._opens_titled_task(i):
            # "耕地保有量保持在…。（市国土局牵头）" / "单位工业增加值…。（…按职责分工负责）": paragraphs without a
            # number, each closed by its own units, are tasks counted as bullets are (their printed number is none).
            number = 1 + sum(1 for b in self.blocks if b.style is MarkerStyle.BULLET)
            self.blocks.append(Block(MarkerStyle.BULLET, number, str(number), line_no, [line], last_line=line_no))
            if run:
                self.run_bullets.add(id(self.blocks[-1]))
            return
        if current is not None and current.last_was_label is not None and (joined := _rejoined(current, line)):
            # A name cut by the line's end ("牵头单位：市发展和改革" / "委员会", a PDF's wrapped line): one name again.
            cut = units_for(current.last_was_label, current.last_label_value)
            kept = RoleLists(
                tuple(u for u in current.labelled.lead if u not in cut.lead),
                tuple(u for u in current.labelled.responsible if u not in cut.responsible),
            )
            current.labelled = kept.merged(units_for(current.last_was_label, joined))
            current.last_label_value = joined
            current.label_lines.append(line_no)
            current.last_line = line_no
            return
        if current is not None and current.last_was_label is not None and is_unit_list(line):
            # A units line wrapped onto the next line (or "牵头单位：" with the units below it).
            current.labelled = current.labelled.merged(units_for(current.last_was_label, line))
            current.last_label_value = line
            current.label_lines.append(line_no)
            current.last_line = line_no
            return
        if self._opens_labelled_unnumbered_task(i):
            # "加快推进甲项目。" / "牵头单位：…" / "加快推进乙项目。" / "牵头单位：…": paragraphs without a number,
            # each followed by its own label lines, are tasks counted as bullets are.
            number = 1 + sum(1 for b in self.blocks if b.style is MarkerStyle.BULLET)
            self.blocks.append(Block(MarkerStyle.BULLET, number, str(number), line_no, [line], last_line=line_no))
            return
        if current is not None and _SHOWN_IN_PART.match(line):
            # The site cut the text here: the note and what the site prints after it are no task's text.
            current.closed = True
            current.detached = True
            self._skip(i, "网站的截断说明（未完），不是任务的文字")
            return
        if current is not None and _ATTACHMENT_HEADING.match(line):
            # The notice's attachments begin: what follows is no part of the item above (a task table attached
            # after the items gives its rows as rows of their own).
            current.closed = True
            current.detached = True
            self._skip(i, "附件标题，不是任务的文字")
            return
        if current is not None and not current.closed and (not current.after_blank or line.endswith(_PARAGRAPH_END)):
            # A hard-wrapped paragraph, or the task's next paragraph.
            current.parts.append(line)
            current.last_line = line_no
            current.after_blank = False
            return
        reason = "任务之前的文字（页眉、通知正文等）" if current is None else "不属于任何任务的文字"
        if current is not None:
            current.detached = True
        self._skip(i, reason)

    def _opens_unnumbered_task(self, i: int) -> bool:
        """Whether line ``i`` (no number, no label) is an unnumbered task of a run of paragraphs closed by units.

        A run opens under a heading ("（一）约束性指标", a short title, maybe over a few lines of introduction naming
        no units) with a paragraph that closes with its own units when another one does so before the next numbered
        line: a single one would be the heading's body, as "1.标题" over its paragraph. It goes on while paragraphs
        close so; a paragraph naming no units between two that do is a task of the run too (without units: its
        own, not the units of the task before, which its units already closed), and so is the text's last line,
        cut by the page mid-sentence.
        """
        current = self.current
        if current is None or current.closed or current.table_roles is not None:
            return False
        line = self.lines[i]
        in_run = id(current) in self.run_bullets
        if in_run or (current.style is MarkerStyle.BULLET and _names_own_units(current.parts[-1])):
            if _names_own_units(line):
                return True
            if self._is_last_line(i) and not line.endswith(_PARAGRAPH_END):
                return True
            return self._is_run_paragraph(i) and self._closed_paragraph_ahead(i)
        if not self._heading_like(current):
            return False
        return _names_own_units(line) and self._closed_paragraph_ahead(i)

    def _heading_like(self, block: Block) -> bool:
        """A block that reads as a heading: a short title, then at most lines of introduction naming no units."""
        title = block.parts[0]
        if _SENTENCE_STOP.search(title) or len(title) > _MAX_HEADING:
            return False
        return not any(_names_own_units(part) for part in block.parts[1:])

    def _is_run_paragraph(self, i: int) -> bool:
        """A paragraph of running text ending a sentence, no number, no label, no parenthesis alone."""
        line = self.lines[i]
        return (
            line.endswith(("。", "；"))
            and match_marker(line) is None
            and not is_label_line(line)
            and not line.startswith(("（", "〔", "【", "["))
        )

    def _closed_paragraph_ahead(self, i: int) -> bool:
        """Whether a later paragraph closes with its own units before the next numbered line or label line."""
        for j in range(i + 1, len(self.lines)):
            line = self.lines[j]
            if not line:
                continue
            if match_marker(line) is not None or is_label_line(line):
                return False
            if _names_own_units(line):
                return True
            if not self._is_run_paragraph(j):
                return False
        return False

    def _unit_heading_style(self, i: int) -> MarkerStyle | None:
        """The level of an unnumbered heading that is one unit's name over numbered items, else None.

        Plans dividing work by unit print the unit alone on its line ("市发展改革委：") and its items below it
        ("1.…" "2.…"), numbering restarting under each unit. Only one unit's name (a covering letter's addressees,
        "各区人民政府，市政府各部门：", are several groups) over items of the second level or deeper is read so.
        """
        line = self.lines[i].rstrip("：")
        if not line or len(line) > _MAX_HEADING or not is_unit_list(line) or len(split_units(line)) != 1:
            return None
        if line.startswith("各"):
            return None
        following = self._next_filled(i)
        marker = match_marker(self.lines[following]) if following is not None else None
        if marker is None or marker.style.depth < MarkerStyle.CN_PAREN.depth or marker.style is MarkerStyle.BULLET:
            return None
        return _STYLE_ABOVE.get(marker.style.depth)

    def _opens_titled_task(self, i: int) -> bool:
        """Whether line ``i`` is the short title of an unnumbered task whose paragraph below names its units.

        "推进甲项工作" / "加快建设。（X牵头）" / "推进乙项工作" / "完善制度。（Y负责）": each title and its paragraph
        are one task. A run opens under a bare heading only where two such pairs follow each other (one
        would be the heading's own title and body) and goes on while titles come over paragraphs naming their units;
        without it the paragraphs' units would all fall to the heading, several tasks' units on one.
        """
        current = self.current
        if current is None or current.closed or current.table_roles is not None or not self._is_title(i):
            return False
        paragraph = self._next_filled(i)
        if paragraph is None or not self._is_titled_paragraph(paragraph):
            return False
        if current.style is MarkerStyle.BULLET and _names_own_units(current.parts[-1]):
            return True
        if len(current.parts) != 1 or _SENTENCE_STOP.search(current.parts[0]) or len(current.parts[0]) > _MAX_HEADING:
            return False
        title = self._next_filled(paragraph)
        after = self._next_filled(title) if title is not None else None
        return title is not None and self._is_title(title) and after is not None and self._is_titled_paragraph(after)

    def _next_filled(self, i: int) -> int | None:
        """The index of the next non-blank line after line ``i``, or None."""
        return next((j for j in range(i + 1, len(self.lines)) if self.lines[j]), None)

    def _is_title(self, i: int) -> bool:
        """A short line without a sentence stop, a number or a label: a title over its paragraph."""
        line = self.lines[i]
        return (
            bool(line)
            and len(line) <= _MAX_HEADING
            and not _SENTENCE_STOP.search(line)
            and match_marker(line) is None
            and not is_label_line(line)
            and not is_unit_list(line.rstrip("：:"))
        )

    def _is_titled_paragraph(self, i: int) -> bool:
        """A paragraph without a number that names its own units (the body under a task's title)."""
        return match_marker(self.lines[i]) is None and _names_own_units(self.lines[i])

    def _opens_labelled_unnumbered_task(self, i: int) -> bool:
        """Whether line ``i`` is an unnumbered task of a run of paragraphs each followed by its own label lines.

        A run opens under a bare heading ("一、主要任务") only where two such paragraphs follow each other: one
        alone is the heading's body ("1.标题" over its paragraph and labels). It goes on after a task of the run
        that its label lines closed.
        """
        current = self.current
        if current is None or current.table_roles is not None or not self._paragraph_over_labels(i):
            return False
        if current.style is MarkerStyle.BULLET and current.closed and current.label_lines:
            return True
        if current.closed or current.label_lines or len(current.parts) != 1:
            return False
        if _SENTENCE_STOP.search(current.parts[0]) or len(current.parts[0]) > _MAX_HEADING:
            return False
        after = self._after_labels(i)
        return after is not None and self._paragraph_over_labels(after)

    def _paragraph_over_labels(self, i: int) -> bool:
        """Whether line ``i`` is a sentence with no number or label, and label lines come right after it."""
        line = self.lines[i]
        if not line.endswith(("。", "；")) or match_marker(line) is not None or is_label_line(line):
            return False
        following = self._next_filled(i)
        return following is not None and is_label_line(self.lines[following])

    def _after_labels(self, i: int) -> int | None:
        """The first filled line after the label lines that follow line ``i``, or None."""
        j = self._next_filled(i)
        while j is not None and is_label_line(self.lines[j]):
            j = self._next_filled(j)
        return j

    def _next_filled(self, i: int) -> int | None:
        return next((j for j in range(i + 1, len(self.lines)) if self.lines[j]), None)

    def _is_last_line(self, i: int) -> bool:
        return not any(self.lines[i + 1 :])

    def _label_line(self, line: str, line_no: int) -> None:
        current = self.current
        if current is None:
            # Before any numbered line at all, a units line is the tail of an item the text does not hold (a page
            # of a longer document opening with the previous item's label lines): skipped and reported, not an
            # error, so that the rest of the page is still read.
            self._skip(line_no - 1, "单位行在第一个编号行之前（上一页条目的单位，本文没有该条目）")
            return
        if current.detached:
            # "主办单位：…" in a web page's footer, after text that is not the task's, is not the task's units.
            self._skip(line_no - 1, "单位行没有紧跟在任务后面")
            return
        self.layouts.add(LayoutKind.LABEL_LINES)
        for label, written_role, value in parse_labelled(line.lstrip("（")):
            role = in_context(label, written_role, set(current.labels_seen) | {label})
            if role is Role.IGNORED:
                continue
            if label in current.labels_seen:
                raise NoticeParseError(
                    f"line {line_no}: second {label} line for task {current.number}: {line!r}",
                    line_no=line_no,
                    chinese=f"第{line_no}行：第{current.label}项已有“{label}”，又出现一行：「{line}」",
                )
            seen = set(current.labels_seen)
            promoted = in_context("责任单位", Role.RESPONSIBLE, seen | {label}) is Role.LEAD
            if label in HELPER_LABELS and seen & IN_CHARGE_LABELS and promoted:
                # "责任单位：X" came first and "配合单位：Y" now shows that X are in charge.
                current.labelled = RoleLists(current.labelled.lead + current.labelled.responsible, ())
            current.labels_seen[label] = line_no
            current.labelled = current.labelled.merged(label_value_roles(role, value))
            current.last_was_label, current.last_label_value = role, value
        current.label_lines.append(line_no)
        current.closed = True
        current.last_line = line_no


def _rejoined(block: Block, line: str) -> str | None:
    """The last label's value with ``line`` run on when the value's last name was cut by the line's end, else None.

    The last piece must not read as a unit on its own ("市发展和改革") and must with the line's first piece
    ("委员会" → "市发展和改革委员会"); a whole name followed by the next one's line is a list going on.
    """
    pieces = split_top_level(block.last_label_value)
    following = split_top_level(line)
    if not pieces or not following or looks_like_unit(pieces[-1]):
        return None
    return block.last_label_value + line if looks_like_unit(pieces[-1] + following[0]) else None


# A label naming its alternative in a parenthesis ("牵头部门（单位）：", "责任单位（部门）：") is that label.
_LABEL_ALTERNATE = re.compile(r"(?<=[位门室])（(?:单位|部门|单位、部门|部门、单位|处室|科室)）(?=\s*：)")
# "牵头单位及责任人：市发改委（张三）": the label names a person beside each unit, in a parenthesis after it.
_LABEL_WITH_PERSON = re.compile(r"^(（?.{0,8}?(?:单位|部门))及(?:其)?(?:责任人|负责人|联系人)\s*：(.*)$")


# "工作协助部门：X", "工作牵头单位：X": a label naming the work it is about before the genre's label word.
_WORK_LABEL = re.compile(r"^(（?)工作(?=(?:牵头|责任|配合|协助|协办|协同|参与|主办)(?:单位|部门)\s*：)")


# The marker style one level above an item of a given depth, for an unnumbered heading over such items.
_STYLE_ABOVE = {
    MarkerStyle.CN_PAREN.depth: MarkerStyle.CN_COMMA,
    MarkerStyle.AR_DOT.depth: MarkerStyle.CN_PAREN,
    MarkerStyle.AR_PAREN.depth: MarkerStyle.AR_DOT,
}


# Dashes or a bullet setting a label line off from the task above ("——责任单位：X", "—牵头单位：X").
_DASHED_LABEL = re.compile(r"^[—–\-－─]+\s*")


def plain_label(line: str) -> str:
    """``line`` with a label's alternative and its persons taken out, so the label reads as the genre's own.

    "牵头部门（单位）：X" is "牵头部门：X"; "牵头单位及责任人：市发改委（张三）" is "牵头单位：市发改委" (the
    person in the parenthesis after a unit is no part of the unit's name); "工作协助部门：X" is "协助部门：X".
    """
    line = _WORK_LABEL.sub(r"\1", _LABEL_ALTERNATE.sub("", line))
    if (dashed := _DASHED_LABEL.match(line)) is not None and is_label_line(line[dashed.end() :]):
        line = line[dashed.end() :]  # "——责任单位：X": a dash setting the label line off, no part of it
    m = _LABEL_WITH_PERSON.match(line)
    if m is None:
        return line

    def without_person(paren: re.Match[str]) -> str:
        return "" if is_person_list(paren.group(1)) else paren.group(0)

    return f"{m.group(1)}：" + re.sub(r"（([^（）]{2,12})）", without_person, m.group(2))
