"""Micro-batching of question encoding for a server answering many people at once.

Encoding a question is most of the cost of ``Assistant.ask``, and on a CPU
encoding eight short questions in one call costs little more than encoding
one. :class:`BatchingEncoder` wraps the real encoder: concurrent
``encode_queries`` calls (one per request thread) are gathered by a single
worker thread into one model call, and each caller gets its own rows back.
All model calls then happen in that one thread. Passage encoding (index
building) is passed straight through.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from index.encoder import Encoder, EncoderWrapper

log = logging.getLogger(__name__)


@dataclass
class _Request:
    texts: list[str]
    result: Future[np.ndarray] = field(default_factory=Future)


@dataclass
class _Call:
    """Something to run in the worker thread itself (e.g. per-thread torch settings)."""

    fn: Callable[[], Any]
    result: Future[Any] = field(default_factory=Future)


@dataclass
class BatchStats:
    """How the batches went (for tests and the start-up log)."""

    batches: int = 0
    texts: int = 0
    largest: int = 0


class BatchingEncoder(EncoderWrapper):
    """An :class:`~index.encoder.Encoder` whose ``encode_queries`` batches concurrent callers.

    Args:
        inner: the real encoder.
        max_batch: most questions encoded in one model call.
        window_s: how long the worker waits for more questions after the first
            arrives (a couple of milliseconds; while a batch is being encoded,
            new questions gather on their own).
    """

    def __init__(self, inner: Encoder, *, max_batch: int = 16, window_s: float = 0.002) -> None:
        if max_batch < 1:
            raise ValueError(f"max_batch must be >= 1, got {max_batch}")
        if window_s < 0:
            raise ValueError(f"window_s must be >= 0, got {window_s}")
        super().__init__(inner)
        self.max_batch = max_batch
        self.window_s = window_s
        self.stats = BatchStats()
        self._queue: queue.Queue[_Request | _Call | None] = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="query-encoder", daemon=True)
        self._worker.start()

    # The Encoder protocol (the rest is the inner encoder's) ---------------------------------
    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Encode ``texts`` together with whatever other threads are encoding right now."""
        if not self._worker.is_alive():
            raise RuntimeError("the batching encoder is closed")
        request = _Request(list(texts))
        if not request.texts:
            return self.inner.encode_queries([])
        self._queue.put(request)
        return request.result.result()

    def run_in_worker(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` in the encoding thread (between batches) and return its result.

        For per-thread settings such as ``torch.set_num_threads``, which a
        thread that already exists does not pick up from another thread.
        """
        call = _Call(fn)
        self._queue.put(call)
        return call.result.result()

    def close(self) -> None:
        """Stop the worker (pending requests are still answered)."""
        if self._worker.is_alive():
            self._queue.put(None)
            self._worker.join(timeout=10)

    # The worker ----------------------------------------------------------------------------
    def _gather(self, first: _Request) -> tuple[list[_Request], _Call | None, bool]:
        """More requests for the batch; stops at a call to run or at the stop signal."""
        batch, size = [first], len(first.texts)
        deadline = time.monotonic() + self.window_s
        while size < self.max_batch:
            try:
                item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if item is None:
                return batch, None, True
            if isinstance(item, _Call):
                return batch, item, False
            batch.append(item)
            size += len(item.texts)
        return batch, None, False

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            if item is None:
                break
            if isinstance(item, _Call):
                self._call(item)
                continue
            batch, call, stop = self._gather(item)
            self._encode(batch)
            if call is not None:
                self._call(call)

    @staticmethod
    def _call(call: _Call) -> None:
        try:
            call.result.set_result(call.fn())
        except Exception as exc:
            call.result.set_exception(exc)

    def _encode(self, batch: list[_Request]) -> None:
        texts = [t for request in batch for t in request.texts]
        try:
            vectors = self.inner.encode_queries(texts)
        except Exception as exc:  # every waiting caller gets the error, the worker lives on
            log.exception("encoding a batch of %d questions failed", len(texts))
            for request in batch:
                request.result.set_exception(exc)
            return
        self.stats.batches += 1
        self.stats.texts += len(texts)
        self.stats.largest = max(self.stats.largest, len(texts))
        start = 0
        for request in batch:
            end = start + len(request.texts)
            request.result.set_result(np.array(vectors[start:end], dtype=np.float32, copy=True))
            start = end
