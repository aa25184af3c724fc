"""Fixtures for the models package: a fresh tiny E5S1 file per test (the converted folder is in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.models.synthetic import write_synthetic_bin


@pytest.fixture
def synthetic(tmp_path: Path) -> tuple[Path, dict[str, np.ndarray]]:
    """A fresh tiny E5S1 file (per test: tests may damage it) and the weights it decodes to."""
    path = tmp_path / "tiny-q4.bin"
    return path, write_synthetic_bin(path)
