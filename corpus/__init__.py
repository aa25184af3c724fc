"""The notice and its typed records: parse once, use everywhere."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from corpus.formats import read_notice_document
from corpus.parser import parse_notice
from corpus.records import Notice, NoticeMeta, Section, Task

DEFAULT_NOTICE_PATH = Path(__file__).with_name("notice_haidong_2023_26.txt")

__all__ = [
    "DEFAULT_NOTICE_PATH",
    "Notice",
    "NoticeMeta",
    "Section",
    "Task",
    "load_notice",
    "notice_sha256",
    "parse_notice",
    "read_notice_document",
]


def read_notice_text(path: Path | str | None = None) -> str:
    """Read a notice file as UTF-8 (a BOM is allowed).

    Raises:
        FileNotFoundError: if the file does not exist.
        ValueError: if the file is not UTF-8 text.
    """
    path = Path(path) if path is not None else DEFAULT_NOTICE_PATH
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path} is not UTF-8 text: {exc}") from exc


@lru_cache(maxsize=8)
def _load(path: str) -> Notice:
    return parse_notice(read_notice_document(path))


def load_notice(path: Path | str | None = None) -> Notice:
    """Parse the notice at ``path`` (default: the shipped copy); cached per path.

    The file may be .txt (UTF-8 or GB18030), .docx, .pdf with a text layer or
    .html; the format is told from the content.
    """
    return _load(str(Path(path) if path is not None else DEFAULT_NOTICE_PATH))


def notice_sha256(path: Path | str | None = None) -> str:
    """Hex SHA-256 of the notice file's bytes (used to key the index cache)."""
    return hashlib.sha256(Path(path or DEFAULT_NOTICE_PATH).read_bytes()).hexdigest()
