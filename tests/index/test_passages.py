"""Cutting tasks into passages the encoder sees whole: a sentence each, cut at ；/， when too long."""

from __future__ import annotations

from itertools import groupby

import pytest

from corpus import load_notice
from corpus.records import Phrasing, Task
from index.passages import Passage, PassageKind, make_passages
from tests.fakes import FakeEncoder


def task(number: int, *sentences: str) -> Task:
    return Task(number, f"任务{number}", 1, "".join(sentences), tuple(sentences), (), ())


@pytest.fixture
def encoder() -> FakeEncoder:
    return FakeEncoder(max_tokens=40)  # counts len(text) + 2


def cut(tasks: list[Task], encoder: FakeEncoder) -> list[Passage]:
    return make_passages(tasks, count_tokens=encoder.count_tokens, max_tokens=encoder.max_tokens)


def test_every_sentence_that_fits_is_one_passage(encoder):
    tasks = [task(1, "推进污水处理。", "建设二甲医院。"), task(2, "完善千兆宽带。")]
    assert cut(tasks, encoder) == [
        Passage(1, 0, "推进污水处理。", "推进污水处理。"),
        Passage(1, 1, "建设二甲医院。", "建设二甲医院。"),
        Passage(2, 0, "完善千兆宽带。", "完善千兆宽带。"),
    ]


def test_a_sentence_of_exactly_max_tokens_is_not_cut(encoder):
    sentence = "甲" * 19 + "，" + "乙" * 17 + "。"  # 38 characters = 40 tokens
    assert encoder.count_tokens(sentence) == 40
    assert [p.text for p in cut([task(1, sentence)], encoder)] == [sentence]


def test_a_sentence_longer_than_max_tokens_is_cut_at_clause_breaks_into_pieces_that_fit(encoder):
    first = "甲" * 15 + "，"  # 16 characters
    second = "乙" * 15 + "；"  # 16 characters: first + second = 32 characters = 34 tokens, fits
    third = "丙" * 10 + "。"  # 11 characters: first + second + third = 45 tokens, does not
    sentence = first + second + third
    passages = cut([task(7, sentence)], encoder)
    assert [p.text for p in passages] == [first + second, third]
    assert all(encoder.count_tokens(p.text) <= 40 for p in passages)
    assert all((p.task, p.sentence) == (7, 0) for p in passages)
    assert all(p.source == p.text for p in passages)


def test_each_piece_ends_at_the_clause_break_that_closed_it(encoder):
    clauses = ["甲" * 20 + "；", "乙" * 20 + "，", "丙" * 20 + "。"]  # any two together are too long
    passages = cut([task(1, "".join(clauses))], encoder)
    assert [p.text for p in passages] == clauses


def test_pieces_keep_their_sentence_index(encoder):
    long = "甲" * 25 + "，" + "乙" * 25 + "。"
    passages = cut([task(3, "短句。", long, "又一短句。")], encoder)
    assert [(p.sentence, p.text) for p in passages] == [
        (0, "短句。"),
        (1, "甲" * 25 + "，"),
        (1, "乙" * 25 + "。"),
        (2, "又一短句。"),
    ]


def test_nothing_is_lost_the_pieces_of_a_sentence_concatenate_back_to_it(encoder):
    sentence = "，".join("字" * n for n in (5, 12, 30, 3, 8, 20, 1)) + "；" + "尾" * 30 + "。"
    passages = cut([task(1, sentence)], encoder)
    assert len(passages) > 1
    assert "".join(p.text for p in passages) == sentence
    assert all(encoder.count_tokens(p.text) <= 40 for p in passages)


def test_the_whole_notice_is_cut_without_loss_and_every_passage_fits():
    notice = load_notice()
    encoder = FakeEncoder(max_tokens=100)
    passages = make_passages(notice.tasks, count_tokens=encoder.count_tokens, max_tokens=100)
    assert all(encoder.count_tokens(p.text) <= 100 for p in passages)
    rebuilt = {
        key: "".join(p.text for p in group) for key, group in groupby(passages, key=lambda p: (p.task, p.sentence))
    }
    expected = {(t.number, i): s for t in notice.tasks for i, s in enumerate(t.sentences)}
    assert rebuilt == expected
    assert len(passages) > len(expected), "some sentence of the notice is longer than 100 tokens"


def test_with_the_encoders_own_limit_the_notice_is_one_passage_per_sentence():
    notice = load_notice()
    encoder = FakeEncoder()  # max_tokens=512
    passages = make_passages(notice.tasks, count_tokens=encoder.count_tokens, max_tokens=encoder.max_tokens)
    assert [(p.task, p.sentence, p.text) for p in passages] == [
        (t.number, i, s) for t in notice.tasks for i, s in enumerate(t.sentences)
    ]


def test_a_single_clause_longer_than_max_tokens_raises_naming_max_tokens(encoder):
    sentence = "短，" + "长" * 45 + "。"
    with pytest.raises(ValueError, match=r"clause of 48 tokens exceeds max_tokens=40"):
        cut([task(1, sentence)], encoder)


def test_a_long_sentence_without_any_clause_break_raises(encoder):
    with pytest.raises(ValueError, match=r"max_tokens=40"):
        cut([task(1, "无" * 50 + "。")], encoder)


def test_no_tasks_give_no_passages(encoder):
    assert cut([], encoder) == []


def test_phrasings_follow_the_sentences_as_passages_of_their_own_kind(encoder):
    tasks = [task(1, "推进污水处理。"), task(2, "完善千兆宽带。")]
    phrasings = [Phrasing(2, "网太慢了"), Phrasing(1, "污水直接排河里"), Phrasing(9, "别的通知的任务")]

    passages = make_passages(tasks, count_tokens=encoder.count_tokens, max_tokens=40, phrasings=phrasings)

    assert passages[2:] == [
        Passage(2, -1, "网太慢了", "网太慢了", PassageKind.PHRASING),
        Passage(1, -1, "污水直接排河里", "污水直接排河里", PassageKind.PHRASING),
    ]  # the phrasing of a task not indexed is left out
    assert [p.is_sentence for p in passages] == [True, True, False, False]


def test_a_phrasing_too_long_for_the_encoder_is_refused(encoder):
    with pytest.raises(ValueError, match="phrasing of 52 tokens exceeds max_tokens=40"):
        make_passages([task(1, "推进。")], count_tokens=encoder.count_tokens, max_tokens=40,
                      phrasings=[Phrasing(1, "长" * 50)])  # fmt: skip


def test_a_passage_read_back_from_json_gets_its_kind_back():
    passage = Passage(1, -1, "网太慢了", "网太慢了", "phrasing")  # type: ignore[arg-type]
    assert passage.kind is PassageKind.PHRASING and not passage.is_sentence
    with pytest.raises(ValueError, match="'poem' is not a valid PassageKind"):
        Passage(1, 0, "x", "x", "poem")  # type: ignore[arg-type]
