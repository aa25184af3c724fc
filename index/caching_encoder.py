"""An encoder that remembers the vectors of recent questions.

Encoding a question is most of what answering it costs. The same question
text comes back often: a follow-up ("那配合单位有哪些") re-reads the earlier
question to know what "那" refers to, and staff click the same example
questions. :class:`CachingEncoder` keeps the last ``size`` question vectors
(least recently used out first); passages (index building) are passed
straight through, uncached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.encoder import Encoder, EncoderWrapper


@dataclass
class CacheStats:
    """How the cache has done so far (for tests and ``/healthz``-style reports)."""

    hits: int = 0
    misses: int = 0


class CachingEncoder(EncoderWrapper):
    """An :class:`~index.encoder.Encoder` whose ``encode_queries`` remembers recent questions.

    Thread-safe: the web server calls it from many request threads. Two threads
    missing on the same text at once both encode it (no waiting on each other);
    the vectors are the same.

    Args:
        inner: the real encoder (or a batching wrapper around it).
        size: how many question vectors to keep; must be >= 1.

    Raises:
        ValueError: if ``size`` < 1.
    """

    def __init__(self, inner: Encoder, *, size: int) -> None:
        if size < 1:
            raise ValueError(f"size must be >= 1, got {size}")
        super().__init__(inner)
        self.size = size
        self.stats = CacheStats()
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for ``texts``, one row each; only texts not seen recently reach the inner encoder."""
        texts = list(texts)
        if not texts:
            return self.inner.encode_queries([])
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in texts:
                vector = self._vectors.get(text)
                if vector is not None:
                    self._vectors.move_to_end(text)
                    found[text] = vector
            hits = sum(1 for t in texts if t in found)
            self.stats.hits += hits
            self.stats.misses += len(texts) - hits
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            # Outside the lock: encoding takes milliseconds, lookups by other threads must not wait for it.
            encoded = np.asarray(self.inner.encode_queries(missing), dtype=np.float32)
            with self._lock:
                for text, row in zip(missing, encoded, strict=True):
                    vector = np.array(row, dtype=np.float32, copy=True)
                    vector.setflags(write=False)  # shared between callers: nobody may change it
                    found[text] = vector
                    self._vectors[text] = vector
                    self._vectors.move_to_end(text)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        # np.stack makes a fresh array, so a caller writing into its result cannot touch the cache.
        return np.stack([found[t] for t in texts])

    def clear(self) -> None:
        """Forget every remembered vector (e.g. after the model changed)."""
        with self._lock:
            self._vectors.clear()
