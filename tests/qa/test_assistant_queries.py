"""The assistant's issue-9 behaviour end to end (fake encoder): queries, conversation, small talk, declines."""

from __future__ import annotations

import pytest

from qa.answer import Intent


def test_a_count_states_the_number_and_cites_exactly_the_counted_tasks(assistant):
    # 市工业信息化局 leads tasks 5 (产业集群) and 12 (智慧县城).
    answer = assistant.ask("工信局牵头了多少项任务")
    assert answer.count == 2 and [c.task for c in answer.citations] == [5, 12]
    assert "共2项" in answer.answer.splitlines()[0]


def test_small_talk_gets_a_polite_reply_without_citations_and_with_suggestions(assistant):
    answer = assistant.ask("您好呀")
    assert answer.intent is Intent.SMALLTALK and answer.citations == () and answer.suggestions
    assert "东政办〔2023〕26号" in answer.answer  # says what it can answer about


def test_a_follow_up_with_nothing_before_it_asks_back_instead_of_guessing(assistant):
    answer = assistant.ask("那它的牵头单位呢")
    assert answer.intent is Intent.CLARIFY and answer.citations == () and answer.suggestions


def test_an_ordinal_refers_to_the_last_list(assistant):
    # Part 六 lists tasks 25, 26, 27; the second is 26, led by 各县人民政府 alone.
    answer = assistant.ask("第二个由哪个单位牵头", ["第六部分都有哪几项任务"])
    assert [c.task for c in answer.citations] == [26]
    assert "各县人民政府" in answer.answer.splitlines()[0]


def test_another_unit_repeats_the_last_question(assistant):
    # 市应急局 leads only task 10 (县城韧性).
    answer = assistant.ask("换成应急局呢", ["商务局牵头哪几项任务"])
    assert [c.task for c in answer.citations] == [10]


def test_units_shared_by_the_listed_tasks(assistant):
    # Tasks 18 and 19 (part 四) share 市发展改革委 and 市财政局 as 责任单位; the part's six tasks share none.
    answer = assistant.ask("这几项都有的责任单位", ["第十八项和第十九项的责任单位分别是什么"])
    assert answer.answer.splitlines()[0].endswith("市发展改革委、市财政局。")


def test_a_misspelt_unit_is_corrected_and_answered(assistant):
    answer = assistant.ask("民证局牵头的任务")
    assert answer.answer.startswith("您是不是要问市民政局？")
    assert [c.task for c in answer.citations] == [20, 22]


def test_a_unit_the_notice_does_not_list_is_declined_by_name(assistant):
    answer = assistant.ask("档案局牵头了哪些任务")
    assert not answer.in_scope and "档案局" in answer.answer and answer.citations == ()


def test_another_city_as_the_subject_is_declined(assistant):
    answer = assistant.ask("银川市的老旧小区改造谁牵头")
    assert not answer.in_scope and "银川" in answer.answer


def test_a_figure_the_notice_does_not_give_is_declined_saying_so(assistant):
    answer = assistant.ask("海东市的CPI是多少")
    assert not answer.in_scope and "cpi" in answer.answer.lower()


def test_an_english_question_is_answered_in_chinese(assistant):
    answer = assistant.ask("Which tasks does the finance bureau take part in?")
    assert answer.in_scope and [c.task for c in answer.citations] == [18, 19, 20, 28, 29]
    assert "（按中文理解为" in answer.answer


def test_the_same_history_gives_the_same_answer(assistant):
    history = ["第一部分包括哪些任务"]
    assert assistant.ask("第三个有哪些责任单位", history) == assistant.ask("第三个有哪些责任单位", history)


def test_a_filter_within_the_listed_tasks(assistant):
    # Of part 四 (tasks 17-22), tasks 18, 20 and 21 name 2025年.
    answer = assistant.ask("这些任务里有几项提到了2025年", ["把第四部分的任务列一下"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [18, 20, 21]


def test_a_range_of_task_numbers(assistant):
    answer = assistant.ask("第18到20项分别是谁牵头")
    assert [c.task for c in answer.citations] == [18, 19, 20]


def test_these_inside_a_content_question_is_no_reference(assistant):
    answer = assistant.ask("青稞酒这些产业谁牵头", ["把第四部分的任务列一下"])
    assert answer.citations[0].task == 5  # 着力建强特色产业集群 (青稞酒), not the listed tasks


def test_an_ordinal_counts_in_the_last_list_even_after_a_single_look_up(assistant):
    # Part 五 lists tasks 23 and 24; after a look-up of its first item, "那第二项呢" is still its second: 24.
    answer = assistant.ask("那第二项呢", ["请列出第五部分所含任务", "其中第一项由哪个单位牵头"])
    assert [c.task for c in answer.citations] == [24]


def test_a_role_switch_asks_the_same_task_for_the_other_units(assistant):
    # Task 19 (教育资源): 牵头 市教育局、各县人民政府; 责任 市发展改革委、市财政局.
    answer = assistant.ask("改成问责任单位", ["第19项的牵头单位是谁"])
    assert [c.task for c in answer.citations] == [19]
    assert answer.answer.splitlines()[0].endswith("市发展改革委、市财政局。")


def test_the_units_one_task_has_beyond_the_one_just_shown(assistant):
    # Task 14's 责任单位: 市工业信息化局、市住房建设局、市交通运输局; task 13's: 市水务局、市住房建设局.
    answer = assistant.ask("第14项跟它比多了哪些", ["第13项的责任单位有哪些"])
    assert "市工业信息化局、市交通运输局" in answer.answer.splitlines()[0]


def test_nothing_more_shows_the_same_list_again(assistant):
    # 市卫生健康委 is among the 责任单位 of tasks 4, 12, 15, 20 and 26, and nowhere else in that role.
    answer = assistant.ask("还有别的吗", ["卫健委作为责任单位参与哪些任务"])
    assert "没有别的了" in answer.answer and [c.task for c in answer.citations] == [4, 12, 15, 20, 26]


def test_more_after_the_tasks_a_unit_leads_says_that_was_all_it_leads(assistant):
    # 市民政局 leads tasks 20 and 22 and no other (the notice). Every question writer read a bare "还有别的吗"
    # here as "does it lead more?"; its 责任单位 tasks are asked for in so many words (next test).
    answer = assistant.ask("还有别的吗", ["民政局牵头的任务都有哪些呀"])
    assert "没有别的了" in answer.answer and [c.task for c in answer.citations] == [20, 22]


def test_the_other_role_asked_in_so_many_words_after_a_lead_list(assistant):
    # 市民政局 is a 责任单位 of tasks 4, 6, 12, 26 and 27 (the notice).
    answer = assistant.ask("它当责任单位的又有哪些", ["民政局牵头的任务都有哪些呀"])
    assert [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_a_slip_in_a_long_unit_name_is_corrected_and_its_led_task_given(assistant):
    # 市文体旅游广电局 leads tasks 23 and 24 only; 旅→族 is one character off.
    answer = assistant.ask("文体族游广电局牵头哪条")
    assert answer.answer.startswith("您是不是要问市文体旅游广电局？")
    assert [c.task for c in answer.citations] == [23, 24]


def test_a_short_form_of_two_units_asks_back_with_each_reading_as_a_suggestion(assistant):
    answer = assistant.ask("资源局参与了哪几项")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert set(answer.suggestions) == {"市自然资源和规划局参与了哪几项", "市人力资源社会保障局参与了哪几项"}


@pytest.mark.parametrize("question", ["审计局在通知里分了什么活", "气象局是不是配合单位", "统计局有没有份"])
def test_a_unit_the_notice_does_not_list_is_declined_however_it_is_asked(assistant, question):
    answer = assistant.ask(question)
    assert not answer.in_scope and answer.citations == ()
    assert "通知列出的牵头单位和责任单位中没有" in answer.answer


@pytest.mark.parametrize(
    "message",
    ["你到底能干啥", "你是不是人工智能", "麻烦您了 辛苦", "嘻嘻", "能帮我问个事吗", "你是真人吗"],
)
def test_small_talk_of_every_kind_gets_a_reply_without_citations(assistant, message):
    answer = assistant.ask(message)
    assert answer.intent is Intent.SMALLTALK and answer.citations == () and answer.in_scope


@pytest.mark.parametrize("message", ["你又说错了", "太慢了吧", "你咋一问三不知"])
def test_a_complaint_gets_an_apology_and_a_way_to_do_better(assistant, message):
    answer = assistant.ask(message)
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()
    assert answer.answer.startswith("抱歉") and "换个说法" in answer.answer and "👎" in answer.answer


@pytest.mark.parametrize(
    "fragment",
    [
        "责任单位",
        "城镇化",
        "部门里的",
        "那个单位牵头了什么",
        "刚才说的那项有几个责任单位",
        "哪家单位",
        "那一条原文怎么写的",
    ],
)
def test_a_fragment_or_a_reference_with_nothing_before_it_asks_back(assistant, fragment):
    answer = assistant.ask(fragment)
    assert answer.intent is Intent.CLARIFY and answer.citations == () and answer.suggestions


def test_a_bare_task_number_asks_back_with_questions_about_that_task(assistant):
    number = 27
    answer = assistant.ask(str(number))
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert all(s.startswith(f"第{number}项") for s in answer.suggestions)


def test_a_short_topic_of_its_own_is_still_answered(assistant):
    # 供热 is task 11's (合理布局建设地下管网: 县城供热基础设施改造升级).
    answer = assistant.ask("县城供热")
    assert answer.intent is not Intent.CLARIFY and answer.citations


def test_a_topic_named_before_a_that_item_word_is_answered_not_asked_back(assistant):
    # 地下管网 is task 11 (合理布局建设地下管网), led by 市住房建设局 and 各县人民政府.
    answer = assistant.ask("地下管网那项是谁牵头")
    assert answer.intent is Intent.LEAD and answer.citations[0].task == 11


def test_a_request_for_all_of_a_unit_s_lead_tasks(assistant):
    # 市民政局 leads tasks 20 (养老托育) and 22 (社会福利设施).
    answer = assistant.ask("请列出民政局牵头负责的全部任务")
    assert [c.task for c in answer.citations] == [20, 22]


def test_a_unit_by_its_place_in_the_units_just_listed(assistant):
    # Task 6's 责任单位 in order: 市文体旅游广电局、市发展改革委、市交通运输局、市民政局.
    answer = assistant.ask("里面第二个是哪个单位", ["第6项的责任单位有哪些"])
    assert answer.answer.splitlines()[0].endswith("第2个是市发展改革委。")


def test_the_other_tasks_of_a_unit_named_by_its_place(assistant):
    # Task 30's only 责任单位 is 市农业农村局; besides task 30 it is named on tasks 1, 2, 3, 4, 5, 17, 28.
    answer = assistant.ask("排第一的单位另外还参与哪些任务", ["第30项的责任单位有哪些"])
    assert [c.task for c in answer.citations] == [1, 2, 3, 4, 5, 17, 28]


@pytest.mark.parametrize("message", ["好嘞 今天就问到这", "多谢 你太给力了", "测一下 能回答吗", "6666"])
def test_longer_chat_is_small_talk_not_a_random_task(assistant, message):
    answer = assistant.ask(message)
    assert answer.intent is Intent.SMALLTALK and answer.citations == () and answer.in_scope


def test_chat_after_a_question_is_still_small_talk(assistant):
    answer = assistant.ask("好嘞 辛苦辛苦 我先撤了", ["防洪排涝那一项由哪家单位来牵头"])
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()
    assert answer.answer.startswith("好的，再见！有问题随时来问。")


def test_a_complaint_about_speed_apologises_for_the_wait_and_points_to_feedback(assistant):
    answer = assistant.ask("等了半天 好卡啊")
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()
    assert answer.answer.startswith("抱歉让您久等了") and "👎" in answer.answer


def test_another_document_by_its_number_is_declined_naming_this_notices_number(assistant):
    answer = assistant.ask("东政办〔2024〕3号讲了哪些内容")
    assert not answer.in_scope and answer.citations == ()
    assert "这份通知是东政办〔2023〕26号" in answer.answer


@pytest.mark.parametrize("message", ["那最后一个呢", "那第四条呢", "是第几项来着"])
def test_a_bare_place_in_a_list_with_nothing_before_it_asks_back(assistant, message):
    answer = assistant.ask(message)
    assert answer.intent is Intent.CLARIFY and answer.citations == () and answer.suggestions


def test_a_bare_ordinal_asks_back_with_questions_about_that_task(assistant):
    answer = assistant.ask("那第四条呢")
    assert all(s.startswith("第4项") for s in answer.suggestions)


def test_a_reference_after_only_small_talk_asks_back(assistant):
    answer = assistant.ask("那它的责任单位都是谁", ["嗨 早安", "多谢"])
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_a_unit_named_only_by_its_kind_asks_which_one_with_the_busiest_units(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21, more than any other city unit.
    answer = assistant.ask("我们局要牵头哪些任务")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert answer.suggestions[0] == "市住房建设局要牵头哪些任务" and "我们局" in answer.answer


def test_a_unit_named_in_full_before_li_is_not_an_unnamed_unit(assistant):
    answer = assistant.ask("民政局里都牵头了哪些任务")
    assert answer.intent is Intent.UNIT_TASKS


def test_an_english_question_about_a_bureau_by_its_english_name_lists_its_tasks(assistant):
    # 市应急局 leads task 10 (全面增强县城韧性) only.
    answer = assistant.ask("Which task does the Emergency Management Bureau lead?")
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == [10]


def test_an_english_question_for_the_responsible_role_lists_only_those_tasks(assistant):
    # 市民政局 leads 20 and 22 and is a responsible unit of 4, 6, 12, 26 and 27.
    answer = assistant.ask("Which tasks name the civil affairs bureau as a responsible unit?")
    assert [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_a_same_sound_slip_in_a_name_without_a_unit_ending_is_answered_as_that_unit(assistant):
    # 市残联 is a responsible unit of task 22 only.
    answer = assistant.ask("市残帘参与了什么任务")
    assert answer.answer.startswith("您是不是要问市残联") and [c.task for c in answer.citations] == [22]


def test_an_english_question_naming_a_section_by_number_lists_that_section(assistant):
    # Part 五 holds tasks 23 and 24.
    answer = assistant.ask("Show me the tasks of section 5")
    assert [c.task for c in answer.citations] == [23, 24]


def test_an_english_question_for_the_units_responsible_for_a_task_gives_its_responsible_units(assistant):
    # Task 6 (繁荣县域商业消费): responsible units 市文体旅游广电局, 市发展改革委, 市交通运输局, 市民政局.
    answer = assistant.ask("Which units are responsible for task 6?")
    assert answer.intent is Intent.RESPONSIBLE and [c.task for c in answer.citations][:1] == [6]
    assert "市文体旅游广电局、市发展改革委、市交通运输局、市民政局" in answer.answer


def test_that_task_named_by_words_in_several_titles_asks_which_one(assistant):
    # "收集处理" is in the titles of task 15 (垃圾) and task 16 (污水).
    answer = assistant.ask("收集处理那条谁来牵头")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert answer.suggestions == ("第15项谁来牵头", "第16项谁来牵头")


def test_that_task_named_by_words_of_one_title_is_answered(assistant):
    # Only task 11's title has "地下管网"; it is led by 市住房建设局 and 各县人民政府.
    answer = assistant.ask("地下管网那条谁来牵头")
    assert answer.intent is Intent.LEAD and answer.citations[0].task == 11


def test_the_notices_own_number_is_the_notice_not_a_task_with_that_number(assistant):
    # 26号 is the document number; the notice's written date is 2023年05月09日.
    answer = assistant.ask("东政办〔2023〕26号的成文日期是哪天")
    assert answer.intent is Intent.META and answer.citations == ()
    assert "2023年05月09日" in answer.answer


def test_a_units_tasks_asked_after_a_word_of_thanks_are_still_its_tasks(assistant):
    # 市残联 is a responsible unit of task 22 only.
    answer = assistant.ask("多谢，那残联参与了哪项任务")
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == [22]


def test_a_name_the_notice_uses_that_starts_with_a_neighbours_name_is_no_other_place(assistant):
    # Task 7 names "G0601西宁绕城高速北环线工程" without an opening date.
    answer = assistant.ask("西宁绕城高速北环线工程预计何时通车")
    assert not answer.in_scope and "没有写西宁的情况" not in answer.answer and "通车的具体时间" in answer.answer


def test_a_question_asking_which_unit_is_no_unit_named_by_its_kind(assistant):
    # 各县人民政府 lead 29 tasks (1–30 but 4, which 化隆县人民政府 leads alone), more than any other unit.
    answer = assistant.ask("单位里面谁牵头的任务最多")
    assert answer.intent is not Intent.CLARIFY and "各县人民政府" in answer.answer


def test_an_ordinal_after_a_unit_and_its_role_verb_takes_that_units_list(assistant):
    # 市工业信息化局 leads tasks 5 and 12 (the notice): the first is 5.
    answer = assistant.ask("第一个由谁牵头", ["工信局都牵头了啥"])
    assert [c.task for c in answer.citations] == [5]


def test_a_unit_the_notice_does_not_list_asked_where_it_appears_is_declined(assistant):
    answer = assistant.ask("统计局出现在哪几项里")
    assert not answer.in_scope and "统计局" in answer.answer


def test_that_unit_is_a_reference_not_an_unknown_unit(assistant):
    # Task 14 is led by 市发展改革委 and 各县人民政府 (the notice); "那个委" refers back to the first.
    answer = assistant.ask("那个委还当哪些任务的责任单位", ["第14项由谁牵头"])
    assert answer.in_scope


def test_a_topic_question_naming_a_unit_is_answered_from_a_task_that_names_it(assistant):
    # 市邮政管理局 is a unit of task 25 only (the notice).
    answer = assistant.ask("邮政管理局管的是哪方面的事")
    assert answer.citations and answer.citations[0].task == 25


def test_an_unlisted_unit_that_is_a_responsible_unit_in_the_question_is_declined(assistant):
    answer = assistant.ask("统计局当配合单位的有哪几项")
    assert not answer.in_scope and "统计局" in answer.answer


def test_which_one_task_a_unit_leads_is_its_own_task_never_a_retrieved_one(assistant):
    # 市应急局 leads task 10 alone among the 市 units (the notice).
    answer = assistant.ask("应急局牵头的任务是哪一项")
    assert [c.task for c in answer.citations] == [10]


def test_a_lead_question_naming_a_unit_is_answered_from_a_task_that_names_it(assistant):
    # 市消防救援支队 is a unit of task 10 only (the notice).
    answer = assistant.ask("消防救援支队参与的那个工作谁牵头")
    assert answer.citations and answer.citations[0].task == 10


def test_a_topic_then_that_task_points_at_the_one_task_it_titles(assistant):
    # "老旧小区" is in task 21's title and, in the text, only in task 21 (the notice).
    answer = assistant.ask("老旧小区那条由谁牵头")
    assert answer.citations and answer.citations[0].task == 21


def test_a_topic_then_that_task_titling_two_tasks_is_asked_back(assistant):
    # "交通" is in the titles of tasks 7 and 8 (the notice).
    answer = assistant.ask("交通那项由谁牵头")
    assert answer.intent is Intent.CLARIFY


def test_how_many_after_the_task_with_most_units_counts_its_units(assistant):
    # Task 4 has the most 责任单位 of all, 12 (the notice).
    answer = assistant.ask("具体有多少个", ["责任单位最多的是哪项任务"])
    assert answer.count == 12


def test_an_ordinal_said_as_a_place_in_the_list_shown(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice): the third is 21.
    answer = assistant.ask("排第三的讲的什么", ["住建局牵头的任务都有哪些"])
    assert [c.task for c in answer.citations] == [21]


def test_the_other_units_of_the_task_shown_leave_out_the_one_named(assistant):
    # Task 10's 责任单位: 市自然资源和规划局、市住房建设局、市消防救援支队 (the notice).
    answer = assistant.ask("这项除了住建局还有哪些配合", ["第10项的牵头单位是谁"])
    first = answer.answer.splitlines()[0]
    assert "市自然资源和规划局" in first and "市消防救援支队" in first and "市住房建设局" not in first


def test_an_ordinal_after_an_ordinal_pick_continues_in_the_same_list(assistant):
    # Section 三 holds tasks 13–16 (the notice); after its first, "那第三个的呢" is task 15, led by 市城管局.
    answer = assistant.ask("那第三个的呢", ["第三部分包括哪几项", "第一项的牵头单位是谁"])
    assert [c.task for c in answer.citations] == [15]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("上面那几项里哪个提到了指标", []),
        ("刚才那个数怎么来的", []),
        ("就上面这几个，哪个牵头单位最多", ["谢谢"]),  # only small talk before: nothing was shown
    ],
)
def test_pointing_at_what_was_shown_when_nothing_was_shown_asks_back(assistant, question, history):
    answer = assistant.ask(question, history)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_which_one_of_the_tasks_just_listed_names_a_year(assistant):
    # 市住房建设局 leads 11, 16 and 21; of those, 16 and 21 name 2025年 (the notice).
    answer = assistant.ask("上面这几个里哪个到2025年有目标", ["住建局牵头的任务都有哪些"])
    assert [c.task for c in answer.citations] == [16, 21]


def test_another_task_by_number_without_di_is_the_same_question_about_it(assistant):
    # Task 23's responsible units (the notice): 市住房建设局, 市自然资源和规划局.
    answer = assistant.ask("那23条呢", ["第20条的责任单位是哪些"])
    assert [c.task for c in answer.citations] == [23] and "市自然资源和规划局" in answer.answer


def test_a_request_to_list_after_a_units_tasks_lists_them_in_the_role_named(assistant):
    # 市卫生健康委 is a responsible unit of tasks 4, 12, 15, 20 and 26, and leads 18 (the notice).
    answer = assistant.ask("卫健委当责任单位的任务列一下")
    assert [c.task for c in answer.citations] == [4, 12, 15, 20, 26]


def test_the_one_task_a_unit_leads_pointed_at_is_that_task(assistant):
    answer = assistant.ask("公安局牵头的那项讲了什么")  # 市公安局 leads task 28 only
    assert [c.task for c in answer.citations] == [28]


def test_the_one_task_the_unit_shown_leads_pointed_at_by_a_pronoun(assistant):
    # 市自然资源和规划局 leads task 30 only; its responsible unit is 市农业农村局.
    answer = assistant.ask("它牵头那个的责任单位", ["自然资源和规划局参与哪些任务"])
    assert [c.task for c in answer.citations] == [30] and "市农业农村局" in answer.answer


def test_the_task_a_unit_leads_pointed_at_when_it_leads_several_asks_which(assistant):
    answer = assistant.ask("交通局牵头那条的目标是多少")  # 市交通运输局 leads tasks 7 and 8
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert [s[:3] for s in answer.suggestions] == ["第7项", "第8项"]


@pytest.mark.parametrize("follow_up", ["还有呢", "除了这一条还有其他的吗", "它另外还牵头哪些"])
def test_more_after_one_task_of_a_unit_gives_its_other_tasks_in_that_role(assistant, follow_up):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice).
    answer = assistant.ask(follow_up, ["住建局牵头第11条吗"])
    assert [c.task for c in answer.citations] == [16, 21]


def test_a_task_number_beyond_the_last_says_how_many_tasks_there_are(assistant):
    answer = assistant.ask("第四十二条由谁牵头")  # the notice has 34 tasks
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert "共有34项任务" in answer.answer and "没有第42项" in answer.answer
    assert answer.suggestions[0] == "第34项由谁牵头"


def test_a_unit_that_leads_nothing_cites_the_tasks_it_is_responsible_for(assistant):
    # 市财政局 leads no task and is a responsible unit of 18, 19, 20, 28 and 29 (the notice).
    answer = assistant.ask("市财政局牵头了哪几项任务")
    assert [c.task for c in answer.citations] == [18, 19, 20, 28, 29]


@pytest.mark.parametrize("probe", ["<b>局</b>负责哪些任务", "{{7*7}}谁负责", "${x}谁负责"])
def test_markup_or_template_probes_carry_no_question_and_are_asked_back(assistant, probe):
    answer = assistant.ask(probe)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_which_number_a_topic_is_asks_for_its_task_not_a_count(assistant):
    # "县城公共服务供给向乡村覆盖" titles task 26 (the notice); 第几条 asks for a number, not how many.
    answer = assistant.ask("县城公共服务向乡村覆盖那个是第几条")
    assert answer.citations[0].task == 26 and answer.intent is not Intent.OUT_OF_SCOPE


def test_a_follow_up_on_the_task_found_by_its_topic_stays_on_it(assistant):
    answer = assistant.ask("这一条由谁配合", ["县城公共服务向乡村覆盖那个是第几条"])
    assert [c.task for c in answer.citations] == [26] and "市卫生健康委、市教育局、市民政局" in answer.answer


@pytest.mark.parametrize(
    ("follow_up", "count"),
    [("几个牵头单位呢", 3), ("责任单位一共几个", 2)],  # task 13 (the notice): three lead units, two responsible
)
def test_a_count_of_units_after_one_task_counts_its_units(assistant, follow_up, count):
    answer = assistant.ask(follow_up, ["第13条由谁牵头"])
    assert answer.count == count and [c.task for c in answer.citations] == [13]


def test_also_another_number_asks_the_same_about_it(assistant):
    answer = assistant.ask("还有22", ["第20条由哪家牵头"])  # task 22 is led by 市民政局, 各县人民政府
    assert [c.task for c in answer.citations] == [22] and "市民政局" in answer.answer.splitlines()[0]


def test_who_leads_each_of_the_tasks_shown(assistant):
    answer = assistant.ask("各自是谁牵头的", ["第五部分包括几条"])  # tasks 23 and 24
    assert [c.task for c in answer.citations] == [23, 24]


def test_the_two_tasks_shown_one_by_one_are_those_both_words_point_at(assistant):
    # Tasks 18 and 19 share the lead unit 各县人民政府 (the notice).
    answer = assistant.ask("俩条的牵头单位一样吗", ["18号任务谁来牵头", "19号任务呢"])
    assert [c.task for c in answer.citations] == [18, 19] and "各县人民政府" in answer.answer.splitlines()[0]


def test_the_numbers_of_the_tasks_shown(assistant):
    answer = assistant.ask("这几项分别是第几条", ["实施保障那一部分有几条"])
    assert [c.task for c in answer.citations] == [31, 32, 33, 34]


def test_a_role_asked_of_the_one_task_a_filter_found(assistant):
    # Only task 13 has three lead units; its responsible units are 市水务局, 市住房建设局 (the notice).
    answer = assistant.ask("这项由谁配合", ["哪一条有三个牵头单位"])
    assert [c.task for c in answer.citations] == [13] and "市水务局、市住房建设局" in answer.answer.splitlines()[0]


def test_the_head_one_of_a_list_is_its_first(assistant):
    answer = assistant.ask("头一项讲的什么", ["牵头单位空着的是哪几条"])  # tasks 31-34
    assert [c.task for c in answer.citations] == [31]


def test_taking_the_lead_is_no_first_of_a_list(assistant):
    # "牵头那个" is the task the unit leads (30), not "牵第一个".
    answer = assistant.ask("它牵头那个的责任单位", ["资规局都参与了哪些任务"])
    assert [c.task for c in answer.citations] == [30]


def test_a_section_with_a_count_narrows_and_counts_the_last_unit_question(assistant):
    # 市自然资源和规划局 is a responsible unit of tasks 1-4 of part 一 (the notice).
    answer = assistant.ask("第一部分里的有几项", ["把自规局配合的任务列出来"])
    assert answer.count == 4 and [c.task for c in answer.citations] == [1, 2, 3, 4]


def test_a_section_limit_said_with_xianding_narrows_the_last_unit_question(assistant):
    # 市生态环境局 is a responsible unit of tasks 15 and 16 in part 三 (the notice).
    answer = assistant.ask("只限定在第三部分", ["生态环境局是责任单位的任务有哪些"])
    assert [c.task for c in answer.citations] == [15, 16]


def test_an_emoji_alone_is_small_talk(assistant):
    answer = assistant.ask("👌")
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("县图书馆建成了没有", "没有写进展或完成情况"),  # how far things got: a plan records none
        ("这份方案什么时候过期", "没有写有效期"),  # the notice states no term of validity
        ("市发改委办公地址在哪", "联系方式"),
        ("前年全市改造了多少套", "没有现状或统计数据"),  # what has been done is a statistic
    ],
)
def test_what_a_plan_does_not_record_is_declined_saying_what(assistant, question, reason):
    answer = assistant.ask(question)
    assert not answer.in_scope and reason in answer.answer


def test_a_target_of_a_latin_term_the_notice_never_uses_is_declined(assistant):
    answer = assistant.ask("互助县2025年CPI目标")
    assert not answer.in_scope and "cpi" in answer.answer.lower()


def test_again_repeats_the_last_answer(assistant):
    first = assistant.ask("第16项由谁来牵头")
    again = assistant.ask("再讲一遍", ["第16项由谁来牵头"])
    assert again.answer == first.answer and again.question == "再讲一遍"


def test_an_item_of_a_list_shown_before_with_nothing_shown_asks_back(assistant):
    answer = assistant.ask("上面列的第二个讲的什么")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_a_unit_the_notice_does_not_list_is_declined_after_yao(assistant):
    answer = assistant.ask("市烟草局要配合哪些")
    assert not answer.in_scope and "市烟草局" in answer.answer


def test_a_place_counted_from_the_end_of_the_list_shown(assistant):
    answer = assistant.ask("倒数第一个谁牵头", ["第四部分都有什么任务"])  # part 四 is tasks 17-22
    assert [c.task for c in answer.citations] == [22]


def test_all_tasks_of_a_section_named_by_its_title_and_zhang(assistant):
    answer = assistant.ask("实施保障那章全部任务")  # part 八: tasks 31-34
    assert [c.task for c in answer.citations] == [31, 32, 33, 34]


def test_task_numbers_separated_by_a_space_are_a_list(assistant):
    # Tasks 16 and 17 share no responsible unit (the notice: 16 has six city units, 17 has 教育局 and 农业农村局).
    answer = assistant.ask("16 17两条共同的责任单位")
    assert [c.task for c in answer.citations] == [16, 17]


def test_two_units_both_responsible_with_the_tasks_left_unsaid(assistant):
    # 市农业农村局 and 市工业信息化局 are both responsible units of tasks 1 and 4 only (the notice).
    answer = assistant.ask("农业农村局和工信局都当责任单位的")
    assert [c.task for c in answer.citations] == [1, 4]


# --- round 18: tasks and units named the way people point at them -------------------------------------
# Every expected value below is read off the notice's units lines (task 9: 市水务局 leads; responsible
# 市发展改革委、市自然资源和规划局、市住房建设局、市生态环境局; and so on as each comment says).


def test_a_task_named_alone_is_shown_whole(assistant):
    answer = assistant.ask("第二十二条")  # task 22: 市民政局 leads; 市残联、市发展改革委 responsible
    assert [c.task for c in answer.citations] == [22]
    assert "市民政局" in answer.answer and "市残联" in answer.answer


def test_a_task_named_after_that_as_a_follow_up_to_nothing_is_still_asked_back(assistant):
    answer = assistant.ask("那第九条呢")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_only_that_many_confirms_the_count_of_the_units_just_shown(assistant):
    answer = assistant.ask("就两个吗", ["请列出第22项的全部责任单位"])  # 市残联、市发展改革委
    assert answer.answer.startswith("是的，只有2个") and [c.task for c in answer.citations] == [22]


def test_only_that_many_says_no_when_there_are_more(assistant):
    answer = assistant.ask("就一个吗", ["请列出第9项的全部责任单位"])  # four responsible units
    assert answer.answer.startswith("不是，共4个")


def test_who_cooperates_after_a_units_one_task_gives_that_tasks_responsible_units(assistant):
    answer = assistant.ask("配合的都是谁", ["水务局牵头的是哪项"])  # 市水务局 leads task 9 only
    assert [c.task for c in answer.citations] == [9]
    assert answer.answer.splitlines()[0].endswith("市发展改革委、市自然资源和规划局、市住房建设局、市生态环境局。")


def test_a_superlative_within_the_tasks_one_unit_leads(assistant):
    # 市住房建设局 leads 11 (5 responsible units), 16 (6) and 21 (2): the fewest is 21.
    answer = assistant.ask("住建局牵头的那些里面 哪条责任单位最少")
    assert [c.task for c in answer.citations] == [21] and "市住房建设局牵头" in answer.answer


def test_the_sole_responsible_unit_of_a_task(assistant):
    answer = assistant.ask("责任单位只写了农业农村局的任务")  # task 30 alone has 市农业农村局 as its one
    assert [c.task for c in answer.citations] == [30]


def test_a_unit_whose_name_has_guan_keeps_the_role_asked_before(assistant):
    answer = assistant.ask("城管局那边呢", ["交通运输局一共牵头了几项"])  # 市城管局 leads task 15 only
    assert answer.count == 1 and [c.task for c in answer.citations] == [15]


def test_the_nth_unit_of_a_named_role_of_the_task_shown(assistant):
    answer = assistant.ask("它的第二个责任单位是谁", ["请问第9项的牵头单位"])
    assert "第2个是市自然资源和规划局" in answer.answer


def test_a_place_beyond_the_line_says_there_is_none(assistant):
    answer = assistant.ask("它的第五个责任单位是谁", ["请问第9项的牵头单位"])  # four
    assert "只有4个，没有第5个" in answer.answer


def test_counting_the_units_just_listed(assistant):
    answer = assistant.ask("这么多啊 一共几个", ["第4项有哪些责任单位"])  # twelve
    assert answer.count == 12


