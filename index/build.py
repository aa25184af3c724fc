"""Build (or load from the cache) the BM25 and dense indexes for a notice."""

from __future__ import annotations

import functools
import json
import logging
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from corpus.phrasings import phrasings_sha256
from corpus.records import Notice, Phrasing
from index.bm25 import BM25Index
from index.cache import CacheKey, load_or_build
from index.dense import DenseIndex
from index.encoder import Encoder
from index.passages import Passage
from index.tokenize import Tokenizer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuiltIndex:
    """The two indexes over one notice, and where they came from."""

    bm25: BM25Index
    dense: DenseIndex
    source: str  # "cache", "built" (and cached) or "memory" (not cached)
    seconds: float


def library_versions() -> dict[str, str]:
    """Versions of the libraries whose output the cache stores."""
    return dict(_library_versions())


@functools.cache
def _library_versions() -> dict[str, str]:
    # Looked up once per process: each call scans the installed distributions (~0.1 s at start-up).
    versions = {"python": platform.python_version()}
    names = (
        "numpy",
        "faiss-cpu",
        "jieba",
        "rank-bm25",
        "sentence-transformers",
        "transformers",
        "torch",
        "onnxruntime",
    )
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def build_indexes(
    notice: Notice,
    *,
    tokenizer: Tokenizer,
    encoder: Encoder,
    cache_root: Path | None,
    key_fields: dict[str, Any],
    phrasings: Sequence[Phrasing] = (),
    progress: Callable[[str], None] = log.info,
) -> BuiltIndex:
    """Return BM25 and dense indexes for ``notice``, from the cache when it is valid.

    Args:
        notice: the parsed notice.
        tokenizer: BM25's tokenizer (its user words are part of the cache key).
        encoder: the dense encoder (``encoder.name`` is part of the cache key).
        cache_root: where to cache; None builds in memory every time.
        key_fields: what else the build depends on (notice hash, model fingerprint, settings).
        phrasings: everyday phrasings indexed as extra dense passages (part of the cache key).
        progress: receives human-readable progress messages.
    """
    started = time.perf_counter()
    tasks = notice.tasks
    key = CacheKey(
        {
            **key_fields,
            "encoder": encoder.name,
            "max_tokens": encoder.max_tokens,
            "user_words": _digest(tokenizer.user_words),
            "stop_words": _digest(sorted(tokenizer.stop_words)),
            "phrasings": phrasings_sha256(phrasings),
            "versions": library_versions(),
        }
    )

    def build() -> tuple[BM25Index, DenseIndex]:
        progress(f"building the index: {len(tasks)} tasks, encoding passages with {encoder.name} …")
        t0 = time.perf_counter()
        bm25 = BM25Index(tasks, tokenize=tokenizer)
        dense = DenseIndex(tasks, encoder=encoder, phrasings=phrasings)
        progress(f"index built: {len(dense.passages)} passages in {time.perf_counter() - t0:.1f}s")
        return bm25, dense

    def save(built: tuple[BM25Index, DenseIndex], folder: Path) -> None:
        bm25, dense = built
        np.save(folder / "vectors.npy", dense.vectors, allow_pickle=False)
        faiss.write_index(dense.faiss_index, str(folder / "faiss.index"))
        (folder / "passages.json").write_text(
            json.dumps([asdict(p) for p in dense.passages], ensure_ascii=False), encoding="utf-8"
        )
        (folder / "bm25_tokens.json").write_text(json.dumps(bm25.doc_tokens, ensure_ascii=False), encoding="utf-8")

    def load(folder: Path, manifest: dict[str, Any]) -> tuple[BM25Index, DenseIndex]:
        passages = [Passage(**p) for p in json.loads((folder / "passages.json").read_text(encoding="utf-8"))]
        vectors = np.load(folder / "vectors.npy", allow_pickle=False)
        tokens = json.loads((folder / "bm25_tokens.json").read_text(encoding="utf-8"))
        faiss_index = faiss.read_index(str(folder / "faiss.index"))
        return (
            BM25Index(tasks, tokenize=tokenizer, tokens=tokens),
            DenseIndex(tasks, encoder=encoder, passages=passages, vectors=vectors, faiss_index=faiss_index),
        )

    if cache_root is None:
        (bm25, dense), source = build(), "memory"
    else:
        (bm25, dense), source = load_or_build(
            cache_root, key, load=load, build=build, save=save, extra={"built_by": "index.build"}, warn=progress
        )
    return BuiltIndex(bm25, dense, source, time.perf_counter() - started)


def _digest(words: Any) -> str:
    import hashlib

    return hashlib.sha256(json.dumps(list(words), ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
