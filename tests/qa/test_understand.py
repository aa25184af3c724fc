"""Questions are classified by what they ask, whatever the wording."""

from __future__ import annotations

import pytest

from corpus import load_notice
from corpus.units import build_alias_table
from qa.answer import Intent
from qa.understand import (
    QuestionReader,
    Role,
    correction_remainder,
    everyday_forms,
    longest_common_substring,
    normalize_question,
    opens_with_correction,
    plain_ordinals,
    plain_task_words,
    restates,
    strip_frame,
)


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    notice = load_notice()
    return QuestionReader(notice, build_alias_table(notice))


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("谁牵头污水处理", Intent.LEAD),
        ("老旧小区改造由哪个部门牵头？", Intent.LEAD),
        ("垃圾清运这块归谁管", Intent.LEAD),
        ("污水处理的责任单位有哪些", Intent.RESPONSIBLE),
        ("哪些部门配合智慧县城建设", Intent.RESPONSIBLE),
        ("自然资源局牵头哪些任务", Intent.UNIT_TASKS),
        ("住建局参与了哪些工作", Intent.UNIT_TASKS),
        ("咱们水务局这次要干的活儿都有哪些", Intent.UNIT_TASKS),  # colloquial framing around the unit
        ("每个县要有几所二甲医院", Intent.FACT),
        ("5G用户占比要求达到多少", Intent.FACT),
        ("城里没地方遛弯怎么办", Intent.TOPIC),
        ("第三部分主要讲什么", Intent.SECTION),
        ("实施保障那部分写了什么内容", Intent.SECTION),
        ("发文字号是多少", Intent.META),
        ("这份通知是哪天发布的", Intent.META),
    ],
)
def test_each_kind_of_question_gets_its_intent(reader, question, intent):
    assert reader.read(question).intent is intent


def test_a_unit_question_resolves_the_short_form_and_the_role(reader):
    led = reader.read("自然资源局牵头哪些任务")
    assert (led.units, led.role) == (("市自然资源和规划局",), Role.LEAD)
    involved = reader.read("人行有份参与的任务有哪些")
    assert (involved.units, involved.role) == (("人行海东中心支行",), Role.ANY)


def test_a_unit_inside_a_who_leads_question_is_part_of_the_topic(reader):
    assert reader.read("住建局那个污水任务由谁牵头").intent is Intent.LEAD


def test_sections_are_found_by_number_or_by_title_words(reader):
    assert reader.read("第3部分讲了什么").section == 3
    assert reader.read("基础设施那部分包含哪几项").section == 2


def test_an_explicit_task_number_is_kept(reader):
    assert reader.read("第十六项由谁牵头").task == 16
    assert reader.read("任务29的配合单位都有谁").task == 29


def test_a_bare_follow_up_leans_on_history(reader):
    assert reader.read("那配合单位有哪些").leans_on_history
    assert reader.read("这项任务是谁牵头的").leans_on_history
    assert not reader.read("谁牵头污水处理").leans_on_history


def test_framing_is_stripped_to_the_topic():
    assert strip_frame("配合部门分别是哪几个") == ""
    assert strip_frame("分别在哪几个县") == "在哪几个县"  # a place asked keeps its words
    assert strip_frame("请问谁牵头污水处理？") == "污水处理"


def test_normalisation_folds_width_and_control_characters():
    assert normalize_question("ＡＢＣ\x00谁牵头\t污水") == "ABC 谁牵头 污水"


def test_a_question_about_a_named_person_is_out_of_scope(reader):
    assert reader.read("互助县县长的名字叫什么").intent is Intent.OUT_OF_SCOPE
    assert reader.read("海东市现任市长叫什么").intent is Intent.OUT_OF_SCOPE


def test_asking_which_year_the_notice_was_issued_is_a_meta_question(reader):
    assert reader.read("这份文件是在哪一年印发的").intent is Intent.META


