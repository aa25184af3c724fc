"""The assistant answers from the records and cites the task (fake encoder: no model)."""

from __future__ import annotations

import pytest

from corpus.records import Task
from qa.answer import Intent
from qa.assistant import _blended_titles


def test_who_leads_names_the_task_its_lead_and_responsible_units(assistant):
    answer = assistant.ask("谁牵头污水处理")
    assert answer.intent is Intent.LEAD and answer.in_scope
    first = answer.citations[0]
    assert first.task == 16
    assert first.lead_units == ("市住房建设局", "各县人民政府")
    assert answer.answer.startswith("第16项「提高污水收集处理能力」由市住房建设局、各县人民政府牵头，责任单位：")
    assert first.evidence in first.text


def test_which_tasks_a_unit_leads_cites_exactly_those_tasks(assistant):
    answer = assistant.ask("自然资源局牵头哪些任务")
    assert answer.intent is Intent.UNIT_TASKS
    assert [c.task for c in answer.citations] == [30]


def test_taking_part_adds_responsible_tasks_with_their_role(assistant):
    answer = assistant.ask("财政局都参与哪几项任务")
    assert [(c.task, c.role) for c in answer.citations] == [
        (18, "responsible"), (19, "responsible"), (20, "responsible"), (28, "responsible"), (29, "responsible"),
    ]  # fmt: skip


def test_a_county_leads_by_name_and_as_one_of_all_counties_and_the_answer_says_which(assistant):
    answer = assistant.ask("化隆县牵头哪些任务")
    by_name = [c.task for c in answer.citations if c.as_named == "化隆县人民政府"]
    shared = [c.task for c in answer.citations if c.as_named == "各县人民政府"]
    assert by_name == [4]
    assert len(shared) == 29 and 4 not in shared
    assert "以本县名义单独牵头1项" in answer.answer


def test_a_section_question_lists_the_section_tasks(assistant):
    answer = assistant.ask("第三部分主要讲什么")
    assert answer.intent is Intent.SECTION
    assert [c.task for c in answer.citations] == [13, 14, 15, 16]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("发文字号是多少", "东政办〔2023〕26号"),
        ("这份通知是哪个部门发的", "海东市人民政府办公室"),
        ("通知的成文日期", "2023年05月09日"),
        ("任务总数有多少项", "34项"),
    ],
)
def test_metadata_questions_are_answered_from_the_header(assistant, question, expected):
    answer = assistant.ask(question)
    assert answer.intent is Intent.META and expected in answer.answer


def test_an_explicit_task_number_is_answered_for_that_task(assistant):
    answer = assistant.ask("第29项有哪些责任单位")
    assert answer.citations[0].task == 29
    assert answer.citations[0].responsible_units == ("市财政局", "人行海东中心支行", "市发展改革委")


def test_a_follow_up_uses_the_task_of_the_previous_question(assistant):
    answer = assistant.ask("那配合单位有哪些", ["第21项是谁牵头的"])
    assert answer.intent is Intent.RESPONSIBLE
    assert answer.citations[0].task == 21


def test_a_unit_follow_up_keeps_the_unit_question(assistant):
    answer = assistant.ask("那民政局呢", ["住建局牵头的任务都有哪些"])
    assert answer.intent is Intent.UNIT_TASKS
    assert [c.task for c in answer.citations] == [20, 22]


def test_tasks_without_units_say_so(assistant):
    answer = assistant.ask("第32项由谁牵头")
    assert "没有为它列出牵头单位和责任单位" in answer.answer


# Question marks alone ask back instead (below).
@pytest.mark.parametrize("question", ["", "   ", "@#￥%……&*", "x" * 10_000])
def test_empty_punctuation_or_overlong_questions_get_a_chinese_message(assistant, question):
    answer = assistant.ask(question)
    assert not answer.in_scope and answer.answer and not answer.citations


