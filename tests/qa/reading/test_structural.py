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


def test_tasks_that_set_a_year_s_target_counted_with_the_noun_last_are_a_count_by_year(read):
    query = read("写了2025年目标的一共有几个任务")
    assert query.op is Op.COUNT and query.prop is Property.MENTIONS_YEAR and query.years == (2025,)


@pytest.mark.parametrize("question", ["农贸市场要新建多少条", "道路要新修几条", "老旧街巷要改造几条"])
def test_things_built_counted_by_tiao_are_no_count_of_tasks(read, question):
    # 条 counts streets and roads too; after a verb of building it is a figure of the thing, asked of the content.
    assert read(question).op is Op.CONTENT


def test_a_part_nicknamed_and_counted_by_tiao_is_still_a_count(read):
    assert read("第三部分一共是几条").op is Op.COUNT


def test_tasks_not_led_by_a_unit_alone_are_all_but_those_it_leads_alone(read):
    query = read("第六部分哪几项不是各县人民政府单独牵头的")
    assert query.op is Op.FILTER and query.prop is Property.ALL_OF and query.negated == (True,)
    (sole,) = query.parts
    assert sole.prop is Property.SOLE_UNIT and sole.units == (UnitArg("各县人民政府", Role.LEAD),)
    assert query.sections == (6,)


@pytest.mark.parametrize("question", ["市卫生健康委是不是责任单位", "卫健委是不是配合单位"])
def test_is_or_is_not_in_a_role_asks_yes_or_no_and_is_no_negation(read, question):
    assert read(question).prop is not Property.NOT_INVOLVED


@pytest.mark.parametrize("text", ["里面写到的劳务品牌都是哪些", "提到要升级的是哪段河堤"])
def test_a_thing_a_task_mentions_asked_for_is_no_mention_filter(query_reader, text):
    query = query_reader.read(text)
    assert query.op is not Op.FILTER


def test_a_total_word_before_a_mention_verb_is_no_word_to_look_for(query_reader):
    query = query_reader.read("总共涉及了多少条")
    assert query.op is not Op.FILTER and query.terms == ()


def test_county_governments_left_out_after_a_superlative_are_excluded(query_reader):
    query = query_reader.read("哪个单位参与的任务最多，各县政府都不算")
    assert query.op is Op.ARGMAX
    assert query.excluded == ("各县人民政府",)


@pytest.mark.parametrize("text", ["第3项除了县政府还有谁牵头", "第3项谁牵头，各县政府不算"])
def test_a_task_s_line_with_a_unit_left_out_is_that_line_less_it(query_reader, text):
    query = query_reader.read(text)
    assert (query.op, query.tasks, query.excluded) == (Op.LOOKUP, (3,), ("各县人民政府",))


def test_who_leads_a_topic_with_a_unit_left_out_is_no_unit_s_difference_of_roles(query_reader):
    assert query_reader.read("老旧小区改造谁牵头 除了县政府").op is not Op.DIFFERENCE