def test_traditional_characters_are_read_as_simplified(reader):
    understood = reader.read("誰牽頭污水處理")
    assert understood.text == "谁牵头污水处理" and understood.intent is Intent.LEAD


def test_the_last_part_is_the_last_section(reader):
    assert reader.read("最后一部分讲了什么").section == 8


def test_a_topic_sharing_words_with_a_section_title_is_not_a_section_question(reader):
    assert reader.read("县城公共服务向乡村覆盖包括哪些内容").intent is not Intent.SECTION


def test_what_a_unit_is_responsible_for_lists_its_tasks(reader):
    understood = reader.read("人民银行在这份方案里负责什么")
    assert understood.intent is Intent.UNIT_TASKS and understood.role is Role.ANY


@pytest.mark.parametrize(
    "question",
    [
        "孟达天池门票要多少钱",
        "政务服务中心几点下班",
        "办护照要带哪些材料",
        "我的补贴申请进度怎么查",
    ],
)
def test_service_information_the_plan_does_not_hold_is_out_of_scope(reader, question):
    assert reader.read(question).intent is Intent.OUT_OF_SCOPE


def test_who_leads_a_task_about_procedures_is_not_a_service_question(reader):
    # Plans of this genre have tasks about 审批手续 themselves; asking who leads one is in scope.
    assert reader.read("谁牵头简化审批手续").intent is not Intent.OUT_OF_SCOPE
    assert reader.read("办理审批手续要带什么材料").intent is Intent.OUT_OF_SCOPE


def test_a_unit_and_its_role_verb_alone_ask_for_its_tasks(reader):
    # 商务局 leads task 6 alone among the 市 units (the notice); nothing but the role verb follows it.
    u = reader.read("商务局牵头的")
    assert u.intent is Intent.UNIT_TASKS and u.units == ("市商务局",)


def test_a_task_number_written_with_hao_and_chinese_numerals_is_read(reader):
    assert reader.read("二十二号任务讲的什么").task == 22
    assert reader.read("五月二十二号任务完成了吗").task is None  # a date, not a task


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("发改委有几个活", "发改委有几个任务"),
        ("这差事谁管", "这差事谁管"),
        ("啥差事", "啥任务"),
        ("文化活动谁牵头", "文化活动谁牵头"),
    ],
)
def test_colloquial_nouns_for_a_task_read_as_task(typed, plain):
    assert plain_task_words(typed) == plain


def test_where_a_unit_appears_asks_for_its_tasks_but_a_street_does_not(reader):
    assert reader.read("残联写在哪条里了").intent is Intent.UNIT_TASKS
    assert reader.read("残联在哪条街").intent is not Intent.UNIT_TASKS


def test_a_unit_as_lead_unit_alone_asks_for_the_tasks_it_leads(reader):
    u = reader.read("城管局作为牵头单位的")
    assert u.intent is Intent.UNIT_TASKS and u.units == ("市城管局",) and u.role is Role.LEAD


def test_a_message_opening_with_a_correction_is_told_apart_from_one_merely_containing_its_words():
    assert opens_with_correction("不对，是城管局") and opens_with_correction("噢，写错了，是城管局")
    assert not opens_with_correction("城管局牵头的任务对不对")


def test_a_correction_may_open_with_i():
    assert opens_with_correction("我打错了，是第11项") and everyday_forms("我打错了，是第11项") == "那第11项呢"


def test_the_longest_common_substring_is_the_longest_piece_of_the_question_printed_verbatim():
    assert longest_common_substring("哪里建体育公园", "到2025年建成3处体育公园") == 4  # 体育公园
    assert longest_common_substring("垃圾", "污水处理") == 0


def test_a_request_to_tell_at_the_end_of_a_question_is_dropped():
    assert everyday_forms("第7项由谁牵头，说一下吧") == "第7项由谁牵头"
    assert everyday_forms("污水处理说一下") == "污水处理说一下"  # no question of its own: the request is the question


@pytest.mark.parametrize("request_again", ["再发一遍", "重复一下", "再说一次"])
def test_a_role_line_asked_to_be_sent_again_is_that_line(request_again):
    assert everyday_forms(f"牵头单位{request_again}") == "牵头单位"


