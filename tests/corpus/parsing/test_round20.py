"""Round 20 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.tables import is_header_cell


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


# A table one cell per line without 序号 (工作目标 | 责任领导 | 责任单位), a numbered section under its header.
_LEADERS_TABLE = (
    "工作目标\n\n责任领导\n\n责任单位\n\n一、主要指标\n\n1. 粮食产量稳定。\n\n张某\n\n市甲局、市乙局\n\n"
    "2. 城镇新增就业5万人。\n\n王某\n\n李某\n\n市丙局、各区政府\n"
)


def test_a_numbered_section_under_a_header_is_no_header_cell():
    assert not is_header_cell("一、主要指标")
    assert is_header_cell("主要指标")
    notice = parse_notice(_LEADERS_TABLE)
    assert [t.section for t in notice.tasks] == [1, 1]


def test_a_leaders_cell_printing_one_name_per_line_is_one_cell():
    notice = parse_notice(_LEADERS_TABLE)
    assert [(t.title, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("粮食产量稳定", (), ("市甲局", "市乙局")),
        ("城镇新增就业5万人", (), ("市丙局", "各区政府")),
    ]


def test_a_text_ending_on_the_opening_of_a_name_printed_whole_above_was_cut_there():
    cut = "1. 甲项工作。（责任单位：市甲局、各县（市、区）政府）\n2. 乙项工作。（责任单位：市乙局、各县（市、区）"
    assert units(cut) == [("1", (), ("市甲局", "各县（市、区）政府")), ("2", (), ())]
    # The same list closed, or a last name no longer name opens, is read as it stands.
    whole = "1. 甲项工作。（责任单位：市甲局、各县（市、区）政府）\n2. 乙项工作。（责任单位：市乙局、各县（市、区））"
    assert units(whole)[1] == ("2", (), ("市乙局", "各县（市、区）"))
    other = "1. 甲项工作。（责任单位：市甲局、市丙局）\n2. 乙项工作。（责任单位：市乙局、各县（市、区）"
    assert units(other)[1] == ("2", (), ("市乙局", "各县（市、区）"))
