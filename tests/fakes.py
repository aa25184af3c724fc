"""Test doubles: a deterministic encoder that needs no model."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np


class FakeEncoder:
    """Hashes character unigrams and bigrams into a fixed-size, L2-normalised vector.

    Texts sharing characters get similar vectors, which is enough for
    retrieval tests to be meaningful without a real model.
    """

    def __init__(self, dim: int = 256, max_tokens: int = 512, name: str = "fake-char-hash") -> None:
        self.dim = dim
        self.max_tokens = max_tokens
        self.name = name
        self.calls = 0

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        grams = list(text) + [text[i : i + 2] for i in range(len(text) - 1)]
        for gram in grams:
            if gram.strip():
                h = int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little")
                vec[h % self.dim] += 1.0
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts]).astype(np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def count_tokens(self, text: str) -> int:
        # One token per character plus <s> and </s>: an upper bound for XLM-R on Chinese.
        return len(text) + 2


class FixedQueryEncoder(FakeEncoder):
    """Encodes every question as one chosen vector; refuses to encode documents (a cached build must not)."""

    def __init__(self, query: Sequence[float]) -> None:
        super().__init__(dim=len(query))
        self.query = np.asarray([query], dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return self.query

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        raise AssertionError("a cached build must not encode documents")


class CountingEncoder(FakeEncoder):
    """Counts the passages and questions it encodes, and the calls that asked for them."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.documents = 0
        self.queries = 0
        self.document_calls = 0
        self.query_calls = 0

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.documents += len(texts)
        self.document_calls += 1
        return super().encode_documents(texts)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.queries += len(texts)
        self.query_calls += 1
        return super().encode_queries(texts)
