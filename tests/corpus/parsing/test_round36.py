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


def test_a_lone_sub_item_printed_past_the_first_number_is_a_task_beside_its_item() -> None:
    # A re-split of a higher list keeps its numbers and prints only the sub-item it carries: (2) with no (1).
    text = (
        "二、任务分解\n"
        "3.办好甲实事。安排资金2亿元。\n"
        "(2)乙培训工程。培训5万人。(职业培训中心)\n"
        "4.推进丙转移。新增3万人。 (就业处)\n"
        "5.加强丁保障。 (工资处)\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("3", (), ()),
        ("（2）", (), ("职业培训中心",)),
        ("4", (), ("就业处",)),
        ("5", (), ("工资处",)),
    ]


def test_a_lone_first_sub_item_still_belongs_to_its_item() -> None:
    # (1) alone opens the item's own list of parts: its units are the item's, as before.
    text = (
        "二、任务分解\n"
        "3.办好甲实事。安排资金2亿元。\n"
        "(1)乙培训工程。培训5万人。(职业培训中心)\n"
        "4.推进丙转移。新增3万人。 (就业处)\n"
        "5.加强丁保障。 (工资处)\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("3", (), ("职业培训中心",)),
        ("4", (), ("就业处",)),
        ("5", (), ("工资处",)),
    ]
