"""Round 34 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.roles import parse_inline


def test_the_unit_supplying_a_targets_figures_is_responsible_beside_the_lead_and_the_leader_is_no_unit() -> None:
    roles = parse_inline("牵头领导：张三，牵头单位：市甲局，责任单位：市乙局、市丙局，数据提供单位：市丁局")
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市乙局", "市丙局", "市丁局"))


def test_the_unit_supplying_the_figures_may_follow_the_lead_alone_or_after_a_semicolon() -> None:
    roles = parse_inline("牵头领导：张三，牵头单位：市甲局；数据提供部门：市丁局")
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市丁局",))


def test_beside_a_lone_responsible_list_the_unit_supplying_the_figures_makes_no_one_lead() -> None:
    # Unlike 配合单位, a supplier of figures helps with no part of the work: the 责任单位 stay responsible.
    roles = parse_inline("责任单位：市乙局，数据提供单位：市丁局")
    assert roles is not None
    assert (roles.lead, roles.responsible) == ((), ("市乙局", "市丁局"))


def test_a_work_reports_targets_each_closed_by_a_leader_a_lead_and_a_supplier_of_figures() -> None:
    text = (
        "一、 主要预期目标\n"
        "(一) 甲总值增长7%左右。(牵头领导:张三,牵头单位:市甲局,数据提供单位:市统计局)\n"
        "(二) 乙投资增长9%。(牵头领导:李四,牵头单位:市乙局,责任单位:市丙局、市丁局,数据提供单位:市统计局)\n"
        "(三) 丙收入同步增长。(牵头领导:李四,牵头单位:市丙局)\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("（一）", ("市甲局",), ("市统计局",)),
        ("（二）", ("市乙局",), ("市丙局", "市丁局", "市统计局")),
        ("（三）", ("市丙局",), ()),
    ]


def test_a_parenthesis_naming_only_a_leader_names_no_unit() -> None:
    assert parse_inline("牵头领导：张三") is None
