"""Dense retrieval: passage vectors in faiss, a task scoring its best passage."""

from __future__ import annotations

from collections.abc import Sequence

import faiss
import numpy as np
import pytest

from corpus import load_notice
from corpus.records import Notice, Phrasing, Task
from index.dense import DenseIndex
from index.hit import Hit
from index.passages import Passage, PassageKind
from tests.fakes import FakeEncoder, FixedQueryEncoder


def task(number: int) -> Task:
    return Task(number, f"任务{number}", 1, "正文。", ("正文。",), (), ())


TASKS = [task(1), task(2)]
# Task 1 has two passages, task 2 one; the vectors are unit vectors along the axes.
PASSAGES = [
    Passage(1, 0, "p0", "p0"),
    Passage(1, 1, "p1", "p1"),
    Passage(2, 0, "p2", "p2"),
]
VECTORS = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)


def tiny(query: Sequence[float], **kwargs) -> DenseIndex:
    return DenseIndex(TASKS, encoder=FixedQueryEncoder(query), passages=PASSAGES, vectors=VECTORS, **kwargs)


def test_passage_scores_are_inner_products_in_passage_order():
    index = tiny([0.6, 0.8, 0.0])
    np.testing.assert_allclose(index.passage_scores("q"), [0.6, 0.8, 0.0], atol=1e-6)


def test_a_task_scores_its_best_passage():
    index = tiny([0.6, 0.8, 0.0])
    scores = index.task_scores(index.passage_scores("q"))
    assert scores == {1: pytest.approx(0.8), 2: pytest.approx(0.0)}


def test_the_best_passage_wins_even_when_it_is_not_the_first():
    index = tiny([-0.6, -0.8, 0.0])
    # task 1: max(-0.6, -0.8) = -0.6; task 2: 0.0
    assert index.task_scores(index.passage_scores("q")) == {1: pytest.approx(-0.6), 2: pytest.approx(0.0)}


def test_task_scores_are_plain_floats():
    index = tiny([0.6, 0.8, 0.0])
    assert all(type(s) is float for s in index.task_scores(index.passage_scores("q")).values())


def test_task_scores_reject_a_score_vector_of_the_wrong_length():
    index = tiny([0.6, 0.8, 0.0])
    with pytest.raises(ValueError, match="2 passage scores for 3 passages"):
        index.task_scores(np.array([0.1, 0.2]))


def test_sentence_scores_give_a_tasks_own_sentences_by_sentence_index():
    index = tiny([0.6, 0.8, 0.0])
    scores = index.sentence_scores(1, index.passage_scores("q"))
    assert scores == {0: pytest.approx(0.6), 1: pytest.approx(0.8)}


def test_sentence_scores_leave_out_everyday_phrasings_and_unknown_tasks():
    passages = [*PASSAGES, Passage(2, -1, "想跑步", "想跑步", PassageKind.PHRASING)]
    vectors = np.vstack([VECTORS, np.array([[0.0, 1.0, 0.0]], dtype=np.float32)])
    index = DenseIndex(TASKS, encoder=FixedQueryEncoder([0.0, 1.0, 0.0]), passages=passages, vectors=vectors)
    passage_scores = index.passage_scores("q")
    assert index.sentence_scores(2, passage_scores) == {0: pytest.approx(0.0)}
    assert index.task_scores(passage_scores)[2] == pytest.approx(1.0)  # the phrasing still counts for retrieval
    assert index.sentence_scores(99, passage_scores) == {}


def test_search_ranks_tasks_by_their_best_passage():
    index = tiny([0.0, 0.6, 0.8])
    # task 1: max(0.0, 0.6) = 0.6; task 2: 0.8
    assert index.search("q", 2) == [Hit(2, pytest.approx(0.8)), Hit(1, pytest.approx(0.6))]
    assert index.search("q", 1) == [Hit(2, pytest.approx(0.8))]


def test_search_returns_negative_scores_too():
    index = tiny([0.0, 0.0, -1.0])
    assert index.search("q", 5) == [Hit(1, pytest.approx(0.0)), Hit(2, pytest.approx(-1.0))]


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_search_rejects_a_bad_k(bad):
    with pytest.raises(ValueError, match=r"k must be an integer >= 1"):
        tiny([1.0, 0.0, 0.0]).search("q", bad)


def test_passage_scores_for_takes_an_encoded_question():
    index = tiny([1.0, 0.0, 0.0])
    np.testing.assert_allclose(index.passage_scores_for(np.array([[0.0, 0.6, 0.8]])), [0.0, 0.6, 0.8], atol=1e-6)


