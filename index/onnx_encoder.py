"""The query-time encoder on ONNX Runtime: ``tokenizers`` + ``onnxruntime``, no torch.

Reads a sentence-transformers folder that holds ``onnx/model.onnx`` (see ``models/onnx_export.py``).
Tokenisation uses the folder's ``tokenizer.json`` as sentence-transformers does (same ids, same
truncation at the folder's ``max_seq_length``); pooling and normalisation follow the folder's
modules.json and pooling config: done by the graph when it outputs ``sentence_embedding`` built
with the same settings (recorded in its metadata), otherwise here from its token embeddings.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from models.st_config import FolderConfig, Pooling, read_folder_config

ONNX_PATH = Path("onnx") / "model.onnx"
# ONNX Runtime's session setting: whether its intra-op threads busy-wait for work ("1", the default) or sleep.
ALLOW_SPINNING = "session.intra_op.allow_spinning"
SENTENCE_OUTPUTS = ("sentence_embedding",)
TOKEN_OUTPUTS = ("token_embeddings", "last_hidden_state")


class OnnxEncoder:
    """An :class:`~index.encoder.Encoder` running a folder's ONNX model with ONNX Runtime.

    Thread-safe for concurrent callers (ONNX Runtime sessions are); the web app still funnels
    questions through one batching thread so that they share a model call.
    """

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        config: FolderConfig,
        *,
        name: str,
        query_prompt: str | None = None,
        document_prompt: str | None = None,
        batch_size: int = 32,
    ) -> None:
        """Wrap a loaded session and tokenizer.

        Args:
            session: an ``onnxruntime.InferenceSession`` taking input_ids and attention_mask.
            tokenizer: a ``tokenizers.Tokenizer``; its truncation and padding are turned off
                (this class truncates and pads itself, so token counts stay exact).
            config: the folder's pooling, normalisation, length limit and prompts.
            name: identifies the model and backend in cache manifests.
            query_prompt, document_prompt: prefixes; None uses the folder's prompt of that name.
            batch_size: most texts per model call when encoding passages.

        Raises:
            ValueError: if the graph has neither a sentence nor a token embedding output, or its
                sentence output was built with other pooling settings than the folder's.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.session = session
        self.tokenizer = tokenizer
        self.pad_id = _pad_id(tokenizer)  # before padding is turned off: its settings name the pad id
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self.config = config
        self.name = name
        self.max_tokens = config.max_seq_length
        self.query_prompt = query_prompt if query_prompt is not None else config.prompt("query")
        self.document_prompt = document_prompt if document_prompt is not None else config.prompt("document", "passage")
        self.batch_size = batch_size
        self._inputs = {i.name for i in session.get_inputs()}
        outputs = [o.name for o in session.get_outputs()]
        pooled = next((o for o in SENTENCE_OUTPUTS if o in outputs), None)
        if pooled is not None and _pooled_as(session) == (config.pooling, config.normalize):
            self._output, self._pool_here = pooled, False
        elif any(o in outputs for o in TOKEN_OUTPUTS):
            self._output, self._pool_here = next(o for o in TOKEN_OUTPUTS if o in outputs), True
        else:
            raise ValueError(
                f"the ONNX model's outputs {outputs} give no usable embedding: expected {SENTENCE_OUTPUTS[0]} "
                f"pooled as the folder says ({config.pooling.value}, normalize={config.normalize}) or one of "
                f"{list(TOKEN_OUTPUTS)}"
            )

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        name: str,
        onnx_path: Path | None = None,
        threads: int | None = None,
        spinning: bool = True,
        query_prompt: str | None = None,
        document_prompt: str | None = None,
    ) -> OnnxEncoder:
        """Load ``folder``'s tokenizer and ONNX model.

        Args:
            folder: the sentence-transformers folder.
            name: identifies the model and backend in cache manifests.
            onnx_path: the model file (default ``folder/onnx/model.onnx``).
            threads: ONNX Runtime intra-op threads (default: up to 2, as many cores as there are).
            spinning: whether those threads busy-wait for work between and after model calls (ONNX
                Runtime's default: the lowest latency when nothing else needs the cores; a server turns it
                off, its HTTP and answering threads need them).
            query_prompt, document_prompt: see the constructor.

        Raises:
            FileNotFoundError: if the folder has no ONNX model.
            UnsupportedFolder: if the folder's pipeline is not one the ONNX path reproduces.
        """
        import onnxruntime

        from index.pruned_tokenizer import load_tokenizer

        folder = Path(folder)
        model_path = Path(onnx_path) if onnx_path is not None else folder / ONNX_PATH
        if not model_path.is_file():
            raise FileNotFoundError(f"no ONNX model at {model_path}")
        config = read_folder_config(folder)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads if threads is not None else min(2, _cpu_count())
        options.inter_op_num_threads = 1
        if not spinning:
            options.add_session_config_entry(ALLOW_SPINNING, "0")
        session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        # The folder's prompts' words are kept whole in the pruned tokenizer (every query starts with one).
        prompts = (
            query_prompt if query_prompt is not None else config.prompt("query"),
            document_prompt if document_prompt is not None else config.prompt("document", "passage"),
        )
        tokenizer = load_tokenizer(folder / "tokenizer.json", prompts)
        return cls(session, tokenizer, config, name=name, query_prompt=query_prompt, document_prompt=document_prompt)

    # The Encoder protocol --------------------------------------------------------------------
    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Encode questions with the query prompt (one model call: the batching encoder sizes the batch)."""
        return self._run([self.query_prompt + t for t in texts])

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Encode passages with the document prompt, in length-sorted batches (less padding)."""
        texts = [self.document_prompt + t for t in texts]
        if not texts:
            return self._run([])
        ids = self._ids(texts)
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        out = np.empty((len(texts), 0), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            vectors = self._infer([ids[i] for i in chunk])
            if out.shape[1] == 0:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[chunk] = vectors
        return out

    def count_tokens(self, text: str) -> int:
        """Token count of ``text`` as a document, special tokens included (not truncated)."""
        return len(self.tokenizer.encode(self.document_prompt + text).ids)

    # Inside ----------------------------------------------------------------------------------
    def _ids(self, texts: list[str]) -> list[list[int]]:
        """Token ids per text, truncated to ``max_tokens`` as transformers does: content cut, end specials kept."""
        rows = []
        for encoding in self.tokenizer.encode_batch(texts):
            ids = encoding.ids
            if len(ids) > self.max_tokens:
                specials = encoding.special_tokens_mask
                tail = 0
                while tail < len(ids) and specials[len(ids) - 1 - tail]:
                    tail += 1
                ids = ids[: self.max_tokens - tail] + (ids[len(ids) - tail :] if tail else [])
            rows.append(ids)
        return rows

    def _run(self, texts: list[str]) -> np.ndarray:
        if not texts:
            dim = self.session.get_outputs()[0].shape[-1]
            return np.zeros((0, dim if isinstance(dim, int) else 0), dtype=np.float32)
        return self._infer(self._ids(texts))

    def _infer(self, rows: list[list[int]]) -> np.ndarray:
        width = max(len(r) for r in rows)
        input_ids = np.full((len(rows), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, row in enumerate(rows):
            input_ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        feed = {"input_ids": input_ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(input_ids)
        (output,) = self.session.run([self._output], feed)
        vectors = _pool(output, mask, self.config.pooling) if self._pool_here else output
        if self._pool_here and self.config.normalize:
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)
        return np.ascontiguousarray(vectors, dtype=np.float32)


def _pool(tokens: np.ndarray, mask: np.ndarray, pooling: Pooling) -> np.ndarray:
    """Sentence vectors from token vectors as sentence-transformers' Pooling module computes them."""
    weights = mask[:, :, None].astype(np.float32)
    if pooling is Pooling.MEAN:
        return (tokens * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    if pooling is Pooling.CLS:
        return tokens[:, 0]
    return np.where(weights > 0, tokens, -1e9).max(axis=1)


def _pooled_as(session: Any) -> tuple[Pooling, bool] | None:
    """The pooling and normalisation an exported graph records in its metadata (None: not recorded)."""
    meta = session.get_modelmeta().custom_metadata_map
    try:
        return Pooling(meta["pooling"]), meta["normalize"] == "true"
    except (KeyError, ValueError):
        return None


def _pad_id(tokenizer: Any) -> int:
    """The pad token id from tokenizer.json's padding settings (as sentence-transformers pads)."""
    padding = tokenizer.padding
    if padding and padding.get("pad_id") is not None:
        return int(padding["pad_id"])
    for token in ("<pad>", "[PAD]"):
        token_id = tokenizer.token_to_id(token)
        if token_id is not None:
            return token_id
    return 0


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 1
