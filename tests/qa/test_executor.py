"""The executor runs structural queries over the parsed notice; expected values read off the notice by hand."""

from __future__ import annotations

import pytest

from corpus import load_notice
from qa.executor import Executor
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg


@pytest.fixture(scope="module")
def executor() -> Executor:
    return Executor(load_notice())


def test_a_unit_s_lead_count_comes_with_the_tasks_it_counts(executor):
    # 市民政局 is listed under 牵头单位 for tasks 20 (养老托育) and 22 (社会福利设施) only.
    result = executor.execute(Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市民政局", Role.LEAD),)))
    assert result.count == 2 and result.tasks == (20, 22)


def test_any_role_counts_every_units_line_the_unit_is_on(executor):
    # 市财政局 appears only among 责任单位: tasks 18, 19, 20, 28, 29.
    result = executor.execute(Query(Op.COUNT, Asked.COUNT, units=(UnitArg("市财政局", Role.ANY),)))
    assert result.count == 5 and result.tasks == (18, 19, 20, 28, 29)


def test_a_section_count_is_its_task_list(executor):
    # Part 三 (持续改善环境质量) holds tasks 13-16.
    result = executor.execute(Query(Op.COUNT, Asked.COUNT, sections=(3,), counted=Counted.TASKS))
    assert result.count == 4 and result.tasks == (13, 14, 15, 16)


def test_a_list_with_tasks_left_out_names_them_and_lists_the_rest(executor):
    result = executor.execute(Query(Op.LIST, Asked.TASKS, tasks=(17, 18), note="left out:19"))
    assert result.tasks == (17, 18) and result.count == 2
    assert result.text.startswith("去掉第19项，还剩2项：")


def test_the_notice_has_eight_parts_and_thirty_four_tasks(executor):
    assert executor.execute(Query(Op.COUNT, Asked.COUNT, counted=Counted.SECTIONS)).count == 8
    everything = executor.execute(Query(Op.COUNT, Asked.COUNT, counted=Counted.TASKS))
    assert everything.count == 34 and everything.tasks == tuple(range(1, 35))


def test_lookup_of_lead_units_puts_exactly_them_on_the_first_line(executor):
    result = executor.execute(Query(Op.LOOKUP, Asked.LEAD_UNITS, tasks=(13,)))
    first = result.text.splitlines()[0]
    assert "市生态环境局、市林草局、各县人民政府" in first and "市水务局" not in first


def test_tasks_without_units_are_the_four_of_the_last_part(executor):
    result = executor.execute(Query(Op.FILTER, prop=Property.NO_LEAD))
    assert result.tasks == (31, 32, 33, 34) and result.count == 4


def test_only_one_lead_unit(executor):
    # Tasks 1, 2, 25, 26 name only 各县人民政府; task 4 only 化隆县人民政府.
    query = Query(Op.FILTER, prop=Property.LEAD_COUNT, condition=Condition(Comparator.EQ, 1))
    assert executor.execute(query).tasks == (1, 2, 4, 25, 26)


def test_more_than_ten_responsible_units(executor):
    # Task 1 lists 11 责任单位, task 4 lists 12; no other task lists more than 8.
    query = Query(Op.FILTER, prop=Property.RESPONSIBLE_COUNT, condition=Condition(Comparator.GT, 10))
    assert executor.execute(query).tasks == (1, 4)


def test_two_units_in_common(executor):
    # 市卫生健康委 and 市教育局 both appear on tasks 4, 12, 20, 26.
    units = (UnitArg("市卫生健康委"), UnitArg("市教育局"))
    assert executor.execute(Query(Op.INTERSECT, units=units)).tasks == (4, 12, 20, 26)


def test_responsible_but_not_lead(executor):
    # 市教育局 leads task 19 and is responsible on 4, 12, 17, 20, 24, 26, 28.
    units = (UnitArg("市教育局", Role.ANY), UnitArg("市教育局", Role.LEAD))
    assert executor.execute(Query(Op.DIFFERENCE, units=units)).tasks == (4, 12, 17, 20, 24, 26, 28)


def test_the_department_leading_most_tasks(executor):
    # Leaving out the county governments, 市住房建设局 leads 11, 16 and 21; no other department leads three.
    query = Query(
        Op.ARGMAX, Asked.UNITS, units=(UnitArg("", Role.LEAD),), counted=Counted.TASKS_OF_UNIT, departments_only=True
    )
    result = executor.execute(query)
    assert result.units == ("市住房建设局",) and result.tasks == (11, 16, 21) and result.count == 3


def test_the_task_with_most_responsible_units(executor):
    result = executor.execute(Query(Op.ARGMAX, Asked.TASKS, counted=Counted.RESPONSIBLE_UNITS))
    assert result.tasks == (4,) and result.count == 12


def test_fewest_responsible_units_among_tasks_that_list_units(executor):
    # Task 30 lists one 责任单位 (市农业农村局); tasks 31-34 list none and are left out.
    result = executor.execute(Query(Op.ARGMIN, Asked.TASKS, counted=Counted.RESPONSIBLE_UNITS))
    assert result.tasks == (30,) and result.count == 1


def test_units_every_listed_task_shares(executor):
    # Tasks 18 and 19 both list 市发展改革委 and 市财政局 as 责任单位.
    result = executor.execute(Query(Op.INTERSECT, Asked.RESPONSIBLE_UNITS, tasks=(18, 19)))
    assert result.units == ("市发展改革委", "市财政局")


def test_two_tasks_compared_say_whether_their_lines_are_the_same(executor):
    # Tasks 18 and 19 list exactly 市发展改革委 and 市财政局 as 责任单位; tasks 15 and 16 share only 各县人民政府
    # among their leads (市城管局 leads 15, 市住房建设局 leads 16).
    same = executor.execute(Query(Op.INTERSECT, Asked.RESPONSIBLE_UNITS, tasks=(18, 19)))
    differ = executor.execute(Query(Op.INTERSECT, Asked.LEAD_UNITS, tasks=(15, 16)))
    assert "两项的责任单位完全相同" in same.text
    assert differ.units == ("各县人民政府",) and "两项的牵头单位不完全相同" in differ.text


def test_tasks_naming_a_year(executor):
    result = executor.execute(Query(Op.FILTER, years=(2025,), prop=Property.MENTIONS_YEAR))
    assert result.tasks == (3, 12, 15, 16, 18, 20, 21)


def test_quantified_targets_list_each_figure_with_its_task(executor):
    result = executor.execute(Query(Op.FILTER, Asked.TARGET, prop=Property.QUANTIFIED))
    figures = {(t.task, t.figure) for t in result.targets}
    assert {(3, "62%"), (17, "3.5%"), (21, "2万套"), (12, "65%")} <= figures
    assert 16 not in result.tasks  # task 16 sets a deadline (2025年) but no number-with-unit
    assert result.count == len(result.targets)


def test_content_queries_are_not_executed(executor):
    with pytest.raises(ValueError, match="content"):
        executor.execute(Query(Op.CONTENT))


# --- text mentions, lead filters, differences, exclusions (values read off the notice by hand) -------


def test_a_mention_filter_keeps_the_tasks_whose_text_has_the_word(executor):
    # 公积金 occurs once, in task 28 (推进住房公积金制度向新市民覆盖); 婚姻登记 once, in task 22.
    result = executor.execute(Query(Op.FILTER, prop=Property.MENTIONS_TERM, terms=("公积金", "婚姻登记")))
    assert result.tasks == (22, 28) and result.count == 2


def test_a_word_no_task_mentions_is_said_plainly(executor):
    result = executor.execute(Query(Op.FILTER, prop=Property.MENTIONS_TERM, terms=("地铁",)))
    assert result.tasks == () and "没有任务提到" in result.text


def test_tasks_led_by_one_unit_alone(executor):
    # Lead lines naming only 各县人民政府: tasks 1, 2, 25, 26 (task 4 names 化隆县人民政府 alone).
    only = executor.execute(Query(Op.FILTER, units=(UnitArg("各县人民政府", Role.LEAD),), prop=Property.SOLE_UNIT))
    assert only.tasks == (1, 2, 25, 26)


def test_tasks_not_led_by_a_unit_include_those_naming_no_lead(executor):
    # Every lead line of tasks 1-30 names 各县人民政府 except task 4's (化隆县人民政府); 31-34 name no lead at all.
    other = executor.execute(Query(Op.FILTER, units=(UnitArg("各县人民政府", Role.LEAD),), prop=Property.NOT_LED_BY))
    assert other.tasks == (4, 31, 32, 33, 34)
    assert "其中第31、32、33、34项没有写牵头单位" in other.text


def test_units_task_eight_has_and_task_seven_lacks(executor):
    # Task 7's 责任单位: 市发展改革委、市自然资源和规划局、市住房建设局; task 8 adds 市城管局、海东城投公司.
    result = executor.execute(Query(Op.DIFFERENCE, Asked.RESPONSIBLE_UNITS, tasks=(8, 7)))
    assert result.units == ("市城管局", "海东城投公司") and result.tasks == (8, 7)
    reverse = executor.execute(Query(Op.DIFFERENCE, Asked.RESPONSIBLE_UNITS, tasks=(7, 8)))
    assert reverse.units == ()


def test_a_superlative_without_the_excluded_unit(executor):
    # 市发展改革委 is a 责任单位 of 22 tasks, the most; next is 市住房建设局 with 15
    # (tasks 1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23, 24, 25, 28).
    query = Query(
        Op.ARGMAX, Asked.UNITS, units=(UnitArg("", Role.RESPONSIBLE),), counted=Counted.TASKS_OF_UNIT,
        excluded=("市发展改革委",),
    )  # fmt: skip
    result = executor.execute(query)
    assert result.units == ("市住房建设局",) and result.count == 15


def test_units_that_never_lead(executor):
    # 市财政局 and 海东城投公司 appear only on 责任单位 lines; 市发展改革委 leads task 14, so it is not among them.
    result = executor.execute(Query(Op.DIFFERENCE, Asked.UNITS, note="roles:responsible"))
    assert "市财政局" in result.units and "海东城投公司" in result.units and "市发展改革委" not in result.units


def test_two_named_units_compared(executor):
    # 市民政局 leads tasks 20 and 22; 市教育局 leads task 19 only.
    query = Query(
        Op.ARGMAX, Asked.UNITS, units=(UnitArg("市民政局", Role.LEAD), UnitArg("市教育局", Role.LEAD)),
        counted=Counted.TASKS_OF_UNIT, note="between",
    )  # fmt: skip
    result = executor.execute(query)
    assert result.units == ("市民政局",) and result.count == 2 and "市教育局牵头1项" in result.text


def test_tasks_without_responsible_units(executor):
    # Tasks 31-34 (实施保障) list no units at all; tasks 1-30 all list 责任单位.
    result = executor.execute(Query(Op.FILTER, prop=Property.NO_RESPONSIBLE))
    assert result.tasks == (31, 32, 33, 34)


def test_a_superlative_over_tasks_naming_no_units_says_so(executor):
    # Section 8 (tasks 31-34) names no lead or responsible units at all.
    result = executor.execute(Query(Op.ARGMAX, Asked.TASKS, sections=(8,), counted=Counted.RESPONSIBLE_UNITS))
    assert (result.tasks, result.count) == ((), 0) and "没有列出" in result.text


def test_the_second_most_responsible_units(executor):
    # 责任单位 counts: task 4 has 12 (the most), task 1 has 11 (the only one with 11).
    result = executor.execute(Query(Op.ARGMAX, Asked.TASKS, counted=Counted.RESPONSIBLE_UNITS, note="rank:2"))
    assert (result.tasks, result.count) == ((1,), 11) and "第二多" in result.text


def test_tasks_of_either_unit(executor):
    # 市林草局 is named only on task 13; 市残联 only on task 22.
    result = executor.execute(
        Query(Op.LIST, Asked.TASKS, units=(UnitArg("市林草局", Role.ANY), UnitArg("市残联", Role.ANY)), note="union")
    )
    assert result.tasks == (13, 22)


def test_tasks_a_unit_takes_no_part_in(executor):
    # 市林草局 is on task 13 only: the other 33 tasks, 31-34 (which list no units) among them.
    result = executor.execute(Query(Op.FILTER, units=(UnitArg("市林草局", Role.ANY),), prop=Property.NOT_INVOLVED))
    assert result.tasks == tuple(n for n in range(1, 35) if n != 13)


def test_the_sections_of_tasks_are_named_once_each(executor):
    # Tasks 6 and 7 end section 1 and open section 2.
    result = executor.execute(Query(Op.LOOKUP, Asked.SECTIONS, tasks=(6, 7, 8)))
    assert result.sections == (1, 2)
    assert result.text.splitlines() == [
        "第6项属于第一部分「科学把握功能定位，推进县域经济高质量发展」。",
        "第7项、第8项属于第二部分「统筹推进基础设施建设，补齐县城建设短板弱项」。",
    ]


def test_a_difference_both_ways_states_the_side_that_differs_first(executor):
    # Task 7's 责任单位 are all on task 8, which adds 市城管局 and 海东城投公司.
    result = executor.execute(Query(Op.DIFFERENCE, Asked.RESPONSIBLE_UNITS, tasks=(7, 8), note="both"))
    assert result.text.splitlines()[0] == (
        "第8项有、第7项没有的责任单位：市城管局、海东城投公司；反过来，第7项有、第8项没有的：没有。"
    )


def test_tasks_with_a_bank_among_the_responsible_units(executor):
    # 人行海东中心支行 is a 责任单位 of task 29 only.
    query = Query(Op.FILTER, units=(UnitArg("", Role.RESPONSIBLE),), prop=Property.UNIT_KIND, terms=("银行",))
    result = executor.execute(query)
    assert result.tasks == (29,) and "人行海东中心支行" in result.text


def test_a_lookup_leaving_out_named_units_lists_the_others_first(executor):
    # Task 10's 责任单位 (the notice): 市自然资源和规划局、市住房建设局、市消防救援支队.
    result = executor.execute(Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(10,), excluded=("市住房建设局",)))
    assert result.units == ("市自然资源和规划局", "市消防救援支队")
    assert result.text.splitlines()[0].endswith("市自然资源和规划局、市消防救援支队。")


