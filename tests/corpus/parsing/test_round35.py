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
