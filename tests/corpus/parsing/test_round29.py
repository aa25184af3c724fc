"""Round 29 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.grouped_rows import GroupedRow, GroupHeading, cell_of, grouped_table, is_row_end
from corpus.parsing.interleaved_columns import rows_of_interleaved_columns, spaced_two_column_header, units_piece
from corpus.parsing.split_header_rows import header_words, rows_under_split_header, second_row


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


# A progress table one cell per line, each row closed by borders alone, its rows grouped under spanning cells.

GROUPED = """某县民生实事进度表
序号 |
牵头单位 |
实事数量 |
项目名称 |
实施单位 |
进展情况 |
||
一 |
县甲局 |
实事项目(2个) |
(一)改造甲路 |
县乙局 |
已完工 |
||
(二)新建乙馆 |
县甲局 县丙投 |
已开工 |
|||
二 |
县丁局 |
实事项目(1个) |
(一)提升丙校 |
1.丙校教学楼 |
县戊公司 |
已完工 |
||
2.丙校操场 |
县丁局 |
已完工 |
|||
三 |
县己局 |
实事项目(1个) |
(一)建设丁园"""


def test_a_line_of_borders_alone_ends_a_row_and_a_bordered_line_is_one_cell():
    assert is_row_end("||") and is_row_end(" | ") and is_row_end("|||||")
    assert not is_row_end("县甲局 |")
    assert cell_of("县甲局 |") == "县甲局"
    assert cell_of("| 县甲局") == "县甲局"
    assert cell_of("县甲局") is None  # no border: no cell of such a table
    assert cell_of("县甲局 | 县乙局 |") is None  # two cells on one line: another flattening


def test_a_group_s_spanning_cells_lead_every_row_of_the_group_and_open_a_section():
    table = grouped_table(GROUPED.split("\n"))
    assert table is not None
    headings = [i for i in table.items if isinstance(i, GroupHeading)]
    assert [h.label for h in headings] == ["一", "二", "三"]
    assert headings[0].title == "实事项目（2个）"  # the group's count, its lead being the rows' own
    rows = [i for i in table.items if isinstance(i, GroupedRow)]
    assert [(r.label, r.text) for r in rows][:2] == [("（一）", "改造甲路"), ("（二）", "新建乙馆")]


def test_the_cells_right_of_the_task_line_up_with_the_header_and_name_the_row_s_own_units():
    # An owner's short form ("县丙投") is a name in the units column; the lead named again there is named once.
    assert units(GROUPED)[:2] == [("（一）", ("县甲局",), ("县乙局",)), ("（二）", ("县甲局",), ("县丙投",))]


def test_an_item_over_numbered_sub_rows_is_their_heading_and_each_sub_row_a_task():
    assert units(GROUPED)[2:4] == [("1", ("县丁局",), ("县戊公司",)), ("2", ("县丁局",), ())]
    assert [t.title for t in parse_notice(GROUPED).tasks][2:4] == ["丙校教学楼", "丙校操场"]


def test_the_last_row_cut_by_the_page_end_before_its_borders_is_left_without_units():
    # Its units cell never printed: the group's lead alone would be a guess at a row not all there.
    assert units(GROUPED)[-1] == ("（一）", (), ())


def test_rows_that_group_nothing_are_left_to_the_other_table_readers():
    flat = """序号 |
