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
