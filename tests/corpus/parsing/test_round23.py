"""Round 23 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.headings import grouped_by_lead
from corpus.parsing.tables import Column, closing_header, is_unknown_header_cell
from corpus.parsing.unit_lists import split_units


def test_hexagonal_brackets_inside_a_name_hold_its_inner_list_as_parentheses_do():
    assert split_units("各县〔市、区〕人民政府，甲新区管委会") == ("各县〔市、区〕人民政府", "甲新区管委会")
    assert split_units("各市〔州〕人民政府、省甲局") == ("各市〔州〕人民政府", "省甲局")


def test_a_special_district_is_a_level_word_of_a_group_name():
    assert split_units("各县、特区、区人民政府，各开发区管委会") == ("各县、特区、区人民政府", "各开发区管委会")


def test_a_local_financial_bureau_printed_bare_takes_the_lists_level_prefix():
    assert split_units("省甲厅、地方金融监管局") == ("省甲厅", "省地方金融监管局")
    # A regulator's local office named after its place still takes none.
    assert split_units("省甲厅、某某银保监局") == ("省甲厅", "某某银保监局")


def test_the_levels_press_and_broadcaster_printed_bare_take_the_lists_level_prefix():
    assert split_units("市甲局、报业集团、广播电视台") == ("市甲局", "市报业集团", "市广播电视台")
    assert split_units("县甲局、电视台") == ("县甲局", "县电视台")


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


_CELL_TABLE = (
    "附件\n甲县2024年十件民生实事项目清单 |\n序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n建设内容 |\n"
    "投资金额（万元） |\n责任单位 |\n"
    "1 |\n甲镇小学操场改造项目 |\n甲镇 |\n2024 |\n改造操场和跑道。 |\n300 |\n教育局 |\n"
    "2 |\n乙路延伸段建设项目 |\n乙街道 |\n2024 |\n建成乙路延伸段。 |\n500 |\n住建局 |\n"
)


def test_a_header_one_cell_per_line_may_name_columns_in_words_of_its_own():
    assert is_unknown_header_cell("建设地点")
    assert is_unknown_header_cell("投资金额（万元）")
    assert not is_unknown_header_cell("教育局")  # a unit, a row's cell
    assert not is_unknown_header_cell("1")
    assert units(_CELL_TABLE) == [("1", (), ("教育局",)), ("2", (), ("住建局",))]


def test_a_last_row_cut_inside_a_text_cell_leaves_its_units_unknown():
    cut = _CELL_TABLE + "3 |\n丙村供水工程 |\n丙镇 |\n2024 |\n新建水厂一座，铺设供水管网等，"
    # 丙镇 is the place's cell, not the units': the page ended before them.
    assert units(cut)[-1] == ("3", (), ())
    whole = _CELL_TABLE + "3 |\n丙村供水工程 |\n丙镇 |\n2024 |\n新建水厂一座。 |\n800 |\n水利局"
    assert units(whole)[-1] == ("3", (), ("水利局",))


_GROUPED_BY_LEAD = (
    "一、甲副县长负责的工作\n协助县长抓好工作落实。\n"
    "（一）县甲局牵头的工作\n加强甲项工作，落实甲项制度。\n"
    "（二）县乙局牵头的工作\n全面加强乙项工作。\n协同单位：县直各部门和各乡镇人民政府。\n"
    "（三）县丙局牵头的工作\n1.深化丙项改革，优化机构设置。\n2.推进丁项改革。\n协同单位：县财政局、县人社局。\n"
)


def test_a_heading_naming_its_groups_lead_over_one_sentence_and_no_item_is_that_task():
    assert grouped_by_lead("县乙局牵头的工作") == ("县乙局",)
    assert grouped_by_lead("县乙局") == ()  # a bare unit's name is no grouping in words
    assert units(_GROUPED_BY_LEAD)[:2] == [
        ("（一）", ("县甲局",), ()),
        ("（二）", ("县乙局",), ("县直各部门", "各乡镇人民政府")),
    ]


def test_a_units_line_closing_the_items_under_a_leads_heading_names_the_helpers_of_each():
    assert units(_GROUPED_BY_LEAD)[2:] == [
        ("1", ("县丙局",), ("县财政局", "县人社局")),
        ("2", ("县丙局",), ("县财政局", "县人社局")),
    ]


def test_a_last_task_cut_where_its_siblings_close_with_their_own_units_has_its_units_unknown():
    opening = "（一）县丙局牵头的工作\n1.深化丙项改革，优化机构设置。\n"
    own_lines = opening + "协同单位：县财政局。\n2.推进丁项改革。\n协同单位：县人社局。\n3.进一步完善戊项制度，建立健全"
    assert units(own_lines)[-1] == ("3", (), ())
    # Siblings naming no unit of their own: the heading's lead is all there is, cut or not.
    no_lines = opening + "2.推进丁项改革。\n3.进一步完善戊项制度，建立健全"
    assert units(no_lines)[-1] == ("3", ("县丙局",), ())


def test_a_header_closing_a_line_after_the_title_reads_the_rows_after_it_cells_split_by_spaces():
    assert closing_header("附件2 甲省城市群建设任务分工方案 主要任务 建设重点 牵头部门 配合部门") == [
        Column.TASK,
        Column.TASK,
        Column.LEAD,
        Column.RESPONSIBLE,
    ]
    assert closing_header("主要任务 建设重点 牵头部门 配合部门") is None  # the whole line: read as a header already
    assert closing_header("甲方案 牵头部门 配合部门") is None  # no task column
    table = (
        "附件2 甲省城市群建设主要任务分工方案 主要任务 建设重点 牵头部门 配合部门\n"
        "一、促进城镇联动发展\n（一）打造核心增长极\n"
        "1、推进甲新区建设，争取设立国家级示范区. 省发改委、甲市政府 省直有关部门\n"
        # The cell border after the task's full stop was lost: the lead's cell is run into the text.
        "2、推进自主创新示范区建设.省科技厅 省直有关部门\n"
        # Spaces inside the task's cell: the units columns take the last chunks.
        "3、推进改革试验区建设.推进实现 三个一卡通 和 四个一体化 . 省甲委、省乙厅 省直有关部门,相关市政府\n"
    )
    assert units(table) == [
        ("1", ("省发改委", "甲市政府"), ("省直有关部门",)),
        ("2", ("省科技厅",), ("省直有关部门",)),
        ("3", ("省甲委", "省乙厅"), ("省直有关部门", "相关市政府")),
    ]


def test_places_of_one_level_printed_with_it_share_the_organ_printed_once_after_the_last():
    assert split_units("省直有关部门，甲城市、乙城市、丙城市政府") == ("省直有关部门", "甲城市、乙城市、丙城市政府")
    assert split_units("甲城县、乙城县人民政府") == ("甲城县、乙城县人民政府",)
    assert split_units("市甲局、乙城县政府") == ("市甲局", "乙城县政府")  # a unit before: no place of the level
