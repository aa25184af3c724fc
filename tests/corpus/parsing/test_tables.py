"""Reading tables flattened to text: cells, borders and headers."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.tables import (
    Column,
    align_row,
    bordered_rows_on_one_line,
    column_of,
    embedded_header,
    field_row,
    header_columns,
    lone_cell,
    split_stream,
    titled_header,
    units_after_leaders,
    unknown_header_words,
    without_note_or_sign_off,
)


@pytest.mark.parametrize(
    ("line", "cell"),
    [
        ("序号 |", "序号"),
        ("| 叶林 |", "叶林"),
        ("｜招商工作部、安商工作部｜", "招商工作部、安商工作部"),
        ("1 |", "1"),
        ("责任单位 | ||", "责任单位"),  # an empty spanned cell beside it is no second cell
    ],
)
def test_a_line_holding_one_cell_between_borders_is_that_cell(line, cell):
    assert lone_cell(line) == cell


@pytest.mark.parametrize("line", ["1 | 推进甲项目 | 市发改委 |", "推进甲项目。", "", "（市发改委牵头）"])
def test_a_row_of_several_cells_or_a_line_without_borders_is_left_alone(line):
    assert lone_cell(line) == line


def test_a_leader_column_is_neither_a_lead_nor_a_responsible_column():
    assert header_columns("序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限") == [
        Column.NUMBER,
        Column.TASK,
        Column.PERSON,
        Column.RESPONSIBLE,
        Column.OTHER,
    ]


def test_a_leaders_name_after_a_sentence_opens_the_unit_cells_run_together_after_it():
    text = "完成改造20个小区。王建国住建局五星街道推进背街小巷整治。李明城管局各街道"
    assert units_after_leaders(text) == (
        "完成改造20个小区。推进背街小巷整治。",
        (("住建局", "五星街道"), ("城管局", "各街道")),
    )


def test_a_name_inside_the_tasks_text_is_not_a_leader():
    # 瞿秋白 is a person, but he is in the middle of a sentence: the memorial hall is no unit.
    text = "完成瞿秋白纪念馆整体提升工程。"
    assert units_after_leaders(text) == (text, ())


@pytest.mark.parametrize("word", ["2023年预期目标", "2022年度工作任务", "年度重点任务"])
def test_a_task_column_named_after_its_year_is_still_a_task_column(word):
    # Tables of a 政府工作报告 分解 head their task column with the year (made-up header).
    assert header_columns(f"序号 | {word} | 责任单位") == [Column.NUMBER, Column.TASK, Column.RESPONSIBLE]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("牵头单位: | 市城管局 |", "牵头单位：市城管局"),
        ("重点工作: | 12.推进甲项目建设。 |", "12.推进甲项目建设。"),
        ("重点工作: | 推进甲项目建设。 |", "重点工作：推进甲项目建设。"),
        ("进展情况: |", "进展情况："),
        ("1 | 推进甲项目 | 市发改委 |", "1 | 推进甲项目 | 市发改委 |"),
    ],
)
def test_a_row_of_a_two_column_table_of_fields_reads_as_a_label_or_as_the_numbered_task(line, read):
    assert field_row(line) == read


def test_columns_describing_a_target_hold_no_units():
    # Target tables add 指标要求 and 目标类型 (A类/B类) columns beside the units columns.
    assert header_columns("序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |") == [
        Column.NUMBER,
        Column.TASK,
        Column.OTHER,
        Column.LEAD,
        Column.RESPONSIBLE,
        Column.OTHER,
    ]


@pytest.mark.parametrize("word", ["牵头负责部门", "牵头组织实施单位", "主办实施单位"])
def test_a_units_column_whose_name_opens_with_qiantou_is_the_lead_column(word):
    # Made-up header: however the name goes on, a units column opening with 牵头 names the unit in charge.
    assert header_columns(f"序号 工作任务 {word}") == [Column.NUMBER, Column.TASK, Column.LEAD]


def test_a_header_with_separators_keeps_an_unknown_word_in_its_place_as_a_column_without_units():
    line = "序号 | 工作任务 | 督办意见 | 牵头单位 | 完成时限"
    assert header_columns(line) == [Column.NUMBER, Column.TASK, Column.OTHER, Column.LEAD, Column.OTHER]
    assert unknown_header_words(line) == ["督办意见"]


def test_a_line_of_mostly_unknown_words_is_no_header():
    assert header_columns("序号 | 甲乙 | 丙丁 | 戊己 | 牵头单位") is None


def test_a_task_column_named_after_the_projects_of_a_minsheng_list_is_a_task_column():
    # Made-up header of a 民生实事 table.
    assert header_columns("序号 | 民生实事 | 责任单位 | 完成时限") == [
        Column.NUMBER,
        Column.TASK,
        Column.RESPONSIBLE,
        Column.OTHER,
    ]


def test_a_units_cell_that_labels_its_names_says_their_roles():
    # Made-up: a Word table's 责任单位 cell holding both roles with their labels.
    columns = [Column.NUMBER, Column.TASK, Column.RESPONSIBLE, Column.OTHER]
    row = align_row(["1", "推进甲项目建设", "牵头单位：市发改委；配合单位：市财政局", "2024年底"], columns)
    assert row is not None
    assert (row.text, row.roles.lead, row.roles.responsible) == ("推进甲项目建设", ("市发改委",), ("市财政局",))


_FOUR = [Column.NUMBER, Column.TASK, Column.LEAD, Column.RESPONSIBLE]


def test_a_stream_splits_rows_at_their_numbers_and_unit_columns_at_the_glued_border():
    stream = "1甲指标增长6%。市发改委各县政府、市统计局2新建住房一千套。市城建局、市财政局市自然资源局"
    rows = split_stream(stream, _FOUR)
    assert [(r.number, r.text, r.roles.lead, r.roles.responsible, r.unsure) for r in rows] == [
        (1, "甲指标增长6%。", ("市发改委",), ("各县政府", "市统计局"), ""),
        # The lead cell may name two units itself: the border is where the 、 stops.
        (2, "新建住房一千套。", ("市城建局", "市财政局"), ("市自然资源局",), ""),
    ]


def test_a_stream_row_whose_unit_border_cannot_be_seen_is_marked_unsure_not_silently_split():
    rows = split_stream("1甲指标增长6%。市人社局、市财政局2乙指标。市商务局", _FOUR)
    assert rows[0].unsure == "单位未能确定分属哪一列"
    assert (rows[1].roles.lead, rows[1].unsure) == (("市商务局",), "")  # one unit: nothing to split


def test_a_stream_row_with_words_after_the_full_stop_that_name_no_known_unit_says_so():
    [row] = split_stream("1建设丙公园。甲投资集团城管局", _FOUR)
    assert (row.text, row.roles.lead, row.unsure) == (
        "建设丙公园。甲投资集团",
        ("城管局",),
        "「甲投资集团」不是已知的单位名称",
    )


@pytest.mark.parametrize(
    ("word", "column"),
    [
        ("责任单位或牵头单位", Column.LEAD),  # one column named two ways: the unit in charge
        ("牵头单位或责任单位", Column.LEAD),
        ("建设标准或要求", Column.OTHER),  # 或 between words that name no units column
    ],
)
def test_a_column_named_two_ways_with_one_of_them_leading_is_the_lead_column(word, column):
    assert column_of(word) is column


def test_a_row_whose_task_cell_opens_with_its_number_drops_the_group_cell_before_it():
    columns = [Column.TASK, Column.OTHER, Column.LEAD, Column.RESPONSIBLE, Column.OTHER]
    row = align_row(["绿化美化", "3、建设甲公园。", "市园林局", "市财政局", "2024年底前"], columns)
    assert row is not None
    assert row.text == "建设甲公园。"  # the group cell is no part of the task, nor is the item's number
    assert (row.roles.lead, row.roles.responsible) == (("市园林局",), ("市财政局",))


def test_a_target_table_header_keeps_its_measure_its_assessor_and_its_group_column_out_of_the_units():
    # Made-up header of a 目标考核 table: 单位 is the unit of measure, 考核单位 the assessor, 评价项目 spans rows.
    line = "评价项目 | 序号 | 考核指标 | 单位 | 目标值 | 责任单位 | 考核单位"
    assert header_columns(line) == [
        Column.OTHER,
        Column.NUMBER,
        Column.TASK,
        Column.OTHER,
        Column.TASK,
        Column.RESPONSIBLE,
        Column.OTHER,
    ]


def test_a_bare_unit_column_without_another_units_column_still_names_units():
    assert column_of("单位", {"工作任务", "单位"}) is Column.RESPONSIBLE


def test_a_task_column_never_takes_a_list_of_units_when_the_cells_are_counted_in_order():
    # Made-up row one cell short on the left and one cell long on the right: the units would land in the task.
    columns = [Column.NUMBER, Column.TASK, Column.OTHER, Column.TASK, Column.RESPONSIBLE, Column.OTHER]
    row = align_row(["2", "粮油增产", "万吨", "区农业局", "区水利局", "市农业局"], columns)
    assert row is not None
    assert row.roles.responsible == ("区农业局", "区水利局")


def test_a_bordered_table_sharing_one_line_with_its_title_is_cut_into_a_header_and_a_line_per_row():
    # Made-up page whose line breaks were lost: title, header and rows on one line, cells still between borders.
    line = (
        "乙区重点工作分解表 序号 | 工作任务 | 牵头单位 | 完成时限 | "
        "1 | 建设甲园区，新增企业2家。 | 区发改局 | 2024年底 | 2 | 修缮乙街道路。 | 区住建局 | 2024年6月 |"
    )
    assert bordered_rows_on_one_line([line]) == [
        "乙区重点工作分解表",
        "序号 | 工作任务 | 牵头单位 | 完成时限 |",
        "1 | 建设甲园区，新增企业2家。 | 区发改局 | 2024年底 |",
        "2 | 修缮乙街道路。 | 区住建局 | 2024年6月 |",
    ]


def test_a_line_of_bordered_cells_without_a_header_is_left_as_it_is():
    line = "甲 | 乙 | 丙 | 丁 | 1 | 戊 | 己 | 庚 | 2 | 辛 |"
    assert bordered_rows_on_one_line([line]) == [line]


NUMBERED = [Column.NUMBER, Column.TASK, Column.LEAD, Column.RESPONSIBLE, Column.OTHER]


def test_a_sign_off_after_the_last_rows_deadline_is_taken_off_the_stream():
    stream = "1建设甲园区。县发改局县财政局2024年底乙县人民政府办公室2024年3月1日"
    assert without_note_or_sign_off(stream, NUMBERED) == "1建设甲园区。县发改局县财政局2024年底"


def test_a_sign_off_dated_in_chinese_numerals_is_taken_off_too():
    stream = "1建设甲园区。县发改局县财政局长期坚持乙县人民政府二〇二四年三月一日"
    assert without_note_or_sign_off(stream, NUMBERED) == "1建设甲园区。县发改局县财政局长期坚持"


def test_a_last_rows_own_units_and_full_date_deadline_are_no_sign_off():
    # After a unit, not a deadline: 各区人民政府 is the row's responsible unit and the date its deadline.
    stream = "1建设甲园区。市城建局各区人民政府2024年12月31日"
    assert without_note_or_sign_off(stream, NUMBERED) == stream


def test_in_a_table_without_a_deadline_column_a_full_date_after_the_units_signs_the_page_off():
    columns = [Column.NUMBER, Column.TASK, Column.LEAD, Column.RESPONSIBLE]
    stream = "1新建甲公园。市城管局各区人民政府丙市人民政府办公室2024年1月15日"
    assert without_note_or_sign_off(stream, columns) == "1新建甲公园。市城管局各区人民政府"


def test_a_header_run_into_a_pages_title_starts_at_the_word_giving_one_task_column():
    # "…重点工作任务分解表" holds task words of its own; the header is 重点任务 | 牵头单位 | 责任单位 | 完成时限.
    line = "甲县重点工作任务分解表重点任务牵头单位责任单位完成时限建设甲园区。县发改局县财政局2024年底"
    assert titled_header(line) == (
        [Column.TASK, Column.LEAD, Column.RESPONSIBLE, Column.OTHER],
        "建设甲园区。县发改局县财政局2024年底",
    )


def test_prose_naming_tasks_and_units_is_no_header():
    assert titled_header("各牵头单位要细化重点任务，责任单位要按时完成。") is None


def test_a_note_after_the_last_row_is_taken_off_the_stream_with_the_sign_off_after_it():
    stream = "1建设甲园区。县发改局、县财政局2024年底注：列第一位的为牵头单位。甲县人民政府办公室2024年3月1日"
    assert without_note_or_sign_off(stream, NUMBERED) == "1建设甲园区。县发改局、县财政局2024年底"


def test_a_remark_closing_a_run_together_header_cell_stays_with_its_word():
    line = "序号重点任务责任单位（列第一位的为牵头单位）完成时限1建设甲园区。"
    assert embedded_header(line) == (
        [Column.NUMBER, Column.TASK, Column.RESPONSIBLE, Column.OTHER],
        "1建设甲园区。",
    )


@pytest.mark.parametrize("word", ["1-9月份工作完成情况", "1-9月份工作取得成效", "上半年完成情况", "监督电话"])
def test_progress_columns_named_after_a_period_and_phone_columns_hold_no_units(word):
    # Round 11: a 民生事项 progress table's header (… | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |).
    assert column_of(word) is Column.OTHER


def test_a_header_run_together_keeps_a_standards_column_apart_from_the_leaders_column_after_it() -> None:
    # Made-up header, its cells broken over lines and read as one run: 工作标准 is a column of its own, not the start
    # of "工作标准区政府分管领导".
    assert header_columns("序号目标名称工作标准区政府分管领导牵头单位配合单位") == [
        Column.NUMBER,
        Column.TASK,
        Column.OTHER,
        Column.PERSON,
        Column.LEAD,
        Column.RESPONSIBLE,
    ]


@pytest.mark.parametrize("word", ["验收标准", "完成标准"])
def test_other_standards_columns_are_columns_of_their_own_too(word: str) -> None:
    assert header_columns(f"序号工作任务{word}责任单位") == [
        Column.NUMBER,
        Column.TASK,
        Column.OTHER,
        Column.RESPONSIBLE,
    ]


_LEADERS_HEADER = "附件\n目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n"
_LEADERS_ROW = (
    "1\n甲区建设\n（1）甲区要见成效，加快打造甲街区，年内完成乙任务。\n{leaders}\n"
    "住建局\n甲街道、乙街道，发改局、财政局，丙集团\n"
)


@pytest.mark.parametrize("leaders", ["王甲\n李乙\n张丙", "王甲"])
def test_a_table_one_cell_per_line_reads_its_units_after_a_leaders_cell_of_one_or_several_persons(leaders) -> None:
    # Made-up table: a 区政府分管领导 cell naming three leaders is flattened one name per line.
    tasks = parse_notice(_LEADERS_HEADER + _LEADERS_ROW.format(leaders=leaders)).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", ("住建局",), ("甲街道", "乙街道", "发改局", "财政局", "丙集团")),
    ]


def test_persons_in_a_leaders_cell_never_become_units_of_the_next_row() -> None:
    second = "2\n乙区建设\n（1）乙区要树标杆。\n赵丁\n钱戊\n财政局\n商务局\n"
    tasks = parse_notice(_LEADERS_HEADER + _LEADERS_ROW.format(leaders="王甲\n李乙\n张丙") + second).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", ("住建局",), ("甲街道", "乙街道", "发改局", "财政局", "丙集团")),
        ("2", ("财政局",), ("商务局",)),
    ]
