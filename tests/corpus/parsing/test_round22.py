"""Round 22 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.roles import FIRST_LISTED, Role, cut_at_a_level, cut_units_tail, units_for
from corpus.parsing.tables import section_marker
from corpus.parsing.unit_lists import split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_triangle_or_star_before_a_name_in_a_units_cell_marks_the_lead_as_an_asterisk_does():
    assert units_for(Role.RESPONSIBLE, "▲甲局，乙局，各乡镇") == units_for(Role.RESPONSIBLE, "*甲局，乙局，各乡镇")
    assert units_for(Role.RESPONSIBLE, "★甲局、乙局").lead == ("甲局",)
    assert units_for(Role.RESPONSIBLE, "甲局、乙局").lead == ()  # no mark: no lead


def test_a_marked_units_cell_on_its_own_line_is_no_bullet_heading_between_rows():
    assert section_marker(["▲甲局，乙局，各乡镇（街道）"]) is None
    assert section_marker(["一、经济发展"]) == "一、经济发展"
    table = (
        "附件\n工作清单\n序号\n主要工作\n责任单位\n"
        "1\n全年生产总值增长5%左右\n▲甲局，各部门，各乡镇（街道）\n"
        "2\n完成上级下达的各项指标\n▲乙局，丙局，各乡镇（街道）\n"
        "3\n推动制造业稳步增长\n丁局，相关部门\n"
    )
    assert units(table) == [
        ("1", ("甲局",), ("各部门", "各乡镇（街道）")),
        ("2", ("乙局",), ("丙局", "各乡镇（街道）")),
        ("3", (), ("丁局", "相关部门")),
    ]


def test_the_first_listed_rule_may_speak_of_the_order_a_list_is_printed_in():
    assert FIRST_LISTED.search("（责任单位中排序第一单位为牵头单位）")
    assert FIRST_LISTED.search("排位第一的为牵头部门")
    notice = (
        "各单位（责任单位中排序第一单位为牵头单位）按照职责认真落实。\n"
        "一、主要目标\n1.甲项指标增长5%。(区甲局、区乙局)\n2.乙项指标增长6%。(区丙局)\n"
    )
    assert units(notice) == [("1", ("区甲局",), ("区乙局",)), ("2", ("区丙局",), ())]


def test_a_category_word_after_a_lists_summary_names_no_unit():
    assert split_units("区甲中心、区乙中心等部门、单位") == ("区甲中心", "区乙中心")
    assert split_units("区甲公司等部门、单位，某某街道") == ("区甲公司", "某某街道")
    assert split_units("有关单位") == ("有关单位",)  # a group, kept whole


def test_a_conjunction_outside_a_names_parenthesis_separates_two_units():
    assert split_units("县直相关单位和各乡镇（街道）") == ("县直相关单位", "各乡镇（街道）")
    assert split_units("各县（市和区）政府") == ("各县（市和区）政府",)  # inside the parenthesis: one group
    assert split_units("县住房和城乡建设局") == ("县住房和城乡建设局",)  # one side is no unit: one name


def test_a_line_of_several_fields_cut_inside_its_last_list_leaves_the_units_unknown():
    assert cut_units_tail("牵头单位：市甲局，配合单位：市乙局、市")
    assert cut_units_tail("牵头单位：市甲局，配合单位：市乙局、")
    assert not cut_units_tail("牵头单位：市甲局，配合单位：市乙局、市丙局")
    assert not cut_units_tail("完成时限：2024年，备注：市甲局、市")  # a field naming no units
    notice = (
        "一、重点工作\n（一）甲项工作。\n牵头单位：市甲局，配合单位：市乙局。\n"
        "（二）乙项工作。\n牵头单位：市丙局，配合单位：市丁局、市"
    )
    assert units(notice) == [("（一）", ("市甲局",), ("市乙局",)), ("（二）", (), ())]


def test_a_table_ending_on_a_level_prefix_alone_was_cut_inside_its_last_units_cell():
    assert cut_at_a_level("区")
    assert not cut_at_a_level("区甲局")
    table = "序号\n目标任务\n牵头单位\n配合单位\n1\n甲项指标增长5%\n区甲局\n区乙局\n2\n乙项指标稳步增长\n区丙局\n区"
    assert units(table) == [("1", ("区甲局",), ("区乙局",)), ("2", (), ())]
