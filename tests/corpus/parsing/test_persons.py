"""People's names opening a table cell are told apart from the units after them."""

from __future__ import annotations

import pytest

from corpus.parsing.persons import is_person_list, leading_name, name_candidates


@pytest.mark.parametrize(("text", "name"), [("王建国教育局经开区", "王建国"), ("赵丽华民政局各街道", "赵丽华")])
def test_a_name_that_jieba_tags_opens_the_text(text, name):
    assert leading_name(text) == name


@pytest.mark.parametrize("text", ["推进背街小巷整治。", "市财政局、各街道", "对300户困难老人家庭进行改造。"])
def test_text_that_opens_with_no_name_gives_none(text):
    assert leading_name(text) == ""
    assert not [n for n, tagged in name_candidates(text) if tagged]


def test_a_common_surname_offers_names_of_two_and_three_characters():
    assert name_candidates("李明人社局") == [("李明", False), ("李明人", False)]


@pytest.mark.parametrize(
    ("cell", "expected"), [("王建国", True), ("王建国、李明", True), ("市发改委", False), ("加快建设", False)]
)
def test_a_cell_of_peoples_names(cell, expected):
    assert is_person_list(cell) is expected