def test_bad_argument_types_raise_type_error(assistant):
    with pytest.raises(TypeError, match="question must be str"):
        assistant.ask(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="history must be a sequence of str"):
        assistant.ask("谁牵头污水处理", "老旧小区")


def test_the_json_form_has_the_contract_keys(assistant):
    data = assistant.ask("谁牵头污水处理").to_json("q1")
    assert list(data) == ["id", "question", "intent", "in_scope", "answer", "citations", "suggestions", "count"]
    assert set(data["citations"][0]) >= {
        "task", "title", "section", "lead_units", "responsible_units", "text", "evidence", "score",
    }  # fmt: skip


def test_a_question_in_traditional_characters_finds_the_same_task(assistant):
    answer = assistant.ask("誰牽頭污水處理")
    assert answer.intent is Intent.LEAD and answer.citations[0].task == 16


def test_pasted_markup_is_not_a_question(assistant):
    answer = assistant.ask("<img src=x onerror=alert(1)>")
    assert not answer.in_scope and not answer.citations and "没有看懂" in answer.answer


def test_a_question_wrapped_in_markup_is_still_answered(assistant):
    assert assistant.ask("<b>谁牵头污水处理</b>").citations[0].task == 16


def test_a_follow_up_quotes_the_sentence_the_earlier_question_was_about(assistant):
    answer = assistant.ask("这项任务是谁牵头的", ["第12项千兆宽带"])
    assert answer.citations[0].task == 12 and "千兆宽带" in answer.citations[0].evidence


def test_asking_what_a_numbered_task_says_quotes_the_whole_task(assistant):
    answer = assistant.ask("第32项讲了什么")
    assert "市发展改革委要负责牵头做好任务分解" in answer.answer
    assert "没有为它列出牵头单位和责任单位" in answer.answer


def test_a_chain_of_follow_ups_keeps_the_first_topic(assistant):
    answer = assistant.ask("它的目标定了多少", ["第18项是哪个单位牵头", "那配合单位分别是谁"])
    assert answer.intent is Intent.FACT and answer.citations[0].task == 18
    assert "二甲医院" in answer.citations[0].evidence or any(ch.isdigit() for ch in answer.citations[0].evidence)


def test_a_unit_s_contacts_are_declined_with_the_reason(assistant):
    # Was a rule alternative in qa/understand.py written after reading challenge questions (issue 9);
    # now a general contacts table in the lexicon.
    answer = assistant.ask("城管局办公地点在哪里")
    assert not answer.in_scope and "联系方式" in answer.answer and answer.citations == ()


def test_a_content_answer_cites_only_the_tasks_it_gives(assistant):
    # The first task, and any other only when the answer names it as about as close ("相关的还有"); a task
    # retrieval merely ranked next is no source of the answer.
    answer = assistant.ask("谁牵头污水处理")
    cited = [c.task for c in answer.citations]
    named_too = [n for n in cited[1:] if f"第{n}项" in answer.answer.split("相关的还有")[-1]]
    assert cited[0] == 16 and cited[1:] == named_too


@pytest.mark.parametrize(
    "first", ["照刚才那样再列一遍，换成第三部分", "同上，但是换成牵头单位", "这个项目谁牵头", "跟上面一样的问题"]
)
def test_a_first_message_pointing_at_an_earlier_question_asks_back(assistant, first):
    answer = assistant.ask(first)
    assert answer.intent is Intent.CLARIFY and answer.citations == ()


@pytest.mark.parametrize("follow", ["不对，我问的其实是配合单位", "同上，只是换成配合单位"])
def test_a_correction_or_same_as_above_asks_the_last_task_s_other_line(assistant, follow):
    # Task 19 (教育资源供给): lead 市教育局、各县人民政府; responsible 市发展改革委、市财政局.
    answer = assistant.ask(follow, ["第19项由谁牵头"])
    assert [c.task for c in answer.citations] == [19]
    assert "市发展改革委、市财政局" in answer.answer.splitlines()[0]