def test_a_request_for_the_numbers_only_at_the_end_of_a_question_is_dropped():
    # The numbers are in every list answer; "编号" here is not the document number.
    assert everyday_forms("卫健委牵头的有哪几条，只要编号") == "卫健委牵头的有哪几条"
    assert everyday_forms("只说编号") == "只说编号"  # no question of its own


def test_the_remainder_of_a_correction_is_what_was_meant():
    assert correction_remainder("不对，我是说第9项") == "第9项"
    assert correction_remainder("第9项的配合单位有几个") == ""  # no correction


def test_not_this_but_that_asks_the_same_of_what_was_meant():
    assert everyday_forms("不是教育局，是邮政局") == "那邮政局呢"
    assert everyday_forms("不是教育局，是邮政局", follow_up=False) == "不是教育局，是邮政局"  # nothing to correct
    assert everyday_forms("不是教育局是谁") == "不是教育局是谁"  # a question of its own


def test_a_unit_leading_or_responsible_asks_for_every_task_it_is_on(reader):
    u = reader.read("水务局牵头或者当责任单位的任务")
    assert u.intent is Intent.UNIT_TASKS and u.role is Role.ANY


@pytest.mark.parametrize(
    ("text", "expected"),
    [("民政局参不参与养老", "民政局是否参与养老"), ("住建局牵不牵头", "住建局是否牵头"), ("参与不参与", "是否参与")],
)
def test_a_verb_asked_as_a_not_a_reads_as_whether(text, expected):
    assert everyday_forms(text) == expected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("它当责认单位的是哪几项", "它当责任单位的是哪几项"),
        ("配和的单位有谁", "配合的单位有谁"),
        ("都参于的任务", "都参与的任务"),
    ],
)
def test_a_role_word_typed_with_a_same_sound_slip_is_read_as_meant(typed, meant):
    assert normalize_question(typed) == meant


@pytest.mark.parametrize("text", ["负责认定的单位", "资金分配和使用", "搭配和组合"])
def test_a_slip_s_characters_inside_right_words_are_left_alone(text):
    assert normalize_question(text) == text


def test_same_as_above_asks_the_question_before_changed_as_said():
    assert everyday_forms("同上，只是换成配合单位") == "那换成配合单位呢"
    assert everyday_forms("同上 民政局呢") == "那民政局呢"
    assert everyday_forms("同上，换成水务局", follow_up=False) == "同上，换成水务局"  # nothing before it


def test_a_bare_no_corrects_only_before_saying_what_was_meant():
    assert correction_remainder("不是的，我问的是配合单位") == "配合单位"
    assert correction_remainder("不是各县政府牵头的有哪些") == ""  # a filter, not a correction


def test_a_task_number_typed_in_english_among_chinese_is_read_the_chinese_way():
    assert normalize_question("task 12的责任单位呀") == "第12项的责任单位呀"
    assert normalize_question("task 5和task 8谁牵头") == "第5项和第8项谁牵头"
    assert normalize_question("who leads task 12") == "who leads task 12"  # English alone is translated whole


def test_a_role_denied_after_the_role_meant_in_a_correction_is_dropped():
    assert correction_remainder("改一下，问的是配合单位不是牵头") == "配合单位"
    assert correction_remainder("不是这个局牵头的吗") == ""  # no pause after 不是这个: a question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("任务9有几个牵头单位", "第9项有几个牵头单位"),
        ("任务 12呢", "第12项呢"),
        ("任务3个", "任务3个"),
        ("任务1到5", "任务1到5"),
    ],
)
def test_a_task_written_after_the_noun_is_read_as_its_ordinal(text, expected):
    assert plain_ordinals(text) == expected


def test_the_old_spelling_bufen_is_read_as_bufen():
    # 部份 is an older spelling of 部分, no word of its own.
    assert normalize_question("第五部份讲了哪些事") == "第五部分讲了哪些事"


