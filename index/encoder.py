"""Text encoders for dense retrieval: the protocol and the sentence-transformers implementation."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


class EncoderBackend(StrEnum):
    """What runs the embedding model at query time."""

    ONNX = "onnx"  # onnxruntime + tokenizers on the folder's onnx/model.onnx (no torch)
    TORCH = "torch"  # sentence-transformers on torch: any sentence-transformers model

    @classmethod
    def parse(cls, value: str | EncoderBackend) -> EncoderBackend:
        """Accept an enum member or its value.

        Raises:
            ValueError: naming the valid choices.
        """
        try:
            return cls(value)
        except ValueError:
            valid = ", ".join(m.value for m in cls)
            raise ValueError(f"encoder must be one of {valid}, got {value!r}") from None


@runtime_checkable
class Encoder(Protocol):
    """What :class:`~index.dense.DenseIndex` needs from a model."""

    name: str
    max_tokens: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Return L2-normalised float32 vectors, one row per question."""
        ...

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Return L2-normalised float32 vectors, one row per passage."""
        ...

    def count_tokens(self, text: str) -> int:
        """How many tokens the model sees for ``text`` as a document (prompt and specials included)."""
        ...


class EncoderWrapper:
    """Base for encoders that add something (batching, caching) in front of ``inner``.

    Everything not overridden is the inner encoder's: name, token limit, passage
    encoding, token counting and any other attribute.
    """

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_documents(texts)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not set yet (half-built object): no endless recursion
            raise AttributeError(name)
        return getattr(self.inner, name)


class SentenceTransformerEncoder:
    """A :class:`SentenceTransformer` with explicit query and document prompts."""

    def __init__(
        self,
        model: SentenceTransformer,
        *,
        name: str,
        query_prompt: str | None = None,
        document_prompt: str | None = None,
        batch_size: int = 32,
    ) -> None:
        """Wrap ``model``.

        Args:
            model: a loaded sentence-transformers model.
            name: identifies the model in cache manifests.
            query_prompt, document_prompt: prefixes, e.g. "query: " / "passage: " for E5;
                None uses the model's own prompt of that name if it has one.
            batch_size: encoding batch size.
        """
        self.model = model
        self.name = name
        prompts = getattr(model, "prompts", {}) or {}
        self.query_prompt = query_prompt if query_prompt is not None else prompts.get("query", "")
        self.document_prompt = (
            document_prompt if document_prompt is not None else prompts.get("document", prompts.get("passage", ""))
        )
        self.max_tokens = int(model.max_seq_length or 512)
        self.batch_size = batch_size

    def _encode(self, texts: Sequence[str], prompt: str) -> np.ndarray:
        vectors = self.model.encode(
            list(texts),
            prompt=prompt,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Encode questions with the query prompt."""
        return self._encode(texts, self.query_prompt)

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Encode passages with the document prompt."""
        return self._encode(texts, self.document_prompt)

    def count_tokens(self, text: str) -> int:
        """Token count of ``text`` as a document, special tokens included."""
        return len(self.model.tokenizer(self.document_prompt + text)["input_ids"])
