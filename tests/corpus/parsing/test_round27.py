"""Round 27 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.unit_lists import is_unit_list, looks_like_unit


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_name_counting_something_in_figures_is_a_target_not_a_unit():
    assert not looks_like_unit("新建3个社区食堂")
    assert not looks_like_unit("改造1.5万户老旧小区管网")
    assert not is_unit_list("新增2个村（社区）建有卫生站")
    # A name with no figures is read as before.
    assert looks_like_unit("市甲局")


def test_a_pipe_row_whose_target_ends_like_a_unit_keeps_its_cells_in_their_columns():
    text = "\n".join(
        [
            "序号 | 项目内容 | 完成情况 | 责任单位 | 责任人 |",
            "1 | 新建2个街道养老服务中心 | 建成甲街道和乙街道养老服务中心。 | 市甲局 | 张三 |",
            "2 | 改造老旧小区10个 | 已完成。 | 市乙局 | 李四 |",
        ]
    )
    assert units(text) == [
        ("新建2个街道养老服务中心", (), ("市甲局",)),
        ("改造老旧小区10个", (), ("市乙局",)),
    ]


def test_a_units_and_head_column_printed_one_cell_per_line_keeps_only_the_units():
    lines = ["序号", "工作任务", "牵头单位及主要负责人", "进展情况"]
    rows = [["1", "新建甲路", "县甲局 张三", "已完工"], ["2", "改造乙桥", "县乙局（李四）", "进行中"]]
    text = "\n".join(["甲县民生实事进展", *lines, *(cell for row in rows for cell in row)])
    assert units(text) == [("新建甲路", ("县甲局",), ()), ("改造乙桥", ("县乙局",), ())]


def test_a_units_column_without_a_head_printed_one_cell_per_line_keeps_its_cells_whole():
    # No header word says a person follows: a two-character name after a unit is left as printed.
    lines = ["序号", "工作任务", "牵头单位", "进展情况", "1", "新建甲路", "县甲局", "已完工"]
    assert units("\n".join(["甲县民生实事进展", *lines])) == [("新建甲路", ("县甲局",), ())]