def test_a_unit_with_a_slip_in_its_role_word_keeps_the_role(assistant):
    # 市教育局 is a responsible unit of tasks 4, 12, 17, 20, 24, 26 and 28 (it leads only 19).
    answer = assistant.ask("那它当责认单位的呢", ["教育局牵头了哪几项"])
    assert [c.task for c in answer.citations] == [4, 12, 17, 20, 24, 26, 28]


def test_a_goodbye_for_another_day_is_small_talk(assistant):
    assert assistant.ask("好嘞，改天再来问").intent is Intent.SMALLTALK


def test_a_company_s_legal_representative_is_a_person_the_notice_does_not_name(assistant):
    answer = assistant.ask("城投公司的法定代表人是谁")
    assert answer.in_scope is False and answer.citations == ()


def test_a_yes_no_question_about_a_line_then_asking_for_the_whole_line_gets_both(assistant):
    # Task 14 (低碳): responsible 市工业信息化局、市住房建设局、市交通运输局.
    answer = assistant.ask("那配合单位里有住建局吗，都有谁", ["低碳那条谁牵头"])
    assert [c.task for c in answer.citations] == [14] and answer.answer.startswith("有")
    assert "市工业信息化局、市住房建设局、市交通运输局" in answer.answer


@pytest.mark.parametrize(("part", "same"), [("第五部分讲了哪些", True), ("第七部分都有啥任务", False)])
def test_a_line_compared_with_the_tasks_unsaid_compares_the_tasks_just_listed(assistant, part, same):
    # Part 五 (23, 24): both led by 市文体旅游广电局、各县人民政府. Part 七 (28-30): 28 by 市公安局, 29 by 市金融办.
    answer = assistant.ask("牵头部门都一样吗", [part])
    assert [c.task for c in answer.citations] == ([23, 24] if same else [28, 29, 30])
    assert ("不完全相同" not in answer.answer and "完全相同" in answer.answer) is same


def test_a_line_compared_with_nothing_shown_asks_back(assistant):
    assert assistant.ask("牵头部门都一样吗").intent is Intent.CLARIFY


def test_which_county_a_quoted_figure_is_about(assistant):
    # Task 4's sentence with the 40% target names 化隆县 only.
    answer = assistant.ask("这说的是哪个县", ["人口城镇化率要达到多少"])
    assert [c.task for c in answer.citations] == [4] and "化隆县" in answer.answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        # Task 11: 市住房建设局 leads it; task 12: it is a responsible unit there, led by 市工业信息化局.
        ("第11项住建局没有牵头吗", "市住房建设局是牵头单位。"),
        ("第12项住建局没牵头吗", "市住房建设局不是牵头单位。"),
        ("第12项住建局不是责任单位吗", "市住房建设局是责任单位。"),
    ],
)
def test_a_yes_or_no_asked_in_the_negative_is_answered_with_the_fact(assistant, question, first_line):
    # "是的" would agree with the "not"; the fact is said instead.
    answer = assistant.ask(question)
    assert answer.answer.splitlines()[0] == first_line and len(answer.citations) == 1


def test_the_city_departments_on_a_task_s_lead_line_leave_the_county_governments_out(assistant):
    # Task 8 is led by 市交通运输局 and 各县人民政府; task 1 by 各县人民政府 alone.
    answer = assistant.ask("第8项牵头的市级部门是谁")
    assert answer.answer.splitlines()[0].endswith("市直部门（不算县政府）共1个：市交通运输局。") and answer.count == 1
    assert assistant.ask("第1项牵头的市直部门有哪些").answer.splitlines()[0].endswith("：没有。")


def test_the_city_departments_leading_the_tasks_just_listed(assistant):
    # 市城管局 is on tasks 8, 12 and 16 as a responsible unit; they are led by 交通运输局, 工业信息化局, 住房建设局.
    answer = assistant.ask("这几项牵头的市直部门分别是谁", ["市城管局配合哪些任务"])
    assert [c.task for c in answer.citations] == [8, 12, 16]
    assert answer.answer.splitlines()[0].endswith("：市交通运输局、市工业信息化局、市住房建设局。")


