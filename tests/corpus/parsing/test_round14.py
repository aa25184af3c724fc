"""Round 14 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.blocks import stacked_fields
from corpus.parsing.roles import cut_units_tail
from corpus.parsing.unit_lists import is_unit_list, split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_group_name_printing_its_inner_parenthesis_as_angle_brackets_stays_whole():
    assert split_units("市甲局，各县<市、区>人民政府") == ("市甲局", "各县<市、区>人民政府")


def test_unnumbered_paragraphs_each_closed_by_units_under_a_bare_heading_are_tasks():
    text = (
        "一、主要任务\n（一）约束指标\n甲指标达到一百。（市甲局牵头）\n"
        "乙指标达到二百。（市乙局、市丙局等部门按职责分工负责）\n"
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", (), ("市乙局", "市丙局"))]


def test_a_line_cut_by_the_page_after_such_a_run_is_one_more_task_without_units():
    text = "一、主要任务\n（一）约束指标\n甲指标达到一百。（市甲局牵头）\n乙指标达到二百。（市乙局牵头）\n丙指标"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ()), ("3", (), ())]


def test_a_titled_item_over_one_paragraph_closed_by_units_stays_one_task():
    text = "一、主要任务\n1.推进甲项目\n加快甲项目建设。（市甲局牵头）\n2.推进乙项目\n加快乙项目建设。（市乙局牵头）\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_fields_printed_name_over_value_read_as_one_task_with_its_label_lines():
    text = "具体任务\n推进甲项目建设，年内开工。\n责任单位\n甲局、乙局\n配合单位\n各乡镇\n完成时限\n12月底前\n"
    assert units(text) == [("1", ("甲局", "乙局"), ("各乡镇",))]


def test_a_header_printed_one_cell_per_line_is_no_form_of_fields():
    lines = ["工作任务", "牵头单位", "责任单位", "完成时限", "1", "推进甲项目。", "市甲局", "市乙局", "年底前"]
    assert stacked_fields(lines) == (lines, frozenset())


def test_a_last_line_giving_a_deadline_is_no_units_list_cut_by_the_page():
    assert not cut_units_tail("完成时限：甲项目1月底前完成，乙项目、丙项目")
    assert cut_units_tail("配合单位：市甲局、市乙局、市丙")


def test_rows_printing_their_number_in_a_cell_the_header_does_not_name_are_read_by_that_number():
    # Made-up table one cell per line, a border "|" alone between cells, the group cell printed on its first row only.
    cells = [
        *("工作任务", "具体要求", "责任科室", "时限要求"),
        *("加强甲类文件规范管理", "1", "做好甲项工作。", "办公室", "年底前"),
        *("2", "做好乙项工作。", "各科室", "持续推进"),
        *("加强乙类文件规范管理", "3", "做好丙项工作。", "财务科", "年底前"),
    ]
    text = "\n|\n".join(cells) + "\n|\n"
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", (), ("办公室",)),
        ("2", (), ("各科室",)),
        ("3", (), ("财务科",)),
    ]
    assert [t.title for t in tasks] == ["做好甲项工作", "做好乙项工作", "做好丙项工作"]


def test_units_each_carrying_their_part_of_a_task_lead_it_or_stand_beside_its_lead():
    text = (
        "一、任务\n（一）推进甲项工作。加快甲项建设。（市甲局、市乙局分别负责落实）\n"
        "（二）推进乙项工作。加快乙项建设。（市丙局牵头，各区政府、市政府各部门和各单位分别负责落实）\n"
    )
    assert units(text) == [
        ("（一）", ("市甲局", "市乙局"), ()),
        ("（二）", ("市丙局",), ("各区政府", "市政府各部门", "各单位")),
    ]


def test_a_portals_metadata_printed_as_a_numbered_list_of_boxed_fields_is_no_task():
    text = (
        "1. [主题分类] 综合政务\n2. [发文机构] 某市工作领导小组\n3. [联合发文单位]\n"
        "某市工作重点任务分工\n一、推进公开\n1.推进甲项公开。\n牵头单位:市甲局\n责任单位:各区政府\n"
    )
    assert units(text) == [("1", ("市甲局",), ("各区政府",))]


def test_a_parenthesis_naming_a_unit_together_with_others_makes_the_first_lead():
    text = "一、任务\n1.推进甲项工作。（市甲局会同市乙局、市丙局负责）\n2.推进乙项工作。（市丁局会同市甲局负责）\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局")), ("2", ("市丁局",), ("市甲局",))]


def test_a_sentence_opening_with_a_unit_together_with_others_names_them_though_they_run_into_the_verb():
    text = "一、任务\n1.市甲局会同市乙局、市丙局加快推进甲项工作。\n2.市丁局会同市甲局、市乙局等部门完善乙项制度。\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局")), ("2", ("市丁局",), ("市甲局", "市乙局"))]


def test_partners_named_by_their_sector_only_name_no_units():
    # Better no units than wrong ones: "编制、发展改革" are fields of work, not units' names.
    assert units("一、任务\n1.市甲局会同编制、发展改革、财政等单位研究甲项工作。\n") == [("1", (), ())]


def test_two_units_joined_by_together_are_no_one_name():
    assert not is_unit_list("市甲局会同市乙局")


def test_unnumbered_paragraphs_each_over_their_own_label_lines_are_tasks():
    text = (
        "一、任务\n加快推进甲项目建设。\n牵头单位：市甲局\n责任单位：市乙局\n"
        "加快推进乙项目建设。\n牵头单位：市丙局\n责任单位：市丁局\n"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ("市丁局",))]


def test_a_titled_item_over_one_paragraph_and_its_labels_stays_one_task():
    text = (
        "一、任务\n1.推进甲项目\n加快推进甲项目建设。\n牵头单位：市甲局\n2.推进乙项目\n加快乙项目。\n牵头单位：市丙局\n"
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市丙局",), ())]


def test_a_unit_in_charge_and_its_helpers_as_clauses_of_the_tasks_sentence_are_its_units():
    text = "一、任务\n1.加快推进甲项目建设，市甲局负责，市乙局配合。\n2.加快推进乙项目，各地负责，企业配合。\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", (), ())]


@pytest.mark.parametrize(
    "rule",
    ["| --- | --- | --- | --- |", "+------+------+------+------+", "|:---:|---|---|---|"],
    ids=["markdown", "ascii box", "aligned markdown"],
)
def test_a_rule_line_under_a_tables_header_is_no_row(rule):
    text = (
        f"| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n{rule}\n"
        "| 1 | 推进甲项目建设 | 市甲局 | 市乙局 |\n| 2 | 推进乙项目建设 | 市丙局 | 市丁局 |\n"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ("市丁局",))]
