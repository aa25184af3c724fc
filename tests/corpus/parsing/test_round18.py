"""Round 18 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice


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
