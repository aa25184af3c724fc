"""Hybrid retrieval: BM25 and dense rankings over all tasks, fused by RRF or weighted sum."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from corpus import load_notice
from corpus.records import Notice, Task
from index.bm25 import BM25Index
from index.dense import DenseIndex
from index.fusion import FusionMode, reciprocal_rank_fusion, weighted_sum
from index.hit import Hit, top_k
from index.hybrid import HybridRetriever, Retrieval
from index.passages import Passage
from tests.fakes import FakeEncoder, FixedQueryEncoder


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text)


def task(number: int, title: str, text: str) -> Task:
    return Task(number, title, 1, text, (text,), (), ())


# "apple" occurs in task 1 only, so BM25 ranks [1]; the dense vectors are unit vectors whose
# inner products with the question (1, 0, 0) are 0.5, 0.9 and 0.1, so dense ranks [2, 1, 3].
TASKS = [task(1, "alpha", "apple banana"), task(2, "beta", "banana cherry"), task(3, "gamma", "cherry date")]
PASSAGES = [Passage(t.number, 0, t.text, t.text) for t in TASKS]
VECTORS = np.array(
    [[0.5, math.sqrt(0.75), 0.0], [0.9, math.sqrt(0.19), 0.0], [0.1, math.sqrt(0.99), 0.0]], dtype=np.float32
)
BM25_APPLE = math.log(2.5 / 1.5)  # idf of a term in 1 of 3 equally long documents, tf part = 1


def tiny(**kwargs) -> HybridRetriever:
    bm25 = BM25Index(TASKS, tokenize=words)
    dense = DenseIndex(TASKS, encoder=FixedQueryEncoder([1.0, 0.0, 0.0]), passages=PASSAGES, vectors=VECTORS)
    return HybridRetriever(bm25, dense, **kwargs)


def test_retrieve_reports_both_rankings_and_all_scores():
    retrieval = tiny().retrieve("apple")
    assert isinstance(retrieval, Retrieval)
    assert retrieval.query == "apple"
    assert retrieval.bm25 == [Hit(1, pytest.approx(BM25_APPLE))]
    assert retrieval.dense == [Hit(2, pytest.approx(0.9)), Hit(1, pytest.approx(0.5)), Hit(3, pytest.approx(0.1))]
    assert retrieval.bm25_scores == {1: pytest.approx(BM25_APPLE), 2: 0.0, 3: 0.0}
    assert retrieval.dense_scores == {1: pytest.approx(0.5), 2: pytest.approx(0.9), 3: pytest.approx(0.1)}
    np.testing.assert_allclose(retrieval.passage_scores, [0.5, 0.9, 0.1], atol=1e-6)
    np.testing.assert_array_equal(retrieval.query_vector, [[1.0, 0.0, 0.0]])


def test_rrf_fuses_by_rank_with_k_60():
    fused = tiny().retrieve("apple").fused
    assert fused == [
        Hit(1, pytest.approx(1 / 61 + 1 / 62)),
        Hit(2, pytest.approx(1 / 61)),
        Hit(3, pytest.approx(1 / 63)),
    ]


def test_rrf_weights_scale_each_retrievers_contribution():
    fused = tiny(bm25_weight=0.4, dense_weight=1.0).retrieve("apple").fused
    assert fused == [
        Hit(1, pytest.approx(0.4 / 61 + 1 / 62)),
        Hit(2, pytest.approx(1 / 61)),
        Hit(3, pytest.approx(1 / 63)),
    ]


def test_a_zero_bm25_weight_leaves_the_dense_order():
    fused = tiny(bm25_weight=0.0).retrieve("apple").fused
    assert [h.task for h in fused] == [2, 1, 3]
    assert fused[1] == Hit(1, pytest.approx(1 / 62))


def test_rrf_k_is_passed_through():
    fused = tiny(rrf_k=0).retrieve("apple").fused
    assert fused == [Hit(1, pytest.approx(1 + 1 / 2)), Hit(2, pytest.approx(1.0)), Hit(3, pytest.approx(1 / 3))]


def test_weighted_mode_adds_min_max_normalised_scores():
    fused = tiny(mode="weighted", bm25_weight=0.4, dense_weight=1.0).retrieve("apple").fused
    # BM25 has one hit (all equal → 1.0); dense normalises (s - 0.1) / 0.8 → 2: 1.0, 1: 0.5, 3: 0.0.
    assert fused == [
        Hit(2, pytest.approx(1.0)),
        Hit(1, pytest.approx(0.4 + 0.5)),
        Hit(3, pytest.approx(0.0, abs=1e-6)),
    ]


def test_a_query_bm25_cannot_match_is_ranked_by_dense_alone():
    retrieval = tiny().retrieve("zebra")
    assert retrieval.bm25 == []
    assert retrieval.bm25_scores == {1: 0.0, 2: 0.0, 3: 0.0}
    assert [h.task for h in retrieval.fused] == [2, 1, 3]


def test_the_question_is_encoded_once_per_retrieval():
    retriever = tiny()
    retriever.retrieve("apple")
    assert retriever.dense.encoder.calls == 1


def test_search_truncates_the_fused_ranking():
    retriever = tiny()
    fused = retriever.retrieve("apple").fused
    assert retriever.search("apple", 1) == fused[:1]
    assert retriever.search("apple", 2) == fused[:2]
    assert retriever.search("apple", 10) == fused


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_search_rejects_a_bad_k(bad):
    with pytest.raises(ValueError, match=r"k must be an integer >= 1"):
        tiny().search("apple", bad)


def test_fusing_two_empty_lists_gives_nothing():
    assert tiny().fuse([], []) == []


@pytest.mark.parametrize(("bm25_weight", "dense_weight"), [(-0.1, 1.0), (1.0, -2.0)])
def test_a_negative_weight_is_rejected_naming_both_weights(bm25_weight, dense_weight):
    with pytest.raises(ValueError, match=rf"weights must be >= 0, got bm25={bm25_weight}, dense={dense_weight}"):
        tiny(bm25_weight=bm25_weight, dense_weight=dense_weight)


def test_an_unknown_mode_is_rejected_listing_the_valid_modes():
    with pytest.raises(ValueError, match=r"fusion must be one of rrf, weighted, got 'foo'"):
        tiny(mode="foo")


@pytest.mark.parametrize(("mode", "expected"), [("rrf", FusionMode.RRF), (FusionMode.WEIGHTED, FusionMode.WEIGHTED)])
def test_the_mode_may_be_a_string_or_a_member(mode, expected):
    assert tiny(mode=mode).mode is expected


# --- over the whole notice ---------------------------------------------------------------


def bigrams(text: str) -> list[str]:
    """A cheap stand-in for the jieba tokeniser: character bigrams of the Chinese runs."""
    return [run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", text) for i in range(len(run) - 1)]


@pytest.fixture(scope="module")
def notice() -> Notice:
    return load_notice()


@pytest.fixture(scope="module")
def indexes(notice) -> tuple[BM25Index, DenseIndex]:
    return BM25Index(notice.tasks, tokenize=bigrams), DenseIndex(notice.tasks, encoder=FakeEncoder())


@pytest.mark.parametrize(
    ("mode", "weights"), [("rrf", (1.0, 1.0)), ("rrf", (0.4, 1.0)), ("weighted", (0.4, 1.0)), ("weighted", (1, 0))]
)
@pytest.mark.parametrize("query", ["二甲医院建设", "谁牵头污水处理厂建设", "千兆宽带和5G基站"])
def test_over_the_notice_fused_equals_the_fusion_of_the_two_lists(notice, indexes, mode, weights, query):
    bm25, dense = indexes
    retrieval = HybridRetriever(bm25, dense, mode=mode, bm25_weight=weights[0], dense_weight=weights[1]).retrieve(query)
    numbers = [t.number for t in notice.tasks]
    assert sorted(h.task for h in retrieval.dense) == numbers
    assert sorted(retrieval.bm25_scores) == sorted(retrieval.dense_scores) == numbers
    assert retrieval.bm25, "the query shares bigrams with the notice"
    assert retrieval.bm25 == top_k({n: s for n, s in retrieval.bm25_scores.items() if s > 0}, len(numbers))
    assert retrieval.dense == top_k(retrieval.dense_scores, len(numbers))
    if mode == "rrf":
        expected = reciprocal_rank_fusion([retrieval.bm25, retrieval.dense], k=60, weights=weights)
    else:
        expected = weighted_sum([retrieval.bm25, retrieval.dense], weights=weights)
    assert retrieval.fused == top_k(expected, len(numbers))
    assert sorted(h.task for h in retrieval.fused) == numbers