def test_a_look_up_naming_a_unit_in_its_role_opens_with_yes(executor):
    # Task 11's lead units (the notice): 市住房建设局, 各县人民政府.
    query = Query(Op.LOOKUP, Asked.LEAD_UNITS, units=(UnitArg("市住房建设局", Role.LEAD),), tasks=(11,))
    first = executor.execute(query).text.splitlines()[0]
    assert first == "是的，第11项「合理布局建设地下管网」的牵头单位：市住房建设局、各县人民政府。"


def test_a_look_up_naming_a_unit_in_the_other_role_opens_with_no_and_says_its_role(executor):
    # Task 18: 市财政局 is a responsible unit, not a lead one (the notice).
    query = Query(Op.LOOKUP, Asked.LEAD_UNITS, units=(UnitArg("市财政局", Role.LEAD),), tasks=(18,))
    lines = executor.execute(query).text.splitlines()
    assert lines[0] == "不是。第18项「增强医疗服务能力」的牵头单位：市卫生健康委、各县人民政府。"
    assert lines[1] == "（市财政局在这一项中是责任单位，不是牵头单位。）"


def test_the_other_tasks_of_a_unit_leave_out_the_one_shown(executor):
    # 市交通运输局 leads tasks 7 and 8 (the notice).
    others = tuple(n for n in range(1, 35) if n != 7)
    query = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市交通运输局", Role.LEAD),), tasks=others, note="others")
    result = executor.execute(query)
    assert result.tasks == (8,) and result.text.startswith("除第7项外，市交通运输局牵头的任务还有1项")


