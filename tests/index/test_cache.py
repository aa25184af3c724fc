"""The on-disk index cache: verified loads, atomic writes, one builder at a time."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from index.cache import MANIFEST, CacheError, CacheKey, load_or_build, read_verified, sha256_file, write_folder

KEY = CacheKey({"notice_sha256": "abc", "encoder": "fake", "max_tokens": 512})


class Store:
    """A build that counts its calls, saving two files and loading them back."""

    def __init__(self, value: dict[str, Any] | None = None, *, delay: float = 0.0) -> None:
        self.value = value or {"tasks": [1, 2, 3]}
        self.delay = delay
        self.builds = 0
        self.loads = 0
        self.warnings: list[str] = []
        self._count = threading.Lock()

    def build(self) -> dict[str, Any]:
        with self._count:
            self.builds += 1
        time.sleep(self.delay)
        return dict(self.value)

    def save(self, obj: dict[str, Any], folder: Path) -> None:
        (folder / "data.json").write_text(json.dumps(obj), encoding="utf-8")
        (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)

    def load(self, folder: Path, manifest: dict[str, Any]) -> dict[str, Any]:
        self.loads += 1
        return json.loads((folder / "data.json").read_text(encoding="utf-8"))

    def __call__(self, root: Path, key: CacheKey = KEY, **kwargs) -> tuple[Any, str]:
        return load_or_build(
            root, key, load=self.load, build=self.build, save=self.save, warn=self.warnings.append, **kwargs
        )


# --- the key -----------------------------------------------------------------------------


def test_the_key_digest_is_stable_and_short():
    assert CacheKey({"a": 1, "b": "x"}).digest == CacheKey({"b": "x", "a": 1}).digest
    assert len(KEY.digest) == 20
    assert all(c in "0123456789abcdef" for c in KEY.digest)


def test_any_changed_field_changes_the_digest():
    assert CacheKey({"a": 1}).digest != CacheKey({"a": 2}).digest
    assert CacheKey({"a": 1}).digest != CacheKey({"a": 1, "b": 1}).digest


# --- load_or_build -----------------------------------------------------------------------


def test_the_first_call_builds_and_the_second_loads_without_building(tmp_path):
    store = Store()
    assert store(tmp_path) == ({"tasks": [1, 2, 3]}, "built")
    assert store(tmp_path) == ({"tasks": [1, 2, 3]}, "cache")
    assert store.builds == 1
    assert store.loads == 1
    assert store.warnings == []


def test_a_build_lands_in_the_keys_folder_with_a_manifest_of_checksums(tmp_path):
    Store()(tmp_path, extra={"built_by": "test"})
    folder = tmp_path / KEY.digest
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["key"] == KEY.fields
    assert manifest["built_by"] == "test"
    assert manifest["files"] == {
        "blob.bin": sha256_file(folder / "blob.bin"),
        "data.json": sha256_file(folder / "data.json"),
    }
    assert read_verified(folder, KEY) == manifest


def test_a_missing_cache_root_is_created(tmp_path):
    root = tmp_path / "deep" / "er" / "cache"
    assert Store()(root)[1] == "built"
    assert (root / KEY.digest / MANIFEST).is_file()


def flip_a_byte(path: Path, at: int = 10) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", ["blob.bin", "data.json"])
def test_a_corrupted_file_fails_its_checksum_and_is_rebuilt(tmp_path, name):
    store = Store()
    store(tmp_path)
    path = tmp_path / KEY.digest / name
    flip_a_byte(path, at=3)
    with pytest.raises(CacheError, match=r"checksum mismatch"):
        read_verified(tmp_path / KEY.digest, KEY)
    assert store(tmp_path)[1] == "built"
    assert store.builds == 2
    assert len(store.warnings) == 1
    assert "checksum mismatch" in store.warnings[0]
    assert store(tmp_path)[1] == "cache"


def test_a_truncated_file_is_rebuilt(tmp_path):
    store = Store()
    store(tmp_path)
    path = tmp_path / KEY.digest / "blob.bin"
    path.write_bytes(path.read_bytes()[:100])
    assert store(tmp_path) == ({"tasks": [1, 2, 3]}, "built")
    assert store.builds == 2
    assert store(tmp_path)[1] == "cache"


def test_a_missing_file_is_rebuilt(tmp_path):
    store = Store()
    store(tmp_path)
    (tmp_path / KEY.digest / "data.json").unlink()
    with pytest.raises(CacheError, match=r"cache file missing"):
        read_verified(tmp_path / KEY.digest, KEY)
    assert store(tmp_path)[1] == "built"
    assert store.builds == 2
    assert "cache file missing" in store.warnings[0]
    assert store(tmp_path)[1] == "cache"


def test_a_missing_manifest_is_rebuilt(tmp_path):
    store = Store()
    store(tmp_path)
    (tmp_path / KEY.digest / MANIFEST).unlink()
    with pytest.raises(CacheError, match=r"no manifest"):
        read_verified(tmp_path / KEY.digest, KEY)
    assert store(tmp_path)[1] == "built"
    assert store.builds == 2


@pytest.mark.parametrize("text", ["{not json", "", "\udcff"])
def test_a_manifest_that_is_not_json_is_rebuilt(tmp_path, text):
    store = Store()
    store(tmp_path)
    (tmp_path / KEY.digest / MANIFEST).write_text(text, encoding="utf-8", errors="surrogateescape")
    with pytest.raises(CacheError, match=r"unreadable manifest"):
        read_verified(tmp_path / KEY.digest, KEY)
    assert store(tmp_path)[1] == "built"
    assert store.builds == 2
    assert store(tmp_path)[1] == "cache"


@pytest.mark.parametrize("value", [[], "text", 3, None])
def test_a_manifest_that_is_not_an_object_is_rebuilt(tmp_path, value):
    store = Store()
    store(tmp_path)
    (tmp_path / KEY.digest / MANIFEST).write_text(json.dumps(value), encoding="utf-8")
    with pytest.raises(CacheError, match=r"not a JSON object"):
        read_verified(tmp_path / KEY.digest, KEY)
    assert store(tmp_path)[1] == "built"


def test_a_manifest_that_lists_no_files_is_rejected(tmp_path):
    store = Store()
    store(tmp_path)
    manifest_path = tmp_path / KEY.digest / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["files"] = {}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(CacheError, match=r"lists no files"):
        read_verified(tmp_path / KEY.digest, KEY)


def test_a_stale_key_builds_into_a_different_folder_and_leaves_the_old_one(tmp_path):
    store = Store()
    store(tmp_path)
    other = CacheKey({**KEY.fields, "notice_sha256": "def"})
    assert other.digest != KEY.digest
    assert store(tmp_path, other)[1] == "built"
    assert store.builds == 2
    assert (tmp_path / other.digest / MANIFEST).is_file()
    assert (tmp_path / KEY.digest / MANIFEST).is_file()
    assert store(tmp_path, KEY)[1] == "cache"
    assert store(tmp_path, other)[1] == "cache"
    assert store.warnings == []


def test_a_folder_whose_manifest_was_built_for_other_inputs_is_stale_and_rebuilt(tmp_path):
    store = Store()
    store(tmp_path)
    manifest_path = tmp_path / KEY.digest / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["key"] = {**KEY.fields, "encoder": "another"}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(CacheError, match=r"stale cache"):
        read_verified(tmp_path / KEY.digest, KEY)
    assert store(tmp_path)[1] == "built"
    assert "stale cache" in store.warnings[0]
    assert store(tmp_path)[1] == "cache"


def test_a_manifest_of_another_format_version_is_stale(tmp_path):
    store = Store()
    store(tmp_path)
    manifest_path = tmp_path / KEY.digest / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["format"] = 999
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(CacheError, match=r"stale cache"):
        read_verified(tmp_path / KEY.digest, KEY)


def test_a_leftover_temp_folder_does_not_break_anything(tmp_path):
    leftover = tmp_path / f".{KEY.digest}.tmp-crashed"
    leftover.mkdir()
    (leftover / "data.json").write_text('{"half": ', encoding="utf-8")
    store = Store()
    assert store(tmp_path)[1] == "built"
    assert store(tmp_path)[1] == "cache"
    assert store.builds == 1
    assert store.warnings == []


def test_a_leftover_temp_folder_with_a_manifest_is_not_mistaken_for_the_cache(tmp_path):
    store = Store()
    store(tmp_path)
    final = tmp_path / KEY.digest
    leftover = tmp_path / f".{KEY.digest}.tmp-crashed"
    final.rename(leftover)
    assert store(tmp_path)[1] == "built"
    assert store.builds == 2


def test_an_unusable_location_builds_in_memory_with_exactly_one_warning(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = Store()
    # A path under a regular file: mkdir fails even for root.
    assert store(blocker / "cache") == ({"tasks": [1, 2, 3]}, "memory")
    assert store.builds == 1
    assert len(store.warnings) == 1
    assert "not usable" in store.warnings[0]
    assert "building in memory" in store.warnings[0]


def test_a_cache_root_that_is_itself_a_file_builds_in_memory_with_exactly_one_warning(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = Store()
    assert store(blocker)[1] == "memory"
    assert len(store.warnings) == 1
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_save_that_fails_with_an_os_error_keeps_the_in_memory_build(tmp_path):
    store = Store()

    def full_disk(obj: dict[str, Any], folder: Path) -> None:
        raise OSError(28, "No space left on device")

    result = load_or_build(
        tmp_path, KEY, load=store.load, build=store.build, save=full_disk, warn=store.warnings.append
    )
    assert result == ({"tasks": [1, 2, 3]}, "memory")
    assert len(store.warnings) == 1
    assert "could not write" in store.warnings[0]
    assert not (tmp_path / KEY.digest).exists()
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_waiting_too_long_for_another_builder_builds_in_memory(tmp_path):
    store = Store()
    with FileLock(str(tmp_path / f"{KEY.digest}.lock")):
        assert store(tmp_path, lock_timeout=0.05)[1] == "memory"
    assert len(store.warnings) == 1
    assert "not usable" in store.warnings[0]


def test_two_threads_on_an_empty_cache_build_exactly_once(tmp_path):
    store = Store(delay=0.3)
    start = threading.Barrier(2)
    results: list[tuple[Any, str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            results.append(store(tmp_path))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert store.builds == 1
    assert sorted(how for _, how in results) == ["built", "cache"]
    assert all(obj == {"tasks": [1, 2, 3]} for obj, _ in results)
    assert store.warnings == []


def test_a_key_with_a_tuple_field_is_loaded_from_the_cache_the_second_time(tmp_path):
    store = Store()
    key = CacheKey({"weights": (0.4, 1.0), "by_task": {1: "a"}})
    assert store(tmp_path, key)[1] == "built"
    assert store(tmp_path, key)[1] == "cache"


# --- write_folder ------------------------------------------------------------------------


def test_write_folder_returns_the_keys_folder_holding_the_files_and_manifest(tmp_path):
    final = write_folder(tmp_path, KEY, lambda tmp: (tmp / "x.txt").write_text("x", encoding="utf-8"), {"n": 1})
    assert final == tmp_path / KEY.digest
    assert sorted(p.name for p in final.iterdir()) == [MANIFEST, "x.txt"]
    assert read_verified(final, KEY)["n"] == 1
    assert [p.name for p in tmp_path.iterdir()] == [KEY.digest]


def test_write_folder_is_atomic_a_failed_write_leaves_no_folder_at_all(tmp_path):
    def half_then_fail(tmp: Path) -> None:
        (tmp / "vectors.npy").write_bytes(b"partial")
        raise RuntimeError("encoder crashed")

    with pytest.raises(RuntimeError, match=r"encoder crashed"):
        write_folder(tmp_path, KEY, half_then_fail, {})
    assert not (tmp_path / KEY.digest).exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rewrite_keeps_the_previous_folder(tmp_path):
    write_folder(tmp_path, KEY, lambda tmp: (tmp / "x.txt").write_text("old", encoding="utf-8"), {})

    def fail(tmp: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_folder(tmp_path, KEY, fail, {})
    assert (tmp_path / KEY.digest / "x.txt").read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == [KEY.digest]


def test_write_folder_replaces_an_existing_folder_for_the_same_key(tmp_path):
    write_folder(tmp_path, KEY, lambda tmp: (tmp / "x.txt").write_text("old", encoding="utf-8"), {})
    write_folder(tmp_path, KEY, lambda tmp: (tmp / "y.txt").write_text("new", encoding="utf-8"), {})
    final = tmp_path / KEY.digest
    assert sorted(p.name for p in final.iterdir()) == [MANIFEST, "y.txt"]
    assert [p.name for p in tmp_path.iterdir()] == [KEY.digest]
    read_verified(final, KEY)