def test_a_request_to_list_after_a_question_that_asks_for_a_list_is_dropped():
    assert everyday_forms("第六部分包含哪几项任务，都列出来") == "第六部分包含哪几项任务"
    assert everyday_forms("还有别的任务吗？全部列一下") == "还有别的任务吗"  # the break goes with the request
    # With no break it is one request, and nothing is dropped.
    assert everyday_forms("第三部分牵头的局列一下") == "第三部分牵头的局列一下"


@pytest.mark.parametrize("question", ["市水务局牵头的是？", "市林草局负责的有", "市财政局是不是没有牵头的任务"])
def test_a_clipped_or_yes_no_question_on_a_units_tasks_asks_for_its_tasks(reader, question):
    assert reader.read(question).intent is Intent.UNIT_TASKS


def test_a_role_denied_then_the_role_meant_after_i_asked_is_the_role_meant():
    assert everyday_forms("不是牵头，我要的是该局配合的任务") == "那该局配合的任务呢"


@pytest.mark.parametrize(("asked", "plain"), [("第9项的目标数是多少", "第9项的目标是多少"), ("指标值呢", "指标呢")])
def test_a_target_asked_by_its_number_is_the_target(asked, plain):
    assert everyday_forms(asked) == plain


def test_a_number_of_targets_is_not_the_target():
    assert everyday_forms("目标数量有几个") == "目标数量有几个"


def test_have_or_not_asked_of_ones_shown_is_a_yes_or_no_question_in_a_conversation():
    assert everyday_forms("那有没有相同的") == "那有相同的吗"
    assert everyday_forms("有没有相同的", follow_up=False) == "有没有相同的"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("12那条的目标呢", "第12项的目标呢"),
        ("说说7这项", "说说第7项"),
        ("刚才那个9条讲了啥", "刚才第9项讲了啥"),
    ],
)
def test_a_bare_number_pointed_at_is_one_task(typed, meant):
    assert plain_ordinals(typed) == meant


@pytest.mark.parametrize("text", ["那8条任务都是谁牵头", "这个3条任务的清单"])
def test_a_number_of_tasks_pointed_at_is_left_a_count(text):
    assert plain_ordinals(text) == text


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("那水务局牵头的有吗", "那水务局有没有牵头的任务"),
        ("林草局配合的任务有没有", "林草局有没有配合的任务"),
        ("它都是哪几项的配合单位", "它当配合单位的任务有哪些"),
    ],
)
def test_whether_a_unit_has_tasks_in_a_role_reads_plainly(typed, plain):
    assert everyday_forms(typed) == plain


def test_a_space_after_a_question_s_particle_ends_its_clause():
    assert normalize_question("牵头的呢 有财政局吗") == "牵头的呢，有财政局吗"
    assert normalize_question("第9条 防洪 谁牵头") == "第9条 防洪 谁牵头"


def test_whether_asked_with_you_mei_you_after_a_clause_reads_as_you_ma():
    assert everyday_forms("责任单位呢，有没有林草局") == "责任单位呢，有林草局吗"


def test_a_thing_denied_then_a_whole_question_meant_is_read_afresh():
    # "养老那条" names the task about 养老, no earlier answer: the question stands on its own.
    assert restates("不是教育，我问的是养老那条，敬老院要建几所")
    assert not restates("不是这个，我问的是它的责任单位")


@pytest.mark.parametrize(("typed", "plain"), [("光看牵头单位", "只要牵头单位"), ("那只算配合单位", "那只要配合单位")])
def test_one_role_kept_in_other_words_reads_as_only_that_role(typed, plain):
    assert everyday_forms(typed) == plain


def test_a_request_to_list_right_after_the_ones_of_a_role_is_that_list():
    assert everyday_forms("教育局当配合单位的都列一下") == "教育局当配合单位的"
    # After a comma the request is read with the clause before it.
    assert everyday_forms("不光配合,它牵头的也都列一下") == "不光配合,它牵头的也都列一下"


