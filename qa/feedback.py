"""Feedback on answers (👍/👎 with an optional comment), stored append-only as JSON lines.

Each record is written with one ``write`` call on a file opened with
``O_APPEND`` and fsynced before :meth:`FeedbackStore.append` returns, so a
record that was acknowledged survives a ``kill -9`` or a crash. A record
being written at the moment of a crash is either whole or absent: the reader
skips a torn last line, and the next append starts on a fresh line.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

MAX_COMMENT_CHARS = 2000
MAX_TEXT_CHARS = 20000


class Rating(StrEnum):
    """Thumbs up or down."""

    UP = "up"
    DOWN = "down"

    @classmethod
    def parse(cls, value: str | Rating) -> Rating:
        """Accept "up"/"down" (also 👍/👎, "+1"/"-1").

        Raises:
            ValueError: naming the value and the valid choices.
        """
        aliases = {"👍": cls.UP, "+1": cls.UP, "1": cls.UP, "👎": cls.DOWN, "-1": cls.DOWN}
        if isinstance(value, str) and value in aliases:
            return aliases[value]
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"rating must be one of up, down (or 👍/👎), got {value!r}") from None


@dataclass(frozen=True)
class FeedbackRecord:
    """One piece of feedback on one answer."""

    id: str
    time: str  # ISO 8601, UTC
    rating: str
    comment: str
    question: str
    answer: str
    tasks: tuple[int, ...]
    notice: str = ""  # the id of the notice the answer came from ("" in records stored before libraries)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["tasks"] = list(self.tasks)
        return data


def make_record(
    rating: str | Rating,
    question: str,
    answer: str,
    tasks: Sequence[int] = (),
    comment: str = "",
    *,
    notice: str = "",
) -> FeedbackRecord:
    """Validate the parts of a feedback record and stamp it with an id and the time.

    Raises:
        ValueError: for an unknown rating, over-long text or non-integer task numbers.
        TypeError: if a text field is not a string.
    """
    for name, value in (("question", question), ("answer", answer), ("comment", comment), ("notice", notice)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be str, got {type(value).__name__}")
    if len(comment) > MAX_COMMENT_CHARS:
        raise ValueError(f"comment must be at most {MAX_COMMENT_CHARS} characters, got {len(comment)}")
    for name, value in (("question", question), ("answer", answer)):
        if len(value) > MAX_TEXT_CHARS:
            raise ValueError(f"{name} must be at most {MAX_TEXT_CHARS} characters, got {len(value)}")
    if not all(isinstance(t, int) and not isinstance(t, bool) for t in tasks):
        raise ValueError(f"tasks must be task numbers (integers), got {list(tasks)!r}")
    return FeedbackRecord(
        id=uuid.uuid4().hex,
        time=datetime.now(UTC).isoformat(timespec="milliseconds"),
        rating=Rating.parse(rating).value,
        comment=comment,
        question=question,
        answer=answer,
        tasks=tuple(tasks),
        notice=notice,
    )


@dataclass(frozen=True)
class FeedbackLog:
    """What :meth:`FeedbackStore.read` found."""

    records: tuple[FeedbackRecord, ...]
    skipped_lines: tuple[int, ...]  # line numbers that were torn or not records


class FeedbackStore:
    """Append-only JSON-lines file of feedback records (thread-safe within a process)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def append(self, record: FeedbackRecord) -> FeedbackRecord:
        """Write ``record`` durably; returns it once it is on disk.

        Raises:
            OSError: if the file cannot be written (nothing is acknowledged then).
        """
        line = (json.dumps(record.to_json(), ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                if _ends_without_newline(fd):
                    # The previous writer died mid-line: start ours on a fresh line.
                    line = b"\n" + line
                view = memoryview(line)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
        return record

    def read(self) -> FeedbackLog:
        """All whole records, oldest first; torn or foreign lines are skipped and reported."""
        if not self.path.exists():
            return FeedbackLog((), ())
        records: list[FeedbackRecord] = []
        skipped: list[int] = []
        with open(self.path, encoding="utf-8", errors="replace") as handle:
            for line_no, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                    data["tasks"] = tuple(data["tasks"])
                    records.append(FeedbackRecord(**data))
                except (ValueError, TypeError, KeyError):
                    skipped.append(line_no)
        return FeedbackLog(tuple(records), tuple(skipped))


def _ends_without_newline(fd: int) -> bool:
    size = os.fstat(fd).st_size
    if size == 0:
        return False
    return os.pread(fd, 1, size - 1) != b"\n"
