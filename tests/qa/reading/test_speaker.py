"""The speaker's own unit: a self-introduction, then "我们" meaning that unit (qa/reading/speaker.py)."""

from __future__ import annotations

import pytest

from qa.reading.speaker import Speaker


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
