"""Round 19 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.unit_lists import split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_duties_field_under_a_task_heading_names_the_lead_and_the_helpers_in_words():
    text = (
        "（一）甲项整治任务\n工作职责：市甲局牵头，各有关部门配合，责任人：张某。\n工作任务：整治甲街。\n"
        "（二）乙项整治任务\n职责分工：区乙局牵头，区丙局配合。\n工作任务：整治乙路。\n"
    )
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (("市甲局",), ("各有关部门",)),
        (("区乙局",), ("区丙局",)),
    ]


def test_a_person_in_charge_after_the_units_is_no_unit():
    text = (
        "（一）甲项整治任务\n责任单位：市丙局、丁公司，负责人：王某、赵某。\n工作任务：整治甲街。\n"
        "（二）乙项整治任务\n责任单位：区乙局，负责人：李某。\n工作任务：整治乙路。\n"
    )
    assert [(lead, resp) for _, lead, resp in units(text)] == [((), ("市丙局", "丁公司")), ((), ("区乙局",))]


def test_a_group_opening_with_related_keeps_its_levels_together():
    assert split_units("省甲厅、相关市、县政府") == ("省甲厅", "相关市、县政府")
    assert split_units("市甲局、有关县、区人民政府") == ("市甲局", "有关县、区人民政府")
    # 有关 before a whole name is no group of levels: "有关单位" and "县政府" are two units.
    assert split_units("有关单位、县政府") == ("有关单位", "县政府")


def test_several_places_sharing_one_organ_printed_once_are_one_group():
    assert split_units("市甲指挥部、东城、西城、南城区政府、省乙局") == (
        "市甲指挥部",
        "东城、西城、南城区政府",
        "省乙局",
    )


def test_a_unit_read_as_one_organisation_word_that_opens_with_a_place_takes_no_level_prefix():
    # jieba reads 沈阳铁路局 as one word (nt); its opening 沈阳 is a place, so the list's 省 is not its own.
    assert split_units("省甲委、铁路办、沈阳铁路局") == ("省甲委", "省铁路办", "沈阳铁路局")


def test_an_item_opening_with_the_unit_in_charge_names_it_as_lead():
    text = (
        "（五）市甲局负责对主干道两侧的广告牌进行清理。年内完成清理（详见附件2）。\n"
        "（六）各区人民政府负责督促区乙局等相关职能部门完善停车设施，并组织丙、丁等部门清理占道经营。\n"
    )
    assert units(text) == [("（五）", ("市甲局",), ()), ("（六）", ("各区人民政府",), ("区乙局",))]


def test_an_item_opening_with_a_body_that_is_no_government_unit_names_no_lead():
    text = "（一）企业负责对厂区道路进行硬化。市甲局负责。\n（二）项目业主负责建设配套设施。市乙局负责。\n"
    assert [(lead, resp) for _, lead, resp in units(text)] == [(("市甲局",), ()), (("市乙局",), ())]
