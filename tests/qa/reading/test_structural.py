"""qa/reading/structural.py: questions over the task table, negations in particular."""

from __future__ import annotations

import pytest

from corpus import load_notice
from corpus.units import build_alias_table
from qa.conversation import State
from qa.query import Op, Property, Query, Role, UnitArg
from qa.query_reader import QueryReader
from qa.understand import normalize_question


@pytest.fixture(scope="module")
def reader() -> QueryReader:
    notice = load_notice()
    return QueryReader(notice, build_alias_table(notice))


def read(reader: QueryReader, text: str) -> Query:
    return reader.read(normalize_question(text), State())


def test_not_under_a_unit_s_lead_is_a_negation(reader):
    query = read(reader, "哪几项不归水务局牵头")
    assert query.op is Op.FILTER and query.prop is Property.NOT_LED_BY
    assert query.units == (UnitArg("市水务局", Role.LEAD),)


def test_a_unit_that_has_not_led_is_on_tasks_without_leading_them(reader):
    # Read as "住建局不牵头的": the tasks it is on, less those it leads.
    query = read(reader, "住建局没有牵头的任务")
    assert query.op is Op.DIFFERENCE
    assert query.units == (UnitArg("市住房建设局", Role.ANY), UnitArg("市住房建设局", Role.LEAD))


@pytest.mark.parametrize("question", ["第12项住建局没牵头吗", "第12项住建局不是责任单位吗"])
def test_a_negative_yes_or_no_about_one_task_looks_that_task_up(reader, question):
    query = read(reader, question)
    assert query.op is Op.LOOKUP and query.tasks == (12,)
