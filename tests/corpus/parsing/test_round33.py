"""Round 33 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.roles import parse_inline


@pytest.mark.parametrize(
    "content",
    [
        "市甲局、市乙局按照职责分工分别牵头负责，市丙局、市丁办参加",
        "市甲局、市乙局按职责分工牵头负责，市丙局、市丁办参加",
        "市甲局、市乙局分别牵头负责，市丙局、市丁办参加",
        "市甲局、市乙局共同牵头落实，市丙局、市丁办参加",
    ],
)
def test_units_that_lead_each_by_their_duties_lead_and_those_taking_part_are_responsible(content):
    roles = parse_inline(content)
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局", "市乙局"), ("市丙局", "市丁办"))


def test_units_acting_by_their_duties_with_no_lead_word_are_still_responsible() -> None:
    roles = parse_inline("市甲局牵头，市乙局、市丙局按照职责分工分别负责")
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市乙局", "市丙局"))


def test_a_notice_in_traditional_characters_reads_leading_by_duties_and_taking_part() -> None:
    text = (
        "一、加強甲體系建設\n"
        "1、啟動甲調研工作。（發展改革委、人民銀行牽頭負責，法制辦參加）\n"
        "2、制定乙標準和實施細則。（發展改革委、公安部按照職責分工分別牽頭負責，民政部、稅務總局參加）\n"
    )
    tasks = parse_notice(text).tasks
    assert [(t.label, t.lead_units, t.responsible_units) for t in tasks] == [
        ("1", ("发展改革委", "人民银行"), ("法制办",)),
        ("2", ("发展改革委", "公安部"), ("民政部", "税务总局")),
    ]
