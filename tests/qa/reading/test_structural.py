"""qa/reading/structural.py: questions over the task table, negations in particular."""

from __future__ import annotations

import pytest

from qa.query import Op, Property, Role, UnitArg


def test_not_under_a_unit_s_lead_is_a_negation(read):
    query = read("哪几项不归水务局牵头")
    assert query.op is Op.FILTER and query.prop is Property.NOT_LED_BY
    assert query.units == (UnitArg("市水务局", Role.LEAD),)


def test_a_unit_that_has_not_led_is_on_tasks_without_leading_them(read):
    # Read as "住建局不牵头的": the tasks it is on, less those it leads.
    query = read("住建局没有牵头的任务")
    assert query.op is Op.DIFFERENCE
    assert query.units == (UnitArg("市住房建设局", Role.ANY), UnitArg("市住房建设局", Role.LEAD))


@pytest.mark.parametrize("question", ["第12项住建局没牵头吗", "第12项住建局不是责任单位吗"])
def test_a_negative_yes_or_no_about_one_task_looks_that_task_up(read, question):
    query = read(question)
    assert query.op is Op.LOOKUP and query.tasks == (12,)
