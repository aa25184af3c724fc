"""Micro-batching of question encoding: each caller gets its own rows; concurrent callers share a model call."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from tests.fakes import FakeEncoder
from web.batching import BatchingEncoder


class SlowEncoder(FakeEncoder):
    """A fake encoder that takes a while per call and records the batch sizes it saw."""

    def __init__(self, delay_s: float = 0.05) -> None:
        super().__init__()
        self.delay_s = delay_s
        self.sizes: list[int] = []
        self.threads: set[str] = set()

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.sizes.append(len(texts))
        self.threads.add(threading.current_thread().name)
        time.sleep(self.delay_s)
        return super().encode_queries(texts)


def test_each_caller_gets_exactly_its_own_vectors() -> None:
    inner = FakeEncoder()
    encoder = BatchingEncoder(inner)
    questions = [f"问题{i}：谁牵头污水处理" for i in range(40)]
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(lambda q: encoder.encode_queries([q, q + "？"]), questions))
    finally:
        encoder.close()
    for question, vectors in zip(questions, got, strict=True):
        np.testing.assert_allclose(vectors, inner.encode_queries([question, question + "？"]))


def test_concurrent_callers_share_model_calls_made_in_one_thread() -> None:
    inner = SlowEncoder()
    encoder = BatchingEncoder(inner, max_batch=8)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda i: encoder.encode_queries([f"q{i}"]), range(16)))
    finally:
        encoder.close()
    assert sum(inner.sizes) == 16
    assert max(inner.sizes) > 1 and len(inner.sizes) < 16
    assert max(inner.sizes) <= 8
    assert inner.threads == {"query-encoder"}
    assert encoder.stats.texts == 16 and encoder.stats.largest == max(inner.sizes)


def test_a_failing_batch_reaches_every_caller_and_the_worker_survives() -> None:
    class Broken(FakeEncoder):
        fail = True

        def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
            if self.fail:
                raise RuntimeError("model exploded")
            return super().encode_queries(texts)

    inner = Broken()
    encoder = BatchingEncoder(inner)
    try:
        with pytest.raises(RuntimeError, match="model exploded"):
            encoder.encode_queries(["x"])
        inner.fail = False
        assert encoder.encode_queries(["x"]).shape == (1, inner.dim)
    finally:
        encoder.close()


def test_documents_and_attributes_pass_through() -> None:
    inner = FakeEncoder(name="fake-x")
    encoder = BatchingEncoder(inner)
    try:
        assert encoder.name == "fake-x" and encoder.max_tokens == inner.max_tokens
        assert encoder.count_tokens("三个字") == inner.count_tokens("三个字")
        np.testing.assert_allclose(encoder.encode_documents(["甲", "乙"]), inner.encode_documents(["甲", "乙"]))
        assert encoder.dim == inner.dim
        assert encoder.encode_queries([]).shape[0] == 0
    finally:
        encoder.close()
    with pytest.raises(RuntimeError, match="closed"):
        encoder.encode_queries(["x"])


@pytest.mark.parametrize(("kwargs", "named"), [({"max_batch": 0}, "max_batch"), ({"window_s": -1}, "window_s")])
def test_bad_settings_are_refused_by_name(kwargs: dict, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        BatchingEncoder(FakeEncoder(), **kwargs)


def test_run_in_worker_runs_in_the_encoding_thread_between_batches() -> None:
    encoder = BatchingEncoder(FakeEncoder())
    try:
        assert encoder.run_in_worker(lambda: threading.current_thread().name) == "query-encoder"
        with pytest.raises(ZeroDivisionError):
            encoder.run_in_worker(lambda: 1 / 0)
        assert encoder.encode_queries(["still works"]).shape[0] == 1
    finally:
        encoder.close()


def test_a_call_queued_behind_questions_runs_after_their_batch() -> None:
    inner = SlowEncoder(delay_s=0.05)
    encoder = BatchingEncoder(inner, window_s=0.05)
    order: list[str] = []
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [pool.submit(encoder.encode_queries, [f"q{i}"]) for i in range(3)]
            time.sleep(0.01)
            pool.submit(encoder.run_in_worker, lambda: order.append(f"call after {sum(inner.sizes)}")).result()
            for future in futures:
                assert future.result().shape == (1, inner.dim)
    finally:
        encoder.close()
    assert order and order[0] != "call after 0"
