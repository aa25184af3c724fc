"""The speaker's own unit: a self-introduction, then "我们" meaning that unit (qa/reading/speaker.py)."""

from __future__ import annotations

import pytest

from qa.reading.speaker import PlaceSaid, Speaker


@pytest.fixture(scope="module")
def speaker(assistant) -> Speaker:
    return Speaker(assistant.reader.alias_table)


@pytest.mark.parametrize(
    ("message", "unit"),
    [
        ("我是民政局的", "市民政局"),
        ("我们单位是水务局", "市水务局"),
        ("我在林草局上班", "市林草局"),
        ("本人是市商务局的工作人员", "市商务局"),
        ("我分管住建口", "市住房建设局"),  # a line of work, said by its short name
        ("我负责发改这块", "市发展改革委"),
    ],
)
def test_a_whole_message_introducing_the_speaker_names_the_unit(speaker, message, unit):
    assert speaker.introduced(message) == unit


@pytest.mark.parametrize("message", ["我是市民", "我是新来的", "我在看第三部分", "我是民政局的，牵头几项"])
def test_a_message_that_is_not_only_an_introduction_names_no_unit(speaker, message):
    assert speaker.introduced(message) is None


def test_an_introduction_that_goes_on_to_ask_gives_the_unit_and_the_question(speaker):
    assert speaker.opening("我是民政局的，我们配合几项") == ("市民政局", "我们配合几项")


def test_the_latest_introduction_in_the_conversation_is_the_speaker_unit(speaker):
    assert speaker.unit_in(["我是民政局的", "3号任务谁来牵头", "我在林草局上班", "4号任务呢"]) == "市林草局"


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("我们牵头的一共几项", "X牵头的一共几项"),
        ("咱局配合的有几条", "X配合的有几条"),
        ("我们单位一共几项任务", "X一共几项任务"),
    ],
)
def test_we_before_what_a_unit_does_is_replaced_by_the_unit(speaker, question, meant):
    assert speaker.refers_to_self(question) and speaker.put_in(question, "X") == meant


@pytest.mark.parametrize("question", ["我们县城要建几个公园", "我们要对照着分解，第一部分有哪些", "我们这边在梳理进度"])
def test_we_as_a_place_or_as_what_the_asker_does_is_not_the_unit(speaker, question):
    assert not speaker.refers_to_self(question)


def test_we_as_what_a_task_has_is_replaced_by_the_unit(speaker):
    assert speaker.put_in("哪几项有我们", "X") == "哪几项有X"


def test_a_question_opening_with_we_and_a_unit_names_the_speaker_unit(speaker):
    assert speaker.named_inline("咱们民政局在这里头管啥") == ("市民政局", "民政局在这里头管啥")


@pytest.mark.parametrize("question", ["我们县城要建几个公园", "我们互助有几项", "我们牵头几项"])
def test_we_before_a_place_or_nothing_names_no_unit_inline(speaker, question):
    assert speaker.named_inline(question) is None


def test_a_unit_named_with_we_is_the_speaker_unit_in_later_turns(speaker):
    assert speaker.unit_in(["我们民政局牵头几项"]) == "市民政局"


def test_a_greeting_in_front_of_a_self_introduction_says_nothing_more(speaker):
    assert speaker.introduced("您好，我是市水务局的") == "市水务局"


def test_what_our_bureau_has_to_be_is_asked_of_the_speaker_unit(speaker):
    assert speaker.refers_to_self("我们局要当责任单位的有几条") == "我们局"


def test_a_county_said_before_a_question_is_the_speaker_county_and_the_rest_is_the_question(speaker):
    place = speaker.place_said("化隆县的，帮我查下市水务局牵头几项")
    assert place == PlaceSaid("化隆县人民政府", True, "帮我查下市水务局牵头几项")


def test_a_county_bureau_said_before_a_question_does_not_speak_for_the_county(speaker):
    place = speaker.place_said("民和县住建局，市住房建设局牵头几条任务")
    assert place == PlaceSaid("民和县人民政府", False, "市住房建设局牵头几条任务")


def test_the_county_government_office_speaks_for_the_county(speaker):
    place = speaker.place_said("互助县政府办的，第一项由哪几家牵头")
    assert place == PlaceSaid("互助县人民政府", True, "第一项由哪几家牵头")


def test_a_district_the_notice_does_not_list_is_said_with_no_county(speaker):
    place = speaker.place_said("平安区这边在汇总，市应急局负责牵头的是哪一项任务")
    assert place == PlaceSaid(None, True, "市应急局负责牵头的是哪一项任务")


@pytest.mark.parametrize(
    "question",
    [
        "关于市林草局，它牵头几项",  # 关于市 is no place
        "循化县的，打造什么产业",  # a question about the county itself
        "循化县的任务有哪些",  # no comma: the county is what is asked about
    ],
)
def test_a_place_that_is_what_is_asked_about_is_not_where_the_speaker_works(speaker, question):
    assert speaker.place_said(question) is None


def test_our_county_is_the_county_said_earlier_in_the_conversation(speaker):
    assert speaker.county_in(["化隆县财政局，第一项由哪几家牵头", "再看看第二项"]) == "化隆县人民政府"
    assert speaker.put_in_county("我们县配合几项", "化隆县人民政府") == "化隆县人民政府配合几项"


@pytest.mark.parametrize("introduction", ["我是民和县水务局的", "我们是民和县发改局"])
def test_our_county_is_the_county_of_a_bureau_the_speaker_introduced_themselves_with(speaker, introduction):
    assert speaker.county_in([introduction, "谢谢"]) == "民和县人民政府"


def test_an_introduction_with_no_county_names_no_county(speaker):
    assert speaker.county_in(["我是市水务局的"]) is None


def test_only_a_county_government_said_before_a_question_is_the_speaker_unit_in_later_turns(speaker):
    assert speaker.unit_in(["互助县政府办的，第一项由哪几家牵头"]) == "互助县人民政府"
    assert speaker.unit_in(["化隆县财政局，第一项由哪几家牵头"]) is None


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("我化隆县政府办的，第三部分我们县牵头几项", PlaceSaid("化隆县人民政府", True, "第三部分我们县牵头几项")),
        (
            "互助县水务的，市水务局配合哪几项",
            PlaceSaid("互助县人民政府", False, "市水务局配合哪几项"),
        ),  # a line of work
        ("化隆县教育那边问的，市教育局牵头的有哪些", PlaceSaid("化隆县人民政府", False, "市教育局牵头的有哪些")),
    ],
)
def test_a_bare_i_or_a_line_of_work_before_the_county_comma_is_where_the_speaker_works(speaker, question, place):
    assert speaker.place_said(question) == place


def test_a_role_said_of_the_county_before_a_comma_is_no_workplace(speaker):
    assert speaker.place_said("化隆县牵头的，一共几项") is None


def test_our_county_government_is_the_county_government_itself(speaker):
    # "我们县政府牵头": the county's own government, so the whole phrase becomes the county's unit.
    assert speaker.put_in_county("第4项是我们县政府牵头吧", "化隆县人民政府") == "第4项是化隆县人民政府牵头吧"
    assert speaker.put_in_county("本县人民政府配合几项", "互助县人民政府") == "互助县人民政府配合几项"
    assert speaker.refers_to_county("任务4是咱县政府牵头吗") == "咱县政府"


def test_a_county_government_office_introducing_itself_is_the_county_government(speaker):
    assert speaker.introduced("我是互助县政府办的") == "互助县人民政府"
    assert speaker.introduced("我是互助县政府办公室的") == "互助县人民政府"
