"""On-disk cache of the built index, guarded by a manifest with checksums.

Layout: ``<root>/<key>/`` holds ``manifest.json`` plus the files it lists
(passage vectors, the faiss index, passages and BM25 tokens). ``key`` hashes
everything the build depends on, so a changed notice, model or setting gets a
new folder. A folder is trusted only if its manifest matches what we expect
and every file's SHA-256 matches; anything else is rebuilt.

Writes are atomic: a build goes into a temporary sibling folder which is
renamed into place only when complete. A file lock serialises builders, so
two processes starting together on an empty cache build once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class CacheError(Exception):
    """A cache folder is missing, stale, partial or corrupt."""


@dataclass(frozen=True)
class CacheKey:
    """What a build depends on; any change means a different cache folder."""

    fields: dict[str, Any]

    @property
    def digest(self) -> str:
        blob = json.dumps({"format": FORMAT_VERSION, **self.fields}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_verified(folder: Path, key: CacheKey) -> dict[str, Any]:
    """Return the manifest of ``folder`` after checking it against ``key`` and every file's checksum.

    Raises:
        CacheError: naming what is wrong (missing, stale, partial or corrupt).
    """
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CacheError(f"no manifest in {folder}") from None
    except (OSError, ValueError) as exc:
        raise CacheError(f"unreadable manifest {manifest_path}: {exc}") from exc
    if not isinstance(manifest, dict):
        raise CacheError(f"manifest {manifest_path} is not a JSON object")
    # Compare as JSON sees it: a tuple written to the manifest reads back as a list.
    expected_key = json.loads(json.dumps(key.fields, ensure_ascii=False))
    if manifest.get("format") != FORMAT_VERSION or manifest.get("key") != expected_key:
        raise CacheError(f"stale cache in {folder}: built for different inputs")
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise CacheError(f"manifest {manifest_path} lists no files")
    for name, expected in files.items():
        path = folder / name
        if not path.is_file():
            raise CacheError(f"cache file missing: {path}")
        if sha256_file(path) != expected:
            raise CacheError(f"checksum mismatch (corrupt or partial): {path}")
    return manifest


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_folder(root: Path, key: CacheKey, write_files: Callable[[Path], None], extra: dict[str, Any]) -> Path:
    """Build a cache folder atomically and return its final path.

    ``write_files(tmp)`` writes the payload into a temporary folder; the
    manifest (with each file's checksum) is written last, everything is
    fsynced, and the folder is renamed into place in one step.
    """
    root.mkdir(parents=True, exist_ok=True)
    final = root / key.digest
    tmp = Path(tempfile.mkdtemp(prefix=f".{key.digest}.tmp-", dir=root))
    try:
        write_files(tmp)
        files = {p.name: sha256_file(p) for p in sorted(tmp.iterdir()) if p.is_file()}
        manifest = {"format": FORMAT_VERSION, "key": key.fields, "files": files, **extra}
        with open(tmp / MANIFEST, "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, ensure_ascii=False, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        for path in tmp.iterdir():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        if final.exists():
            # A stale or corrupt folder under the same key: move it aside, then drop it.
            trash = root / f".{key.digest}.old-{os.getpid()}"
            os.replace(final, trash)
            shutil.rmtree(trash, ignore_errors=True)
        os.replace(tmp, final)
        _fsync_dir(root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def load_or_build(
    root: Path,
    key: CacheKey,
    *,
    load: Callable[[Path, dict[str, Any]], Any],
    build: Callable[[], Any],
    save: Callable[[Any, Path], None],
    extra: dict[str, Any] | None = None,
    lock_timeout: float = 600.0,
    warn: Callable[[str], None] = log.warning,
) -> tuple[Any, str]:
    """Load a verified cached build, or build it (once, under a lock) and cache it.

    Args:
        root: the cache root; ``root/<key.digest>`` is this build's folder.
        key: what the build depends on.
        load: ``load(folder, manifest)`` restores the object from a verified folder.
        build: builds the object from scratch.
        save: ``save(obj, tmp_folder)`` writes the object's files.
        extra: more manifest fields (versions, timings), not part of the key.
        lock_timeout: seconds to wait for another builder.
        warn: called once when the cache cannot be used (read-only location).

    Returns:
        ``(object, how)`` where how is "cache", "built" or "memory" (built, not saved).
    """
    folder = root / key.digest
    try:
        return load(folder, read_verified(folder, key)), "cache"
    except CacheError as exc:
        if folder.exists():
            warn(f"index cache rejected, rebuilding: {exc}")
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(root / f"{key.digest}.lock"), timeout=lock_timeout)
        lock.acquire()
    except (OSError, Timeout) as exc:
        warn(f"index cache at {root} is not usable ({exc}); building in memory")
        return build(), "memory"
    try:
        # Another process may have finished the build while we waited for the lock.
        try:
            return load(folder, read_verified(folder, key)), "cache"
        except CacheError:
            pass
        obj = build()
        try:
            write_folder(root, key, lambda tmp: save(obj, tmp), extra or {})
        except OSError as exc:
            warn(f"could not write the index cache to {root} ({exc}); using the in-memory build")
            return obj, "memory"
        return obj, "built"
    finally:
        lock.release()
