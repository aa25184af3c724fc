"""Round 18 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.unit_lists import split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_an_indicator_type_before_the_labels_names_no_unit_and_keeps_the_lead():
    text = "一、主要指标\n1.甲项指标年均增长5%。（预期性指标，牵头单位：市甲局；责任单位：市乙局，各县区）\n"
    assert [(lead, resp) for _, lead, resp in units(text)] == [(("市甲局",), ("市乙局", "各县区"))]


def test_a_remark_about_the_items_below_after_a_comma_ends_the_list_even_when_cut():
    text = (
        "一、主要指标\n"
        "1.甲项指标达到90%。（牵头单位：市甲局；责任单位：市乙局，各县区，以下均需各县区落实，不再逐一列出）\n"
        "2.乙项指标达到80%。（约束性指标，牵头单位：市丙局；责任单位：市丁局，各县区，以下均需各县区落实，不再逐"
    )
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (("市甲局",), ("市乙局", "各县区")),
        (("市丙局",), ("市丁局", "各县区")),
    ]


def test_a_township_list_printing_its_prefix_once_gives_it_to_the_offices_after_it():
    assert split_units("乡甲中心、乡乙站、卫生院、派出所") == ("乡甲中心", "乡乙站", "乡卫生院", "乡派出所")
    assert split_units("镇甲办、财政所") == ("镇甲办", "镇财政所")


def test_rural_revitalisation_and_a_county_list_take_no_township_prefix():
    assert split_units("乡村振兴局、财政所") == ("乡村振兴局", "财政所")
    assert split_units("县甲局、卫生院") == ("县甲局", "卫生院")


def test_a_section_whose_units_stand_in_a_sentence_under_its_heading_is_a_task_with_them():
    text = "一、治理甲类污染\n由乡甲中心承办，乡乙站、卫生院配合。\n治理工作目标：\n甲率达到95%以上。\n"
    assert [(lead, resp) for _, lead, resp in units(text)] == [(("乡甲中心",), ("乡乙站", "乡卫生院"))]


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


def test_a_project_spanning_sub_rows_collects_the_units_of_each_sub_row():
    text = _cells(
        "序号", "项目", "责任单位", "建设内容",
        "1", "甲项工程", "区甲局", "实施甲路改造工程。", "", "区乙局", "实施乙桥改造工程。",
        "2", "乙项工程", "区丙局", "实施丙河整治工程。",
        "3", "丙项工程", "区丁局", "新建丁馆。",
    )  # fmt: skip
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        ((), ("区甲局", "区乙局")),
        ((), ("区丙局",)),
        ((), ("区丁局",)),
    ]


def test_a_project_cut_by_the_text_end_while_its_sub_rows_go_on_is_declined():
    text = _cells(
        "序号", "项目", "责任单位", "建设内容",
        "1", "甲项工程", "区甲局", "实施甲路改造工程。",
        "2", "乙项工程", "区丙局", "实施丙河整治工程。", "", "区丁局", "建成",
    )  # fmt: skip
    assert [(lead, resp) for _, lead, resp in units(text)] == [((), ("区甲局",)), ((), ())]
