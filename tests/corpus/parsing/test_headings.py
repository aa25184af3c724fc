"""A section heading that names the lead of the tasks under it ("一、X牵头工作")."""

from __future__ import annotations

import pytest

from corpus.parsing.headings import heading_lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("县示范区管委会牵头工作（8项）", ("县示范区管委会",)),
        ("区住建局牵头的重点任务", ("区住建局",)),
        ("市发改委、市财政局牵头事项", ("市发改委", "市财政局")),
    ],
)
def test_a_heading_grouping_tasks_by_their_lead_names_that_lead(text, lead):
    assert heading_lead(text) == lead


@pytest.mark.parametrize(
    "text",
    [
        "王丹县长牵头重点工作",  # a person, not a unit
        "李明省长主抓重点工作",
        "加快产业发展",  # an ordinary heading
        "各牵头单位要加强协调，确保任务落实。",  # prose
    ],
)
def test_a_heading_grouped_by_a_leader_or_by_topic_names_no_lead(text):
    assert heading_lead(text) == ()