def test_no_other_tasks_of_a_unit_says_there_are_none(executor):
    others = tuple(n for n in range(1, 35) if n != 28)  # 市公安局 leads task 28 only
    query = Query(Op.LIST, Asked.TASKS, units=(UnitArg("市公安局", Role.LEAD),), tasks=others, note="others")
    assert executor.execute(query).text == "除第28项外，市公安局牵头的任务没有别的了。"


def test_no_other_tasks_in_a_role_left_unsaid_gives_the_unit_s_tasks_in_the_other_role(executor):
    others = tuple(n for n in range(1, 35) if n != 28)  # 市公安局 leads 28 and is a responsible unit of 4
    unit = UnitArg("市公安局", Role.LEAD)
    query = Query(Op.LIST, Asked.TASKS, units=(unit,), tasks=others, note="others", text="它还有别的任务吗")
    result = executor.execute(query)
    assert result.tasks == (4,)
    assert result.text.startswith("除第28项外，市公安局牵头的任务没有别的了；它作为责任单位参与的还有1项：")


def test_a_count_difference_of_two_tasks_units(executor):
    # 责任单位 (the notice): task 4 names 12 units, task 1 names 11.
    result = executor.execute(
        Query(Op.COUNT, Asked.COUNT, tasks=(4, 1), counted=Counted.RESPONSIBLE_UNITS, note="difference")
    )
    assert result.count == 1 and result.tasks == (4, 1)
    assert result.text.splitlines()[0] == "第4项比第1项多1个。"


