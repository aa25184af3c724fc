"""Settings are built once at start-up and validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.phrasings import DEFAULT_PHRASINGS_PATH
from index.encoder import EncoderBackend
from index.fusion import FusionMode
from qa.settings import DEFAULT_EMBEDDING_MODEL, Settings


def test_defaults_use_the_built_in_model_with_e5_prompts():
    settings = Settings()
    assert settings.embedding_model == DEFAULT_EMBEDDING_MODEL
    assert settings.effective_prompts() == ("query: ", "passage: ")


def test_another_model_keeps_its_own_prompts_unless_given():
    assert Settings(embedding_model="BAAI/bge-small-zh-v1.5").effective_prompts() == (None, None)


def test_environment_variables_are_read_only_by_from_env():
    settings = Settings.from_env({"QA_CACHE_DIR": "/tmp/x", "QA_EMBEDDING_MODEL": "m", "QA_EMBED_ORIGINS": "a b"})
    assert settings.cache_dir == Path("/tmp/x") and settings.feedback_path == Path("/tmp/x/feedback.jsonl")
    assert (settings.embedding_model, settings.embed_origins) == ("m", ("a", "b"))


def test_the_question_cache_size_comes_from_qa_query_cache():
    assert Settings().query_cache_size == 1024
    assert Settings.from_env({"QA_QUERY_CACHE": "0"}).query_cache_size == 0
    with pytest.raises(ValueError, match="QA_QUERY_CACHE must be a whole number >= 0, got 'many'"):
        Settings.from_env({"QA_QUERY_CACHE": "many"})


def test_the_shipped_phrasings_go_with_the_shipped_notice_only(tmp_path):
    other = tmp_path / "notice.txt"
    own = tmp_path / "phrasings.tsv"
    assert Settings().effective_phrasings_path == DEFAULT_PHRASINGS_PATH
    assert Settings(notice_path=other).effective_phrasings_path is None
    assert Settings(notice_path=other, phrasings_path=own).effective_phrasings_path == own
    assert Settings(phrasings_path=None).effective_phrasings_path is None
    assert Settings(phrasings_path=None).to_json()["phrasings_path"] is None
    assert Settings.from_env({"QA_PHRASINGS": "off"}).effective_phrasings_path is None
    assert Settings.from_env({"QA_PHRASINGS": str(own)}).phrasings_path == own


def test_fusion_accepts_its_value_and_rejects_others_listing_choices():
    assert Settings(fusion="rrf").fusion is FusionMode.RRF  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rrf, weighted"):
        Settings(fusion="magic")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("bm25_weight", -1.0, "weights must be >= 0"), ("max_citations", 0, "max_citations must be >= 1"),
     ("port", 70000, "port must be 1..65535"),
     ("query_cache_size", -1, r"query_cache_size must be >= 0 \(0 turns the cache off\), got -1")],
)  # fmt: skip
def test_invalid_values_are_rejected_naming_the_value(field, value, message):
    with pytest.raises(ValueError, match=message):
        Settings(**{field: value})


def test_the_encoder_backend_defaults_to_onnx_and_comes_from_qa_encoder():
    assert Settings().encoder is EncoderBackend.ONNX
    assert Settings.from_env({"QA_ENCODER": "torch"}).encoder is EncoderBackend.TORCH
    assert Settings.from_env({"QA_ENCODER": " ONNX "}).encoder is EncoderBackend.ONNX
    assert Settings(encoder="torch").to_json()["encoder"] == "torch"  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="QA_ENCODER: encoder must be one of onnx, torch, got 'gpu'"):
        Settings.from_env({"QA_ENCODER": "gpu"})
    with pytest.raises(ValueError, match="encoder_threads must be >= 1"):
        Settings(encoder_threads=0)


def test_the_notice_library_and_the_upload_are_read_from_the_environment():
    settings = Settings.from_env({"QA_NOTICES": "notices", "QA_NOTICES_BUILTIN": "off", "QA_ALLOW_UPLOAD": "1"})
    assert settings.notices_dir == Path("notices") and settings.uses_library
    assert settings.include_builtin is False and settings.allow_upload is True
    assert Settings.from_env({}).allow_upload is False and not Settings.from_env({}).uses_library


def test_an_on_off_variable_with_another_value_is_named():
    with pytest.raises(ValueError, match=r"QA_ALLOW_UPLOAD.*'maybe'"):
        Settings.from_env({"QA_ALLOW_UPLOAD": "maybe"})
