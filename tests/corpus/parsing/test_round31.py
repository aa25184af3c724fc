"""Round 31 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.numbering import next_item_led_by_digits
from corpus.parsing.unit_lists import looks_like_unit


@pytest.mark.parametrize(("name", "expected"), [("市科协", True), ("区政协", True), ("市协", False)])
def test_an_association_by_its_short_form_is_a_unit_a_level_alone_is_not(name, expected):
    assert looks_like_unit(name) is expected


def test_a_labelled_parenthesis_with_an_association_as_lead_keeps_its_units() -> None:
    text = (
        "一、重点项目\n"
        "1.甲项目。开展甲培训。（牵头单位：市科协，配合单位：市乙局，各有关区、县级市）\n"
        "2.乙项目。开展乙交流。（牵头单位：市丙局，配合单位：市科协）\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.lead_units, t.responsible_units) for t in tasks] == [
        (("市科协",), ("市乙局", "各有关区、县级市")),  # 、 inside one group's name (issue 11)
        (("市丙局",), ("市科协",)),
    ]


def test_an_item_whose_title_opens_with_digits_is_the_next_item() -> None:
    text = (
        "一、重点项目\n"
        "1.甲项目。开展甲培训。（牵头单位：市甲局，配合单位：市乙局）\n"
        "2.121梯队项目。培养乙人才。（牵头单位：市丙局，配合单位：市丁局）\n"
        "3.丙项目。开展丙交流，面积达到\n"
        "4.5万平方米。（牵头单位：市戊局，配合单位：市己局）\n"
    )
    tasks = parse_notice(text).tasks
    # "2.121梯队" continues 1. as item 2; "4.5万平方米" is a figure wrapped onto a new line, not item 4.
    assert [(t.label, t.lead_units) for t in tasks] == [("1", ("市甲局",)), ("2", ("市丙局",)), ("3", ("市戊局",))]
    assert tasks[1].title.startswith("121梯队项目")


@pytest.mark.parametrize("line", ["3.5%以内", "3.5万亩耕地", "3.2公里"])
def test_a_decimal_figure_at_a_line_s_start_is_no_item(line):
    assert next_item_led_by_digits(line, 2) is None
