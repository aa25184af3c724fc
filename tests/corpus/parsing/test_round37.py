"""Round 37 rules, each on a small hand-made notice (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice

HEADER = "序号 | 工作内容 | 牵头单位 | 配合单位 |\n"


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_number_cell_printed_in_brackets_gives_the_row_its_number_and_label() -> None:
    text = (
        "附件\n甲县重点工作分工表\n" + HEADER + "（1） | 推进甲项目建设。 | 县甲局 | 县乙局 |\n"
        "(2) | 完成乙指标。 | 县丙局 | 各乡镇 |\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.number, t.label, t.title) for t in tasks] == [
        (1, "（1）", "推进甲项目建设"),
        (2, "（2）", "完成乙指标"),
    ]
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (("县甲局",), ("县乙局",)),
        (("县丙局",), ("各乡镇",)),
    ]


def test_a_number_cell_with_a_dot_or_a_comma_is_the_row_number_too() -> None:
    text = (
        "附件\n甲县重点工作分工表\n" + HEADER + "1. | 推进甲项目建设。 | 县甲局 | |\n"
        "2、 | 完成乙指标。 | 县丙局 | 县丁局 |\n"
    )
    assert _rows(text) == [("1", ("县甲局",), ()), ("2", ("县丙局",), ("县丁局",))]
    # The number is the row's, not the start of its text.
    assert [t.title for t in parse_notice(text).tasks] == ["推进甲项目建设", "完成乙指标"]


def test_a_row_a_level_above_the_bracketed_rows_below_it_heads_them_and_is_no_task() -> None:
    # The bracketed numbers run on across the plain "1" row: it is a title over (3) and (4), naming no unit.
    text = (
        "附件\n甲县重点工作分工表\n" + HEADER + "一、发展目标 | |||\n"
        "(1) | 甲指标增长5%。 | 县甲局 | 各乡镇 |\n"
        "(2) | 乙指标下降3%。 | 县乙局 | 各乡镇 |\n"
        "二、重点工作 | |||\n"
        "1 | 扩大有效投资。 | ||\n"
        "(3) | 开工丙类项目10个。 | 县丙局 | 县丁局 各乡镇 |\n"
        "(4) | 建成丁类设施3处。 | 县丁局 县戊局 | 各乡镇 |\n"
    )
    assert _rows(text) == [
        ("（1）", ("县甲局",), ("各乡镇",)),
        ("（2）", ("县乙局",), ("各乡镇",)),
        ("（3）", ("县丙局",), ("县丁局", "各乡镇")),
        ("（4）", ("县丁局", "县戊局"), ("各乡镇",)),
    ]


def test_a_row_naming_no_unit_before_a_row_of_its_own_level_stays_a_task() -> None:
    # Row 2's units cells are blank, but row 3 is numbered at the same level: a task without units, not a heading.
    text = (
        "附件\n甲县重点工作分工表\n" + HEADER + "1 | 推进甲项目建设。 | 县甲局 | 县乙局 |\n"
        "2 | 完善乙机制。 | ||\n"
        "3 | 完成丙指标。 | 县丙局 | |\n"
    )
    assert _rows(text) == [("1", ("县甲局",), ("县乙局",)), ("2", (), ()), ("3", ("县丙局",), ())]


def test_a_plain_row_over_bracketed_rows_that_names_units_stays_a_task() -> None:
    # A row naming its own unit carries a task, whatever the numbering of the rows after it.
    text = (
        "附件\n甲县重点工作分工表\n" + HEADER + "1 | 推进甲项目建设。 | 县甲局 | |\n(1) | 开工乙类项目。 | 县乙局 | |\n"
    )
    assert [label for label, _, _ in _rows(text)] == ["1", "（1）"]


def test_items_after_an_item_broken_into_sub_items_naming_units_are_kept() -> None:
    # Item 2 is split into (1) and (2), each naming its body; items 3 and 4 name theirs on their own line.
    text = (
        "一、年度任务\n"
        "2.建设甲中心。\n"
        "(1)完成甲中心选址。(规划科)\n"
        "(2)启动甲中心施工。(建设科)\n"
        "3.修订乙办法。(法规科)\n"
        "4.组织丙培训。(人事科)\n"
    )
    assert _rows(text) == [
        ("（1）", (), ("规划科",)),
        ("（2）", (), ("建设科",)),
        ("3", (), ("法规科",)),
        ("4", (), ("人事科",)),
    ]


def test_items_after_such_an_item_are_kept_without_a_heading_above_them_too() -> None:
    text = (
        "2.建设甲中心。\n(1)完成甲中心选址。(规划科负责)\n(2)启动甲中心施工。(建设科负责)\n3.修订乙办法。(法规科负责)\n"
    )
    assert [label for label, _, _ in _rows(text)] == ["（1）", "（2）", "3"]


def test_a_short_item_naming_no_unit_beside_such_an_item_stays_a_heading() -> None:
    # Item 3 names no unit and holds no sub-item: a title, as before (only running text is a measure then).
    text = "一、年度任务\n2.建设甲中心。\n(1)完成甲中心选址。(规划科)\n(2)启动甲中心施工。(建设科)\n3.其他工作\n"
    assert [label for label, _, _ in _rows(text)] == ["（1）", "（2）"]
