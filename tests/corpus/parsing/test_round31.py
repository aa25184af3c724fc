"""Round 31 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
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
