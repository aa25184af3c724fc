"""Tests for ``python -m models``: build by hand, exit 1 naming a bad source."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.__main__ import main


def test_the_command_builds_the_folder_and_prints_it(
    synthetic: tuple[Path, dict[str, np.ndarray]], capsys: pytest.CaptureFixture
) -> None:
    path, _ = synthetic
    assert main([str(path.parent / "cli"), "--bin", str(path), "--no-onnx"]) == 0
    assert capsys.readouterr().out.strip() == str(path.parent / "cli")
    assert (path.parent / "cli" / "modules.json").is_file()
    assert not (path.parent / "cli" / "onnx").exists()


def test_a_bad_source_exits_1_naming_the_problem(
    synthetic: tuple[Path, dict[str, np.ndarray]], capsys: pytest.CaptureFixture
) -> None:
    path, _ = synthetic
    path.write_bytes(b"nope" + path.read_bytes()[4:])
    assert main([str(path.parent / "cli2"), "--bin", str(path), "--no-onnx"]) == 1
    assert "bad magic b'nope'" in capsys.readouterr().err