def test_the_task_after_the_one_shown(assistant):
    answer = assistant.ask("它后面那条谁牵头", ["请列出第20项的全部责任单位"])
    assert [c.task for c in answer.citations] == [21] and "市住房建设局" in answer.answer


def test_two_bare_task_numbers_in_common(assistant):
    # 20: 卫健委、教育局、发改委、住建局、财政局; 21: 发改委、自规局 → only 市发展改革委 in common.
    answer = assistant.ask("20跟21的责任单位一样的有哪些")
    assert answer.answer.startswith("第20项、第21项都有的责任单位：市发展改革委。")


def test_what_one_bare_task_has_and_the_other_lacks(assistant):
    answer = assistant.ask("21里有但20里没有的责任单位")
    assert answer.answer.startswith("第21项有、第20项没有的责任单位：市自然资源和规划局。")


def test_leaving_out_the_lead_role_after_chule(assistant):
    # 市民政局 leads 20 and 22 and is a responsible unit of 4, 6, 12, 26 and 27.
    answer = assistant.ask("除了牵头的 民政局还参与了哪几项")
    assert [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_the_units_of_the_tasks_shown_pooled_and_counted_once(assistant):
    # Tasks 18 and 19 each have 市发展改革委 and 市财政局: two units in all.
    answer = assistant.ask("这两项的配合单位合起来一共几个", ["请问第18项的牵头单位", "那么第19项呢"])
    assert answer.count == 2


def test_a_superlative_right_after_a_list_ranges_over_it(assistant):
    # Part 三 is tasks 13-16 with 2, 3, 5 and 6 responsible units.
    answer = assistant.ask("哪条的责任单位最少呢", ["请列出第三部分的全部任务"])
    assert [c.task for c in answer.citations] == [13] and answer.answer.startswith("在第13项、第14项、第15项、第16项中")


def test_an_ordinal_with_its_number_left_out_is_asked_back(assistant):
    answer = assistant.ask("第项的责任单位")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_a_task_numbered_after_renwu_in_chinese_numerals(assistant):
    answer = assistant.ask("任务十四讲的是什么")
    assert [c.task for c in answer.citations] == [14]


def test_a_section_numeral_opening_the_question(assistant):
    answer = assistant.ask("四 公共服务 有哪几条")  # part 四: tasks 17-22
    assert [c.task for c in answer.citations] == [17, 18, 19, 20, 21, 22]


def test_a_unit_absent_in_everyday_words_is_absent_in_every_role(assistant):
    # 各县人民政府 lead 1-30 but 4; 市住房建设局 is on neither line of 3, 5, 6, 15, 17, 18, 19, 22, 26, 27, 29, 30.
    answer = assistant.ask("各县政府牵头但是住建局不沾边的任务")
    assert [c.task for c in answer.citations] == [3, 5, 6, 15, 17, 18, 19, 22, 26, 27, 29, 30]


def test_three_units_compared(assistant):
    # 市财政局 is on 18, 19, 20, 28, 29 (5); 市民政局 on 4, 6, 12, 20, 22, 26, 27 (7);
    # 市商务局 on 1, 3, 4, 5, 6, 25 (6).
    answer = assistant.ask("财政局 民政局 商务局 哪个参与的任务最多")
    assert answer.answer.startswith("参与任务最多的是市民政局，7项。")


def test_two_tasks_named_by_a_word_of_each_title(assistant):
    # 老旧小区 titles task 21, 养老 task 20: both responsible lines have 市发展改革委 only in common.
    answer = assistant.ask("老旧小区和养老这两项 共同的责任单位")
    assert [c.task for c in answer.citations] == [21, 20] and "市发展改革委。" in answer.answer.splitlines()[0]


def test_a_status_question_about_a_planned_topic_names_the_task_it_touches(assistant):
    answer = assistant.ask("智慧县城建设推进到哪一步了")  # 智慧县城 is task 12's title
    assert not answer.in_scope and "通知提到了" in answer.answer and "第12项" in answer.answer


def test_a_line_of_the_task_shown_asked_whether_it_names_a_unit(assistant):
    answer = assistant.ask("配合单位里有城管局吗", ["请问第8项的牵头单位"])  # 8: 市城管局 is responsible
    assert answer.answer.startswith("有，") and [c.task for c in answer.citations] == [8]
    answer = assistant.ask("配合单位里有水务局吗", ["请问第8项的牵头单位"])
    assert answer.answer.startswith("没有。")


def test_its_responsible_units_after_a_list_of_several_tasks_asks_which_one(assistant):
    answer = assistant.ask("那么它的责任单位是几个", ["请列出住建局牵头的全部任务"])  # 11, 16 and 21
    first = answer.suggestions[0]
    assert answer.intent is Intent.CLARIFY and first.startswith("第11项") and "责任单位" in first


def test_a_bare_number_given_as_the_answer_is_confirmed(assistant):
    answer = assistant.ask("水务局牵头的是9吧")  # task 9: 市水务局 leads
    assert answer.answer.startswith("是的，") and [c.task for c in answer.citations] == [9]


def test_the_other_responsible_units_of_the_task_shown(assistant):
    answer = assistant.ask("这条除了发改委还有别的责任单位吗", ["请问第18项的牵头单位"])  # 18: 发改委、财政局
    assert answer.answer.startswith("第18项「增强医疗服务能力」其余的责任单位：市财政局。")


def test_tasks_where_a_unit_is_not_a_responsible_unit_within_a_list(assistant):
    # Part 二 is 7-12; 市水务局 is responsible on 11 only and leads 9.
    answer = assistant.ask("其中哪几条水务局不是责任单位", ["请列出第二部分的全部任务"])
    assert [c.task for c in answer.citations] == [7, 8, 9, 10, 12]


def test_units_the_task_shown_shares_with_another_named_task(assistant):
    # 24: 住建局、发改委、教育局; 23: 住建局、自规局、发改委 → 住建局 and 发改委.
    answer = assistant.ask("它的责任单位里哪些同时是第23条的责任单位", ["请问第24项的牵头单位"])
    assert answer.answer.startswith("第24项、第23项都有的责任单位：市住房建设局、市发展改革委。")


def test_a_second_unit_set_against_the_one_just_listed(assistant):
    # 市水务局 is responsible on 2, 11, 13, 16, 25; 市住房建设局 on 1, 2, 4, 7-10, 12-14, 20, 23-25, 28.
    answer = assistant.ask("跟住建局也是配合单位的重合在哪几条", ["请列出水务局当配合单位的全部任务"])
    assert [c.task for c in answer.citations] == [2, 13, 25]


def test_two_units_where_the_second_is_also_in_the_firsts_tasks(assistant):
    # 市林草局 is on task 13 only, and 市住房建设局 is responsible there too.
    answer = assistant.ask("林草局参与的当中 住建局也在的")
    assert [c.task for c in answer.citations] == [13]


def test_units_named_on_exactly_one_task(assistant):
    # Twelve units appear on one task only, e.g. 市残联 (22) and 市邮政管理局 (25) (the notice's units lines).
    answer = assistant.ask("仅在一项任务里出现的单位有哪些")
    assert answer.count == 12 and "市残联：第22项" in answer.answer and "市邮政管理局：第25项" in answer.answer


def test_leaving_out_a_part_counts_in_the_others(assistant):
    # Only 31-34 (part 八) name no lead unit: in every other part, none.
    answer = assistant.ask("不算第八部分的话 没写牵头单位的有几项")
    assert answer.count == 0 and "都写了牵头单位" in answer.answer


def test_an_english_name_of_the_housing_bureau(assistant):
    answer = assistant.ask("Which tasks does the housing and construction bureau take the lead on?")  # 11, 16, 21
    assert [c.task for c in answer.citations] == [11, 16, 21]


def test_its_units_after_a_content_answer_stay_on_the_task_it_was_about(assistant):
    # A content answer cites related tasks too; "它" is the first, the task it answered (16: 污水).
    answer = assistant.ask("那它的配合单位都是谁", ["谁牵头污水处理"])
    assert answer.intent is not Intent.CLARIFY and answer.citations[0].task == 16


@pytest.mark.parametrize(
    "message", ["嗯", "哦", "好", "可以。", "问下你是谁开发的", "你看过这个通知吗", "这个系统怎么用", "你真聪明"]
)
def test_a_bare_acknowledgement_or_a_question_about_the_assistant_is_small_talk(assistant, message):
    answer = assistant.ask(message)
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()


def test_an_acknowledgement_in_front_of_a_question_leaves_the_question(assistant):
    answer = assistant.ask("嗯 水务局牵头哪些")  # task 9
    assert [c.task for c in answer.citations] == [9]


def test_which_tasks_a_unit_is_responsible_on_asked_with_zai_na_tiao_li(assistant):
    answer = assistant.ask("那它在哪条里当配合单位", ["乡村振兴局牵头的是哪一条"])  # 27 led; responsible on 11
    assert [c.task for c in answer.citations] == [11]


def test_an_everyday_place_question_with_hao_in_it_is_no_small_talk(assistant):
    answer = assistant.ask("县城哪家饭馆味道好")
    assert answer.intent is not Intent.SMALLTALK


def test_tasks_whose_lead_line_names_a_unit_are_counted(assistant):
    # Tasks 1–30 each print a 牵头单位 line; 31–34 (实施保障) print none.
    answer = assistant.ask("标明了牵头单位的任务一共几条")
    assert answer.count == 30 and [c.task for c in answer.citations] == list(range(1, 31))
    assert answer.answer.startswith("写了牵头单位的任务共30项")


def test_a_request_for_the_number_only_keeps_the_question_it_follows(assistant):
    # 市应急局 appears on task 10 only, as lead; 市财政局 is a responsible unit on 18, 19, 20, 28 and 29.
    answer = assistant.ask("那财政局当责任单位的呢，给个数就行", ["应急局作为责任单位出现了几次"])
    assert answer.count == 5 and [c.task for c in answer.citations] == [18, 19, 20, 28, 29]


def test_those_two_bureaus_are_the_two_units_just_asked_about(assistant):
    # 市卫生健康委 and 市民政局 are both named on tasks 4, 12, 20 and 26 (22 names 民政局 alone of the two).
    answer = assistant.ask("刚才那两个局都有份的任务", ["卫健委在哪些任务里有份", "那民政局呢"])
    assert answer.in_scope and [c.task for c in answer.citations] == [4, 12, 20, 26]


def test_where_a_word_of_the_notice_is_asked_at_the_end_lists_the_tasks_that_print_it(assistant):
    # "失业率" is printed once, in task 17 (城镇登记失业率 … 3.5%以内).
    answer = assistant.ask("登记失业率的要求写在第几项")
    assert [c.task for c in answer.citations] == [17]


def test_tasks_naming_2025_without_a_percentage(assistant):
    # "2025年" is printed in tasks 3, 12, 15, 16, 18, 20, 21; "%" in 3, 4, 8, 12, 14, 15, 17, 20.
    answer = assistant.ask("写了2025年却没写百分数的任务")
    assert [c.task for c in answer.citations] == [16, 18, 21]


def test_a_count_within_a_unit_s_tasks(assistant):
    # 市民政局 leads tasks 20 and 22; only 20 names a year ("到2025年").
    answer = assistant.ask("民政局牵头的当中有年份的几条")
    assert answer.count == 1 and [c.task for c in answer.citations] == [20]


def test_lead_lines_with_a_city_department_and_the_county_governments(assistant):
    # Tasks 1, 2, 25, 26 are led by 各县人民政府 alone, task 4 by 化隆县人民政府 alone, 31–34 by nobody:
    # the other 25 pair a city department with 各县人民政府.
    answer = assistant.ask("牵头的既有市直部门又有县政府的任务有几项")
    assert answer.count == 25


def test_where_a_unit_is_named_gives_its_tasks(assistant):
    # 市残联 is a responsible unit of task 22 only; 市乡村振兴局 appears on tasks 11 and 27.
    assert [c.task for c in assistant.ask("残联在哪儿").citations] == [22]
    assert [c.task for c in assistant.ask("乡振局参与哪些").citations] == [11, 27]


def test_the_counties_behind_all_county_governments_are_counted(assistant):
    # 26号's data names four county governments: 民和县, 互助县, 化隆县, 循化县人民政府.
    answer = assistant.ask("一共涉及几个县")
    assert answer.count == 4 and answer.in_scope
    assert all(name in answer.answer for name in ("民和县", "互助县", "化隆县", "循化县"))


def test_each_county_s_figure_is_not_a_count_of_counties(assistant):
    answer = assistant.ask("每个县要建几所养老院")
    assert answer.count != 4 or "涉及4个县" not in answer.answer


def test_a_recall_particle_and_a_correction_keep_the_task_shown(assistant):
    # Task 12 is led by 市工业信息化局 and 各县人民政府; task 4's responsible units include 市公安局.
    answer = assistant.ask("那谁牵头来着", ["麻烦看下第十二项的内容"])
    assert [c.task for c in answer.citations][:1] == [12]
    answer = assistant.ask("错了，我要的是配合单位", ["请问第四项由哪些单位牵头"])
    assert [c.task for c in answer.citations][:1] == [4] and "市公安局" in answer.answer.splitlines()[0]


def test_a_yes_no_question_closed_by_mei_checks_the_line_just_shown(assistant):
    # 市公安局 is a responsible unit of task 4; 市财政局 is not on it.
    yes = assistant.ask("这里头有公安局没", ["第四项列了哪些责任单位"])
    assert yes.answer.startswith("有，市公安局是第4项")
    no = assistant.ask("这里头有财政局没", ["第四项列了哪些责任单位"])
    assert no.answer.startswith("没有")


def test_a_task_counted_within_a_part(assistant):
    # Part 二 holds tasks 7–12, part 四 17–22, part 八 31–34.
    assert [c.task for c in assistant.ask("二部分的第一条讲什么").citations][:1] == [7]
    assert [c.task for c in assistant.ask("第四部分的最后一项谁牵头").citations][:1] == [22]
    assert [c.task for c in assistant.ask("第八部分第二条是啥").citations][:1] == [32]


def test_the_units_of_a_part_s_tasks(assistant):
    # Part 五 is tasks 23 and 24; their 责任单位 lines name 市住房建设局, 市自然资源和规划局 (23) and
    # 市住房建设局, 市发展改革委, 市教育局 (24).
    answer = assistant.ask("第五部分配合单位都有哪些")
    assert [c.task for c in answer.citations] == [23, 24]
    first = answer.answer.splitlines()[0]
    assert all(u in first for u in ("市住房建设局", "市自然资源和规划局", "市发展改革委", "市教育局"))


def test_then_a_topic_that_task_asks_the_same_of_that_task(assistant):
    # 污水 titles task 16 (提高污水收集处理能力), led by 市住房建设局 and 各县人民政府.
    answer = assistant.ask("那污水的那条呢", ["垃圾那一条谁牵头"])
    assert [c.task for c in answer.citations][:1] == [16]


def test_these_two_after_two_topic_answers_are_the_two_tasks_asked_about(assistant):
    # Tasks 15 and 16 share 市发展改革委, 市工业信息化局, 市自然资源和规划局 and 市生态环境局 as 责任单位.
    answer = assistant.ask("这两条配合单位重合的有哪些", ["垃圾那一条谁牵头", "那污水的那条呢"])
    assert [c.task for c in answer.citations] == [15, 16]
    assert answer.answer.splitlines()[0].endswith("市发展改革委、市工业信息化局、市自然资源和规划局、市生态环境局。")


def test_how_many_units_a_role_names_in_the_whole_notice(assistant):
    # Counted off the units lines: 27 distinct 责任单位 across tasks 1–30.
    answer = assistant.ask("整个文件总共多少个配合单位")
    assert answer.in_scope and answer.count == 27


def test_tasks_dated_by_a_year_are_counted_when_asked_loosely(assistant):
    # "2025年" is printed in tasks 3, 12, 15, 16, 18, 20 and 21.
    answer = assistant.ask("2025年之前要干完的任务有多少")
    assert answer.count == 7


def test_colloquial_task_nouns_after_a_bare_number_word(assistant):
    # 市住房建设局 is on 18 tasks (3 as lead, 15 as responsible).
    answer = assistant.ask("住建局总共管着几摊子事")
    assert answer.in_scope and answer.count == 18


def test_a_kind_of_unit_taking_part_is_said_of_the_task(assistant):
    # The only bank on a units line is 人行海东中心支行 (task 29).
    answer = assistant.ask("有没有哪条任务有银行参加")
    assert [c.task for c in answer.citations] == [29]


def test_a_unit_named_with_no_question_is_asked_back_with_questions_about_it(assistant):
    answer = assistant.ask("水务局？")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    unit = "市水务局"
    assert answer.suggestions[0] == f"{unit}牵头哪些任务"  # the suggestion's template with the unit put in


def test_a_correction_naming_another_unit_asks_the_last_question_of_it(assistant):
    # 市应急局 leads only task 10.
    answer = assistant.ask("不对，我是说应急局", ["商务局牵头哪几项任务"])
    assert [c.task for c in answer.citations] == [10]


def test_a_correction_with_a_whole_question_is_read_afresh(assistant):
    # After part 六 (tasks 25-27) "第三条" would be task 27; corrected, it is the notice's task 3.
    answer = assistant.ask("错了，我想问第三条有哪些配合单位", ["第六部分都有哪几项"])
    assert answer.citations[0].task == 3


def test_a_correction_as_the_first_turn_is_asked_back_unless_it_is_a_whole_question(assistant):
    # Nothing was answered, so "the other one" meant is unknown; a whole question after the opener is answered.
    unsaid = assistant.ask("错了，我说的是另外那项")
    assert unsaid.intent is Intent.CLARIFY and unsaid.citations == ()
    whole = assistant.ask("不对，我问的是城管局牵头哪些")
    assert whole.intent is not Intent.CLARIFY and whole.citations


def test_a_phrase_printed_by_one_task_alone_decides_which_task_is_meant(assistant):
    # "民族用品出口加工基地" is printed in task 1 only (循化县's sentence); tasks 3 and 5 repeat 加工 and 基地 often.
    answer = assistant.ask("民族用品出口加工基地由谁来牵头")
    assert answer.citations[0].task == 1


def test_a_date_asked_of_the_task_shown_is_no_list_of_tasks_by_year(assistant):
    # Task 16 (sewage) sets a 2025 goal; seven tasks mention 2025, but only the task shown is asked about.
    answer = assistant.ask("这条任务哪一年能完成", ["污水收集处理"])
    assert [c.task for c in answer.citations] == [16] and "2025年" in answer.answer


@pytest.mark.parametrize("question", ["这条任务哪一年完成", "哪一条的比例比较高"])
def test_a_time_or_comparison_asked_of_nothing_named_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_a_count_of_items_after_one_of_a_list_was_looked_up_counts_the_list(assistant):
    # 市财政局 is among the 责任单位 of tasks 18, 19, 20, 28 and 29; 项 counts tasks, not task 20's two leads.
    answer = assistant.ask("统共有几项", ["财政局参与的任务是哪些", "其中第二个谁牵头"])
    assert answer.count == 5 and [c.task for c in answer.citations] == [18, 19, 20, 28, 29]


def test_tasks_left_out_of_the_list_shown_leave_the_rest(assistant):
    # Part 四 holds tasks 17 to 22.
    answer = assistant.ask("把第18项和第20项去掉，剩下哪些", ["把第四部分的任务列一下"])
    assert [c.task for c in answer.citations] == [17, 19, 21, 22]


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("把最后一项去掉", [4, 6, 12, 20, 22, 26]),
        ("最后两条也去掉吧", [4, 6, 12, 20, 22]),
        ("把前两条去掉，还有几条", [12, 20, 22, 26, 27]),
    ],
)
def test_tasks_left_out_by_their_place_at_an_end_of_the_list_shown(assistant, question, left):
    # 市民政局 leads 20 and 22 and is responsible on 4, 6, 12, 26 and 27: seven tasks, shown in number order.
    answer = assistant.ask(question, ["民政局都参与了哪几项任务"])
    assert [c.task for c in answer.citations] == left


def test_an_ordinal_that_is_no_task_shown_leaves_out_the_one_at_that_place(assistant):
    # Part 四 holds tasks 17 to 22; task 2 is not among them, so "第二项" is the second shown, task 18.
    answer = assistant.ask("去掉第二项，其余的有哪些", ["把第四部分的任务列出来"])
    assert [c.task for c in answer.citations] == [17, 19, 20, 21, 22]


def test_leaving_out_the_tasks_a_unit_leads_leaves_those_it_only_helps_with(assistant):
    # 市住房建设局 leads 11, 16, 21; it is among the 责任单位 of 15 others.
    answer = assistant.ask("不算它牵头的那几条呢", ["住建局都参与了哪些任务"])
    assert answer.count == 15 and not {11, 16, 21} & {c.task for c in answer.citations}


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Task 16 (sewage): 市卫生健康委 is on neither line; 市水务局 is among its 责任单位.
        ("有卫健委参与没", "没有"),
        ("水务局在不在配合单位里头", "是的"),
        ("跟水务局有没有关系", "有"),
    ],
)
def test_a_unit_checked_with_no_pointer_is_checked_against_the_task_shown(assistant, question, opening):
    answer = assistant.ask(question, ["污水处理这块谁来牵头"])
    assert [c.task for c in answer.citations] == [16] and answer.answer.startswith(opening)


def test_a_word_searched_for_again_with_others_asked_leaves_out_the_task_shown(assistant):
    # 落户 is in tasks 4 and 28; task 28 (市公安局) was just shown, so the other is task 4.
    answer = assistant.ask("提到落户的还有哪些任务", ["公安局牵头哪项任务"])
    assert [c.task for c in answer.citations] == [4] and answer.answer.startswith("除第28项外")


def test_a_request_to_tell_each_at_the_end_changes_nothing_asked(assistant):
    # Part 七 is tasks 28-30; their leads are listed task by task.
    answer = assistant.ask("这几条都是谁牵头的 分别讲一下", ["第七部分包括哪几条"])
    assert [c.task for c in answer.citations] == [28, 29, 30] and "市金融办" in answer.answer


def test_after_one_county_s_share_is_declined_another_county_goes_on_from_that_task(assistant):
    # Task 22: "化隆县和民和县建设城乡殡仪服务站点17个，互助县改造1个".
    first = assistant.ask("民和县的殡仪服务站点要建几个")
    assert not first.in_scope
    answer = assistant.ask("换成互助县呢", ["民和县的殡仪服务站点要建几个"])
    assert [c.task for c in answer.citations] == [22] and "互助县改造1个" in answer.answer


def test_a_bare_role_question_after_a_plain_decline_is_asked_back(assistant):
    answer = assistant.ask("那谁来牵头", ["海东市去年的财政收入是多少"])
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "task"),
    [
        ("那么换成地下管网那一条呢", 11),  # part 二 is tasks 7-12; task 11 合理布局建设地下管网
        ("那条讲洪涝的配合单位", 9),  # the pointer before the topic; task 9 系统提升洪涝灾害应对能力
        ("增强韧性那条是第几项", 10),  # task 10 全面增强县城韧性: the words in order, one left out
    ],
)
def test_a_task_of_the_list_shown_is_picked_by_its_topic_said_in_several_ways(assistant, question, task):
    answer = assistant.ask(question, ["第二部分都包括哪些任务"])
    assert answer.citations[0].task == task


def test_going_back_to_a_task_shown_earlier_picks_it_by_its_topic(assistant):
    # Task 15 (垃圾) was shown two answers before task 16 (污水).
    answer = assistant.ask("回到垃圾那条，谁牵头的", ["垃圾收集处理谁牵头", "污水那块的配合单位"])
    assert [c.task for c in answer.citations] == [15] and "市城管局" in answer.answer


def test_the_year_of_a_quoted_figure_the_notice_does_not_date_is_declined_pointing_at_its_task(assistant):
    # Task 5: "…打造全省重要的铝、镁产品精深加工基地，产值达到70亿元。" gives no year for the 70亿元.
    answer = assistant.ask("铝镁加工基地产值70亿元计划在哪一年实现")
    assert not answer.in_scope and "第5项" in answer.answer and "没有写具体时间" in answer.answer


def test_the_year_of_a_dated_figure_is_answered(assistant):
    # Task 21: "到2025年全市县城老旧小区房屋累计改造2万套。"
    answer = assistant.ask("老旧小区累计改造2万套要在哪年完成")
    assert answer.in_scope and "2025年" in answer.answer


def test_a_measure_word_between_ordinal_and_part_still_names_the_part(assistant):
    # Part 三 holds tasks 13 to 16.
    answer = assistant.ask("第3个部分有几项任务")
    assert answer.count == 4 and [c.task for c in answer.citations] == [13, 14, 15, 16]


def test_a_place_counted_from_the_end_picks_that_unit_of_the_line_shown(assistant):
    # Task 9's responsible units: 市发展改革委、市自然资源和规划局、市住房建设局、市生态环境局.
    answer = assistant.ask("倒数第一个是谁", ["第9项的配合单位"])
    assert "第4个是市生态环境局" in answer.answer


def test_a_unit_picked_by_its_place_is_asked_for_its_other_tasks(assistant):
    # The second of task 9's responsible units, 市自然资源和规划局, leads task 30 alone besides.
    answer = assistant.ask("里头第二个另外还牵头啥", ["第9项的配合单位"])
    assert [c.task for c in answer.citations] == [30]


def test_one_task_pointed_at_after_a_list_of_several_is_asked_back(assistant):
    # 市民政局 leads tasks 20 and 22: "那条" could be either.
    answer = assistant.ask("那条有啥要求", ["民政局牵头的都有哪些"])
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert [s[:4] for s in answer.suggestions] == ["第20项", "第22项"]


def test_it_after_two_lead_units_is_asked_back_and_after_one_is_that_unit(assistant):
    # Task 17 has two leads; task 25 only 各县人民政府, which leads every task of 1-30 but task 4.
    several = assistant.ask("它另外还参与了哪些", ["第十七项由谁来牵头"])
    assert several.intent is Intent.CLARIFY and several.suggestions[0].startswith("市人力资源社会保障局")
    one = assistant.ask("它总共牵头几项", ["二十五项是谁牵头的"])
    assert one.count == 29


def test_this_bureau_is_the_one_lead_that_is_a_bureau_and_its_only_task_is_cited(assistant):
    # Task 10 is led by 市应急局 and 各县人民政府; 市应急局 leads nothing else.
    answer = assistant.ask("这个局另外还牵头哪些", ["第十项是谁牵头的"])
    assert [c.task for c in answer.citations] == [10] and "没有别的了" in answer.answer


def test_two_units_both_left_out_are_on_neither_line_of_the_tasks_listed(assistant):
    # Tasks naming neither 市交通运输局 nor 市水务局 on a units line (31-34 name no units at all).
    answer = assistant.ask("交通局和水务局都不沾边的任务")
    expected = [3, 4, 5, 10, 12, 15, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34]
    assert [c.task for c in answer.citations] == expected


def test_a_count_asked_as_a_quantity_noun_is_a_count(assistant):
    answer = assistant.ask("应急局牵头的数量")
    assert answer.count == 1 and [c.task for c in answer.citations] == [10]


def test_no_unit_on_a_line_said_with_lian_dou_is_the_no_units_filter(assistant):
    answer = assistant.ask("连配合单位都没写的有哪些")
    assert [c.task for c in answer.citations] == [31, 32, 33, 34]


def test_a_facility_looked_for_in_the_text_is_no_unknown_unit(assistant):
    # 敬老院 is printed in tasks 20 and 22; "院" closes no unit's name here.
    answer = assistant.ask("提到敬老院的任务")
    assert answer.in_scope and [c.task for c in answer.citations] == [20, 22]


def test_counted_from_the_end_with_no_list_shown_is_the_notice_s_last_tasks(assistant):
    answer = assistant.ask("倒数第一条谁牵头")
    assert [c.task for c in answer.citations] == [34]


def test_a_task_without_unit_lines_quotes_its_own_sentence_that_gives_the_lead(assistant):
    # Task 32's text: "市发展改革委要负责牵头做好任务分解".
    answer = assistant.ask("第三十二项谁牵头")
    assert "没有为它列出牵头单位" in answer.answer and "市发展改革委要负责牵头做好任务分解" in answer.answer


def test_a_date_the_named_task_does_not_give_is_declined(assistant):
    # Task 10 (县城韧性) states no year, month or deadline.
    answer = assistant.ask("第10项什么时候完成")
    assert not answer.in_scope and "第10项" in answer.answer


def test_whether_a_figure_is_reached_by_now_is_declined(assistant):
    assert not assistant.ask("民和县城镇化率到60%了吗").in_scope


def test_asking_what_the_assistant_can_look_up_is_small_talk(assistant):
    assert assistant.ask("这助手能查啥").intent is Intent.SMALLTALK


def test_lead_plus_responsible_counts_either_role(assistant):
    # 市财政局 leads nothing and is responsible in tasks 18, 19, 20, 28, 29.
    answer = assistant.ask("财政局一共几项（牵头+配合）")
    assert answer.count == 5


def test_distinct_units_ever_responsible_are_counted_once_each(assistant):
    assert assistant.ask("担任过配合单位的部门去重后多少家").count == 27


def test_a_run_from_the_end_of_the_list_shown_is_those_tasks(assistant):
    # 市水务局 is responsible in tasks 2, 11, 13, 16 and 25: the last two are 16 and 25.
    answer = assistant.ask("最后两个各是什么任务", ["水务局当配合单位的有哪几项"])
    assert [c.task for c in answer.citations] == [16, 25]


def test_which_one_after_a_count_names_the_tasks_counted(assistant):
    # 化隆县人民政府 leads task 4 alone.
    answer = assistant.ask("具体是哪一项呢", ["化隆县单独牵头的任务有几个"])
    assert [c.task for c in answer.citations] == [4]


def test_among_these_it_leads_is_the_unit_just_asked_about_in_that_role(assistant):
    # 市乡村振兴局 is responsible in task 11 and leads task 27.
    answer = assistant.ask("这些里头它自己牵头的有哪条", ["乡振局都参与了哪些任务"])
    assert [c.task for c in answer.citations] == [27]


def test_the_other_way_round_is_the_same_unit_in_the_other_role(assistant):
    # 市自然资源和规划局 leads task 30 and is responsible in fourteen tasks.
    answer = assistant.ask("反过来当配合单位的有几项", ["自然资源和规划局牵头几项"])
    assert answer.count == 14


def test_two_units_instead_of_one_are_each_one_s_tasks(assistant):
    # 市残联 leads nothing; 市林草局 leads task 13 with others.
    answer = assistant.ask("那残联和林草局呢", ["教育局牵头的是哪一项"])
    assert [c.task for c in answer.citations] == [13]


def test_a_role_asked_with_xuyao_stays_on_the_task_just_shown(assistant):
    answer = assistant.ask("那需要配合的部门都有谁", ["第11条讲的啥"])
    assert [c.task for c in answer.citations] == [11]


def test_words_pointing_at_an_earlier_answer_with_none_before_ask_back(assistant):
    assert assistant.ask("上一项的目标是啥").intent is Intent.CLARIFY


def test_where_to_send_a_report_is_a_contact_the_notice_does_not_give(assistant):
    assert not assistant.ask("材料报送到哪个邮箱").in_scope


def test_a_slip_of_similar_pinyin_is_read_as_the_unit_it_sounds_like(assistant):
    # 名 (ming) for 民 (min): input methods type in/ing alike; 财政局 and 邮政局 differ by sound.
    answer = assistant.ask("名政局牵头的有哪些")
    assert "市民政局" in answer.answer.splitlines()[0] and [c.task for c in answer.citations] == [20, 22]


def test_everyday_verbs_of_taking_part_are_any_role(assistant):
    # 市城管局 and 市住房建设局 are both on tasks 8, 12 and 16.
    answer = assistant.ask("城管局和住建局都掺和的任务")
    assert [c.task for c in answer.citations] == [8, 12, 16]


def test_how_many_such_after_a_list_counts_the_list(assistant):
    # Tasks 20 and 22 print 敬老院.
    answer = assistant.ask("这样的一共几个", ["提到敬老院的任务"])
    assert answer.count == 2


def test_only_one_of_a_role_named_before_it_confirms_that_line(assistant):
    # Task 30: 责任单位 市农业农村局 only.
    answer = assistant.ask("配合单位就一个啊", ["三十号任务是谁牵头"])
    assert answer.answer.startswith("是的") and "市农业农村局" in answer.answer


def test_the_part_of_the_task_just_shown(assistant):
    answer = assistant.ask("它是在第几个部分", ["第16项讲的是什么"])
    # Task 16 (污水) is in part 三, 持续改善环境质量.
    assert answer.answer == "第16项属于第三部分「持续改善环境质量，打造宜居生活空间」。"


def test_whether_a_unit_has_any_work_is_its_tasks(assistant):
    # 市林草局 leads task 13 only.
    answer = assistant.ask("林草局有没有活儿")
    assert [c.task for c in answer.citations] == [13]


def test_where_a_unit_was_put_is_its_tasks(assistant):
    # 市邮政管理局 is responsible in task 25 only.
    answer = assistant.ask("邮政局分到哪几项了")
    assert [c.task for c in answer.citations] == [25]


def test_these_two_units_are_the_two_the_last_answer_listed(assistant):
    # Task 19's responsible units 市发展改革委 and 市财政局 are both on tasks 18, 19, 20 and 29.
    answer = assistant.ask("这两家共同参与的有哪些", ["第19项的配合单位"])
    assert [c.task for c in answer.citations] == [18, 19, 20, 29]