def test_na_typed_for_na_at_the_end_of_a_question_asks_which():
    assert everyday_forms("卫健委配合的有那些") == "卫健委配合的有哪些"
    assert everyday_forms("它配合的是那几项？") == "它配合的是哪几项？"
    assert everyday_forms("那些任务里谁牵头") == "那些任务里谁牵头"  # a pointer, not a slip


def test_either_role_said_in_so_many_words_leaves_the_role_open():
    assert everyday_forms("卫健委无论是牵头还是配合，都有哪些任务") == "卫健委都有哪些任务"


def test_only_one_lead_that_is_named_means_only_that_unit():
    assert everyday_forms("牵头单位就一个市商务局的任务") == "牵头单位只有市商务局的任务"
    assert everyday_forms("牵头单位就一个的任务") == "牵头单位就一个的任务"


def test_the_task_shown_set_aside_before_asking_for_others_is_the_others_asked():
    assert everyday_forms("除了这项，它还配合过别的吗") == "它还配合过别的吗"
    assert everyday_forms("除了这项，它还配合过别的吗", follow_up=False) == "除了这项，它还配合过别的吗"


def test_tasks_picked_out_by_a_unit_in_a_role_are_asked_for_as_which_ones():
    assert everyday_forms("把配合单位中含水务局的都筛出来") == "其中配合单位中含水务局的是哪几条"
    assert everyday_forms("拎出市城管局牵头的") == "其中市城管局牵头的是哪几条"
    # With nothing shown before, there is nothing to pick from: the whole notice is asked.
    assert everyday_forms("拎出市城管局牵头的", follow_up=False) == "市城管局牵头的是哪几条"
    # No unit in a role: nothing to pick by.
    assert "哪几条" not in everyday_forms("把这些挑出来")


def test_the_number_of_a_thing_named_is_not_the_document_number(reader):
    assert reader.read("G109那段改建工程的编号是多少").intent is not Intent.META
    assert reader.read("这个文件的编号是多少").intent is Intent.META
    assert reader.read("编号是多少").intent is Intent.META


def test_a_bare_correction_saying_what_is_wanted_asks_the_same_of_that_role():
    # As "我问的是" says what was meant after a bare 不是, so do 我要 and 要.
    assert everyday_forms("不是，要配合的") == everyday_forms("不是，我问的是配合的")
    assert everyday_forms("不是，我要牵头单位") == everyday_forms("不是，我问的是牵头单位")
    assert everyday_forms("我要牵头的") == "我要牵头的"  # no correction without the 不是 before it


def test_which_role_a_unit_plays_is_asked_as_its_tasks_in_either_role():
    assert everyday_forms("应急局在方案里是牵头还是配合") == "应急局参与了哪些任务"
    assert everyday_forms("发改委到底算配合单位还是牵头单位") == "发改委参与了哪些任务"
    # With a task pointed at, one line is checked instead.
    assert everyday_forms("这项里财政局是牵头还是配合") == "这项里财政局是牵头还是配合"
    assert everyday_forms("林草局在里头算牵头还是配合") == "林草局在里头算牵头还是配合"


def test_a_unit_alone_on_a_line_is_asked_as_whether_only_it_has_that_role():
    assert everyday_forms("牵头就各县人民政府一家？") == "是只有各县人民政府牵头吗"
    assert everyday_forms("配合单位只有市水务局吗") == "是只有市水务局配合吗"
    # A number is no unit: "只有两个" is the size of the line, read elsewhere.
    assert everyday_forms("牵头单位只有两个吗") == "牵头单位只有两个吗"
    # Without a conversation there is no line shown to check.
    assert everyday_forms("配合单位只有市水务局吗", follow_up=False) == "配合单位只有市水务局吗"


@pytest.mark.parametrize("tag", ["对不对", "，对吧", "，是吧", "没错吧"])
def test_a_statement_with_a_tag_asking_it_back_is_a_yes_or_no_question(tag):
    assert everyday_forms(f"城管局在里面{tag}") == "城管局在里面吗"


