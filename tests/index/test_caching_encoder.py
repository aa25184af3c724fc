"""The question-vector cache: same vectors as the encoder, fewer model calls, bounded size."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pytest

from index.caching_encoder import CachingEncoder
from tests.fakes import FakeEncoder


class RecordingEncoder(FakeEncoder):
    """A fake encoder that remembers which question texts reached it."""

    def __init__(self) -> None:
        super().__init__(dim=32)
        self.asked: list[list[str]] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.asked.append(list(texts))
        return super().encode_queries(texts)


def test_vectors_are_the_inner_encoders_in_the_order_asked() -> None:
    inner = RecordingEncoder()
    cache = CachingEncoder(inner, size=8)
    cache.encode_queries(["污水"])

    vectors = cache.encode_queries(["垃圾", "污水", "垃圾"])

    np.testing.assert_array_equal(vectors, FakeEncoder(dim=32).encode_queries(["垃圾", "污水", "垃圾"]))
    assert vectors.dtype == np.float32 and vectors.shape == (3, 32)


def test_a_question_seen_before_does_not_reach_the_model_again() -> None:
    inner = RecordingEncoder()
    cache = CachingEncoder(inner, size=8)

    cache.encode_queries(["谁牵头污水处理"])
    cache.encode_queries(["谁牵头污水处理"])
    cache.encode_queries(["谁牵头污水处理", "那配合单位有哪些", "那配合单位有哪些"])

    # Only the new text, and only once although it was asked twice in one call.
    assert inner.asked == [["谁牵头污水处理"], ["那配合单位有哪些"]]
    assert (cache.stats.hits, cache.stats.misses) == (2, 3)


def test_the_least_recently_used_question_is_forgotten_first() -> None:
    inner = RecordingEncoder()
    cache = CachingEncoder(inner, size=2)
    cache.encode_queries(["甲"])
    cache.encode_queries(["乙"])
    cache.encode_queries(["甲"])  # 甲 is now the most recent, 乙 the oldest

    cache.encode_queries(["丙"])  # over the size: 乙 goes
    cache.encode_queries(["甲"])
    cache.encode_queries(["乙"])

    assert inner.asked == [["甲"], ["乙"], ["丙"], ["乙"]]
    assert len(cache) == 2


def test_a_caller_changing_its_result_does_not_change_the_cache() -> None:
    cache = CachingEncoder(RecordingEncoder(), size=4)
    first = cache.encode_queries(["污水"])
    first[:] = 0.0

    again = cache.encode_queries(["污水"])

    np.testing.assert_array_equal(again, FakeEncoder(dim=32).encode_queries(["污水"]))


def test_passages_pass_through_uncached() -> None:
    inner = RecordingEncoder()
    cache = CachingEncoder(inner, size=4)

    cache.encode_documents(["段落"])
    cache.encode_documents(["段落"])

    assert inner.calls == 2 and inner.asked == [] and len(cache) == 0


def test_it_looks_like_the_encoder_it_wraps() -> None:
    inner = FakeEncoder(dim=16, max_tokens=77, name="fake-x")
    cache = CachingEncoder(inner, size=4)

    assert (cache.name, cache.max_tokens, cache.count_tokens("污水")) == ("fake-x", 77, 4)
    assert cache.dim == 16  # anything else is the inner encoder's
    assert cache.encode_queries([]).shape == (0, 16)


def test_clear_forgets_everything() -> None:
    inner = RecordingEncoder()
    cache = CachingEncoder(inner, size=4)
    cache.encode_queries(["污水"])

    cache.clear()
    cache.encode_queries(["污水"])

    assert inner.asked == [["污水"], ["污水"]]


def test_many_threads_get_their_own_questions_answered() -> None:
    cache = CachingEncoder(RecordingEncoder(), size=16)
    questions = [f"问题{i % 24}" for i in range(240)]  # more distinct texts than the cache holds
    expected = {q: FakeEncoder(dim=32).encode_queries([q])[0] for q in set(questions)}
    failures: list[str] = []

    def ask(chunk: list[str]) -> None:
        for q in chunk:
            if not np.array_equal(cache.encode_queries([q])[0], expected[q]):
                failures.append(q)

    threads = [threading.Thread(target=ask, args=(questions[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert failures == [] and len(cache) <= 16


@pytest.mark.parametrize("size", [0, -1])
def test_a_size_below_one_is_refused_by_value(size: int) -> None:
    with pytest.raises(ValueError, match=f"size must be >= 1, got {size}"):
        CachingEncoder(FakeEncoder(), size=size)
