"""Round 32 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.glued_items import glued_items
from corpus.parsing.text import without_level_before_label
from corpus.parsing.unit_lists import looks_like_unit
from corpus.parsing.unnumbered import run_in_targets


def test_one_numbered_item_whose_clauses_each_close_on_their_units_is_one_task_with_the_units_pooled() -> None:
    text = "一、重点任务\n1.甲专项行动。完善甲制度。（市甲局负责）落实乙标准。（市乙局负责）加强丙。（市丙局负责）\n"
    tasks = parse_notice(text).tasks
    # A lone (X负责) leads (fixtures README); the three clauses name who does each part of one task.
    assert [(t.label, t.title, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", "甲专项行动", ("市甲局", "市乙局", "市丙局"), ())
    ]


def test_one_item_s_clauses_stay_one_task_when_the_page_ends_inside_a_last_units_bracket() -> None:
    text = "一、重点任务\n1.甲专项行动。完善甲制度。（市甲局负责）落实乙标准。（市乙局负责）加强丙。[市丙局（市丁办）\n"
    tasks = parse_notice(text).tasks
    assert [t.label for t in tasks] == ["1"]
    assert tasks[0].title == "甲专项行动"
    assert tasks[0].lead_units == ("市甲局", "市乙局")


def test_a_line_opening_with_a_number_stays_whole_but_one_holding_a_section_heading_is_split_into_targets() -> None:
    whole = "2、制定甲措施。（市甲局负责）调整乙机制。（市甲局牵头，市乙局配合）各区参照调整。（各区丙办负责）"
    assert run_in_targets([whole]) == [whole]
    # "2、" before a section heading run on after a colon is a page's number, not the item the sentences belong to.
    listed = "2、安排如下：一、加强甲工作制定甲措施。（市甲局负责）调整乙机制。（市甲局牵头，市乙局配合）"
    assert run_in_targets([listed]) == [
        "2、安排如下：一、加强甲工作制定甲措施。（市甲局负责）",
        "● 调整乙机制。（市甲局牵头，市乙局配合）",
    ]


@pytest.mark.parametrize(("name", "expected"), [("镇街", True), ("各镇街", True), ("步行街", False)])
def test_towns_and_sub_districts_together_are_a_group_of_units_a_street_is_not(name, expected):
    assert looks_like_unit(name) is expected


def test_a_list_ending_on_towns_and_sub_districts_takes_the_first_listed_rule_stated_after_its_full_stop() -> None:
    text = (
        "一、总体要求\n"
        "（1）甲工作。推进甲。（县甲局、县乙局、镇街。排名第一的是牵头单位，下同）\n"
        "（2）乙工作。推进乙。（县丙局、县丁局）\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (("县甲局",), ("县乙局", "镇街")),
        (("县丙局",), ("县丁局",)),
    ]


def test_a_page_holding_one_unnumbered_measure_over_its_units_line_is_one_task() -> None:
    tasks = parse_notice("推进甲项工程建设，提高甲普及率。到2030年，基本解决甲问题。\n责任单位：市甲局\n").tasks
    assert [(t.title, t.lead_units, t.responsible_units) for t in tasks] == [
        ("推进甲项工程建设，提高甲普及率", (), ("市甲局",))
    ]


def test_one_unnumbered_measure_with_text_after_its_units_line_is_still_no_notice() -> None:
    # The units line is then one line of a letter, not the close of the page's only task.
    with pytest.raises(ValueError, match="no tasks found"):
        parse_notice("推进甲项工程建设，提高甲普及率。\n责任单位：市甲局\n请各单位认真落实。\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("责任科室（单位）：县甲院", "责任科室：县甲院"),
        ("牵头部门(单位):市甲局", "牵头部门:市甲局"),
        ("责任单位（牵头）：市甲局", "责任单位（牵头）：市甲局"),  # a role in the bracket is no second name for units
    ],
)
def test_a_label_naming_its_bodies_by_a_second_word_in_brackets_reads_as_the_label(line, expected):
    assert without_level_before_label([line]) == [expected]


def test_a_paragraph_whose_headings_items_and_units_labels_are_glued_together_reads_as_its_tasks() -> None:
    text = (
        "现将有关事项通知如下：一、工作任务（一）深化甲工作1.开展乙整治（2）目标：对甲场所进行整治"
        "责任科室（单位）：县甲院、县乙院（3）目标：开展丙整治。责任科室：局丙科"
        "4.开展丁整治目标：开展丁活动，改善丁环境，提高丁水平，巩固丁成果。责任科室：局丁科...\n"
    )
    tasks = parse_notice(text).tasks
    # 1. is the heading of (2) and (3); 4. holds no items and closes on its own units: a task. "..." is the
    # page's truncation mark, no part of the name.
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("（2）", (), ("县甲院", "县乙院")),
        ("（3）", (), ("局丙科",)),
        ("4", (), ("局丁科",)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1.推进甲。（责任单位：市甲局）2.推进乙。（责任单位：市乙局）3.推进丙。",  # labels inside parentheses
        "1.推进甲。 责任单位：市甲局（2）推进乙。 责任单位：市乙局",  # spaces still separate the parts
    ],
)
def test_a_line_whose_parts_are_still_separated_is_not_cut_as_glued(line):
    assert glued_items([line]) == [line]


def test_a_paragraph_beside_a_heading_over_items_closed_by_its_own_units_line_keeps_its_units() -> None:
    text = (
        "一、任务\n1.甲整治\n（1）推进甲。\n责任单位：市甲局\n（2）推进乙。\n责任单位：市乙局\n"
        "2.开展丙整治，推进丙工作落实，改善全市丙环境质量水平，提高群众满意度。\n责任单位：市丙局\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.responsible_units) for t in tasks] == [
        ("（1）", ("市甲局",)),
        ("（2）", ("市乙局",)),
        ("2", ("市丙局",)),
    ]