def test_a_count_difference_of_two_units_tasks(executor):
    # 市民政局 leads tasks 20 and 22, 市卫生健康委 task 18 only: 2 - 1.
    pair = (UnitArg("市卫生健康委", Role.LEAD), UnitArg("市民政局", Role.LEAD))
    result = executor.execute(
        Query(Op.COUNT, Asked.COUNT, units=pair, counted=Counted.TASKS_OF_UNIT, note="difference")
    )
    assert result.count == 1 and result.text.splitlines()[0] == "市民政局比市卫生健康委多1项。"


def test_two_units_task_counts_are_compared_whichever_is_named_first(executor):
    # 市住房建设局 leads 11, 16, 21; 市城管局 leads 15 only: 3 - 1 = 2, the side with more said first.
    units = (UnitArg("市住房建设局", Role.LEAD), UnitArg("市城管局", Role.LEAD))
    for pair in (units, units[::-1]):
        result = executor.execute(
            Query(Op.COUNT, Asked.COUNT, units=pair, counted=Counted.TASKS_OF_UNIT, note="difference")
        )
        assert result.count == 2 and result.text.splitlines()[0] == "市住房建设局比市城管局多2项。"


def test_two_units_tasks_pooled_count_each_task_once(executor):
    pair = (UnitArg("市民政局", Role.LEAD), UnitArg("市卫生健康委", Role.LEAD))
    result = executor.execute(Query(Op.COUNT, Asked.COUNT, units=pair, counted=Counted.TASKS, note="union"))
    assert result.count == 3 and result.tasks == (18, 20, 22)