def test_a_cached_build_does_not_encode_documents():
    index = tiny([1.0, 0.0, 0.0])  # FixedQueryEncoder.encode_documents would raise
    assert index.passages == PASSAGES
    assert index.vectors.dtype == np.float32
    assert index.faiss_index.ntotal == 3


def test_vectors_are_stored_as_contiguous_float32():
    vectors = np.asfortranarray(VECTORS.astype(np.float64))
    index = DenseIndex(TASKS, encoder=FixedQueryEncoder([1.0, 0.0, 0.0]), passages=PASSAGES, vectors=vectors)
    assert index.vectors.dtype == np.float32
    assert index.vectors.flags["C_CONTIGUOUS"]


def test_passages_without_vectors_are_rejected():
    with pytest.raises(ValueError, match=r"both passages and vectors"):
        DenseIndex(TASKS, encoder=FixedQueryEncoder([1.0, 0.0, 0.0]), passages=PASSAGES)


def test_vectors_without_passages_are_rejected():
    with pytest.raises(ValueError, match=r"both passages and vectors"):
        DenseIndex(TASKS, encoder=FixedQueryEncoder([1.0, 0.0, 0.0]), vectors=VECTORS)


def test_a_vector_count_that_does_not_match_the_passages_is_rejected():
    with pytest.raises(ValueError, match=r"3 passages but 2 vectors"):
        DenseIndex(TASKS, encoder=FixedQueryEncoder([1.0, 0.0, 0.0]), passages=PASSAGES, vectors=VECTORS[:2])


def test_a_faiss_index_holding_the_wrong_number_of_vectors_is_rejected():
    wrong = faiss.IndexFlatIP(3)
    wrong.add(VECTORS[:2])
    with pytest.raises(ValueError, match=r"faiss index holds 2 vectors for 3 passages"):
        tiny([1.0, 0.0, 0.0], faiss_index=wrong)


def test_a_given_faiss_index_is_used_as_is():
    given = faiss.IndexFlatIP(3)
    given.add(VECTORS)
    index = tiny([0.0, 1.0, 0.0], faiss_index=given)
    assert index.faiss_index is given
    np.testing.assert_allclose(index.passage_scores("q"), [0.0, 1.0, 0.0], atol=1e-6)


@pytest.fixture(scope="module")
def notice() -> Notice:
    return load_notice()


@pytest.fixture(scope="module")
def notice_index(notice) -> DenseIndex:
    return DenseIndex(notice.tasks, encoder=FakeEncoder())


def test_without_a_cache_the_passages_are_cut_and_encoded_once(notice):
    encoder = FakeEncoder()
    index = DenseIndex(notice.tasks, encoder=encoder)
    assert encoder.calls == 1
    assert len(index.passages) == sum(len(t.sentences) for t in notice.tasks)
    assert index.vectors.shape == (len(index.passages), encoder.dim)
    assert index.faiss_index.ntotal == len(index.passages)
    assert index.task_numbers == [t.number for t in notice.tasks]


def test_a_sentence_of_the_notice_finds_its_own_task_first(notice, notice_index):
    index = notice_index
    for number in (1, 18, 34):
        sentence = max(notice.task(number).sentences, key=len)
        (best,) = index.search(sentence, 1)
        assert best.task == number
        assert best.score == pytest.approx(1.0, abs=1e-5)


def test_every_task_gets_a_dense_score(notice, notice_index):
    index = notice_index
    assert sorted(index.task_scores(index.passage_scores("污水处理"))) == [t.number for t in notice.tasks]
    assert len(index.search("污水处理", 100)) == len(notice.tasks)


def test_a_task_can_be_found_through_an_everyday_phrasing():
    tasks = [Task(1, "任务1", 1, "推进污水处理。", ("推进污水处理。",), (), ()),
             Task(2, "任务2", 1, "完善千兆宽带。", ("完善千兆宽带。",), (), ())]  # fmt: skip
    index = DenseIndex(tasks, encoder=FakeEncoder(), phrasings=[Phrasing(2, "刷视频一卡一卡的")])

    assert index.search("刷视频一卡一卡的", k=1)[0].task == 2
    assert index.sentence_mask.tolist() == [True, True, False]


def test_the_sentence_mask_follows_cached_passages():
    passages = [*PASSAGES[:2], Passage(2, -1, "p2", "p2", PassageKind.PHRASING)]
    index = DenseIndex(TASKS, encoder=FixedQueryEncoder([1.0, 0.0, 0.0]), passages=passages, vectors=VECTORS)
    assert index.sentence_mask.tolist() == [True, True, False]
