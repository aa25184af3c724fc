"""Round 33 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.roles import parse_inline
from corpus.parsing.unnumbered import run_in_items


@pytest.mark.parametrize(
    "content",
    [
        "市甲局、市乙局按照职责分工分别牵头负责，市丙局、市丁办参加",
        "市甲局、市乙局按职责分工牵头负责，市丙局、市丁办参加",
        "市甲局、市乙局分别牵头负责，市丙局、市丁办参加",
        "市甲局、市乙局共同牵头落实，市丙局、市丁办参加",
    ],
)
def test_units_that_lead_each_by_their_duties_lead_and_those_taking_part_are_responsible(content):
    roles = parse_inline(content)
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局", "市乙局"), ("市丙局", "市丁办"))


def test_units_acting_by_their_duties_with_no_lead_word_are_still_responsible() -> None:
    roles = parse_inline("市甲局牵头，市乙局、市丙局按照职责分工分别负责")
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市乙局", "市丙局"))


def test_a_notice_in_traditional_characters_reads_leading_by_duties_and_taking_part() -> None:
    text = (
        "一、加強甲體系建設\n"
        "1、啟動甲調研工作。（發展改革委、人民銀行牽頭負責，法制辦參加）\n"
        "2、制定乙標準和實施細則。（發展改革委、公安部按照職責分工分別牽頭負責，民政部、稅務總局參加）\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", ("发展改革委", "人民银行"), ("法制办",)),
        ("2", ("发展改革委", "公安部"), ("民政部", "税务总局")),
    ]


def test_items_run_together_each_closed_by_a_square_bracket_of_units_are_split_one_item_a_line() -> None:
    line = "1.推进甲。[责任单位：市甲局、市乙局]2.推进乙。[责任单位：市丙局]3.推进丙。[责任单位：市丁局]"
    assert run_in_items([line]) == [
        "1.推进甲。[责任单位：市甲局、市乙局]",
        "2.推进乙。[责任单位：市丙局]",
        "3.推进丙。[责任单位：市丁局]",
    ]


def test_items_run_together_each_closed_by_a_lenticular_bracket_of_units_are_split_too() -> None:
    line = "1.推进甲。【市甲局牵头，市乙局配合】2.推进乙。【市丙局负责】"
    assert run_in_items([line]) == ["1.推进甲。【市甲局牵头，市乙局配合】", "2.推进乙。【市丙局负责】"]


def test_a_square_bracket_naming_no_units_does_not_split_a_line() -> None:
    line = "1.推进甲。[注：见附件]2.推进乙。[注：见附件]"
    assert run_in_items([line]) == [line]


def test_a_whole_notice_on_one_line_is_cut_at_its_headings_its_items_and_a_heading_after_the_last_units() -> None:
    line = (
        "为落实甲，制定方案如下：一、工作目标全面落实甲。二、工作措施（一）降低甲成本。1.执行甲标准。"
        "[责任单位：市甲局、市乙局]2.执行乙办法。[责任单位：市乙局]（二）降低乙成本。3.落实丙。"
        "[责任单位：市丙局]三、保障措施加强领导。"
    )
    assert run_in_items([line]) == [
        "为落实甲，制定方案如下：",
        "一、工作目标全面落实甲。",
        "二、工作措施",
        "（一）降低甲成本。",
        "1.执行甲标准。[责任单位：市甲局、市乙局]",
        "2.执行乙办法。[责任单位：市乙局]",
        "（二）降低乙成本。",
        "3.落实丙。[责任单位：市丙局]",
        "三、保障措施加强领导。",
    ]


def test_the_first_listed_rule_stated_once_in_a_square_bracket_of_a_notice_on_one_line_applies_below() -> None:
    text = (
        "甲市人民政府办公室关于印发甲方案的通知\n"
        "为落实甲，制定方案如下：一、工作目标全面落实甲。二、工作措施（一）降低甲成本。1.执行甲标准。"
        "[责任单位：市甲局、市乙局，各县（区）政府，排在首位为牵头单位，下同]2.执行乙办法。[责任单位：市丙局、市甲局]"
        "3.落实丙。[责任单位：市丁局]"
    )
    notice = parse_notice(text)
    # The items fall under the heading they follow, not under the page's title.
    assert [(s.number, s.title) for s in notice.sections] == [(2, "工作措施")]
    assert [(t.label, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("1", ("市甲局",), ("市乙局", "各县（区）政府")),
        ("2", ("市丙局",), ("市甲局",)),
        ("3", ("市丁局",), ()),
    ]


def test_rows_printing_only_an_indicator_and_its_figures_under_merged_cells_belong_to_the_row_above() -> None:
    text = (
        "甲区2017年度民生工程目标任务分解表\n"
        "项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人 |\n"
        "甲促进工程 | 促进甲就业 | 甲新增就业人数（人） | 1300 | 甲镇280 乙乡15 | 张 三 | 区甲局 | 李 四 |\n"
        "乙类人员再就业（人） | 250 | 甲镇8 乙乡5 |\n"
        "丙类人员再就业（人） | 120 | 甲镇2 乙乡2 |\n"
        "乙保障工程 | 提高乙待遇 | 乙参保人数（人） | 900 | 甲镇100 乙乡20 | 王 五 | 区乙局 | 赵 六 |\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [((), ("区甲局",)), ((), ("区乙局",))]


def test_a_short_row_naming_its_own_unit_is_still_a_row_of_its_own() -> None:
    text = (
        "甲区2017年度民生工程目标任务分解表\n"
        "项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人 |\n"
        "甲促进工程 | 促进甲就业 | 甲新增就业人数（人） | 1300 | 甲镇280 乙乡15 | 张 三 | 区甲局 | 李 四 |\n"
        "乙保障工程 | 提高乙待遇 | 900 | 区乙局 |\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [((), ("区甲局",)), ((), ("区乙局",))]