def test_the_other_units_of_a_line_leave_out_the_unit_asked_about(assistant):
    # 市林草局 leads task 13 with 市生态环境局 and 各县人民政府.
    answer = assistant.ask("这项还有谁一起牵头", ["林草局都参与了什么"])
    assert answer.answer.splitlines()[0].endswith("市生态环境局、各县人民政府。")


def test_the_task_with_most_units_of_both_roles_together(assistant):
    # Task 4: one lead and twelve responsible units, thirteen in all, more than any other task.
    answer = assistant.ask("牵头加配合单位合计最多的是哪条")
    assert [c.task for c in answer.citations] == [4] and answer.count == 13


def test_a_unit_that_is_not_a_lead_said_the_other_way_round(assistant):
    # 各县人民政府 leads every task of 1-30 but task 4; 31-34 name no units.
    answer = assistant.ask("各县政府不是牵头单位的有哪些")
    assert [c.task for c in answer.citations] == [4, 31, 32, 33, 34]


def test_a_deadline_asked_for_is_read_as_the_year_filter(assistant):
    deadline = assistant.ask("写了完成时限的有几项")
    year = assistant.ask("写了年份的有几项")
    assert deadline.count == year.count and deadline.citations == year.citations


def test_a_long_misspelt_name_is_not_guessed_from_a_slip_in_its_tail(assistant):
    # "社保局" at its end is one character off 环保局 (市生态环境局); the four characters before it say otherwise.
    answer = assistant.ask("人力资原社保局牵头几项")
    assert "市生态环境局" not in answer.answer


@pytest.mark.parametrize(
    ("history", "follow_up", "shown"),
    [
        (["交通运输局牵头的是哪些"], "第四个的配合单位", [7, 8]),  # 市交通运输局 leads tasks 7 and 8 only
        (["市应急局牵头哪一项"], "第二个呢", [10]),  # one task shown
        (["交通运输局牵头的是哪些"], "倒数第三个由谁牵头", [7, 8]),
    ],
)
def test_a_place_beyond_the_list_shown_is_asked_back_with_the_tasks_shown(assistant, history, follow_up, shown):
    answer = assistant.ask(follow_up, history)
    assert answer.intent is Intent.CLARIFY and not answer.citations
    assert f"只列出了{len(shown)}项任务" in answer.answer
    assert [s[: s.index("项") + 1] for s in answer.suggestions] == [f"第{n}项" for n in shown]


def test_the_first_one_of_the_list_shown_said_as_qian_yi_xiang(assistant):
    answer = assistant.ask("前一项的配合单位有哪些", ["请列出民政局牵头的任务"])  # 市民政局 leads 20 and 22
    assert [c.task for c in answer.citations] == [20]


def test_a_run_of_the_list_shown_compared_says_whether_their_lines_are_the_same(assistant):
    # Part 2 lists tasks 7–12; tasks 7 and 8 are both led by 市交通运输局 and 各县人民政府.
    answer = assistant.ask("头两项牵头的单位相同吗", ["第二部分都包括哪些任务"])
    assert [c.task for c in answer.citations] == [7, 8]
    assert answer.answer.startswith("第7项、第8项的牵头单位完全相同，都是：市交通运输局、各县人民政府。")


def test_this_part_in_a_follow_up_is_the_part_just_shown(assistant):
    # Part 6 is tasks 25–27; 25 and 26 are led by 各县人民政府 alone (27 also by 市乡村振兴局).
    answer = assistant.ask("这块当中有哪几条只由各县人民政府牵头", ["第六部分都说了些啥"])
    assert [c.task for c in answer.citations] == [25, 26]


def test_under_it_after_a_part_lists_the_part_s_tasks(assistant):
    answer = assistant.ask("它下面包括哪些任务", ["第七部分的标题叫什么"])
    assert [c.task for c in answer.citations] == [28, 29, 30]


@pytest.mark.parametrize("follow_up", ["列一下责任单位", "那配合单位都有谁", "把责任单位都列出来"])
def test_one_role_s_line_asked_after_a_part_gives_that_line_of_each_task_shown(assistant, follow_up):
    answer = assistant.ask(follow_up, ["第五部分一共几项"])  # part 5: tasks 23 and 24
    assert [c.task for c in answer.citations] == [23, 24]
    assert answer.answer.startswith("第23项、第24项的责任单位：")


def test_a_unit_s_role_in_the_tasks_shown_lists_those_that_name_it(assistant):
    # Part 3 is tasks 13–16; 市生态环境局 leads 13 and is responsible on 15 and 16, not on 14.
    answer = assistant.ask("生态环境局在这些任务里分别是什么身份", ["第三部分共有几项任务"])
    assert [c.task for c in answer.citations] == [13, 15, 16]


def test_another_topic_after_a_topic_question_is_not_a_complaint(assistant):
    # 垃圾 is a complaint word, and the subject of task 15.
    answer = assistant.ask("那么垃圾那条呢", ["污水收集处理那一条归谁牵头"])
    assert answer.intent is not Intent.SMALLTALK and [c.task for c in answer.citations][:1] == [15]


def test_a_count_of_a_unit_s_list_keeps_the_unit_for_the_next_follow_up(assistant):
    # 市教育局 takes part in 8 tasks and leads one of them, task 19.
    answer = assistant.ask("这里面它牵头的是哪项", ["教育局都参加了哪些", "一共是多少项"])
    assert [c.task for c in answer.citations] == [19]


@pytest.mark.parametrize(("question", "tasks"), [("卫健委有没有牵头的任务", [18]), ("交通运输局有没有牵头的", [7, 8])])
def test_whether_a_unit_leads_any_task_lists_the_tasks_it_leads(assistant, question, tasks):
    answer = assistant.ask(question)
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == tasks


def test_how_two_tasks_shown_one_by_one_differ_said_as_cha_zai_na(assistant):
    # 市交通运输局 leads tasks 7 and 8; only task 8 has 市城管局 and 海东城投公司 among its responsible units.
    history = ["交通运输局牵头的任务有哪几条", "头一个的配合单位都有谁", "换到第二条呢"]
    answer = assistant.ask("这两条配合单位差在哪里", history)
    assert [c.task for c in answer.citations] == [7, 8]
    assert "市城管局" in answer.answer and "海东城投公司" in answer.answer


def test_a_count_of_one_listed_task_s_units_by_its_place(assistant):
    answer = assistant.ask("第二个的配合单位一共几家", ["交通运输局牵头的有哪几项"])  # task 8: five units
    assert answer.count == 5 and [c.task for c in answer.citations] == [8]


@pytest.mark.parametrize(
    ("history", "follow_up", "tasks"),
    [
        # 市生态环境局 is on tasks 1, 2, 9, 13, 15, 16, 25; part 3 is tasks 13–16.
        (["生态环境局都参加哪些任务"], "第三部分之外的呢", [1, 2, 9, 25]),
        # 市发展改革委 and 市财政局 are both on tasks 18, 19, 20 and 29; part 4 is tasks 17–22.
        (["发改委跟财政局共同参与了哪些任务"], "不算第四部分的", [29]),
    ],
)
def test_one_part_left_out_of_the_last_answer(assistant, history, follow_up, tasks):
    answer = assistant.ask(follow_up, history)
    assert [c.task for c in answer.citations] == tasks


def test_a_filter_with_one_part_left_out_says_where_it_looked_when_empty(assistant):
    answer = assistant.ask("第八部分不算的话呢", ["哪几条没列牵头单位"])  # only part 8's tasks name no lead
    assert answer.count == 0 and answer.answer.startswith("除第八部分以外的各部分")


@pytest.mark.parametrize("question", ["这几家单位各管什么", "指标定的多少", "材料里提到的那个比例是多少"])
def test_pointing_at_units_or_a_figure_with_nothing_shown_asks_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and not answer.citations


@pytest.mark.parametrize(
    "question", ["住建局这项工作的对接人是谁", "教育局里哪个科室管这个", "县级医院提标扩能什么时候招标"]
)
def test_people_offices_inside_a_unit_and_tender_dates_are_declined(assistant, question):
    assert not assistant.ask(question).in_scope


def test_a_size_now_is_declined_as_a_current_figure(assistant):
    answer = assistant.ask("目前各县的储备库有多大", ["应急管理局牵头的是哪一条"])
    assert not answer.in_scope


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("配合单位总共有多少家", 27),  # the notice names 27 distinct units on its 责任单位 lines
        ("牵头单位去重算的话共几家", 22),
    ],
)
def test_distinct_units_counted_with_jia_or_said_without_repeats(assistant, question, count):
    assert assistant.ask(question).count == count


def test_distinct_units_of_one_part(assistant):
    # Part 5 (tasks 23, 24): 市文体旅游广电局, 各县人民政府, 市住房建设局, 市自然资源和规划局, 市发展改革委, 市教育局.
    answer = assistant.ask("第五部分一共涉及几个不同的单位")
    assert answer.count == 6 and [c.task for c in answer.citations] == [23, 24]


def test_that_task_described_by_a_condition_needs_no_earlier_answer(assistant):
    answer = assistant.ask("牵头单位正好三家的那一项是哪个")  # task 13 alone has three leads
    assert answer.intent is not Intent.CLARIFY and [c.task for c in answer.citations] == [13]


def test_a_unit_s_tasks_within_a_part_said_as_two_conditions(assistant):
    # 市教育局 is responsible on tasks 4, 12, 17, 20, 24, 26, 28; part 4 is tasks 17–22.
    answer = assistant.ask("教育局当配合单位并且在第四部分的")
    assert [c.task for c in answer.citations] == [17, 20]


def test_an_example_of_a_unit_s_tasks_asked_is_answered_with_its_list(assistant):
    # 市林草局 leads task 13 only; "还有吗" then says the list was complete.
    answer = assistant.ask("随便举个林草局牵头的任务")
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == [13]
    more = assistant.ask("还有没", ["随便举个林草局牵头的任务"])
    assert [c.task for c in more.citations] == [13] and "没有别的了" in more.answer


def test_a_unit_s_situation_asked_is_its_tasks(assistant):
    answer = assistant.ask("讲讲林草局在里面的情况")
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == [13]


@pytest.mark.parametrize(
    ("question", "tasks"),
    [
        # 市交通运输局 leads 7 and 8, and 市住房建设局 is responsible on both.
        ("交通运输局牵头、配合单位里还有住建局的有哪些", [7, 8]),
        # 市工业信息化局 leads 5 and 12; 市住房建设局 is responsible on 12 only.
        ("牵头单位有工信局的 配合单位又有住建局的", [12]),
    ],
)
def test_two_units_each_in_the_role_of_its_own_clause(assistant, question, tasks):
    assert [c.task for c in assistant.ask(question).citations] == tasks


def test_that_task_described_by_its_units_with_nothing_shown_is_found(assistant):
    answer = assistant.ask("配合单位只有一个的那项是哪一项")  # task 30: 市住房建设局 alone
    assert answer.intent is not Intent.CLARIFY and [c.task for c in answer.citations] == [30]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which document number does the notice carry?", "东政办〔2023〕26号"),
        ("Please tell me who issued the plan", "海东市人民政府办公室"),
        ("unemployment rate target", "3.5%"),
    ],
)
def test_english_questions_about_the_notice_itself_and_its_targets(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.in_scope and expected in answer.answer


def test_a_mix_of_lead_kinds_joined_with_a_count_condition(assistant):
    # Tasks led by a city department (with or without the counties) that list fewer than 3 responsible units.
    answer = assistant.ask("有市直部门参与牵头，但配合单位少于3家的是哪几项")
    assert [c.task for c in answer.citations] == [13, 17, 18, 19, 21, 22, 30]


def test_units_only_in_the_lead_role_among_city_departments(assistant):
    # Only leading: 各县人民政府, 化隆县人民政府, 市应急局, 市林草局, 市金融办; the county governments left out.
    answer = assistant.ask("市直部门里哪些只当过牵头单位，从来没做过配合单位")
    assert answer.count == 3 and [c.task for c in answer.citations] == [10, 13, 29]


def test_a_correction_that_points_back_keeps_the_earlier_answer(assistant):
    # 市水务局 leads task 9 and is responsible on 2, 11, 13, 16 and 25.
    answer = assistant.ask("不是的，我要的是它做配合单位的", ["水务局牵头的是哪项"])
    assert [c.task for c in answer.citations] == [2, 11, 13, 16, 25]


def test_which_task_a_quoted_figure_is_from(assistant):
    answer = assistant.ask("那这是第几条里的", ["绿色建筑比例的目标是多少"])  # task 14 gives the share
    assert [c.task for c in answer.citations] == [14]


def test_which_task_it_is_after_a_list_is_asked_back(assistant):
    answer = assistant.ask("这个是哪一项", ["交通运输局牵头的有哪几项"])  # tasks 7 and 8
    assert answer.intent is Intent.CLARIFY and answer.suggestions == ("第7项讲了什么", "第8项讲了什么")


def test_a_bare_role_after_an_ordinal_pick_asks_about_the_task_picked(assistant):
    # Part 三 lists tasks 13, 14, 15, 16; the second is 14 (绿色低碳): the earlier words alone ("第二个由哪个
    # 单位牵头") name no topic, so retrieving them would pick an unrelated task.
    answer = assistant.ask("配合单位又是哪些", ["列一下第三部分的任务", "第二个由哪个单位牵头"])
    assert [c.task for c in answer.citations] == [14]
    assert answer.intent is Intent.RESPONSIBLE


def test_which_of_a_part_just_listed_names_a_unit_picks_from_that_list(assistant):
    # Part 一 is tasks 1–6; 市商务局 is on 1, 3, 4, 5 (责任) and 6 (牵头), not on 2.
    answer = assistant.ask("哪几项里有商务局", ["列出第一部分的任务"])
    assert [c.task for c in answer.citations] == [1, 3, 4, 5, 6]
    assert answer.answer.startswith("所列的6项任务中市商务局")  # not its total across the notice


def test_which_one_it_leads_after_a_units_tasks_within_a_part_stays_in_that_part(assistant):
    # Part 二 is tasks 7–12; of them 市住房建设局 leads only 11 (it also leads 16 and 21, elsewhere).
    answer = assistant.ask("哪项由它牵头", ["第二部分总共包括几项任务", "其中住建局参与几项"])
    assert [c.task for c in answer.citations] == [11]


def test_which_ones_it_does_not_lead_after_its_own_tasks_ranges_over_the_notice(assistant):
    # 各县人民政府 leads every task of 1–30 but 4 (化隆县人民政府); 31–34 name no units at all.
    answer = assistant.ask("哪几项不由它牵头", ["各县人民政府一共牵头多少项"])
    assert [c.task for c in answer.citations] == [4, 31, 32, 33, 34]


def test_a_units_role_in_the_task_just_shown_is_stated_with_that_tasks_leads_below(assistant):
    # Task 10 (县城韧性): 牵头 市应急局、各县人民政府; 责任 市自然资源和规划局、市住房建设局、市消防救援支队.
    answer = assistant.ask("消防救援支队在这里面算什么身份", ["第十项由谁牵头"])
    assert [c.task for c in answer.citations] == [10]
    first, second = answer.answer.splitlines()
    assert first == "第10项「全面增强县城韧性」的责任单位（配合单位）中有市消防救援支队，它不牵头这一项。"
    assert second == "该项牵头单位：市应急局、各县人民政府。"


def test_a_units_role_on_each_task_shown_cites_only_those_that_list_it(assistant):
    # Part 三 is tasks 13–16: 市生态环境局 leads 13, is 责任单位 on 15 and 16, is not on 14.
    answer = assistant.ask("生态环境局在这几项里各算什么身份", ["第三部分共有几项任务"])
    assert [c.task for c in answer.citations] == [13, 15, 16]
    lines = answer.answer.splitlines()
    assert lines[0] == "第13项「构筑蓝绿交织的生态县城」的牵头单位中有市生态环境局。"
    assert lines[-1].startswith("第14项「践行绿色低碳生产生活」没有列市生态环境局")


def test_a_unit_not_on_the_task_named_is_said_to_have_no_role_there(assistant):
    answer = assistant.ask("民政局在第10项里是什么角色")  # task 10 does not list 市民政局
    assert [c.task for c in answer.citations] == [10]
    assert answer.answer.startswith("第10项「全面增强县城韧性」没有列市民政局")


def test_the_last_one_after_an_ordinal_pick_is_the_last_of_that_list(assistant):
    # Part 五 is tasks 23 and 24 (not the notice's last task, 34).
    answer = assistant.ask("最后一项呢", ["第五部分都包括哪些任务", "第一项是谁牵头"])
    assert [c.task for c in answer.citations] == [24]


def test_who_else_leads_after_a_units_one_task_leaves_that_unit_out(assistant):
    # 市应急局 leads only task 10, together with 各县人民政府.
    answer = assistant.ask("一起牵头的还有谁", ["应急局牵头哪一项"])
    assert [c.task for c in answer.citations] == [10]
    assert answer.answer.splitlines()[0].endswith("其余的牵头单位：各县人民政府。")


def test_tasks_where_the_unit_shown_is_not_lead_are_those_of_its_list_it_only_joins(assistant):
    # 市交通运输局 is on tasks 1, 2, 6, 7, 8, 14, 25 and leads only 7 and 8.
    answer = assistant.ask("这些里头它不是牵头单位的", ["交通运输局涉及哪些任务"])
    assert [c.task for c in answer.citations] == [1, 2, 6, 14, 25]
    assert answer.answer.startswith("在这7项任务中，不是市交通运输局牵头的任务共5项")


def test_units_involved_counts_both_lines_together(assistant):
    # Task 1 names 1 lead and 11 responsible units (12); task 4 names 1 and 12 (13); no other task passes 10.
    answer = assistant.ask("一共涉及的单位多于10个的是哪些任务")
    assert [c.task for c in answer.citations] == [1, 4]
    assert "（12个）" in answer.answer and "（13个）" in answer.answer


def test_with_another_unit_both_after_a_units_tasks_is_their_common_tasks(assistant):
    # 市应急局 is on task 10 only (lead); 市住房建设局 is on 10 as a responsible unit.
    answer = assistant.ask("和住建局都有参与的有几项", ["应急局参与哪些任务"])
    assert [c.task for c in answer.citations] == [10]
    assert answer.answer.startswith("市应急局和市住房建设局都参与的任务共1项")


def test_listing_the_lead_units_of_the_tasks_shown_gives_all_of_them_not_those_in_common(assistant):
    # Tasks 18 (市卫生健康委、各县人民政府) and 19 (市教育局、各县人民政府).
    answer = assistant.ask("这两项的牵头单位都列出来", ["第18项和第19项讲的什么"])
    assert answer.answer.splitlines()[0] == "第18项、第19项的牵头单位：市卫生健康委、各县人民政府、市教育局。"


@pytest.mark.parametrize("question", ["这个该怎么落实", "她们单位负责的任务有哪些"])
def test_a_thing_or_body_left_unnamed_with_nothing_before_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


@pytest.mark.parametrize("question", ["你认为这些任务靠谱吗", "项目资金啥时候能到位"])
def test_an_opinion_or_money_arriving_now_is_declined_without_citations(assistant, question):
    answer = assistant.ask(question)
    assert not answer.in_scope and answer.citations == ()


def test_tasks_no_city_department_leads_are_those_led_by_county_governments_alone(assistant):
    # Lead lines of county governments only: 1, 2, 25, 26 (各县人民政府) and 4 (化隆县人民政府).
    answer = assistant.ask("没有市级部门牵头的任务是哪些")
    assert [c.task for c in answer.citations] == [1, 2, 4, 25, 26]


def test_which_one_no_city_department_leads_after_a_part_picks_from_that_part(assistant):
    # Part 六 is tasks 25, 26, 27; 27 is led by 市乡村振兴局 as well.
    answer = assistant.ask("哪项没有市级部门牵头", ["第六部分一共几项"])
    assert [c.task for c in answer.citations] == [25, 26]


def test_the_other_one_of_two_after_picking_one_is_the_one_not_picked(assistant):
    # Part 五 is tasks 23 and 24.
    answer = assistant.ask("另外那项呢", ["第五部分包括哪些任务", "第一项是谁牵头"])
    assert [c.task for c in answer.citations] == [24]


@pytest.mark.parametrize(
    ("question", "history"),
    [("另外那项呢", ["你好"]), ("另外那项呢", ["第18项和第19项分别讲什么"])],
)
def test_the_other_one_with_nothing_or_two_shown_is_asked_back(assistant, question, history):
    answer = assistant.ask(question, history)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


@pytest.mark.parametrize("question", ["目标年份是哪一年", "这个比例定的多少"])
def test_a_bare_target_asked_with_nothing_before_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_a_units_tasks_with_their_number_said_are_listed_and_the_number_checked(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21: three, not two.
    answer = assistant.ask("住建局牵头的那两项")
    assert [c.task for c in answer.citations] == [11, 16, 21] and answer.count == 3
    assert answer.answer.startswith("不是，共3项。")


def test_which_of_the_tasks_shown_has_more_units_on_a_line(assistant):
    # Task 16 has 6 责任单位, task 21 (老旧小区) has 2.
    answer = assistant.ask("这两个哪个配合单位多", ["第16项和第21项由谁牵头"])
    assert [c.task for c in answer.citations] == [16] and answer.count == 6


def test_which_tasks_a_part_has_after_it_was_counted(assistant):
    answer = assistant.ask("都包括哪些任务", ["第五部分一共几项"])
    assert [c.task for c in answer.citations] == [23, 24]


def test_only_helping_and_not_leading_is_on_the_task_without_leading_it(assistant):
    # 市教育局 leads task 19 and is a responsible unit on 4, 12, 17, 20, 24, 26 and 28.
    answer = assistant.ask("教育局光当配合单位、没牵头的有哪些")
    assert [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]


def test_tasks_that_speak_of_a_word_are_those_whose_text_has_it(assistant):
    # "拉面" is printed in tasks 1 (拉面企业孵化), 4 (拉面汤料), 5 (拉面经济) and 17 (“拉面人”).
    answer = assistant.ask("讲拉面的是哪几项")
    assert [c.task for c in answer.citations] == [1, 4, 5, 17]
    assert answer.answer.startswith("提到“拉面”的任务共4项")


def test_a_filter_on_it_after_a_units_tasks_is_on_that_unit(assistant):
    # 市教育局 is on tasks 4, 12, 17, 19, 20, 24, 26 and 28; of tasks 1–10 it is missing from all but 4.
    answer = assistant.ask("前十项里它没参与的有哪些", ["教育局涉及哪些任务"])
    assert [c.task for c in answer.citations] == [1, 2, 3, 5, 6, 7, 8, 9, 10]


def test_whether_a_unit_is_on_the_task_shown_says_its_role_there(assistant):
    # Task 29 (金融服务): 责任 市财政局、人行海东中心支行、市发展改革委.
    answer = assistant.ask("人行海东中心支行也在这项里吗", ["金融办是哪一项的牵头单位"])
    assert [c.task for c in answer.citations] == [29]
    assert answer.answer.startswith("有，人行海东中心支行是第29项「提升县域综合金融服务水平」的责任单位")


def test_a_unit_also_on_the_tasks_shown_gives_those_tasks_not_their_common_units(assistant):
    # Part 三 is tasks 13–16.
    answer = assistant.ask("其中水务局也参与的是哪些", ["把第三部分的任务列出来"])
    assert [c.task for c in answer.citations] == [13, 16]  # 市水务局 is a responsible unit on 13 and 16


def test_units_leading_a_number_of_tasks_are_named_first_then_each_with_its_tasks(assistant):
    # Lead counts: 市住房建设局 leads 11, 16 and 21 and is the only unit leading exactly three.
    answer = assistant.ask("牵头过三项任务的部门有哪些")
    lines = answer.answer.splitlines()
    assert lines[0] == "只牵头3项任务的单位共1个：市住房建设局。"
    assert lines[1].startswith("市住房建设局：第11项")


def test_another_county_alone_asks_the_last_question_of_that_county(assistant):
    # Task 5: 民和县 … 铝、镁产品精深加工基地，产值达到70亿元; 互助县 … 青稞酒 … 产值达到30亿元.
    answer = assistant.ask("那民和县的呢", ["互助县青稞酒基地的产值目标是多少"])
    assert [c.task for c in answer.citations] == [5]
    assert "70亿元" in answer.citations[0].evidence and "民和县" in answer.citations[0].evidence


def test_another_county_stays_on_the_task_shown_when_that_task_names_the_county_too(assistant):
    # Task 2: "加快将民和县打造为生态农牧型县城，互助县、化隆县、循化县打造为文旅融合型县城"; the question's
    # own words with 循化县 put in would rank task 32 (which lists all four counties) about as high.
    answer = assistant.ask("换成循化县呢", ["民和县要建成哪种类型的县城"])
    assert [c.task for c in answer.citations] == [2]
    assert "循化县" in answer.citations[0].evidence


def test_a_figure_asked_after_a_task_was_shown_stays_on_that_task_when_it_is_about_as_close(assistant):
    # Task 16 (污水): "到2025年，县城污水处理率达到95%以上…"; its own words name no topic.
    answer = assistant.ask("到那年覆盖率要到多少", ["污水处理是哪一项"])
    assert [c.task for c in answer.citations] == [16]


def test_a_task_target_counts_events_as_figures(assistant):
    # Task 29: "每年召开政银企对接活动不低于5场".
    answer = assistant.ask("第29项有什么量化目标")
    assert answer.answer.startswith("第29项「提升县域综合金融服务水平」的量化目标：5场")


def test_how_many_after_a_task_was_shown_is_read_in_that_task(assistant):
    # Task 29: "每年召开政银企对接活动不低于5场"; the question's own words retrieve another task first.
    answer = assistant.ask("每年起码得开几场", ["政银企对接活动写在第几项"])
    assert [c.task for c in answer.citations] == [29]


@pytest.mark.parametrize("correction", ["不对，是城管局", "噢，写错了，是城管局"])
def test_a_short_correction_with_a_bare_shi_names_the_unit_meant(assistant, correction):
    # 市城管局 leads task 15 only.
    answer = assistant.ask(correction, ["住建局一共牵头几项"])
    assert [c.task for c in answer.citations] == [15] and answer.count == 1


def test_a_figure_asked_of_a_term_only_one_task_holds_is_answered_from_that_task(assistant):
    # Only task 17 says 失业率: "确保城镇登记失业率长期控制在3.5%以内".
    answer = assistant.ask("失业率得压在多少以下")
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [17] and "3.5%" in answer.answer


def test_a_current_figure_of_that_term_is_still_declined(assistant):
    assert not assistant.ask("失业率现在是多少").in_scope


@pytest.mark.parametrize("text", ["那循化县呢", "互助"])
def test_a_county_alone_with_nothing_before_it_asks_back_with_questions_about_that_county(assistant, text):
    answer = assistant.ask(text)
    assert answer.intent.value == "clarify" and not answer.citations
    assert all("县" in s for s in answer.suggestions) and len(answer.suggestions) == 2


@pytest.mark.parametrize("text", ["那哪个更多", "哪条比较高", "这两项里谁的配合单位多", "那几条中哪个是交通局牵头的"])
def test_a_comparison_or_a_list_pointed_at_with_nothing_shown_asks_back(assistant, text):
    answer = assistant.ask(text)
    assert answer.intent.value == "clarify" and not answer.citations


def test_whether_a_unit_takes_part_in_a_named_task_is_answered_yes_with_its_line(assistant):
    # Task 19: 牵头 市教育局、各县人民政府; 责任 市发展改革委、市财政局.
    answer = assistant.ask("第19项有发改委参与吗")
    assert answer.answer.startswith("有，市发展改革委是第19项「扩大教育资源供给」的责任单位。")
    assert [c.task for c in answer.citations] == [19]


def test_whether_a_unit_takes_part_in_the_task_shown_is_answered_no_when_it_is_on_neither_line(assistant):
    answer = assistant.ask("有没有民政局参与", ["第19项的牵头单位是谁"])
    assert answer.answer.startswith("没有。第19项") and [c.task for c in answer.citations] == [19]


def test_a_unit_asked_on_a_line_with_a_question_mark_only_is_a_member_check(assistant):
    # Task 6's 责任单位: 市文体旅游广电局、市发展改革委、市交通运输局、市民政局.
    answer = assistant.ask("责任单位里有交通局？", ["第6项哪个局牵头"])
    assert answer.answer.startswith("有，市交通运输局是第6项") and [c.task for c in answer.citations] == [6]


def test_whether_there_are_tasks_a_unit_takes_part_in_is_still_its_task_list(assistant):
    answer = assistant.ask("有没有民政局参与的任务", ["第6项哪个局牵头"])
    assert len(answer.citations) > 1


def test_a_figure_asked_with_no_word_of_the_notice_stays_on_the_task_shown(assistant):
    # Task 10: "在各县原有的应急物资储备库基础上进行扩建，每个储备库扩建面积800m2".
    answer = assistant.ask("单个能扩多大", ["应急物资储备库扩建写在哪项"])
    assert answer.in_scope and [c.task for c in answer.citations] == [10] and "800m2" in answer.answer


def test_which_of_two_quoted_figures_is_higher_names_it_first_and_cites_both_tasks(assistant):
    # Task 3: "…农产品加工转化率达到62%以上"; task 14: "新能源汽车比例不低于90%".
    answer = assistant.ask("这俩哪个高", ["农产品加工转化率目标定的多少", "新能源汽车的比例呢"])
    assert answer.answer.startswith("90%更高。") and [c.task for c in answer.citations] == [14, 3]


def test_which_of_two_figures_of_one_task_is_lower_cites_the_task_once(assistant):
    # Task 5: 民和县 … 产值达到70亿元; 互助县 … 产值达到30亿元.
    answer = assistant.ask("哪个少", ["民和县的铝镁基地产值是多少", "互助县的产值呢"])
    assert answer.answer.startswith("30亿元更少。") and [c.task for c in answer.citations] == [5]


def test_two_counties_compared_after_one_county_figure_names_the_higher_county(assistant):
    # Task 5: 民和县 … 产值达到70亿元; 循化县 … 产值达到15亿元.
    answer = assistant.ask("循化同民和比哪个大", ["互助县产业集群产值要达到多少"])
    assert answer.answer.startswith("民和县（70亿元）比循化县（15亿元）更大。")
    assert [c.task for c in answer.citations] == [5]


def test_two_counties_with_the_same_figure_are_said_to_be_equal(assistant):
    # Task 5: 化隆县 … 产值达到15亿元; 循化县 … 产值达到15亿元.
    answer = assistant.ask("化隆和循化谁多", ["民和铝镁基地的产值目标是多少"])
    assert answer.answer.startswith("化隆县和循化县一样，都是15亿元。")
    assert [c.task for c in answer.citations] == [5]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("到2025年，5G用户占比达到65%", (65.0, "%")),  # the year and "5G" are no figures
        ("打造全省重要的铝、镁产品精深加工基地，产值达到70亿元", (70e8, "元")),
        ("到2025年全市县城老旧小区房屋累计改造2万套", (2e4, "套")),
        ("建设大型零售网点21处，覆盖率100%", None),  # two kinds: which one was asked is not known
    ],
)
def test_the_figure_of_a_quoted_sentence_is_its_one_number_with_a_measure(sentence, figure):
    from qa.assistant import _figure_in

    assert _figure_in(sentence) == figure


def test_a_figure_is_written_back_with_its_scale_word():
    from qa.assistant import _format_figure

    assert (_format_figure(70e8, "元"), _format_figure(2e4, "套"), _format_figure(92.0, "%")) == (
        "70亿元",
        "2万套",
        "92%",
    )


def test_one_task_asked_for_about_a_word_among_those_shown_is_the_one_titled_by_it(assistant):
    # 市教育局 takes part in tasks 4, 20, 26 and 28 among others, all of which mention 养老; only task 20's
    # title (健全养老托育服务体系) has it.
    answer = assistant.ask("这几项里哪一项是讲养老的", ["教育局都参与哪些任务"])
    assert [c.task for c in answer.citations] == [20]


def test_which_tasks_among_those_shown_mention_a_word_are_all_that_mention_it(assistant):
    answer = assistant.ask("这几项里哪些提到了养老", ["教育局都参与哪些任务"])
    assert {20, 26, 28} <= {c.task for c in answer.citations}


def test_a_thing_named_by_a_word_of_one_listed_tasks_text_picks_that_task(assistant):
    # Of the quantified tasks only task 21 says 老旧小区 ("…累计改造2万套"); only task 8 says 停车位.
    answer = assistant.ask("老旧小区那个是多少", ["通知里都定了哪些量化指标"])
    assert [c.task for c in answer.citations] == [21] and "2万套" in answer.answer
    answer = assistant.ask("停车位那个呢", ["通知里都定了哪些量化指标", "老旧小区那个是多少"])
    assert [c.task for c in answer.citations] == [8]


def test_the_task_before_the_one_shown_is_asked_the_same_way(assistant):
    # Task 8's lead: 市交通运输局、各县人民政府 (the task before task 9).
    answer = assistant.ask("那它前面那一条呢", ["第9项由谁牵头"])
    assert [c.task for c in answer.citations] == [8] and "市交通运输局" in answer.answer


def test_swapping_the_unit_again_with_zai_keeps_the_question(assistant):
    # 市公安局 leads task 28 only.
    answer = assistant.ask("再换公安局看看", ["民政局牵头了哪几项", "那换成住建局呢"])
    assert [c.task for c in answer.citations] == [28]


def test_the_other_end_of_a_superlative_ranges_over_the_same_tasks_as_before(assistant):
    # Part 七 is tasks 28-30 with 6, 3 and 1 responsible units: fewest is task 30, most task 28.
    answer = assistant.ask("反过来最多的呢", ["把第七部分的任务列出来", "其中哪条配合单位最少"])
    assert [c.task for c in answer.citations] == [28]


