"""BM25 over the notice's tasks, with the notice's own tokeniser."""

from __future__ import annotations

import numpy as np
import pytest

from corpus import load_notice
from corpus.records import Notice, Task
from corpus.units import build_alias_table
from index.bm25 import BM25Index, task_document, term_scores
from index.hit import Hit
from index.tokenize import Tokenizer, notice_user_words


@pytest.fixture(scope="module")
def notice() -> Notice:
    return load_notice()


@pytest.fixture(scope="module")
def tokenize(notice) -> Tokenizer:
    return Tokenizer(notice_user_words(notice, build_alias_table(notice)))


@pytest.fixture(scope="module")
def index(notice, tokenize) -> BM25Index:
    return BM25Index(notice.tasks, tokenize=tokenize)


def test_a_task_document_is_its_title_then_its_text(notice):
    task = notice.task(18)
    assert task_document(task) == f"{task.title}。{task.text}"


def test_the_index_keeps_the_task_numbers_in_order(notice, index):
    assert index.task_numbers == [t.number for t in notice.tasks]
    assert len(index.doc_tokens) == len(notice.tasks)


def test_er_jia_yi_yuan_ranks_the_health_task_first(index):
    assert index.search("二甲医院", 1)[0].task == 18


def test_a_question_about_class_two_hospitals_ranks_the_health_task_first(index):
    assert index.search("哪个单位负责二甲医院建设？", 3)[0].task == 18


def test_frame_words_do_not_change_the_scores(index):
    np.testing.assert_array_equal(index.scores("谁牵头污水处理"), index.scores("污水处理"))
    assert index.search("谁牵头污水处理", 5) == index.search("污水处理", 5)


def test_sewage_treatment_ranks_the_sewage_task_first(notice, index):
    top = index.search("污水处理", 1)[0].task
    assert "污水" in notice.task(top).title


def test_scores_cover_every_task_in_task_order(notice, index):
    scores = index.scores("污水处理")
    assert scores.shape == (len(notice.tasks),)
    assert scores.dtype == float


def test_search_returns_only_positive_scores_best_first(index):
    scores = index.scores("污水处理")
    hits = index.search("污水处理", 100)
    assert hits, "some task mentions sewage treatment"
    assert all(hit.score > 0 for hit in hits)
    assert len(hits) == int((scores > 0).sum())
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for hit in hits:
        assert hit.score == pytest.approx(scores[index.task_numbers.index(hit.task)])


def test_search_keeps_at_most_k_hits(index):
    assert len(index.search("污水处理", 2)) == 2
    assert index.search("污水处理", 2) == index.search("污水处理", 100)[:2]


def test_a_question_of_frame_words_only_scores_zero_and_finds_nothing(notice, index):
    np.testing.assert_array_equal(index.scores("谁牵头哪些单位负责"), np.zeros(len(notice.tasks)))
    assert index.search("谁牵头哪些单位负责", 5) == []


def test_a_word_the_notice_never_uses_finds_nothing(index):
    assert index.search("量子计算机", 5) == []


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_search_rejects_a_bad_k(index, bad):
    with pytest.raises(ValueError, match=r"k must be an integer >= 1"):
        index.search("污水处理", bad)


def test_pre_tokenised_documents_give_identical_scores(notice, tokenize, index):
    cached = BM25Index(notice.tasks, tokenize=tokenize, tokens=index.doc_tokens)
    for query in ("二甲医院", "污水处理", "千兆宽带 5G基站", "住房建设局 牵头任务"):
        np.testing.assert_array_equal(cached.scores(query), index.scores(query))
    assert cached.doc_tokens == index.doc_tokens


def test_pre_tokenised_documents_are_used_instead_of_the_tokenizer(notice):
    def refuse(text: str) -> list[str]:
        raise AssertionError("documents must not be re-tokenised")

    tokens = [["word"]] * len(notice.tasks)
    index = BM25Index(notice.tasks, tokenize=refuse, tokens=tokens)
    assert index.doc_tokens == tokens


def test_a_token_list_count_that_does_not_match_the_tasks_is_rejected(notice, tokenize, index):
    with pytest.raises(ValueError, match=rf"got {len(notice.tasks) - 1} token lists for {len(notice.tasks)} tasks"):
        BM25Index(notice.tasks, tokenize=tokenize, tokens=index.doc_tokens[:-1])


def test_an_index_needs_at_least_one_task(tokenize):
    with pytest.raises(ValueError, match=r"at least one task"):
        BM25Index([], tokenize=tokenize)


def test_idf_covers_exactly_the_indexed_tokens(index):
    assert set(index.idf) == {token for doc in index.doc_tokens for token in doc}
    # A term in one task is rarer, so weightier, than a term in many.
    assert index.idf["二甲医院"] > index.idf["县城"]


def test_a_tiny_corpus_scores_match_the_okapi_formula_worked_by_hand():
    tasks = [
        Task(1, "alpha", 1, "apple banana", ("apple banana",), (), ()),
        Task(2, "beta", 1, "banana cherry", ("banana cherry",), (), ()),
        Task(3, "gamma", 1, "cherry date", ("cherry date",), (), ()),
    ]
    index = BM25Index(tasks, tokenize=lambda text: text.replace("。", " ").split())
    # "apple" is in 1 of 3 documents: idf = ln((3 - 1 + 0.5) / (1 + 0.5)) = ln(5/3). Every document has
    # 3 tokens (= the average), so with tf = 1 the tf part is 1·(1.5 + 1) / (1 + 1.5) = 1.
    np.testing.assert_allclose(index.scores("apple"), [np.log(5 / 3), 0.0, 0.0])
    assert index.search("apple", 5) == [Hit(1, pytest.approx(np.log(5 / 3)))]


def test_scores_are_rank_bm25s_own_sums_bit_for_bit(notice, index, tokenize):
    # Every task title, and a title with a word the index has never seen, scored both ways.
    queries = [t.title for t in notice.tasks] + [f"{notice.task(3).title}量子计算"]
    for query in queries:
        np.testing.assert_array_equal(index.scores(query), index._bm25.get_scores(tokenize(query)))


def test_a_query_of_unknown_words_scores_zero_everywhere(index):
    np.testing.assert_array_equal(index.scores("量子计算"), np.zeros(len(index.task_numbers)))


def test_unknown_words_are_not_remembered(index):
    before = len(index._term_scores)
    index.scores("量子计算机")
    assert len(index._term_scores) == before


def test_term_scores_of_a_word_outside_the_index_is_none(index):
    assert term_scores(index._bm25, "量子计算机") is None