def test_each_units_own_count_is_given_unit_by_unit_with_no_single_count(executor):
    # 市民政局 leads 20 and 22; 市卫生健康委 leads 18: two counts, so the result carries none and cites all three.
    pair = (UnitArg("市民政局", Role.LEAD), UnitArg("市卫生健康委", Role.LEAD))
    result = executor.execute(Query(Op.COUNT, Asked.COUNT, units=pair, counted=Counted.TASKS, note="each"))
    assert result.count is None and result.tasks == (18, 20, 22)
    assert result.text.splitlines() == [
        "市民政局牵头2项：第20项「健全养老托育服务体系」、第22项「优化社会福利设施」；",
        "市卫生健康委牵头1项：第18项「增强医疗服务能力」。",
    ]


def test_each_units_long_list_of_tasks_is_given_by_number(executor):
    # 市水务局 is on the lines of 2, 9, 11, 13, 16 and 25 (six: titles); 市住房建设局 of eighteen (numbers only).
    pair = (UnitArg("市住房建设局", Role.ANY), UnitArg("市水务局", Role.ANY))
    first, second = executor.execute(Query(Op.COUNT, Asked.COUNT, units=pair, note="each")).text.splitlines()
    assert first == "市住房建设局参与18项：第1、2、4、7、8、9、10、11、12、13、14、16、20、21、23、24、25、28项；"
    assert second.startswith("市水务局参与6项：第2项「突出特色县域经济」、第9项「")


def test_units_two_tasks_share_can_be_counted(executor):
    # Tasks 15 and 16 share 市发展改革委、市工业信息化局、市自然资源和规划局、市生态环境局 as 责任单位.
    result = executor.execute(Query(Op.INTERSECT, Asked.RESPONSIBLE_UNITS, tasks=(15, 16), note="count"))
    assert result.count == 4 and result.units == (
        "市发展改革委",
        "市工业信息化局",
        "市自然资源和规划局",
        "市生态环境局",
    )