def test_another_word_searched_the_same_way(assistant):
    # "40%" is in task 4 only ("…常住人口城镇化率达到40%").
    answer = assistant.ask("那40%呢", ["92%在哪一条里"])
    assert [c.task for c in answer.citations] == [4]


@pytest.mark.parametrize("text", ["民政局牵头的两项是啥", "民政局牵头的那两条分别是什么"])
def test_the_tasks_a_unit_leads_asked_what_they_are_are_listed(assistant, text):
    # 市民政局 leads tasks 20 and 22.
    answer = assistant.ask(text)
    assert [c.task for c in answer.citations] == [20, 22]


def test_a_unit_mentioned_in_the_text_of_listed_tasks_with_no_units_is_found_there(assistant):
    # Part 八 (tasks 31-34) lists no units; task 32's text says "市发展改革委要负责牵头做好任务分解".
    answer = assistant.ask("其中哪项提到了发改委", ["实施保障这一部分有哪些任务"])
    assert [c.task for c in answer.citations] == [32] and "都没有把市发展改革委列为" in answer.answer


@pytest.mark.parametrize(
    ("text", "history"), [("换个别的部门呢", ["第12项由哪些单位牵头"]), ("那个数值是多少", []), ("换成其他局", [])]
)
def test_a_unit_or_figure_pointed_at_but_not_named_is_asked_back(assistant, text, history):
    answer = assistant.ask(text, history)
    assert answer.intent.value == "clarify" and not answer.citations


def test_the_numbers_asked_after_a_count_are_the_tasks_counted(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice); "编号" after a count is not the document number.
    for follow_up in ("编号呢", "只说编号"):
        answer = assistant.ask(follow_up, ["住建局总共牵头了几项"])
        assert answer.intent != "meta" and [c.task for c in answer.citations] == [11, 16, 21]


def test_it_beyond_the_task_shown_lists_the_unit_s_other_tasks_in_that_role(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice); task 21 was shown.
    answer = assistant.ask("它另外还牵头哪几条", ["推进老旧小区改造是谁牵头"])
    assert [c.task for c in answer.citations] == [11, 16] and "除第21项外" in answer.answer


def test_leaving_out_the_lead_role_counts_the_rest(assistant):
    # 市住房建设局 takes part in 18 tasks and leads 3 of them (the notice): 15 are left.
    answer = assistant.ask("去掉牵头的还剩多少项", ["住建局参与了多少项任务"])
    assert answer.count == 15


def test_who_leads_after_a_unit_s_only_task_is_that_task_s_lead(assistant):
    # 市残联 is a responsible unit of task 22 only; task 22 is led by 市民政局 and 各县人民政府 (the notice).
    for follow_up in ("谁牵头", "那牵头的是谁呢"):
        answer = assistant.ask(follow_up, ["残联有哪些任务"])
        assert [c.task for c in answer.citations] == [22] and "市民政局、各县人民政府" in answer.answer


def test_an_ordinal_with_a_request_to_look_and_nothing_shown_is_asked_back(assistant):
    assert assistant.ask("那就看看第三个").intent == "clarify"


def test_a_comparison_with_the_one_before_and_nothing_before_is_asked_back(assistant):
    assert assistant.ask("和上一条比哪个早").intent == "clarify"


def test_which_one_after_a_count_of_one_lists_it(assistant):
    # 市发展改革委 leads task 14 only (the notice).
    answer = assistant.ask("那具体是哪一条", ["发改委牵头的有几条"])
    assert [c.task for c in answer.citations] == [14]


def test_a_unit_named_again_with_other_tasks_asked_leaves_out_the_tasks_shown(assistant):
    # 市公安局 leads task 28 and is a responsible unit of task 4 (the notice).
    answer = assistant.ask("公安局在其他任务里也有吗", ["公安局牵头哪些任务"])
    assert [c.task for c in answer.citations] == [4] and "除第28项外" in answer.answer


def test_another_unit_after_other_tasks_were_asked_gets_all_its_tasks(assistant):
    # 市民政局 leads tasks 20 and 22 and is responsible in 4, 6, 12, 26 and 27 (the notice); nothing is left out.
    answer = assistant.ask("那民政局呢", ["公安局牵头哪些任务", "公安局在其他任务里也有吗"])
    assert [c.task for c in answer.citations] == [4, 6, 12, 20, 22, 26, 27]


def test_a_length_of_time_the_task_does_not_give_is_declined_with_the_task_pointed_to(assistant):
    # Task 26 names 轮岗 among the ways of helping township clinics and gives no length (the notice).
    answer = assistant.ask("乡镇卫生院轮岗一次需要多长时间")
    assert not answer.in_scope and "第26项" in answer.answer


def test_a_weight_asked_of_a_task_that_gives_none_is_declined(assistant):
    # Task 16 plans 污水处理厂扩容 and gives no tonnage (the notice).
    answer = assistant.ask("污水处理厂扩容以后一天能处理多少万吨")
    assert not answer.in_scope and "第16项" in answer.answer


def test_asking_for_each_of_the_units_after_a_topic_is_that_task_s_line(assistant):
    # Task 20 (健全养老托育服务体系) lists 市卫生健康委 first among its responsible units (the notice);
    # "分别是哪几家" asks for each one and names no topic of its own.
    answer = assistant.ask("配合单位分别是哪几家", ["养老托育那一条"])
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [20] and "市卫生健康委" in answer.answer


def test_the_units_on_one_line_of_the_task_shown_counted_with_de_or_jia(assistant):
    # Task 4 names 12 responsible units; task 25 names 8 (the notice).
    assert assistant.ask("配合的总共多少家", ["第4项由谁来牵头"]).count == 12
    assert assistant.ask("责任单位共有多少家", ["第25项由谁来牵头"]).count == 8


def test_a_role_with_de_after_a_unit_s_one_task_counts_the_unit_s_tasks(assistant):
    # 市残联 is a responsible unit of task 22 only, whose responsible line names 2 units (the notice).
    assert assistant.ask("配合的一共几个", ["残联有哪些任务"]).count == 1


def test_a_unit_checked_against_one_line_of_the_task_shown(assistant):
    # Task 10 (全面增强县城韧性): responsible units 市自然资源和规划局, 市住房建设局, 市消防救援支队 (the notice).
    yes = assistant.ask("消防救援支队是不是配合部门", ["应急那一条由谁牵头"])
    no = assistant.ask("财政局在配合单位里面吗", ["应急那一条由谁牵头"])
    assert [c.task for c in yes.citations] == [10] and yes.answer.startswith("是的")
    assert [c.task for c in no.citations] == [10] and no.answer.startswith("不是")


def test_a_role_counted_with_no_unit_after_a_unit_s_count_is_that_unit_s(assistant):
    # 市住房建设局 takes part in 18 tasks, leads 3 and is responsible in 15 (the notice); the notice has 34.
    history = ["住建局总共参与了多少项"]
    assert assistant.ask("牵头的有几项", history).count == 3
    assert assistant.ask("当配合单位的有多少项", history).count == 15


def test_a_part_named_after_a_unit_s_tasks_keeps_those_in_the_part(assistant):
    # 市住房建设局 is responsible in tasks 7, 8, 9, 10 and 12 of part 2 (the notice).
    answer = assistant.ask("第二部分的都有哪些", ["住建局作为责任单位的任务有哪些"])
    assert [c.task for c in answer.citations] == [7, 8, 9, 10, 12]


def test_units_counted_of_a_task_named_by_its_title_words_are_that_task_s(assistant):
    # Task 16 (提高污水收集处理能力) names 6 responsible units; the notice names 27 different ones in all.
    answer = assistant.ask("污水那一项的配合单位有几个")
    assert answer.count == 6 and [c.task for c in answer.citations] == [16]
    listed = assistant.ask("请都列一下", ["污水那一项的配合单位有几个"])
    assert [c.task for c in listed.citations] == [16] and "市城管局" in listed.answer


def test_a_unit_pronoun_with_nothing_before_is_asked_back(assistant):
    assert assistant.ask("它另外还牵头了哪些").intent == "clarify"
    assert assistant.ask("该局都参与哪几项", ["你好"]).intent == "clarify"


def test_both_roles_added_up_after_a_unit_s_tasks_in_each(assistant):
    # 市文体旅游广电局 leads tasks 23 and 24 and is responsible in 1, 2, 4, 5 and 6 (the notice): 7 in all.
    answer = assistant.ask("两样合在一起有多少项", ["文旅局牵头的有哪几项", "那它当配合单位的有哪几项"])
    assert answer.count == 7


def test_it_after_one_unit_was_picked_from_a_line_is_that_unit(assistant):
    # Task 20's responsible units end with 市财政局, which is also responsible in 18, 19, 28 and 29 (the notice).
    history = ["第20项的配合单位有哪些", "最后那个是哪个单位"]
    answer = assistant.ask("它另外还配合了哪些任务", history)
    assert [c.task for c in answer.citations] == [18, 19, 28, 29]


def test_two_things_a_place_or_a_date_pointed_at_with_nothing_before_are_asked_back(assistant):
    for question in ("对比一下它俩哪个高", "那儿的指标是多少", "具体是哪一年"):
        assert assistant.ask(question).intent == "clarify", question


def test_a_number_typed_alone_after_a_task_asks_the_same_of_that_task(assistant):
    # Task 24 is led by 市文体旅游广电局 and 各县人民政府 (the notice).
    answer = assistant.ask("二十四", ["第22项由谁来牵头", "第23项的呢"])
    assert [c.task for c in answer.citations] == [24] and "市文体旅游广电局" in answer.answer.splitlines()[0]


def test_besides_the_tasks_shown_the_rest_of_the_question_is_asked_of_the_others(assistant):
    # 市住房建设局 leads 11, 16 and 21 and is responsible in 15 others; 市民政局 takes part in 4, 6, 12, 20, 22, 26
    # and 27, of which 6, 22, 26 and 27 are not among 市住房建设局's 18 (the notice).
    assert assistant.ask("除了这几项，它当责任单位的有几项", ["住建局牵头的是哪几项任务"]).count == 15
    answer = assistant.ask("除了这些之外，民政局参与了哪几项", ["住建局都参与了哪些任务"])
    assert [c.task for c in answer.citations] == [6, 22, 26, 27]


def test_a_place_after_one_line_of_a_task_was_counted_is_on_that_line(assistant):
    # Task 28's responsible units: 市教育局, 市人力资源社会保障局, 市住房建设局, 市农业农村局, … (the notice).
    answer = assistant.ask("其中第四个是哪个单位", ["第28项的责任单位有几家"])
    assert [c.task for c in answer.citations] == [28] and "第4个是市农业农村局" in answer.answer


def test_back_to_a_unit_asks_the_last_question_of_it_listed_when_which_is_asked(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice).
    history = ["住建局一共牵头多少项", "教育局的呢"]
    assert assistant.ask("回到住建局吧", history).count == 3
    answer = assistant.ask("再回到住建局，是哪几项", history)
    assert [c.task for c in answer.citations] == [11, 16, 21]


def test_a_units_tasks_in_both_roles_put_together_are_all_its_tasks(assistant):
    # 市水务局 leads task 9 and is a responsible unit of 2, 11, 13, 16 and 25 (the notice).
    answer = assistant.ask("水务局当牵头单位的以及当配合单位的全部任务列出来")
    assert [c.task for c in answer.citations] == [2, 9, 11, 13, 16, 25]


def test_which_one_it_leads_after_a_units_tasks_is_its_lead_task(assistant):
    # Of 市水务局's six tasks it leads task 9 only (the notice).
    answer = assistant.ask("牵头的是哪一条", ["水务局都参与了哪几项任务"])
    assert [c.task for c in answer.citations] == [9]


def test_the_second_rank_is_read_after_a_look_at_the_top_task(assistant):
    # Responsible units per task: 12 in task 4, 11 in task 1, then 8 (the notice).
    answer = assistant.ask("排第二的是哪一项", ["哪项任务配合单位数量最多", "这一项由谁牵头"])
    assert [c.task for c in answer.citations] == [1] and answer.count == 11


def test_a_superlative_after_a_count_of_a_parts_tasks_ranks_those_tasks(assistant):
    # Part 3 holds tasks 13-16, with 2, 3, 5 and 6 responsible units; task 4 (12) is outside it (the notice).
    answer = assistant.ask("其中配合单位数量最多的是哪一条", ["第三部分总共有几项任务"])
    assert [c.task for c in answer.citations] == [16] and answer.count == 6


def test_two_units_each_with_its_own_lead_tasks(assistant):
    # 市住房建设局 leads 11, 16 and 21; 市水务局 leads 9; they lead none together (the notice).
    answer = assistant.ask("住建局和水务局分别牵头哪几条")
    assert [c.task for c in answer.citations] == [11, 16, 21, 9]


def test_a_unit_itself_after_another_units_tasks_is_its_own_lead_tasks(assistant):
    # 市民政局 leads tasks 20 and 22, each with 各县人民政府 (the notice): "自己" sets it against 住建局, it does not
    # ask for tasks it leads alone (there are none).
    answer = assistant.ask("民政局自己牵头的是哪几项", ["住房建设局牵头的有哪几项任务"])
    assert [c.task for c in answer.citations] == [20, 22]


def test_a_line_of_units_said_loosely_is_counted_for_the_task_shown(assistant):
    # Task 20 names five responsible units (the notice).
    answer = assistant.ask("配合的部门一共几个", ["第二十项讲的什么"])
    assert [c.task for c in answer.citations] == [20] and answer.count == 5


def test_a_count_asked_with_the_names_too_is_the_count_with_its_names(assistant):
    # Task 13's lead line: 市生态环境局、市林草局、各县人民政府 (the notice).
    answer = assistant.ask("牵头单位有几个，分别是谁", ["第十三项讲的什么"])
    assert answer.count == 3 and "市林草局" in answer.answer


def test_who_else_leads_together_asks_the_lead_line(assistant):
    # Task 16 is led by 市住房建设局 and 各县人民政府 (the notice).
    answer = assistant.ask("污水处理是住建局牵头吧，还有谁一起牵头")
    assert answer.intent is not Intent.RESPONSIBLE and [c.task for c in answer.citations][:1] == [16]
    assert "牵头单位：市住房建设局、各县人民政府" in answer.answer


def test_the_pair_looked_at_one_after_the_other_is_compared(assistant):
    # Task 15 (垃圾) is led by 市城管局 and 各县人民政府, task 16 (污水) by 市住房建设局 and 各县人民政府 (the notice).
    answer = assistant.ask("它俩的牵头单位相同吗", ["第十五项讲什么", "第十六项谁牵头"])
    assert [c.task for c in answer.citations] == [15, 16] and "不完全相同" in answer.answer


@pytest.mark.parametrize("question", ["帮我数一下", "后面那一个呢", "比它少吗"])
def test_a_count_a_neighbour_or_a_comparison_with_nothing_before_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


def test_a_part_left_out_of_a_units_tasks_leaves_its_other_tasks(assistant):
    # 市民政局 is on tasks 4, 6 (part 一), 12, 20, 22, 26 and 27 (the notice).
    answer = assistant.ask("去掉第一部分的还剩哪些", ["民政局都参与了哪些任务"])
    assert [c.task for c in answer.citations] == [12, 20, 22, 26, 27]


def test_who_leads_these_asks_the_lead_lines_only(assistant):
    # 市财政局 is on tasks 18-20 (part 四), 28 and 29; 28 is led by 市公安局 and 各县人民政府, 29 by 市金融办 and
    # 各县人民政府 (the notice).
    answer = assistant.ask("这几项牵头的都是谁", ["财政局都出现在哪几项任务里", "把第四部分去掉还剩哪些"])
    assert answer.answer.splitlines()[0] == "第28项、第29项的牵头单位：市公安局、各县人民政府、市金融办。"


def test_a_part_within_a_list_shown_is_said_to_be_within_the_list(assistant):
    # Of 市民政局's seven tasks, 20 and 22 are in part 四 (which has five tasks: the answer must not say the part
    # has two).
    answer = assistant.ask("其中第四部分的有哪几项", ["民政局都参与了哪些任务"])
    assert [c.task for c in answer.citations] == [20, 22] and answer.answer.startswith("所列的7项任务中属于第四部分")


def test_this_part_is_the_part_of_the_tasks_shown(assistant):
    # Part 二 is tasks 7-12; 市住房建设局 is responsible in 7, 8, 9, 10 and 12 and leads 11 (the notice).
    answer = assistant.ask("这一部分里它自己牵头的是哪项", ["第二部分都有哪几项任务", "其中住建局当配合单位的有哪些"])
    assert [c.task for c in answer.citations] == [11]


def test_a_roles_tasks_within_right_after_that_role_was_counted_are_those_tasks(assistant):
    # 市发展改革委 leads 14 and is responsible in 15 and 16 of part 三 (13-16), among 22 others (the notice).
    answer = assistant.ask("当责任单位的里面第三部分的有哪些", ["发改委作为责任单位一共有几项"])
    assert [c.task for c in answer.citations] == [15, 16]


def test_the_two_units_just_compared_are_what_a_follow_up_compares_again(assistant):
    # 市住房建设局 takes part in 18 tasks, 市民政局 in 7 (4, 6, 12, 20, 22, 26, 27); they share 4, 12 and 20
    # (the notice).
    history = ["住建局跟民政局比一比谁参与的任务多"]
    assert assistant.ask("差几项", history).count == 11
    assert [c.task for c in assistant.ask("这两个局都参与的有哪些", history).citations] == [4, 12, 20]


def test_the_other_task_a_unit_leads_leaves_out_the_one_shown(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice).
    answer = assistant.ask("住建局另一项牵头的任务是哪些", ["第十六项谁牵头"])
    assert [c.task for c in answer.citations] == [11, 21] and answer.answer.startswith("除第16项外")


def test_one_of_the_tasks_shown_named_by_its_number_is_that_task(assistant):
    # 市民政局 is on tasks 4, 6, 12, 20, 22, 26 and 27; task 22's responsible units are 市残联 and 市发展改革委
    # (the notice).
    answer = assistant.ask("这些里面第22项的配合单位有哪些", ["民政局都参与了哪些任务"])
    assert [c.task for c in answer.citations] == [22] and "市残联、市发展改革委" in answer.answer


def test_the_latter_of_two_tasks_listed_is_the_second(assistant):
    # 市工业信息化局 leads tasks 5 and 12 (the notice).
    answer = assistant.ask("后面那个的配合单位有哪些", ["工信局牵头的有哪两项"])
    assert [c.task for c in answer.citations] == [12]


def test_the_other_of_two_tasks_listed_is_the_one_not_looked_at(assistant):
    answer = assistant.ask("另一条的配合单位呢", ["工信局牵头的有哪两项", "头一个的配合单位都有谁"])
    assert [c.task for c in answer.citations] == [12]


def test_the_last_ones_line_after_a_pick_from_a_list_is_the_last_tasks(assistant):
    # Part 三 is tasks 13-16 (the notice): a unit has no 配合单位 of its own, so "the last one" is task 16.
    answer = assistant.ask("最后那个的配合单位", ["第三部分都有哪几项", "第二个由谁牵头"])
    assert [c.task for c in answer.citations] == [16]


def test_a_task_of_the_list_shown_picked_by_its_figure_said_as_a_target(assistant):
    # Of the tasks naming 2025, only task 12 gives 65% (5G users), led by 市工业信息化局 (the notice).
    answer = assistant.ask("其中指标是65%的那一条由谁牵头", ["有2025年目标的任务都有哪些"])
    assert [c.task for c in answer.citations] == [12]


@pytest.mark.parametrize("question", ["第九部分讲了什么", "第十二部分有几项任务"])
def test_a_part_beyond_the_last_is_said_not_to_exist(assistant, question):
    # The notice has eight parts, 一 to 八.
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert answer.answer.startswith("通知共分8个部分（第一至第八部分），没有第")


def test_where_to_sign_up_for_a_task_is_a_procedure_the_notice_does_not_give(assistant):
    answer = assistant.ask("技能培训班在哪里报名")
    assert not answer.in_scope


@pytest.mark.parametrize(("question", "count"), [("除了县政府一共涉及多少个单位", 31), ("涉及多少个市直部门", 28)])
def test_distinct_units_with_some_left_out_are_counted(assistant, question, count):
    # 32 distinct units on the lines, 各县人民政府 and 化隆县人民政府 the county governments among them (the notice).
    # City departments also leave out the firm 海东城投公司 and the bank branch 人行海东中心支行: 32 - 2 - 2 = 28.
    answer = assistant.ask(question)
    assert answer.in_scope and answer.count == count


def test_tasks_a_word_is_about_with_the_verb_last_are_those_printing_it(assistant):
    # "乡村振兴" is printed in tasks 4 and 27 only (the notice).
    answer = assistant.ask("哪几项任务和乡村振兴有关")
    assert [c.task for c in answer.citations] == [4, 27]


def test_the_part_a_unit_is_in_is_the_part_of_its_tasks(assistant):
    # 市残联 is on task 22 only, in part 四 (the notice).
    answer = assistant.ask("残联出现在第几部分")
    assert [c.task for c in answer.citations] == [22] and "属于第四部分「" in answer.answer


def test_a_self_introduction_lists_the_units_tasks_and_we_means_that_unit_afterwards(assistant):
    # 市民政局 leads task 20 and task 22 (the notice's 牵头单位 lines).
    intro = assistant.ask("我是民政局的")
    assert intro.answer.startswith("好的，您是市民政局的") and intro.citations
    answer = assistant.ask("我们牵头的有哪几项", ["我是民政局的"])
    assert [c.task for c in answer.citations] == [20, 22]


def test_we_with_no_introduction_asks_back_which_unit(assistant):
    answer = assistant.ask("咱单位牵头几项")
    assert answer.intent is Intent.CLARIFY and not answer.citations and "“咱单位”指的是哪个单位" in answer.answer


def test_the_units_on_one_line_of_a_units_tasks_in_a_role(assistant):
    # 市教育局 leads task 19 only; its 责任单位 line: 市发展改革委、市财政局 (the notice).
    answer = assistant.ask("教育局牵头的那几条，配合单位都是谁")
    assert [c.task for c in answer.citations] == [19]
    assert "市发展改革委、市财政局" in answer.answer.splitlines()[0]


def test_going_back_to_the_first_turn_asks_the_rest_of_that_turns_answer(assistant):
    # The first turn shows 市民政局's lead tasks, 20 and 22; the 责任单位 of task 22: 市残联、市发展改革委.
    history = ["民政局牵头的都是哪几项任务", "换水务局看看", "再看林草局的"]
    answer = assistant.ask("回到最早那个，第二个的配合单位", history)
    assert [c.task for c in answer.citations] == [22] and "市残联、市发展改革委" in answer.answer


def test_going_back_to_an_earlier_turn_by_its_topic_asks_of_that_task(assistant):
    # Task 22 (殡仪, 公墓) is led by 市民政局、各县人民政府; task 21 (老旧小区) comes in between.
    answer = assistant.ask("说回殡仪那个，谁牵头", ["殡仪站点打算建多少个", "老旧小区要改造的套数"])
    assert [c.task for c in answer.citations] == [22] and "市民政局" in answer.answer


def test_a_word_that_several_task_texts_use_before_na_tiao_is_asked_back_with_those_tasks(assistant):
    # "落户" stands in the text of task 4 (放开落户限制) and task 28 (取消县城落户限制), in no title.
    answer = assistant.ask("落户那条由谁牵头")
    assert answer.intent is Intent.CLARIFY and answer.suggestions == ("第4项由谁牵头", "第28项由谁牵头")


def test_a_list_shown_described_by_its_role_keeps_the_role_asked_of_another_unit(assistant):
    # 市工业信息化局 is a 责任单位 on tasks 1, 3, 4, 11, 14, 15, 16, 25; of these 市住房建设局 leads 11 and 16.
    answer = assistant.ask("这些配合的当中 住建局牵头的是哪几项", ["工信局牵头了哪些", "那配合的是哪些"])
    assert [c.task for c in answer.citations] == [11, 16]


def test_which_of_the_tasks_shown_lack_a_unit_on_their_responsible_line(assistant):
    # Only 各县人民政府 leads tasks 1, 2, 25, 26; 市发展改革委 is a 责任单位 on 1, 2 and 25, not on 26.
    answer = assistant.ask("这几项里哪项责任单位没有发改委", ["只由各县政府牵头的任务有哪些"])
    assert [c.task for c in answer.citations] == [26]


def test_who_leads_each_of_a_parts_tasks_after_the_part_was_counted(assistant):
    # Part 五 is tasks 23 and 24, both led by 市文体旅游广电局、各县人民政府 (the notice).
    answer = assistant.ask("各自分别是谁牵头的", ["第五部分一共几项"])
    assert [c.task for c in answer.citations] == [23, 24] and "牵头单位" in answer.answer.splitlines()[0]


def test_a_units_list_narrowed_to_one_role_then_to_one_part(assistant):
    # 市农业农村局 leads task 3 and is a 责任单位 on 1, 2, 4, 5, 17, 28, 30; part 一 is tasks 1-6.
    history = ["农业农村局涉及几项", "列一下", "光看配合的"]
    answer = assistant.ask("再筛一下 只要第一部分的", history)
    assert [c.task for c in answer.citations] == [1, 2, 4, 5]


def test_two_topics_asked_which_task_each_is_get_one_line_each_and_it_then_asks_which(assistant):
    # 污水 is task 16 (提高污水收集处理能力), 垃圾 task 15 (提升垃圾收集处理能力).
    answer = assistant.ask("垃圾跟污水各是哪一条")
    assert [c.task for c in answer.citations] == [15, 16] and answer.answer.startswith("垃圾：第15项")
    follow = assistant.ask("它由谁来牵头", ["垃圾跟污水各是哪一条"])
    assert follow.intent is Intent.CLARIFY and not follow.citations


@pytest.mark.parametrize("question", ["人家还负责什么", "她们都管哪些"])
def test_bodies_pointed_at_with_nothing_before_are_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_another_unit_unnamed_after_a_count_is_asked_back(assistant):
    answer = assistant.ask("那别的单位呢", ["水务局是几项的牵头单位"])
    assert answer.intent is Intent.CLARIFY and not answer.citations


@pytest.mark.parametrize("question", ["那家单位呢", "这个部门的呢", "那个委呢？"])
def test_that_unit_alone_after_a_units_tasks_is_asked_back(assistant, question):
    # "那个X呢" moves to a unit it does not name; 市民政局's lead tasks (20, 22) must not be repeated as the answer.
    answer = assistant.ask(question, ["民政局牵头哪条"])
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_that_unit_with_a_question_of_its_own_is_the_unit_just_named(assistant):
    # "那个局一共牵头几项" after 市民政局's tasks: the same unit, which leads tasks 20 and 22 (the notice).
    answer = assistant.ask("那个局一共牵头几项", ["民政局牵头哪条"])
    assert answer.count == 2 and [c.task for c in answer.citations] == [20, 22]


def test_a_part_named_by_number_and_by_a_title_word_reads_as_that_part(assistant):
    # Part 四 (tasks 17-22, 民生事业); 市财政局 is a 责任单位 on 18, 19 and 20 (the notice).
    answer = assistant.ask("第四部分民生这一块 财政局涉及几条")
    assert answer.count == 3 and [c.task for c in answer.citations] == [18, 19, 20]


def test_a_countys_type_of_town_is_the_task_whose_one_sentence_names_both(assistant):
    # Task 2: "加快将民和县打造为生态农牧型县城，互助县、化隆县、循化县打造为文旅融合型县城"; task 13's title has
    # 生态县城 and task 32 names the four counties, each without the other.
    answer = assistant.ask("循化县的县城类型是啥")
    assert answer.citations[0].task == 2 and "文旅融合型" in answer.answer


def test_the_second_task_shown_set_apart_from_the_first_by_its_extra_units(assistant):
    # 市交通运输局 leads tasks 7 and 8; task 8's 责任单位 add 市城管局、海东城投公司 to task 7's three.
    history = ["交通局牵头的是哪几项", "两项配合单位相同的是哪些"]
    answer = assistant.ask("第二个多出来哪些单位", history)
    assert [c.task for c in answer.citations] == [8, 7]
    assert "市城管局、海东城投公司" in answer.answer.splitlines()[0]


def test_two_places_compared_the_other_way_round_give_what_the_first_lacks(assistant):
    # Of tasks 7 and 8 shown, 第一个比第二个少了谁 is what task 8 has and task 7 lacks.
    answer = assistant.ask("第一个比第二个少了谁", ["交通局牵头的是哪几项", "配合单位都是谁"])
    assert "市城管局、海东城投公司" in answer.answer.splitlines()[0]


def test_whether_a_unit_is_on_the_line_of_the_task_shown_asked_with_you_mei_you_alone(assistant):
    # Task 22's 责任单位: 市残联、市发展改革委 (the notice).
    answer = assistant.ask("责任单位里头有没有残联", ["殡仪站点打算建多少个"])
    assert [c.task for c in answer.citations] == [22] and answer.answer.startswith("有")


def test_a_word_one_title_alone_has_before_na_tiao_names_that_task(assistant):
    # "就业" is in task 17's title alone (强化职业技能培训及就业服务); its 责任单位: 市教育局、市农业农村局.
    answer = assistant.ask("就业那条配合单位是哪些")
    assert [c.task for c in answer.citations][:1] == [17] and "市教育局、市农业农村局" in answer.answer


def test_a_unit_by_its_place_in_the_line_shown_is_no_unknown_unit(assistant):
    # Task 28's 责任单位 begin with 市教育局, which leads task 19.
    answer = assistant.ask("第一个局牵头的是哪项", ["28号任务的配合单位"])
    assert answer.in_scope and [c.task for c in answer.citations] == [19]


def test_a_topic_with_ne_after_a_count_of_one_tasks_units_counts_the_task_titled_so(assistant):
    # Task 16 (污水) has 6 责任单位; task 15 (垃圾) has 5 (the notice).
    answer = assistant.ask("那污水的呢", ["垃圾那一项的配合单位有几个"])
    assert answer.count == 6 and [c.task for c in answer.citations] == [16]


def test_which_county_is_lowest_of_all_counties_names_the_tied_ones(assistant):
    # Task 5: 民和县70亿元、互助县30亿元、化隆县15亿元、循化县15亿元.
    answer = assistant.ask("这几个县里谁最少", ["互助县产业集群产值要达到多少"])
    assert answer.answer.startswith("化隆县和循化县并列最少，15亿元。") and [c.task for c in answer.citations] == [5]


def test_two_counties_with_ne_give_both_figures(assistant):
    answer = assistant.ask("互助和民和的呢", ["化隆县产业集群产值要达到多少"])
    assert answer.answer.startswith("互助县30亿元、民和县70亿元。")


def test_the_one_task_a_unit_leads_among_its_tasks_shown_is_asked_of(assistant):
    # 市公安局 leads task 28 and is a 责任单位 on task 4; task 28 has 6 责任单位 (the notice).
    answer = assistant.ask("它牵头的那项有几个责任单位", ["公安局都涉及了哪些"])
    assert answer.count == 6 and [c.task for c in answer.citations] == [28]


def test_tasks_with_no_unit_described_with_na_ji_tiao_and_nothing_before(assistant):
    answer = assistant.ask("没有单位的那几项是哪些")
    assert [c.task for c in answer.citations] == [31, 32, 33, 34]


def test_the_rest_of_the_tasks_after_those_with_a_lead_are_those_without(assistant):
    answer = assistant.ask("剩下的那几项没单位的是哪些", ["写了牵头单位的任务几项"])
    assert [c.task for c in answer.citations] == [31, 32, 33, 34]


def test_the_only_responsible_unit_of_the_task_shown_and_its_other_tasks(assistant):
    # Task 30's only 责任单位 is 市农业农村局 (lead of 3; 责任单位 on 1, 2, 4, 5, 17, 28, 30).
    answer = assistant.ask("这唯一一家配合单位另外还参与哪几项", ["第30项有哪些责任单位"])
    assert [c.task for c in answer.citations] == [1, 2, 3, 4, 5, 17, 28]


def test_a_figure_quoted_compared_with_one_named_by_its_words(assistant):
    # Task 14: 新能源汽车比例不低于90%; task 3: 农产品加工转化率达到62%以上.
    answer = assistant.ask("跟新能源汽车比例相比谁高", ["农产品加工转化率定到多少了"])
    assert answer.answer.startswith("90%更高。") and [c.task for c in answer.citations] == [14, 3]


def test_the_task_shown_that_sets_a_figure_is_picked_with_its_figures(assistant):
    # 市住房建设局 leads 11, 16 and 21; only task 21 sets a number-with-unit target ("累计改造2万套"): 16 says
    # "基本实现全覆盖" with no figure, 11 none.
    answer = assistant.ask("带百分比的那项目标是什么", ["住建局牵头的都有哪几项"])
    assert [c.task for c in answer.citations] == [21] and "所列的3项任务中" in answer.answer


def test_a_figure_asked_of_every_county_at_once_is_declined_when_only_the_total_is_given(assistant):
    # Task 6: "建设大型零售网点21处" for the county towns together; no county's share is written.
    answer = assistant.ask("每个县各多少处", ["零售网点一共要建几处"])
    assert not answer.in_scope and "没有分县写出这个数字" in answer.answer and not answer.citations


