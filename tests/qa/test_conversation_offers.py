"""A which-task question back, then a pick or another line asked: what the offer's tasks make of it."""

from __future__ import annotations

import pytest

from qa.answer import Intent

# 冷链 is in tasks 6 (led by 市商务局 and 各县人民政府) and 25 (led by 各县人民政府): asked back.
ASKED_BACK = ["冷链那条谁牵头"]


def test_the_topic_in_two_tasks_is_asked_back_offering_each(assistant):
    answer = assistant.ask(ASKED_BACK[0])
    # The question asked, of each task by number.
    assert answer.intent is Intent.CLARIFY and answer.suggestions == tuple(f"第{n}项谁牵头" for n in (6, 25))


@pytest.mark.parametrize(("pick", "task"), [("第二个吧", 25), ("后一个", 25), ("6", 6), ("第6项", 6)])
def test_a_bare_pick_answers_the_question_offered_for_that_task(assistant, pick, task):
    answer = assistant.ask(pick, ASKED_BACK)
    assert answer.intent is Intent.LEAD and [c.task for c in answer.citations] == [task]


def test_another_line_asked_of_it_before_picking_is_offered_again_for_each_task(assistant):
    answer = assistant.ask("那它配合单位是谁呀", ASKED_BACK)
    assert answer.intent is Intent.CLARIFY
    assert answer.suggestions == ("第6项的配合单位是谁呀", "第25项的配合单位是谁呀")


def test_a_line_asked_of_both_before_picking_gives_each_task_s_line(assistant):
    # Neither task is picked silently: both lines, each under its task.
    answer = assistant.ask("配合的都有哪些单位呢", ASKED_BACK)
    assert [c.task for c in answer.citations] == [6, 25]


def test_a_pick_after_the_second_offer_answers_that_line(assistant):
    answer = assistant.ask("第一个", [*ASKED_BACK, "那它配合单位是谁呀"])
    assert answer.intent is Intent.RESPONSIBLE and [c.task for c in answer.citations] == [6]
