"""Round 36 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice


def test_a_bare_list_on_its_own_line_keeps_the_place_printed_once_on_a_tax_bureau_pair() -> None:
    text = "一、目标分解\n1、甲指标增长6%。\n(市甲委、乙局,扬州国税局、地税局)\n2、乙指标下降2%。\n(市丙局)\n"
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", (), ("市甲委", "市乙局", "扬州国税局", "扬州地税局")),
        ("2", (), ("市丙局",)),
    ]