def test_a_unit_checked_against_a_topic_finds_the_topic_s_task_without_the_unit_and_says_no(assistant):
    # Task 21 推进老旧小区改造: 牵头 市住房建设局、各县人民政府; 责任 市发展改革委、市自然资源和规划局. 商务局 is on
    # neither line; ranking with the unit would favour a task that names it.
    answer = assistant.ask("商务局参加老旧小区改造吗")
    assert answer.answer.startswith("不是。第21项「推进老旧小区改造」")
    assert "都没有市商务局" in answer.answer and [c.task for c in answer.citations] == [21]


def test_a_unit_checked_against_a_topic_in_its_role_says_yes_with_that_line_first(assistant):
    answer = assistant.ask("自然资源局是不是老旧小区改造的配合单位")
    assert answer.answer.startswith("是的，第21项「推进老旧小区改造」的责任单位：市发展改革委、市自然资源和规划局。")


def test_a_unit_checked_in_the_wrong_role_says_which_role_it_has(assistant):
    # Task 16 提高污水收集处理能力: 市住房建设局 leads it.
    answer = assistant.ask("住建局配合污水处理吗")
    assert answer.answer.startswith("不是。第16项") and "市住房建设局在这一项中是牵头单位" in answer.answer


def test_a_unit_checked_as_a_not_a_question_is_answered_yes_with_its_role(assistant):
    # "负不负责" is "是否负责"; 市水务局 is on task 16's 责任单位 line.
    answer = assistant.ask("水务局负不负责污水处理")
    assert answer.answer.startswith("是的，第16项") and "（市水务局是责任单位。）" in answer.answer
    assert [c.task for c in answer.citations] == [16]


def test_a_colloquial_count_of_a_unit_s_lead_work_counts_its_lead_tasks(assistant):
    # 市水务局 leads task 9 alone among the tasks (the notice); "摊上…的活" is being assigned work.
    answer = assistant.ask("水务局这次摊上几个牵头的活")
    assert answer.count == 1 and [c.task for c in answer.citations] == [9]


def test_a_part_called_by_a_word_of_its_title_with_yi_kuai_lists_that_part(assistant):
    # Part 四 (强化公共服务供给，推动民生事业普惠共享) holds tasks 17-22.
    answer = assistant.ask("民生这一块有哪些任务")
    assert [c.task for c in answer.citations] == [17, 18, 19, 20, 21, 22]


def test_the_last_task_pointed_at_after_only_small_talk_is_asked_back(assistant):
    answer = assistant.ask("上一条谁牵头", ["好的"])
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_a_role_count_with_the_unit_unsaid_counts_the_tasks_of_the_unit_just_asked_about(assistant):
    # 市住房建设局 is on the 责任单位 line of 15 tasks (1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23, 24, 25, 28).
    answer = assistant.ask("总共配合几项", ["住房建设局牵头的是哪几项"])
    assert answer.count == 15
    assert [c.task for c in answer.citations] == [1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23, 24, 25, 28]


def test_another_task_named_after_a_figure_was_asked_gives_that_task_s_own_figures_and_deadlines(assistant):
    # Task 15 sets 无害化处理率达到92%; task 16 (污水) sets no figure, only "到2025年…基本实现全覆盖".
    answer = assistant.ask("再看污水的呢", ["生活垃圾那条处理率多少"])
    assert [c.task for c in answer.citations] == [16] and "全覆盖" in answer.answer.splitlines()[0]


def test_a_county_s_share_of_a_city_wide_figure_is_declined_pointing_at_the_task(assistant):
    # Task 21: "到2025年全市县城老旧小区房屋累计改造2万套", no county's share.
    answer = assistant.ask("那互助县的呢", ["老旧小区改造的目标是多少套"])
    assert not answer.in_scope and "通知没有分县写出这个数字" in answer.answer and "第21项" in answer.answer


def test_a_figure_set_for_every_county_alike_is_quoted_for_another_county(assistant):
    # Task 10: "在各县原有的应急物资储备库基础上进行扩建，每个储备库扩建面积800m2".
    answer = assistant.ask("那化隆县的呢", ["应急储备库每个扩多大面积"])
    assert answer.in_scope and "800m2" in answer.answer and [c.task for c in answer.citations] == [10]


def test_this_task_s_helpers_after_a_unit_s_one_task_are_that_task_s_responsible_units(assistant):
    # 市林草局 is on task 13 alone (a lead unit); its 责任单位: 市水务局、市住房建设局.
    answer = assistant.ask("这条谁来配合", ["林草局都涉及哪些任务", "它牵头的那条讲的啥"])
    assert answer.intent is Intent.RESPONSIBLE and [c.task for c in answer.citations] == [13]
    assert "市水务局、市住房建设局" in answer.answer.splitlines()[0]


def test_going_back_to_the_list_shown_asks_the_rest_of_that_list(assistant):
    # 市水务局 is on tasks 2, 9, 11, 13, 16, 25; part 三 holds 13-16.
    answer = assistant.ask("回到刚才的列表，第三部分的有哪些", ["水务局都涉及哪些工作", "第9项是谁牵头"])
    assert [c.task for c in answer.citations] == [13, 16]


def test_it_after_two_units_each_listed_is_asked_back(assistant):
    answer = assistant.ask("它牵头的一共几条", ["教育局和民政局分别牵头哪些"])
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_the_pair_of_tasks_shown_is_it_two_when_their_shared_units_are_asked(assistant):
    # 市民政局 leads tasks 20 and 22; 市发展改革委 is the one 责任单位 both list.
    answer = assistant.ask("它俩都有的配合单位是哪些", ["民政局牵头的是哪两项"])
    assert [c.task for c in answer.citations] == [20, 22] and "市发展改革委" in answer.answer.splitlines()[0]


def test_it_in_a_role_after_a_look_at_one_of_its_tasks_is_the_unit_asked_about(assistant):
    # 市水务局 is a 责任单位 of tasks 2, 11, 13, 16, 25.
    answer = assistant.ask("那它当配合单位的那些呢", ["水务局牵头的是哪一项", "这一项哪一年要完成"])
    assert [c.task for c in answer.citations] == [2, 11, 13, 16, 25]


def test_tasks_said_after_them_to_be_left_out_are_left_out_of_a_filter(assistant):
    # 市财政局 is on tasks 18, 19, 20, 28, 29; tasks 31-34 ("最后四条") are left out.
    answer = assistant.ask("财政局没参与的是哪些，最后四条不算")
    assert answer.count == 25 and {31, 32, 33, 34}.isdisjoint(c.task for c in answer.citations)


def test_the_only_unit_on_a_line_said_after_the_unit_is_a_sole_unit_filter(assistant):
    # Task 30's 责任单位 is 市农业农村局 alone.
    answer = assistant.ask("哪几项就农业农村局一个责任单位")
    assert [c.task for c in answer.citations] == [30]


def test_units_appearing_together_are_on_a_task_in_any_role_whatever_the_last_role_asked(assistant):
    # 市人力资源社会保障局 is on 4, 17 (lead), 27, 28; 市民政局 on 4, 20, 22, 26, 27: together on 4 and 27.
    answer = assistant.ask("民政局跟它一起出现的任务是哪些", ["人社局都参与了哪些", "其中它牵头的是哪一项"])
    assert [c.task for c in answer.citations] == [4, 27]


def test_the_other_end_of_a_superlative_asked_after_a_look_at_its_task_turns_that_superlative_around(assistant):
    # Task 30 names one 责任单位 (市农业农村局), the fewest among tasks that list any.
    answer = assistant.ask("那最少的又是哪项", ["哪一项的责任单位最多", "这一项由谁牵头"])
    assert [c.task for c in answer.citations] == [30]


@pytest.mark.parametrize(("question", "tasks"), [("覆盖率定的多少", 2), ("2025年的指标定了多少", 7)])
def test_a_first_figure_question_several_tasks_answer_alike_is_asked_back(assistant, question, tasks):
    # 覆盖率: tasks 8 (招呼站/公交站点) and 20 (社区日间照料机构); 2025年 with a figure: seven tasks.
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and not answer.citations
    assert f"通知里有{tasks}项任务" in answer.answer and answer.suggestions


def test_a_figure_question_after_a_task_was_shown_is_about_that_task(assistant):
    answer = assistant.ask("覆盖率定的多少", ["第8项讲了什么"])
    assert [c.task for c in answer.citations] == [8]


def test_the_task_a_unit_leads_among_its_tasks_shown_named_without_de_is_that_task(assistant):
    # 市商务局 leads task 6 (繁荣县域商业消费) alone among its six tasks; "牵头那项" is no topic word.
    answer = assistant.ask("牵头那项谁配合", ["商务局都干了些啥"])
    assert [c.task for c in answer.citations] == [6] and answer.intent is Intent.RESPONSIBLE


def test_a_role_line_lacking_a_unit_said_without_danwei_keeps_the_tasks_without_it(assistant):
    # 市住房建设局 is a 责任单位 of 15 tasks (1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23, 24, 25, 28): 19 are left.
    answer = assistant.ask("配合里头没有住建局的任务")
    assert answer.count == 19
    assert {1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23, 24, 25, 28}.isdisjoint(c.task for c in answer.citations)


def test_a_line_pooled_over_the_tasks_shown_counts_its_distinct_units(assistant):
    # Tasks 20 and 22 (市民政局 leads both); 责任单位: 卫健委、教育局、发改委、住建局、财政局 and 残联、发改委
    # 6 distinct.
    answer = assistant.ask("配合单位加起来一共多少家", ["民政局牵头的是哪两项"])
    assert answer.count == 6 and [c.task for c in answer.citations] == [20, 22]


def test_tasks_said_to_be_about_a_word_are_those_it_titles(assistant):
    # 交通 titles tasks 7 and 8; tasks 1, 12, 13, 14 only mention it.
    answer = assistant.ask("哪几项是讲交通的")
    assert [c.task for c in answer.citations] == [7, 8] and "标题讲“交通”" in answer.answer


def test_a_question_within_a_named_unit_s_tasks_in_a_role_ranges_over_those_tasks(assistant):
    # 市财政局 is a 责任单位 of tasks 18, 19, 20, 28, 29; of these 18 and 20 name 2025年.
    answer = assistant.ask("财政局配合的任务里哪些提到了2025年")
    assert [c.task for c in answer.citations] == [18, 20]


def test_a_question_within_it_s_tasks_in_a_role_ranges_over_the_unit_just_asked_about(assistant):
    # 市民政局 is a 责任单位 of tasks 4, 6, 12, 26, 27: none is in part 四 (tasks 17-22).
    answer = assistant.ask("它配合的那些里面有几条是第四部分的", ["民政局牵头了哪几项工作"])
    assert answer.count == 0 and not answer.citations


def test_tasks_with_a_percentage_counted_with_the_noun_unsaid_are_the_tasks_that_print_one(assistant):
    answer = assistant.ask("带百分比的有哪些")
    assert [c.task for c in answer.citations] == [3, 4, 8, 12, 14, 15, 17, 20]


def test_which_one_lacks_a_unit_on_a_line_right_after_a_list_keeps_to_the_tasks_shown(assistant):
    # Tasks 1, 2, 25, 26 are led by 各县人民政府 alone; 市住房建设局 is a 责任单位 of 1, 2 and 25, not of 26.
    answer = assistant.ask("哪条配合单位里没有住建局", ["只由各县政府牵头的有哪些"])
    assert [c.task for c in answer.citations] == [26]


def test_a_word_searched_for_after_a_list_is_searched_in_the_whole_notice(assistant):
    # 二甲医院 is in task 18 only, which the list of 市住房建设局's lead tasks (11, 16, 21) does not hold.
    answer = assistant.ask("二甲医院写在哪条", ["住房建设局牵头的是哪几项"])
    assert 18 in [c.task for c in answer.citations]