def test_the_fewest_over_some_tasks_counts_only_their_unlisted_ones(executor):
    # Task 30 lists units, task 31 (实施保障) none: one task left out of the comparison, not 33.
    result = executor.execute(Query(Op.ARGMIN, Asked.TASKS, tasks=(30, 31), counted=Counted.RESPONSIBLE_UNITS))
    assert result.tasks == (30,) and result.text.endswith("（未列单位的1项任务不计在内。）")


def test_distinct_units_counted_leave_out_the_units_named_or_the_county_governments(executor):
    # The lines name 32 distinct units; two are county governments (各县人民政府, 化隆县人民政府), one a firm
    # (海东城投公司) and one a bank branch (人行海东中心支行): 28 city departments.
    def count(**kw):
        return executor.execute(Query(Op.COUNT, Asked.COUNT, counted=Counted.UNITS, note="distinct", **kw))

    assert count().count == 32
    assert count(excluded=("各县人民政府",)).count == 31
    departments = count(departments_only=True)
    assert departments.count == 28 and "不算县政府和企业、银行" in departments.text


def test_units_only_on_one_task_are_those_no_other_task_names(executor):
    # Task 29's 责任单位 are 市财政局 (also on 18, 19, 20, 28), 人行海东中心支行 (29 only) and 市发展改革委
    # (the notice).
    result = executor.execute(Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(29,), note="only here"))
    assert result.units == ("人行海东中心支行",) and result.tasks == (29,)


def test_no_unit_only_on_one_task_says_so(executor):
    # Task 18's 责任单位 are 市发展改革委 and 市财政局, both on other tasks too (the notice).
    result = executor.execute(Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(18,), note="only here"))
    assert result.units == () and "没有只在这一项出现的" in result.text


def test_units_of_one_task_also_on_another_are_those_the_other_names(executor):
    # Task 9's 责任单位: 市发展改革委, 市自然资源和规划局, 市住房建设局, 市生态环境局; task 13 names 市生态环境局 (lead)
    # and 市住房建设局 (责任单位) of them (the notice).
    result = executor.execute(Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(9, 13), note="also on"))
    assert result.units == ("市住房建设局", "市生态环境局") and result.tasks == (9, 13)


def test_units_also_on_another_tasks_one_line_leave_out_its_other_line(executor):
    # Task 12's 责任单位 include 市住房建设局, 市发展改革委 and 市城管局; task 16 is led by 市住房建设局, and its
    # 责任单位 include 市发展改革委 and 市城管局 (the notice).
    result = executor.execute(Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(12, 16), note="also on:responsible"))
    assert result.units == ("市发展改革委", "市城管局")
    anywhere = executor.execute(Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=(12, 16), note="also on"))
    assert anywhere.units == ("市住房建设局", "市发展改革委", "市城管局")


def test_whether_lines_are_the_same_names_every_unit_compared(executor):
    # Tasks 18 and 19 list exactly 市发展改革委 and 市财政局 as 责任单位. Task 18 is led by 市卫生健康委 and
    # 各县人民政府, task 19 by 市教育局 and 各县人民政府 (the notice).
    same = executor.execute(Query(Op.INTERSECT, Asked.RESPONSIBLE_UNITS, tasks=(18, 19), note="same"))
    differ = executor.execute(Query(Op.INTERSECT, Asked.LEAD_UNITS, tasks=(18, 19), note="same"))
    assert same.units == ("市发展改革委", "市财政局")
    assert same.text.startswith("第18项、第19项的责任单位完全相同，都是：市发展改革委、市财政局。")
    assert differ.units == ("市卫生健康委", "各县人民政府", "市教育局")
    assert differ.text.splitlines()[0] == (
        "第18项、第19项的牵头单位不完全相同：都有的是各县人民政府；第18项另有市卫生健康委；第19项另有市教育局。"
    )


def test_whether_many_lines_are_the_same_with_nothing_shared(executor):
    # Leads: task 4 化隆县人民政府; task 17 市人力资源社会保障局、各县人民政府 (the notice).
    result = executor.execute(Query(Op.INTERSECT, Asked.LEAD_UNITS, tasks=(4, 17, 18), note="same"))
    assert result.units == ("化隆县人民政府", "市人力资源社会保障局", "各县人民政府", "市卫生健康委")
    assert "不完全相同：没有哪个单位是都有的" in result.text
