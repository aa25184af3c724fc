"""Building the notice's indexes, or loading them from the cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus import load_notice
from corpus.records import Notice, Phrasing
from corpus.units import build_alias_table
from index.build import BuiltIndex, build_indexes, library_versions
from index.cache import MANIFEST
from index.hybrid import HybridRetriever
from index.tokenize import Tokenizer, notice_user_words
from tests.fakes import CountingEncoder, FakeEncoder

QUERIES = ("二甲医院", "谁牵头污水处理", "千兆宽带和5G基站建设", "市住房建设局负责哪些任务")


@pytest.fixture(scope="module")
def notice() -> Notice:
    return load_notice()


@pytest.fixture(scope="module")
def tokenizer(notice) -> Tokenizer:
    return Tokenizer(notice_user_words(notice, build_alias_table(notice)))


def build(
    notice: Notice,
    tokenizer: Tokenizer,
    root: Path | None,
    encoder: FakeEncoder | None = None,
    **key_fields,
) -> BuiltIndex:
    return build_indexes(
        notice,
        tokenizer=tokenizer,
        encoder=encoder or CountingEncoder(),
        cache_root=root,
        key_fields={"notice_sha256": "abc", **key_fields},
        progress=lambda message: None,
    )


def cache_folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def test_the_first_call_builds_and_a_second_with_a_new_encoder_loads_without_encoding_documents(
    notice, tokenizer, tmp_path
):
    first_encoder = CountingEncoder()
    first = build(notice, tokenizer, tmp_path, first_encoder)
    assert first.source == "built"
    assert first_encoder.document_calls == 1

    second_encoder = CountingEncoder()
    second = build(notice, tokenizer, tmp_path, second_encoder)
    assert second.source == "cache"
    assert second_encoder.document_calls == 0
    # Questions may be encoded; documents must not be.
    second.dense.search("二甲医院", 3)
    assert second_encoder.document_calls == 0
    assert second_encoder.query_calls == 1
    assert second.dense.encoder is second_encoder


def test_the_build_is_cached_in_one_verified_folder(notice, tokenizer, tmp_path):
    build(notice, tokenizer, tmp_path)
    (folder,) = cache_folders(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [MANIFEST, "vectors.npy", "faiss.index", "passages.json", "bm25_tokens.json"]
    )


def test_the_cached_index_scores_exactly_like_the_fresh_one(notice, tokenizer, tmp_path):
    fresh = build(notice, tokenizer, tmp_path)
    cached = build(notice, tokenizer, tmp_path)
    assert (fresh.source, cached.source) == ("built", "cache")
    assert cached.dense.passages == fresh.dense.passages
    np.testing.assert_array_equal(cached.dense.vectors, fresh.dense.vectors)
    assert cached.bm25.doc_tokens == fresh.bm25.doc_tokens
    assert cached.bm25.task_numbers == fresh.bm25.task_numbers == cached.dense.task_numbers
    for query in QUERIES:
        np.testing.assert_array_equal(cached.bm25.scores(query), fresh.bm25.scores(query))
        np.testing.assert_array_equal(cached.dense.passage_scores(query), fresh.dense.passage_scores(query))
        assert cached.bm25.search(query, 5) == fresh.bm25.search(query, 5)
        assert cached.dense.search(query, 5) == fresh.dense.search(query, 5)
        assert HybridRetriever(cached.bm25, cached.dense).search(query, 5) == HybridRetriever(
            fresh.bm25, fresh.dense
        ).search(query, 5)


def test_the_cached_index_finds_the_health_task_for_er_jia_yi_yuan(notice, tokenizer, tmp_path):
    build(notice, tokenizer, tmp_path)
    cached = build(notice, tokenizer, tmp_path)
    assert cached.source == "cache"
    assert cached.bm25.search("二甲医院", 1)[0].task == 18


def test_a_changed_key_field_rebuilds_into_another_folder(notice, tokenizer, tmp_path):
    assert build(notice, tokenizer, tmp_path, notice_sha256="abc").source == "built"
    changed = CountingEncoder()
    assert build(notice, tokenizer, tmp_path, changed, notice_sha256="def").source == "built"
    assert changed.document_calls == 1
    assert len(cache_folders(tmp_path)) == 2
    assert build(notice, tokenizer, tmp_path, notice_sha256="abc").source == "cache"
    assert build(notice, tokenizer, tmp_path, notice_sha256="def").source == "cache"


def test_an_extra_key_field_rebuilds(notice, tokenizer, tmp_path):
    build(notice, tokenizer, tmp_path)
    assert build(notice, tokenizer, tmp_path, passages="v2").source == "built"


def test_phrasings_are_indexed_cached_with_their_kind_and_part_of_the_key(notice, tokenizer, tmp_path):
    phrasings = (Phrasing(11, "冬天家里暖气不热"),)

    def with_phrasings(items: tuple[Phrasing, ...]) -> BuiltIndex:
        return build_indexes(notice, tokenizer=tokenizer, encoder=CountingEncoder(), cache_root=tmp_path,
                             key_fields={}, phrasings=items, progress=lambda message: None)  # fmt: skip

    built = with_phrasings(phrasings)
    cached = with_phrasings(phrasings)
    assert (built.source, cached.source) == ("built", "cache")
    assert [(p.task, p.text, p.is_sentence) for p in cached.dense.passages[-1:]] == [(11, "冬天家里暖气不热", False)]
    assert with_phrasings((Phrasing(11, "冬天家里暖气太热"),)).source == "built"
    assert with_phrasings(()).source == "built"


def test_another_encoder_name_or_token_limit_rebuilds(notice, tokenizer, tmp_path):
    build(notice, tokenizer, tmp_path)
    assert build(notice, tokenizer, tmp_path, CountingEncoder(name="other-model")).source == "built"
    assert build(notice, tokenizer, tmp_path, CountingEncoder(max_tokens=256)).source == "built"
    assert len(cache_folders(tmp_path)) == 3


def test_a_corrupted_cache_is_rebuilt(notice, tokenizer, tmp_path):
    build(notice, tokenizer, tmp_path)
    (folder,) = cache_folders(tmp_path)
    vectors = folder / "vectors.npy"
    data = bytearray(vectors.read_bytes())
    data[-1] ^= 0xFF
    vectors.write_bytes(bytes(data))
    messages: list[str] = []
    encoder = CountingEncoder()
    rebuilt = build_indexes(
        notice,
        tokenizer=tokenizer,
        encoder=encoder,
        cache_root=tmp_path,
        key_fields={"notice_sha256": "abc"},
        progress=messages.append,
    )
    assert rebuilt.source == "built"
    assert encoder.document_calls == 1
    assert any("checksum mismatch" in m for m in messages)


def test_without_a_cache_root_the_index_is_built_in_memory_every_time(notice, tokenizer):
    encoder = CountingEncoder()
    assert build(notice, tokenizer, None, encoder).source == "memory"
    assert build(notice, tokenizer, None, encoder).source == "memory"
    assert encoder.document_calls == 2


def test_the_build_reports_its_progress_and_time(notice, tokenizer, tmp_path):
    messages: list[str] = []
    built = build_indexes(
        notice,
        tokenizer=tokenizer,
        encoder=CountingEncoder(),
        cache_root=tmp_path,
        key_fields={},
        progress=messages.append,
    )
    assert built.seconds >= 0
    assert any("building the index" in m for m in messages)
    assert any(f"{len(built.dense.passages)} passages" in m for m in messages)


def test_library_versions_name_python_and_the_libraries_whose_output_is_cached():
    versions = library_versions()
    assert {"python", "numpy", "faiss-cpu", "jieba", "rank-bm25"} <= set(versions)
    assert all(isinstance(v, str) and v for v in versions.values())
