"""Tests for models.weights: E5S1 tensors mapped onto BertModel's parameter names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.reader import read_e5_bin
from models.weights import bert_state_dict
from tests.models.synthetic import FFN, HIDDEN, LAYERS, VOCAB


def test_state_dict_names_shapes_and_values(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, weights = synthetic
    state = bert_state_dict(read_e5_bin(path), np.float16)
    # 5 embedding tensors, then per layer 6 linear layers (weight + bias) and 2 LayerNorms (weight + bias)
    assert len(state) == 5 + LAYERS * (6 * 2 + 2 * 2)
    assert state["embeddings.word_embeddings.weight"].shape == (VOCAB, HIDDEN)
    assert state["encoder.layer.1.intermediate.dense.weight"].shape == (FFN, HIDDEN)
    assert state["encoder.layer.1.output.dense.weight"].shape == (HIDDEN, FFN)
    assert all(value.dtype == np.float16 for value in state.values())
    # The synthetic weights are fp16-exact, so storing them as fp16 loses nothing.
    np.testing.assert_array_equal(state["encoder.layer.0.attention.self.query.weight"], weights["l0.q.w"])
    np.testing.assert_array_equal(state["embeddings.word_embeddings.weight"], weights["emb.word"])


def test_a_missing_tensor_is_named(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    data = path.read_bytes().replace(b"l1.fo.b", b"l1.fo.x")
    path.write_bytes(data)
    with pytest.raises(ValueError, match=r"missing tensors \['l1.fo.b'\]"):
        bert_state_dict(read_e5_bin(path))
