"""qa/reading/reader.py: rewrites of a question before it is read (ranges, negations said the other way round)."""

from __future__ import annotations

import pytest

from qa.query import Op


@pytest.mark.parametrize(
    "question", ["第1到20条中县政府不是牵头单位的有几条", "前二十项当中各县人民政府都不是牵头单位的是哪几项"]
)
def test_a_unit_that_is_not_a_lead_keeps_the_range_before_it(read, question):
    # The range stays a range ("不是X牵头的" is read within tasks 1-20), not part of the unit's name.
    query = read(question)
    assert query.op in (Op.FILTER, Op.COUNT) and query.tasks == tuple(range(1, 21))


def test_the_task_not_led_by_the_county_governments_within_a_range(assistant):
    # Of tasks 1-20 only task 4 is not led by 各县人民政府 (its lead is 化隆县人民政府); 31-34 lie outside the range.
    answer = assistant.ask("前二十项当中各县人民政府都不是牵头单位的是哪几项")
    assert [c.task for c in answer.citations] == [4]
    # "那一项" then is that one task.
    follow = assistant.ask("那一项由谁来牵头", ["前二十项当中各县人民政府都不是牵头单位的是哪几项"])
    assert [c.task for c in follow.citations] == [4] and "化隆县人民政府" in follow.answer.splitlines()[0]


@pytest.mark.parametrize("question", ["循化县人民医院算不算二甲", "化隆二中在不在改扩建名单里"])
def test_a_county_s_own_hospital_or_school_asked_by_name_is_declined(read, question):
    # Task 18 counts 二甲 county hospitals and task 19 schools by kind; no hospital or school is named.
    query = read(question)
    assert query.op is Op.DECLINE and query.note == "name"


def test_the_hospitals_of_a_county_asked_by_kind_are_no_name(read):
    assert read("县医院要达到什么等级").op is not Op.DECLINE


@pytest.mark.parametrize(
    ("question", "tasks"),
    [
        ("第三部分前两项由谁牵头", (13, 14)),  # part three is tasks 13-16: its own first two
        ("第六部分的最后两条", (26, 27)),  # part six is tasks 25-27
        ("第五部分那两项各是谁牵头", (23, 24)),  # part five has two tasks: its number said as people recall it
    ],
)
def test_a_run_or_the_size_of_a_part_said_after_it_is_counted_within_that_part(read, question, tasks):
    assert read(question).tasks == tasks


@pytest.mark.parametrize("question", ["组织保障部分有几项任务", "保障机制那块包括哪些任务"])
def test_the_safeguards_part_said_in_other_words_is_the_part_titled_so(read, question):
    # 26号's part 八 is titled 实施保障 (tasks 31-34); part 七's title only ends in 政策保障体系.
    query = read(question)
    assert query.sections == (8,)


def test_the_safeguards_part_left_out_is_not_read_as_the_part_asked(read):
    query = read("保障措施那几条不算，责任单位最多的是哪项")
    assert query.sections != (8,)


@pytest.mark.parametrize("question", ["这份方案是哪位领导签发的", "哪个局长分管这块"])
def test_a_person_asked_for_by_which_one_is_declined(read, question):
    query = read(question)
    assert query.op is Op.DECLINE and query.note == "person"


def test_a_leading_group_asked_for_is_no_person(read):
    assert read("哪个领导小组负责统筹").op is not Op.DECLINE


def test_a_word_naming_as_many_task_titles_as_said_is_those_tasks(read):
    # 交通 is in the titles of tasks 7 and 8 only.
    assert read("交通那两项的责任单位").tasks == (7, 8)
    # Three are said but two titles hold the word: no tasks are guessed.
    assert read("交通那三条谁牵头").tasks == ()
    # After a part named, the tasks meant are that part's (基础设施 titles tasks 8 and 25, of parts 二 and 六).
    assert read("第二部分基础设施那两条谁牵头").tasks != (8, 25)
