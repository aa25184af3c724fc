"""Everyday phrasings of the tasks: how residents and staff describe what a task is about.

The notice speaks officialese ("供热管网改造"); people ask "冬天暖气不热咋整". The
file ``everyday_phrasings.tsv`` holds a few plain-language descriptions per task,
written from the notice alone (not from any evaluation question). Dense retrieval
indexes them as extra passages of their task; they are never shown as evidence.

Format: UTF-8, one ``task<TAB>phrasing`` per line; ``#`` starts a comment line;
blank lines are ignored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from corpus import read_notice_text
from corpus.records import Phrasing

DEFAULT_PHRASINGS_PATH = Path(__file__).with_name("everyday_phrasings.tsv")


def parse_phrasings(text: str, task_numbers: Iterable[int]) -> tuple[Phrasing, ...]:
    """Parse the phrasings file's text.

    Args:
        text: the file's content.
        task_numbers: the notice's task numbers; a phrasing must name one of them.

    Raises:
        ValueError: naming the line, for a line without exactly one tab, a task number that
            is not a whole number or not in the notice, or an empty phrasing.
    """
    known = set(task_numbers)
    phrasings: list[Phrasing] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise ValueError(f"line {number}: expected 'task<TAB>phrasing', got {line!r}")
        task, phrasing = parts[0].strip(), parts[1].strip()
        if not task.isdigit():
            raise ValueError(f"line {number}: task must be a whole number, got {task!r}")
        if int(task) not in known:
            raise ValueError(f"line {number}: task {task} is not in the notice (tasks {min(known)}–{max(known)})")
        if not phrasing:
            raise ValueError(f"line {number}: empty phrasing for task {task}")
        phrasings.append(Phrasing(int(task), phrasing))
    return tuple(phrasings)


def load_phrasings(path: Path | str, task_numbers: Iterable[int]) -> tuple[Phrasing, ...]:
    """Read and parse a phrasings file (UTF-8, a BOM is allowed).

    Raises:
        FileNotFoundError: if the file does not exist.
        ValueError: if it is not UTF-8 or a line is malformed (see :func:`parse_phrasings`).
    """
    path = Path(path)
    text = read_notice_text(path)  # the same reading rules as the notice: UTF-8, a BOM allowed
    try:
        return parse_phrasings(text, task_numbers)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def phrasings_sha256(phrasings: Iterable[Phrasing]) -> str:
    """A fingerprint of the phrasings, for index cache keys."""
    joined = "\n".join(f"{p.task}\t{p.text}" for p in phrasings)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()
