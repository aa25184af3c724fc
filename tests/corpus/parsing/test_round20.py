"""Round 20 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


# A progress table one cell per line (序号 | 类别 | 项目名称 | 目标任务 | 牵头单位 | 完成情况 | 完成进度): the group
# cell printed at its group's first row only, a target row going on over a second sub-row of figures.
_PROGRESS_TABLE = (
    "序号\n类别\n项目名称\n目标任务\n牵头单位\n完成情况\n完成进度\n"
    "1\n一、甲类工作（2项）\n改善办学条件\n新建校舍3栋\n县甲局\n3\n100%\n新增学位200个\n2\n100%\n"
    "2\n扩大就业\n新增就业50人\n县乙局\n1\n50%\n"
    "3\n二、乙类工作（1项）\n提升农村道路\n改造道路4公里\n县丙局\n4\n100%\n"
)


def test_a_group_cell_right_after_a_rows_number_is_a_heading_over_its_rows_not_a_row_between_rows():
    notice = parse_notice(_PROGRESS_TABLE)
    assert [(t.label, t.title, t.lead_units) for t in notice.tasks] == [
        ("1", "改善办学条件", ("县甲局",)),
        ("2", "扩大就业", ("县乙局",)),
        ("3", "提升农村道路", ("县丙局",)),
    ]
    # The rows still go under their groups' headings.
    assert [t.section for t in notice.tasks] == [1, 1, 2]


def test_a_number_followed_by_another_figure_is_a_cell_of_the_open_row():
    # Row 1's sub-row prints "2" / "100%": a count and its share, not row 2 opening.
    assert [label for label, _, _ in units(_PROGRESS_TABLE)] == ["1", "2", "3"]
    table = "序号\n工作任务\n牵头单位\n目标值\n完成情况\n1\n推进污水治理\n县甲局\n2\n2\n2\n推进垃圾分类\n县乙局\n5\n4\n"
    assert units(table) == [("1", ("县甲局",), ()), ("2", ("县乙局",), ())]