def test_these_two_parts_are_the_parts_of_the_two_answers_before(assistant):
    # Parts 五 (23, 24) and 六 (25, 26, 27) are led by 市文体旅游广电局, 各县人民政府 and 市乡村振兴局: 3 distinct.
    answer = assistant.ask("这两部分一共有几个不同的牵头单位", ["第五部分列了哪几项", "那第六部分的呢"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [23, 24, 25, 26, 27]


def test_where_a_thing_the_task_shown_names_is_quotes_that_task_not_a_list_of_mentions(assistant):
    # Task 23: "加大循化西路红军革命旧址、红军清真寺等革命文物红色遗址…保护".
    answer = assistant.ask("里面提到的红军清真寺在哪个县", ["人文县城那条谁来牵头"])
    assert [c.task for c in answer.citations] == [23] and "循化" in answer.answer


def test_the_other_parts_after_a_question_kept_to_one_part_ask_it_over_the_rest(assistant):
    # 市水务局 is on tasks 2, 9, 11, 13, 16, 25; part 二 holds 7-12, so 2, 13, 16, 25 are in the other parts.
    answer = assistant.ask("其他部分的呢", ["水务局参与了哪些，先看第二部分的"])
    assert [c.task for c in answer.citations] == [2, 13, 16, 25]


def test_you_mei_you_is_a_yes_or_no_question_not_one_task_having_what_another_lacks(assistant):
    answer = assistant.ask("第3项和第5项的责任单位有没有相同的")
    assert [c.task for c in answer.citations] == [3, 5] and "都有的责任单位" in answer.answer


def test_a_topic_that_task_after_framing_names_the_one_task_its_word_titles(assistant):
    # 托育 titles task 20 alone (健全养老托育服务体系), led by 市民政局 and 各县人民政府.
    answer = assistant.ask("哪个局牵头托育那条")
    assert answer.intent is Intent.LEAD and answer.citations[0].task == 20


def test_it_in_a_role_counted_after_a_task_s_lead_is_its_one_department(assistant):
    # 市民政局 is a 责任单位 of tasks 4, 6, 12, 26, 27.
    answer = assistant.ask("它做配合单位的一共几项", ["哪个局牵头托育那条"])
    assert answer.count == 5 and [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_those_with_a_percentage_among_a_list_shown_are_the_ones_that_print_one(assistant):
    # Tasks 3, 12, 15, 16, 18, 20, 21 name 2025年; 3 (62%), 12 (65%), 15 (92%) and 20 (100%) print a percentage.
    answer = assistant.ask("其中写了百分比的", ["哪些任务写了2025年的目标"])
    assert [c.task for c in answer.citations] == [3, 12, 15, 20]


@pytest.mark.parametrize("question", ["这一部分共有几条", "那俩部门有什么共同任务", "一样的问题，换成化隆县呢"])
def test_a_part_units_or_question_pointed_at_with_nothing_before_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_this_part_after_a_part_was_shown_is_that_part(assistant):
    # Part 一 holds tasks 1-6 (the notice).
    answer = assistant.ask("这部分总共几条", ["第一部分讲的是什么"])
    assert answer.count == 6 and [c.task for c in answer.citations] == [1, 2, 3, 4, 5, 6]


def test_a_count_of_people_is_declined_when_the_notice_counts_only_the_facility(assistant):
    # Task 18 gives "每个县级疾控中心建设1所P2+生物安全实验室" and no staff figure.
    answer = assistant.ask("每所P2+实验室配多少个医生")
    assert not answer.in_scope
    kept = assistant.ask("每个县级疾控中心建几个P2+实验室")
    assert kept.in_scope and [c.task for c in kept.citations][:1] == [18]


def test_the_other_role_added_to_a_units_count_is_every_task_it_is_on(assistant):
    # 市水务局 leads task 9 and is a 责任单位 on 2, 11, 13, 16 and 25 (the notice): 6 tasks in all.
    answer = assistant.ask("再加上它当配合单位的，总共多少项", ["水务局一共牵头几项"])
    assert answer.count == 6 and sorted(c.task for c in answer.citations) == [2, 9, 11, 13, 16, 25]


def test_both_roles_added_up_after_each_was_listed_is_every_task_of_the_unit(assistant):
    # 市公安局 leads task 28 and is a 责任单位 on task 4 (the notice).
    answer = assistant.ask("总共加起来多少项", ["公安局牵头什么任务", "那它当配合单位的那些呢"])
    assert answer.count == 2 and sorted(c.task for c in answer.citations) == [4, 28]


def test_a_role_line_asked_after_a_units_one_task_is_that_tasks_line(assistant):
    # 市公安局 leads task 28 only; its 责任单位 line (the notice) names these six.
    answer = assistant.ask("配合单位有哪几家", ["公安局牵头哪一条"])
    assert [c.task for c in answer.citations] == [28]
    for unit in ("市教育局", "市人力资源社会保障局", "市住房建设局", "市农业农村局", "市财政局", "市自然资源和规划局"):
        assert unit in answer.answer


def test_neither_role_said_role_by_role_is_every_task_the_unit_is_not_on(assistant):
    # 市教育局 is on tasks 4, 12, 17, 19, 20, 24, 26 and 28 (the notice): the other 26, 31-34 among them.
    answer = assistant.ask("教育局没牵头也没配合的是哪些")
    assert answer.count == 26 and 19 not in [c.task for c in answer.citations]


def test_a_lead_asked_within_a_units_responsible_tasks_keeps_the_lead_role(assistant):
    # 市发展改革委 is a 责任单位 on task 9, which 市水务局 leads; 市水务局 leads no other task (the notice).
    history = ["发改委是哪条的牵头单位", "它另外还配合了哪几项"]
    answer = assistant.ask("这些配合的里面哪几条是水务局牵头的", history)
    assert [c.task for c in answer.citations] == [9]


def test_another_unit_left_out_after_a_units_tasks_in_a_part_is_the_parts_tasks_without_it(assistant):
    # Part 三 is tasks 13-16; 市生态环境局 leads 13 and is a 责任单位 on 15 and 16, so only 14 lacks it (the notice).
    history = ["第三部分包括哪几项", "这几项里住建局牵头的"]
    answer = assistant.ask("那生态环境局没参与的呢", history)
    assert [c.task for c in answer.citations] == [14]


def test_the_last_place_after_a_place_picked_from_a_list_is_the_lists_last(assistant):
    # Part 三 is tasks 13-16; the last, 16, is led by 市住房建设局 and 各县人民政府 (the notice).
    answer = assistant.ask("最后那一个呢", ["第三部分包含哪几条", "其中第二个谁牵头"])
    assert [c.task for c in answer.citations][:1] == [16] and "市住房建设局" in answer.answer


def test_the_front_one_of_two_units_shown_is_the_first(assistant):
    # Task 21's 责任单位 are 市发展改革委 and 市自然资源和规划局; 市发展改革委 leads task 14 only (the notice).
    answer = assistant.ask("前面那个单位自己牵头哪项", ["老旧小区改造的配合单位是谁"])
    assert [c.task for c in answer.citations] == [14]


def test_the_rest_of_a_parts_tasks_after_a_unit_was_picked_out_gets_the_role_asked(assistant):
    # Part 二 is tasks 7-12 and 市应急局 leads 10 (the notice): the rest are 7, 8, 9, 11 and 12.
    answer = assistant.ask("剩下的呢，分别谁牵头", ["第二部分包括哪几条", "哪几条是应急局牵头"])
    assert [c.task for c in answer.citations] == [7, 8, 9, 11, 12] and "市水务局" in answer.answer


def test_a_list_pointed_at_is_not_a_count_asked_of_the_figure(assistant):
    # Task 21: "到2025年全市县城老旧小区房屋累计改造2万套" (the notice); "那几个" points at the unit's tasks.
    history = ["住建局牵头的都有哪几条"]
    answer = assistant.ask("那几个里讲改造老旧小区的那条，要改造多少套", history)
    assert answer.in_scope and "2万套" in answer.answer


def test_asking_what_the_assistant_answers_is_small_talk(assistant):
    answer = assistant.ask("你一般能回答哪方面的问题呀")
    assert answer.intent is Intent.SMALLTALK and not answer.citations


def test_a_day_asked_of_something_the_notice_dates_by_no_year_is_declined(assistant):
    # Task 29 says "每年召开政银企对接活动不低于5场" and no date; task 21 dates its target "到2025年" (the notice).
    assert not assistant.ask("政银企对接会具体哪一天举办").in_scope
    dated = assistant.ask("老旧小区改造哪一天完成")
    assert dated.in_scope and [c.task for c in dated.citations][:1] == [21]


def test_a_modal_before_the_searched_words_is_not_searched(assistant):
    # 试点 is printed in tasks 8, 15, 16 and 29 (the notice).
    answer = assistant.ask("哪几条提到需要开展试点")
    assert [c.task for c in answer.citations] == [8, 15, 16, 29]


def test_it_after_two_units_each_listed_is_asked_back_whatever_is_asked_of_its_tasks(assistant):
    answer = assistant.ask("它牵头的那几条责任单位都有谁", ["发改委和教育局分别牵头哪些"])
    assert answer.intent is Intent.CLARIFY and not answer.citations


@pytest.mark.parametrize(
    ("question", "history"),
    [("生态环境局牵头的几条任务，配合单位有哪些", []), ("它牵头的那几项配合单位都有哪些", ["生态环境局牵头哪几条"])],
)
def test_a_line_of_a_units_lead_tasks_is_that_line(assistant, question, history):
    # 市生态环境局 leads task 13 only; its 责任单位 are 市水务局 and 市住房建设局 (the notice).
    answer = assistant.ask(question, history)
    assert [c.task for c in answer.citations] == [13]
    assert "市水务局" in answer.answer and "市住房建设局" in answer.answer


def test_the_rest_of_a_list_after_one_of_its_tasks_was_looked_up(assistant):
    # 试点 is printed in tasks 8, 15, 16 and 29 (the notice); 15 was looked up, so the rest are 8, 16 and 29.
    answer = assistant.ask("其余几条各由谁牵头", ["哪些任务提到试点", "第15条由谁牵头"])
    assert [c.task for c in answer.citations] == [8, 16, 29] and "市金融办" in answer.answer


def test_the_rest_counted_after_a_units_lead_task_was_picked_out(assistant):
    # 市教育局 is on 4, 12, 17, 19, 20, 24, 26, 28 and leads 19 (the notice): 7 others.
    answer = assistant.ask("其余的都是配合吧，一共几条", ["教育局都参与了哪几项", "它牵头的是哪一条"])
    assert answer.count == 7 and [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]


def test_a_content_question_within_a_list_stays_within_the_list(assistant):
    # Tasks 31-34 name no units; task 32 says "市发展改革委要负责牵头做好任务分解" (the notice). Outside the list,
    # the unit's name pulls tasks that name 市发展改革委 on their units lines.
    answer = assistant.ask("其中哪条说发改委负责分解任务", ["哪几条没有写牵头单位"])
    assert [c.task for c in answer.citations][:1] == [32]


def test_which_of_a_units_tasks_it_leads_is_a_task_not_every_lead_line(assistant):
    # 市住房建设局 is on 18 tasks and leads 11, 16 and 21 (the notice).
    answer = assistant.ask("其中牵头的有哪几条", ["住建局参与了哪几项"])
    assert [c.task for c in answer.citations] == [11, 16, 21]


def test_a_unit_asked_of_the_rest_of_a_units_tasks(assistant):
    # The rest of 市住房建设局's tasks (less 11, 16, 21) that name 市水务局: 2, 9, 13 and 25 (the notice).
    answer = assistant.ask("剩下配合的里面哪些也有水务局", ["住建局参与了哪几项", "其中牵头的有哪几条"])
    assert [c.task for c in answer.citations] == [2, 9, 13, 25]


def test_a_unit_left_out_right_after_its_own_tasks_is_asked_of_the_whole_notice(assistant):
    # 各县人民政府 leads 29 tasks; task 4 (化隆县人民政府) and 31-34 (no units) are the others (the notice).
    answer = assistant.ask("哪几项不是各县政府牵头的", ["各县政府牵头几条"])
    assert [c.task for c in answer.citations] == [4, 31, 32, 33, 34]


def test_which_of_a_tasks_units_no_other_task_names(assistant):
    # Task 10's 牵头单位 are 市应急局 (task 10 only) and 各县人民政府 (tasks 1-30 but 4) (the notice).
    answer = assistant.ask("其中哪个别的任务里都没出现", ["第十项的牵头单位是哪几个"])
    assert [c.task for c in answer.citations] == [10] and "只在这一项出现的：市应急局" in answer.answer


def test_two_tasks_units_pooled_without_repeats_are_counted_once_each(assistant):
    # 责任单位 of 9: 发改委, 自然资源和规划局, 住房建设局, 生态环境局; of 15: 发改委, 工业信息化局, 自然资源和规划局,
    # 生态环境局, 卫生健康委 (the notice): 6 distinct, 3 in common.
    answer = assistant.ask("这两条配合单位合起来不重复的有几个", ["第九条由谁牵头", "那第十五条呢"])
    assert answer.count == 6 and sorted(c.task for c in answer.citations) == [9, 15]


@pytest.mark.parametrize(
    ("question", "other", "shared"),
    [
        # 责任单位 of 15: 发改委, 工信局, 自然资源和规划局, 生态环境局, 卫健委; task 16 names the first four
        # (the notice).
        ("其中哪几个在第16条也有", 16, "市发展改革委、市工业信息化局、市自然资源和规划局、市生态环境局"),
        # Task 21 (老旧小区) has 市发展改革委 and 市自然资源和规划局 on its 责任单位 line (the notice).
        ("其中哪些也是老旧小区那条的配合单位", 21, "市发展改革委、市自然资源和规划局"),
    ],
)
def test_which_of_a_tasks_units_another_task_names_too(assistant, question, other, shared):
    # The other task named by its number (any line) or by a word of its title (the line said there).
    answer = assistant.ask(question, ["第15条的配合单位有哪些"])
    assert sorted(c.task for c in answer.citations) == [15, other]
    assert f"也有的：{shared}。" in answer.answer


def test_the_other_tasks_every_unit_shown_is_on(assistant):
    # Task 18's 责任单位 are 市发展改革委 and 市财政局; both are also on 19, 20 and 29 (the notice).
    answer = assistant.ask("这几个单位共同参与的另外还有哪几条", ["第18条的责任单位是哪几家"])
    assert [c.task for c in answer.citations] == [19, 20, 29]


def test_a_unit_in_another_role_besides_the_task_shown(assistant):
    # Task 15 (垃圾) is led by 市城管局, a 责任单位 on 8, 12 and 16 (the notice).
    answer = assistant.ask("城管局除了这项以外，还在哪些任务里当配合单位", ["生活垃圾处理由谁牵头"])
    assert [c.task for c in answer.citations] == [8, 12, 16]


def test_a_unit_another_role_asked_with_where_before_the_role(assistant):
    # Task 17 is led by 市人力资源社会保障局, a 责任单位 on 4, 27 and 28 (the notice).
    answer = assistant.ask("人社局另外在哪几项里当配合", ["技能培训那条谁牵头"])
    assert [c.task for c in answer.citations] == [4, 27, 28]


def test_a_unit_on_none_of_the_tasks_shown_in_other_tasks_is_all_its_tasks_in_the_role(assistant):
    # Part 三 is 13-16, none naming 市民政局, which leads 20 and 22 (the notice).
    answer = assistant.ask("民政局在别的任务里当过牵头吗", ["第三部分包括哪几项"])
    assert [c.task for c in answer.citations] == [20, 22] and "除" not in answer.answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "history", "task"),
    [
        ("这部分第一项谁牵头", ["第五部分讲些什么"], 23),  # part 五 is 23-25
        ("第二部分排第二的是哪条", [], 8),  # part 二 is 7-12
        ("这部分里排第三的是哪项", ["第四部分讲的什么"], 19),  # part 四 is 17-22
    ],
)
def test_a_place_in_the_part_shown_or_named_counts_within_the_part(assistant, question, history, task):
    answer = assistant.ask(question, history)
    assert [c.task for c in answer.citations][:1] == [task]


def test_each_of_two_tasks_shown_gets_its_lead_line(assistant):
    # 市公安局 is on tasks 4 (led by 化隆县人民政府) and 28 (led by 市公安局 and 各县人民政府) (the notice).
    answer = assistant.ask("这俩分别由谁牵头", ["公安局都参与哪几项"])
    assert [c.task for c in answer.citations] == [4, 28] and "化隆县人民政府" in answer.answer


def test_who_else_is_on_a_units_one_task(assistant):
    # Task 10 names 市应急局 and 各县人民政府 (lead), 市自然资源和规划局, 市住房建设局, 市消防救援支队 (the notice).
    answer = assistant.ask("这一条另外还有谁参与", ["应急局参与的是哪一条"])
    first = answer.answer.splitlines()[0]
    assert [c.task for c in answer.citations] == [10] and "市消防救援支队" in first and "市应急局" not in first


def test_a_tasks_line_counted_then_the_other_line_asked(assistant):
    # Task 13 (市林草局's one lead task) is led by 3 units; its 责任单位 are 市水务局 and 市住房建设局 (the notice).
    counted = assistant.ask("这条牵头的总共几家", ["林草局牵头哪一项"])
    assert counted.count == 3 and [c.task for c in counted.citations] == [13]
    other = assistant.ask("那配合的都是哪些局", ["林草局牵头哪一项", "这条牵头的总共几家"])
    assert other.answer.startswith("第13项") and "市水务局、市住房建设局" in other.answer.splitlines()[0]


def test_two_units_shown_each_lead_and_the_back_ones_task_line(assistant):
    # Task 21's 责任单位: 市发展改革委 (leads 14) and 市自然资源和规划局 (leads 30); 30's 责任单位 is 市农业农村局.
    history = ["老旧小区改造配合单位有谁"]
    each = assistant.ask("这俩局各牵头哪几项", history)
    assert sorted(c.task for c in each.citations) == [14, 30]
    back = assistant.ask("后面那个局牵头的那项谁配合", [*history, "这俩局各牵头哪几项"])
    assert [c.task for c in back.citations] == [30] and "市农业农村局" in back.answer.splitlines()[0]


def test_a_figure_of_the_last_task_listed_is_that_tasks_figure(assistant):
    # 市住房建设局 leads 11, 16 and 21; task 21 "累计改造2万套" (the notice).
    answer = assistant.ask("最后那项要改造多少套", ["住建局牵头的有哪几项"])
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [21] and "2万套" in answer.answer


def test_a_unit_described_then_taken_up_by_it_is_that_unit(assistant):
    # 市水务局 leads task 9 only (the notice).
    answer = assistant.ask("管排水的那个水务局，它牵头哪条")
    assert [c.task for c in answer.citations] == [9]


def test_these_two_tasks_after_two_units_tasks_are_the_tasks(assistant):
    # 13 (林草局) and 10 (应急局): 责任单位 13 = 水务局, 住房建设局; 10 = 自然资源和规划局, 住房建设局, 消防救援支队.
    answer = assistant.ask("这俩任务的配合单位有没有重合", ["林草局牵头哪个任务", "那应急局的呢"])
    assert sorted(c.task for c in answer.citations) == [10, 13] and "市住房建设局" in answer.answer.splitlines()[0]


def test_back_to_the_first_question_asks_the_rest_of_it(assistant):
    # 2025年 is named in tasks 3, 12, 15, 16, 18, 20 and 21 (the notice).
    history = ["哪几项写到了2025年", "其中住建局牵头的有吗"]
    answer = assistant.ask("回到最开始那个问题，一共几条", history)
    assert answer.count == 7 and [c.task for c in answer.citations] == [3, 12, 15, 16, 18, 20, 21]


@pytest.mark.parametrize(
    ("question", "history", "count"),
    [
        # 责任单位 of 9: 发改委, 自然资源和规划局, 住房建设局, 生态环境局; of 15: 发改委, 工业信息化局,
        # 自然资源和规划局, 生态环境局, 卫生健康委 (the notice): 3 shared, 6 in all.
        ("第9项和第15项都有的配合单位有几个", [], 3),
        ("第9项和第15项的配合单位一共有几个", [], 6),
        ("这两条都有的配合单位有几个", ["第九条由谁牵头", "那第十五条呢"], 3),
    ],
)
def test_units_two_tasks_share_counted_apart_from_their_total(assistant, question, history, count):
    answer = assistant.ask(question, history)
    assert answer.count == count and sorted(c.task for c in answer.citations) == [9, 15]


def test_another_number_after_a_filter_by_a_number_keeps_the_filter(assistant):
    # Task 13 alone has three 牵头单位 (市生态环境局, 市林草局, 各县人民政府) (the notice).
    answer = assistant.ask("那有三个的呢", ["牵头单位只有一家的是哪几项"])
    assert [c.task for c in answer.citations] == [13]


def test_count_them_said_colloquially_counts_the_units_shown(assistant):
    # Task 25 names 8 责任单位 (the notice).
    answer = assistant.ask("数下有几个", ["第25条由谁配合"])
    assert answer.count == 8 and [c.task for c in answer.citations] == [25]


def test_a_unit_picked_from_the_units_shown_is_asked_about_alone(assistant):
    # Task 17's 责任单位 are 市教育局 and 市农业农村局; 市教育局 leads task 19 only (the notice).
    answer = assistant.ask("这里头的教育局自己牵头哪条", ["第17项的配合单位是谁"])
    assert [c.task for c in answer.citations] == [19]


def test_tasks_without_a_unit_said_with_no_verb_are_those_not_naming_it(assistant):
    # Part 三 is 13-16; 市住房建设局 is on 13, 14 and 16, not on 15 (the notice).
    answer = assistant.ask("第三部分里哪几条没住建局")
    assert [c.task for c in answer.citations] == [15]


def test_asking_whether_a_unit_takes_part_is_no_negation(assistant):
    # 市住房建设局 leads 11, 16 and 21 among its 18 tasks (the notice).
    answer = assistant.ask("有没有住建局参与的任务")
    assert 11 in [c.task for c in answer.citations]


def test_tasks_of_a_part_without_it_after_a_units_tasks(assistant):
    # 市市场监管局 is on tasks 1 and 12; of part 二 (7-12) it is on 12 only (the notice).
    answer = assistant.ask("第二部分里哪条没它", ["市场监管局都参与了哪几条"])
    assert [c.task for c in answer.citations] == [7, 8, 9, 10, 11]


def test_a_unit_pointed_at_and_named_is_the_unit_named(assistant):
    # 市财政局 (task 19's second 责任单位) is a 责任单位 on 18, 19, 20, 28 and 29 (the notice).
    answer = assistant.ask("后面那个财政局一共在几项里当配合", ["第19项的配合单位有哪些"])
    assert answer.count == 5 and [c.task for c in answer.citations] == [18, 19, 20, 28, 29]


def test_a_person_asked_of_the_unit_just_named_is_declined(assistant):
    answer = assistant.ask("这个局的局长叫什么", ["农业农村局在哪条任务里"])
    assert not answer.in_scope and not answer.citations


def test_a_city_body_by_its_level_is_no_misspelt_unit_name(assistant):
    # "市级局" is one character off the alias "市监局"; it names a level, not 市市场监管局.
    answer = assistant.ask("市级局牵头哪些任务")
    assert "市市场监管局" not in answer.answer
    follow = assistant.ask("那个市级局还牵头其他的吗", ["第11条由谁牵头"])
    assert "市市场监管局" not in follow.answer


def test_it_after_two_parts_asked_together_is_asked_back_offering_each_part(assistant):
    answer = assistant.ask("那它的第一条讲啥", ["第三部分和第四部分分别几条"])
    assert answer.intent is Intent.CLARIFY and not answer.citations
    assert answer.suggestions == ("第三部分第一条讲啥", "第四部分第一条讲啥")


def test_it_in_other_tasks_in_a_role_after_a_units_task(assistant):
    # 市公安局 leads task 28 and is a 责任单位 on task 4 only (the notice).
    answer = assistant.ask("它在别的任务里也当过配合单位吗", ["公安局牵头哪一项"])
    assert [c.task for c in answer.citations] == [4]


def test_whether_the_two_tasks_just_looked_at_have_the_same_line(assistant):
    # Tasks 23 and 24 are both led by 市文体旅游广电局 and 各县人民政府 (the notice).
    answer = assistant.ask("这两项的牵头单位是不是一模一样", ["第23项谁牵头", "第24项呢"])
    assert [c.task for c in answer.citations] == [23, 24]
    assert "完全相同，都是：市文体旅游广电局、各县人民政府" in answer.answer


@pytest.mark.parametrize("question", ["医院叫什么名字", "想给孩子报名上幼儿园，去哪里报名"])
def test_a_name_or_a_counter_procedure_is_declined(assistant, question):
    # The notice counts hospitals and schools and names no procedure for one person.
    answer = assistant.ask(question)
    assert not answer.in_scope and not answer.citations


def test_a_county_the_notice_never_names_is_another_place(assistant):
    # 祁连县 is a county of Qinghai outside 海东; the notice names 互助, 民和, 化隆 and 循化 only.
    answer = assistant.ask("祁连县城的污水谁负责")
    assert not answer.in_scope and "祁连县" in answer.answer


def test_words_before_qu_that_name_no_place_are_no_other_place(assistant):
    # 老旧小区 are task 21's subject ("推进老旧小区改造"): 老小区 is no district.
    answer = assistant.ask("老小区改造归哪个部门牵头")
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [21]


def test_a_share_asked_with_no_subject_is_asked_back(assistant):
    # Percentages are set in tasks 3, 4, 8, 12, 14, 15, 17 and 20 (e.g. 90% of new vehicles in task 14).
    answer = assistant.ask("比例的要求有多少")
    assert answer.intent is Intent.CLARIFY and not answer.citations
    assert answer.answer.startswith("通知里有8项任务写到“比例”的数字")


@pytest.mark.parametrize("question", ["它在第几部分里", "其余的呢"])
def test_a_first_message_opening_with_a_reference_back_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_another_unit_with_its_own_question_after_small_talk_is_that_question(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (the notice); the turn before showed nothing to refer to.
    answer = assistant.ask("好吧，那住建局一共牵头几条", ["你好"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [11, 16, 21]


def test_one_more_question_announced_in_front_is_no_follow_up(assistant):
    # 市残联 is on task 22 only, as a responsible unit (the notice).
    answer = assistant.ask("再问一下，残联在哪项里", ["谢谢"])
    assert [c.task for c in answer.citations] == [22]


def test_two_counties_figures_each_in_its_own_sentence_are_both_quoted(assistant):
    # Task 5: "化隆县…产值达到15亿元。循化县…产值达到15亿元。" (the notice), one sentence per county.
    answer = assistant.ask("化隆和循化的产值目标各是多少")
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [5]
    assert answer.answer.count("产值达到15亿元") == 2


def test_which_counties_after_a_figure_are_those_its_sentence_names(assistant):
    # Task 22: "化隆县和民和县建设城乡殡仪服务站点17个，互助县改造1个" (the notice).
    answer = assistant.ask("具体是哪些县", ["殡仪服务站点一共要建几个"])
    assert [c.task for c in answer.citations] == [22]
    assert answer.answer.startswith("第22项「优化社会福利设施」点名的县：化隆县、民和县、互助县。")


def test_the_counties_left_after_two_are_asked_the_same_question(assistant):
    # Task 5 sets 民和 70亿元, 互助 30亿元, 化隆 and 循化 15亿元 each (the notice).
    answer = assistant.ask("其余两个县呢", ["特色产业集群里民和的产值定了多少", "互助县又是多少"])
    assert [c.task for c in answer.citations] == [5]
    assert "化隆县" in answer.answer and "循化县" in answer.answer and "70亿元" not in answer.answer


def test_which_one_mentions_a_word_right_after_a_list_keeps_to_the_tasks_listed(assistant):
    # 市交通运输局 leads tasks 7 and 8; only task 7 prints "G109" (the notice).
    answer = assistant.ask("哪一个写到了G109", ["交通局牵头的都有哪几条"])
    assert [c.task for c in answer.citations] == [7]


def test_another_task_by_its_title_after_a_content_answer_asks_the_same_line(assistant):
    # Task 18 (增强医疗服务能力) cites a related task after its own; task 19 (扩大教育资源供给) is led by 市教育局 and
    # 各县人民政府 (the notice).
    answer = assistant.ask("那教育那一条呢", ["看病那块谁牵头"])
    assert [c.task for c in answer.citations] == [19]
    assert "市教育局、各县人民政府" in answer.answer.splitlines()[0]


def test_two_lists_added_count_each_task_once(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21; 市水务局 leads task 9 (the notice): four tasks together.
    answer = assistant.ask("两个合起来一共几项", ["住建局都牵头了啥", "水务局都牵头了啥"])
    assert answer.count == 4 and [c.task for c in answer.citations] == [9, 11, 16, 21]


@pytest.mark.parametrize("question", ["那它们的配合单位呢", "配合单位呢，合在一起说"])
def test_the_other_line_after_each_task_s_lead_line_is_that_line_of_each(assistant, question):
    # Part 五 is tasks 23 and 24; their 责任单位 together: 市住房建设局、市自然资源和规划局、市发展改革委 (23) and
    # 市住房建设局、市发展改革委、市教育局 (24) (the notice).
    answer = assistant.ask(question, ["第五部分包括哪些任务", "它们各由谁牵头"])
    assert [c.task for c in answer.citations] == [23, 24]
    assert (
        answer.answer.splitlines()[0]
        == "第23项、第24项的责任单位：市住房建设局、市自然资源和规划局、市发展改革委、市教育局。"
    )


def test_which_task_asked_without_a_pronoun_after_a_figure_is_the_task_quoted(assistant):
    # Task 10 sets 800m2 per emergency store (the notice).
    answer = assistant.ask("出自哪条任务", ["储备库每个要扩建多大"])
    assert [c.task for c in answer.citations] == [10]


def test_another_county_s_figure_asked_by_ellipsis_is_declined_where_only_one_county_has_it(assistant):
    # Task 4 (led by 化隆县人民政府) sets the 40% urbanisation rate for 化隆 only; no other county's is given.
    answer = assistant.ask("那民和县的城镇化率呢", ["化隆县城镇化率要达到多少"])
    assert not answer.in_scope and "民和县" in answer.answer


@pytest.mark.parametrize(("question", "tasks"), [("那它牵头的有哪些", [11, 16, 21]), ("它一共参与几项", None)])
def test_it_after_a_unit_named_alone_and_asked_back_is_that_unit(assistant, question, tasks):
    # 市住房建设局 leads tasks 11, 16 and 21 and is on 18 tasks in all (3 lead + 15 responsible; the notice).
    answer = assistant.ask(question, ["住房建设局"])
    assert answer.intent is not Intent.CLARIFY
    if tasks is not None:
        assert [c.task for c in answer.citations] == tasks
    else:
        assert answer.count == 18


def test_which_tasks_after_the_part_with_fewest_are_that_part_s_tasks(assistant):
    # Part 五 has the fewest tasks: 23 and 24 (the notice).
    answer = assistant.ask("都有哪几条", ["哪个部分任务数最少"])
    assert answer.count == 2 and [c.task for c in answer.citations] == [23, 24]


def test_each_one_s_name_after_a_list_lists_the_tasks_shown(assistant):
    # Tasks 1, 2, 25 and 26 are led by 各县人民政府 alone (the notice).
    answer = assistant.ask("分别叫什么名", ["哪些任务只有各县人民政府牵头"])
    assert [c.task for c in answer.citations] == [1, 2, 25, 26]


def test_a_line_asked_after_a_unit_s_one_task_was_shown_by_title_is_that_task_s_line(assistant):
    # 市乡村振兴局 leads task 27 alone among its tasks; its 责任单位: 市人力资源社会保障局、市民政局、市发展改革委.
    answer = assistant.ask("那责任单位都是谁", ["乡村振兴局都参与了哪些", "它牵头的是哪一条"])
    assert [c.task for c in answer.citations] == [27]
    assert "市人力资源社会保障局、市民政局、市发展改革委" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", ["牵头单位这一栏只写了各县人民政府的是哪些", "哪几条只写了各县人民政府牵头"])
def test_a_lead_line_said_to_hold_one_unit_only_is_that_filter(assistant, question):
    # Tasks 1, 2, 25 and 26 list 各县人民政府 alone as lead unit (the notice).
    answer = assistant.ask(question)
    assert answer.count == 4 and [c.task for c in answer.citations] == [1, 2, 25, 26]


def test_a_filter_after_each_task_s_lead_line_keeps_to_those_tasks(assistant):
    # Part 六 is tasks 25-27; only task 27 has a city department (市乡村振兴局) among its leads (the notice).
    answer = assistant.ask("哪一条有市里的部门参与牵头", ["第六部分包括哪几条", "它们分别谁牵头"])
    assert [c.task for c in answer.citations] == [27]


def test_a_unit_s_other_task_in_a_role_after_one_was_shown(assistant):
    # 市民政局 leads tasks 20 and 22 (the notice); 22 was shown.
    answer = assistant.ask("民政局牵头的另外一项呢", ["第二十二项由谁牵头"])
    assert [c.task for c in answer.citations] == [20]


def test_the_tasks_two_lists_share(assistant):
    # Part 二 is tasks 7-12; 市城管局 is on tasks 8, 12, 15 and 16 (the notice): 8 and 12 are in both.
    answer = assistant.ask("两者重合的有哪些", ["第二部分包括什么", "城管局都参与了哪几条"])
    assert [c.task for c in answer.citations] == [8, 12]


def test_a_figure_one_task_gives_county_by_county_asked_with_no_county_is_asked_back(assistant):
    # Task 5 gives 产值 for 互助 (30亿元), 化隆 and 循化 (15亿元 each) and 民和 (70亿元), a sentence for each.
    answer = assistant.ask("产值定了多少")
    assert answer.intent is Intent.CLARIFY and not answer.citations
    assert answer.suggestions == (
        "互助县的产值定了多少",
        "化隆县的产值定了多少",
        "循化县的产值定了多少",
        "民和县的产值定了多少",
    )


def test_it_right_after_two_counties_were_named_is_asked_back(assistant):
    answer = assistant.ask("它重点发展什么", ["互助和民和的产值目标各多少"])
    assert answer.intent is Intent.CLARIFY and answer.suggestions == ("互助县重点发展什么", "民和县重点发展什么")


def test_two_counties_figures_compared_for_sameness(assistant):
    # Task 5: 化隆县 and 循化县 both 15亿元, 互助县 30亿元 (the notice).
    same = assistant.ask("化隆和循化的一样吗", ["特色产业集群里民和的产值定了多少"])
    differ = assistant.ask("互助和循化的是不是一样", ["特色产业集群里民和的产值定了多少"])
    assert same.answer.startswith("一样：化隆县15亿元、循化县15亿元。")
    assert differ.answer.startswith("不一样：互助县30亿元、循化县15亿元。")


def test_a_part_named_within_the_list_shown_is_the_listed_tasks_in_it(assistant):
    # 市发展改革委 is on no line of tasks 5, 10, 13, 17, 26, 28, 30 and 31-34; only 13 is in part 三 (13-16).
    answer = assistant.ask("其中第三部分那项由谁牵头", ["发改委没参与的任务有哪些"])
    assert [c.task for c in answer.citations] == [13]


def test_the_first_one_s_line_after_a_unit_s_one_task_is_that_task_s_line(assistant):
    # 市农业农村局 leads task 3 only; its 责任单位: 市发展改革委、市工业信息化局、市自然资源和规划局、市商务局
    # (the notice).
    answer = assistant.ask("头一个的配合单位有哪些", ["农业农村局牵头的是哪些任务"])
    assert [c.task for c in answer.citations] == [3]
    assert answer.answer.splitlines()[0].endswith("市发展改革委、市工业信息化局、市自然资源和规划局、市商务局。")


def test_two_units_each_counted_give_each_unit_s_own_count(assistant):
    # 市商务局 leads task 6 alone; 市民政局 leads 20 and 22: a count per unit, not asked back.
    answer = assistant.ask("商务局和民政局各牵头几项")
    assert answer.count is None and [c.task for c in answer.citations] == [6, 20, 22]
    assert [line.split("：")[0] for line in answer.answer.splitlines()] == ["市商务局牵头1项", "市民政局牵头2项"]


def test_two_units_each_counted_with_fuze_count_either_line(assistant):
    # 负责 is either line: 市卫生健康委 is on 4, 12, 15, 18, 20, 26; 市教育局 on 4, 12, 17, 19, 20, 24, 26, 28.
    answer = assistant.ask("卫健委、教育局分别负责多少条任务")
    assert [line.split("：")[0] for line in answer.answer.splitlines()] == ["市卫生健康委参与6项", "市教育局参与8项"]


def test_a_figure_of_streets_the_notice_does_not_give_is_declined_not_the_task_count(assistant):
    # Task 6 names 农贸市场 改造或迁建新建 with no number: no figure to give, and 34 would be a wrong answer.
    answer = assistant.ask("农贸市场要新建多少条")
    assert not answer.in_scope and answer.count is None


def test_which_one_after_a_count_of_one_lists_the_task_counted(assistant):
    # 市林草局 leads task 13 alone (with 市生态环境局 and 各县人民政府).
    answer = assistant.ask("是哪个", ["林草局一共牵头几个"])
    assert [c.task for c in answer.citations] == [13]


def test_two_parts_said_first_are_the_parts_of_the_last_two_answers(assistant):
    # Parts 四 (17-22) and 五 (23-24): 市教育局 is on 17, 19, 20 and 24.
    answer = assistant.ask("两部分合起来教育局参与的有几项", ["第四部分共有多少项", "那第五部分有多少项"])
    assert answer.count == 4 and [c.task for c in answer.citations] == [17, 19, 20, 24]


def test_that_unit_after_the_tasks_with_one_unit_on_a_line_is_that_unit(assistant):
    # Only task 30 has one 责任单位, 市农业农村局, which leads task 3.
    answer = assistant.ask("那个单位一共牵头了几项", ["哪些任务的配合单位只有一家"])
    assert answer.count == 1 and [c.task for c in answer.citations] == [3]


def test_a_task_written_renwu_and_its_number_is_that_task_in_a_follow_up(assistant):
    # Task 7 has two lead units, task 2 one: the last two answers compared.
    answer = assistant.ask("哪个多", ["任务7有几个牵头单位", "那任务2的呢"])
    assert answer.answer.startswith("在第7项、第2项中") and [c.task for c in answer.citations] == [7]


def test_a_town_the_notice_never_names_is_declined(assistant):
    answer = assistant.ask("城关镇有哪些任务")
    assert not answer.in_scope and "城关镇" in answer.answer


@pytest.mark.parametrize("question", ["积石镇有什么安排", "特色小镇谁牵头", "城里乡下的垃圾谁管"])
def test_a_town_the_notice_names_or_a_word_ending_in_zhen_or_xiang_is_answered(assistant, question):
    # 积石镇 is in task 6; 小镇 and 乡下 are words, not towns.
    assert assistant.ask(question).in_scope


def test_a_unit_checked_on_the_lead_line_said_first_is_a_yes_with_the_other_lead_units(assistant):
    # Task 15 is led by 市城管局 and 各县人民政府.
    answer = assistant.ask("牵头是城管局吗，还有谁", ["垃圾处理那条"])
    assert answer.intent is Intent.LEAD
    assert answer.answer.startswith("是的，第15项「提升垃圾收集处理能力」的牵头单位：市城管局、各县人民政府。")


def test_a_unit_checked_on_the_responsible_line_said_first_is_answered_on_that_line(assistant):
    # 市财政局 is on neither line of task 15.
    answer = assistant.ask("配合单位是不是财政局", ["垃圾处理那条"])
    assert answer.intent is Intent.RESPONSIBLE and answer.answer.startswith("不是。第15项")


def test_tasks_a_unit_has_nothing_to_do_with_are_those_it_is_on_no_line_of(assistant):
    # 市水务局 is on tasks 2, 9, 11, 13, 16 and 25: the other 28 (31-34 list no units).
    answer = assistant.ask("哪些任务跟水务局无关")
    assert answer.count == 28 and 9 not in [c.task for c in answer.citations]


def test_a_bare_number_before_a_line_is_that_task(assistant):
    answer = assistant.ask("我要9的牵头单位")
    assert answer.intent is Intent.LEAD and [c.task for c in answer.citations] == [9]


@pytest.mark.parametrize("question", ["其中有几个是市直部门", "其中市直部门一共几个"])
def test_city_departments_among_a_part_s_lead_units_are_counted(assistant, question):
    # Part 三 (13-16) is led by 市生态环境局, 市林草局, 市发展改革委, 市城管局, 市住房建设局 and 各县人民政府: five.
    answer = assistant.ask(question, ["第三部分都是谁牵头"])
    assert answer.count == 5 and "市生态环境局、市林草局、市发展改革委、市城管局、市住房建设局。" in answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [("新建一个养老院补多少", "补贴"), ("这个方案怎么评分", "考核办法"), ("通知的签发人是谁", "人员")],
)
def test_a_subsidy_a_scoring_rule_or_a_signer_is_declined(assistant, question, said):
    answer = assistant.ask(question)
    assert not answer.in_scope and said in answer.answer


def test_an_english_length_of_expressway_is_a_figure_the_notice_does_not_give(assistant):
    assert not assistant.ask("How many kilometers of expressway are planned?").in_scope


def test_both_lines_listed_after_a_task_found_by_its_topic_are_that_task_s(assistant):
    # 天然气 is in task 11 (led by 市住房建设局 and 各县人民政府).
    answer = assistant.ask("牵头和配合的单位全部列出来", ["天然气那条是第几条"])
    assert [c.task for c in answer.citations] == [11] and "牵头单位：市住房建设局、各县人民政府" in answer.answer


def test_a_list_asked_with_let_me_see_after_a_count_lists_what_was_counted(assistant):
    # 市城管局 is a responsible unit of tasks 8, 12 and 16.
    answer = assistant.ask("都列出来给我看看", ["城管局当配合单位的有几条"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [8, 12, 16]


@pytest.mark.parametrize(
    ("request_", "tasks"), [("把牵头的都列出来", [9]), ("除了牵头的，所有参与的全列一下", [2, 9, 11, 13, 16, 25])]
)
def test_a_role_said_before_a_list_request_lists_the_unit_s_tasks_in_that_role(assistant, request_, tasks):
    # 市水务局 leads task 9 and is a responsible unit of 2, 11, 13, 16 and 25.
    answer = assistant.ask(request_, ["水务局参与的一共几条"])
    assert [c.task for c in answer.citations] == tasks


def test_these_units_of_a_line_listed_after_the_task_with_the_most_is_that_line(assistant):
    # Task 4 has the most 责任单位 (12).
    answer = assistant.ask("把这几个配合的列一下", ["哪项的责任单位数量最多"])
    assert answer.intent is Intent.RESPONSIBLE and [c.task for c in answer.citations] == [4]


def test_a_forecast_of_the_plan_with_a_word_of_praise_is_declined_as_an_opinion(assistant):
    answer = assistant.ask("你觉得这方案能落实吗")
    assert not answer.in_scope and "不对方案作评价" in answer.answer


@pytest.mark.parametrize("question", ["互助哪几个村要建客运站", "互助东沟镇有什么任务"])
def test_villages_asked_for_and_a_town_after_its_county_are_declined(assistant, question):
    # Task 8 plans 客运站 without naming a village; no task names 东沟镇.
    assert not assistant.ask(question).in_scope


def test_the_second_said_alone_after_a_superlative_is_the_next_rank(assistant):
    # The rank below the top lead unit, whichever the table makes it.
    first = assistant.ask("哪个单位牵头的任务最多呀")
    second = assistant.ask("第二名是谁", ["哪个单位牵头的任务最多呀"])
    assert second.intent is Intent.QUERY and second.answer != first.answer and "第二多" in second.answer


def test_the_second_said_alone_after_a_list_is_the_second_task_listed(assistant):
    # Part 三 lists tasks 13-16: the second is 14.
    answer = assistant.ask("第二的呀", ["第三部分都包括哪几项任务"])
    assert [c.task for c in answer.citations] == [14]


def test_only_one_asked_after_the_task_with_fewest_units_on_a_line_is_that_line(assistant):
    # Task 30 has the fewest 责任单位: 市农业农村局 alone.
    answer = assistant.ask("只有一个吗，是谁", ["配合单位最少的任务是哪条"])
    assert answer.answer.startswith("是的，只有1个。第30项") and "市农业农村局" in answer.answer


def test_the_city_departments_on_a_line_are_listed_each_once(assistant):
    answer = assistant.ask("市里配合的部门都有哪些")
    assert answer.count is not None and "各县人民政府" not in answer.answer.split("：", 1)[1].split("。")[0]


def test_a_unit_named_in_the_text_of_a_part_that_lists_no_units_is_found_by_its_text(assistant):
    # Part 八 (31-34) lists no units; task 32's text names 市发展改革委.
    answer = assistant.ask("里面哪一条点了发改委的名", ["第八部分讲了哪些"])
    assert [c.task for c in answer.citations] == [32]


def test_city_departments_among_one_task_s_line_leave_out_firms(assistant):
    # Task 8's 责任单位: 市发展改革委、市自然资源和规划局、市住房建设局、市城管局、海东城投公司 (a firm).
    answer = assistant.ask("这里头几个是市里的局", ["第8项配合单位都是谁"])
    assert answer.count == 4 and "海东城投公司" not in answer.answer.splitlines()[0].split("：", 1)[1]


def test_an_office_holder_s_name_asked_is_declined_not_small_talk(assistant):
    answer = assistant.ask("他们行长叫啥名字", ["人行海东中心支行在第几条"])
    assert not answer.in_scope and answer.intent is not Intent.SMALLTALK


def test_i_am_asking_about_a_line_is_a_correction_not_an_introduction(assistant):
    # Task 14's 责任单位: 市工业信息化局、市住房建设局、市交通运输局.
    answer = assistant.ask("我是问配合单位", ["第14条由谁牵头"])
    assert answer.intent is Intent.RESPONSIBLE and [c.task for c in answer.citations] == [14]


@pytest.mark.parametrize("follow_up", ["具体哪几条", "是哪些任务呢"])
def test_which_ones_after_a_count_by_year_lists_the_tasks_counted(assistant, follow_up):
    # 2025年 is named in tasks 3, 12, 15, 16, 18, 20 and 21 (not all 34).
    answer = assistant.ask(follow_up, ["写到2025年的任务有几个"])
    assert answer.count == 7 and [c.task for c in answer.citations] == [3, 12, 15, 16, 18, 20, 21]


def test_another_part_said_alone_asks_the_last_question_of_that_part(assistant):
    # Part 七 is tasks 28–30, led by 市公安局, 市金融办 and 市自然资源和规划局, each with 各县人民政府.
    answer = assistant.ask("那第七部分的呢", ["第五部分的牵头单位有哪些"])
    assert [c.task for c in answer.citations] == [28, 29, 30]
    assert "牵头单位" in answer.answer and "市金融办" in answer.answer and "第23项" not in answer.answer


def test_another_part_keeps_the_unit_and_role_asked_before(assistant):
    # 市交通运输局 leads tasks 7 and 8 (part 二); in part 六 it is only responsible (task 25), so it leads none there
    # and the answer says where it takes part instead.
    answer = assistant.ask("那第六部分里呢", ["第二部分里交通运输局牵头的有哪些"])
    assert answer.count == 0 and [c.task for c in answer.citations] == [25]
    assert "提高县城辐射带动能力" in answer.answer and "没有牵头" in answer.answer


def test_the_tasks_with_a_line_written_after_those_without(assistant):
    # Tasks 31–34 list no units; the other 30 all list 责任单位.
    answer = assistant.ask("写了的有几条", ["哪些任务没列责任单位"])
    assert answer.count == 30 and [c.task for c in answer.citations] == list(range(1, 31))


def test_the_last_time_a_unit_takes_part_is_its_last_task(assistant):
    # 市民政局 is on tasks 4, 6, 12, 20, 22, 26 and 27; the last of them is 27.
    answer = assistant.ask("最后一次是哪项", ["市民政局一共参与几项任务"])
    assert [c.task for c in answer.citations][:1] == [27]


def test_the_units_a_count_filter_counted_are_named(assistant):
    # Only task 13 names three lead units: 市生态环境局, 市林草局 and 各县人民政府.
    answer = assistant.ask("三个分别是谁", ["牵头单位是三个的有几项"])
    assert [c.task for c in answer.citations] == [13]
    assert "市生态环境局、市林草局、各县人民政府" in answer.answer.splitlines()[0]


def test_a_request_made_for_the_boss_is_read_without_the_boss(assistant):
    # 市交通运输局 leads tasks 7 and 8; "领导" is who asked, not a unit or a word of the task.
    answer = assistant.ask("领导让我查一下交通运输局牵头的任务")
    assert [c.task for c in answer.citations] == [7, 8]


def test_a_part_put_right_asks_the_last_question_of_that_part(assistant):
    # The third task of part 三 (tasks 13–16) is task 15, led by 市城管局 and 各县人民政府.
    answer = assistant.ask("搞错了，不是第二部分，是第三部分", ["第二部分第三条谁牵头"])
    assert [c.task for c in answer.citations] == [15]
    assert "市城管局" in answer.answer.splitlines()[0]


def test_a_unit_put_right_by_another_name_asks_the_last_question_of_that_unit(assistant):
    # 住建局 is 市住房建设局 in the last question; 市残联 is responsible on task 22 alone.
    answer = assistant.ask("口误，不是住建局是残联", ["市住房建设局当配合单位的任务有几条"])
    assert answer.count == 1 and [c.task for c in answer.citations] == [22]


def test_a_remark_on_work_before_the_question_is_left_out(assistant):
    # 市水务局 leads task 9 alone; the meeting and 县里 in front ask nothing.
    answer = assistant.ask("后天县里开调度会，水务局牵头的是哪几项")
    assert [c.task for c in answer.citations] == [9]


def test_its_line_after_a_task_picked_by_its_place_in_a_part(assistant):
    # Part 五 is tasks 23 and 24; its second is 24, whose 责任单位 are 市住房建设局, 市发展改革委 and 市教育局.
    answer = assistant.ask("该项的责任单位是哪些", ["第五部分第二项是啥"])
    assert [c.task for c in answer.citations] == [24]
    assert "市住房建设局、市发展改革委、市教育局" in answer.answer.splitlines()[0]


def test_another_place_said_alone_stays_in_the_part_asked_before(assistant):
    # Part 七 is tasks 28–30: its second is 29, its third 30, led by 市自然资源和规划局 and 各县人民政府.
    answer = assistant.ask("那第三项呢", ["第七部分第二项谁牵头"])
    assert [c.task for c in answer.citations] == [30]
    assert "市自然资源和规划局" in answer.answer.splitlines()[0]


def test_another_place_beyond_the_part_is_the_notice_s_task(assistant):
    # Part 五 has two tasks (23, 24), so a fourth is no place in it: task 4, led by 化隆县人民政府.
    answer = assistant.ask("那第四项呢", ["第五部分第二项谁牵头"])
    assert [c.task for c in answer.citations] == [4]


def test_what_one_of_two_tasks_compared_has_more_is_against_the_other(assistant):
    # Task 16's 责任单位 beyond task 9's (发改委, 自然资源和规划局, 住建局, 生态环境局): 工信局, 水务局 and 城管局.
    answer = assistant.ask("16多出来的是哪些", ["第9项和第16项的责任单位有啥不同"])
    assert answer.answer.splitlines()[0] == "第16项有、第9项没有的责任单位：市工业信息化局、市水务局、市城管局。"


def test_two_tasks_with_the_same_line_are_said_to_be_the_same(assistant):
    # Tasks 18 and 19 both list 市发展改革委 and 市财政局 as 责任单位.
    answer = assistant.ask("这两个有区别吗", ["第18项的配合单位", "第19项的呢"])
    assert (
        answer.answer.splitlines()[0]
        == "第18项、第19项的责任单位完全相同，都是：市发展改革委、市财政局，没有不一样的。"
    )


def test_it_after_a_unit_checked_on_a_topic_is_that_unit(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21 (老旧小区改造); beyond 21: 11 and 16.
    answer = assistant.ask("它另外还牵头什么", ["住建局是老旧小区那条的牵头单位吧"])
    assert [c.task for c in answer.citations] == [11, 16]


def test_more_after_a_unit_checked_on_a_topic_is_its_other_tasks_in_that_role(assistant):
    # 市交通运输局 leads tasks 7 and 8 (交通基础设施); beyond 8: task 7.
    answer = assistant.ask("还有别的没有", ["交通运输局牵头交通基础设施那条"])
    assert [c.task for c in answer.citations] == [7]


def test_more_after_a_word_found_in_a_task_is_the_other_tasks_with_the_word(assistant):
    # 充电 is in tasks 8 and 14; the answer was task 8, so 14 is the other.
    answer = assistant.ask("另外还有吗", ["提到充电的是交通基础设施那条吧"])
    assert [c.task for c in answer.citations] == [14]


def test_other_places_mentioning_a_word_named_again(assistant):
    # 非遗 is in tasks 2 and 23 (人文县城).
    answer = assistant.ask("还有别的地方提到非遗吗", ["讲非遗的是人文县城那条"])
    assert [c.task for c in answer.citations] == [2]


def test_each_unit_s_tasks_in_the_responsible_role_are_listed_in_that_role(assistant):
    # 市水务局 is on the 责任单位 line of tasks 2, 11, 13, 16 and 25 (it leads 9, which is left out).
    answer = assistant.ask("住建局和水务局分别配合哪些任务")
    assert "市水务局作为责任单位参与5项" in answer.answer and "第9项" not in answer.answer


def test_both_of_the_two_units_just_named_share_the_tasks_in_the_role_said(assistant):
    # 责任单位 lines with both 市住房建设局 and 市水务局: tasks 2, 13 and 25.
    answer = assistant.ask("这俩都配合的任务有哪些", ["住建局和水务局分别配合哪些任务"])
    assert [c.task for c in answer.citations] == [2, 13, 25]


def test_both_of_the_two_tasks_just_shown_share_the_units_on_the_line_said(assistant):
    # Task 21 (老旧小区) lists 市发展改革委 and 市自然资源和规划局; task 16 (污水) lists both among its six.
    answer = assistant.ask("两个都有的配合单位", ["老旧小区和污水处理分别谁配合"])
    assert "都有的责任单位：市发展改革委、市自然资源和规划局。" in answer.answer.splitlines()[0]


def test_which_of_two_tasks_named_has_fewer_units_on_a_line(assistant):
    # Task 18 lists 2 责任单位 (发改委, 财政局), task 4 lists 12.
    answer = assistant.ask("第18项和第4项哪个责任单位少")
    assert [c.task for c in answer.citations] == [18] and answer.count == 2


def test_which_of_the_two_tasks_just_shown_has_more_units_on_a_line(assistant):
    # Task 9 is led by 市水务局 and 各县人民政府, task 10 by 市应急局 and 各县人民政府: two each, a tie.
    answer = assistant.ask("哪项的牵头单位更多", ["第9条和第10条说的啥"])
    assert {c.task for c in answer.citations} == {9, 10} and answer.count == 2


def test_a_unit_put_right_alone_replaces_the_one_unit_of_the_last_question(assistant):
    # 市残联 is on the 责任单位 line of task 22 alone.
    answer = assistant.ask("不，是残联", ["财政局当配合单位的任务都有哪些"])
    assert [c.task for c in answer.citations] == [22]


def test_a_part_put_right_alone_replaces_the_part_of_the_last_question(assistant):
    # The first task of part 七 is task 28, led by 市公安局 and 各县人民政府.
    answer = assistant.ask("不对，是第七部分", ["第三部分第一条谁牵头"])
    assert [c.task for c in answer.citations] == [28]
    assert "市公安局" in answer.answer.splitlines()[0]


def test_back_to_a_unit_asks_the_rest_right_after_the_turn_that_named_it(assistant):
    # 市水务局 is responsible on tasks 2, 11, 13, 16 and 25; the last of them is 25.
    answer = assistant.ask("回头说水务局，它配合的最后一个是啥", ["水务局当配合单位的任务", "那换成林草局看看"])
    assert [c.task for c in answer.citations][:1] == [25]


def test_back_to_a_unit_no_turn_named_puts_the_unit_for_it(assistant):
    # 市残联 is only on task 22's 责任单位 line; no earlier turn named it.
    answer = assistant.ask("说回残联，它配合的是哪些", ["第一部分都有哪些任务呢"])
    assert [c.task for c in answer.citations] == [22]


def test_the_other_line_asked_with_a_remark_around_it_is_that_task_s_line(assistant):
    # Task 21 (老旧小区改造) lists 市发展改革委 and 市自然资源和规划局 as 责任单位.
    answer = assistant.ask("配合的单位估计不少吧，都有哪些", ["推进老旧小区改造那条谁牵头"])
    assert [c.task for c in answer.citations] == [21]
    assert "市发展改革委、市自然资源和规划局" in answer.answer.splitlines()[0]


def test_the_middle_one_of_a_task_s_three_units_is_the_second(assistant):
    # Task 10's 责任单位: 市自然资源和规划局, 市住房建设局, 市消防救援支队; the middle one is 市住房建设局.
    answer = assistant.ask("中间那个还参与别的任务吗", ["第10项的配合单位"])
    assert "市住房建设局" in answer.answer.splitlines()[0] and 10 not in [c.task for c in answer.citations]


def test_back_to_a_task_asks_the_rest_right_after_the_turn_that_named_it(assistant):
    # Task 12's 责任单位 include 市政务服务监管局, which no other task names.
    answer = assistant.ask("再问回第12条，配合单位都有谁", ["第12项由谁牵头", "第13条呢"])
    assert [c.task for c in answer.citations] == [12]
    assert "市政务服务监管局" in answer.answer.splitlines()[0]


def test_a_unit_put_right_with_that_task_said_after_it(assistant):
    # 市城管局 leads task 15, whose 责任单位 end with 市卫生健康委.
    answer = assistant.ask("不是水务局，是城管局那条", ["水务局牵头的任务谁配合"])
    assert [c.task for c in answer.citations][:1] == [15]
    assert "市卫生健康委" in answer.answer.splitlines()[0]


def test_the_other_line_of_a_unit_s_tasks_asked_with_who(assistant):
    # 市应急局 leads task 10 alone; its 责任单位: 市自然资源和规划局, 市住房建设局, 市消防救援支队.
    answer = assistant.ask("应急局牵头的任务谁配合")
    assert [c.task for c in answer.citations] == [10]
    assert "市自然资源和规划局、市住房建设局、市消防救援支队" in answer.answer.splitlines()[0]


def test_a_county_the_task_shown_speaks_of_is_asked_of_that_task(assistant):
    # Task 1's sentence on 循化县 ends "全力打造清真食品民族用品出口加工基地…".
    answer = assistant.ask("循化县那边呢，打造什么基地", ["第1项由谁牵头"])
    assert [c.task for c in answer.citations] == [1]
    assert "清真食品民族用品出口加工基地" in answer.answer


def test_a_county_asked_with_another_task_s_topic_leaves_the_task_shown(assistant):
    # 铝镁 is task 5's wording (民和县's 铝/镁 基地, 产值达到70亿元); task 1 does not use it.
    answer = assistant.ask("民和县铝镁加工产值多少", ["第1项由谁牵头"])
    assert [c.task for c in answer.citations][:1] == [5]


def test_a_type_asked_of_a_county_quotes_the_sentence_stating_its_type(assistant):
    # Task 2: "…加快将民和县打造为生态农牧型县城，互助县、化隆县、循化县打造为文旅融合型县城。"
    answer = assistant.ask("互助县属于哪一类县城", ["突出特色县域经济那条谁牵头"])
    assert [c.task for c in answer.citations] == [2]
    assert "文旅融合型县城" in answer.answer


def test_an_interjection_in_front_of_a_follow_up_is_dropped(assistant):
    # Task 16's 牵头单位: 市住房建设局, 各县人民政府.
    answer = assistant.ask("嚯，那牵头的有几个单位", ["第16项谁配合"])
    assert answer.count == 2 and [c.task for c in answer.citations] == [16]


@pytest.mark.parametrize("question", ["哪些是卫健委配合的", "有卫健委配合的是哪几个"])
def test_which_of_a_part_listed_a_unit_has_a_role_on(assistant, question):
    # Part 四 is tasks 17-22; 市卫生健康委 is on the 责任单位 line of task 20 alone among them.
    answer = assistant.ask(question, ["第四部分包含哪些任务"])
    assert [c.task for c in answer.citations] == [20]


def test_none_of_a_part_listed_in_a_role_says_the_list_not_the_notice(assistant):
    # 市民政局 is responsible on tasks 4, 6, 12, 26 and 27, none of them in part 四 (17-22); it leads 20 and 22.
    answer = assistant.ask("哪些是民政局配合的", ["第四部分包含哪些任务"])
    assert answer.answer.startswith("所列的6项任务中市民政局没有")


def test_a_unit_s_other_role_after_its_own_list_is_not_looked_for_within_it(assistant):
    # 市民政局 leads tasks 20 and 22 and is responsible on 4, 6, 12, 26 and 27.
    answer = assistant.ask("它当配合的又是哪几条", ["民政局牵头的是哪几项"])
    assert [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_both_of_two_units_asked_one_per_turn(assistant):
    # 市城管局 is responsible on tasks 8, 12 and 16; 市生态环境局 on 1, 2, 9, 15, 16 and 25: both on 16 alone.
    answer = assistant.ask("两个都配合的是哪些", ["城管局配合哪些", "生态环境局配合哪些"])
    assert [c.task for c in answer.citations] == [16]


@pytest.mark.parametrize("question", ["中间那个局牵头哪些", "第二个局牵头的任务"])
def test_a_unit_by_its_place_on_the_line_shown_with_the_tasks_it_leads(assistant, question):
    # Task 27's 责任单位: 市人力资源社会保障局, 市民政局, 市发展改革委; 市民政局 leads tasks 20 and 22.
    answer = assistant.ask(question, ["第27项由谁配合"])
    assert answer.in_scope and [c.task for c in answer.citations] == [20, 22]


def test_a_unit_pointed_at_and_named_is_that_unit(assistant):
    # 市消防救援支队 is on task 10 alone (its 责任单位 line).
    answer = assistant.ask("那个消防支队出现在几项任务里", ["第10项的配合单位"])
    assert answer.count == 1 and [c.task for c in answer.citations] == [10]


def test_a_unit_introduced_as_our_bureau_is_what_we_means_after(assistant):
    # 市城管局 leads task 15 and is responsible on tasks 8, 12 and 16.
    first = assistant.ask("我们局是城管局，先看我们牵头的")
    assert [c.task for c in first.citations] == [15]
    answer = assistant.ask("我们配合的有哪些", ["我们局是城管局，先看我们牵头的"])
    assert [c.task for c in answer.citations] == [8, 12, 16]


def test_another_unit_named_with_gen_after_an_introduction_goes_with_the_speaker_s(assistant):
    # 责任单位: 市水务局 on 2, 11, 13, 16, 25; 市住房建设局 on 1, 2, 4, 7-10, 12-14, 20, 23-25, 28; both on 2, 13, 25.
    answer = assistant.ask("我们局是水务局，想看看跟住建局一起当责任单位的有哪些")
    assert [c.task for c in answer.citations] == [2, 13, 25]


def test_besides_the_task_a_unit_leads_the_tasks_it_is_responsible_on(assistant):
    # 市公安局 leads task 28 and is responsible on task 4 (the notice).
    answer = assistant.ask("除了它牵头那项，另外还配合了哪项", ["市公安局都有哪些任务"])
    assert [c.task for c in answer.citations] == [4]


def test_besides_the_tasks_a_unit_leads_those_it_takes_part_in_without_leading(assistant):
    # 市教育局 leads task 19 and is responsible on 4, 12, 17, 20, 24, 26 and 28.
    answer = assistant.ask("除了它牵头的，还参与了哪几项", ["教育局牵头的是哪几项"])
    assert [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]


def test_a_unit_s_that_task_is_the_one_task_it_leads(assistant):
    # 市林草局 leads task 13 alone, with 市生态环境局 and 各县人民政府.
    answer = assistant.ask("林草局那项任务的牵头单位都有谁")
    assert [c.task for c in answer.citations] == [13]
    assert "市生态环境局、市林草局、各县人民政府" in answer.answer


def test_a_unit_s_that_task_of_several_it_leads_is_asked_back(assistant):
    # 市住房建设局 leads tasks 11, 16 and 21: each is offered with the question.
    answer = assistant.ask("住建局那条有哪些配合单位")
    assert answer.intent.value == "clarify"
    assert answer.suggestions == tuple(f"第{n}项有哪些配合单位" for n in (11, 16, 21))


def test_a_unit_s_that_task_is_the_task_shown_that_names_it(assistant):
    # Task 16 (污水) is led by 市住房建设局; its 责任单位 end with 市水务局, 市城管局.
    answer = assistant.ask("住建局那条的配合单位", ["提高污水收集处理能力那条谁牵头"])
    assert [c.task for c in answer.citations] == [16]
    assert "市水务局、市城管局" in answer.answer.splitlines()[0]


def test_a_size_asked_of_a_numbered_task_quotes_the_sentence_stating_it(assistant):
    # Task 10: "…每个储备库扩建面积800m2".
    answer = assistant.ask("第10项的储备库每个扩建多大")
    assert [c.task for c in answer.citations] == [10]
    assert "800m2" in answer.answer and len(answer.answer) < 200


def test_a_unit_to_look_at_next_is_its_tasks(assistant):
    # 市残联 is on task 22's 责任单位 line only.
    answer = assistant.ask("接着看下残联")
    assert [c.task for c in answer.citations] == [22]


def test_a_remark_on_filling_in_a_supervision_table_is_chat(assistant):
    answer = assistant.ask("我在整理季度督查表")
    assert answer.intent.value == "smalltalk" and not answer.citations


def test_another_topic_s_task_asked_the_same_is_no_complaint(assistant):
    # 垃圾 is a complaint word and task 15's subject; task 15's 责任单位 end with 市卫生健康委.
    answer = assistant.ask("那垃圾那项的呢", ["第16项的配合单位"])
    assert [c.task for c in answer.citations] == [15] and "市卫生健康委" in answer.answer


def test_units_shown_also_on_another_task_in_the_role_said(assistant):
    # Task 16's 责任单位 and task 15's 责任单位 share 市发展改革委, 市工业信息化局, 市自然资源和规划局, 市生态环境局;
    # 市城管局 is on task 16's 责任单位 line but leads task 15.
    answer = assistant.ask("这几个里哪些也在第15项里配合", ["第16项由谁配合"])
    first = answer.answer.splitlines()[0]
    assert "市发展改革委、市工业信息化局、市自然资源和规划局、市生态环境局。" in first and "市城管局" not in first


def test_two_lines_the_same_are_said_with_their_units(assistant):
    # Tasks 18 and 19 both list 市发展改革委 and 市财政局 as 责任单位.
    answer = assistant.ask("两个有没有不一样的", ["第18项有哪些配合单位", "第19项的配合单位呢"])
    assert "都是：市发展改革委、市财政局" in answer.answer.splitlines()[0]


def test_that_city_bureau_is_the_one_city_body_shown(assistant):
    # Task 3 is led by 市农业农村局 and 各县人民政府; 市农业农村局 is responsible on 1, 2, 4, 5, 17, 28 and 30.
    answer = assistant.ask("那个市局另外还配合哪些任务", ["第3项由谁牵头"])
    assert [c.task for c in answer.citations] == [1, 2, 4, 5, 17, 28, 30]


def test_that_city_bureau_of_two_shown_is_asked_back(assistant):
    # Task 10 is led by 市应急局, task 15 by 市城管局 (each with 各县人民政府).
    answer = assistant.ask("那个市局另外还配合哪些任务", ["第10项和第15项由谁牵头"])
    assert answer.intent.value == "clarify"
    assert [s[:4] for s in answer.suggestions] == ["市应急局", "市城管局"]


def test_they_after_one_unit_s_tasks_are_that_unit(assistant):
    # 市商务局 is responsible on tasks 1, 3, 4, 5 and 25.
    answer = assistant.ask("他们当配合的有哪些", ["市商务局牵头哪几项"])
    assert [c.task for c in answer.citations] == [1, 3, 4, 5, 25]


def test_the_role_of_the_last_question_put_right(assistant):
    # Task 9's 责任单位: 市发展改革委, 市自然资源和规划局, 市住房建设局, 市生态环境局.
    answer = assistant.ask("说错了，我是想问配合单位", ["第9项由谁牵头"])
    assert [c.task for c in answer.citations] == [9]
    assert "市发展改革委、市自然资源和规划局、市住房建设局、市生态环境局" in answer.answer.splitlines()[0]


def test_the_role_of_a_unit_s_tasks_put_right(assistant):
    # 市城管局 leads task 15 alone.
    answer = assistant.ask("不是配合，要牵头的", ["市城管局当配合的有哪些"])
    assert [c.task for c in answer.citations] == [15]


def test_another_county_there_asks_the_last_figure_of_it(assistant):
    # Task 5: 循化县's industries reach 产值15亿元 (after 民和县's 70亿元).
    answer = assistant.ask("循化那边呢", ["民和的铝镁加工产值多少"])
    assert [c.task for c in answer.citations] == [5] and "15亿元" in answer.answer


@pytest.mark.parametrize(("question", "opening"), [("应该是市财政局吧", "不是。"), ("牵头的就是金融办对吧", "是的，")])
def test_a_guess_at_a_unit_is_checked_on_the_line_shown(assistant, question, opening):
    # Task 29 is led by 市金融办 and 各县人民政府; 市财政局 is on its 责任单位 line.
    answer = assistant.ask(question, ["第29项由谁牵头"])
    assert answer.answer.startswith(opening) and "市金融办、各县人民政府" in answer.answer.splitlines()[0]


def test_a_turn_by_its_place_in_the_conversation_is_asked_again_from(assistant):
    # The first turn asked about 市城管局, which is responsible on tasks 8, 12 and 16.
    answer = assistant.ask("刚才第一个问的那个局，配合的任务有几条", ["市城管局都牵头哪些", "市林草局呢"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [8, 12, 16]


def test_the_second_question_s_task_by_its_place_in_the_conversation(assistant):
    # The second turn asked about task 7, whose 责任单位 are 市发展改革委, 市自然资源和规划局, 市住房建设局.
    answer = assistant.ask("第二个问的那条有几个配合单位", ["第5项的牵头单位", "第7项的牵头单位", "市林草局呢"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [7]


def test_a_count_asked_with_no_number_word_counts_what_was_shown(assistant):
    # 市卫生健康委 is responsible on tasks 4, 12, 15, 20 and 26.
    answer = assistant.ask("总数呢", ["市卫健委当配合的是哪些"])
    assert answer.count == 5


def test_a_county_office_said_in_front_of_a_question_is_the_speaker(assistant):
    # 市水务局 leads task 9; 互助县水务局 is the speaker's office, not a unit of the notice.
    answer = assistant.ask("互助县水务局，市水务局牵头的是哪条")
    assert [c.task for c in answer.citations] == [9]


def test_a_county_said_in_front_of_a_question_on_a_city_bureau_is_not_what_is_asked(assistant):
    # 市民政局 leads tasks 20 and 22; before, 化隆县 was read as the unit asked about (its 29 tasks).
    answer = assistant.ask("化隆县的，帮我查下市民政局牵头哪些")
    assert [c.task for c in answer.citations] == [20, 22]


def test_our_county_after_the_county_government_office_said_first_is_that_county(assistant):
    # Part 六 holds tasks 25, 26 and 27, each led by 各县人民政府 among others.
    answer = assistant.ask("互助县政府办的，第六部分里我们县牵头几项")
    assert answer.count == 3 and [c.task for c in answer.citations] == [25, 26, 27]


def test_we_after_a_county_bureau_said_first_is_asked_back_not_read_as_the_county(assistant):
    answer = assistant.ask("那我们这边牵头的任务列一下", ["我是化隆县财政局的，第1项谁牵头"])
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_a_district_said_in_front_of_a_question_is_not_declined_as_another_place(assistant):
    # 市应急局 leads task 10 only; 平安区 is where the speaker works, not what is asked about.
    answer = assistant.ask("平安区这边在汇总，市应急局负责牵头的是哪一项任务")
    assert answer.in_scope and [c.task for c in answer.citations] == [10]


@pytest.mark.parametrize("question", ["26号文件第五部分有几项", "这份文件里第五部分有几项"])
def test_the_notice_named_before_one_of_its_parts_says_nothing_more(assistant, question):
    # Part 五 holds tasks 23 and 24; "26号" is the notice's own number, not task 26.
    answer = assistant.ask(question)
    assert answer.count == 2 and [c.task for c in answer.citations] == [23, 24]


def test_our_county_with_no_county_said_asks_back_offering_each_county(assistant):
    answer = assistant.ask("本县要牵头的一共几项")
    assert answer.intent is Intent.CLARIFY and not answer.citations and "哪个县" in answer.answer
    assert "化隆县人民政府要牵头的一共几项" in answer.suggestions


def test_our_county_after_introducing_oneself_as_of_the_county_is_that_county(assistant):
    # Part 五 holds tasks 23 and 24, both led by 各县人民政府 (循化县 among them).
    answer = assistant.ask("我是循化县的，第五部分我们县牵头几项")
    assert answer.count == 2 and [c.task for c in answer.citations] == [23, 24]


def test_our_county_describing_a_need_is_no_unit_asked_about(assistant):
    answer = assistant.ask("我们县老人看病难，文件里怎么说")
    assert answer.intent is not Intent.CLARIFY and answer.citations


@pytest.mark.parametrize("question", ["再具体一点", "下面那几个呢", "数字定的多少呀", "人家主要负责啥"])
def test_more_detail_the_next_one_or_a_figure_asked_of_nothing_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and not answer.citations


def test_more_detail_after_one_task_shows_that_task(assistant):
    answer = assistant.ask("再具体一点", ["第21项由谁牵头"])
    assert answer.intent is not Intent.CLARIFY and [c.task for c in answer.citations] == [21]


def test_more_detail_after_several_tasks_asks_which_one(assistant):
    # Part 四 holds tasks 17 to 22: each is offered.
    answer = assistant.ask("讲详细点", ["第四部分有哪几项"])
    assert answer.intent is Intent.CLARIFY and answer.suggestions[0] == "第17项讲了什么"


def test_a_units_tasks_in_a_role_asked_with_which_tiao_keep_that_role(assistant):
    # 市教育局 is on the 责任单位 lines of tasks 4, 12, 17, 20, 24, 26 and 28; it leads task 19, left out.
    answer = assistant.ask("教育局当责任单位的有哪些条")
    assert [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]


def test_which_task_a_thing_is_put_in_is_no_site_asked(assistant):
    # 公益性公墓 is in task 22's text; "放在哪一项" asks for the task, not where it is built.
    answer = assistant.ask("公益性公墓放在哪一项任务里")
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [22]


@pytest.mark.parametrize(("question", "tasks"), [("残联分到活了吗", [22]), ("城投公司有没有分到任务", [8])])
def test_work_assigned_to_a_unit_asked_colloquially_gives_its_tasks(assistant, question, tasks):
    # 市残联 is on task 22's 责任单位 line, 海东城投公司 on task 8's.
    answer = assistant.ask(question)
    assert answer.in_scope and [c.task for c in answer.citations] == tasks


@pytest.mark.parametrize(
    ("question", "tasks"), [("只看和水务局一起牵头的", [9]), ("只留跟交通运输局一道牵头的", [7, 8])]
)
def test_keeping_those_led_together_with_a_unit_keeps_the_shown_tasks_it_leads(assistant, question, tasks):
    # Part 二 holds tasks 7 to 12; 市水务局 leads 9, 市交通运输局 leads 7 and 8.
    answer = assistant.ask(question, ["把第二部分的任务列出来"])
    assert [c.task for c in answer.citations] == tasks


def test_a_topic_whose_words_one_other_task_holds_points_that_task_not_the_one_shown(assistant):
    # 防洪 and 排涝 are both in task 9's text only ("防洪排涝" together in none); task 10 was shown before.
    answer = assistant.ask("那防洪和排涝那条由哪家牵头", ["看下第10项的配合单位有谁"])
    assert [c.task for c in answer.citations] == [9]


def test_a_length_the_task_never_states_is_declined_pointing_to_it(assistant):
    # Task 7 names the 沿黄 expressway but gives no length; no task gives one in 公里.
    answer = assistant.ask("沿黄高速公路要修多长")
    assert not answer.in_scope and "第7项" in answer.answer and "长度" in answer.answer


def test_a_length_the_task_states_is_quoted(assistant):
    # Task 8: "各县城建成区公共交通站点500米覆盖率100%".
    answer = assistant.ask("公交站点覆盖说的是多少米以内")
    assert answer.in_scope and "500米" in answer.answer


@pytest.mark.parametrize(
    ("question", "picked"),
    [("前两个分别是谁", "市发展改革委、市工业信息化局"), ("后俩是谁", "市水务局、市乡村振兴局")],
)
def test_several_units_by_their_places_on_the_line_shown(assistant, question, picked):
    # Task 11's 责任单位 line: 市发展改革委、市工业信息化局、市自然资源和规划局、市水务局、市乡村振兴局.
    answer = assistant.ask(question, ["第11项的责任单位有几个"])
    first_line = answer.answer.splitlines()[0]
    assert [c.task for c in answer.citations] == [11] and first_line.endswith(f"是{picked}。")


def test_the_first_and_last_unit_of_the_line_named_by_its_role_word(assistant):
    # Task 6's 责任单位 line: 市文体旅游广电局、市发展改革委、市交通运输局、市民政局 (its lead line was shown).
    answer = assistant.ask("配合单位里头一个和末尾那个", ["看下第6项谁牵头"])
    assert answer.answer.splitlines()[0].endswith("是市文体旅游广电局、市民政局。")


@pytest.mark.parametrize(
    ("history", "question", "tasks"),
    [
        # 市交通运输局 is on the 责任单位 lines of tasks 1, 2, 6, 14 and 25.
        ("看看市交通运输局牵头的任务", "配合单位那一栏有它的有几条", [1, 2, 6, 14, 25]),
        # 市教育局 leads task 19 only.
        ("教育局当配合单位的有几项", "牵头单位那栏写着它的是哪些", [19]),
    ],
)
def test_the_unit_asked_about_written_in_a_column_is_that_unit_in_that_role(assistant, history, question, tasks):
    answer = assistant.ask(question, [history])
    assert [c.task for c in answer.citations] == tasks


def test_it_after_a_declined_question_naming_one_unit_is_that_unit(assistant):
    # 市民政局 is on the 责任单位 lines of tasks 4, 6, 12, 26 and 27; the phone number is declined first.
    answer = assistant.ask("那算了，它配合的有哪几项", ["民政局局长手机号是多少"])
    assert [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_tasks_left_out_of_the_whole_notice_are_counted_as_tasks(assistant):
    # 34 tasks less task 5: 33 (it counted the other tasks' units).
    answer = assistant.ask("不算第5项，剩下的还有几项")
    assert answer.count == 33 and len(answer.citations) == 33


def test_another_task_said_with_na_and_its_noun_asks_the_last_question_of_it(assistant):
    # Task 23's 责任单位: 市住房建设局, 市自然资源和规划局, 市发展改革委.
    answer = assistant.ask("那23条", ["第22条责任单位有几个"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [23]


@pytest.mark.parametrize(
    ("history", "question", "line"),
    [
        # Task 6 is led by 市商务局 and 各县人民政府.
        ("第6项谁配合", "牵头的就俩？哪俩", "市商务局、各县人民政府"),
        # Task 14's 责任单位: 市工业信息化局, 市住房建设局, 市交通运输局.
        ("第14项的牵头单位有几个", "配合的就仨？哪仨", "市工业信息化局、市住房建设局、市交通运输局"),
    ],
)
def test_a_line_of_the_task_shown_asked_by_its_size(assistant, history, question, line):
    answer = assistant.ask(question, [history])
    assert line in answer.answer.splitlines()[0]


def test_a_unit_not_responsible_within_a_part_listed(assistant):
    # Part 四 is tasks 17-22; 市财政局 is responsible on 18, 19 and 20, so not on 17, 21 and 22.
    answer = assistant.ask("其中财政局没配合的", ["第四部分包含哪些任务"])
    assert [c.task for c in answer.citations] == [17, 21, 22]


def test_whether_a_unit_takes_part_is_not_read_as_not_taking_part(assistant):
    # 市交通运输局 is responsible on tasks 1, 2, 6, 14 and 25: "有没有配合" asks yes or no, with no negation.
    answer = assistant.ask("市交通运输局有没有配合的任务")
    assert [c.task for c in answer.citations] == [1, 2, 6, 14, 25]


def test_keeping_only_a_unit_s_tasks_of_a_part_listed(assistant):
    # Part 一 is tasks 1-6; 市商务局 leads 6 and is responsible on 1, 3, 4, 5 (and 25, outside it).
    answer = assistant.ask("只看有市商务局的", ["第一部分包含哪些任务"])
    assert [c.task for c in answer.citations] == [1, 3, 4, 5, 6]


def test_a_place_asked_beyond_one_task_shown_is_asked_back_with_that_task(assistant):
    # Only task 21 was shown: there is no second-to-last task, so the task shown is offered, never a guess.
    answer = assistant.ask("倒数第二个是哪一项", ["第21项讲了什么"])
    assert answer.intent is Intent.CLARIFY and answer.in_scope and not answer.citations
    assert "第21项" in answer.answer


def test_a_units_count_listed_keeps_the_unit_for_a_role_asked_next(assistant):
    # 市住房建设局 leads 11, 16 and 21, and is a responsible unit of 1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23,
    # 24, 25 and 28.
    history = ["住建局一共牵头了几条", "各自是哪几条"]
    assert [c.task for c in assistant.ask(history[1], history[:1]).citations] == [11, 16, 21]
    answer = assistant.ask("那它作为配合单位参与的是哪些", history)
    assert [c.task for c in answer.citations] == [1, 2, 4, 7, 8, 9, 10, 12, 13, 14, 20, 23, 24, 25, 28]


def test_a_clipped_question_on_a_units_tasks_lists_them(assistant):
    # 市民政局 leads tasks 20 and 22 (before, the question was read as who leads a task that names it).
    answer = assistant.ask("市民政局牵头的是？")
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == [20, 22]


def test_our_county_government_after_the_speakers_county_is_that_county(assistant):
    # Task 4 is led by 化隆县人民政府 alone: a check of it by a 化隆 speaker is a yes.
    answer = assistant.ask("我是化隆县教育局的，第4项是我们县政府牵头吧")
    assert answer.answer.startswith("是的") and [c.task for c in answer.citations] == [4]


def test_who_leads_after_a_task_found_by_its_place_in_a_part_is_that_task(assistant):
    # The first task of part 三 is task 13 (牵头 市生态环境局、市林草局、各县人民政府); the earlier words read as
    # a part, so the task the answer showed is the one meant.
    assert [c.task for c in assistant.ask("第三部分的头一条讲的是啥").citations][:1] == [13]
    answer = assistant.ask("那谁来牵头", ["第三部分的头一条讲的是啥"])
    assert [c.task for c in answer.citations][:1] == [13] and "市林草局" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question", ["这件事该哪个部门管", "把那几项报一下", "提了什么要求", "具体措施是哪些"])
def test_a_first_question_that_points_at_nothing_or_names_only_what_every_task_has_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.in_scope and not answer.citations


def test_after_a_decline_that_points_at_a_task_this_is_that_task(assistant):
    # Task 6 names 互助威远镇 and 商业 but no investment: the decline points at it ("见第6项"), and 这个 next is
    # task 6 (牵头 市商务局、各县人民政府).
    declined = assistant.ask("威远镇商业街投资多少")
    assert not declined.in_scope and "第6项" in declined.answer
    answer = assistant.ask("这个归哪个单位牵头", ["威远镇商业街投资多少"])
    assert [c.task for c in answer.citations][:1] == [6] and "市商务局" in answer.answer.splitlines()[0]


def test_a_county_government_office_introduced_speaks_for_its_county_alone(assistant):
    # 化隆县人民政府 alone leads task 4 (12 responsible units); "我们县单独牵头" after "…县政府办的" is that.
    history = ["你好，我是化隆县政府办的"]
    answer = assistant.ask("我们县单独牵头的有哪几条", history)
    assert [c.task for c in answer.citations] == [4]
    answer = assistant.ask("那一条的配合单位共有几个", [*history, "我们县单独牵头的有哪几条"])
    assert answer.count == 12 and [c.task for c in answer.citations] == [4]


def test_a_named_units_tasks_in_a_role_asked_with_ne_are_that_role_only(assistant):
    # 市教育局 leads task 19 and is a responsible unit of 4, 12, 17, 20, 24, 26 and 28.
    answer = assistant.ask("那教育局配合的呢", ["市教育局牵头的那一条讲什么"])
    assert [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]
    # Asked first, the same: its tasks in that role (before, it was asked back).
    assert [c.task for c in assistant.ask("教育局配合的呢").citations] == [4, 12, 17, 20, 24, 26, 28]


def test_the_speakers_wish_to_look_at_a_unit_is_that_units_tasks(assistant):
    # 市林草局 is on task 13 only (a lead unit there); before, "我想看看…的" retrieved a task by its words.
    answer = assistant.ask("我想看看林草局的")
    assert answer.intent is Intent.UNIT_TASKS and [c.task for c in answer.citations] == [13]


@pytest.mark.parametrize(
    ("follow_up", "history"),
    [
        ("那互助县跟化隆县呢", ["第5项里民和县的产值要达到多少"]),
        # the speaker's own county ("本县") is the one the two replace
        ("互助和民和分别多少", ["我是循化县政府办的，第5项本县产值要达到多少"]),
    ],
)
def test_two_counties_after_a_countys_figure_ask_the_same_of_both(assistant, follow_up, history):
    # Task 5: 互助县 30亿元 (青稞酒及农副产品加工), 化隆县 15亿元, 民和县 70亿元.
    answer = assistant.ask(follow_up, history)
    assert answer.in_scope and [c.task for c in answer.citations][:1] == [5]
    assert "30亿元" in answer.answer and ("15亿元" in answer.answer or "70亿元" in answer.answer)


def test_the_answer_just_given_pointed_at_before_a_count_counts_the_line_shown(assistant):
    # Task 7: 牵头 市交通运输局、各县人民政府 (2); 责任 市发展改革委、市自然资源和规划局、市住房建设局 (3).
    answer = assistant.ask("刚才这个一共有几家", ["第7项的配合单位都是谁"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [7]


def test_a_kind_asked_of_a_thing_is_found_in_the_task_naming_that_kind(assistant):
    # Task 2 alone names kinds of 县城: "加快将民和县打造为生态农牧型县城，互助县、化隆县、循化县打造为文旅融合型县城".
    answer = assistant.ask("循化县会被建成哪种类型的县城")
    assert [c.task for c in answer.citations][:1] == [2] and "文旅融合型县城" in answer.answer


def test_the_part_shown_before_the_last_one_is_the_earlier_part(assistant):
    # Parts 六 (tasks 25-27) and then 七 (28-30) were shown: "前面那个部分" is part 六, three tasks.
    history = ["第六部分里都有些什么任务", "第七部分的呢"]
    answer = assistant.ask("前面那个部分总共多少条", history)
    assert answer.count == 3 and [c.task for c in answer.citations] == [25, 26, 27]


def test_whether_only_a_unit_leads_the_task_shown_is_checked_against_the_whole_line(assistant):
    # Task 7 is led by 市交通运输局 and 各县人民政府; task 1 by 各县人民政府 alone. The role said after the unit
    # ("…牵头吗") is the line checked, not the line shown before (责任单位).
    answer = assistant.ask("牵头单位是不是只有交通运输局", ["第7项的配合单位有谁"])
    assert answer.answer.startswith("不是。") and "还有各县人民政府" in answer.answer
    answer = assistant.ask("是不是只有各县人民政府牵头", ["第1项的配合单位有谁"])
    assert answer.answer.startswith("是的") and [c.task for c in answer.citations] == [1]


def test_a_request_to_read_out_a_line_again_is_that_line(assistant):
    # Task 17: 责任 市教育局、市农业农村局.
    answer = assistant.ask("责任单位再报一下", ["第17项由谁来牵头"])
    assert [c.task for c in answer.citations][:1] == [17] and "市农业农村局" in answer.answer.splitlines()[0]


def test_a_remark_after_a_request_to_say_it_again_leaves_the_request(assistant):
    # Task 8: 牵头 市交通运输局、各县人民政府.
    answer = assistant.ask("麻烦再讲一遍，刚刚在接电话", ["第8项由谁来牵头"])
    assert [c.task for c in answer.citations][:1] == [8] and "市交通运输局" in answer.answer.splitlines()[0]


def test_a_remark_after_a_role_asked_of_the_task_shown_leaves_the_role(assistant):
    # Task 12: 责任 市住房建设局 … 市民政局 (eight units).
    answer = assistant.ask("那配合单位呢，感觉不少", ["第12项由谁来牵头"])
    assert [c.task for c in answer.citations][:1] == [12] and "市民政局" in answer.answer.splitlines()[0]


def test_our_county_on_its_own_after_saying_the_county_is_that_county_government(assistant):
    # Task 4 is the only task 化隆县人民政府 leads alone.
    answer = assistant.ask("我们县自己单独牵头几项", ["你好，我是化隆县的"])
    assert [c.task for c in answer.citations] == [4]


@pytest.mark.parametrize(("guess", "opening"), [("是水务局吗", "不是"), ("是住建局吗", "是的")])
def test_a_unit_guessed_right_after_who_leads_is_checked_against_the_lead_line(assistant, guess, opening):
    # Task 16: 牵头 市住房建设局、各县人民政府; 市水务局 is one of its 责任单位.
    answer = assistant.ask(guess, ["第16项由哪家牵头"])
    assert [c.task for c in answer.citations] == [16] and answer.answer.startswith(opening)
    assert "牵头单位：市住房建设局" in answer.answer.splitlines()[0]


def test_another_question_opened_by_the_way_is_asked_on_its_own(assistant):
    answer = assistant.ask("顺便问一下，林草局牵头的是哪项", ["第21项由哪家牵头"])
    assert [c.task for c in answer.citations] == [13]  # 市林草局 leads task 13 only


@pytest.mark.parametrize("question", ["总共有多少", "有几个呀"])
def test_a_count_of_nothing_named_as_a_first_question_is_asked_back(assistant, question):
    answer = assistant.ask(question)
    assert answer.intent is Intent.CLARIFY and answer.citations == () and answer.suggestions


def test_what_our_county_is_to_do_with_no_county_said_asks_which_county(assistant):
    answer = assistant.ask("咱县该干啥")
    assert answer.intent is Intent.CLARIFY and all("县人民政府" in s for s in answer.suggestions)


@pytest.mark.parametrize("question", ["那它一共几项", "它总共有几条"])
def test_it_counted_after_a_part_s_tasks_is_the_part(assistant, question):
    answer = assistant.ask(question, ["第七部分一共包括哪些任务"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [28, 29, 30]


def test_a_task_looked_up_two_answers_ago_is_picked_again_by_its_words(assistant):
    # Task 21 (老旧小区) was looked up first, task 18 after it.
    answer = assistant.ask("老旧小区那条由谁牵头", ["第21项要改造多少套房屋", "第18项讲了什么"])
    assert [c.task for c in answer.citations][:1] == [21] and "市住房建设局" in answer.answer.splitlines()[0]


def test_overlap_asked_with_have_or_not_after_two_tasks_lead_lines_is_what_they_share(assistant):
    # Task 3 牵头 市农业农村局、各县人民政府; task 30 牵头 市自然资源和规划局、各县人民政府.
    answer = assistant.ask("有没有重叠的", ["第3项和第30项分别由谁牵头"])
    assert {c.task for c in answer.citations} == {3, 30} and "各县人民政府" in answer.answer.splitlines()[0]


def test_overlap_counted_after_two_units_tasks_is_the_tasks_both_have(assistant):
    # 市民政局 and 市卫生健康委 both take part in tasks 4, 12, 20 and 26.
    answer = assistant.ask("交叉的有几项", ["市民政局和市卫生健康委分别参与哪些任务"])
    assert answer.count == 4 and [c.task for c in answer.citations] == [4, 12, 20, 26]


def test_that_city_bureau_on_the_lead_line_is_the_task_s_own_city_lead(assistant):
    # Task 6 is led by 市商务局 and 各县人民政府; 市商务局 is responsible on tasks 1, 3, 4, 5 and 25. The units listed
    # last were task 6's responsible units, but "牵头的" before the pointer names the lead line.
    answer = assistant.ask("牵头的那个市直局还配合了哪些", ["第6项由哪些单位牵头", "责任单位前两个"])
    assert [c.task for c in answer.citations] == [1, 3, 4, 5, 25]


def test_the_same_bureau_leads_its_other_task(assistant):
    # Task 7 and task 8 are both led by 市交通运输局 (with 各县人民政府).
    answer = assistant.ask("同一个局牵头的别的任务呢", ["第8项由谁牵头"])
    assert [c.task for c in answer.citations] == [7]


def test_two_bureaus_named_one_by_one_share_their_responsible_tasks(assistant):
    # 市交通运输局 and 市水务局 are both on the 责任单位 line of tasks 2 and 25 only.
    answer = assistant.ask("这两个局都做配合单位的是哪几项", ["市交通运输局当配合单位的", "换成市水务局"])
    assert [c.task for c in answer.citations] == [2, 25]


def test_both_units_taking_part_after_a_content_question_are_the_two_asked_before(assistant):
    # 市交通运输局 and 市水务局 both take part in tasks 2 and 25 only; the question between is about task 8's words.
    answer = assistant.ask("俩都参与的任务有哪些", ["市交通运输局参与几项", "换市水务局", "停车场是哪一项"])
    assert [c.task for c in answer.citations] == [2, 25]


def test_taking_part_said_after_two_units_lead_tasks_means_any_role(assistant):
    # 市民政局 and 市卫生健康委 are both on tasks 4, 12, 20 and 26 (in any role); neither task is led by both.
    answer = assistant.ask("它俩都参与过的有哪些", ["市民政局和市卫健委各自牵头哪些任务"])
    assert [c.task for c in answer.citations] == [4, 12, 20, 26]


def test_a_share_asked_of_a_task_after_another_is_no_comparison(assistant):
    # 比例 holds 比 but asks a figure: task 8 sets 不少于总停车位的10% for charging spaces.
    answer = assistant.ask("第8项里充电停车位的比例要求是多少", ["第8项讲什么", "第10项由谁牵头"])
    assert [c.task for c in answer.citations][:1] == [8]
    assert "10%" in answer.answer


def test_another_unit_said_after_a_bare_swap_word_asks_the_same_count(assistant):
    # 市水务局 takes part in tasks 2, 9, 11, 13, 16 and 25.
    answer = assistant.ask("换水务局", ["交通运输局一共参与几项"])
    assert answer.count == 6


def test_a_bare_difference_after_two_tasks_looked_up_compares_their_line(assistant):
    # Task 23's 责任单位: 市住房建设局, 市自然资源和规划局, 市发展改革委;
    # task 24's: 市住房建设局, 市发展改革委, 市教育局.
    answer = assistant.ask("区别在哪", ["第23项的配合单位有哪些", "那第24项的呢"])
    assert sorted(c.task for c in answer.citations) == [23, 24]
    assert "市自然资源和规划局" in answer.answer and "市教育局" in answer.answer


def test_units_both_tasks_have_are_on_the_line_asked_before(assistant):
    # Tasks 15 and 16 share the 责任单位 市发展改革委, 市工业信息化局, 市自然资源和规划局 and 市生态环境局; both are led
    # by 各县人民政府 too, which the line asked leaves out.
    answer = assistant.ask("两项里都出现的单位有哪些", ["第16项的责任单位是哪些", "第15项的责任单位呢"])
    first = answer.answer.splitlines()[0]
    assert "市发展改革委、市工业信息化局、市自然资源和规划局、市生态环境局" in first
    assert "各县人民政府" not in first


@pytest.mark.parametrize("remark", ["嚯，这么多", "真多", "数不清了"])
def test_a_remark_on_a_long_answer_is_chat(assistant, remark):
    answer = assistant.ask(remark, ["住建局当配合单位的有哪些"])
    assert answer.intent.value == "smalltalk"
    assert not answer.citations


def test_both_role_lists_of_a_unit_pooled_count_every_task_it_takes_part_in(assistant):
    # 市交通运输局 leads tasks 7 and 8 and is responsible on 1, 2, 6, 14 and 25: seven tasks in all.
    answer = assistant.ask("两个合起来几项", ["市交通运输局牵头的是哪几项", "那当配合单位的任务呢"])
    assert answer.count == 7


def test_a_bare_total_after_both_role_lists_counts_the_list_shown(assistant):
    # Only pooling said pools: 市交通运输局 is responsible on five tasks, the list shown last.
    answer = assistant.ask("一共是几项", ["市交通运输局牵头的是哪几项", "那当配合单位的任务呢"])
    assert answer.count == 5


def test_the_other_role_s_tasks_asked_with_the_noun_are_the_unit_s_tasks_in_it(assistant):
    # 市交通运输局 is responsible on tasks 1, 2, 6, 14 and 25.
    answer = assistant.ask("那么配合的任务呢", ["市交通运输局牵头的是哪几项"])
    assert [c.task for c in answer.citations] == [1, 2, 6, 14, 25]


def test_a_unit_s_tasks_in_a_role_asked_whether_with_the_verb_first(assistant):
    # 市财政局 leads no task; it is responsible on tasks 18, 19, 20, 28 and 29.
    answer = assistant.ask("财政局牵头的有吗")
    assert answer.intent.value == "unit_tasks"
    assert [c.task for c in answer.citations] == [18, 19, 20, 28, 29]
    assert "没有牵头" in answer.answer


def test_it_is_on_which_tasks_in_a_role_is_the_unit_s_tasks(assistant):
    # 市民政局 is responsible on tasks 4, 6, 12, 26 and 27.
    answer = assistant.ask("那它是哪几项的责任单位", ["民政局牵头哪几条任务"])
    assert [c.task for c in answer.citations] == [4, 6, 12, 26, 27]


def test_these_counted_bare_after_a_list_of_tasks_counts_the_tasks(assistant):
    # 市民政局 is responsible on five tasks.
    answer = assistant.ask("这些一共是几个", ["市民政局当配合单位的有哪些"])
    assert answer.count == 5


def test_these_counted_bare_after_two_lead_lines_counts_their_units(assistant):
    # Task 16 is led by 市住房建设局 and 各县人民政府, task 15 by 市城管局 and 各县人民政府: three units.
    answer = assistant.ask("这两项总共多少个", ["第16项由谁牵头", "第15项呢"])
    assert answer.count == 3


@pytest.mark.parametrize("text", ["负责部门是哪个", "对么"])
def test_a_bare_line_or_check_with_nothing_before_is_asked_back(assistant, text):
    answer = assistant.ask(text)
    assert answer.intent.value == "clarify"


def test_those_helping_a_unit_are_the_responsible_units_of_its_lead_tasks(assistant):
    # 市自然资源和规划局 leads task 30 only, whose 责任单位 is 市农业农村局.
    answer = assistant.ask("协助它的单位有谁", ["自然资源和规划局牵头哪几项"])
    assert [c.task for c in answer.citations] == [30]
    assert "市农业农村局" in answer.answer.splitlines()[0]


def test_tasks_related_to_a_unit_are_those_it_takes_part_in(assistant):
    # 市乡村振兴局 leads task 27 and is responsible on task 11.
    answer = assistant.ask("和乡村振兴局有关的工作有哪些")
    assert sorted(c.task for c in answer.citations) == [11, 27]


def test_tasks_related_to_a_topic_are_still_the_topic_s(assistant):
    # 污水 is no unit: the tasks whose text mentions it.
    answer = assistant.ask("跟污水有关的任务都有哪些")
    assert 16 in [c.task for c in answer.citations]


def test_two_places_in_a_list_joined_are_both_looked_up(assistant):
    # Part 二 lists tasks 7-12; its third and fifth are tasks 9 (市水务局) and 11 (市住房建设局).
    answer = assistant.ask("第三个跟第五个分别由谁牵头", ["第二部分包括哪几项"])
    assert [c.task for c in answer.citations] == [9, 11]


@pytest.mark.parametrize("question", ["任务没完成的话谁来问责", "没按时完成要扣几分"])
def test_sanctions_for_work_not_done_are_declined(assistant, question):
    # The notice names who does what (task 32 presses the counties' responsibility) but no sanction or scoring.
    answer = assistant.ask(question)
    assert not answer.in_scope


def test_a_topic_s_task_said_after_an_opener_is_that_task_not_the_one_shown(assistant):
    # Task 20 (健全养老托育服务体系) sets the 托育 places for children of 2至3岁; task 22 was the one shown before.
    answer = assistant.ask("还是说养老那条，托育收几岁的孩子", ["第22项讲了什么"])
    assert [c.task for c in answer.citations][:1] == [20]


def test_the_county_leading_by_its_own_name_is_the_one_named_on_a_lead_line(assistant):
    # Only task 4 names one county government (化隆县人民政府) as its lead; every county also leads as 各县人民政府.
    answer = assistant.ask("有没有哪个县是自己牵头的任务")
    assert [c.task for c in answer.citations] == [4]
    assert "化隆县人民政府" in answer.answer.splitlines()[0]


def test_units_of_the_task_shown_counted_with_both_lines_said_count_both(assistant):
    # Task 27: 市乡村振兴局 and 各县人民政府 lead; 市人力资源社会保障局, 市民政局 and 市发展改革委 are responsible.
    answer = assistant.ask("这条总共几个单位，牵头和配合都算", ["第27项由谁牵头", "这项又有哪几家配合"])
    assert answer.count == 5


def test_a_remark_on_a_long_answer_is_answered_with_how_to_narrow_the_list(assistant):
    answer = assistant.ask("数不过来了", ["市住房建设局当配合单位的有哪些"])
    assert answer.answer.startswith("确实不少")
    assert "其中第二部分" in answer.answer


def test_those_two_tasks_compared_are_the_two_asked_before(assistant):
    # Task 23's 责任单位 has 市自然资源和规划局 that task 24's lacks; task 24's has 市教育局.
    answer = assistant.ask("那两项配合单位差在哪", ["第23项和第24项是不是都由文体旅游广电局牵头"])
    assert sorted(c.task for c in answer.citations) == [23, 24]
    assert "市自然资源和规划局" in answer.answer and "市教育局" in answer.answer


def test_the_other_unit_of_a_named_role_after_a_units_one_task_leaves_that_unit_out(assistant):
    # 市残联 is on task 22 only, as a 责任单位 beside 市发展改革委.
    answer = assistant.ask("这项另外那个配合单位叫啥", ["市残联列在哪一项里"])
    assert [c.task for c in answer.citations] == [22]
    assert answer.answer.splitlines()[0].endswith("其余的责任单位：市发展改革委。")


def test_a_yes_no_about_a_line_that_also_asks_for_it_all_puts_the_whole_line_first(assistant):
    # Task 15's 责任单位: 市发展改革委、市工业信息化局、市自然资源和规划局、市生态环境局、市卫生健康委.
    answer = assistant.ask("配合单位里有卫健委吗，全部列出来给我看看", ["第15项讲的什么"])
    first = answer.answer.splitlines()[0]
    assert first.startswith("有。第15项「提升垃圾收集处理能力」的全部责任单位：市发展改革委、市工业信息化局")
    assert [c.task for c in answer.citations] == [15]


def test_whether_a_named_task_has_a_lead_written_is_asked_of_that_task(assistant):
    # Task 7 names 市交通运输局、各县人民政府; only tasks 31-34 have no lead written.
    answer = assistant.ask("第7项到底有没有写牵头单位")
    assert [c.task for c in answer.citations] == [7]
    assert "市交通运输局" in answer.answer.splitlines()[0]


def test_a_turn_to_another_question_is_read_as_the_question_after_it(assistant):
    answer = assistant.ask("换一个问题，市残联参与了哪一项", ["第9项由哪个单位牵头"])
    assert [c.task for c in answer.citations] == [22]


def test_the_task_shown_set_aside_leaves_a_units_other_lead_tasks(assistant):
    # 市应急局 leads task 10 only.
    answer = assistant.ask("除了这项，它另外还牵头别的没", ["应急局牵头的任务是哪个"])
    assert answer.answer.startswith("除第10项外，市应急局牵头的任务没有别的了")


def test_money_for_a_unit_is_no_count_of_its_tasks(assistant):
    answer = assistant.ask("市林草局这次能分到多少工作经费")
    assert not answer.in_scope and answer.count is None


def test_those_helping_it_after_one_task_asked_about_are_that_tasks_responsible_units(assistant):
    # Task 18 (增强医疗服务能力): 责任单位 市发展改革委、市财政局.
    answer = assistant.ask("协助它的单位都有谁", ["增强医疗服务能力那一项由谁牵头"])
    assert [c.task for c in answer.citations] == [18]
    assert answer.answer.startswith("第18项「增强医疗服务能力」的责任单位：市发展改革委、市财政局。")


def test_these_tasks_after_one_of_a_list_was_looked_up_are_the_list(assistant):
    # 市财政局's responsible tasks are 18, 19, 20, 28 and 29; 市发展改革委 is a responsible unit of all but 28.
    answer = assistant.ask("这几项里发改委也是配合单位的有哪些", ["财政局当配合单位的任务", "第二个讲什么"])
    assert [c.task for c in answer.citations] == [18, 19, 20, 29]


def test_a_county_leading_within_the_tasks_shown_is_the_task_it_leads_by_name(assistant):
    # 市人力资源社会保障局 is a responsible unit of tasks 4, 27 and 28; only task 4 names 化隆县人民政府 as lead.
    answer = assistant.ask("这里头化隆县政府牵头的是哪条", ["人社局当配合单位的任务"])
    assert [c.task for c in answer.citations] == [4]


def test_a_unit_named_first_then_asked_whether_it_leads_checks_the_task_shown(assistant):
    # Task 13: 牵头 市生态环境局、市林草局、各县人民政府; 责任 市水务局、市住房建设局.
    answer = assistant.ask("住建局也是牵头单位吧", ["第13项牵头单位有哪些"])
    assert [c.task for c in answer.citations] == [13]
    assert answer.answer.startswith("不是。")
    answer = assistant.ask("林草局也是牵头的吧", ["第13项牵头单位有哪些"])
    assert answer.answer.startswith("是的，")


def test_a_units_tasks_in_its_other_role_added_in_so_many_words_are_both_roles(assistant):
    # 市城管局 leads task 15 and is a responsible unit of 8, 12 and 16.
    answer = assistant.ask("把它当配合单位的也加进来", ["城管局牵头的任务"])
    assert [c.task for c in answer.citations] == [8, 12, 15, 16]


def test_one_task_pointed_at_with_a_figure_asked_after_a_list_is_asked_back(assistant):
    # 市民政局 leads tasks 20 and 22: "这个" could be either.
    answer = assistant.ask("这个具体要建多少", ["市民政局牵头了哪几条任务"])
    assert answer.intent is Intent.CLARIFY and not answer.citations
    # The unit's own tasks in a role are no pointing at one task.
    answer = assistant.ask("它当配合单位的一共几项", ["市民政局牵头了哪几条任务"])
    assert answer.count == 5


def test_how_many_units_of_a_task_picked_by_its_place_is_counted(assistant):
    # Part 一 is tasks 1-6; task 3 (the third) names 市农业农村局、各县人民政府 as lead.
    answer = assistant.ask("第三个的牵头单位共有几家", ["第一部分有哪几项任务"])
    assert answer.count == 2 and [c.task for c in answer.citations] == [3]


def test_the_count_or_the_tasks_after_which_unit_leads_most_are_of_that_unit(assistant):
    # Leaving out 各县人民政府, 市住房建设局 leads the most: tasks 11, 16 and 21.
    history = ["不算各县人民政府，哪个单位牵头的任务最多"]
    answer = assistant.ask("都是哪几条呢", history)
    assert [c.task for c in answer.citations] == [11, 16, 21]
    answer = assistant.ask("它总共牵头几条", history)
    assert answer.count == 3


def test_tasks_of_a_part_picked_out_by_a_unit_in_a_role_stay_within_the_part(assistant):
    # Part 三 is tasks 13-16; 市水务局 is a responsible unit of 13 and 16 there (and of 2, 11 and 25 elsewhere).
    answer = assistant.ask("把配合单位中含市水务局的都筛出来", ["第三部分包括哪几项任务"])
    assert [c.task for c in answer.citations] == [13, 16]


def test_two_places_before_a_line_are_tasks_of_the_list_even_after_a_line_was_shown(assistant):
    # Part 三's second and fourth tasks are 14 and 16; the only responsible unit they share is 市工业信息化局.
    history = ["第三部分包括哪几项任务", "头一条的配合单位是哪些"]
    answer = assistant.ask("第2个和第4个的配合单位里有重复的吗", history)
    assert [c.task for c in answer.citations] == [14, 16]
    assert "都有的责任单位：市工业信息化局。" in answer.answer


def test_tasks_not_led_by_the_counties_alone_are_the_others_of_the_part(assistant):
    # Part 六 is tasks 25-27; 25 and 26 are led by 各县人民政府 alone, 27 by 市乡村振兴局 with them.
    answer = assistant.ask("第六部分哪几项不是各县人民政府单独牵头的")
    assert [c.task for c in answer.citations] == [27] and answer.count == 1


def test_which_role_a_unit_plays_gives_its_tasks_in_each_role(assistant):
    # 市公安局 leads task 28 and is a responsible unit of task 4.
    answer = assistant.ask("公安局在方案里是牵头还是配合")
    assert [c.task for c in answer.citations] == [4, 28]
    assert "牵头1项" in answer.answer and "作为责任单位参与1项" in answer.answer
    # A unit the notice does not name is declined by its name.
    answer = assistant.ask("市烟草局在方案里算牵头还是配合")
    assert not answer.in_scope and "市烟草局" in answer.answer


def test_a_unit_alone_on_the_line_shown_is_checked_on_that_line(assistant):
    # Task 1's lead line is 各县人民政府 alone; task 13's is 市生态环境局、市林草局、各县人民政府.
    answer = assistant.ask("牵头单位就各县政府一家吗", ["第1项的配合单位"])
    assert [c.task for c in answer.citations][:1] == [1] and answer.answer.startswith("是的")
    answer = assistant.ask("牵头单位就市林草局一家吗", ["第13项的配合单位"])
    assert [c.task for c in answer.citations][:1] == [13] and answer.answer.startswith("不是")
    # The size of the line asked is the line's size, of the task shown (task 5 has two lead units).
    answer = assistant.ask("牵头单位只有两个吗", ["第5项的配合单位"])
    assert [c.task for c in answer.citations] == [5] and answer.answer.startswith("是的")


def test_the_responsible_line_asked_with_a_remark_on_the_misprint_is_the_task_s_line(assistant):
    # Task 29 prints its label as 任单位 (责 left out); its units are 市财政局、人行海东中心支行、市发展改革委.
    answer = assistant.ask("责任单位那一栏印得好像少了个字，都有谁", ["第29项由谁牵头"])
    assert [c.task for c in answer.citations] == [29]
    assert "市财政局、人行海东中心支行、市发展改革委" in answer.answer


def test_an_earlier_task_named_by_its_topic_is_asked_of_after_another(assistant):
    # Task 15 (垃圾) is led by 市城管局 and 各县人民政府; task 20 came after it.
    answer = assistant.ask("前面那个垃圾的是谁牵头", ["第15项由谁负责", "第20项由谁负责"])
    assert answer.citations[0].task == 15 and "市城管局" in answer.answer.splitlines()[0]


def test_the_lines_of_the_tasks_shown_less_a_unit_are_the_other_units(assistant):
    # Part 三 (tasks 13-16) is led by 市生态环境局、市林草局 (13), 市发展改革委 (14), 市城管局 (15), 市住房建设局 (16),
    # each with 各县人民政府.
    answer = assistant.ask("去掉各县人民政府还剩哪几个", ["第三部分的任务分别由谁牵头"])
    assert [c.task for c in answer.citations] == [13, 14, 15, 16]
    first = answer.answer.splitlines()[0]
    assert first.endswith("：市生态环境局、市林草局、市发展改革委、市城管局、市住房建设局。")
    assert "不算各县人民政府" in first


def test_a_unit_not_in_the_role_just_counted_is_asked_in_the_same_part(assistant):
    # Part 三 is tasks 13-16: 市住房建设局 is on the 责任单位 line of 13 and 14, leads 16 and is not on 15.
    history = ["第三部分里住建局配合了几条"]
    answer = assistant.ask("那没配合的是哪几条", history)
    assert [c.task for c in answer.citations] == [15, 16]


def test_the_units_of_a_line_shown_that_are_no_city_department_are_picked_out(assistant):
    # Task 8's 责任单位: 市发展改革委、市自然资源和规划局、市住房建设局、市城管局、海东城投公司 (a company).
    answer = assistant.ask("这里面哪个不是市直部门", ["第8项的责任单位有哪些"])
    assert [c.task for c in answer.citations] == [8] and answer.count == 1
    assert "不是市直部门的有1个：海东城投公司。" in answer.answer
    answer = assistant.ask("里面哪些是市直部门", ["第8项的责任单位有哪些"])
    assert answer.count == 4
    # Task 10's 责任单位 (市自然资源和规划局、市住房建设局、市消防救援支队) are all city bodies.
    answer = assistant.ask("这里面哪个不是市直部门", ["第10项的配合单位是哪些"])
    assert answer.count == 0 and "都是市直部门" in answer.answer


def test_a_greeting_before_gives_no_task_to_a_topic_said_with_that(assistant):
    # Task 9 (洪涝灾害应对) is led by 市水务局 and 各县人民政府.
    answer = assistant.ask("防洪排涝那个由谁负责", ["您好，想问个事"])
    assert answer.citations[0].task == 9


def test_which_unit_of_a_line_shown_leads_a_task_named_by_its_topic(assistant):
    # Task 22's 责任单位 are 市残联 and 市发展改革委; task 14 (绿色低碳) is led by 市发展改革委 and 各县人民政府.
    answer = assistant.ask("这里面哪家牵头了绿色低碳那项", ["第22项的配合单位都是谁"])
    assert [c.task for c in answer.citations] == [22, 14] and "市发展改革委" in answer.answer.splitlines()[0]


def test_the_other_line_of_two_tasks_asked_together_is_asked_of_both(assistant):
    # Tasks 20 (养老托育) and 18 (医疗) share 市发展改革委 and 市财政局 on their 责任单位 lines.
    answer = assistant.ask("换成配合单位呢", ["养老和医疗那两条都谁牵头"])
    assert sorted(c.task for c in answer.citations) == [18, 20]
    assert "都有的责任单位：市发展改革委、市财政局。" in answer.answer


def test_the_size_of_a_line_shown_less_a_unit_is_counted(assistant):
    # Task 9's 责任单位: 市发展改革委、市自然资源和规划局、市住房建设局、市生态环境局; less 住建局, three.
    answer = assistant.ask("里面去掉市住房建设局，还剩几个", ["第9项的配合单位都是谁"])
    assert answer.count == 3 and [c.task for c in answer.citations] == [9]


@pytest.mark.parametrize("which", ["哪一项", "哪一个"])
def test_which_one_said_alone_after_a_count_lists_what_was_counted(assistant, which):
    # 市商务局 leads task 6 only.
    answer = assistant.ask(which, ["市商务局一共牵头几条"])
    assert [c.task for c in answer.citations] == [6]


def test_a_unit_s_other_tasks_besides_the_task_shown_leave_that_task_out(assistant):
    # 市教育局 leads task 19 and is a responsible unit of 4, 12, 17, 20, 24, 26 and 28.
    answer = assistant.ask("教育局除了这条还在哪几条里", ["第19项的配合单位有几个"])
    assert [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]


def test_the_units_of_a_line_shown_that_another_task_does_not_name_are_those_left(assistant):
    # Task 2's 责任单位 less task 9's (市发展改革委、市自然资源和规划局、市住房建设局、市生态环境局).
    answer = assistant.ask("这里面哪家在第9项的责任单位里没有", ["第2项的配合单位都是谁"])
    assert [c.task for c in answer.citations] == [2, 9]
    assert "没有的：市交通运输局、市水务局、市农业农村局、市文体旅游广电局。" in answer.answer


def test_what_the_task_says_asked_after_a_unit_s_one_task_is_answered_from_that_task(assistant):
    # 市金融办 leads task 29 only; its text names "海东市银行业金融机构评价激励办法".
    answer = assistant.ask("那个激励办法全称叫什么", ["金融办牵头的是哪一条"])
    assert answer.intent in (Intent.TOPIC, Intent.FACT)
    assert answer.citations[0].task == 29
    assert "评价激励办法" in answer.answer


def test_a_thing_the_task_shown_mentions_is_no_filter_over_the_notice(assistant):
    # 市人力资源社会保障局 leads task 17 only; task 17 speaks of 劳务品牌.
    answer = assistant.ask("里头提到的劳务品牌都有啥", ["人社局牵头哪一项任务"])
    assert answer.intent is not Intent.QUERY
    assert answer.citations[0].task == 17


def test_another_unit_s_tasks_asked_after_a_unit_s_one_task_stay_a_units_question(assistant):
    # "它还有别的吗" names nothing task 29 says: the unit's tasks again (one, so none else).
    answer = assistant.ask("它还有别的吗", ["金融办牵头的是哪一条"])
    assert [c.task for c in answer.citations] == [29]
    assert "没有别的" in answer.answer


def test_what_a_task_of_the_list_mentions_after_its_units_asks_for_its_text_not_units(assistant):
    # Part 五 is tasks 23 and 24; the first, 23, speaks of 非遗综合馆.
    answer = assistant.ask("头一项里写到的非遗馆建在哪", ["第五部分包括哪几项", "这两项的配合单位都有谁"])
    assert answer.intent in (Intent.TOPIC, Intent.FACT)
    assert answer.citations[0].task == 23


def test_a_count_after_a_unit_s_list_of_one_task_counts_that_list_not_the_notice(assistant):
    # 市水务局 leads task 9 only.
    answer = assistant.ask("一共是几条", ["水务局牵头了哪些"])
    assert answer.count == 1
    assert [c.task for c in answer.citations] == [9]


def test_a_total_after_a_unit_s_tasks_in_each_role_adds_both_lists(assistant):
    # 市水务局 leads task 9 and is a responsible unit of 2, 11, 13, 16 and 25: six tasks.
    answer = assistant.ask("总共涉及多少项", ["水务局牵头了哪些", "它当配合单位的任务呢"])
    assert answer.count == 6
    assert [c.task for c in answer.citations] == [2, 9, 11, 13, 16, 25]


def test_other_tasks_asked_with_the_role_unsaid_give_the_unit_s_tasks_in_the_other_role(assistant):
    # 市公安局 leads task 28 only and is a responsible unit of task 4.
    answer = assistant.ask("除了这个它还有其他任务没有", ["公安局是不是只牵头第28项"])
    assert [c.task for c in answer.citations] == [4]
    assert "没有别的了" in answer.answer


def test_a_superlative_with_county_governments_left_out_after_it_leaves_them_out(assistant):
    answer = assistant.ask("牵头任务最多的是哪个单位（县政府除外）")
    # 市住房建设局 leads 11, 16 and 21; every other city department fewer.
    assert [c.task for c in answer.citations] == [11, 16, 21]


def test_a_unit_left_out_after_a_task_s_line_is_that_line_less_it(assistant):
    # Task 3's 牵头单位: 市农业农村局、各县人民政府.
    answer = assistant.ask("把县政府去掉呢", ["第3项由谁牵头"])
    assert [c.task for c in answer.citations] == [3]
    assert "市农业农村局" in answer.answer and "其余的牵头单位" in answer.answer


def test_it_after_a_line_shown_less_a_unit_is_the_unit_left(assistant):
    # Task 3's lead line less 各县人民政府 is 市农业农村局, which leads task 3 alone of the city departments.
    answer = assistant.ask("它总共牵头了多少项", ["第3项谁牵头，各县政府不算"])
    assert answer.intent is not Intent.CLARIFY
    assert "市农业农村局" in answer.answer


@pytest.mark.parametrize("question", ["哪些写到了拉面", "这些任务里哪些说到拉面"])
def test_which_of_a_list_mention_a_word_are_those_of_the_tasks_shown(assistant, question):
    # Part 一 is tasks 1-6; 拉面 is printed in tasks 1, 4 and 5 of them (and in 17, outside the part).
    answer = assistant.ask(question, ["第一部分都有哪几项任务"])
    assert [c.task for c in answer.citations] == [1, 4, 5]


def test_which_tasks_mention_a_word_with_nothing_before_is_every_task_printing_it(assistant):
    answer = assistant.ask("哪几项写到了拉面")
    assert [c.task for c in answer.citations] == [1, 4, 5, 17]


def test_the_notice_itself_pointed_at_after_a_task_is_a_question_about_the_document(assistant):
    # The notice is addressed to 各县人民政府、海东工业园区管委会、市政府有关部门, whatever task was shown before.
    answer = assistant.ask("对了这份通知都发给了哪些单位", ["第19项是哪个单位牵头的"])
    assert answer.intent is Intent.META and answer.citations == ()
    assert "市政府有关部门" in answer.answer


def test_a_task_left_out_by_its_topic_leaves_the_rest_of_the_list_shown(assistant):
    # 市住房建设局 leads tasks 11 (地下管网), 16 and 21; 地下管网 is in task 11's title alone.
    answer = assistant.ask("把地下管网那条去掉，其余的是哪些", ["住房建设局作为牵头单位的任务列一下"])
    assert [c.task for c in answer.citations] == [16, 21]
    assert answer.answer.startswith("去掉第11项，还剩2项")


def test_both_roles_counted_with_the_word_for_responsible_lists_every_task_of_the_unit(assistant):
    # 市民政局 leads tasks 20 and 22 and is on the 责任单位 lines of tasks 4, 6, 12, 26 and 27.
    answer = assistant.ask("民政局的任务有哪些，牵头跟责任单位都包括")
    assert [c.task for c in answer.citations] == [4, 6, 12, 20, 22, 26, 27]
