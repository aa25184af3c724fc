"""Tables flattened to text: a header row naming the columns, then one task per row.

Two flattenings are common: one row per line with separators (``|``, tabs,
runs of spaces) and one cell per line. Header cells may be letter-spaced
("工 作 任 务") and a row may miss a cell (a merged cell in the original).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import takewhile

from corpus.parsing.numbering import BULLET_GLYPHS, Marker, MarkerStyle, match_marker
from corpus.parsing.persons import is_person_list, name_candidates, tagged
from corpus.parsing.roles import (
    Role,
    RoleLists,
    in_context,
    label_role,
    label_value_roles,
    parse_inline,
    units_for,
    units_part,
)
from corpus.parsing.short_forms import leading_body
from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import (
    SAME_AS_ABOVE,
    is_unit_list,
    leading_units,
    looks_like_unit,
    peel_unit_runs,
    peel_units,
    split_top_level,
    split_units,
)


class Column(Enum):
    """What a table column holds."""

    NUMBER = "number"
    TASK = "task"
    LEAD = "lead"
    RESPONSIBLE = "responsible"
    PERSON = "person"  # 责任领导, 区政府分管领导: a person's name, never a unit
    STATED = "stated"  # 责任分工: cells saying who does what in words ("市发改委牵头，市财政局配合")
    SCORE = "score"  # 分值 / 权重: a target table's score for each row, a number
    OTHER = "other"


_UNIT_COLUMNS = frozenset({Column.LEAD, Column.RESPONSIBLE, Column.STATED})

_NUMBER_WORDS = ("序号", "编号")
# Target tables of the genre (目标任务分解表, 目标考核) score each row (general usage): a number in every row.
_SCORE_WORDS = ("分值", "权重", "分数", "考核分值", "计分")
# Task columns are named with these words (general usage of 任务分解表).
# 民生实事 tables (为民办实事, 十件实事) name their task column after the 实事 themselves.
# Target tables (目标考核) name the task column 考核指标 (general usage of the genre's 考核 tables).
# A column of a plan's focal points (建设重点, 工作重点) holds its tasks as well.
_TASK_WORDS = ("任务", "工作", "内容", "措施", "事项", "举措", "目标", "要点", "重点", "名称", "项目", "实事", "指标")
_PERSON_ENDINGS = ("领导", "责任人", "联系人", "负责人")
# A column naming a unit and its head together ("牵头单位及主要负责人", "责任单位和责任人": general usage of the
# genre's 民生实事 and 督办 tables): its cells print the unit, then the person's name ("市甲局 张三").
_UNITS_AND_PERSON = re.compile(rf"(?P<units>.{{2,8}}?(?:单位|部门))[及和与、](?:主要)?(?:{'|'.join(_PERSON_ENDINGS)})")
# Progress tables of the genre add "第二季度完成情况", "推进情况", "工作任务安排" columns: no units.
# Target tables describe each task further ("指标要求", "目标类型" A/B/C类, "任务类别"): no units either.
_OTHER_ENDINGS = (
    "时限",
    "期限",
    "时间",
    "节点",
    "备注",
    "进度",
    "指标值",
    "年份",
    "标准",
    "情况",
    "安排",
    "要求",
    "类型",
    "类别",
    "分类",  # 民生实事 tables: 事项分类, a group label spanning its rows
    "成效",  # progress tables: 工作取得成效
    "电话",  # 联系电话, 监督电话
)
# A units column whose name opens with 牵头 / 主办 / 主责 names the unit in charge however the name goes on
# (国务院办公厅's "牵头负责部门", "牵头组织实施单位": general usage of the genre's tables).
_LEAD_COLUMN_OPENINGS = ("牵头", "主办", "主责")
# A column naming the body that scores or checks the task (评分部门, 考核单位, 督查部门: general usage of 目标考核
# and 督查 tables) names an assessor, not a unit carrying the task.
_ASSESSOR_OPENINGS = ("评分", "考评", "评价", "考核", "督查", "督办", "监督")
# Offices of a town or a department (责任科室, 责任股室, 配合处室) are the units in its own tables.
_UNIT_COLUMN_ENDINGS = ("单位", "部门", "科室", "股室", "处室")
# A column of the towns, streets or counties that carry each task beside the departments ("责任街镇", "配合乡镇",
# "责任县区": general usage of district and city task lists) names units by its role word; a place column without
# one ("所在乡镇", "建设地点") says where a project is, not who does it.
_PLACE_COLUMN_ENDINGS = ("街镇", "镇街", "乡镇", "街道", "县区", "区县", "县市区")
_PLACE_COLUMN_ROLES = {"牵头": Column.LEAD, "责任": Column.RESPONSIBLE, "配合": Column.RESPONSIBLE}
# Where a header word may end when a header is printed without separators ("序号主要目标任务第一责任单位…").
# A column's name opens with a conjunction only to join a second column word to the first ("内容与要求"); one
# opening a phrase so ("…完成情况和反馈情况与各责任单位…") belongs to a sentence, not to a header.
_HEADER_ENDER = re.compile(
    r"(?![和与及并或对将把向](?!要求|措施|内容|时限|标准|目标|任务))[^\d\W_]{0,10}?(?:序号|编号|任务|内容|措施|事项|举措|名称|单位|部门|科室|股室|处室|领导|时限|期限|时间|节点|备注"
    r"|情况|安排|要求|类型|类别|实事|标准)"
)
_CELL_SPLIT = re.compile(r"\s*(?:[|｜\t]|\s{2,})\s*")
_BORDERS = ("|", "｜")
_HEADER_VOCABULARY = (
    "序号",
    "编号",
    "重点工作任务",
    "主要工作任务",
    "工作任务",
    "重点任务",
    "主要任务",
    "具体任务",
    "任务内容",
    "工作内容",
    "工作措施",
    "具体措施",
    "重点工作",
    "工作事项",
    "目标任务",
    "主要内容",
    "工作举措",
    "任务",
    "第一责任单位",
    "主要责任单位",
    "其他责任单位",
    "牵头单位",
    "牵头部门",
    "责任单位",
    "责任部门",
    "配合单位",
    "配合部门",
    "协办单位",
    "参与单位",
    "责任领导",
    "牵头领导",
    "完成时限",
    "完成时间",
    "时间节点",
    "时限",
    "备注",
)
_DEADLINE = re.compile(r"\d{4}|年底|年内|月底|季度|长期|持续|常态|每年|前完成")
_TRAILING_DEADLINE = re.compile(
    r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底前|底|前|内|以前)?(?:完成)?|年底前?|年内|全年|长期(?:坚持)?|持续推进|常态化)$"
)


@dataclass(frozen=True)
class TableRow:
    """One task row: its number as printed (or None), text and roles."""

    number: int | None
    text: str
    roles: RoleLists
    # Why the row's units are not certain, for the parse report ("" when they are): no single glued border
    # between its unit columns, or words after the task's full stop that read as no unit name.
    unsure: str = ""
    # The number printed inside the task's cell of a table without 序号 ("14.改扩建…"), "" when none is: the
    # task's label, while the row is still counted through the table (such numbers may restart in each group).
    printed: str = ""
    # Whether the row went on over sub-rows of its own (a project whose number and name cells span several rows).
    spans_rows: bool = False
    # The 序号 cell as printed where it keeps its number's brackets ("（8）"): the task's label, "" otherwise.
    label: str = ""


# A year (or "年度") before a column's name: tables of a 政府工作报告 分解 head their task column "2022年预期目标"
# or "年度工作任务" (general usage of the genre); the name after it says what the column holds.
_YEAR_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}年度?|年度)(?=[^\d\W_]{2})")
# A period before a progress column's name, "1-9月份工作完成情况", "一季度进展", "上半年完成情况": the name after it
# says what the column holds.
_PERIOD_PREFIX = re.compile(
    r"^(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|[一二三四1-4]季度|上半年|下半年|前三季度)(?=[^\d\W_]{2})"
)


# A remark closing a header cell: "责任单位（排名第一的为牵头单位）", "完成时限（年月）" name the column before it
# (the first-listed rule in it is read by the layout from the header line).
_HEADER_REMARK = re.compile(r"[（(][^（）()]*[）)]$")


_RUN_IN_REMARK = re.compile(r"[（(][^（）()]{2,24}[）)]")


def column_of(cell: str, header: set[str] | None = None) -> Column | None:
    """The column a header cell names (given the header's other words), or None when it is not a header word."""
    word = _PERIOD_PREFIX.sub("", _YEAR_PREFIX.sub("", re.sub(r"\s+", "", cell)))
    word = _HEADER_REMARK.sub("", word) or word
    if not word:
        return None
    if "或" in word and any(column_of(part) is Column.LEAD for part in word.split("或") if part):
        # One column named two ways, "责任单位或牵头单位": the unit it names is the one in charge.
        return Column.LEAD
    if word in _NUMBER_WORDS:
        return Column.NUMBER
    if word == "单位" and header and any(w != word and column_of(w) in _UNIT_COLUMNS for w in header):
        # A bare 单位 beside a units column (责任部门) is the unit of measure of a target table (%, 万亩).
        return Column.OTHER
    if len(word) <= 10 and word.startswith(_ASSESSOR_OPENINGS) and word.endswith(_UNIT_COLUMN_ENDINGS):
        return Column.OTHER
    if word in _SCORE_WORDS:
        return Column.SCORE
    if (both := _UNITS_AND_PERSON.fullmatch(word)) is not None and column_of(both.group("units")) in _UNIT_COLUMNS:
        # "牵头单位及主要负责人": a unit and the person at its head in one cell; the column is the units'.
        return column_of(both.group("units"))
    if len(word) <= 10 and word.endswith(_PERSON_ENDINGS):
        return Column.PERSON
    if word in ("主办单位", "主办部门"):
        # A column header, unlike a web page's "主办单位：…" footer line: the unit in charge.
        return Column.LEAD
    role = label_role(word)
    if role is not None:
        role = in_context(word, role, header or {word})
    if role is Role.LEAD:
        return Column.LEAD
    if role is Role.RESPONSIBLE:
        return Column.RESPONSIBLE
    if role is Role.STATED:
        return Column.STATED
    if role is not None or (len(word) <= 10 and word.endswith(_OTHER_ENDINGS)):
        return Column.OTHER  # 责任领导, 区政府分管领导, 完成时限: not units
    if len(word) <= 10 and word.endswith(_UNIT_COLUMN_ENDINGS):
        if word.startswith(_LEAD_COLUMN_OPENINGS):
            return Column.LEAD  # 牵头负责部门, 牵头组织实施单位, 主办实施单位: the unit in charge
        return Column.RESPONSIBLE  # 协作单位, 参加部门, 责任科室: units that do not lead
    if len(word) <= 10 and word.endswith(_PLACE_COLUMN_ENDINGS) and word[:2] in _PLACE_COLUMN_ROLES:
        return _PLACE_COLUMN_ROLES[word[:2]]
    if any(w in word for w in _TASK_WORDS) and len(word) <= 8:
        return Column.TASK
    return None


# The Arabic numberings a 序号 cell may print its row's number in, punctuation kept: "8.", "8、", "（8）", "8）", "⑧".
_NUMBER_CELL_STYLES = frozenset(
    {MarkerStyle.AR_DOT, MarkerStyle.AR_COMMA, MarkerStyle.AR_PAREN, MarkerStyle.AR_HALF_PAREN, MarkerStyle.CIRCLED}
)


def number_cell(cell: str) -> Marker | None:
    """A 序号 cell holding its row's number and nothing else, bare ("8", read as "8.") or as numbered ("（8）").

    Tables of the genre print the 序号 column in any of the item numberings of running text (general usage of
    任务分解表, GB/T 9704's levels): the number is the row's, and its style places the row in the nesting of
    levels as an item's marker does (a row "1" over rows "（8）" "（9）" is a level above them). None for a cell
    with text after its number (a task cell numbering itself) or a Chinese numeral (a group row's "一").
    """
    if cell.isdecimal():
        return Marker(MarkerStyle.AR_DOT, int(cell), cell, "")
    marker = match_marker(cell)
    if marker is None or marker.rest or marker.style not in _NUMBER_CELL_STYLES:
        return None
    return marker


def split_cells(line: str) -> list[str]:
    """Cells of a row flattened with separators (the line's own spacing, not yet normalised)."""
    line = line.strip().strip("|｜").strip()
    return [normalize_line(c) for c in _CELL_SPLIT.split(line)]


def lone_cell(line: str) -> str:
    """A line holding one cell between separators ("序号 |", "| 叶林 |") as that cell; any other line unchanged.

    Web pages flatten a table one cell per line and keep the cell's border as a
    trailing or leading ``|``; the border is not part of the cell.
    """
    stripped = line.strip()
    if stripped[:1] not in _BORDERS and stripped[-1:] not in _BORDERS:
        return line
    inner = stripped.strip("|｜").strip()
    # An empty cell beside it ("责任单位 | ||": the header's last cell and an empty spanned one) is no second cell.
    cells = [c.strip() for c in re.split(r"[|｜\t]", inner) if c.strip()]
    return cells[0] if len(cells) == 1 else line


# A two-column table of fields flattened one row per line: "牵头单位: | 市城管局 |" (a page per item of a list).
_FIELD_ROW = re.compile(r"^\s*(?P<field>[^|｜：:]{2,16}?)\s*[：:]\s*[|｜]\s*(?P<value>.*?)\s*[|｜]?\s*$")


# A field's name in a page's form of metadata: short words closed by a colon ("索引号:", "成文日期：").
_FORM_FIELD = re.compile(r"^[^|｜：:\d]{2,8}[：:]$")


def form_row(line: str) -> bool:
    """Whether ``line`` is a row of a page's form, "field: | value | field: | value |" (two pairs or more).

    Government pages print their metadata (索引号, 成文日期, 发布机构) as such a form, also right after a
    flattened table; its rows are no task rows, and a single "field: | value" pair stays a field row.
    """
    cells = [c for c in split_cells(line) if c]
    return len(cells) >= 4 and all(_FORM_FIELD.match(c) for c in cells[0::2])


def field_row(line: str) -> str:
    """A row "field: | value |" as "field：value", or, for the task's own field, the value alone; else ``line``.

    Pages that print each item of a 重点工作 list as a small table of fields give the item's text, number
    included, in a field named like a task column ("重点工作: | 135.统筹… |"); the other fields read as labels.
    A page's form of several pairs on one row ("索引号: | … | 成文日期: | … |") is left as it is.
    """
    m = _FIELD_ROW.match(line)
    if m is None or form_row(line):
        return line
    field, value = re.sub(r"\s+", "", m.group("field")), m.group("value")
    if column_of(field) is Column.TASK and match_marker(normalize_line(value)) is not None:
        return value
    return f"{field}：{value}"


def header_columns(line: str) -> list[Column] | None:
    """The columns if ``line`` is a table header (a task column and a units column), else None.

    A header printed with separators may name a column in words of its own ("督办意见", "责任科长"): once
    the known words make a header (a task column, a units column, three known words in all, more than the unknown), an
    unknown word is a column holding no units, read as such and named by :func:`unknown_header_words`.
    """
    cells = [c for c in split_cells(line) if c]
    columns = [column_of(c, set(cells)) for c in cells]
    # The smallest table of the genre, two columns printed with a separator: "工作任务 | 责任单位".
    if len(cells) == 2 and columns[0] is Column.TASK and columns[1] in (Column.LEAD, Column.RESPONSIBLE):
        return [Column.TASK, columns[1]]
    if len(cells) >= 4 and None in columns and _known_header(columns):
        columns = [c if c is not None else Column.OTHER for c in columns]
    if len(cells) < 3 or None in columns:
        # Letter-spaced, single-spaced or run-together headers: read the words off the joined line.
        words = _tokenize_header(re.sub(r"\s+", "", line).strip("|｜"))
        if words is None:
            return None
        # A word read off the line by its ending but naming no column keeps its place, holding no units, so the
        # row's cells still line up with the header.
        columns = [column_of(w, set(words)) or Column.OTHER for w in words]
    kinds = [c for c in columns if c is not None]
    if Column.NUMBER in kinds:
        # A text column before 序号 ("考核项目 | 序号 | 考核指标 …") groups the rows (its cell spans them): no task.
        at = kinds.index(Column.NUMBER)
        kinds = [Column.OTHER if c is Column.TASK and k < at else c for k, c in enumerate(kinds)]
    if Column.TASK not in kinds or not (_UNIT_COLUMNS & set(kinds)) or len(kinds) < 3:
        return None
    return kinds


def _known_header(columns: list[Column | None]) -> bool:
    """Whether the known words of a header with separators make a header by themselves (unknown ones are fewer)."""
    known = [c for c in columns if c is not None]
    unknown = len(columns) - len(known)
    has_units = bool(_UNIT_COLUMNS & set(known))
    return Column.TASK in known and has_units and len(known) >= 3 and unknown < len(known)


def unknown_header_words(line: str) -> list[str]:
    """Cells of a header row with separators that name no known column (read as columns without units)."""
    cells = [c for c in split_cells(line) if c]
    columns = [column_of(c, set(cells)) for c in cells]
    return [c for c, col in zip(cells, columns, strict=True) if col is None] if _known_header(columns) else []


def _tokenize_header(joined: str) -> list[str] | None:
    words, end = _header_prefix(joined, 0)
    return words if words and end == len(joined) else None


def _header_prefix(joined: str, start: int) -> tuple[list[str], int]:
    """Header words read from ``start`` for as long as they last, and where they stop."""
    words: list[str] = []
    i = start
    while i < len(joined):
        if joined[i] in "|｜":
            i += 1
            continue
        word = next((w for w in _HEADER_VOCABULARY if joined.startswith(w, i)), None)
        if word is None and (m := _HEADER_ENDER.match(joined, i)) is not None:
            word = m.group(0)
        if word is None:
            break
        i += len(word)
        # A remark closing a header cell ("责任单位（列第一位的为牵头单位）") stays with its word, as in a cell.
        if (remark := _RUN_IN_REMARK.match(joined, i)) is not None:
            word, i = word + remark.group(0), remark.end()
        words.append(word)
    return words, i


def leading_header(line: str) -> tuple[list[Column], str] | None:
    """A header without a 序号 column opening a line, the rows run together after it: its columns and the rest.

    "重点任务牵头单位责任单位完成时限建设甲产业园。市发改委…": the header words read from the line's start.
    """
    joined = re.sub(r"\s+", "", line)
    words, end = _header_prefix(joined, 0)
    if len(words) < 3 or end == len(joined) or (columns := header_columns(" | ".join(words))) is None:
        return None
    return (columns, joined[end:]) if Column.NUMBER not in columns else None


def titled_header(line: str) -> tuple[list[Column], str] | None:
    """A header without a 序号 column after a page's title on one line, the rows run together after it.

    "甲县重点工作任务分解表重点任务牵头单位责任单位完成时限加快推进…": a page whose line breaks were lost prints
    the title, the header and the rows as one line. The header is the first place where three header words or
    more follow each other and name one task column and a units column, with text after them.
    """
    joined = re.sub(r"\s+", "", line)
    starts = sorted({m.start() for w in TASK_HEADER_WORDS for m in re.finditer(w, joined)})
    for start in starts:
        words, end = _header_prefix(joined, start)
        if len(words) < 3 or end == len(joined) or (columns := header_columns(" | ".join(words))) is None:
            continue
        # A title's own words read as a header word ("…分解表重点任务") make a second task column: start later.
        if columns.count(Column.TASK) == 1:
            return (columns, joined[end:]) if Column.NUMBER not in columns else None
    return None


# Where a header run into a title may start: the vocabulary's words naming the task column.
TASK_HEADER_WORDS = tuple(w for w in _HEADER_VOCABULARY if column_of(w) is Column.TASK)


def embedded_header(line: str) -> tuple[list[Column], str] | None:
    """A header run together inside a line ("…分解表序号项目名称…配合单位1增加…"): its columns and the text after it."""
    joined = re.sub(r"\s+", "", line)
    start = joined.find("序号")
    while start >= 0:
        words, end = _header_prefix(joined, start)
        if len(words) >= 3 and (columns := header_columns(" | ".join(words))) is not None:
            return columns, joined[end:]
        start = joined.find("序号", start + 1)
    return None


def closing_header(line: str) -> list[Column] | None:
    """A header closing a line, its cells split by single spaces ("…分工方案 主要任务 建设重点 牵头部门 配合部门").

    A page that lost a table's line breaks but kept a space between cells prints the title (or a note before it)
    and the header on one line, each row on a line of its own after it. The header is the longest run of header
    words ending the line, three or more naming a task column and a units column closing it; the columns.
    """
    chunks = line.split()
    words: list[str] = []
    for chunk in reversed(chunks):
        if column_of(chunk) is None or len(chunk) > 10:
            break
        words.insert(0, chunk)
    if len(words) < 3 or len(words) == len(chunks) or column_of(words[-1]) not in (Column.LEAD, Column.RESPONSIBLE):
        return None
    return header_columns(" | ".join(words))


def numbered_row_with_cells(line: str, columns: Sequence[Column]) -> TableRow | None:
    """A row "1、任务文字. 牵头单位 配合单位" under a header closing a line: its number, text and units cells.

    Rows under such a header keep a task's printed number in its cell and one space between cells; the units
    columns closing the header take the last chunks, one each. A cell border lost after the task's full stop
    ("…建设.省甲厅 省直有关部门") is found where the chunk ends in a list of units after the stop.
    """
    marker = match_marker(normalize_line(line))
    if marker is None or marker.style not in (MarkerStyle.AR_DOT, MarkerStyle.AR_COMMA) or marker.number is None:
        return None
    closing = [c for c in reversed(columns) if c in (Column.LEAD, Column.RESPONSIBLE)]
    chunks = line.split()
    if len(chunks) == len(closing) and (cut := _units_after_stop(chunks[0])) is not None:
        chunks = [cut[0], cut[1], *chunks[1:]]
    row = _units_cells_closing(chunks, columns, None)
    if row is None:
        return None
    # The first chunk still prints the row's number: the task's text is what follows it.
    text = (inner.rest if (inner := match_marker(row.text)) is not None else row.text).strip()
    return TableRow(marker.number, text, row.roles) if text else None


_STOP_THEN_NAMES = re.compile(r"^(?P<text>.+[.。．])(?P<names>[^.。．]{3,})$")


def _units_after_stop(chunk: str) -> tuple[str, str] | None:
    """A chunk "任务文字.省甲厅" as the task's text and the units cell run into it after its full stop, else None."""
    m = _STOP_THEN_NAMES.match(chunk)
    if m is None or not is_unit_list(normalize_line(m.group("names"))):
        return None
    return m.group("text"), m.group("names")


def is_header_cell(line: str) -> bool:
    """Whether a one-cell line is a header word (for tables flattened one cell per line)."""
    # A remark closing the cell ("重点工作任务（本市2项配合工作）") is no part of the header word's length.
    word = re.sub(r"\s+", "", line)
    if section_marker([word]) is not None:
        return False  # a numbered section under the header ("一、主要预期指标"): header words carry no number
    return column_of(line) is not None and len(_HEADER_REMARK.sub("", word) or word) <= 10


# A column's name of its own in a header one cell per line: a few words, a remark in brackets at most, no sentence,
# no figure (建设地点, 年度投资金额（万元）).
_UNKNOWN_HEADER_CELL = re.compile(r"[^\d\W_]{2,8}(?:[（(][^（）()]{1,6}[）)])?")


def is_unknown_header_cell(line: str) -> bool:
    """Whether a one-cell line may name a column in words the vocabulary does not know ("建设地点")."""
    word = re.sub(r"\s+", "", line)
    return (
        _UNKNOWN_HEADER_CELL.fullmatch(word) is not None
        and column_of(line) is None
        and section_marker([word]) is None
        and not is_unit_list(word)
    )


def without_lead_among_responsible(roles: RoleLists) -> RoleLists:
    """The roles with each lead unit dropped from the responsible ones (a unit is named once, as lead)."""
    responsible = tuple(u for u in roles.responsible if u not in roles.lead)
    return roles if responsible == roles.responsible else RoleLists(roles.lead, responsible)


def align_row(cells: Sequence[str], columns: Sequence[Column]) -> TableRow | None:
    """Put a row's cells in their columns, tolerating one missing or extra cell.

    Cells are matched by what they look like: a number for 序号, unit lists for
    the units columns, a deadline for the last columns; extra pieces of text
    (a wrapped task cell) join the task text.
    """
    cells = _merged_lead_cell(list(cells), columns)
    cells = _rejoin_cut_names([c for c in cells if c], columns)
    if not cells:
        return None
    number: int | None = None
    label = ""
    found: tuple[int, int, str] | None = None
    wanted = [c for c in columns if c is not Column.NUMBER]
    if Column.NUMBER in columns and cells and (numbered := number_cell(cells[0])) is not None:
        number = numbered.number
        label = "" if cells[0].isdecimal() else numbered.label
        cells = cells[1:]
        # A row read from its number on (one cell per line) holds no cell of the columns before 序号: their cells
        # span several rows and were printed before the first one's number.
        wanted = [c for c in columns[columns.index(Column.NUMBER) + 1 :] if c is not Column.NUMBER]
    elif Column.NUMBER not in columns and (found := _numbered_task_cell(cells)) is not None:
        # The cells before the numbered one fill a group column spanning the rows (printed at its first row only):
        # the row's own cells start at the task; the task column is the numbered cell's. The row keeps no number:
        # such numbers restart in each group, and rows of a table without 序号 are counted instead.
        _, at, rest = found
        grouped = at == 1 or len(cells) < len(wanted)
        cells = [rest, *cells[at + 1 :]]
        wanted = [Column.TASK, *wanted[2 if grouped else 1 :]]
    # A units cell that labels its names itself ("牵头单位：市发改委；配合单位：市财政局", a Word table's cell holding
    # both roles): the labels say the roles, whatever the column's name; the cell is no task text.
    stated = RoleLists()
    if any(c in _UNIT_COLUMNS for c in wanted):
        for cell in [c for c in cells[1:] if _LABEL_IN_CELL.match(c)]:
            roles = parse_inline(cell)
            if roles is not None and not roles.empty and not roles.bare:
                stated = stated.merged(roles)
                cells = [c for c in cells if c is not cell]
    if not cells:
        return None
    values: dict[Column, list[str]] = {c: [] for c in Column}
    spans_rows = False
    if len(cells) == len(wanted) and _cells_fit(cells, wanted):
        for column, cell in zip(wanted, cells, strict=True):
            values[column].append(cell)
    else:
        spans_rows = _align_by_type(cells, wanted, values)
    # Two text columns (项目名称, 主要内容) read as one paragraph: the name is the title sentence.
    text = "".join(
        p if p.endswith(("。", "；", "！", "？")) or i == len(values[Column.TASK]) - 1 else p + "。"
        for i, p in enumerate(values[Column.TASK])
    )
    # A measure's bullet ("△加强财政监督…", several measures of one cell split into rows) is no part of its text.
    text = re.sub(rf"^[{BULLET_GLYPHS}]\s*", "", text)
    if not text:
        return None
    roles = stated
    for column, role in ((Column.LEAD, Role.LEAD), (Column.RESPONSIBLE, Role.RESPONSIBLE)):
        for value in values[column]:
            roles = roles.merged(label_value_roles(role, value))
    for value in values[Column.STATED]:
        roles = roles.merged(units_for(Role.STATED, value))
    # A 责任单位 cell often repeats the 牵头单位 cell's unit (whichever column comes first): a unit is named once, in
    # the role the table gives it over the others.
    roles = without_lead_among_responsible(roles)
    printed = str(found[0]) if found is not None else ""
    return TableRow(number, text, roles, printed=printed, spans_rows=spans_rows, label=label)


def _numbered_task_cell(cells: list[str]) -> tuple[int, int, str] | None:
    """Where a row without a 序号 column numbers its task inside a cell ("1、…"), first or second: number, index, text.

    Such a table numbers its tasks in their own cell, after a group cell that spans its rows and is printed at the
    first row only ("生态环境 | 1、城市大环境绿化… | …", then "2、按照… | …"). None when no such cell opens the row.
    """
    for k, cell in enumerate(cells[:2]):
        marker = match_marker(cell)
        if marker is None or marker.style not in (MarkerStyle.AR_DOT, MarkerStyle.AR_COMMA) or not marker.rest:
            continue
        if is_unit_list(cell) or (k == 1 and is_unit_list(cells[0])):
            return None
        return marker.number, k, marker.rest
    return None


# A cell opening with a role label: "牵头单位：…", "牵头：…", "配合部门：…".
_LABEL_IN_CELL = re.compile(r"^(?:牵头|责任|配合|协办|主办|主责|协同|参与)(?:单位|部门)?\s*[：:]")


def _is_stated_cell(cell: str) -> bool:
    """Whether a cell says who does what in words ("市发改委牵头，市财政局配合") or lists units."""
    return is_unit_list(cell) or parse_inline(cell) is not None


def _is_units_cell(cell: str) -> bool:
    """Whether a cell of a lead or responsible column holds its units: a list, or roles said in words.

    A 责任部门 column's cell may say who leads among its units ("办公室牵头，各科室配合"): a units cell all the
    same, read as said (general usage of the genre's tables, as the same words inside a parenthesis).
    """
    if is_unit_list(cell):
        return True
    roles = parse_inline(cell)
    return roles is not None and not roles.bare and bool(roles.lead) and bool(roles.responsible)


def _merged_lead_cell(cells: list[str], columns: Sequence[Column]) -> list[str]:
    """A row printed with every cell, its lead cell empty: the lead cell was merged with the one above.

    A lead column left empty under a filled one is a vertically merged cell ("the row above applies"), read as
    "同上"; an empty 配合 / 责任 cell is only empty (many tasks have no helper). Rows printed without the merged
    cell (one cell short) are left to the alignment by what the cells hold.
    """
    if len(cells) != len(columns) or Column.LEAD not in columns:
        return cells
    at = columns.index(Column.LEAD)
    others = [c for c, col in zip(cells, columns, strict=True) if col in (Column.TASK, Column.RESPONSIBLE) and c]
    if not cells[at] and len(others) >= 2:
        cells[at] = SAME_AS_ABOVE
    return cells


def _cells_fit(cells: list[str], columns: list[Column]) -> bool:
    """Whether each units column gets a list of units when the cells are taken in order.

    As many cells as columns is no proof that they line up: a merged cell missing on the left and an extra
    cell on the right (a remark after the progress columns) shift every cell in between.
    """
    # Nor is a units list in the task's column: the cells are shifted (a merged cell missing, a cell over two lines).
    return all(
        (_is_stated_cell(c) if col is Column.STATED else _is_units_cell(c))
        for c, col in zip(cells, columns, strict=True)
        if col in _UNIT_COLUMNS
    ) and not any(col is Column.TASK and is_unit_list(c) for c, col in zip(cells, columns, strict=True))


def _align_by_type(cells: list[str], wanted: list[Column], values: dict[Column, list[str]]) -> bool:
    """Fill columns from the left, skipping a units column whose cell is missing; whether sub-rows followed."""
    wanted = _without_spanning_group_columns(cells, wanted)
    task_index = wanted.index(Column.TASK)
    # Text before the task column's neighbours: everything that is not a unit list joins the task.
    i = 0
    for column in wanted[:task_index]:
        if i < len(cells):
            values[column].append(cells[i])
            i += 1
    task_parts = [cells[i]] if i < len(cells) else []
    i += 1
    rest = wanted[task_index + 1 :]
    person_next = rest[:1] == [Column.PERSON]
    stated_next = Column.STATED in rest
    while (
        i < len(cells)
        and not _is_units_cell(cells[i])
        and not (stated_next and _is_stated_cell(cells[i]))
        and not _DEADLINE.search(cells[i])
        and not (person_next and is_person_list(cells[i]))
    ):
        task_parts.append(cells[i])
        i += 1
    values[Column.TASK].extend(task_parts)
    for k, column in enumerate(rest):
        if i >= len(cells):
            break
        cell = cells[i]
        if column in (Column.LEAD, Column.RESPONSIBLE):
            if _is_units_cell(cell):
                values[column].append(cell)
                i += 1
                # The last units column of a row with more cells than columns: a cell holding one unit per line
                # was flattened one line per cell ("县水务局" / "县住建局" / "县护城河指挥部"), so the unit cells
                # beyond what the columns after it can take are this one's lines.
                if not {Column.LEAD, Column.RESPONSIBLE} & set(rest[k + 1 :]):
                    while i < len(cells) and len(cells) - i > len(rest) - k - 1 and is_unit_list(cells[i]):
                        values[column].append(cells[i])
                        i += 1
            # else: this units cell is missing; try the cell on the next column
        elif column is Column.STATED:
            if _is_stated_cell(cell):
                values[column].append(cell)
                i += 1
        elif is_unit_list(cell) and {Column.LEAD, Column.RESPONSIBLE} & set(rest[k + 1 :]):
            continue  # a leader's or a date's cell is missing: this is the units' cell
        else:
            values[column].append(cell)
            i += 1
            if column is Column.PERSON:
                i = _past_further_persons(cells, i)
    return _sub_row_units(cells[i:], wanted, values)


def _past_further_persons(cells: list[str], i: int) -> int:
    """Past the further names of a leaders cell holding several persons, one per line, from ``i`` on.

    A 分管领导 cell naming two or three leaders ("王甲" / "李乙" / "张丙") is flattened one name per line like any
    cell holding line breaks; the names are all the one column's, never a unit or the next column's cell.
    """
    while i < len(cells) and is_person_list(cells[i]) and not is_unit_list(cells[i]):
        i += 1
    return i


def _without_spanning_group_columns(cells: list[str], wanted: list[Column]) -> list[Column]:
    """The columns a row prints, without the group columns before its task that it leaves to the row above.

    A group column before the task's (类别 over 项目名称 | 目标任务 | 牵头单位) spans the rows of its group and is
    printed at the group's first row only: where fewer cells come before a row's first units cell than columns
    before the first units column, the missing cells are those group columns, not the task's.
    """
    task_index = wanted.index(Column.TASK)
    first_cell = next(
        (k for k, cell in enumerate(cells) if _is_units_cell(cell) and not _before_sentence(cells, k)), None
    )
    first_column = next((k for k, c in enumerate(wanted) if c in (Column.LEAD, Column.RESPONSIBLE)), None)
    if first_cell is None or first_column is None or first_column < task_index or first_cell >= first_column:
        return wanted
    groups = len(list(takewhile(lambda c: c is Column.OTHER, wanted[:task_index])))
    return wanted[min(groups, first_column - first_cell) :]


def _before_sentence(cells: list[str], k: int) -> bool:
    """Whether ``cells[k]`` is a name cell before the task's sentence and its units cells, no units cell itself.

    A project's name may end as a unit's does ("新建一批中小学校", "新建村卫生室"); the content cell after it
    ("实施…5家。") is text, and the row's units cells come after that: a units cell is never followed by the
    task's sentence and then by units again. (A units cell followed by a remark's sentence alone is one.)
    """
    following = cells[k + 1] if k + 1 < len(cells) else ""
    if not following.endswith(("。", "！", "？")) or is_unit_list(following.rstrip("。！？")):
        return False
    return any(_is_units_cell(cell) for cell in cells[k + 2 :])


def _sub_row_units(extra: list[str], wanted: list[Column], values: dict[Column, list[str]]) -> bool:
    """Add the units of further sub-rows of a project whose number and name cells span several rows.

    Flattened one cell per line, such a row goes on past its last column with the next sub-row's cells
    (responsible unit, content, investment, progress) and no number of its own: their units cells belong to the
    same project. Read only where the table has a single units column, so no guess is made about which column a
    sub-row's units cell stands in. Returns whether there were such sub-rows.
    """
    units_columns = [c for c in wanted if c in (Column.LEAD, Column.RESPONSIBLE)]
    if len(units_columns) != 1 or not values[units_columns[0]]:
        return False
    found = [c for c in extra if _is_units_cell(c) and is_unit_list(c)]
    values[units_columns[0]].extend(found)
    return bool(found)


def section_marker(cells: Sequence[str]) -> str | None:
    """The heading of a one-cell row such as "一、…" (a section inside a table), else None."""
    filled = [c for c in cells if c]
    if len(filled) == 1 and (marker := match_marker(filled[0])) is not None and not filled[0][:1].isdecimal():
        if marker.style is MarkerStyle.BULLET and is_unit_list(marker.rest):
            return None  # "▲发改局，各部门": a units cell whose mark points at the lead, no heading
        return filled[0] if marker.rest else None
    return None


_ROW_START = re.compile(r"^(\d{1,3})(?![\d.%．、）)])\s*(\S.*)$")


def run_together_row(
    line: str,
    columns: Sequence[Column],
    expected: int,
    *,
    require_units: bool = True,
    bare: bool = False,
    glued_cells: bool = False,
) -> TableRow | None:
    """A row whose cells are run together or split by single spaces: "1 地区生产总值增长8% 市发改委 市统计局".

    The row starts with the expected number; its units are peeled off the end of the
    line (names that open with a level prefix such as 市 or 各 and end as units do; with ``bare``, in a
    table whose rows all run together, also the known names of bodies printed without one).
    The first unit fills a leading 牵头 column, the others the next units column; with ``glued_cells`` (a
    stream whose cells all run together), the two columns are split where two names meet with no separator
    (:func:`_glued_cells`), and a row where that cannot be done is marked ``unsure``.
    """
    if Column.NUMBER not in columns:
        # A table without a 序号 column printed one row per line, cells run together ("建设甲产业园市发改委市财政局、
        # 市住建局2023年底"): the row is the line; it must end in units, or any line of text would be a row.
        body, number = normalize_line(line), None
        if not body or body[0].isdecimal() or not require_units:
            return None
    else:
        m = _ROW_START.match(line.strip())
        if m is None or int(m.group(1)) not in (expected, 1):
            return None
        body, number = normalize_line(m.group(2)), int(m.group(1))
    # Cells split by single spaces, as many as the header has columns (one may be missing): read them as cells.
    chunks = line.split()
    if len(columns) - 1 <= len(chunks) <= len(columns):
        row = align_row([normalize_line(c) for c in chunks], columns)
        if row is not None and not row.roles.empty:
            return row
    if (row := _units_cells_closing(chunks, columns, number)) is not None:
        return row
    if (stated := _stated_cell_closing(body)) is not None:
        return TableRow(number, stated[0], stated[1])
    if columns[-1] not in (Column.LEAD, Column.RESPONSIBLE, Column.TASK):
        body = _TRAILING_DEADLINE.sub("", body)  # a deadline cell after the units: "…市财政局2023年底"
    runs: tuple[tuple[str, ...], ...] = ()
    if _leader_before_units(columns):
        body, runs = units_after_leaders(body)
    if runs:
        text = body
    elif glued_cells:
        text, units, glued = _units_after_task(body, bare=bare)
        if units and _leader_before_units(columns):
            text = _without_trailing_name(text)  # "推进甲项目建设张三" + units: 张三 is the leader's cell
        if not text or (require_units and not units):
            return None
        roles, unsure = _glued_cells(units, glued, columns)
        # Text left after the task's full stop is a name that could not be read: the row is reported too.
        left_over = text.rpartition("。")[2] if "。" in text and units else ""
        reason = f"「{left_over}」不是已知的单位名称" if left_over else "单位未能确定分属哪一列" if unsure else ""
        return TableRow(number, text, roles, unsure=reason)
    else:
        text, units = peel_units(body, bare=bare)
        runs = (units,) if units else ()
        if units and _leader_before_units(columns):
            text = _without_trailing_name(text)  # "推进甲项目建设张三" + units: 张三 is the leader's cell
    if not text or (require_units and not runs):
        return None
    roles = RoleLists()
    for units in runs:
        roles = roles.merged(_cells_of(units, columns))
    return TableRow(number, text, roles)


def _stated_cell_closing(body: str) -> tuple[str, RoleLists] | None:
    """A row run together whose units cell, after the task's last full stop, states the roles in words.

    "…构建新型婚育文化。A、B牵头；C配合；各县政府落实": the cell says who leads and who takes part, as the same
    words inside a parenthesis do, so it is read as said and is no part of the task's text. None unless the
    cell reads so (a lead named with the genre's verbs, every clause naming units).
    """
    text, stop, cell = body.rpartition("。")
    if not stop or not text or not cell:
        return None
    roles = parse_inline(cell)
    if roles is None or roles.bare or roles.empty or not roles.lead:
        return None
    return text + stop, roles


def _units_cells_closing(chunks: list[str], columns: Sequence[Column], number: int | None) -> TableRow | None:
    """A row split by single spaces whose text cells hold spaces of their own, read from the units columns.

    A page that printed a table's cells with one space between them keeps the spaces a narrow cell wrapped its
    text at ("加强水资源保 护", "严守用水 效率控制 红线"), so the chunks outnumber the columns; names hold no
    space, so the units columns closing the header take the last chunks, one each, and the rest is the task's
    text. Each of those chunks must be a list of units, and the chunk before them must not be one.
    """
    closing: list[Column] = []
    for column in reversed(columns):
        if column not in (Column.LEAD, Column.RESPONSIBLE):
            break
        closing.insert(0, column)
    if number is not None and chunks[:1] == [str(number)]:
        chunks = chunks[1:]
    count = len(closing)
    if count < 2 or len(chunks) <= count:
        return None
    cells = [normalize_line(c) for c in chunks[-count:]]
    text = normalize_line("".join(chunks[:-count]))
    if not all(is_unit_list(c) for c in cells) or is_unit_list(normalize_line(chunks[-count - 1])) or not text:
        return None
    roles = RoleLists()
    for column, cell in zip(closing, cells, strict=True):
        roles = roles.merged(units_for(Role.LEAD if column is Column.LEAD else Role.RESPONSIBLE, cell))
    return TableRow(number, text, roles)


def _units_after_task(body: str, *, bare: bool) -> tuple[str, tuple[str, ...], tuple[bool, ...]]:
    """A run-together row's task text and the names after it, with :func:`peel_unit_runs`' glued joins.

    The task cell of the genre's tables ends with a full stop ("地区生产总值增长6%。市发改委各县政府"): the
    names are peeled off the text after the last one. What cannot be read as names stays with the text, which
    then does not end at its full stop (the caller reports the row).
    """
    head, stop, tail = body.rpartition("。")
    if not stop:
        return peel_unit_runs(body, bare=bare)
    rest, units, glued = peel_unit_runs(tail, bare=bare)
    if not units and (trimmed := units_part(tail)) is not None:
        # "…的活动。镇（街道）、区甲局等按职责分工负责": the cell closes its list with the genre's verb, as a label's
        # value does ("责任单位：X、Y按职责分工负责"); its column says the role, as the label does.
        listed = split_units(trimmed)
        return head + stop, listed, (False,) * (len(listed) - 1)
    if rest and (listed := _separated_units_cell(tail, bare=bare)):
        # Peeling stopped inside the cell ("市规划和自然资源局", "团市委"), yet the cell is a list of names each set
        # off by a separator: the whole cell is the units, none of it the task's words.
        return head + stop, listed, (False,) * (len(listed) - 1)
    return head + stop + rest, units, glued


def _separated_units_cell(cell: str, *, bare: bool) -> tuple[str, ...]:
    """The units of a cell whose names are all set off by separators ("市甲局、市乙局，各区政府"), else ().

    Every piece between separators must be one name: a piece that reads as two names glued ("市甲局各区政府")
    is where two cells meet, which only the peeling can tell.
    """
    pieces = split_top_level(cell)
    if len(pieces) < 2 or not is_unit_list(cell):
        return ()
    for piece in pieces:
        rest, names, _glued = peel_unit_runs(piece, bare=bare)
        if not rest and len(names) > 1:
            return ()
    return split_units(cell)


def _glued_cells(units: tuple[str, ...], glued: tuple[bool, ...], columns: Sequence[Column]) -> tuple[RoleLists, bool]:
    """Units of a row whose cells run together, split between a 牵头 column and the units column after it.

    A cell lists its names with 、 and two cells meet with nothing between them ("市发改委各县政府、市统计局":
    市发改委 | 各县政府、市统计局), so a single glued join is the border between the two columns. With no glued
    join (one cell holds them all, the other is empty) or several, the border is not known: the first name is
    read as the lead and the row is marked unsure, for the parse report to ask for a check.

    Returns:
        The roles and whether the split is unsure.
    """
    unit_columns = [c for c in columns if c in (Column.LEAD, Column.RESPONSIBLE)]
    if unit_columns[:1] != [Column.LEAD] or len(unit_columns) < 2 or len(units) < 2:
        return _cells_of(units, columns), False
    joins = [k for k, join in enumerate(glued) if join]
    if len(joins) == 1:
        return RoleLists(units[: joins[0] + 1], units[joins[0] + 1 :]), False
    return _cells_of(units, columns), True


def _rejoin_cut_names(cells: list[str], columns: Sequence[Column]) -> list[str]:
    """A row's cells with a units cell wrapped over two lines one cell again ("市住房和城乡建" + "设局").

    Only in a row with more cells than the header has columns: the extra cell is the rest of a name whose
    line the narrow column broke; its first piece completes the cell's last name.
    """
    if len(cells) <= len(columns):
        return cells
    for i in range(len(cells) - 1):
        pieces, following = split_top_level(cells[i]), split_top_level(cells[i + 1])
        if not pieces or not following or looks_like_unit(pieces[-1]) or not is_unit_list(cells[i + 1]):
            continue
        # The cut piece opens as a name does, or closes a list of names: a task's text is never rejoined so.
        if pieces[-1][0] not in "市区县省州各" and not (len(pieces) > 1 and all(map(looks_like_unit, pieces[:-1]))):
            continue
        if looks_like_unit(pieces[-1] + following[0]):
            return _rejoin_cut_names([*cells[:i], cells[i] + cells[i + 1], *cells[i + 2 :]], columns)
    return cells


def _without_trailing_name(text: str) -> str:
    """``text`` without the person's name that ends it (jieba's ``nr`` tag), if one does."""
    pairs = tagged(text[-8:])
    if pairs and pairs[-1][1] == "nr" and 2 <= len(pairs[-1][0]) <= 4 and len(text) > len(pairs[-1][0]):
        return text[: -len(pairs[-1][0])]
    return text


def _leader_and_units(text: str) -> tuple[str, tuple[str, ...], int]:
    """The leader's name opening ``text`` and the units run together after it (the reading covering most text)."""
    best: tuple[tuple[int, bool, bool], str, tuple[str, ...], int] | None = None
    for name, from_tagger in name_candidates(text):
        units, used = leading_units(text[len(name) :])
        if not units:
            continue
        # More text read as units; then jieba's own reading; then a first unit of three characters or more
        # (李明 | 人社局 rather than 李明人 | 社局).
        key = (len(name) + used, from_tagger, len(units[0]) >= 3)
        if best is None or key > best[0]:
            best = (key, name, units, used)
        if from_tagger and len(units[0]) >= 3:
            break  # jieba's name with a plausible first unit: the other readings only cost time
    return ("", (), 0) if best is None else best[1:]


def _cells_of(units: tuple[str, ...], columns: Sequence[Column]) -> RoleLists:
    """Units read off one run-together row: the first fills a leading 牵头 column, the others the next units column."""
    unit_columns = [c for c in columns if c in (Column.LEAD, Column.RESPONSIBLE)]
    if unit_columns[:1] == [Column.LEAD] and len(unit_columns) > 1:
        return RoleLists(units[:1], units[1:])
    if unit_columns[:1] == [Column.LEAD]:
        return RoleLists(units, ())
    return RoleLists((), units)


def _leader_before_units(columns: Sequence[Column]) -> bool:
    unit_at = [i for i, c in enumerate(columns) if c in (Column.LEAD, Column.RESPONSIBLE)]
    return Column.PERSON in columns and bool(unit_at) and columns.index(Column.PERSON) < unit_at[0]


def units_after_leaders(text: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """Take each leader's name and the unit cells run together after it out of a row's text.

    In a table with a 领导 column before its unit columns, flattened without separators,
    a (sub-)row's cells read "…内容。何海平教育局经开区各街道…": the name opens the
    unit cells after a sentence end. Returns the text without names and units, and each
    run of units in order (a row split in two sub-rows has two runs).
    """
    runs: list[tuple[str, ...]] = []
    kept: list[str] = []
    start = i = 0
    while i < len(text):
        # Never at the row's start: the task's cells come before the leader's.
        if i > 0 and text[i - 1] in "。；":
            name, units, used = _leader_and_units(text[i:])
            if units:
                kept.append(text[start:i])
                runs.append(units)
                i = start = i + len(name) + used
                continue
        i += 1
    kept.append(text[start:])
    return "".join(kept), tuple(runs)


# A row number inside run-together text follows the end of the previous row's last unit (or a
# line break left where a repeated header was) and is not part of a quantity ("2个", "10%", "3.8").
_UNIT_LAST_CHARS = "局委办厅部院会处室心府司团行队所站馆社联署校组区县市镇乡旗州道位门构关业科股宫台园）)\n"
# (人均 opens a row's text — "2人均生产总值…" — while "2人" counts people.)
_NOT_A_ROW_NUMBER = r"(?![\d%．.、，,个万亿元年月日家项所次户岁台辆座公里米倍层栋间名批条件套]|人(?!均))"
# A deadline cell closing the previous row ("…市财政局2023年底2推进…", "全年", "6月前", "长期坚持") also ends a row,
# as do the genre's open-ended deadlines ("长期", "持续推进", "常态化", "年底完成"; general usage of such tables).
_DEADLINE_LAST_CHARS = "底前内年月日持期进化成"
# The last characters of the genre's role verbs closing a units cell (牵头, 配合, 落实, 负责, 参与, 协办).
_ROLE_VERB_LAST_CHARS = "头合实责与"


def split_stream(stream: str, columns: Sequence[Column], first: int = 1) -> list[TableRow]:
    """Rows of a table whose cells and rows all run together in one stream of text, numbered from ``first``."""
    rows: list[TableRow] = []
    if Column.NUMBER not in columns:
        return _unnumbered_stream(stream, columns)
    # A copy of a table's later page opens at the row it reached ("21树立…" after the header): its rows go on
    # from that number, as a table printed one cell per line may start at "80".
    if first == 1 and (opening := re.match(rf"^\s*([1-9]\d{{0,2}}){_NOT_A_ROW_NUMBER}", stream)) is not None:
        first = int(opening.group(1))
    expected = first
    m = re.match(rf"^\s*{first}{_NOT_A_ROW_NUMBER}", stream)
    if m is None:
        if re.match(r"^\s*\d", stream):
            return rows
        # A 序号 column the copy left empty: the rows run together without numbers.
        return _unnumbered_stream(stream, [c for c in columns if c is not Column.NUMBER])
    start = 0
    # A units cell stating the roles in words ends with the genre's verb ("…配合；各县政府落实"), not a name.
    last_chars = (
        _UNIT_LAST_CHARS + _ROLE_VERB_LAST_CHARS + (_DEADLINE_LAST_CHARS if columns[-1] is Column.OTHER else "")
    )
    while True:
        following = re.compile(rf"(?<=[{last_chars}]){expected + 1}{_NOT_A_ROW_NUMBER}")
        nxt = following.search(stream, start + len(str(expected)))
        segment = stream[start : nxt.start() if nxt else len(stream)]
        # The row numbers found the rows: a row whose units cannot be told apart is still a task.
        row = run_together_row(segment, columns, expected, require_units=False, bare=True, glued_cells=True)
        if row is not None:
            rows.append(row)
        if nxt is None:
            return rows
        start, expected = nxt.start(), expected + 1


_CN_DIGITS = "〇○零一二三四五六七八九十"
# A page's sign-off after the last row run together with it: the issuing body, then the date in full
# ("…全年甲县人民政府办公室2024年3月1日", perhaps "（此件公开发布）" after it).
# Its place name is found from the right (see :func:`without_note_or_sign_off`).
_SIGN_OFF = re.compile(
    rf"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|委员会|领导小组|指挥部)"
    rf"(?:\d{{4}}|[{_CN_DIGITS}]{{4}})年[\d{_CN_DIGITS}]{{1,3}}月[\d{_CN_DIGITS}]{{1,3}}日(?:（[^（）]{{2,12}}）)?$"
)
_PLACE_LEVELS = "省市县区州旗盟"


def without_note_or_sign_off(stream: str, columns: Sequence[Column]) -> str:
    """A stream of run-together rows without the note or the page's sign-off (issuing body and date) closing it.

    A full date is no cell of a table without a deadline column, so there it always signs the page off; in a
    table with one, the body must follow a deadline cell ("…2024年底乙县人民政府…"), as a last row's own units
    ("…市住建局各区人民政府2024年12月31日") follow a unit. The body's place name is the shortest run ending
    in a level character (甲县, 海东市) that the previous row's last cell ends right before.
    """
    row_end = _DEADLINE_LAST_CHARS if columns[-1] is Column.OTHER else _UNIT_LAST_CHARS + _DEADLINE_LAST_CHARS
    if (note := re.search(rf"(?<=[{row_end}])(?:备注|附注|注)[：:]", stream)) is not None:
        # A note after the table ("注：列第一位的为牵头单位。"), the sign-off after it: no row's cell. Its rule is read
        # from the whole text, as any rule stated once.
        return stream[: note.start()]
    m = _SIGN_OFF.search(stream)
    if m is None:
        return stream
    for size in range(2, 9):
        start = m.start() - size
        place = stream[start : m.start()]
        if start < 1 or place[-1] not in _PLACE_LEVELS or place[0] == "各" or re.search(r"[\d\W]", place):
            continue
        if stream[start - 1] in row_end:
            return stream[:start]
    return stream


# A deadline cell closing a row, right after the row's last unit ("…市住建局2023年底"): where the next row starts.
_ROW_END_DEADLINE = re.compile(
    rf"(?<=[{_UNIT_LAST_CHARS}])(?:\d{{4}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:底前|底|前|内|以前)?(?:完成)?"
    r"|年底前?|年内|全年|长期(?:坚持)?|持续推进|常态化)"
)


def _unnumbered_stream(stream: str, columns: Sequence[Column]) -> list[TableRow]:
    """Rows of a table without a 序号 column run together in one stream: each row ends with its deadline cell.

    A table without a deadline column ends each row with its units instead: the row is cut where a run of
    prefixed unit names gives way to the next task's text (:func:`_rows_ending_in_units`).
    """
    if columns[-1] is not Column.OTHER:
        return _rows_ending_in_units(stream, columns)
    rows: list[TableRow] = []
    start = 0
    for m in _ROW_END_DEADLINE.finditer(stream):
        row = run_together_row(stream[start : m.end()], columns, 0, bare=True)
        if row is not None:
            rows.append(row)
            start = m.end()
    return rows


# A unit name right after these words is the object of the task's own sentence ("配合市住建局做好…"), not a cell.
_OBJECT_BEFORE = re.compile(
    r"(?:配合|会同|由|督促|指导|支持|联合|协调|协助|与|和|及|对|向|为|请|组织|推动|依托|联系|同)$"
)
_ROW_END_CHARS = "".join(c for c in _UNIT_LAST_CHARS if c not in "区县市镇乡旗州\n")
# What may open the next unit of a run: a level prefix, 各, or a separator between names.
_NEXT_UNIT_START = re.compile(r"[市区县省州各、，,（(]")


def _rows_ending_in_units(stream: str, columns: Sequence[Column]) -> list[TableRow]:
    """Rows of a table run together with no row numbers and no deadline column, each row's units ending it.

    "加快推进老旧小区改造市住建局各区政府推进污水处理提质增效市水务局…": a row ends after a unit name
    (its last character closes a name) when the next character cannot open another unit, and the text before
    holds a task followed by prefixed unit names. Where no row can be cut so, the stream is split at its
    sentences into tasks whose units could not be told apart (the parse report says so).
    """
    rows: list[TableRow] = []
    start = 0
    for end in range(len(stream)):
        # A row is cut only after a character that closes a name for certain: 市, 区, 县 … also end words of the
        # task's text ("城市", "小区").
        if stream[end] not in _ROW_END_CHARS or (end + 1 < len(stream) and _NEXT_UNIT_START.match(stream[end + 1])):
            continue
        if leading_body(stream[end + 1 :]):
            continue  # another unit printed without its prefix follows: "…水务局住建局推进…"
        row = run_together_row(stream[start : end + 1], columns, 0, bare=True)
        if row is None or len(row.text) < 4 or _OBJECT_BEFORE.search(row.text.rstrip("。；，")):
            continue
        rows.append(row)
        start = end + 1
    if rest := normalize_line(stream[start:]).strip("。；，"):
        if rows:
            rows.append(TableRow(None, rest, RoleLists()))
        else:
            pieces = _TASK_START_AFTER_UNIT.split(rest)
            if len(pieces) < 2:
                pieces = re.split(r"(?<=[。；])", rest)
            rows = [TableRow(None, s.strip("。；，"), RoleLists()) for s in pieces if s.strip("。；，")]
    return rows


# Where no unit name can be told apart, a row still ends where a name's ending is followed by the verb that opens
# the next row's task (general usage of the genre: tasks open with 加快, 推进, 完善 …): "…城投集团推进乙项目…".
_TASK_VERBS = (
    "加快|推进|推动|完善|提升|实施|开展|加强|落实|深化|健全|建立|强化|做好|促进|优化|扩大|组织|支持|制定|启动|新建"
    "|改造|打造|培育|巩固|规范|抓好|确保|力争|争取|稳定|提高|全面|持续|积极"
)
_TASK_START_AFTER_UNIT = re.compile(rf"(?<=[局委办厅府团司院队站部会社馆心])(?=(?:{_TASK_VERBS}))")


# A header cell that a page's title runs into on a line whose breaks were lost ("甲县…分解表 序号").
_TITLE_BEFORE_NUMBER_WORD = re.compile(r"^(?P<title>.*\S)\s+(?P<word>序号|编号)$")


def bordered_rows_on_one_line(lines: list[str]) -> list[str]:
    """Lines with a bordered table whose header and rows share one line split into a line per row.

    A page whose line breaks were lost prints its title, the header and every row on one line, the cells still
    between borders: "…分解表 序号 | 工作任务 | … | 完成时限 | 1 | 推进… | 县发改局 | … | 2024年底 | 2 | …". A row
    starts at the cell holding the next row number, once the row before has as many cells as the header, less
    one at most (a merged cell). Any other line is kept as it is.
    """
    result: list[str] = []
    for line in lines:
        result.extend(_split_bordered_line(line) or [line])
    return result


def _split_bordered_line(line: str) -> list[str] | None:
    if line.count("|") + line.count("｜") < 8:
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", line)]
    before: list[str] = []
    start = None
    for k, cell in enumerate(cells):
        if re.sub(r"\s+", "", cell) in _NUMBER_WORDS:
            start, before = k, [c for c in cells[:k] if c]
            break
        if (m := _TITLE_BEFORE_NUMBER_WORD.match(cell)) is not None:
            start, before = k, [*(c for c in cells[:k] if c), m.group("title")]
            cells[k] = m.group("word")
            break
    if start is None:
        return None
    first = next((k for k in range(start + 1, len(cells)) if cells[k] == "1"), None)
    if first is None:
        return None
    header = [c for c in cells[start:first] if c]
    if header_columns(" | ".join(header)) is None:
        return None
    rows: list[list[str]] = []
    for cell in cells[first:]:
        if not rows or (cell == str(len(rows) + 1) and len([c for c in rows[-1] if c]) >= len(header) - 1):
            rows.append([cell])
        else:
            rows[-1].append(cell)
    if len(rows) < 2:
        return None
    return [*before, " | ".join(header) + " |", *(" | ".join(c for c in row if c) + " |" for row in rows)]


# A cell broken over more lines than this is no cell: two lone borders so far apart are not one cell's borders.
_MAX_CELL_LINES = 12


def _lone_border(line: str) -> bool:
    return line.strip() in _BORDERS


def cells_between_lone_borders(lines: list[str]) -> list[str]:
    """Lines with a cell broken over lines, between two borders alone on their lines, put back on its first line.

    A web table flattened one cell per line with a border alone on the line between two cells ("任务名称" / "|" /
    "完成2022年度" / "乡村振兴示范村建设" / "|") keeps the line breaks inside a cell: the lines between two
    borders are one cell. The cell's lines are joined on its first line (names one per line with a 、 between them)
    and the others left blank, so every line keeps its number. The last cell, cut by the page's end after its
    border, runs to the text's end. A line holding a border of its own ("1063 |") is a cell of its own and is
    never joined.
    """
    result = list(lines)
    borders = [k for k, line in enumerate(lines) if _lone_border(line)]
    for k, start in enumerate(borders):
        end = borders[k + 1] if k + 1 < len(borders) else len(lines)
        between = list(range(start + 1, end))
        if not 2 <= len(between) <= _MAX_CELL_LINES or any(
            not lines[j].strip() or _BORDERS[0] in lines[j] or _BORDERS[1] in lines[j] for j in between
        ):
            # A blank line separates cells too (and after the last border ends the table), and a border on a
            # line of its own marks that line a cell: such lines are not one cell broken over lines.
            continue
        cell = lines[between[0]].strip()
        for j in between[1:]:
            piece = lines[j].strip()
            # Names printed one per line are a list; a name, or text, broken after its 、 or mid-word runs on.
            glue = "、" if not cell.endswith("、") and is_unit_list(cell) and is_unit_list(piece) else ""
            cell += glue + piece
            result[j] = ""
        result[between[0]] = cell
    return result


def names_units_with_persons(line: str) -> bool:
    """Whether a header line names a column of units with the person at each one's head ("牵头单位及主要负责人")."""
    return any(_UNITS_AND_PERSON.fullmatch(re.sub(r"\s+", "", c)) for c in split_cells(line))


# A person's name after a unit in a units-and-head cell: two to four characters, in a parenthesis or not.
_PERSON_IN_PARENTHESIS = re.compile(r"（(?P<name>[\u4e00-\u9fff]{2,4})）$")
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ROLE_WORDS = re.compile(r"牵头|负责|配合|参与|协办|主办|落实")


def without_persons_after_units(cell: str) -> str:
    """A units-and-head cell's units alone: "市甲局张三、市乙局（李四）" → "市甲局、市乙局"; any other cell unchanged.

    Read only in a column whose header says it holds both (see :func:`names_units_with_persons`): the name set
    apart by a space in the page runs into the unit once the line is normalised, and is no part of the unit.
    """
    pieces = re.split(r"([、，；])", cell)
    for k in range(0, len(pieces), 2):
        pieces[k] = _unit_before_person(pieces[k])
    return "".join(pieces)


def _unit_before_person(piece: str) -> str:
    """One unit's name without the person after it, if the rest is a unit and the person's part names none."""
    if (m := _PERSON_IN_PARENTHESIS.search(piece)) is not None:
        # "市乙局（李四）": an alias in a parenthesis names a body ("各街办（新区）"), a person's name does not.
        head, name = piece[: m.start()], m["name"]
        return head if is_unit_list(head) and _is_person_part(name) else piece
    if not piece or is_unit_list(piece):
        return piece
    for size in (2, 3, 4):
        head, name = piece[:-size], piece[-size:]
        if is_unit_list(head) and _is_person_part(name):
            return head
    return piece


def _is_person_part(name: str) -> bool:
    return _PERSON_NAME.fullmatch(name) is not None and not _ROLE_WORDS.search(name) and not is_unit_list(name)