def test_two_tasks_asked_one_after_the_other_are_the_two_of_a_line_question(assistant):
    # Tasks 3 and 5 are led by 市农业农村局 and 市工业信息化局 (each with 各县人民政府).
    answer = assistant.ask("两条牵头的市直部门各是谁", ["第3条讲的是啥", "第5条讲的是啥"])
    assert [c.task for c in answer.citations] == [3, 5]
    assert "市农业农村局、市工业信息化局" in answer.answer.splitlines()[0]


def test_a_request_to_list_ahead_of_a_part_filters_the_list_just_shown(assistant):
    # 市教育局 is a responsible unit of tasks 4, 12, 17, 20, 24, 26, 28; of part 四 (17-22): 17 and 20.
    answer = assistant.ask("列一下第四部分里的", ["教育局当责任单位的是哪几条"])
    assert [c.task for c in answer.citations] == [17, 20]


def test_a_request_to_list_with_nothing_said_asks_back(assistant):
    assert assistant.ask("给我列下吧").intent is Intent.CLARIFY


@pytest.mark.parametrize(
    ("question", "tasks"),
    [
        ("which tasks does 水务局 lead", [9]),  # 市水务局 leads task 9 only
        ("In which tasks is 市教育局 a responsible unit?", [4, 12, 17, 20, 24, 26, 28]),
        ("which tasks are led by the water bureau?", [9]),
        ("Which tasks do not name any lead unit?", [31, 32, 33, 34]),
        ("what tasks are in section 三", [13, 14, 15, 16]),
    ],
)
def test_english_around_chinese_names_and_english_word_order_are_read_in_chinese(assistant, question, tasks):
    answer = assistant.ask(question)
    assert [c.task for c in answer.citations] == tasks and answer.answer.startswith("（按中文理解为")


@pytest.mark.parametrize("question", ["who is the director of the water bureau", "Who is the mayor of the city?"])
def test_an_english_question_about_a_person_is_declined(assistant, question):
    answer = assistant.ask(question)
    assert answer.in_scope is False and answer.citations == ()


def test_english_chat_saying_where_one_works_is_small_talk(assistant):
    assert assistant.ask("Good afternoon, I work in the water bureau.").intent is Intent.SMALLTALK


@pytest.mark.parametrize("question", ["thx a lot", "do you speak english", "great job"])
def test_english_thanks_in_short_and_asking_for_english_are_small_talk(assistant, question):
    assert assistant.ask(question).intent is Intent.SMALLTALK


def test_an_english_rate_cap_is_the_most_the_rate_may_be(assistant):
    # Task 17 keeps the registered unemployment rate within 3.5%.
    answer = assistant.ask("what is the cap of the unemployment rate")
    assert [c.task for c in answer.citations][:1] == [17] and "3.5%" in answer.answer


def test_an_english_question_names_the_industrial_park_s_committee(assistant):
    # 海东工业园区管委会 is a responsible unit of task 5 only.
    answer = assistant.ask("Which task names the industrial park management committee?")
    assert [c.task for c in answer.citations] == [5]


def test_an_english_figure_of_the_aluminum_and_magnesium_base_is_of_task_5(assistant):
    # Task 5 gives figures of 民和's 铝镁 base and of 互助's: with no county said, which one is asked back.
    answer = assistant.ask("What is the output value target of the aluminum and magnesium processing base?")
    assert answer.intent is Intent.CLARIFY and "民和县" in answer.answer


def test_our_bureau_after_an_introduction_with_a_greeting_is_the_speaker_unit(assistant):
    # 市水务局 is a responsible unit of tasks 2, 11, 13, 16, 25 (it leads 9).
    answer = assistant.ask("我们局要当责任单位的有几条", ["您好，我是市水务局的"])
    assert answer.count == 5 and [c.task for c in answer.citations] == [2, 11, 13, 16, 25]


