"""Round 35 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice


def test_items_closed_by_a_lead_and_a_group_of_places_joined_by_ji() -> None:
    text = (
        "（二）改善民生\n"
        "  1.推进甲保险扩面。(牵头责任单位:市甲局;责任单位:各县区及开发区,市政府有关部门)\n"
        "  2.落实乙补助。(牵头责任单位:市乙局、市丙局;责任单位:各县区及开发区)\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", ("市甲局",), ("各县区及开发区", "市政府有关部门")),
        ("2", ("市乙局", "市丙局"), ("各县区及开发区",)),
    ]


def test_a_closing_sentence_after_you_may_set_a_group_apart_with_a_comma() -> None:
    # "由A、B，各县（市）、区人民政府负责落实。": the list after 由 holds a comma and a parenthesis inside a name.
    text = (
        "二、办好实事\n"
        "(一)继续实施甲补贴,确保补贴总额高于上年。由市甲局、乙局,各县(市)、区人民政府负责落实。\n"
        "(二)改善乙条件,解决丙问题。由市丙局负责落实。\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("（一）", ("市甲局", "市乙局", "各县（市）、区人民政府"), ()),
        ("（二）", ("市丙局",), ()),
    ]


def test_a_heading_over_a_paragraph_closed_by_its_own_units_sentence_is_a_task() -> None:
    text = (
        "一、今年的主要目标\n"
        "生产总值增长8%;财政收入增长10%。\n"
        "由市政府各相关部门,各县(市)、区人民政府负责落实。\n"
        "二、办好实事\n"
        "(一)继续实施甲补贴。由市甲局负责落实。\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("一", ("市政府各相关部门", "各县（市）、区人民政府"), ()),
        ("（一）", ("市甲局",), ()),
    ]


def test_a_sentence_opening_with_youyu_names_no_unit_after_you() -> None:
    # 由于 ("because") opens no list of units: the clause after the comma names the unit in charge.
    text = "一、工作\n(一)推进甲事。由于市场变化,市甲局负责落实。\n(二)推进乙事。由市乙局负责落实。\n"
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units) for t in tasks] == [("（一）", ("市甲局",)), ("（二）", ("市乙局",))]
