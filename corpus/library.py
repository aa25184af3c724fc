"""A folder of notices, each parsed once and cached with its own checksummed manifest.

The cache follows :mod:`index.cache`: ``<cache>/<key>/`` holds ``notice.json``
and a manifest with its SHA-256; the key hashes the notice file's bytes and the
parser version, so an edited notice or a changed parser gets a new folder. A
notice that cannot be parsed is reported with its Chinese message and the
others still load.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from corpus.formats import read_notice_document
from corpus.parser import NoticeParseError, parse_notice
from corpus.records import Notice, NoticeMeta, Section, Task
from index.cache import CacheKey, load_or_build

# Bump when the parser's results change, so cached notices are parsed again.
PARSER_VERSION = 3
NOTICE_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
_PAYLOAD = "notice.json"


def notice_to_json(notice: Notice) -> dict[str, Any]:
    """The notice's records as plain JSON."""
    return asdict(notice)


def notice_from_json(data: dict[str, Any]) -> Notice:
    """Rebuild the records written by :func:`notice_to_json`."""
    meta = dict(data["meta"])
    meta["addressees"] = tuple(meta["addressees"])
    sections = tuple(Section(**{**s, "tasks": tuple(s["tasks"])}) for s in data["sections"])
    tasks = tuple(
        Task(
            **{
                **t,
                "sentences": tuple(t["sentences"]),
                "lead_units": tuple(t["lead_units"]),
                "responsible_units": tuple(t["responsible_units"]),
            }
        )
        for t in data["tasks"]
    )
    return Notice(meta=NoticeMeta(**meta), sections=sections, tasks=tasks)


@dataclass(frozen=True)
class LibraryEntry:
    """One notice of the library."""

    notice_id: str  # the file name without its suffix
    path: Path
    sha256: str
    notice: Notice
    source: str  # "cache", "built" or "memory"


@dataclass(frozen=True)
class LibraryFailure:
    """A file of the folder that could not be read as a notice."""

    path: Path
    message: str  # for users, in Chinese


class NoticeLibrary:
    """The notices of one folder, parsed once each."""

    def __init__(self, entries: tuple[LibraryEntry, ...], failures: tuple[LibraryFailure, ...]) -> None:
        self.entries = entries
        self.failures = failures

    @classmethod
    def load(cls, folder: Path | str, cache_dir: Path | str | None = None) -> NoticeLibrary:
        """Parse (or read from the cache) every notice file in ``folder``.

        Raises:
            FileNotFoundError: if ``folder`` is not a folder.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise FileNotFoundError(f"notice folder not found: {folder}")
        entries: list[LibraryEntry] = []
        failures: list[LibraryFailure] = []
        for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in NOTICE_SUFFIXES and p.is_file()):
            try:
                entries.append(_load_one(path, Path(cache_dir) if cache_dir is not None else None))
            except NoticeParseError as exc:
                failures.append(LibraryFailure(path, f"无法解析通知 {path.name}：{exc.chinese}"))
            except (OSError, ValueError) as exc:
                failures.append(LibraryFailure(path, f"无法读取通知文件 {path.name}：{exc}"))
        return cls(tuple(entries), tuple(failures))

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, notice_id: str) -> Notice:
        """The notice with this id (its file name without suffix).

        Raises:
            KeyError: naming the ids there are.
        """
        for entry in self.entries:
            if entry.notice_id == notice_id:
                return entry.notice
        raise KeyError(f"no notice {notice_id!r}; notices are {[e.notice_id for e in self.entries]}")


def _load_one(path: Path, cache_dir: Path | None) -> LibraryEntry:
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()

    def build() -> Notice:
        return parse_notice(read_notice_document(path))

    if cache_dir is None:
        return LibraryEntry(path.stem, path, sha, build(), "memory")

    def save(notice: Notice, folder: Path) -> None:
        (folder / _PAYLOAD).write_text(json.dumps(notice_to_json(notice), ensure_ascii=False), encoding="utf-8")

    def load(folder: Path, manifest: dict[str, Any]) -> Notice:
        return notice_from_json(json.loads((folder / _PAYLOAD).read_text(encoding="utf-8")))

    key = CacheKey({"notice_sha256": sha, "parser": PARSER_VERSION})
    notice, source = load_or_build(cache_dir, key, load=load, build=build, save=save, extra={"file": path.name})
    return LibraryEntry(path.stem, path, sha, notice, source)
