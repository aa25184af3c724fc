"""Round 24 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.text import without_copy_noise
from corpus.parsing.unit_lists import split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_forums_anti_copy_noise_is_taken_out_of_a_line_wherever_it_touches_the_text():
    lines = [
        ") Q4 W/ E5 R! T",
        ", A% S7 d: f3 {修缮甲路（区甲局牵头） z& X2 ]4 C) v8",
        "新建乙馆（乙街道牵头）' b1 N6 m7 K3 j",
    ]
    assert without_copy_noise(lines) == ["", "修缮甲路（区甲局牵头）", "新建乙馆（乙街道牵头）"]


def test_spaced_abbreviations_and_a_tables_empty_cells_are_no_copy_noise():
    lines = ["推广 AI VR AR XR 应用", "甲项目 | | | |", "建设5G基站 120 个"]
    assert without_copy_noise(lines) == lines


def test_unnumbered_lines_each_closed_by_their_lead_read_through_noise_and_a_table_border():
    text = (
        "|\n"
        "今年的民生实事里面有这几件：\n"
        ") Q4 W/ E5 R! T\n"
        ", A% S7 d: f3 {修缮甲路3公里(住建局牵头) z& X2 ]4 C) v8\n"
        "新建乙馆1座(乙街道牵头)' b1 N6 m7 K3 j\n"
        "改造丙小区2个(丙镇牵头) |\n"
        "|"
    )
    assert units(text) == [
        ("修缮甲路3公里", ("住建局",), ()),
        ("新建乙馆1座", ("乙街道",), ()),
        ("改造丙小区2个", ("丙镇",), ()),
    ]


def test_departments_and_units_named_together_are_one_group():
    assert split_units("市直有关部门、单位，各区政府") == ("市直有关部门、单位", "各区政府")
    assert split_units("县政府各部门、单位") == ("县政府各部门、单位",)
    # After 等 the pair is the list's summary, naming no body (as before).
    assert split_units("区甲中心、区乙局等部门、单位") == ("区甲中心", "区乙局")
    # A bare category word after a named unit still names none.
    assert split_units("市甲局、单位") == ("市甲局",)