def test_a_remark_on_a_misprint_is_read_past_to_the_question_beside_it():
    assert everyday_forms("那配合单位具体有谁，文件里好像写成任单位了") == "那配合单位具体有谁"
    # Asking where the misprint is, is the question itself.
    assert everyday_forms("哪一行少了个字") == "哪一行少了个字"


def test_a_line_pointed_at_is_the_line_itself():
    assert everyday_forms("牵头单位这一栏列了哪几家") == "牵头单位列了哪几家"


def test_an_earlier_task_pointed_at_by_its_topic_is_that_topic_s_task():
    assert everyday_forms("前面那个污水的是谁牵头") == "污水那条是谁牵头"
    assert everyday_forms("之前那条垃圾的配合单位") == "垃圾那条配合单位"
    # With nothing said before, nothing was earlier.
    assert everyday_forms("前面那个污水的是谁牵头", follow_up=False) == "前面那个污水的是谁牵头"


@pytest.mark.parametrize("question", ["刚才那个比例是多少的目标", "前面那个委牵头的那项谁配合"])
def test_an_earlier_turn_pointed_at_without_a_topic_is_left_to_the_conversation(question):
    assert everyday_forms(question) == question


def test_the_same_task_is_the_task_just_spoken_of():
    assert everyday_forms("同一项里还有哪些单位") == "这条里还有哪些单位"
    assert everyday_forms("同一项里还有哪些单位", follow_up=False) == "同一项里还有哪些单位"


def test_a_unit_of_the_same_task_asked_about_in_its_own_right_is_not_the_task():
    question = "同一项里的水务局，一共在几条里当配合单位"
    assert everyday_forms(question) == question


def test_which_unit_shown_has_a_role_on_a_task_named_by_its_topic_is_asked_as_also_on_it():
    assert everyday_forms("这里面哪家牵头了养老那项") == "这里面哪家也是养老那条的牵头单位"
    assert everyday_forms("哪家牵头了养老那项", follow_up=False) == "哪家牵头了养老那项"


@pytest.mark.parametrize(
    ("question", "read_as"),
    [("那里面它牵头的拿掉，还剩几条", "那它参与但不牵头的有几条"), ("该局配合的去掉，剩下几条", "该局牵头的有几条")],
)
def test_a_unit_s_tasks_in_one_role_taken_out_leaves_its_tasks_in_the_other(question, read_as):
    assert everyday_forms(question) == read_as


@pytest.mark.parametrize("question", ["民政局跟卫健委在不在同一个任务里", "水务局和林草局在同一条里吗"])
def test_whether_two_units_share_a_task_is_asked_as_the_tasks_both_take_part_in(question):
    a, b = ("民政局", "卫健委") if "民政局" in question else ("水务局", "林草局")
    assert everyday_forms(question) == f"{a}和{b}都参与的任务有哪些"


def test_two_tasks_in_one_task_is_no_pair_of_units():
    assert everyday_forms("第3项和第5项在同一个任务里吗") == "第3项和第5项在同一个任务里吗"


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("教育局除了这条还在哪几条里", "教育局还参与了哪些别的任务"),
        ("发改委除了这项还牵头了哪些", "发改委还牵头了哪些别的任务"),
    ],
)
def test_a_unit_s_tasks_besides_the_one_shown_are_asked_as_its_other_tasks(question, read_as):
    assert everyday_forms(question) == read_as


@pytest.mark.parametrize(("text", "read"), [("19谁牵头的", "第19项谁牵头的"), ("8讲了些啥", "第8项讲了些啥")])
def test_a_bare_number_opening_a_question_about_a_task_is_its_number(text, read):
    assert plain_ordinals(text) == read


@pytest.mark.parametrize("text", ["10万亩谁负责", "5G基站谁建", "2025年前谁牵头"])
def test_a_figure_or_year_opening_a_question_is_no_task_number(text):
    assert plain_ordinals(text) == text
