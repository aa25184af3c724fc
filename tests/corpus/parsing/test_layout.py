"""Small notices in each layout of the genre parse to the units they state (examples written from the issue)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice, parse_notice_with_report


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_layout_a_labels_set_as_headings_in_square_brackets():
    text = "一、任务\n1. 推进甲项目。\n【牵头单位】市发改委\n【责任单位】市财政局、市城建局\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局", "市城建局"))]


def test_layout_a_label_lines_with_only_a_responsible_line_and_ignored_fields():
    text = (
        "一、重点任务\n1. 推进甲项目。\n牵头单位：市发改委\n配合单位：市财政局、市城建局\n责任领导：张三\n"
        "完成时限：2023年底\n2. 推进乙项目。\n责任单位：市商务局\n3. 推进丙项目。\n主要责任单位：市交通局\n"
        "其他责任单位：市公安局\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局", "市城建局")),
        ("2", (), ("市商务局",)),
        ("3", ("市交通局",), ("市公安局",)),
    ]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市发展改革委牵头，市财政局、各县区政府按职责分工负责）", ("市发展改革委",), ("市财政局", "各县区政府")),
        ("（牵头单位：市发改委；配合单位：市财政局）", ("市发改委",), ("市财政局",)),
        ("（市商务局负责）", ("市商务局",), ()),
        ("（市教育局牵头，市人社局配合）", ("市教育局",), ("市人社局",)),
        ("[牵头单位:区卫健局;责任单位:各街办(新区)]", ("区卫健局",), ("各街办（新区）",)),
        ("（由市发改委牵头，市财政局等部门配合）", ("市发改委",), ("市财政局",)),
        ("（牵头：市委组织部；参与：各区）", ("市委组织部",), ("各区",)),
        ("（市教育局、市人社局分别牵头，各县区政府负责落实）", ("市教育局", "市人社局"), ("各县区政府",)),
    ],
)
def test_layout_b_a_parenthesis_closing_the_task_names_its_units(tail, lead, responsible):
    task = parse_notice(f"一、任务\n（一）加快建设某基地。{tail}\n").task(1)
    assert (task.lead_units, task.responsible_units) == (lead, responsible)
    assert task.title == "加快建设某基地"


def test_layout_b_a_parenthesis_that_is_not_about_units_stays_in_the_text():
    task = parse_notice("一、任务\n1. 稳步推进农业转移人口落户（含租赁）。（市公安局牵头）\n").task(1)
    assert task.lead_units == ("市公安局",)
    assert "（含租赁）" in task.text


@pytest.mark.parametrize(
    "table",
    [
        "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限\n1 | 推进甲项目 | 市发改委 | 市财政局、市城建局 | 2023年底\n"
        "2 | 推进乙项目 | 市商务局 | 市交通局 | 长期坚持\n",
        "序号\t工 作 任 务\t牵头单位\t责任单位\n1\t推进甲项目\t市发改委\t市财政局、市城建局\n"
        "2\t推进乙项目\t市商务局\t市交通局\n",
        "序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n推进甲项目\n市发改委\n市财政局、市城建局\n2023年底\n"
        "2\n推进乙项目\n市商务局\n市交通局\n长期坚持\n",
    ],
    ids=["separators", "letter-spaced header and tabs", "one cell per line"],
)
def test_layout_c_a_flattened_table_gives_one_task_per_row(table):
    assert units("关于印发重点任务分解表的通知\n" + table) == [
        ("1", ("市发改委",), ("市财政局", "市城建局")),
        ("2", ("市商务局",), ("市交通局",)),
    ]


def test_layout_c_a_row_missing_its_lead_cell_keeps_the_responsible_units():
    table = "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限\n1 | 推进甲项目 | 市财政局、市城建局 | 2023年底\n"
    # Three cells for four columns: the units cell is read as the first units column that fits.
    assert units(table) == [("1", ("市财政局", "市城建局"), ())]


def test_layout_d_the_first_listed_rule_applies_to_every_later_task():
    text = (
        "一、要求\n各单位要抓好落实，责任单位中列第一位者为牵头单位，下同。\n二、任务\n"
        "1. 推进甲项目。\n责任单位：市发改委、市财政局\n2. 推进乙项目。（市商务局、市交通局）\n"
    )
    notice, report = parse_notice_with_report(text)
    assert [(t.lead_units, t.responsible_units) for t in notice.tasks] == [
        (("市发改委",), ("市财政局",)),
        (("市商务局",), ("市交通局",)),
    ]
    assert report.first_listed_rule_line == 2


def test_nested_numbering_labels_tasks_with_their_parent_heading_where_numbers_restart():
    text = (
        "一、产业\n（一）工业\n1. 甲。（市工信局牵头）\n2. 乙。（市发改委牵头）\n（二）农业\n1. 丙。（市农业局牵头）\n"
        "二、保障\n（一）加强组织领导。\n"
    )
    notice = parse_notice(text)
    assert [(t.number, t.label, t.section) for t in notice.tasks] == [
        (1, "（一）1", 1),
        (2, "（一）2", 1),
        (3, "（二）1", 1),
    ]
    assert notice.section(1).title == "产业"


def test_covering_letter_paragraphs_and_prose_that_mentions_leading_are_not_tasks():
    text = (
        "各区人民政府：\n现将分工方案印发给你们，请认真落实。\n"
        "1. 明确任务，压实责任。各牵头单位要细化措施，牵头抓总。\n2. 加强督查。督查室要跟踪问效。\n"
        "重点工作分工方案\n1. 推进甲项目。（市发改委牵头）\n2. 推进乙项目。（市财政局牵头）\n"
    )
    notice, report = parse_notice_with_report(text)
    assert [(t.title, t.lead_units) for t in notice.tasks] == [
        ("推进甲项目", ("市发改委",)),
        ("推进乙项目", ("市财政局",)),
    ]
    assert any("通知正文" in s.reason for s in report.skipped)


def test_a_notice_without_sections_gets_one_section_holding_every_task():
    notice = parse_notice("某某工作任务分工\n1. 推进甲项目。（市发改委牵头）\n2. 推进乙项目。（市财政局牵头）\n")
    assert [(s.number, s.tasks) for s in notice.sections] == [(1, (1, 2))]


def test_ordinal_numbering_styles_are_recognised():
    text = "第一条 推进甲项目。（市发改委牵头）\n第二条 推进乙项目。（市财政局牵头）\n"
    assert units(text) == [("第一条", ("市发改委",), ()), ("第二条", ("市财政局",), ())]
    text = "(1)推进甲项目。(市发改委牵头)\n(2)推进乙项目。(市财政局牵头)\n"
    assert units(text) == [("（1）", ("市发改委",), ()), ("（2）", ("市财政局",), ())]


def test_a_table_flattened_one_cell_per_line_with_borders_keeps_the_leaders_names_out_of_the_units():
    # As a government site prints a Word table: every cell on its own line, closed by " |".
    cells = ["序号", "重点工作", "责任领导", "责任单位", "完成时限"]
    cells += ["1", "优化重点项目服务机 制。", "张三", "招商工作部、安商工作部", "全年"]
    cells += ["2", "盘活存量土地400亩。", "李四", "改革办", "全年"]
    text = "2025年重点工作及责任清单\n" + "".join(f"{c} |\n" for c in cells)
    assert units(text) == [("1", (), ("招商工作部", "安商工作部")), ("2", (), ("改革办",))]
    assert parse_notice(text).task(1).title == "优化重点项目服务机制"


def test_a_notice_typeset_in_traditional_characters_gives_its_units_in_simplified_ones():
    text = (
        "一、堅持系統集成\n"
        "1.全面實施清單管理。(市政府辦公室、市審改辦牽頭,市級各有關部門及各縣市區政府按職責分工負責)\n"
    )
    assert units(text) == [("1", ("市政府办公室", "市审改办"), ("市级各有关部门", "各县市区政府"))]


def test_units_separated_by_spaces_on_a_label_line_are_several_units():
    text = "一、任务\n1. 推进甲项目。\n牵头单位：市发改委\n责任单位：市财政局 市城建局 各县区人民政府\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局", "市城建局", "各县区人民政府"))]


def test_items_numbered_with_circled_numbers_are_tasks_when_they_name_units():
    text = "一、任务\n①推进甲项目。（市发改委牵头，市财政局配合）\n②推进乙项目。（市商务局负责）\n"
    assert units(text) == [("①", ("市发改委",), ("市财政局",)), ("②", ("市商务局",), ())]


def test_next_to_a_first_responsible_unit_the_main_responsible_units_do_not_lead():
    table = "序号 | 主要目标任务 | 第一责任单位 | 主要责任单位\n1 | 推进甲项目 | 市发改委 | 市财政局、市统计局\n"
    assert units(table) == [("1", ("市发改委",), ("市财政局", "市统计局"))]
    lines = "一、任务\n1. 推进甲项目。\n第一责任单位：市发改委\n主要责任单位：市财政局\n"
    assert units(lines) == [("1", ("市发改委",), ("市财政局",))]


def test_a_header_printed_without_separators_is_read_word_by_word():
    header = "序号项目名称主要内容区政府分管领导牵头单位配合单位\n"
    table = header + "1 | 增加学位 | 新建学校12个。 | 张三 | 教育局 | 各街道\n"
    notice = parse_notice(table)
    assert units(table) == [("1", ("教育局",), ("各街道",))]
    assert notice.task(1).title == "增加学位"


def test_a_table_run_together_with_a_leader_column_keeps_names_of_people_out_of_the_units():
    # No cell separator at all: the leader's name after the content's full stop marks where the units begin.
    text = (
        "序号项目名称主要内容区政府分管领导牵头单位配合单位"
        "1增加学位新建学校12个，新增学位5000个。王建国教育局经开区各街道"
        "2促进就业城镇新增就业1万人。李明人社局高新园（邹区镇）各街道"
        "3老旧小区改造完成改造20个小区。刘洋住建局五星街道推进背街小巷整治。赵丽华城管局各街道\n"
    )
    assert units(text) == [
        ("1", ("教育局",), ("经开区", "各街道")),
        ("2", ("人社局",), ("高新园（邹区镇）", "各街道")),
        ("3", ("住建局", "城管局"), ("五星街道", "各街道")),
    ]
    assert parse_notice(text).task(3).text == "老旧小区改造完成改造20个小区。推进背街小巷整治。"


@pytest.mark.parametrize(
    "table",
    [
        "序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 | 完成时限\n"
        "1 | 推进甲项目 | 王建国 | 市发改委 | 市财政局、市城建局 | 2023年底\n"
        "2 | 推进乙项目 | 市商务局 | 市交通局 | 长期坚持\n",
        "序号 工作任务 责任领导 牵头单位 责任单位 完成时限\n"
        "1 推进甲项目 王建国 市发改委 市财政局、市城建局 2023年底\n"
        "2 推进乙项目 李明 市商务局 市交通局 长期坚持\n",
    ],
    ids=["separators, a leader cell missing", "single spaces"],
)
def test_a_leader_column_in_a_table_with_separators_holds_names_not_units(table):
    assert units(table) == [("1", ("市发改委",), ("市财政局", "市城建局")), ("2", ("市商务局",), ("市交通局",))]
    assert parse_notice(table).task(1).text == "推进甲项目"


def test_a_leaders_cell_after_a_task_written_over_two_cells_ends_the_task_text():
    table = (
        "序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位\n"
        "1 | 推进甲项目 | 加快建设 | 王建国、李明 | 市水务局 | 市财政局\n"
    )
    assert units(table) == [("1", ("市水务局",), ("市财政局",))]
    assert parse_notice(table).task(1).text == "推进甲项目。加快建设"


def test_table_rows_split_by_single_spaces_or_run_together_peel_their_units_off_the_end():
    table = (
        "序号 主要目标任务 第一责任单位 主要责任单位\n"
        "1 地区生产总值年均增长10%以上 市发改委 市统计局\n"
        "2城镇居民收入年均增长8%市人社局市财政局各县区政府\n"
    )
    assert units(table) == [
        ("1", ("市发改委",), ("市统计局",)),
        ("2", ("市人社局",), ("市财政局", "各县区政府")),
    ]
    assert parse_notice(table).task(2).title == "城镇居民收入年均增长8%"


def test_units_in_a_parenthesis_on_the_line_after_the_task_and_run_in_headings():
    text = (
        "一、重点工程\n"
        "（一）产业领军人才集聚工程。围绕重点产业，引进一批领军人才，打造人才高地，形成集聚效应。\n"
        "\u3000\u30001．实施领军人才计划。每年遴选一批人才。\n（责任单位：市委组织部、市人力资源社会保障局）\n"
        "\u3000\u30002．建设人才平台。（市科技局牵头，市财政局、各区政府参与）\n"
        "（二）保障措施。加强组织领导，压实各方责任，确保各项工作落到实处，取得实效。\n"
        "\u3000\u30001．加强组织领导。\n"
    )
    notice = parse_notice(text)
    assert [(t.title, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("实施领军人才计划", (), ("市委组织部", "市人力资源社会保障局")),
        ("建设人才平台", ("市科技局",), ("市财政局", "各区政府")),
        ("加强组织领导", (), ()),
    ]


def test_a_table_whose_cells_and_rows_all_run_together_is_split_at_the_row_numbers():
    # As document-sharing sites dump a Word table: header and rows in one stream, page numbers ("2、") at line starts.
    text = (
        "“十一五”规划主要目标任务分解表序号主要目标任务第一责任单位主要责任单位1地区生产总值年均增长10%以上"
        "市发改委市统计局2城镇居民人均可支配收入年均增长8%，农村居民人均纯收入增长\n"
        "2、8%市人社局市农业局市统计局3新增城镇就业2万人市人社局各县（市、区）政府\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市统计局",)),
        ("2", ("市人社局",), ("市农业局", "市统计局")),
        ("3", ("市人社局",), ("各县（市、区）政府",)),
    ]


def test_a_run_together_table_on_the_last_line_after_a_numbered_task_is_read_from_that_line():
    # Its rows sit on the header's own line; they used to be placed one line further, past the end of the text.
    text = "1.甲项目。(市发改委牵头)\n序号主要目标任务第一责任单位主要责任单位1地区生产总值增长10%市发改委市统计局"
    notice = parse_notice(text)
    assert notice.tasks[0].lead_units[0] == "市发改委"


def test_a_header_repeated_inside_a_stream_ends_the_row_before_it():
    text = (
        "序号主要目标任务第一责任单位主要责任单位1地区生产总值增长10%市发改委市统计局"
        "2建设供水工程，惠及全市居民。序号主要目标任务第一责任单位主要责任单位3新增就业2万人市人社局\n"
    )
    assert units(text) == [("1", ("市发改委",), ("市统计局",)), ("2", (), ()), ("3", ("市人社局",), ())]


def test_headers_run_together_one_after_another_are_read_at_once():
    # Several headers in a row with no row between them used to make the header pattern backtrack for minutes.
    header = "序号项目名称主要内容区政府分管领导牵头单位配合单位"
    text = "序号主要目标任务第一责任单位主要责任单位1地区生产总值增长10%市发改委市统计局\n" + (header + "\n") * 3
    assert [t.label for t in parse_notice(text).tasks] == ["1"]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("〔责任单位：市城建局、市财政局〕", (), ("市城建局", "市财政局")),
        ("〔市城建局牵头，市财政局、各县区政府配合〕", ("市城建局",), ("市财政局", "各县区政府")),
        ("【牵头单位：市城建局；责任单位：市财政局】", ("市城建局",), ("市财政局",)),
        ("【市生态环境局、市水务局按职责分工负责】", (), ("市生态环境局", "市水务局")),
        ("〔市城建局、市财政局〕", (), ("市城建局", "市财政局")),
    ],
)
def test_units_in_tortoise_shell_or_black_lenticular_brackets_closing_a_task(tail, lead, responsible):
    task = parse_notice(f"一、任务\n1. 推进老旧小区改造。{tail}\n").task(1)
    assert (task.lead_units, task.responsible_units) == (lead, responsible)
    assert task.title == "推进老旧小区改造"


def test_the_first_listed_rule_stated_inside_the_first_tasks_parenthesis_after_its_units():
    text = (
        "一、明确责任\n（一）增强粮食安全意识。（市发改委、市农委、各县市区人民政府。排名第一的为牵头单位，下同）\n"
        "（二）明确政府责任。（市农委、市财政局）\n"
    )
    assert units(text) == [
        ("（一）", ("市发改委",), ("市农委", "各县市区人民政府")),
        ("（二）", ("市农委",), ("市财政局",)),
    ]


def test_a_covering_letters_rule_that_responsible_units_lead_when_no_lead_is_named():
    text = (
        "各区人民政府：\n一、各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要制订办理方案。\n"
        "（一）教育\n1. 推进学前教育发展。（牵头单位：市教育局；责任单位：各区人民政府）\n"
        "2. 推进普通高中多样化发展。（责任单位：市教育局、市财政局）\n"
    )
    assert units(text) == [
        ("1", ("市教育局",), ("各区人民政府",)),
        ("2", ("市教育局", "市财政局"), ()),
    ]


def test_lead_and_other_units_named_with_responsible_lines_after_a_leaders_name():
    text = (
        "一、主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导：金力。\n牵头责任单位：市发展改革委。\n"
        "协同责任单位：市经信局、市商务局等，各县、市、区政府。\n"
    )
    assert units(text) == [("1", ("市发展改革委",), ("市经信局", "市商务局", "各县、市、区政府"))]


@pytest.mark.parametrize(
    "text",
    [
        "一、任务\n1. 推进甲项目。（责任单位：市城建局；配合单位：市财政局）\n",
        "一、任务\n1. 推进甲项目。\n责任单位：市城建局\n配合单位：市财政局\n",
        "序号 | 工作任务 | 责任单位 | 配合单位 | 完成时限\n1 | 推进甲项目 | 市城建局 | 市财政局 | 2023年底\n",
        "序号 | 具体工作 | 主办单位 | 协办单位 | 完成期限\n1 | 推进甲项目 | 市城建局 | 市财政局 | 2023年底\n",
    ],
)
def test_responsible_units_beside_supporting_units_and_no_lead_label_are_in_charge(text):
    assert units(text) == [("1", ("市城建局",), ("市财政局",))]


def test_a_responsible_unit_beside_a_lead_label_stays_responsible():
    text = "一、任务\n1. 推进甲项目。\n牵头单位：市城建局\n责任单位：市发改委\n配合单位：市财政局\n"
    assert units(text) == [("1", ("市城建局",), ("市发改委", "市财政局"))]


def test_a_table_copied_from_its_second_page_starts_at_any_row_number():
    text = (
        "序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
        "80 |\n加大普惠性托育供给，新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
        "81 |\n支持职业教育发展。 |\n陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n"
    )
    assert units(text) == [("80", ("县教育局",), ("县各有关单位",)), ("81", ("县教育局",), ("县各有关单位",))]


def test_a_page_run_together_on_one_line_with_numbering_restarting_per_section():
    letter = "各镇人民政府：现将重点工作责任分解印发给你们，请认真贯彻执行。" * 10
    text = (
        f"{letter} 一、县长牵头重点工作 1.生产总值增长7.5%左右。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局 "
        "2.降低行政运行成本。 责任单位:县财政局 二、副县长牵头重点工作 1.坚持集体学法。 责任单位:县司法局\n"
    )
    assert units(text) == [
        ("1", ("县发改局",), ("县财政局",)),
        ("2", ("县财政局",), ()),
        ("1", ("县司法局",), ()),
    ]


def test_a_run_together_table_finds_rows_opening_with_ren_jun_and_after_a_deadline_cell():
    per_capita = (
        "分解表\n序号主要目标任务第一责任单位主要责任单位1地区生产总值年均增长11%市发改委市统计局"
        "2人均生产总值达到5万元市发改委市统计局\n"
    )
    assert units(per_capita) == [("1", ("市发改委",), ("市统计局",)), ("2", ("市发改委",), ("市统计局",))]
    deadlines = (
        "序号工作任务责任领导牵头单位配合单位完成时限1推进甲项目建设张三市发改委市财政局2023年底"
        "2推进乙项目建设李四市商务局各县区政府全年\n"
    )
    assert units(deadlines) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市商务局",), ("各县区政府",))]
    # The leaders' names are no part of the task's title.
    assert [t.title for t in parse_notice(deadlines).tasks] == ["推进甲项目建设", "推进乙项目建设"]


def test_a_units_bracket_on_its_own_line_after_a_blank_line_belongs_to_the_task():
    text = (
        "一、任务\n1. 推进老旧小区改造，完成改造100个。\n\n〔市城建局牵头，市财政局配合〕\n\n"
        "2. 推进污水处理。\n\n【市水务局负责】\n"
    )
    assert units(text) == [("1", ("市城建局",), ("市财政局",)), ("2", ("市水务局",), ())]


def test_role_labels_run_into_the_tasks_paragraph_after_a_sentence():
    text = (
        "一、任务\n1. 推进老旧小区改造。责任单位：市城建局、市财政局。\n"
        "2. 推进污水处理。牵头单位：市水务局；配合单位：各县区政府。\n"
    )
    assert units(text) == [("1", (), ("市城建局", "市财政局")), ("2", ("市水务局",), ("各县区政府",))]
    assert parse_notice(text).task(1).title == "推进老旧小区改造"


def test_a_label_word_followed_by_prose_is_not_a_units_label():
    task = parse_notice("一、任务\n1. 推进老旧小区改造。责任单位：各部门要加强配合。（市城建局负责）\n").task(1)
    assert (task.lead_units, task.responsible_units) == (("市城建局",), ())


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市发改委、市财政局牵头，各县区政府落实）", ("市发改委", "市财政局"), ("各县区政府",)),
        ("（市发改委牵头，各县区政府组织实施）", ("市发改委",), ("各县区政府",)),
        ("（市发改委牵头，市财政局、市统计局支持配合）", ("市发改委",), ("市财政局", "市统计局")),
        ("（市发改委牵头，市财政局协同）", ("市发改委",), ("市财政局",)),
        ("（市发改委具体落实）", ("市发改委",), ()),
        ("（市发改委牵头，市直有关部门和各县区政府配合）", ("市发改委",), ("市直有关部门", "各县区政府")),
    ],
)
def test_more_verbs_of_the_genre_close_a_units_parenthesis(tail, lead, responsible):
    task = parse_notice(f"一、任务\n1. 推进甲项目建设。{tail}\n").task(1)
    assert (task.lead_units, task.responsible_units) == (lead, responsible)


def test_a_labelled_list_closed_by_a_verb_and_a_scope_remark_names_only_the_units():
    text = (
        "一、任务\n（一）加强市场体系建设。推进高标准市场体系建设。"
        "〔责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n"
        "（二）优化市场准入环境。实施改革全覆盖。〔责任单位：省市场监管局〕\n"
    )
    assert units(text) == [
        ("（一）", (), ("省发展改革委", "省市场监管局")),
        ("（二）", (), ("省市场监管局",)),
    ]


def test_the_first_listed_rule_after_the_units_in_a_labelled_parenthesis_is_not_a_unit():
    text = (
        "一、政策措施\n1.下调城镇土地使用税税额标准。（责任单位：市税务局、市财政局，排在首位的为牵头单位，下同）\n"
        "2.落实印花税核定征收。（责任单位：市税务局、市市场监管局）\n"
    )
    assert units(text) == [("1", ("市税务局",), ("市财政局",)), ("2", ("市税务局",), ("市市场监管局",))]


def test_a_shallower_numbered_paragraph_closed_by_its_own_units_is_a_task_not_a_heading():
    text = (
        "（八）提升涉案信息线下查询便利度。支持管理人在各登记窗口查询破产企业相关信息。（责任单位：市高院、市公安局）\n"
        "2.完善综合竣工验收制度。精简提前查看的实施范围，规范服务流程。（责任部门：市住房城乡建设管理委、市水务局）\n"
    )
    assert units(text) == [
        ("（八）", (), ("市高院", "市公安局")),
        ("2", (), ("市住房城乡建设管理委", "市水务局")),
    ]


def test_a_short_heading_that_names_a_lead_stays_a_heading_over_its_tasks():
    text = (
        "一、强化科技创新（区科技局牵头）\n"
        "1.加强平台建设。（区科技局牵头，区财政局配合）\n2.培育创新主体。（区科技局负责）\n"
    )
    notice = parse_notice(text)
    assert [s.title for s in notice.sections] == ["强化科技创新"]
    assert [t.label for t in notice.tasks] == ["1", "2"]


def test_a_second_table_restarting_its_numbering_keeps_its_rows_and_the_last_row_of_the_first_table():
    # Made-up notice with two annexes flattened one cell per line: a targets table with only a 责任单位 column,
    # then a tasks table with 牵头单位 / 配合单位 whose first row the copy cut before its unit cells.
    text = (
        "附件1\n序号\n\n2023年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长6%\n\n区发展改革委\n\n"
        "2\n\n一般公共预算收入增长5%\n\n区财政局\n\n附件2\n\n序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n"
        "1\n\n建设科学城\n\n推动重点实验室落地，引进研发机构\n"
    )
    assert units(text) == [
        ("1", (), ("区发展改革委",)),
        ("2", (), ("区财政局",)),
        ("1", (), ()),
    ]


def test_an_extract_of_a_table_keeps_its_rows_original_numbers():
    # Made-up extract one cell per line: only rows 3, 68 and 69 of a longer table are kept.
    text = (
        "序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n3\n\n固定资产投资增长7%。\n\n区发改委\n\n区住建局\n\n"
        "68\n\n推进学前教育普及普惠。\n\n区教育局\n\n区财政局\n\n69\n\n引进优质教育资源。\n\n区教育局\n\n区投资促进中心\n"
    )
    assert units(text) == [
        ("3", ("区发改委",), ("区住建局",)),
        ("68", ("区教育局",), ("区财政局",)),
        ("69", ("区教育局",), ("区投资促进中心",)),
    ]


def test_responsible_units_lead_in_every_task_of_a_notice_that_pairs_them_with_supporting_units():
    text = (
        "一、实事项目\n1. 建设公园。\n责任单位：市城建局\n2. 新增公交线路。\n责任单位：市交通局\n配合单位：市公安局\n"
    )
    assert units(text) == [("1", ("市城建局",), ()), ("2", ("市交通局",), ("市公安局",))]


def test_a_notice_that_names_a_lead_anywhere_keeps_a_lone_responsible_list_responsible():
    text = (
        "一、任务\n1. 推进甲项目。\n牵头单位：市发改委\n责任单位：市财政局\n2. 推进乙项目。\n责任单位：市城建局\n"
        "配合单位：市城管局\n3. 推进丙项目。\n责任单位：市商务局\n"
    )
    assert units(text)[2] == ("3", (), ("市商务局",))


def test_a_progress_report_run_in_on_one_line_reads_each_items_fields():
    letter = "现将民生实事项目进展情况予以公示，接受社会监督。" * 15
    text = (
        f"{letter} 1.新建公园3个。 牵头领导:张三 责任单位:市城建局 项目责任人:李四 实际完成情况:已完成2个。"
        " 2.新增公交线路5条。 牵头领导:王五 责任单位:市交通局,各区政府 项目责任人:赵六,各区区长 "
        "配合单位:市公安局、财政局 东区 西区 合计 新辟线路 2 3 5 实际完成情况:已开通3条。"
    )
    assert units(text) == [
        ("1", ("市城建局",), ()),
        ("2", ("市交通局", "各区政府"), ("市公安局", "市财政局")),
    ]


def test_units_named_in_the_tasks_sentence_after_you_and_hui_tong():
    # Made-up 分工 notice of the State Council's kind: "由X会同Y、Z等部门…" names the lead, then the others.
    text = (
        "一、工作分工\n（一）关于“稳定粮食生产”的问题，由发展改革委会同农业部、财政部等部门研究提出落实意见。\n"
        "（二）关于“严守耕地红线”的问题，由国土资源部负责落实。\n"
    )
    assert units(text) == [("（一）", ("发展改革委",), ("农业部", "财政部")), ("（二）", ("国土资源部",), ())]


def test_a_you_clause_that_names_no_unit_states_no_roles():
    text = "一、任务\n1. 推进甲项目，由企业自主决定规模。（市发改委牵头）\n2. 由群众评议服务质量，提出落实意见。\n"
    assert units(text)[1] == ("2", (), ())


def test_a_division_line_states_both_roles_and_a_provincial_leaders_line_names_a_person():
    task = "一、主要预期目标\n1. 地区生产总值增长6%。\n\n分管省领导：张三\n\n"
    text = task + "部门分工：省发展改革委牵头，各地、各部门配合。\n"
    assert units(text) == [("1", ("省发展改革委",), ("各地", "各部门"))]


@pytest.mark.parametrize("verb", ["分别负责", "共同负责"])
def test_units_that_each_carry_the_task_lead_when_no_unit_leads(verb):
    first = f"1. 推进甲项目。（市发改委、市财政局{verb}，年内持续推进）\n"
    text = f"一、任务\n{first}2. 推进乙项目。（市商务局牵头，各区{verb}）\n"
    assert units(text) == [("1", ("市发改委", "市财政局"), ()), ("2", ("市商务局",), ("各区",))]


def test_same_as_above_in_a_units_cell_repeats_the_units_of_the_row_above():
    # Made-up table whose 牵头单位 cell reads "同上" where the original did not merge the cells.
    table = (
        "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限\n1 | 推进甲项目 | 市发改委 | 市财政局 | 2023年底\n"
        "2 | 推进乙项目 | 同上 | 市城建局 | 2023年底\n3 | 推进丙项目 | 市商务局 | 同上 | 长期坚持\n"
    )
    assert units(table) == [
        ("1", ("市发改委",), ("市财政局",)),
        ("2", ("市发改委",), ("市城建局",)),
        ("3", ("市商务局",), ("市城建局",)),
    ]


def test_same_as_above_after_a_label_or_alone_in_a_parenthesis():
    text = (
        "一、任务\n1. 推进甲项目。\n牵头单位：市发改委\n责任单位：市财政局\n2. 推进乙项目。\n牵头单位：市商务局\n"
        "责任单位：同上\n3. 推进丙项目。（同上）\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局",)),
        ("2", ("市商务局",), ("市财政局",)),
        ("3", ("市商务局",), ("市财政局",)),
    ]


def test_a_header_whose_words_were_broken_over_lines_one_piece_per_line():
    # Made-up table with narrow columns: each header word wrapped in two, the copy prints one piece per line.
    table = (
        "关于印发重点任务分解表的通知\n序号\n工作\n任务\n牵头\n单位\n责任\n单位\n完成\n时限\n"
        "1\n推进甲项目\n市发改委\n市财政局、市城建局\n2023年底\n2\n推进乙项目\n市商务局\n市交通局\n长期坚持\n"
    )
    assert units(table) == [("1", ("市发改委",), ("市财政局", "市城建局")), ("2", ("市商务局",), ("市交通局",))]


def test_a_towns_progress_table_names_its_offices_in_a_responsible_office_column():
    # Made-up town table one cell per line, header words broken over lines, a 责任科室 column and progress columns.
    table = (
        "序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n工作任务安排\n\n第二季度\n\n完成情况\n\n"
        "1\n\n水库工程建设\n\n张三\n\n水利站\n\n推进大坝建设。\n\n完成60%。\n\n"
        "2\n\n美丽城镇建设\n\n李四\n\n乡村振兴办\n\n开展项目建设。\n\n完成投资3000万元。\n"
    )
    assert units(table) == [("1", (), ("水利站",)), ("2", (), ("乡村振兴办",))]


def test_as_many_cells_as_columns_are_matched_by_what_they_hold_when_a_merged_cell_shifts_them():
    # Made-up progress table: the 全年目标 cell is merged away and a remark cell follows, so the count matches
    # the header while every cell between is one column off.
    table = (
        "序号 |\n主要任务 |\n全年目标任务 |\n分管领导 |\n牵头单位 |\n协同单位 |\n推进情况 |\n说明 |\n"
        "1 |\n新建公园3个。 |\n张三 |\n城管局 |\n市政局、相关街道 |\n已完成2个。 |\n按序时推进 |\n"
    )
    assert units(table) == [("1", ("城管局",), ("市政局", "相关街道"))]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市发改委为牵头单位，市财政局为配合单位）", ("市发改委",), ("市财政局",)),
        ("（牵头部门：市发改委；参与部门：市财政局）", ("市发改委",), ("市财政局",)),
        ("（责任部门：市发改委；协作部门：市财政局）", ("市发改委",), ("市财政局",)),
    ],
)
def test_roles_named_after_wei_and_department_labels_close_a_task(tail, lead, responsible):
    task = parse_notice(f"一、任务\n1. 推进甲项目建设。{tail}\n").task(1)
    assert (task.lead_units, task.responsible_units) == (lead, responsible)


def test_an_item_printed_as_a_table_of_fields_is_a_task_with_its_units():
    # Made-up page of one 重点工作 item: a two-column table of fields flattened one row per line.
    text = (
        "重点工作: | 7.推进老旧小区改造,完成改造30个。 |\n牵头单位: | 市城建局 |\n配合单位: | 市财政局、各区政府 |\n"
        "年度阶段性工作目标: | 第一季度:完成方案。 |\n进展情况: |\n已完成。 |\n"
    )
    assert units(text) == [("7", ("市城建局",), ("市财政局", "各区政府"))]


def test_section_rows_run_into_a_table_without_separators_are_headings_not_row_text():
    # Made-up table copied without separators: section rows "一、…" sit before the row numbers in the stream.
    text = (
        "任务分解\n序号主要目标任务第一责任单位主要责任单位一、经济发展1地区生产总值年均增长8%以上市发改委市统计局"
        "2人均生产总值达到5万元市发改委二、社会事业3新增城镇就业5万人市人社局市教育局\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市统计局",)),
        ("2", ("市发改委",), ()),
        ("3", ("市人社局",), ("市教育局",)),
    ]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市发改委牵头 市财政局配合）", ("市发改委",), ("市财政局",)),
        ("（责任单位：市发改委牵头，市财政局配合）", ("市发改委",), ("市财政局",)),
        ("（市委组织部牵头，各县区党委和政府负责）", ("市委组织部",), ("各县区党委和政府",)),
        ("（市发改委牵头，市财政局、市审计局参加）", ("市发改委",), ("市财政局", "市审计局")),
        ("（市发改委〔牵头〕、市财政局）", ("市发改委",), ("市财政局",)),
        ("（市发改委（牵头）、市财政局）", ("市发改委",), ("市财政局",)),
    ],
)
def test_more_forms_of_a_units_parenthesis_closing_a_task(tail, lead, responsible):
    # Made-up tails: clauses split by a space, verbs inside a labelled value, an organ sharing its group's level,
    # 参加, and a lead marked after its name in a bare list.
    task = parse_notice(f"一、任务\n1. 推进甲项目建设。{tail}\n").task(1)
    assert (task.lead_units, task.responsible_units) == (lead, responsible)


@pytest.mark.parametrize(
    "header",
    [
        "序号 | 工作任务 | 责任分工 | | 完成时限\n | | 牵头单位 | 配合单位 |\n",
        "序号 | 工作任务 | 责任分工 | 完成时限\n牵头单位 | 配合单位\n",
    ],
    ids=["second row with every cell", "second row with its own cells only"],
)
def test_a_header_over_two_rows_names_the_unit_columns_under_a_spanning_cell(header):
    # Made-up table whose 责任分工 cell spans the 牵头单位 and 配合单位 columns named on the header's second row.
    rows = "1 | 推进甲项目 | 市发改委 | 市财政局 | 2023年底\n2 | 推进乙项目 | 市商务局 | 市交通局 | 长期坚持\n"
    assert units("任务分解表\n" + header + rows) == [
        ("1", ("市发改委",), ("市财政局",)),
        ("2", ("市商务局",), ("市交通局",)),
    ]


def test_a_heading_naming_the_lead_of_its_tasks_gives_that_lead_to_tasks_naming_no_unit():
    # Convention: task lists grouped by their lead ("一、X牵头工作（n项）"); a task with its own units keeps them.
    text = (
        "附件\n一、县开发区管委会牵头工作（3项）\n1.建设甲产业园。\n2.打造乙基地。\n"
        "3.推进丙项目。（县发改局牵头，县财政局配合）\n二、县长牵头重点工作\n4.做好丁工作。\n责任单位：县商务局\n"
    )
    assert units(text) == [
        ("1", ("县开发区管委会",), ()),
        ("2", ("县开发区管委会",), ()),
        ("3", ("县发改局",), ("县财政局",)),
        ("4", (), ("县商务局",)),
    ]


def test_a_table_without_a_number_column_flattened_one_cell_per_line_gives_one_task_per_row():
    # Convention: 目标任务 | 责任领导 | 牵头单位 | 责任单位 tables often have no 序号 column; a group row spanning
    # the table ("主要预期目标") is one cell followed by the next row's task cell, and the leader's cell holds a title.
    text = (
        "附件\n目标任务 |\n责任领导 |\n牵头单位 |\n责任单位 | ||\n主要预期目标 |\n地区生产总值增长8% |\n常务副市长 |\n"
        "市发改委 |\n市统计局、各区县 |\n一般公共预算收入增长5% |\n副市长 |\n市财政局 |\n市税务局 |\n"
    )
    assert units(text) == [("1", ("市发改委",), ("市统计局", "各区县")), ("2", ("市财政局",), ("市税务局",))]


def test_units_on_a_line_of_their_own_after_an_items_sub_items_belong_to_the_item():
    # Convention: a task broken into （1）（2）… sub-items is closed by one units line after the last of them.
    text = (
        "（一）预案建设\n1.完善预案体系\n（1）加强预案管理。\n（2）加强预案演练。\n（责任单位：市应急局、各县政府）\n"
        "2.健全工作机制\n（1）推进机构建设。\n（2）完善值守制度。\n（责任单位：市政府办）\n"
    )
    assert units(text) == [("1", (), ("市应急局", "各县政府")), ("2", (), ("市政府办",))]


def test_sub_items_each_closed_by_their_own_units_stay_the_tasks():
    text = (
        "（一）预案建设\n1.完善预案体系\n（1）加强预案管理。\n（责任单位：市应急局）\n（2）加强预案演练。\n"
        "（责任单位：市消防救援支队）\n"
    )
    assert [u[1:] for u in units(text)] == [((), ("市应急局",)), ((), ("市消防救援支队",))]


def test_a_table_without_a_number_column_with_each_rows_cells_run_together_gives_one_task_per_line():
    # Convention: a copy that lost the table's borders prints each row on its own line, cells run together; with
    # no 序号 column the line itself is the row, its units peeled off its end (a deadline cell after them).
    text = (
        "附件\n重点任务牵头单位责任单位完成时限\n建设甲产业园市发改委市财政局、市城建局2023年底\n"
        "推进乙项目建设市商务局市财政局2023年6月\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局", "市城建局")),
        ("2", ("市商务局",), ("市财政局",)),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "（市发改委【牵头】、市财政局、市税务局）",  # the boxed verb marks the unit before it, as "（牵头）" does
        "（【牵头】市发改委【配合】市财政局、市税务局）",  # boxed verbs opening the value are labels
    ],
)
def test_a_boxed_lead_mark_after_a_unit_and_boxed_labels_before_units_both_name_the_lead(tail):
    assert units(f"一、任务\n1.推进甲项目。{tail}\n") == [("1", ("市发改委",), ("市财政局", "市税务局"))]


def test_host_and_helper_labels_name_the_lead_and_the_responsible_units():
    # General usage: 主办单位 runs a matter, 协办单位 help; a notice assigns its tasks so one after the other.
    text = (
        "一、任务\n1.推进甲项目。\n主办单位：市发改委\n协办单位：市财政局、市城建局\n"
        "2.推进乙项目。\n主办单位：市商务局\n"
    )
    assert units(text) == [("1", ("市发改委",), ("市财政局", "市城建局")), ("2", ("市商务局",), ())]


def test_a_web_pages_footer_naming_the_sites_host_after_the_last_task_is_not_its_units():
    text = (
        "一、任务\n1.推进甲项目。\n牵头单位：市发改委\n2.推进乙项目。\n牵头单位：市商务局\n"
        "主办单位：某市人民政府办公室\n"
    )
    assert units(text) == [("1", ("市发改委",), ()), ("2", ("市商务局",), ())]


def test_a_sentence_leaving_the_work_to_companies_names_no_unit_of_the_plan():
    # "由企业负责实施" says who does the work on the ground; only a government body named so answers for the task.
    text = (
        "一、任务\n1.推进技术改造。由企业负责实施，市经信局做好指导。\n2.推进乙项目。由市商务局会同市财政局负责落实。\n"
    )
    assert units(text) == [("1", (), ()), ("2", ("市商务局",), ("市财政局",))]


@pytest.mark.parametrize(
    "tail",
    [
        "（市发改委牵头；责任单位：市财政局）",  # a role in words before the first label
        "（主责：市发改委；协同：市财政局）",  # the short labels beside 牵头： / 配合：
        "（责任单位：市发改委、市财政局，市发改委牵头）",  # the list, then which of them leads
        "（市发改委牵头抓总，市财政局协同推进）",
        "（市发改委主责，市财政局配合）",
    ],
)
def test_more_ways_a_closing_parenthesis_names_the_lead_and_the_others(tail):
    assert units(f"一、任务\n1.推进甲项目。{tail}\n") == [("1", ("市发改委",), ("市财政局",))]


def test_a_header_whose_first_cell_is_broken_into_single_characters_is_still_a_header():
    # A narrow 序号 column prints "序" / "号" on lines of their own, the other header words broken in two.
    text = (
        "附件\n序\n号\n重点\n任务\n牵头\n单位\n责任\n单位\n1\n建设甲产业园\n市发改委\n市财政局\n"
        "2\n推进乙项目\n市商务局\n市城建局\n"
    )
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市商务局",), ("市城建局",))]


def test_an_empty_lead_cell_under_a_filled_one_is_a_merged_cell_and_the_row_above_applies():
    # Convention: a vertically merged 牵头单位 cell prints once; the rows below it leave the cell empty.
    header = "附件\n序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |\n"
    text = header + "1 | 建设甲产业园 | 市发改委 | 市财政局 | 2023年底 |\n2 | 推进乙项目 |  | 市城建局 | 2023年6月 |\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市发改委",), ("市城建局",))]


def test_an_empty_lead_cell_in_the_first_row_names_no_lead():
    header = "附件\n序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |\n"
    text = header + "1 | 建设甲产业园 |  | 市财政局 | 2023年底 |\n2 | 推进乙项目 | 市商务局 | 市城建局 | 2023年6月 |\n"
    assert units(text) == [("1", (), ("市财政局",)), ("2", ("市商务局",), ("市城建局",))]


def test_a_table_without_row_numbers_run_together_on_one_line_is_cut_after_each_rows_deadline():
    # A copy that ran a whole table into one line: with no 序号 column, each row ends with its 完成时限 cell.
    text = (
        "附件\n重点任务牵头单位责任单位完成时限建设甲产业园。市发改委市财政局、市城建局2023年底"
        "推进乙项目建设。市商务局市财政局2023年6月\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局", "市城建局")),
        ("2", ("市商务局",), ("市财政局",)),
    ]


@pytest.mark.parametrize(
    "tail", ["。【牵头单位】市发改委【配合单位】市财政局", "。〔牵头单位〕市发改委〔配合单位〕市财政局"]
)
def test_boxed_labels_run_into_the_tasks_paragraph_name_its_units(tail):
    # Labels boxed in 【】 or in tortoise-shell brackets 〔〕, after the task's last sentence.
    assert units(f"一、任务\n1.推进甲项目建设{tail}\n") == [("1", ("市发改委",), ("市财政局",))]


def test_a_tables_last_row_without_units_is_still_a_task():
    # Made-up table printed one row per line with single spaces; the last row's units cell is empty (or was cut).
    text = "序号 工作任务 牵头单位\n1 城镇新增就业2万人 市人社局\n2 新建学校3所 市教育局\n3 新增公交线路5条\n"
    notice, report = parse_notice_with_report(text)
    assert [(t.label, t.lead_units) for t in notice.tasks] == [("1", ("市人社局",)), ("2", ("市教育局",)), ("3", ())]
    assert report.tasks_without_units == ("3",)


def test_a_numbered_paragraph_after_a_table_is_not_a_row_without_units():
    text = "序号 工作任务 牵头单位\n1 城镇新增就业2万人 市人社局\n2 新建学校3所 市教育局\n5 各单位要按季度报送进展。\n"
    assert [t.label for t in parse_notice(text).tasks] == ["1", "2"]


def test_a_first_listed_rule_stated_at_the_first_list_of_several_units_reaches_back_to_lone_units_before_it():
    # Made-up plan: the rule comes with the first list that needs it; the lone units before it lead as well.
    text = (
        "一、甲区长牵头重点工作\n1.推进甲项目。\n责任单位:区财政局\n2.推进乙项目。\n"
        "责任单位:区住建局、区发改局(列第一位者为牵头单位,下同)\n3.推进丙项目。\n责任单位:区商务局\n"
    )
    assert units(text) == [
        ("1", ("区财政局",), ()),
        ("2", ("区住建局",), ("区发改局",)),
        ("3", ("区商务局",), ()),
    ]


def test_a_first_listed_rule_stated_late_leaves_earlier_lists_of_several_units_alone():
    text = (
        "一、重点工作\n1.推进甲项目。\n责任单位:区财政局、区审计局\n2.推进乙项目。\n"
        "责任单位:区住建局、区发改局(列第一位者为牵头单位,下同)\n"
    )
    assert units(text) == [("1", (), ("区财政局", "区审计局")), ("2", ("区住建局",), ("区发改局",))]


def test_a_first_listed_rule_in_a_note_after_the_list_applies_to_every_task_above_it():
    text = (
        "一、重点工作\n1.推进甲项目。\n责任单位:市财政局、市审计局\n2.推进乙项目。\n责任单位:市城建局、市发改委\n"
        "注:责任单位中列第一位的为牵头单位。\n"
    )
    assert units(text) == [("1", ("市财政局",), ("市审计局",)), ("2", ("市城建局",), ("市发改委",))]


@pytest.mark.parametrize("label", ["主办单位", "承办单位"])
def test_a_single_host_label_inside_the_only_task_names_its_lead(label):
    # Made-up one-task notice: nothing else names units, so the lone line is the task's own, not a page footer.
    assert units(f"一、重点任务\n1.推进甲项目建设。\n{label}：市发改委\n") == [("1", ("市发改委",), ())]


def test_a_host_and_builder_line_after_tasks_stating_units_in_parentheses_is_a_footer():
    text = "一、任务\n1.推进甲项目。（市发改委牵头）\n2.推进乙项目。\n主办单位：某市人民政府办公室\n"
    assert units(text) == [("1", ("市发改委",), ()), ("2", (), ())]


def test_an_offices_labels_in_a_departments_own_plan_name_its_units():
    # Made-up plan of a 厅: 责任处室 alone answers for the task, as 责任单位 does; beside 配合处室 it leads.
    text = (
        "一、重点任务\n1.推进甲项目。\n责任处室：规划处、财务处\n2.推进乙项目。\n牵头处室：法规处\n配合处室：办公室\n"
    )
    assert units(text) == [("1", (), ("规划处", "财务处")), ("2", ("法规处",), ("办公室",))]


@pytest.mark.parametrize(
    "tail",
    [
        "（责任主体：市发改委；协同：市财政局）",
        "（牵头：市发改委；责任：市财政局）",
        "（市发改委主抓，市财政局协助）",
        "（市发改委、市财政局按分工负责，市发改委牵头）",
    ],
)
def test_further_ways_a_closing_parenthesis_names_the_lead_and_the_others(tail):
    # Made-up parentheses in forms of the genre the fixtures do not show.
    assert units(f"一、任务\n1.推进甲项目。{tail}\n") == [("1", ("市发改委",), ("市财政局",))]


def test_a_table_run_together_on_one_line_without_numbers_or_deadlines_is_cut_after_each_rows_units():
    # Made-up: header and rows in one stream, each row's task text followed by its prefixed unit names.
    text = (
        "重点任务牵头单位责任单位加快推进老旧小区改造市城建局各区政府推进污水处理提质增效市水务局各区政府、市财政局\n"
    )
    assert units(text) == [("1", ("市城建局",), ("各区政府",)), ("2", ("市水务局",), ("各区政府", "市财政局"))]


def test_a_unit_named_as_the_object_of_a_tasks_sentence_does_not_end_its_row():
    text = "重点任务牵头单位责任单位配合市城建局做好老旧小区改造市城建局各区政府推进污水处理市水务局各区政府\n"
    assert [t.title for t in parse_notice(text).tasks] == ["配合市城建局做好老旧小区改造", "推进污水处理"]


def test_a_run_together_table_whose_units_cannot_be_told_apart_still_gives_its_tasks_and_says_so():
    # No prefixed unit names to cut at: the sentences are the tasks, and the report asks for a check.
    notice, report = parse_notice_with_report("工作任务牵头单位责任单位完善城市管理体制。提升城市品质。\n")
    assert [(t.title, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("完善城市管理体制", (), ()),
        ("提升城市品质", (), ()),
    ]
    assert report.tasks_without_units == ("1", "2")
    assert report.notes == ("第1行起的表格各单元格连在一起，2项任务的单位未能与任务文字分开，请核对原文",)


def test_a_header_word_the_parser_does_not_know_is_kept_as_a_column_without_units_and_reported():
    text = "序号 | 工作任务 | 牵头单位 | 督办科室意见 | 完成时限\n1 | 推进甲项目 | 市发改委 | 按月调度 | 2024年底\n"
    notice, report = parse_notice_with_report(text)
    assert [(t.label, t.lead_units, t.responsible_units) for t in notice.tasks] == [("1", ("市发改委",), ())]
    assert report.notes == ("第1行表头中未识别的列：督办科室意见（按不含单位的列读，请核对）",)
    assert report.skipped[0].reason == "表头（未识别的列：督办科室意见，按不含单位的列读）"


@pytest.mark.parametrize("ditto", ["〃", "同前"])
def test_a_ditto_mark_in_a_lead_cell_names_the_lead_of_the_row_above(ditto):
    # Made-up table: 〃 and 同前 say "同上" in other hands.
    header = "序号 | 工作任务 | 牵头单位 | 责任单位\n"
    text = f"{header}1 | 推进甲项目 | 市发改委 | 市财政局\n2 | 推进乙项目 | {ditto} | 市商务局\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市发改委",), ("市商务局",))]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市发改委牵头负责，市财政局等部门按职责分工配合）", ("市发改委",), ("市财政局",)),
        ("（市发改委牵头，各县区政府负总责）", ("市发改委",), ("各县区政府",)),
        ("（市发改委、市财政局按照各自职责分工负责）", (), ("市发改委", "市财政局")),
        ("（责任单位：市发改委/市财政局）", (), ("市发改委", "市财政局")),
    ],
)
def test_more_verbs_and_separators_of_a_closing_parenthesis(tail, lead, responsible):
    # Made-up parentheses: longer verbs of the genre and a slash between names.
    assert units(f"一、任务\n1.推进甲项目。{tail}\n") == [("1", lead, responsible)]


def test_a_unit_name_cut_by_the_lines_end_after_a_label_is_one_name_again():
    # Made-up copy of a PDF whose narrow column wrapped two names in the middle.
    text = (
        "一、重点任务\n1.推进甲项目建设。\n牵头单位：市发展和改革\n委员会\n责任单位：市财政局、市住房和城乡建\n设局\n"
    )
    assert units(text) == [("1", ("市发展和改革委员会",), ("市财政局", "市住房和城乡建设局"))]


def test_a_list_going_on_at_the_next_line_after_a_whole_name_adds_the_next_name():
    assert units("一、重点任务\n1.推进甲项目。\n责任单位：市财政局、\n市城建局\n") == [
        ("1", (), ("市财政局", "市城建局"))
    ]


def test_a_units_cell_wrapped_over_two_lines_in_a_table_one_cell_per_line_is_one_cell_again():
    # Made-up: the narrow 责任单位 column broke "市住房和城乡建设局" over two lines.
    header = "序号\n工作任务\n牵头单位\n责任单位\n"
    text = header + "1\n推进甲项目\n市发改委\n市财政局、市住房和城乡建\n设局\n2\n推进乙项目\n市商务局\n市财政局\n"
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局", "市住房和城乡建设局")),
        ("2", ("市商务局",), ("市财政局",)),
    ]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [("——市发改委牵头，市财政局配合", ("市发改委",), ("市财政局",)), ("——市商务局负责", ("市商务局",), ())],
)
def test_a_dash_closing_a_task_with_who_does_what_names_its_units(tail, lead, responsible):
    assert units(f"一、任务\n1.推进甲项目。{tail}\n") == [("1", lead, responsible)]


def test_a_dash_before_examples_names_no_unit():
    assert units("一、任务\n1.发展特色产业——茶叶、水果等。\n") == [("1", (), ())]


def test_a_headings_lead_leads_a_task_whose_own_parenthesis_names_only_helpers():
    # Made-up plan grouped by lead: the task's "（市财政局配合）" adds a helper, the heading still names the lead.
    text = "一、市发改委牵头工作\n1.推进甲项目。\n二、市商务局牵头工作\n2.推进丙项目。（市财政局配合）\n"
    assert units(text) == [("1", ("市发改委",), ()), ("2", ("市商务局",), ("市财政局",))]


@pytest.mark.parametrize(
    "text",
    [
        "序号 | 工作任务 | 责任分工 | 完成时限\n1 | 推进甲项目 | 市发改委牵头，市财政局配合 | 2024年底\n"
        "2 | 推进乙项目 | 市商务局负责 | 2024年底\n",
        "序号\n工作任务\n责任分工\n1\n推进甲项目\n市发改委牵头，市财政局配合\n2\n推进乙项目\n市商务局负责\n",
    ],
    ids=["separators", "one cell per line"],
)
def test_a_division_of_work_column_says_who_leads_in_words(text):
    # Made-up table whose 责任分工 column states the roles with the genre's verbs.
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市商务局",), ())]


def test_a_header_cell_stating_the_first_listed_rule_in_a_remark_names_its_column_and_the_rule_applies():
    text = (
        "序号 | 工作任务 | 责任单位（排名第一的为牵头单位） | 完成时限\n"
        "1 | 推进甲项目 | 市发改委、市财政局 | 2024年底\n2 | 推进乙项目 | 市商务局 | 2024年底\n"
    )
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市商务局",), ())]


@pytest.mark.parametrize(
    "lines",
    [
        "牵头部门（单位）：市发改委\n配合部门（单位）：市财政局\n",
        "牵头单位及责任人：市发改委（张三）\n配合单位：市财政局\n",
    ],
    ids=["alternative in a parenthesis", "a person beside each unit"],
)
def test_labels_naming_an_alternative_or_a_person_read_as_the_genres_own(lines):
    # Made-up label lines: "（单位）" after 部门 and "及责任人" with the person after the unit are no units.
    assert units(f"一、任务\n1.推进甲项目。\n{lines}") == [("1", ("市发改委",), ("市财政局",))]


def test_a_units_cell_holding_one_unit_per_line_keeps_every_unit_in_a_table_one_cell_per_line():
    # Made-up: the 责任单位 cell's three lines became three cells; the deadline cell still follows.
    header = "序号\n民生实事\n责任单位\n完成时限\n"
    text = header + "1\n建设甲公园。\n县水务局\n县住建局\n县代建中心\n12月底前\n2\n新建天桥。\n县住建局\n9月投入使用\n"
    assert units(text) == [("1", (), ("县水务局", "县住建局", "县代建中心")), ("2", (), ("县住建局",))]


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市商务局牵头推进）", ("市商务局",), ()),
        ("（县住建局牵头办理，县财政局配合）", ("县住建局",), ("县财政局",)),
        ("（市教育局、市人社局按职责分工实施）", (), ("市教育局", "市人社局")),
        ("（市发改委牵头，市财政局、市统计局按照职责分工推进）", ("市发改委",), ("市财政局", "市统计局")),
    ],
)
def test_a_list_closed_by_qiantou_or_anzhize_with_any_two_character_verb(tail, lead, responsible):
    text = f"一、任务\n1. 推进甲项目建设。{tail}\n2. 推进乙项目建设。（市水利局负责）\n"
    assert units(text)[0] == ("1", lead, responsible)


def test_a_rule_stated_inside_the_first_rows_units_cell_applies_to_that_row():
    text = (
        "序号 |\n工作任务 |\n负责单位 |\n完成时限 |\n"
        "1 |\n建立救助衔接机制 |\n"
        "县民政局、县财政局，各镇人民政府（县政府部门中列在首位的为牵头部门，下同） |\n2024年底前 |\n"
        "2 |\n统筹救助体系建设 |\n县教育局、县卫健局 |\n持续推进 |\n"
    )
    assert units(text) == [
        ("1", ("县民政局",), ("县财政局", "各镇人民政府")),
        ("2", ("县教育局",), ("县卫健局",)),
    ]


@pytest.mark.parametrize(
    ("heading", "items", "expected"),
    [
        (
            "一、扩大有效投资（由县发改局牵头实施）",
            "全年完成投资200亿元以上。\n1.加大财政支持力度。统筹安排资金。\n2.加强资金要素争取。做好专项债储备。\n",
            [("1", ("县发改局",), ()), ("2", ("县发改局",), ())],
        ),
        (
            "一、强化科技创新（区科技局牵头）",
            "（一）加强平台建设。支持孵化器建设。\n（二）培育创新主体。（区经信局负责）\n",
            [("（一）", ("区科技局",), ()), ("（二）", ("区经信局",), ())],
        ),
        (
            "一、促进消费（责任单位：市商务局、市财政局）",
            "1.发放消费券。\n2.办好促消费活动。\n",
            [("1", (), ("市商务局", "市财政局")), ("2", (), ("市商务局", "市财政局"))],
        ),
    ],
)
def test_a_heading_naming_its_units_in_a_parenthesis_gives_them_to_the_items_under_it(heading, items, expected):
    assert units(f"{heading}\n{items}") == expected


def test_a_unit_with_its_second_name_in_angle_brackets_is_one_unit():
    text = "一、强化科技创新（新区科技和人才局〈区科技局〉牵头）\n（一）加强载体建设。支持孵化器建设。\n"
    assert units(text) == [("（一）", ("新区科技和人才局〈区科技局〉",), ())]


@pytest.mark.parametrize(
    "text",
    [
        # Header and rows in one stream, the deadline closing each row; unit names without a 市/区/县 prefix.
        "工作任务责任单位完成时限加快推进老旧小区改造住建局各区政府2025年底前完善城市排水管网建设水务局住建局2024年6月底前\n",
        # The same with the header on its own line, the rows run together on the next one.
        "工作任务责任单位完成时限\n加快推进老旧小区改造住建局各区政府2025年底前完善城市排水管网建设水务局住建局2024年6月底前\n",
        # A 序号 column the copy left empty.
        "序号工作任务责任单位完成时限加快推进老旧小区改造住建局各区政府2025年底前完善城市排水管网建设水务局住建局2024年6月底前\n",
    ],
)
def test_a_table_run_together_with_unit_names_printed_without_prefix_is_cut_into_its_rows(text):
    assert units(text) == [("1", (), ("住建局", "各区政府")), ("2", (), ("水务局", "住建局"))]


def test_a_run_together_table_without_deadlines_or_prefixes_is_cut_after_each_rows_known_unit_names():
    text = (
        "工作任务牵头单位配合单位\n"
        "加快推进老旧小区改造住建局各区政府完善城市排水管网建设水务局住建局推进停车场建设交通局\n"
    )
    assert [(t.title, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks] == [
        ("加快推进老旧小区改造", ("住建局",), ("各区政府",)),
        ("完善城市排水管网建设", ("水务局",), ("住建局",)),
        ("推进停车场建设", ("交通局",), ()),
    ]


def test_rows_run_together_whose_units_cannot_all_be_separated_are_tasks_and_the_report_says_which():
    text = "工作任务牵头单位配合单位加快推进老旧小区改造住建局各区政府完善城市排水管网建设提升城市品质。\n"
    notice, report = parse_notice_with_report(text)
    assert [(t.title, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("加快推进老旧小区改造", ("住建局",), ("各区政府",)),
        ("完善城市排水管网建设提升城市品质", (), ()),
    ]
    assert report.notes == ("第1行起的表格各单元格连在一起，1项任务的单位未能与任务文字分开，请核对原文",)


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        ("（市商务局牵头，市财政局配合；2024年底前完成）", ("市商务局",), ("市财政局",)),
        ("（牵头单位：市商务局；配合单位：市财政局；完成时限：2024年6月底）", ("市商务局",), ("市财政局",)),
        ("（市商务局负责，长期坚持）", ("市商务局",), ()),
    ],
)
def test_a_deadline_inside_the_units_parenthesis_is_no_unit(tail, lead, responsible):
    assert units(f"一、任务\n1.扩大消费。办好促消费活动。{tail}\n") == [("1", lead, responsible)]


@pytest.mark.parametrize("closing", ["\n（市应急局牵头，市公安局配合）", "（市应急局牵头，市公安局配合）"])
def test_units_closing_a_run_of_sub_items_belong_to_the_task_above_them(closing):
    # Made-up: each task's sub-items (1)(2) name no unit; one parenthesis after the last closes the whole task
    # (on its own line, or run into the last sub-item's line in a notice that does so throughout).
    text = (
        f"一、重点任务\n1.完善应急体系。\n（1）加强预案管理。\n（2）推进演练。{closing}\n"
        "2.提升救援能力。\n（1）建设救援队伍。\n（2）完善物资储备。（市消防救援支队负责）\n"
    )
    assert units(text) == [("1", ("市应急局",), ("市公安局",)), ("2", ("市消防救援支队",), ())]


def test_sub_items_that_name_their_own_units_stay_the_tasks():
    text = (
        "一、重点任务\n1.完善应急体系。\n（1）加强预案管理。（市应急局负责）\n（2）推进演练。（市公安局负责）\n"
        "2.提升救援能力。\n（1）建设救援队伍。（市消防救援支队负责）\n"
    )
    assert [u[1] for u in units(text)] == [("市应急局",), ("市公安局",), ("市消防救援支队",)]


def test_tasks_three_levels_down_under_a_covering_letters_decoy_list_are_read():
    text = (
        "各县区人民政府：\n现就有关事项通知如下：\n1.高度重视。各单位要加强领导，牵头单位要抓总。\n"
        "2.加强督查。市政府督查室跟踪问效。\n市政府办公室\n2024年1月1日\n工作方案\n"
        "（一）推进产业发展\n1.壮大主导产业\n（1）培育龙头企业。（市工信局牵头，市财政局配合）\n"
        "（2）发展产业集群。（市发改委负责）\n2.优化营商环境\n（1）深化审批改革。（市政务服务局负责）\n"
        "（二）保障民生\n1.稳定就业\n（1）开展职业培训。（市人社局负责）\n"
    )
    assert units(text) == [
        ("1（1）", ("市工信局",), ("市财政局",)),
        ("1（2）", ("市发改委",), ()),
        ("2（1）", ("市政务服务局",), ()),
        ("1（1）", ("市人社局",), ()),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "工作任务牵头单位责任单位推进甲项目建设城投集团推进乙项目建设交投集团\n",
        "工作任务牵头单位责任单位\n推进甲项目建设城投集团推进乙项目建设交投集团\n",
    ],
)
def test_run_together_rows_with_unknown_unit_names_are_cut_where_a_name_ends_and_a_task_verb_opens(text):
    # Made-up: 城投集团 / 交投集团 open with no prefix and are in no table, so units cannot be separated; the
    # rows are still found (a name's ending, then 推进) and the report asks for a check.
    notice, report = parse_notice_with_report(text)
    assert [(t.title, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("推进甲项目建设城投集团", (), ()),
        ("推进乙项目建设交投集团", (), ()),
    ]
    assert len(report.notes) == 1
    assert report.notes[0].endswith("2项任务的单位未能与任务文字分开，请核对原文")


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        # 责任主体 beside 参与单位 is in charge, as 责任单位 beside 配合单位 is.
        ("\n责任主体：市发改委\n参与单位：市财政局", ("市发改委",), ("市财政局",)),
        # The roles said in the task's own two clauses.
        ("该项工作由市发改委牵头，市财政局、市城建局配合。", ("市发改委",), ("市财政局", "市城建局")),
        # A list, then which of them leads, said with 为牵头单位.
        ("（责任单位：市发改委、市财政局，市发改委为牵头单位）", ("市发改委",), ("市财政局",)),
    ],
)
def test_more_ways_of_saying_who_leads_and_who_helps(tail, lead, responsible):
    text = f"一、重点任务\n1.推进甲项目建设。{tail}\n2.推进乙项目建设。（市水利局负责）\n"
    assert units(text)[0] == ("1", lead, responsible)


@pytest.mark.parametrize(
    "note", ["注：列第一位的为牵头单位。", "备注：各项任务中列第一位的为牵头单位，其他为配合单位。"]
)
def test_a_note_after_the_last_task_states_the_first_listed_rule_for_every_task(note):
    # The note's line follows the last task's text and was read with it; it still speaks of the whole list.
    text = f"一、重点任务\n1.推进甲项目。（市发改委、市财政局）\n2.推进乙项目。（市水利局、市农业局）\n{note}\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市水利局",), ("市农业局",))]


@pytest.mark.parametrize(
    ("header", "lead", "responsible"), [("工作任务 | 责任单位", False, True), ("重点工作\t牵头单位", True, False)]
)
def test_a_two_column_table_printed_with_separators_is_a_table(header, lead, responsible):
    separator = " | " if "|" in header else "\t"
    text = f"{header}\n推进甲项目建设{separator}市发改委\n推进乙项目建设{separator}市水利局\n"
    expected = [(("市发改委",) if lead else (), ("市发改委",) if responsible else ())]
    assert [(t[1], t[2]) for t in units(text)][:1] == expected


@pytest.mark.parametrize(
    ("tail", "lead", "responsible"),
    [
        # A note closing a label's list names which unit leads, or only repeats the role.
        ("\n责任单位：市发改委、市财政局（市发改委为牵头单位）", ("市发改委",), ("市财政局",)),
        ("\n牵头单位：市发改委、市财政局（并列牵头）", ("市发改委", "市财政局"), ()),
        # A label line whose value says the roles in words, as the same value in a parenthesis does.
        ("\n责任单位：市发改委牵头，市财政局、市城建局配合", ("市发改委",), ("市财政局", "市城建局")),
    ],
)
def test_a_label_lines_value_may_say_which_of_its_units_leads(tail, lead, responsible):
    text = f"一、重点任务\n1.推进甲项目建设。{tail}\n2.推进乙项目建设。（市水利局负责）\n"
    assert units(text)[0] == ("1", lead, responsible)


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_a_label_set_apart_from_its_units_by_spaces_reads_as_a_label(space):
    # Made-up: a form's fields flattened to text without their colons.
    text = (
        f"一、重点任务\n1.推进甲项目建设。\n牵头单位{space}市发改委\n责任单位{space}市财政局、市城建局\n"
        f"2.推进乙项目建设。\n牵头单位{space}市水利局\n"
    )
    assert units(text) == [("1", ("市发改委",), ("市财政局", "市城建局")), ("2", ("市水利局",), ())]


def test_a_header_of_two_unit_columns_is_no_spaced_label():
    text = "序号 工作任务 牵头单位 责任单位\n1 推进甲项目建设 市发改委 市财政局\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局",))]


def test_labels_after_a_task_title_and_a_space_on_the_same_line_name_its_units():
    text = "一、重点任务\n1.推进甲项目建设 牵头单位：市发改委 责任单位：市财政局\n2.推进乙项目建设 牵头单位：市水利局\n"
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", ("市水利局",), ())]


def test_prose_with_a_role_word_and_a_colon_is_no_run_in_label():
    text = "一、重点任务\n1.推进甲项目建设，各牵头单位：要加强领导。\n2.推进乙项目建设。（市水利局负责）\n"
    assert units(text) == [("1", (), ()), ("2", ("市水利局",), ())]


def test_items_run_together_after_semicolons_in_one_long_line_are_split():
    # Made-up: a web page that ran a section's items into one paragraph, each closed by its units and a semicolon.
    opening = "为贯彻落实有关精神，推动高质量发展，现提出如下工作措施。" * 9
    text = (
        f"一、重点任务\n{opening}（一）推进甲项目建设，确保年内开工（市发改委牵头，市财政局配合）；"
        "（二）推进乙项目建设，完成主体工程（市水利局负责）；（三）推进丙项目建设（市交通局负责）。\n"
    )
    assert units(text) == [
        ("（一）", ("市发改委",), ("市财政局",)),
        ("（二）", ("市水利局",), ()),
        ("（三）", ("市交通局",), ()),
    ]


def test_bullets_mark_the_tasks_and_number_them_in_order_across_sections():
    text = (
        "一、产业\n★推进甲园区建设，年内开工。（牵头单位：市发改委；责任单位：市财政局）\n"
        "★完善乙镇管网。（市水务局负责）\n二、民生\n●新增就业岗位五百个。（市人社局牵头，各区政府配合）\n"
        "◆推进丙小区改造。（市城建局负责）\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局",)),
        ("2", ("市水务局",), ()),
        ("3", ("市人社局",), ("各区政府",)),
        ("4", ("市城建局",), ()),
    ]
    assert [s.tasks for s in parse_notice(text).sections] == [(1, 2), (3, 4)]


def test_yi_shi_er_shi_inside_one_task_keep_one_task_and_one_set_of_units():
    text = (
        "一、产业\n（一）推进甲园区建设。一是完善道路；二是引进企业。\n牵头单位：市发改委\n责任单位：市财政局\n"
        "（二）完善乙镇管网，一是新建管网，二是改造泵站。（市水务局牵头，市城建局配合）\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("（一）", ("市发改委",), ("市财政局",)),
        ("（二）", ("市水务局",), ("市城建局",)),
    ]
    assert "二是引进企业" in tasks[0].text


def test_units_written_before_the_task_as_a_clause_closed_by_a_colon():
    text = (
        "一、稳增长\n（一）市发改委牵头：加快甲项目建设，年内开工。\n（二）市财政局、市税务局负责：落实减税政策。\n"
        "（三）市商务局牵头，各区政府配合：扩大消费。\n（四）目标：完成投资十亿元。（市统计局负责）\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("（一）", ("市发改委",), ()),
        ("（二）", ("市财政局", "市税务局"), ()),
        ("（三）", ("市商务局",), ("各区政府",)),
        ("（四）", ("市统计局",), ()),
    ]
    assert tasks[0].title == "加快甲项目建设，年内开工"
    assert tasks[3].text.startswith("目标：")  # a colon after prose names no unit


def test_units_written_before_the_task_in_a_box_read_as_the_same_words_closing_it():
    boxed = "一、民生\n1.【市城建局、各区政府】推进乙小区改造。\n2.【市教育局牵头，市财政局配合】新建学校两所。\n"
    closing = "一、民生\n1.推进乙小区改造。（市城建局、各区政府）\n2.新建学校两所。（市教育局牵头，市财政局配合）\n"
    assert (
        units(boxed)
        == units(closing)
        == [
            ("1", (), ("市城建局", "各区政府")),
            ("2", ("市教育局",), ("市财政局",)),
        ]
    )
    assert parse_notice(boxed).tasks[0].text == "推进乙小区改造。"


def test_a_run_together_header_alone_on_its_line_then_rows_run_together_on_the_next():
    text = (
        "甲市重点工作分解表\n序号主要工作任务第一责任单位主要责任单位\n"
        "1甲指标增长6%。市发改委各县政府、市统计局2新建住房一千套。市城建局市财政局、各县政府\n"
    )
    notice, report = parse_notice_with_report(text)
    assert [(t.label, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("1", ("市发改委",), ("各县政府", "市统计局")),
        ("2", ("市城建局",), ("市财政局", "各县政府")),
    ]
    assert notice.task(2).text == "新建住房一千套。"
    assert report.notes == ()


def test_a_header_without_xuhao_over_numbered_rows_with_section_headings_glued_in():
    text = (
        "工作任务牵头单位责任单位完成时限\n"
        "一、经济发展1推进甲园区建设。县发改局县财政局、县住建局2024年底2完善乙镇管网。县住建局县水务局2024年6月"
        "二、民生保障3新增就业五百人。县人社局各乡镇2024年底\n"
    )
    notice = parse_notice(text)
    assert [(t.label, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("1", ("县发改局",), ("县财政局", "县住建局")),
        ("2", ("县住建局",), ("县水务局",)),
        ("3", ("县人社局",), ("各乡镇",)),
    ]
    assert [(s.title, s.tasks) for s in notice.sections] == [("经济发展", (1, 2)), ("民生保障", (3,))]


def test_a_run_together_row_whose_unit_columns_cannot_be_told_apart_is_reported_for_a_check():
    text = "序号工作任务牵头单位责任单位\n1推进甲项目建设。市人社局、市财政局2推进乙项目建设。市商务局市交通局\n"
    notice, report = parse_notice_with_report(text)
    assert notice.task(1).lead_units == ("市人社局",)
    assert report.notes == (
        "请核对：第2行起的表格各单元格连在一起，第1项单位未能确定分属哪一列（按第一个单位牵头、其余为责任单位读）",
    )


def test_rows_run_together_one_per_line_under_section_rows_of_their_own_with_bare_unit_names():
    text = (
        "序号主要任务牵头单位配合单位\n一、产业\n1加快甲园区建设。发改局住建局、财政局\n2完善乙镇管网。水务局住建局\n"
        "二、民生\n3新增就业五百人。人社局各乡镇\n"
    )
    notice = parse_notice(text)
    assert [(t.label, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("1", ("发改局",), ("住建局", "财政局")),
        ("2", ("水务局",), ("住建局",)),
        ("3", ("人社局",), ("各乡镇",)),
    ]
    assert [(s.title, s.tasks) for s in notice.sections] == [("产业", (1, 2)), ("民生", (3,))]


def test_a_target_table_with_a_score_column_opens_rows_at_the_score_and_merged_unit_cells_apply_below():
    text = (
        "甲区目标任务分解表\n项 目\n分值\n目标任务\n监考单位\n经济发展\n"
        "甲指标增长率\n3\n年终综合考核\n区发改局区统计局\n乙指标增长率\n2\n丙指标总额\n1\n120\n区商务局\n民生\n丁指标人数\n1\n500\n区人社局\n"
    )
    notice = parse_notice(text)
    assert [(t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ((), ("区发改局", "区统计局")),
        ((), ("区发改局", "区统计局")),  # its target and units cells were merged with the row above
        ((), ("区商务局",)),
        ((), ("区人社局",)),
    ]
    assert notice.tasks[2].text == "丙指标总额。120"


def test_an_item_numbered_with_a_comma_right_after_dotted_tasks_is_the_next_task():
    # Made-up: "1." and "1、" are one level; the third item was typed with the other mark.
    text = (
        "一、城建类\n"
        "1.甲路改造项目\n改造甲路两公里。\n责任单位：市城建局。\n"
        "2.乙桥新建项目\n新建乙桥一座。\n责任单位：市交通局\n"
        "3、丙园建设项目新建丙园一处。\n责任单位：市园林局\n"
    )
    assert units(text) == [("1", (), ("市城建局",)), ("2", (), ("市交通局",)), ("3", (), ("市园林局",))]


def test_comma_numbered_sub_items_inside_a_dotted_task_stay_its_sub_items():
    # Made-up: task 2 lists its own steps "1、 2、 3、"; the "3、" step is not task 3.
    text = (
        "1.推进甲项目。（市发改委负责）\n"
        "2.推进乙项目，分三步：\n1、完成设计；\n2、完成招标；\n3、开工建设。\n（市城建局负责）\n"
    )
    assert [t.label for t in parse_notice(text).tasks] == ["1", "2"]


def test_a_table_row_whose_units_cell_holds_a_line_break_goes_on_over_the_next_line():
    # Made-up: the header closes with a border, so does each row; row 1's helper cell wraps onto the next line.
    text = (
        "类别 | 工作内容 | 牵头单位 | 协助单位 | 完成期限 |\n"
        "绿化美化 | 1、建设甲公园。 | 市园林局 | 市财政局\n"
        "市城建局 | 2024年底前 |\n"
        "2、改造乙广场。 | 市城管局 | 有关部门 | 2024年底前 |\n"
    )
    assert units(text) == [
        ("1", ("市园林局",), ("市财政局", "市城建局")),
        ("2", ("市城管局",), ("有关部门",)),
    ]


def test_a_target_table_one_cell_per_line_reads_each_row_from_its_number_to_the_next():
    # Made-up 目标考核 table: a group cell before row 1, merged cells, a units cell printed one name per line,
    # a target value "1" inside row 2, and an assessor column that names no unit of the task.
    rows = [
        "评价项目 序号 考核指标 单位 目标值 责任单位 考核单位",
        "产业发展",
        "1 粮油增产 万吨 3 区农业局 区水利局 市农业局",
        "2 新建冷库 座 1 区商务局 市商务局",
        "3 培育品牌 2 区市场监管局 市市场监管局",
    ]
    cells = [cell for row in rows for cell in row.split()]
    text = "\n\n".join(cells) + "\n"
    assert units(text) == [
        ("1", (), ("区农业局", "区水利局")),
        ("2", (), ("区商务局",)),
        ("3", (), ("区市场监管局",)),
    ]


def test_units_set_once_above_a_block_of_tasks_name_the_units_of_each_task_in_the_block():
    # Made-up: each section states its units once, above the tasks that share them; the second section has one task.
    text = (
        "一、产业发展\n牵头单位：市发改委；责任单位：市财政局\n1.推进甲项目建设。\n2.完善乙制度。\n"
        "二、社会事业\n牵头单位：市教育局\n3.新建丙学校。\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("市财政局",)),
        ("2", ("市发改委",), ("市财政局",)),
        ("3", ("市教育局",), ()),
    ]


def test_units_above_a_block_do_not_override_a_task_naming_its_own():
    # Made-up: a task below that names its own units shows the line above is no shared block: reported, not guessed.
    text = "一、产业发展\n牵头单位：市发改委\n1.推进甲项目建设。\n2.完善乙制度。（市司法局负责）\n"
    assert units(text) == [("1", (), ()), ("2", ("市司法局",), ())]
    _, report = parse_notice_with_report(text)
    assert [(s.line_no, s.text) for s in report.skipped if "任务之前" in s.reason] == [(2, "牵头单位：市发改委")]


def test_a_page_run_onto_one_line_with_a_bordered_table_gives_one_task_per_row():
    # Made-up: the covering letter, the header and the rows all on one line; a merged cell left empty in row 2.
    text = (
        "乙县人民政府办公室关于印发重点工作分解表的通知 各乡镇，县直各单位：现将分解表印发给你们。 "
        "乙县重点工作分解表 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 | "
        "1 | 建设甲园区。 | 县发改局 | 县财政局、县自然资源局 | 2024年底 | "
        "2 | 修缮乙街道路。 | 县住建局 | | 2024年6月 | 3 | 新建丙学校。 | 县教育局 | 各乡镇 | 2024年9月 |\n"
    )
    assert units(text) == [
        ("1", ("县发改局",), ("县财政局", "县自然资源局")),
        ("2", ("县住建局",), ()),
        ("3", ("县教育局",), ("各乡镇",)),
    ]


def test_a_progress_tables_second_header_row_of_quarters_is_no_task():
    # Made-up progress table one cell per line: its header run together over a row of quarters.
    text = (
        "项目内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n"
        "新建甲公园，年内建成开放。\n\n区园林局，各园区、镇街\n\n完成设计。开工建设。主体完工。建成开放。\n"
    )
    assert units(text) == [("1", (), ("区园林局", "各园区、镇街"))]


def test_rows_numbering_their_tasks_afresh_in_each_group_are_counted_through_the_table():
    # Made-up: a table without 序号 whose task cells restart at "1、" in each group cell.
    text = (
        "类别 | 工作内容 | 牵头单位 | 配合单位 | 完成期限 |\n"
        "产业 | 1、建设甲园区。 | 市发改委 | 市财政局 | 2024年底 |\n"
        "2、修缮乙道路。 | 市城建局 | 有关部门 | 2024年底 |\n"
        "民生 | 1、新建丙学校。 | 市教育局 | 各区政府 | 2024年底 |\n"
    )
    assert [(t.label, t.title) for t in parse_notice(text).tasks] == [
        ("1", "建设甲园区"),
        ("2", "修缮乙道路"),
        ("3", "新建丙学校"),
    ]


def test_a_table_copied_from_a_later_page_goes_on_from_its_first_rows_number_even_with_short_rows():
    # Made-up: the copy starts at row 41; row 41 prints fewer cells than the header (a merged cell).
    rows = [
        "序号 工作任务 牵头单位 责任单位 完成时限",
        "41 建设甲园区。 区发改局 2024年底",
        "42 修缮乙道路。 区住建局 区财政局 2024年底",
    ]
    text = "\n".join(cell for row in rows for cell in row.split()) + "\n"
    assert [(t.label, t.lead_units) for t in parse_notice(text).tasks] == [("41", ("区发改局",)), ("42", ("区住建局",))]


def test_a_page_run_onto_one_line_with_its_table_run_together_and_no_borders_gives_each_row_its_units():
    # Made-up: the letter, the title, the glued header, every row and the sign-off on one line.
    text = (
        "各乡镇人民政府，县直各部门：现将分解表印发给你们，请认真贯彻落实。甲县重点工作任务分解表"
        "序号重点任务牵头单位配合单位完成时限1建设甲产业园，年内完成投资5亿元。县发改局县工信局、县财政局2024年底"
        "2改造老旧小区12个。县住建局县财政局、各乡镇人民政府2024年12月3整治农村人居环境。县农业农村局各乡镇人民政府全年"
        "甲县人民政府办公室2024年3月1日\n"
    )
    assert units(text) == [
        ("1", ("县发改局",), ("县工信局", "县财政局")),
        ("2", ("县住建局",), ("县财政局", "各乡镇人民政府")),
        ("3", ("县农业农村局",), ("各乡镇人民政府",)),
    ]


def test_the_same_page_with_its_cells_split_by_single_spaces_reads_the_same():
    # A single space between two unit cells is their border, a 、 separates the names inside a cell.
    text = (
        "甲县重点工作任务分解表 序号 重点任务 牵头单位 配合单位 完成时限 1 建设甲产业园，年内完成投资5亿元。 "
        "县发改局 县工信局、县财政局 2024年底 2 改造老旧小区12个。 县住建局 县财政局、各乡镇人民政府 2024年12月 "
        "3 整治农村人居环境。 县农业农村局 各乡镇人民政府 全年 甲县人民政府办公室 2024年3月1日\n"
    )
    report = parse_notice_with_report(text)[1]
    assert units(text) == [
        ("1", ("县发改局",), ("县工信局", "县财政局")),
        ("2", ("县住建局",), ("县财政局", "各乡镇人民政府")),
        ("3", ("县农业农村局",), ("各乡镇人民政府",)),
    ]
    assert report.notes == ()


def test_a_one_line_page_with_one_units_column_keeps_its_names_responsible():
    # The genre's lone 责任单位 column names who is responsible; no rule on the page says who leads.
    text = (
        "乙县优化营商环境重点任务分工序号工作任务责任单位完成时限1压缩企业开办时间至1个工作日。"
        "县市场监管局、县税务局2024年6月底前2推行审批告知承诺制。县住建局、县自然资源局2024年底前"
        "3完善政务服务评价制度。县政务服务中心长期坚持乙县人民政府办公室2024年2月20日\n"
    )
    assert units(text) == [
        ("1", (), ("县市场监管局", "县税务局")),
        ("2", (), ("县住建局", "县自然资源局")),
        ("3", (), ("县政务服务中心",)),
    ]


def test_a_one_line_page_stating_that_the_first_listed_unit_leads_applies_it_to_every_row():
    text = (
        "各乡镇，县直各部门：现将分解表印发给你们，列第一位的为牵头单位。甲县重点工作任务分解表 序号 重点任务 "
        "责任单位 完成时限 1 建设甲产业园。 县发改局、县工信局 2024年底 2 改造老旧小区12个。 县住建局、县财政局 "
        "2024年12月 甲县人民政府办公室 2024年3月1日\n"
    )
    assert units(text) == [("1", ("县发改局",), ("县工信局",)), ("2", ("县住建局",), ("县财政局",))]


def test_a_one_line_page_whose_header_has_no_number_column_starts_its_rows_after_the_title():
    text = (
        "甲县2024年重点工作任务分解表重点任务牵头单位责任单位完成时限建设甲产业园，年内完成投资5亿元。"
        "县发改局县工信局、县财政局2024年底改造老旧小区12个。县住建局县财政局、各乡镇人民政府2024年12月\n"
    )
    assert units(text) == [
        ("1", ("县发改局",), ("县工信局", "县财政局")),
        ("2", ("县住建局",), ("县财政局", "各乡镇人民政府")),
    ]


def test_a_one_line_livelihood_table_without_deadlines_drops_the_sign_off_after_its_last_units():
    # 民生实事 names the task column; with no deadline column the closing date can only be the page's.
    text = (
        "丙市民生实事分工方案序号民生实事牵头单位责任单位1新建城市公园5个。市城管局各区人民政府"
        "2新增公办幼儿园学位3000个。市教育局市财政局、各区人民政府丙市人民政府办公室2024年1月15日\n"
    )
    assert units(text) == [
        ("1", ("市城管局",), ("各区人民政府",)),
        ("2", ("市教育局",), ("市财政局", "各区人民政府")),
    ]


def test_a_one_line_page_with_sections_and_open_ended_deadlines_cuts_each_row_after_its_deadline():
    # Made-up: the letter numbers its own paragraphs; rows end in 持续推进, 常态化 and 长期; the sign-off has a remark.
    text = (
        "各街道办事处，区政府各部门：一、高度重视。各单位要提高站位。二、强化督查。区督查室每季度通报。"
        "丁区重点工作责任分工序号工作任务牵头单位责任单位完成时限一、产业发展1推动丁园区扩区提质。"
        "区发改局区商务局、区自然资源局持续推进2培育规上工业企业10家。区工信局各街道办事处常态化"
        "二、民生保障3改造老旧小区30个。区住建局区财政局长期丁区人民政府办公室2025年2月10日（此件公开发布）\n"
    )
    assert units(text) == [
        ("1", ("区发改局",), ("区商务局", "区自然资源局")),
        ("2", ("区工信局",), ("各街道办事处",)),
        ("3", ("区住建局",), ("区财政局",)),
    ]
    assert [s.title for s in parse_notice(text).sections] == ["产业发展", "民生保障"]


@pytest.mark.parametrize(
    "text",
    [
        # The rule in a note after the last row, the sign-off after it.
        "甲县重点工作任务分解表序号重点任务责任单位完成时限1建设甲产业园。县发改局、县工信局2024年底"
        "2改造老旧小区12个。县住建局、县财政局2024年12月注：列第一位的为牵头单位。甲县人民政府办公室2024年3月1日\n",
        # The rule as the remark of the run-together header's units cell.
        "甲县重点工作任务分解表序号重点任务责任单位（列第一位的为牵头单位）完成时限1建设甲产业园。县发改局、县工信局"
        "2024年底2改造老旧小区12个。县住建局、县财政局2024年12月\n",
    ],
)
def test_a_one_line_page_reads_its_first_listed_rule_from_a_closing_note_or_the_header(text):
    assert units(text) == [("1", ("县发改局",), ("县工信局",)), ("2", ("县住建局",), ("县财政局",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 主要 ranks the assisting units among themselves: they stay responsible, unlike 主要责任单位.
        (
            "1.推进甲项目。\n牵头责任单位：县卫健委\n主要协作单位：各乡镇人民政府，县政府有关部门\n",
            [("1", ("县卫健委",), ("各乡镇人民政府", "县政府有关部门"))],
        ),
        # Beside 责任单位 and no 牵头 label, they make the 责任单位 the unit in charge, as 配合单位 do.
        (
            "1.推进甲项目。\n责任单位：县住建局\n主要配合单位：县财政局\n",
            [("1", ("县住建局",), ("县财政局",))],
        ),
    ],
)
def test_main_assisting_units_are_responsible(text, expected):
    assert units(text) == expected


# Round 11: a page cut (or a dropped closing bracket) leaves the task's units bracket open at the text's end.
@pytest.mark.parametrize("opener", ["〔", "（", "【"])
def test_a_units_bracket_left_open_at_the_end_still_names_the_leads(opener):
    text = f"一、甲\n（一）优化市场准入退出。{opener}牵头单位：市市场监管局、发展改革委；配合单位：市公安局、民政局\n"
    assert units(text) == [("（一）", ("市市场监管局", "市发展改革委"), ("市公安局", "市民政局"))]


def test_an_open_bracket_of_prose_at_the_end_names_no_units():
    text = "一、甲\n1.推进甲项目（含乙项目和丙项目\n责任单位：市城建局\n"
    assert units(text) == [("1", (), ("市城建局",))]


def test_numbers_printed_in_the_task_cells_of_a_table_without_a_number_column_label_the_tasks():
    # Made-up: part of a longer list (items 14–16) in a table without 序号; a group cell in the first row only.
    text = (
        "类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管市领导 |\n"
        "四、教育文化 | 14.改扩建甲学校教学楼 | 完成主体建设。 | 教育体育局 | 张三 |\n"
        "15.推进乙场地建设 | 建成并投入使用。 | 教育体育局 | 张三 | |\n"
        "16.推进课后服务 | 实行课后服务全覆盖。 | 教育体育局 | 张三 |\n"
    )
    assert units(text) == [
        ("14", (), ("教育体育局",)),
        ("15", (), ("教育体育局",)),
        ("16", (), ("教育体育局",)),
    ]


def test_a_pages_metadata_form_after_a_table_is_no_row():
    # Made-up: the page's 索引号 / 成文日期 form printed as "field: | value" pairs right after the table's rows.
    text = (
        "序号 | 工作任务 | 责任单位 |\n"
        "1 | 新建甲公园。 | 市园林局 |\n"
        "2 | 改造乙道路。 | 市城建局 |\n"
        "索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |\n"
        "发布机构: | 市政府办公室\n"
    )
    assert units(text) == [("1", (), ("市园林局",)), ("2", (), ("市城建局",))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |", True),
        ("发布机构： | 市政府办公室 | 主题分类： | 综合政务 |", True),
        ("牵头单位: | 市城管局 |", False),  # one pair: a field row of the item's own small table
        ("1 | 新建甲公园。 | 市园林局 | 2024年底 |", False),
    ],
)
def test_a_form_row_pairs_short_field_names_closed_by_a_colon_with_values(line, expected):
    from corpus.parsing.tables import form_row

    assert form_row(line) is expected


def test_one_cell_alone_before_a_row_printed_with_separators_is_a_group_row():
    # Made-up: a heading spanning the table between rows printed with separators, in a table without 序号.
    text = (
        "工作任务 | 牵头单位 | 完成时限\n抓好甲方面工作\n"
        "推进甲项目建设。 | 市发改委 | 年底\n推进乙项目建设。 | 市城建局 | 年底\n"
    )
    assert units(text) == [("1", ("市发改委",), ()), ("2", ("市城建局",), ())]


def test_a_white_triangle_opens_a_bullet_task_item():
    text = "一、重点工作\n△推进甲项目建设，年内完工。（市发改委牵头）\n△推进乙项目建设，年内开工。（市城建局牵头）\n"
    assert units(text) == [("1", ("市发改委",), ()), ("2", ("市城建局",), ())]
