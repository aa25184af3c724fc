"""Round 41 rules, each on a small hand-made notice (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice, parse_notice_with_report


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def _cells(*cells: str) -> str:
    # A table flattened one cell a paragraph, blank lines between, no separators.
    return "\n\n".join(cells)


# A 民生实事 table whose 事项分类 cell spans its group's rows, printed on each group's first row only; two project
# names end as a unit's name does (…学校, …卫生室).
_GROUPED = _cells(
    "某区2024年民生实事任务分解方案",
    "序号",
    "事项分类",
    "事项名称",
    "项目内容",
    "牵头单位",
    "协同单位",
    "1",
    "教育提升工程",
    "新建一批乡村学校",
    "新建乡村学校3所。",
    "区教育局",
    "东山镇",
    "区财政局",
    "2",
    "改造学校食堂",
    "改造学校食堂10个。",
    "区教育局",
    "/",
    "3",
    "健康惠民工程",
    "新建村卫生室",
    "新建村卫生室20家。",
    "区卫健局",
    "各乡镇（街道）",
)


def test_a_group_cell_on_its_groups_first_row_leaves_the_name_cell_the_title_and_no_unit() -> None:
    assert _rows(_GROUPED) == [
        ("1", ("区教育局",), ("东山镇", "区财政局")),
        ("2", ("区教育局",), ()),
        ("3", ("区卫健局",), ("各乡镇（街道）",)),
    ]
    assert [t.title for t in parse_notice(_GROUPED).tasks] == ["新建一批乡村学校", "改造学校食堂", "新建村卫生室"]


def test_a_last_row_cut_inside_a_name_of_its_last_units_column_declines_that_list_only() -> None:
    text = _cells(_GROUPED, "4", "新建托育机构", "新增托班2个。", "区卫健局", "区住建局", "区机关事")
    notice, report = parse_notice_with_report(text)
    last = notice.tasks[-1]
    assert (last.label, last.lead_units, last.responsible_units) == ("4", ("区卫健局",), ())
    assert any("截断" in note for note in report.notes)


def test_a_last_row_ending_on_a_whole_name_keeps_its_list() -> None:
    text = _cells(_GROUPED, "4", "新建托育机构", "新增托班2个。", "区卫健局", "区住建局", "区民政局")
    last = parse_notice(text).tasks[-1]
    assert (last.lead_units, last.responsible_units) == (("区卫健局",), ("区住建局", "区民政局"))


def test_a_province_printing_its_ting_bare_restores_no_sheng_on_them() -> None:
    # 省 printed again after bare 厅 names: the notice names its 厅 without 省, in every list.
    text = (
        "某省节能减排工作方案\n"
        "一、落实目标责任\n"
        "（一）分解节能目标。将全省节能目标分解到各市，明确各方责任。\n"
        "牵头单位：省发展改革委、环境保护厅\n"
        "责任单位：省经济和信息化委、交通运输厅、商务厅、省统计局\n"
    )
    assert _rows(text) == [
        ("（一）", ("省发展改革委", "环境保护厅"), ("省经济和信息化委", "交通运输厅", "商务厅", "省统计局")),
    ]


def test_a_list_printing_sheng_once_still_gives_it_to_its_bare_ting_and_ju() -> None:
    text = (
        "某省节能减排工作方案\n"
        "一、落实目标责任\n"
        "（一）分解节能目标。将全省节能目标分解到各市，明确各方责任。\n"
        "牵头单位：省发展改革委、环境保护厅\n"
        "责任单位：省财政厅、交通运输厅、统计局\n"
    )
    assert _rows(text) == [
        ("（一）", ("省发展改革委", "省环境保护厅"), ("省财政厅", "省交通运输厅", "省统计局")),
    ]


def test_bare_ju_beside_a_list_reprinting_sheng_after_bare_ju_still_take_it() -> None:
    # Only bare 厅 names show the style; a list reprinting 省 after a bare 局 restores as before.
    text = (
        "某省节能减排工作方案\n"
        "一、落实目标责任\n"
        "（一）分解节能目标。将全省节能目标分解到各市，明确各方责任。\n"
        "牵头单位：省发展改革委、环境保护厅\n"
        "责任单位：省财政厅、统计局、省商务厅\n"
    )
    assert _rows(text) == [
        ("（一）", ("省发展改革委", "省环境保护厅"), ("省财政厅", "省统计局", "省商务厅")),
    ]
