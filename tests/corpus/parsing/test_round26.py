"""Round 26 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.roles import Role, units_for
from corpus.parsing.tables import (
    Column,
    cells_between_lone_borders,
    column_of,
    names_units_with_persons,
    without_persons_after_units,
)
from corpus.parsing.unit_lists import is_unit_list


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_the_lines_between_two_lone_borders_are_one_cell_joined_on_its_first_line():
    lines = ["任务名称", "|", "修缮甲路", "北段", "|", "县甲局、", "县乙局", "|", "年底"]
    joined = ["任务名称", "|", "修缮甲路北段", "", "|", "县甲局、县乙局", "", "|", "年底"]
    assert cells_between_lone_borders(lines) == joined


def test_names_printed_one_per_line_in_a_bordered_cell_are_joined_as_a_list():
    assert cells_between_lone_borders(["|", "县甲局", "县乙局", "|"]) == ["|", "县甲局、县乙局", "", "|"]


def test_a_line_holding_its_own_border_is_a_cell_of_its_own_and_is_never_joined():
    lines = ["|", "1063 |", "96.6% |", "|"]
    assert cells_between_lone_borders(lines) == lines


def test_after_the_last_border_a_blank_line_ends_the_table():
    lines = ["|", "县甲局", "", "附件：甲表", "二〇二三年"]
    assert cells_between_lone_borders(lines) == lines


def test_a_trailing_lead_mark_after_a_name_says_it_leads_and_is_no_part_of_the_name():
    assert is_unit_list("区甲委*、区乙局")
    roles = units_for(Role.RESPONSIBLE, "区乙局、区甲委★、区丙局")
    assert (roles.lead, roles.responsible) == (("区甲委",), ("区乙局", "区丙局"))


def test_a_towns_column_named_with_a_role_word_holds_units_and_a_place_column_does_not():
    assert column_of("责任街镇") is Column.RESPONSIBLE
    assert column_of("配合乡镇") is Column.RESPONSIBLE
    assert column_of("牵头街道") is Column.LEAD
    assert column_of("所在乡镇") is not Column.RESPONSIBLE


def test_a_table_one_cell_per_line_between_borders_with_cells_over_several_lines_reads_each_row():
    text = "\n".join(
        [
            "序号", "|", "任务名称", "|", "责任部门", "(加*号为牵头部门)", "|", "责任街镇", "|", "完成时间",
            "|", "1", "|", "修缮甲路", "北段", "|", "区甲局*、", "区乙局", "|", "甲镇、", "乙街道", "|", "6月底",
            "|", "2", "|", "新建乙馆", "|", "区丙局*", "|", "丙镇", "|", "12月底",
        ]
    )  # fmt: skip
    assert units(text) == [
        ("修缮甲路北段", ("区甲局",), ("区乙局", "甲镇", "乙街道")),
        ("新建乙馆", ("区丙局",), ("丙镇",)),
    ]


def test_a_last_row_cut_after_a_separator_in_its_units_cell_has_its_units_unknown():
    text = "\n".join(
        [
            "序号", "|", "任务名称", "|", "责任部门", "|", "责任街镇", "|", "完成时间",
            "|", "1", "|", "修缮甲路", "|", "区甲局*", "|", "甲镇", "|", "6月底",
            "|", "2", "|", "新建乙馆", "|", "区丙局*、区丁局", "|", "丙镇、", "丁镇、",
        ]
    )  # fmt: skip
    assert units(text) == [("修缮甲路", ("区甲局",), ("甲镇",)), ("新建乙馆", (), ())]


def test_a_column_of_units_and_their_heads_is_the_units_column():
    assert column_of("牵头单位及主要负责人") is Column.LEAD
    assert column_of("责任单位和责任人") is Column.RESPONSIBLE
    assert column_of("分管领导") is Column.PERSON
    assert names_units_with_persons("序号 | 工作任务 | 牵头单位及 主要负责人 |")
    assert not names_units_with_persons("序号 | 工作任务 | 牵头单位 | 责任人 |")


def test_a_persons_name_after_a_unit_in_such_a_cell_is_no_part_of_the_unit():
    assert without_persons_after_units("市甲局张三、市乙局（李四）") == "市甲局、市乙局"
    assert without_persons_after_units("各街办（新区）") == "各街办（新区）"
    assert without_persons_after_units("市甲局牵头") == "市甲局牵头"
    assert without_persons_after_units("修缮甲路北段") == "修缮甲路北段"


def test_a_group_cell_before_the_number_on_its_first_row_is_a_heading_and_each_row_keeps_its_own_title():
    text = (
        "大类 | 序号 | 工作任务 | 分管 领导 | 牵头单位及 主要负责人 | 进展情况 |\n"
        "一、甲类实事 | 1 | 修缮甲路。 | 张三 | 市甲局 李四 | 已完成。 |\n"
        "2 | 新建乙馆。 | 张三 | 市乙局 王五 | 推进中。 |\n"
        "3 | 改造丙桥。 | 赵六 | 市丙局 钱七 | 已完成。从1月起，丙桥"
    )
    notice = parse_notice(text)
    assert [(t.label, t.title, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("1", "修缮甲路", ("市甲局",), ()),
        ("2", "新建乙馆", ("市乙局",), ()),
        ("3", "改造丙桥", ("市丙局",), ()),
    ]
    assert [(s.title, s.tasks) for s in notice.sections] == [("甲类实事", (1, 2, 3))]