def test_each_unit_s_tasks_said_unit_by_unit_and_then_filtered_within_them(assistant):
    # 市民政局 leads 20 and 22, 市卫生健康委 leads 18; 市发展改革委 is a responsible unit of all three.
    first = assistant.ask("民政局牵头的和卫健委牵头的分别是哪几条")
    assert [c.task for c in first.citations] == [20, 22, 18]
    answer = assistant.ask("刚说的那几条里，有发改委当责任单位的吗", ["民政局牵头的和卫健委牵头的分别是哪几条"])
    assert sorted(c.task for c in answer.citations) == [18, 20, 22]


@pytest.mark.parametrize(
    ("history", "follow", "tasks"),
    [
        # Task 5's responsible units: 市农业农村局、市文体旅游广电局、市商务局、海东工业园区管委会.
        (["第5项由谁来牵头"], "改一下，问的是配合单位不是牵头", [5]),
        # 市残联 is a responsible unit of task 22 only.
        (["民政局牵头的是第几条"], "不是这个，我想问残联做责任单位的", [22]),
    ],
)
def test_a_correction_opened_with_a_pause_asks_what_it_says(assistant, history, follow, tasks):
    answer = assistant.ask(follow, history)
    assert [c.task for c in answer.citations] == tasks


def test_the_middle_one_of_three_listed(assistant):
    # Part 六: tasks 25, 26, 27; the middle one, 26, is led by 各县人民政府 alone.
    answer = assistant.ask("中间的那个谁牵头", ["第六部分底下有哪几项任务"])
    assert [c.task for c in answer.citations] == [26]


@pytest.mark.parametrize(("question", "tasks"), [("水务局牵头的是第几项", [9]), ("残联配合的是第几项", [22])])
def test_which_numbers_a_unit_has_in_a_role_lists_its_tasks(assistant, question, tasks):
    # 市水务局 leads task 9 only (it is a responsible unit of 13, which 市生态环境局 leads).
    answer = assistant.ask(question)
    assert [c.task for c in answer.citations] == tasks


@pytest.mark.parametrize(
    "question",
    ["how much is the investment in sewage treatment", "what is the budget of task 9", "马铃薯基地建在哪个乡"],
)
def test_an_amount_or_a_township_the_notice_does_not_give_is_declined(assistant, question):
    # Task 16 (污水) and task 9 give no money; task 2 names the 马铃薯 bases without a township.
    answer = assistant.ask(question)
    assert answer.in_scope is False and answer.citations == ()


@pytest.mark.parametrize("marks", ["？", "???", "。。。", "！？"])
def test_question_marks_alone_are_asked_back_with_questions_to_pick(assistant, marks):
    answer = assistant.ask(marks)
    assert answer.intent is Intent.CLARIFY and answer.in_scope and not answer.citations
    assert answer.suggestions


def test_words_blending_two_task_titles_are_asked_back_with_both_tasks(assistant):
    # Task 15 is 提升垃圾收集处理能力, task 16 提高污水收集处理能力: "垃圾污水收集处理" takes from both titles.
    answer = assistant.ask("垃圾污水收集处理那项是哪个局牵头")
    assert answer.intent is Intent.CLARIFY and answer.citations == ()
    assert [s[:4] for s in answer.suggestions] == ["第15项", "第16项"]


def _titled(number: int, title: str) -> Task:
    return Task(number, title, 1, title, (title,), (), ())


def test_a_common_phrase_sharing_two_characters_with_another_title_is_no_blend():
    smart = _titled(12, "逐步构建新型智慧县城")
    city = _titled(1, "主动承接好兰西城市群发展辐射带动作用")
    assert _blended_titles("智慧城市", [smart, city]) == []
    villages = _titled(25, "着力推动县城基础设施向乡村延伸")
    services = _titled(26, "加快推进县城公共服务供给向乡村覆盖")
    assert _blended_titles("向乡村延伸覆盖", [villages, services]) == [villages, services]