工作任务 |
责任单位 |
完成时间 |
||
1.推进甲项 |
县甲局 |
年底 |
||
2.推进乙项 |
县乙局 |
年底 |
||"""
    assert grouped_table(flat.split("\n")) is None


# A numbered table split by single spaces under a header the page wrapped, over two rows.

SPLIT_HEADER = (
    "[接上页] 实事内容 工作标准 及预期效果 经费来源 及数额 完成 时限 主管 市领导 牵头部门 承办部门"
    " 部门 责任人 部门 责任人"
    " 二改善出行条件 7 新建甲路公交站点 年内建成站点20个 市财政安排50万元 年底 王一 市交通局 李二 市城管局 赵三"
    " 改造乙路人行道 年内改造3公里 市财政安排80万元 年底 王一 市交通局 李二 市城建局 钱四"
    " 8 开通丙线 年内开通 企业自筹 6月底 王一 市交通局 李二 市交通局 李二"
)


def test_wrapped_header_words_are_put_back_together_and_stop_at_the_second_header_row():
    words, end = header_words(SPLIT_HEADER.split(), 1)
    assert words == [
        "实事内容",
        "工作标准及预期效果",
        "经费来源及数额",
        "完成时限",
        "主管市领导",
        "牵头部门",
        "承办部门",
    ]
    assert second_row(SPLIT_HEADER.split(), end, 2) == 4  # 部门 责任人 under each of the two units columns


def test_a_second_header_row_splitting_each_units_column_in_body_and_head_is_read_as_person_columns():
    lines = rows_under_split_header([SPLIT_HEADER])
    assert lines[1].split(" | ") == [
        "序号",
        "实事内容",
        "工作标准及预期效果",
        "经费来源及数额",
        "完成时限",
        "主管市领导",
        "牵头部门",
        "责任人",
        "承办部门",
        "责任人",
    ]
    assert lines[2] == "二、改善出行条件"  # a section cell run in without its 、


def test_rows_under_a_number_printed_once_are_one_task_with_the_units_of_each():
    # The second row under 7 prints no number (a merged 序号 cell): its units join task 7's, persons never units.
    assert units(SPLIT_HEADER) == [("7", ("市交通局",), ("市城管局", "市城建局")), ("8", ("市交通局",), ())]


def test_a_space_split_header_over_one_row_is_left_to_the_other_readers():
    line = "实事内容 工作标准 及预期效果 牵头部门 承办部门 1 新建甲路 年内建成 市交通局 市城管局"
    assert rows_under_split_header([line]) == [line]


def test_an_undertaking_unit_beside_a_lead_carries_the_task_out_under_it_and_leads_alone():
    beside = (
        "一、总体要求\n1.推进甲项。\n牵头单位：市甲局\n承办单位：市乙局\n"
        "2.推进乙项。\n牵头单位：市丙局\n承办单位：市丁局\n"
    )
    assert units(beside) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ("市丁局",))]
    alone = "一、总体要求\n1.推进甲项。\n承办单位：市乙局\n协办单位：市丙局\n2.推进乙项。\n承办单位：市丁局\n"
    assert units(alone) == [("1", ("市乙局",), ("市丙局",)), ("2", ("市丁局",), ())]


# A PDF's two-column table read line by line: the task's lines and the units' lines interleaved.

INTERLEAVED = """某市实施方案
工 作 任 务 责 任 单 位
推进甲项工作的制度建设，各有关部门要加强 市甲局牵头，
协同配合，形成合力。市甲局要加强 市乙局按职责分工负
（一）健全
督促指导，按月通报进展情况。 责；各县区政府负责落
机制
实。
完善乙项工作的宣传机制，
市丙局牵头，
（二）加强 扩大宣传覆盖面，提升群众知晓率。
市丁局配合。
- 3 -"""


def test_a_letter_spaced_header_of_a_task_column_then_a_units_column_opens_such_a_table():
    assert spaced_two_column_header("工 作 任 务 责 任 单 位")
    assert spaced_two_column_header("重 点 任 务 牵 头 部 门")
    assert not spaced_two_column_header("工作任务责任单位")  # not spaced: another layout
    assert not spaced_two_column_header("工 作 任 务 完 成 时 限")  # no units column


def test_a_units_line_opens_with_units_and_a_role_word_or_finishes_the_role_word_cut_before_it():
    assert units_piece("市甲局牵头，", "") == (True, "")
    assert units_piece("市乙局按职责分工负", "") == (True, "按职责分工负")
    assert units_piece("责；各县区政府负责落", "按职责分工负") == (True, "负责落")
    assert units_piece("实。", "负责落") == (True, "")
    assert units_piece("协同配合，形成合力。", "")[0] is False  # the task's text
    assert units_piece("实。", "")[0] is False  # nothing was cut before it


def test_the_columns_come_apart_into_one_numbered_task_per_row_with_its_units():
    lines = rows_of_interleaved_columns(INTERLEAVED.split("\n"))
    assert lines[2] == (
        "（一）推进甲项工作的制度建设，各有关部门要加强协同配合，形成合力。市甲局要加强督促指导，按月通报进展情况。"
        "（市甲局牵头，市乙局按职责分工负责；各县区政府负责落实）"
    )
    tasks = parse_notice(INTERLEAVED).tasks
    assert [(t.label, t.lead_units, set(t.responsible_units)) for t in tasks] == [
        ("（一）", ("市甲局",), {"市乙局", "各县区政府"}),
        ("（二）", ("市丙局",), {"市丁局"}),
    ]


def test_a_spaced_header_over_rows_that_state_no_units_changes_nothing():
    lines = ["工 作 任 务 责 任 单 位", "推进甲项工作。", "（一）完善乙项。"]
    assert rows_of_interleaved_columns(lines) == lines
