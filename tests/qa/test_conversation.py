"""What the last answer showed, as a follow-up sees it."""

from __future__ import annotations

from qa.conversation import State
from qa.query import Asked, Op, Query


def test_the_one_task_is_the_only_task_shown():
    assert State(tasks=(7,), query=Query(Op.LOOKUP, Asked.LEAD_UNITS, tasks=(7,))).one_task == 7


def test_a_content_answer_means_its_own_task_though_it_cites_related_ones():
    assert State(tasks=(16, 15), query=Query(Op.CONTENT)).one_task == 16


def test_a_list_of_several_tasks_has_no_one_task_and_nothing_shown_has_none():
    assert State(tasks=(23, 24), query=Query(Op.LIST, Asked.TASKS, sections=(5,))).one_task is None
    assert State().one_task is None
