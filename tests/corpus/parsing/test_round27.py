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
