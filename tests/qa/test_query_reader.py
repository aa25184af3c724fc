"""The query reader turns questions into typed queries (unit names and numbers come from the notice)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corpus import load_notice
from corpus.units import build_alias_table
from qa.conversation import State
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg
from qa.query_reader import QueryReader
from qa.understand import normalize_question


@pytest.fixture(scope="module")
def reader() -> QueryReader:
    notice = load_notice()
    return QueryReader(notice, build_alias_table(notice))


def read(reader: QueryReader, text: str, state: State | None = None) -> Query:
    return reader.read(normalize_question(text), state or State())


def test_a_unit_count_in_the_lead_role(reader):
    query = read(reader, "交通局一共牵头了多少项任务？")
    assert query.op is Op.COUNT and query.units == (UnitArg("市交通运输局", Role.LEAD),)


def test_full_width_and_chinese_task_numbers(reader):
    assert read(reader, "第２９项的责任单位是哪些").tasks == (29,)
    query = read(reader, "第二十七项由谁牵头")
    assert query.op is Op.LOOKUP and query.tasks == (27,) and query.asked is Asked.LEAD_UNITS


def test_the_last_part_is_the_notice_s_last_section(reader):
    query = read(reader, "最后一部分有哪些任务")
    assert query.op is Op.LIST and query.sections == (8,)


def test_how_many_parts(reader):
    query = read(reader, "这个方案分成几个部分")
    assert query.op is Op.COUNT and query.counted is Counted.SECTIONS


def test_numeric_conditions(reader):
    assert read(reader, "责任单位多于十个的任务").condition == Condition(Comparator.GT, 10)
    query = read(reader, "牵头单位仅有一个的是哪些任务")
    assert query.prop is Property.LEAD_COUNT and query.condition == Condition(Comparator.EQ, 1)


def test_a_year_filter(reader):
    query = read(reader, "哪几项任务里写了2025年")
    assert query.op is Op.FILTER and query.years == (2025,) and query.prop is Property.MENTIONS_YEAR


def test_set_operations(reader):
    both = read(reader, "卫健委和民政局都参与了哪些任务")
    assert both.op is Op.INTERSECT and {u.name for u in both.units} == {"市卫生健康委", "市民政局"}
    only = read(reader, "财政局参与但不牵头的有哪些")
    assert only.op is Op.DIFFERENCE and only.units == (UnitArg("市财政局", Role.ANY), UnitArg("市财政局", Role.LEAD))


def test_superlatives(reader):
    department = read(reader, "牵头任务最多的是哪个部门")
    assert department.op is Op.ARGMAX and department.counted is Counted.TASKS_OF_UNIT and department.departments_only
    task = read(reader, "哪一项的牵头单位最多")
    assert task.op is Op.ARGMAX and task.counted is Counted.LEAD_UNITS


def test_small_talk_is_only_greetings_and_thanks(reader):
    assert read(reader, "您好呀").op is Op.SMALLTALK
    assert read(reader, "好的，多谢你啦").op is Op.SMALLTALK
    assert read(reader, "你好，污水处理谁牵头").op is not Op.SMALLTALK


def test_content_questions_stay_content(reader):
    assert read(reader, "谁牵头垃圾分类").op is Op.CONTENT
    assert read(reader, "每个县要建几个婚姻登记中心").op is Op.CONTENT


def test_follow_ups_without_an_earlier_turn_ask_back(reader):
    assert read(reader, "它的目标要达到多少").op is Op.CLARIFY
    assert read(reader, "还有别的吗").op is Op.CLARIFY


def test_ordinals_refer_to_the_last_list(reader):
    shown = State(tasks=(13, 14, 15, 16), query=Query(Op.LIST, sections=(3,)))
    query = read(reader, "第三个的牵头单位呢", shown)
    assert query.op is Op.LOOKUP and query.tasks == (15,) and query.asked is Asked.LEAD_UNITS


def test_another_unit_repeats_the_last_query(reader):
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市商务局", Role.LEAD),), counted=Counted.TASKS)
    query = read(reader, "那财政局那边呢", State(tasks=(6,), unit="市商务局", query=last))
    assert query.op is Op.COUNT and query.units == (UnitArg("市财政局", Role.LEAD),)


def test_these_tasks_in_common(reader):
    query = read(reader, "这些任务共同的责任单位是哪些", State(tasks=(18, 19)))
    assert query.op is Op.INTERSECT and query.tasks == (18, 19) and query.asked is Asked.RESPONSIBLE_UNITS


@pytest.mark.parametrize(
    ("text", "unit", "role"),
    [
        ("水务局牵头的一共有几条", "市水务局", Role.LEAD),
        ("生态环境局牵头的任务数", "市生态环境局", Role.LEAD),
        ("财政局作为配合单位的次数", "市财政局", Role.RESPONSIBLE),
        ("交通局参与的任务有多少个", "市交通运输局", Role.ANY),
    ],
)
def test_other_wordings_of_a_unit_s_task_count(reader, text, unit, role):
    query = read(reader, text)
    assert query.op is Op.COUNT and query.counted is Counted.TASKS
    assert query.units == (UnitArg(unit, role),)


def test_a_bare_number_before_xiang_or_tiao_is_a_task_number(reader):
    assert read(reader, "30条的牵头单位").tasks == (30,)
    query = read(reader, "17项跟18项都有的责任单位")
    assert query.op is Op.INTERSECT and set(query.tasks) == {17, 18}


def test_a_bare_number_in_a_condition_is_no_task_number(reader):
    assert read(reader, "哪些单位参与了10项以上").tasks == ()


def test_the_last_item_of_a_listed_answer(reader):
    shown = State(tasks=(13, 14, 15, 16), query=Query(Op.LIST, sections=(3,)))
    query = read(reader, "最后那一项的牵头单位", shown)
    assert query.op is Op.LOOKUP and query.tasks == (16,) and query.asked is Asked.LEAD_UNITS


@pytest.mark.parametrize("text", ["嗯嗯", "行", "不错哈哈", "挺好用"])
def test_short_acknowledgements_are_small_talk(reader, text):
    assert read(reader, text).op is Op.SMALLTALK


@pytest.mark.parametrize("text", ["目前全市污水处理率是多少", "去年新建了多少公里道路", "现在全县的停车位有几个了"])
def test_a_figure_of_the_present_or_past_is_declined(reader, text):
    query = read(reader, text)
    assert query.op is Op.DECLINE and query.note == "current"


@pytest.mark.parametrize("text", ["现在一共有几项任务", "目前有多少个单位参与", "目前住建局牵头几条"])
def test_a_count_of_tasks_or_units_said_with_now_is_still_a_count(reader, text):
    assert read(reader, text).op is Op.COUNT


@pytest.mark.parametrize("text", ["我想领取创业补贴怎么办理", "个人报名技能培训需要带什么材料"])
def test_one_person_s_procedure_is_declined(reader, text):
    query = read(reader, text)
    assert query.op is Op.DECLINE and query.note == "personal"


@pytest.mark.parametrize("text", ["下周的招聘会在什么地方办", "明天的培训班几点开始"])
def test_the_place_or_hour_of_one_occasion_is_declined(reader, text):
    query = read(reader, text)
    assert query.op is Op.DECLINE and query.note == "occasion"


def test_how_often_something_is_held_is_no_occasion(reader):
    assert read(reader, "技能培训每年办几次").op is not Op.DECLINE


def test_by_how_many_one_unit_leads_more_than_another_is_a_count_difference(reader):
    query = read(reader, "水务局牵头的比民政局少几项")
    assert query.op is Op.COUNT and query.note == "difference"
    assert [u.name for u in query.units] == ["市水务局", "市民政局"] and query.units[0].role is Role.LEAD


def test_the_units_a_part_names_asked_as_a_list_are_its_distinct_units(reader):
    query = read(reader, "第六部分都有哪些配合单位")
    assert query.op is Op.COUNT and query.note == "distinct" and query.sections == (6,)
    assert query.counted is Counted.RESPONSIBLE_UNITS


def test_a_topic_that_is_a_part_s_title_word_is_no_part_when_no_part_is_said(reader):
    assert read(reader, "职业技能培训这一块，牵头单位是哪些").note != "distinct"


def test_a_contact_person_is_declined(reader):
    query = read(reader, "这个项目的联系人是谁")
    assert query.op is Op.DECLINE and query.note == "contact"


def test_it_asked_in_another_role_with_a_count(reader):
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市财政局", Role.LEAD),))
    query = read(reader, "那它作为配合单位的有几项", State(tasks=(28,), unit="市财政局", query=last))
    assert query.op is Op.COUNT and query.counted is Counted.TASKS
    assert query.units == (UnitArg("市财政局", Role.RESPONSIBLE),)


@pytest.mark.parametrize("text", ["列出来吧", "具体是哪几项", "全部列一下"])
def test_listing_what_was_just_counted(reader, text):
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市水务局", Role.ANY),), counted=Counted.TASKS)
    query = read(reader, text, State(query=last))
    assert query.op is Op.LIST and query.asked is Asked.TASKS and query.units == last.units


def test_listing_with_nothing_counted_before_is_no_list(reader):
    assert read(reader, "列出来吧").op is not Op.LIST


def test_how_many_different_lead_units(reader):
    query = read(reader, "牵头的一共有多少个不同的单位")
    assert query.op is Op.COUNT and query.counted is Counted.LEAD_UNITS and query.note == "distinct"


def test_units_appearing_among_the_lead_units_are_lead_units(reader):
    query = read(reader, "牵头单位中一共出现过几个不同的单位")
    assert query.op is Op.COUNT and query.counted is Counted.LEAD_UNITS


# --- ranges, lists, text mentions, set operations (wordings written for these tests) -----------------


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        ("把第3到第6项列出来", (3, 4, 5, 6)),
        ("5至8号任务都讲什么", (5, 6, 7, 8)),
        ("第30-32条", (30, 31, 32)),
        ("头两项", ()),  # no number written as digits or 第: not a task list
        ("前两条是什么", (1, 2)),
        ("最后两项是什么", (33, 34)),
        ("第4、7、19条", (4, 7, 19)),
        ("12号和3号任务", (12, 3)),
    ],
)
def test_task_ranges_and_lists_are_read_in_the_order_named(reader, text, tasks):
    assert reader._task_refs(normalize_question(text)) == tasks


def test_several_tasks_without_a_field_asked_are_listed(reader):
    query = read(reader, "第3到第6项都是什么")
    assert query.op is Op.LIST and query.tasks == (3, 4, 5, 6)


@pytest.mark.parametrize(
    ("text", "sections"),
    [("第五、六部分有哪些任务", (5, 6)), ("五六两部分有什么", (5, 6)), ("第十二部分", ()), ("第15部分", ())],
)
def test_several_sections_are_read_and_numbers_are_not_split(reader, text, sections):
    assert reader._sections(normalize_question(text)) == sections


def test_a_word_the_task_text_mentions_is_a_filter(reader):
    query = read(reader, "哪几条讲到了婚姻登记")
    assert query.op is Op.FILTER and query.prop is Property.MENTIONS_TERM and query.terms == ("婚姻登记",)


def test_a_mention_count_is_a_count_of_those_tasks(reader):
    query = read(reader, "提到公积金的任务有几项")
    assert query.op is Op.COUNT and query.terms == ("公积金",)


def test_a_section_named_by_title_is_not_a_word_to_look_for(reader):
    query = read(reader, "实施保障这部分讲了哪些")
    assert query.op is Op.LIST and query.sections == (8,)


def test_a_count_word_at_the_end_counts_a_task_s_units(reader):
    query = read(reader, "第7项配合单位有几家")
    assert query.op is Op.COUNT and query.tasks == (7,) and query.counted is Counted.RESPONSIBLE_UNITS


def test_a_figure_asked_of_a_task_is_not_a_count(reader):
    assert read(reader, "第三项的目标是多少").op is not Op.COUNT


def test_units_one_task_has_and_another_lacks(reader):
    query = read(reader, "第14项比第15项多了哪些责任单位")
    assert query.op is Op.DIFFERENCE and query.tasks == (14, 15) and query.asked is Asked.RESPONSIBLE_UNITS
    fewer = read(reader, "第14项比第15项少了哪些责任单位")
    assert fewer.tasks == (15, 14)


def test_one_unit_in_a_role_but_not_another_unit(reader):
    query = read(reader, "商务局是责任单位但发改委不是的任务")
    assert query.op is Op.DIFFERENCE
    assert query.units == (UnitArg("市商务局", Role.RESPONSIBLE), UnitArg("市发展改革委", Role.RESPONSIBLE))


def test_a_superlative_can_leave_units_out(reader):
    query = read(reader, "不算住建局，哪个单位牵头的任务最多")
    assert query.op is Op.ARGMAX and query.excluded == ("市住房建设局",)


def test_the_only_lead_and_not_the_lead(reader):
    only = read(reader, "仅由各县人民政府牵头的有哪些")
    assert only.op is Op.FILTER and only.prop is Property.SOLE_UNIT
    other = read(reader, "哪些任务不是各县人民政府牵头")
    assert other.prop is Property.NOT_LED_BY


@pytest.mark.parametrize(
    ("text", "structural"),
    [
        ("数一数有多少项任务归口到乡镇", True),  # a count of tasks
        ("哪个部门的任务最少呢", True),  # a superlative over departments
        ("每个县要建几个公墓", False),  # a figure the notice gives, not a count of tasks
        ("谁牵头污水处理", False),
    ],
)
def test_questions_only_the_task_table_answers_are_recognised(reader, text, structural):
    assert reader.looks_structural(normalize_question(text)) is structural


def test_every_unit_of_a_task_when_all_are_asked(reader):
    assert read(reader, "第9项都有谁参与").asked is Asked.UNITS


def test_a_unit_named_as_absent_from_the_leads(reader):
    query = read(reader, "写了牵头单位但各县人民政府不在里面的任务")
    assert query.prop is Property.NOT_LED_BY


def test_two_units_compared(reader):
    query = read(reader, "民政局和教育局谁牵头的多")
    assert query.op is Op.ARGMAX and [u.name for u in query.units] == ["市民政局", "市教育局"]


def test_units_by_role_over_the_whole_notice(reader):
    assert read(reader, "哪些部门既牵头又当过责任单位").note == "roles:both"
    assert read(reader, "哪些单位只做配合从没牵头").note == "roles:responsible"


# Task 12's 责任单位, in order (8): 市住房建设局、市发展改革委、市政务服务监管局、市市场监管局、市城管局、
# 市教育局、市卫生健康委、市民政局.
TASK_12_RESPONSIBLE = (
    "市住房建设局",
    "市发展改革委",
    "市政务服务监管局",
    "市市场监管局",
    "市城管局",
    "市教育局",
    "市卫生健康委",
    "市民政局",
)


def units_of_12_shown() -> State:
    return State(tasks=(12,), query=Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(12,)), units=TASK_12_RESPONSIBLE)


@pytest.mark.parametrize(("text", "n"), [("第二个是哪家", 2), ("第5个呢", 5), ("最后一个是谁", 8)])
def test_a_unit_is_picked_by_its_place_in_the_units_just_listed(reader, text, n):
    query = read(reader, text, units_of_12_shown())
    assert (query.op, query.asked, query.tasks, query.note) == (
        Op.LOOKUP,
        Asked.RESPONSIBLE_UNITS,
        (12,),
        f"nth-unit:{n}",
    )


def test_a_bare_count_counts_the_units_just_listed(reader):
    query = read(reader, "总共是多少个", units_of_12_shown())
    assert (query.op, query.counted, query.tasks) == (Op.COUNT, Counted.RESPONSIBLE_UNITS, (12,))


def test_a_bare_count_after_a_list_counts_the_tasks_shown(reader):
    shown = State(tasks=(13, 14, 15, 16), query=Query(Op.LIST, sections=(3,)))
    query = read(reader, "一共有几项", shown)
    assert (query.op, query.counted, query.tasks) == (Op.COUNT, Counted.TASKS, (13, 14, 15, 16))


def test_another_task_number_asks_the_last_question_again(reader):
    last = Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(5,))
    query = read(reader, "那么第6条呢", State(tasks=(5,), query=last))
    assert (query.op, query.asked, query.tasks) == (Op.LOOKUP, Asked.RESPONSIBLE_UNITS, (6,))


def test_listing_what_was_counted_after_a_count_of_units(reader):
    last = Query(Op.COUNT, Asked.COUNT, tasks=(3,), counted=Counted.LEAD_UNITS)
    query = read(reader, "全部列一下吧", State(tasks=(3,), query=last))
    assert (query.op, query.asked, query.tasks) == (Op.LOOKUP, Asked.LEAD_UNITS, (3,))


def test_a_pronoun_for_the_unit_is_put_in_before_reading(reader):
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("各县人民政府", Role.LEAD),), counted=Counted.TASKS)
    query = read(reader, "有哪些不是它牵头的", State(tasks=(1, 2), unit="各县人民政府", query=last))
    assert (query.op, query.prop, query.units[0].name) == (Op.FILTER, Property.NOT_LED_BY, "各县人民政府")


def test_a_unit_word_names_the_unit_asked_about_and_joins_another(reader):
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市人力资源社会保障局", Role.LEAD),))
    query = read(
        reader, "这个局跟民政局都是责任单位的任务", State(tasks=(17,), unit="市人力资源社会保障局", query=last)
    )
    assert {u.name for u in query.units} == {"市人力资源社会保障局", "市民政局"}


def test_the_task_pronoun_with_a_count_counts_that_tasks_units(reader):
    query = read(
        reader, "这个任务一共几个牵头单位", State(tasks=(13,), query=Query(Op.LOOKUP, Asked.TEXT, tasks=(13,)))
    )
    assert (query.op, query.counted, query.tasks) == (Op.COUNT, Counted.LEAD_UNITS, (13,))


def test_a_role_word_alone_switches_the_role_of_the_unit_asked_about(reader):
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市教育局", Role.LEAD),))
    query = read(reader, "那作为配合的呢", State(tasks=(19,), unit="市教育局", query=last))
    assert (query.op, query.units) == (Op.LIST, (UnitArg("市教育局", Role.RESPONSIBLE),))


def test_repeated_units_of_the_tasks_shown_are_those_they_share(reader):
    query = read(reader, "这两条的牵头单位是不是相同", State(tasks=(23, 24)))
    assert (query.op, query.asked, query.tasks) == (Op.INTERSECT, Asked.LEAD_UNITS, (23, 24))


@pytest.mark.parametrize(
    ("text", "sections"), [("民生那一块都有哪些任务", (4,)), ("第六到八部分的任务有哪些", (6, 7, 8))]
)
def test_sections_by_a_title_word_or_a_range(reader, text, sections):
    assert read(reader, text).sections == sections


def test_tasks_not_led_by_a_unit_among_those_naming_a_lead(reader):
    query = read(reader, "写了牵头单位的里面哪几项不是各县人民政府牵头")
    assert (query.prop, query.note) == (Property.NOT_LED_BY, "named-lead")


def test_a_range_without_a_task_word_bounds_a_filter(reader):
    query = read(reader, "1到20里哪些不是各县人民政府牵头的")
    assert query.tasks == tuple(range(1, 21))


def test_a_unit_within_a_range_lists_its_tasks_there(reader):
    query = read(reader, "前20项里住建局牵头的")
    assert (query.op, query.tasks, query.units[0].name) == (Op.LIST, tuple(range(1, 21)), "市住房建设局")


@pytest.mark.parametrize(
    ("text", "sections"),
    [("四部分一共几项", (4,)), ("实施保障都包括哪些", (8,)), ("体制机制创新那一节的任务", (7,))],
)
def test_sections_by_a_bare_numeral_a_whole_title_or_a_chapter_word(reader, text, sections):
    assert read(reader, text).sections == sections


@pytest.mark.parametrize(("text", "sections"), [("实施保障共有几项", (8,)), ("深化体制机制创新有哪几项", (7,))])
def test_a_whole_clause_of_a_section_title_asked_for_its_tasks_names_that_section(reader, text, sections):
    # Section 八 is titled 实施保障; 七 "深化体制机制创新,完善县城建设政策保障体系". No task's text holds either clause.
    assert read(reader, text).sections == sections


def test_a_section_left_out_by_its_title_is_not_the_section_asked_about(reader):
    assert read(reader, "责任单位最多的是哪项，实施保障的不算").sections != (8,)


def test_both_lines_are_asked_when_lead_and_responsible_are_named_together(reader):
    assert read(reader, "第9项牵头和责任单位一起列出来").asked is Asked.UNITS


def test_only_listed_one_is_a_condition_of_exactly_one(reader):
    query = read(reader, "哪些任务只列了两个责任单位")
    assert (query.prop, query.condition) == (Property.RESPONSIBLE_COUNT, Condition(Comparator.EQ, 2))


def test_a_pronoun_after_a_superlative_keeps_the_role_it_was_about(reader):
    last = Query(Op.ARGMAX, Asked.UNITS, units=(UnitArg("", Role.RESPONSIBLE),), counted=Counted.TASKS_OF_UNIT)
    query = read(reader, "它总共多少次", State(tasks=(1, 2), unit="市发展改革委", query=last))
    assert (query.op, query.units) == (Op.COUNT, (UnitArg("市发展改革委", Role.RESPONSIBLE),))


def test_a_rank_below_the_top_is_a_superlative_with_that_rank(reader):
    query = read(reader, "牵头单位数量排第三的任务")
    assert (query.op, query.counted, query.note) == (Op.ARGMAX, Counted.LEAD_UNITS, "rank:3")


def test_one_rank_down_after_a_superlative(reader):
    last = Query(Op.ARGMIN, Asked.TASKS, counted=Counted.RESPONSIBLE_UNITS)
    query = read(reader, "那次少的呢", State(tasks=(30,), query=last))
    assert (query.op, query.counted, query.note) == (Op.ARGMIN, Counted.RESPONSIBLE_UNITS, "rank:2")


def test_two_units_joined_by_or_are_a_union(reader):
    query = read(reader, "城管局或者水务局参与的任务")
    assert (query.op, query.note, [u.name for u in query.units]) == (Op.LIST, "union", ["市城管局", "市水务局"])


def test_a_unit_that_takes_no_part(reader):
    query = read(reader, "水务局压根没参与的任务有哪些")
    assert (query.op, query.prop, query.units[0].name) == (Op.FILTER, Property.NOT_INVOLVED, "市水务局")


def test_asking_whether_a_unit_takes_part_is_no_exclusion(reader):
    assert read(reader, "水务局有没有参与第9项").prop is not Property.NOT_INVOLVED


def test_one_unit_present_and_another_absent(reader):
    query = read(reader, "有住建局但没有水务局的任务")
    assert (query.op, [u.name for u in query.units]) == (Op.DIFFERENCE, ["市住房建设局", "市水务局"])


def test_each_unit_keeps_the_role_said_right_after_it(reader):
    query = read(reader, "水务局牵头而住建局当责任单位的任务")
    assert (query.op, query.units) == (
        Op.INTERSECT,
        (UnitArg("市水务局", Role.LEAD), UnitArg("市住房建设局", Role.RESPONSIBLE)),
    )


def test_tasks_left_out_by_the_question_are_not_ranged_over(reader):
    query = read(reader, "除了第1到10项 牵头单位最多的是哪项")
    assert query.tasks == tuple(range(11, 35))


def test_two_units_asked_one_after_the_other_are_this_pair(reader):
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市生态环境局", Role.ANY),))
    shown = State(tasks=(1, 2), unit="市生态环境局", query=last, recent_units=("市水务局", "市生态环境局"))
    query = read(reader, "这俩共同参与的任务", shown)
    assert (query.op, {u.name for u in query.units}) == (Op.INTERSECT, {"市水务局", "市生态环境局"})


def test_a_unit_alone_with_a_question_particle_swaps_the_unit(reader):
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市水务局", Role.ANY),))
    query = read(reader, "残联呢", State(tasks=(9,), unit="市水务局", query=last))
    assert (query.op, query.units) == (Op.LIST, (UnitArg("市残联", Role.ANY),))


def test_how_two_compared_tasks_differ_next(reader):
    shown = State(tasks=(7, 8), query=Query(Op.INTERSECT, Asked.LEAD_UNITS, tasks=(7, 8)))
    query = read(reader, "那配合单位有啥区别", shown)
    assert (query.op, query.asked, query.tasks, query.note) == (Op.DIFFERENCE, Asked.RESPONSIBLE_UNITS, (7, 8), "both")


def test_the_one_task_a_unit_leads_named_by_a_pronoun(reader):
    # 市林草局 leads task 13 only.
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市林草局", Role.ANY),))
    query = read(reader, "它牵头的那项讲了什么", State(tasks=(13,), unit="市林草局", query=last))
    assert (query.op, query.tasks) == (Op.LOOKUP, (13,))


def test_a_figure_asked_about_the_task_just_shown(reader):
    # Task 24 sets the 15分钟健身圈.
    shown = State(tasks=(24,), query=Query(Op.LOOKUP, Asked.LEAD_UNITS, tasks=(24,)))
    query = read(reader, "健身圈是定的多少分钟", shown)
    assert (query.op, query.asked, query.tasks) == (Op.LOOKUP, Asked.TARGET, (24,))


def test_a_figure_about_something_the_task_does_not_mention_is_not_tied_to_it(reader):
    query = read(reader, "高铁投资多少", State(tasks=(24,), query=Query(Op.LOOKUP, Asked.LEAD_UNITS, tasks=(24,))))
    assert query.tasks != (24,)


def test_units_of_a_kind_in_a_role(reader):
    query = read(reader, "配合单位中包括银行的任务")
    assert (query.prop, query.terms, query.units[0].role) == (Property.UNIT_KIND, ("银行",), Role.RESPONSIBLE)


def test_a_figure_word_after_the_searched_word_is_noise(reader):
    query = read(reader, "哪几条任务提了产值多少亿元")
    assert (query.prop, query.terms) == (Property.MENTIONS_TERM, ("产值",))


def test_tasks_carrying_a_year_as_a_target(reader):
    query = read(reader, "含2030年目标的任务有哪些")
    assert (query.prop, query.years) == (Property.MENTIONS_YEAR, (2030,))


def test_leaving_out_the_lead_role_leaves_the_responsible_role(reader):
    query = read(reader, "教育局参与的任务，不算它牵头的，共几项")
    assert query.op is Op.COUNT and query.units == (UnitArg("市教育局", Role.RESPONSIBLE),)


def test_city_departments_only_when_the_county_governments_are_left_out(reader):
    query = read(reader, "不算各县政府，哪个市直部门当责任单位最多")
    assert query.op is Op.ARGMAX and query.departments_only and query.units == (UnitArg("", Role.RESPONSIBLE),)


def test_these_tasks_listed_by_name_are_the_tasks_shown(reader):
    shown = State(tasks=(13, 14, 15, 16), query=Query(Op.COUNT, Asked.COUNT, sections=(3,), counted=Counted.TASKS))
    query = read(reader, "请把这几项都叫什么列一下", shown)
    assert (query.op, query.tasks) == (Op.LIST, (13, 14, 15, 16))


def test_these_tasks_is_no_count_of_the_notices_tasks(reader):
    # Nothing was shown, so "那几项" points at nothing: never the notice's 34 tasks.
    query = read(reader, "上面那几项分别是哪个部门牵头")
    assert not (query.op is Op.COUNT and query.counted is Counted.TASKS and not query.units)


def test_a_role_ending_in_de_asks_for_the_tasks_left_unsaid(reader):
    query = read(reader, "水务局和生态环境局都配合的")
    # Listing with two units keeps the tasks of both (a list filtered by each in turn).
    assert query.op in (Op.LIST, Op.INTERSECT)
    assert set(query.units) == {UnitArg("市水务局", Role.RESPONSIBLE), UnitArg("市生态环境局", Role.RESPONSIBLE)}


def test_a_section_alone_after_a_unit_question_narrows_it(reader):
    last = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市发展改革委", Role.LEAD),))
    shown = State(tasks=(14,), unit="市发展改革委", query=last)
    assert read(reader, "只留下第三部分的", shown).sections == (3,)
    # Section 三 holds tasks 13–16 (the notice): leaving it out keeps every other task.
    assert set(read(reader, "去掉第三部分的", shown).tasks) == set(range(1, 35)) - {13, 14, 15, 16}
    assert read(reader, "从第七部分开始的", shown).sections == (7, 8)


def test_doubting_the_list_just_shown_asks_for_more(reader):
    shown = State(tasks=(14,), unit="市发展改革委", query=Query(Op.LIST, Asked.TASKS))
    query = read(reader, "只有这一项吗？还有别的吗", shown)
    assert query.op is Op.LIST and query.note == "no more"


def test_tasks_after_or_before_a_task_number(reader):
    assert read(reader, "第三十二项后面还有哪几项").tasks == (33, 34)
    assert read(reader, "第4条之前的有哪些").tasks == (1, 2, 3)


def test_a_word_searched_for_loses_its_quotes_and_its_framing(reader):
    query = read(reader, "关于“雨污分流”这一块，哪几项任务有涉及")
    assert query.prop is Property.MENTIONS_TERM and query.terms == ("雨污分流",)


def test_a_superlative_over_units_is_no_word_search(reader):
    query = read(reader, "当牵头单位出现次数最多的部门是哪个")
    assert query.op is Op.ARGMAX and query.units == (UnitArg("", Role.LEAD),)


def test_sections_counted_in_a_roundabout_way(reader):
    query = read(reader, "方案一共分了几个大的部分")
    assert query.op is Op.COUNT and query.counted is Counted.SECTIONS


def test_the_next_or_previous_task_after_one_task_shown(reader):
    shown = State(tasks=(20,), query=Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(20,)))
    assert read(reader, "下一项呢", shown).tasks == (21,)
    assert read(reader, "前一条呢", shown).tasks == (19,)  # "前一条" is the one before, not the first task
    assert read(reader, "前三项谁牵头").tasks == (1, 2, 3)


def test_these_n_tasks_in_digits_are_the_tasks_shown(reader):
    counted = Query(Op.COUNT, Asked.COUNT, counted=Counted.TASKS)
    shown = State(tasks=(18, 19, 20, 28, 29), unit="市财政局", query=counted)
    query = read(reader, "就刚才这5项，请具体列一下", shown)
    assert (query.op, query.tasks) == (Op.LIST, (18, 19, 20, 28, 29))


def test_the_other_role_added_keeps_the_unit_in_either_role(reader):
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市水务局", Role.RESPONSIBLE),), counted=Counted.TASKS)
    query = read(reader, "把它牵头的也算上呢", State(tasks=(2,), unit="市水务局", query=last))
    assert query.op is Op.COUNT and query.units == (UnitArg("市水务局", Role.ANY),)


def test_lead_is_not_a_unit_said_either_way_filters_the_same(reader):
    plain = read(reader, "不是各县人民政府牵头的有哪些")
    assert read(reader, "牵头单位不是各县政府的有哪些") == replace(
        plain, text=read(reader, "牵头单位不是各县政府的有哪些").text
    )
    assert plain.prop is Property.NOT_LED_BY


@pytest.mark.parametrize(("question", "term"), [("哪些任务写到了民和", "民和"), ("文中说到循化县的有哪些", "循化")])
def test_a_county_named_with_a_mention_verb_is_a_word_searched_for_not_a_unit(reader, question, term):
    query = read(reader, question)
    assert (query.op, query.prop, query.terms, query.units) == (Op.FILTER, Property.MENTIONS_TERM, (term,), ())


def test_he_inside_a_word_of_the_notice_does_not_split_it(reader):
    # "民和" is a county of the notice; "拉面和充电桩" are two words joined by 和.
    assert read(reader, "提到民和或者拉面和充电桩的任务").terms == ("民和", "拉面", "充电桩")


def test_no_responsible_unit_arranged_is_the_no_responsible_filter(reader):
    assert read(reader, "哪些任务没安排责任单位").prop is Property.NO_RESPONSIBLE


def test_one_body_leading_counts_lead_units(reader):
    query = read(reader, "只有一家单位负责牵头的任务")
    assert (query.prop, query.condition) == (Property.LEAD_COUNT, Condition(Comparator.EQ, 1))


def test_a_two_digit_year_after_dao_is_this_centurys(reader):
    query = read(reader, "到30年的目标在哪几条")
    assert (query.op, query.years) == (Op.FILTER, (2030,))


def test_a_task_with_a_lead_line_is_at_least_one_lead_unit(reader):
    query = read(reader, "哪些任务带牵头单位")
    assert query.op is Op.FILTER and query.prop is Property.LEAD_COUNT
    assert query.condition == Condition(Comparator.GE, 1)
    assert read(reader, "列明责任单位的有几项").prop is Property.RESPONSIBLE_COUNT


def test_no_lead_line_is_still_the_no_lead_filter_and_one_task_asked_is_a_look_up(reader):
    assert read(reader, "没有写牵头单位的任务有几项").prop is Property.NO_LEAD
    assert read(reader, "第5项有牵头单位吗").op is Op.LOOKUP


def test_two_conditions_on_tasks_are_read_as_both_with_the_negated_one_marked(reader):
    query = read(reader, "写了2025年却没写百分数的任务")
    assert query.prop is Property.ALL_OF and query.negated == (False, True)
    assert query.parts[0].prop is Property.MENTIONS_YEAR and query.parts[0].years == (2025,)


def test_a_lead_line_mixing_city_departments_and_county_governments(reader):
    query = read(reader, "牵头单位既有市直部门又有县政府的任务")
    assert query.prop is Property.LEAD_MIX and query.note == "both"
    assert read(reader, "有没有市直部门单独牵头的").note == "departments"


def test_a_unit_within_a_part_is_its_tasks_in_that_part(reader):
    query = read(reader, "第三部分中有生态环境局的有哪些")
    assert query.op is Op.LIST and query.sections == (3,) and query.units == (UnitArg("市生态环境局", Role.ANY),)


def test_a_bare_number_of_units_in_a_role_is_exactly_that_many(reader):
    query = read(reader, "三个牵头单位的任务")
    assert query.prop is Property.LEAD_COUNT and query.condition == Condition(Comparator.EQ, 3)


def test_a_year_of_any_kind_is_every_year_the_notice_names(reader):
    # 26号 names one year, 2025 ("到2025年").
    query = read(reader, "哪些任务写了时间节点")
    assert query.prop is Property.MENTIONS_YEAR and query.years == (2025,)


def test_the_two_tasks_just_looked_up_compared_in_everyday_words(reader):
    shown = State(tasks=(16,), recent=(15, 16))
    overlap = read(reader, "这两条配合单位重合的有哪些", shown)
    assert overlap.op is Op.INTERSECT and overlap.tasks == (15, 16)
    common = read(reader, "这俩的牵头单位有啥共同的", shown)
    assert common.op is Op.INTERSECT and common.tasks == (15, 16) and common.asked is Asked.LEAD_UNITS


def test_a_figure_of_a_unit_itself_is_no_count_of_its_tasks(reader):
    assert read(reader, "民和县的面积有多少").op is not Op.COUNT
    assert read(reader, "乐都区的学校有几所").op is not Op.COUNT
    query = read(reader, "交通局的任务一共有几项")
    assert query.op is Op.COUNT and query.units[0].name == "市交通运输局"


def test_tasks_about_a_word_the_notice_prints_are_a_mention_filter(reader):
    query = read(reader, "跟燃气有关的都是哪几项")
    assert query.op is Op.FILTER and query.prop is Property.MENTIONS_TERM and query.terms == ("燃气",)


def test_tasks_about_an_everyday_word_the_notice_does_not_print_are_a_topic(reader):
    # 看病 is nowhere in the notice: retrieval maps it to 医疗, rather than "no task mentions 看病".
    assert read(reader, "跟看病有关系的有哪几项").op is Op.CONTENT


def test_a_bare_tiao_closing_the_question_stands_for_the_tasks(reader):
    query = read(reader, "写到冷链物流的那几条")
    assert query.prop is Property.MENTIONS_TERM and query.terms == ("冷链物流",)


def test_office_words_for_a_task_are_read_as_tasks(reader):
    query = read(reader, "教育局当责任单位的事项有哪些")
    assert query.units == (UnitArg("市教育局", Role.RESPONSIBLE),) and query.asked is Asked.TASKS


def test_a_quoted_unit_as_the_only_one_on_its_line(reader):
    query = read(reader, "牵头单位仅列了「各县人民政府」的任务数")
    assert query.prop is Property.SOLE_UNIT and query.units == (UnitArg("各县人民政府", Role.LEAD),)


def test_a_unit_negated_after_the_line_it_is_about(reader):
    query = read(reader, "牵头单位中没有各县人民政府，并且写了2025年的")
    assert query.prop is Property.ALL_OF and query.negated == (True, False)
    assert query.parts[0].units == (UnitArg("各县人民政府", Role.LEAD),)


def test_tasks_of_a_unit_then_a_condition_among_them(reader):
    query = read(reader, "卫健委参与的任务里，责任单位不到三个的")
    assert query.prop is Property.ALL_OF and query.negated == (False, False)
    assert query.parts[1].prop is Property.RESPONSIBLE_COUNT and query.parts[1].condition == Condition(Comparator.LT, 3)


# --- comparing what the last answers showed ---------------------------------------------------------
def _counted_task(number: int, recent: tuple[int, ...]) -> State:
    """The state after "第N项的责任单位几个" asked turn by turn over ``recent``."""
    last = Query(Op.COUNT, Asked.COUNT, tasks=(number,), counted=Counted.RESPONSIBLE_UNITS)
    return State(tasks=(number,), recent=recent, query=last)


def test_which_one_has_more_after_two_tasks_counted_turn_by_turn(reader):
    query = read(reader, "哪一项的多", _counted_task(2, (1, 2)))
    assert (query.op, query.tasks, query.counted) == (Op.ARGMAX, (1, 2), Counted.RESPONSIBLE_UNITS)


def test_by_how_many_compares_the_task_shown_with_the_one_named(reader):
    query = read(reader, "比第1项多出几个", _counted_task(4, (4,)))
    assert (query.op, query.tasks, query.note) == (Op.COUNT, (4, 1), "difference")
    assert query.counted is Counted.RESPONSIBLE_UNITS


def test_the_task_named_before_the_pronoun_is_the_one_compared(reader):
    shown = State(tasks=(7,), recent=(7,), query=Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(7,)))
    query = read(reader, "第8项比它多出来的单位", shown)
    assert (query.op, query.tasks, query.asked) == (Op.DIFFERENCE, (8, 7), Asked.RESPONSIBLE_UNITS)


def _two_units_counted() -> State:
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市发展改革委", Role.RESPONSIBLE),))
    return State(tasks=(1, 2), unit="市发展改革委", query=last, recent_units=("市住房建设局", "市发展改革委"))


def test_how_far_apart_two_units_counts_are(reader):
    query = read(reader, "相差几条", _two_units_counted())
    assert (query.op, query.note, query.counted) == (Op.COUNT, "difference", Counted.TASKS_OF_UNIT)
    assert query.units == (UnitArg("市住房建设局", Role.RESPONSIBLE), UnitArg("市发展改革委", Role.RESPONSIBLE))


def test_two_units_shown_one_after_the_other_pooled_or_shared(reader):
    pooled = read(reader, "合在一起几条", _two_units_counted())
    assert (pooled.op, pooled.note) == (Op.COUNT, "union")
    shared = read(reader, "两家都在的", _two_units_counted())
    assert shared.op is Op.INTERSECT and [u.name for u in shared.units] == ["市住房建设局", "市发展改革委"]


def test_asking_who_leads_most_among_a_list_is_no_task_comparison(reader):
    last = Query(Op.LIST, units=(UnitArg("市财政局", Role.RESPONSIBLE),))
    query = read(reader, "其中牵头最多的单位是谁", State(tasks=(18, 19, 20), unit="市财政局", query=last))
    assert not (query.op is Op.ARGMAX and query.asked is Asked.TASKS)


def test_a_bare_count_of_another_task_repeats_the_count(reader):
    query = read(reader, "第28项的几个", _counted_task(20, (20,)))
    assert (query.op, query.tasks, query.counted) == (Op.COUNT, (28,), Counted.RESPONSIBLE_UNITS)


def test_a_part_named_by_a_word_only_its_title_has(reader):
    # Part 四 (强化公共服务供给，推动民生事业普惠共享, the notice) alone has 民生 in its title; no task title has it.
    query = read(reader, "民生那块里残联是责任单位的有哪些")
    assert (query.op, query.sections, query.units) == (Op.LIST, (4,), (UnitArg("市残联", Role.RESPONSIBLE),))


def test_a_word_a_task_title_also_has_names_no_part(reader):
    # 养老 is in the title of task 20 as well as in no part's title: no part is read into it.
    assert read(reader, "养老那块有几项").sections == ()


def test_a_unit_left_out_said_after_it(reader):
    query = read(reader, "各县政府以外，牵头任务最多的是哪个局")
    assert query.op is Op.ARGMAX and query.excluded == ("各县人民政府",)


def test_where_a_quoted_figure_stands_and_who_leads_it(reader):
    shown = State(tasks=(3,), recent=(3,), query=Query(Op.CONTENT))
    query = read(reader, "出自哪一项，由谁牵头", shown)
    assert (query.op, query.asked, query.tasks) == (Op.LOOKUP, Asked.LEAD_UNITS, (3,))
    query = read(reader, "哪个单位负责这件事", shown)
    assert (query.op, query.tasks) == (Op.LOOKUP, (3,))


def test_comparing_the_last_three_units_shown(reader):
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市金融办", Role.ANY),))
    shown = State(unit="市金融办", query=last, recent_units=("市林草局", "市应急局", "市金融办"))
    query = read(reader, "这三家合在一起几条", shown)
    assert query.note == "union" and [u.name for u in query.units] == ["市林草局", "市应急局", "市金融办"]


def test_ordinals_compared_after_picking_from_a_list_are_its_items(reader):
    # The list shown was tasks 7 and 8; "第一条" and "第二条" were looked up as its items.
    last = Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(8,))
    shown = State(tasks=(8,), listed=(7, 8), recent=(7, 8), query=last)
    query = read(reader, "第二条比第一条多了哪些单位", shown)
    assert (query.op, query.tasks) == (Op.DIFFERENCE, (8, 7))


def test_a_listed_task_pointed_at_by_words_of_its_title(reader):
    # Part 四 lists tasks 17-22; only task 20's title (健全养老托育服务体系) has 养老托育.
    shown = State(tasks=(17, 18, 19, 20, 21, 22), query=Query(Op.LIST, sections=(4,)))
    query = read(reader, "关于养老托育的那条，谁牵头", shown)
    assert (query.op, query.tasks, query.asked) == (Op.LOOKUP, (20,), Asked.LEAD_UNITS)


def test_words_no_listed_title_has_more_of_than_another_pick_nothing(reader):
    shown = State(tasks=(17, 18, 19, 20, 21, 22), query=Query(Op.LIST, sections=(4,)))
    assert read(reader, "关于服务的那条，谁牵头", shown).tasks != (20,)


def test_is_it_led_by_checks_the_one_task_shown(reader):
    shown = State(tasks=(29,), recent=(29,), query=Query(Op.CONTENT))
    query = read(reader, "这一项是人行海东中心支行牵头吗", shown)
    assert (query.op, query.tasks) == (Op.LOOKUP, (29,))
    assert query.units == (UnitArg("人行海东中心支行", Role.LEAD),)


def test_the_same_question_of_another_task_said_with_de(reader):
    last = Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(7,))
    query = read(reader, "第9项的", State(tasks=(7,), recent=(7,), query=last))
    assert (query.op, query.tasks, query.asked) == (Op.LOOKUP, (9,), Asked.RESPONSIBLE_UNITS)


def test_asking_for_all_of_a_tasks_other_units_leaves_none_out(reader):
    shown = State(tasks=(12,), unit="市政务服务监管局", query=Query(Op.LIST, units=(UnitArg("市政务服务监管局"),)))
    assert read(reader, "这项还有哪些配合单位", shown).excluded == ("市政务服务监管局",)
    assert read(reader, "这项还有哪些配合单位，全部列出来", shown).excluded == ()


def test_which_kinds_a_task_mentions_is_no_filter_over_tasks(reader):
    assert read(reader, "应急救援提到了哪几种").op is Op.CONTENT
    assert read(reader, "提到拉面的有哪几个").prop is Property.MENTIONS_TERM


def test_which_has_more_right_after_a_list_names_its_measure(reader):
    last = Query(Op.LIST, units=(UnitArg("市交通运输局", Role.LEAD),))
    query = read(reader, "哪项的配合单位更多", State(tasks=(7, 8), unit="市交通运输局", query=last))
    assert (query.op, query.tasks, query.counted) == (Op.ARGMAX, (7, 8), Counted.RESPONSIBLE_UNITS)


def test_which_unit_leads_said_alone_is_the_task_shown(reader):
    shown = State(tasks=(10,), recent=(10,), query=Query(Op.LOOKUP, Asked.TEXT, tasks=(10,)))
    query = read(reader, "牵头的是哪个单位", shown)
    assert (query.op, query.asked, query.tasks) == (Op.LOOKUP, Asked.LEAD_UNITS, (10,))
    assert read(reader, "第二个是哪个单位牵头", shown).op is Op.CLARIFY  # an ordinal is no "it": one task was shown


def test_is_it_led_by_without_a_pronoun(reader):
    shown = State(tasks=(12,), recent=(12,), query=Query(Op.CONTENT))
    query = read(reader, "是水务局牵头的吗", shown)
    assert (query.op, query.tasks, query.units) == (Op.LOOKUP, (12,), (UnitArg("市水务局", Role.LEAD),))


def test_this_part_is_the_part_the_last_question_named(reader):
    shown = State(tasks=(23, 24), query=Query(Op.CONTENT), question="第五部分谁牵头")
    query = read(reader, "这部分有几项", shown)
    assert (query.op, query.sections) == (Op.COUNT, (5,))


def test_the_units_just_listed_counted(reader):
    last = Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(25,))
    shown = State(tasks=(25,), units=("市住房建设局", "市水务局"), query=last)
    query = read(reader, "其中一共几家", shown)
    assert (query.op, query.tasks, query.counted) == (Op.COUNT, (25,), Counted.RESPONSIBLE_UNITS)


def test_one_units_two_roles_pooled(reader):
    last = Query(Op.LIST, units=(UnitArg("市民政局", Role.RESPONSIBLE),))
    shown = State(tasks=(4, 6), unit="市民政局", query=last, recent_units=("市民政局",))
    query = read(reader, "两类加在一起几项", shown)
    assert (query.op, query.units) == (Op.COUNT, (UnitArg("市民政局", Role.ANY),))


def test_a_phrase_in_the_askers_words_is_no_word_search(reader):
    assert read(reader, "老房子想装个电梯哪条写了").op is Op.CONTENT


def test_a_question_word_alone_with_nothing_before_is_asked_back(reader):
    assert read(reader, "多少呢").op is Op.CLARIFY


def test_a_total_of_another_task_is_no_comparison_with_the_task_shown(reader):
    # "一共有" holds 共有 (shared) but asks a total: task 9's responsible units, not what it shares with task 19.
    last = Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市教育局", Role.LEAD),))
    query = read(reader, "第9项一共有几个责任单位", State(tasks=(19,), recent=(19,), unit="市教育局", query=last))
    assert (query.op, query.tasks) == (Op.COUNT, (9,))


def test_it_with_another_word_after_a_task_s_lead_units_is_that_unit_beyond_the_task(reader):
    # Task 21's lead units are 市住房建设局 and 各县人民政府 (the notice); the bureau is "it", the group never is.
    shown = State(tasks=(21,), units=("市住房建设局", "各县人民政府"), query=Query(Op.CONTENT))
    query = read(reader, "它另外还牵头哪几条", shown)
    assert query.op is Op.LIST and query.units == (UnitArg("市住房建设局", Role.LEAD),)
    assert 21 not in query.tasks and len(query.tasks) == 33 and query.note == "others"


def test_leaving_out_a_role_of_the_unit_shown_counts_what_is_left(reader):
    shown = State(
        tasks=(11, 16, 21), unit="市住房建设局", query=Query(Op.COUNT, units=(UnitArg("市住房建设局", Role.ANY),))
    )
    query = read(reader, "去掉牵头的还剩多少项", shown)
    assert query.op is Op.DIFFERENCE
    assert query.units == (UnitArg("市住房建设局", Role.ANY), UnitArg("市住房建设局", Role.LEAD))


def test_a_reason_asked_is_declined_but_not_a_question_about_the_table_or_the_last_answer(reader):
    assert read(reader, "为什么要搞县城智慧化").note == "reason"
    assert read(reader, "这几项为啥没写牵头单位").op is not Op.DECLINE  # the table answers it
    assert read(reader, "定位为什么类型").op is not Op.DECLINE  # 为 + 什么: "as what"
    shown = State(tasks=(7,), query=Query(Op.LOOKUP, Asked.LEAD_UNITS, tasks=(7,)))
    assert read(reader, "为啥是这一条", shown).op is not Op.DECLINE


def test_which_one_of_a_kind_is_declined_but_not_which_unit(reader):
    assert read(reader, "新建的那个公园具体是哪一所").note == "name"
    assert read(reader, "第二个是哪一家", State(units=("市民政局", "市财政局"))).op is not Op.DECLINE
    assert read(reader, "哪家单位负责公园建设").op is not Op.DECLINE


def test_words_the_notice_prints_apart_are_looked_up_in_the_task_that_holds_them_all(reader):
    # Task 4 prints "化隆…牛羊养殖…基地"; task 2 prints "肉牛肉羊养殖基地", the longest shared run (the notice).
    query = read(reader, "化隆牛羊养殖基地在第几条")
    assert query.prop is Property.MENTIONS_TERM and query.terms == ("牛羊养殖",)


def test_a_topic_the_notice_prints_asked_again_is_no_complaint(reader):
    # 生活垃圾 is in task 15 (the notice); "垃圾" is also a complaint word.
    assert not reader.is_smalltalk("垃圾这块呢")
    assert not reader.is_smalltalk("垃圾呢")
    assert reader.is_smalltalk("垃圾")


def test_a_line_of_a_units_tasks_in_a_role_is_read_as_that_line_of_its_list(reader):
    query = reader.read("林草局牵头的任务的责任单位有哪些")
    assert (query.op, query.asked, query.units, query.note) == (
        Op.LIST,
        Asked.RESPONSIBLE_UNITS,
        (UnitArg("市林草局", Role.LEAD),),
        "their units",
    )


@pytest.mark.parametrize(
    ("question", "role", "prop"),
    [
        ("责任单位中没有财政局的任务是哪些", Role.RESPONSIBLE, Property.NOT_INVOLVED),
        ("牵头单位不含教育局的有几项", Role.LEAD, Property.NOT_LED_BY),
    ],
)
def test_a_units_line_said_to_lack_a_unit_keeps_the_tasks_without_it_on_that_line(reader, question, role, prop):
    query = reader.read(question)
    assert (query.op, query.prop, [u.role for u in query.units]) == (Op.FILTER, prop, [role])


@pytest.mark.parametrize(
    "question",
    ["第15项和第16项的牵头单位是不是同一批", "第十八项跟第十九项配合单位一致吗", "第7项和第8项牵头单位一样不一样"],
)
def test_whether_two_tasks_lines_are_the_same_is_a_yes_or_no(reader, question):
    query = read(reader, question)
    assert query.op is Op.INTERSECT and query.note == "same" and len(query.tasks) == 2


@pytest.mark.parametrize(
    ("question", "op"),
    [("第18项和第19项的配合单位一样的有哪些", Op.INTERSECT), ("第7项和第8项牵头单位有啥不一样", Op.DIFFERENCE)],
)
def test_what_two_tasks_share_or_set_apart_is_no_yes_or_no(reader, question, op):
    query = read(reader, question)
    assert query.op is op and query.note != "same"


@pytest.mark.parametrize("question", ["民政局作为配合单位的有哪几项？", "民政局作为配合单位的有哪几项"])
def test_a_closing_question_mark_after_a_question_word_changes_nothing(reader, question):
    query = read(reader, question)
    assert query.op is Op.LIST and query.units == (UnitArg("市民政局", Role.RESPONSIBLE),)


@pytest.mark.parametrize("question", ["人社局配合了哪些", "人社局配合了哪几条"])
def test_a_role_verb_then_which_with_the_noun_left_unsaid_lists_that_role(reader, question):
    query = read(reader, question)
    assert query.op is Op.LIST and query.units == (UnitArg("市人力资源社会保障局", Role.RESPONSIBLE),)
