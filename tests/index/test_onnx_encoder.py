"""Tests for index.onnx_encoder: the same vectors and token counts as sentence-transformers, without torch."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from tokenizers import Tokenizer

from index.onnx_encoder import ALLOW_SPINNING, OnnxEncoder
from models.st_config import FolderConfig, Pooling
from tests.models.synthetic import SENTENCES

LONG = " ".join(["the cat"] * 40)  # 80+ tokens: past the tiny model's 24


class FakeSession:
    """Stands in for an onnxruntime session whose graph returns fixed token vectors (batch, seq, 2)."""

    def __init__(self, outputs: list[str], metadata: dict[str, str] | None = None) -> None:
        self.outputs = outputs
        self.metadata = metadata or {}
        self.feeds: list[dict[str, np.ndarray]] = []

    def get_inputs(self) -> list[Any]:
        return [SimpleNamespace(name="input_ids"), SimpleNamespace(name="attention_mask")]

    def get_outputs(self) -> list[Any]:
        return [SimpleNamespace(name=name, shape=["batch", "sequence", 2]) for name in self.outputs]

    def get_modelmeta(self) -> Any:
        return SimpleNamespace(custom_metadata_map=self.metadata)

    def run(self, names: list[str], feed: dict[str, np.ndarray]) -> list[np.ndarray]:
        self.feeds.append(feed)
        ids = feed["input_ids"].astype(np.float32)
        # token vector = (id, 1): easy to pool by hand
        return [np.stack([ids, np.ones_like(ids)], axis=-1)]


def _tokenizer(folder: Path) -> Tokenizer:
    return Tokenizer.from_file(str(folder / "tokenizer.json"))


def test_vectors_match_sentence_transformers(synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]]) -> None:
    from sentence_transformers import SentenceTransformer

    _, folder, _ = synthetic_folder
    reference = SentenceTransformer(str(folder), device="cpu")
    encoder = OnnxEncoder.load(folder, name="tiny", threads=1)
    assert (encoder.query_prompt, encoder.document_prompt) == ("query: ", "passage: ")  # the folder's prompts
    texts = [*SENTENCES, LONG]
    np.testing.assert_allclose(encoder.encode_queries(texts), reference.encode_query(texts), atol=1e-5)
    np.testing.assert_allclose(encoder.encode_documents(texts), reference.encode_document(texts), atol=1e-5)
    assert encoder.encode_queries([]).shape[0] == 0


def test_long_texts_are_truncated_as_transformers_does_but_counted_whole(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    from transformers import AutoTokenizer

    _, folder, _ = synthetic_folder
    encoder = OnnxEncoder.load(folder, name="tiny", threads=1)
    auto = AutoTokenizer.from_pretrained(str(folder))
    truncated = auto("passage: " + LONG, truncation=True, max_length=encoder.max_tokens)["input_ids"]
    assert encoder._ids(["passage: " + LONG]) == [truncated]
    assert truncated[-1] == 2  # </s> kept at the end
    assert encoder.count_tokens(LONG) == len(auto("passage: " + LONG)["input_ids"]) > encoder.max_tokens


def test_token_outputs_are_mean_pooled_and_normalised_here_as_the_folder_says(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    _, folder, _ = synthetic_folder
    session = FakeSession(["last_hidden_state"])
    config = FolderConfig(Pooling.MEAN, normalize=True, max_seq_length=24)
    encoder = OnnxEncoder(session, _tokenizer(folder), config, name="t", query_prompt="", document_prompt="")
    vectors = encoder.encode_queries(["the cat", "the"])
    # The tiny vocabulary's scores split "the" into ▁ (6) + the (9): "the cat" -> <s>=0, 6, 9, ▁cat=14, </s>=2;
    # "the" -> 0, 6, 9, 2 and one pad (id 1, masked out)
    np.testing.assert_array_equal(session.feeds[0]["input_ids"], [[0, 6, 9, 14, 2], [0, 6, 9, 2, 1]])
    np.testing.assert_array_equal(session.feeds[0]["attention_mask"], [[1, 1, 1, 1, 1], [1, 1, 1, 1, 0]])
    first, second = np.array([31 / 5, 1.0]), np.array([17 / 4, 1.0])
    np.testing.assert_allclose(vectors, [first / np.linalg.norm(first), second / np.linalg.norm(second)], rtol=1e-6)


def test_cls_pooling_without_normalisation(synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]]) -> None:
    _, folder, _ = synthetic_folder
    config = FolderConfig(Pooling.CLS, normalize=False, max_seq_length=24)
    encoder = OnnxEncoder(FakeSession(["token_embeddings"]), _tokenizer(folder), config, name="t", query_prompt="")
    np.testing.assert_array_equal(encoder.encode_queries(["the cat"]), [[0.0, 1.0]])


def test_a_pooled_output_built_differently_from_the_folder_is_refused(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    _, folder, _ = synthetic_folder
    session = FakeSession(["sentence_embedding"], {"pooling": "mean", "normalize": "true"})
    config = FolderConfig(Pooling.CLS, normalize=True, max_seq_length=24)
    with pytest.raises(ValueError, match=r"expected sentence_embedding pooled as the folder says \(cls"):
        OnnxEncoder(session, _tokenizer(folder), config, name="t")


def test_a_folder_without_an_onnx_model_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no ONNX model at"):
        OnnxEncoder.load(tmp_path, name="t")


def test_threads_that_do_not_spin_give_the_same_vectors(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    _, folder, _ = synthetic_folder
    spinning = OnnxEncoder.load(folder, name="tiny", threads=2)
    waiting = OnnxEncoder.load(folder, name="tiny", threads=2, spinning=False)
    options = waiting.session.get_session_options()
    assert options.get_session_config_entry(ALLOW_SPINNING) == "0"
    texts = [*SENTENCES, LONG]
    assert np.array_equal(waiting.encode_queries(texts), spinning.encode_queries(texts))
    assert np.array_equal(waiting.encode_documents(texts), spinning.encode_documents(texts))
