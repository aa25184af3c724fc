"""What the HTTP routes and the Gradio handlers share: one assistant, its alias table, cached pictures,
and the feedback store."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.records import Notice
from corpus.units import build_alias_table
from index.caching_encoder import CachingEncoder
from qa.answer import Answer
from qa.assistant import Assistant
from qa.feedback import FeedbackRecord, FeedbackStore
from qa.library import LibraryAssistant, UnknownNoticeError
from web.browser import RoleFilter, Selection, find_cjk_font, render_matrix, select_tasks
from web.feedback import record_feedback


@dataclass
class Service:
    """The assistant (thread-safe for reads), the alias table, a cache of matrix pictures and the
    feedback store (``None``: feedback is refused as not storable)."""

    assistant: Assistant
    feedback: FeedbackStore | None = None
    # A library of notices (--notices, or an upload allowed): questions may pick one; None: the one notice.
    library: LibraryAssistant | None = None
    notice_id: str = ""  # the one notice's id when there is no library (its file name stem)
    aliases: dict[str, str] = field(init=False)
    started: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        self.aliases = build_alias_table(self.assistant.notice)
        self._matrix = lru_cache(maxsize=64)(self._render_matrix)
        self._draw_lock = threading.Lock()  # matplotlib's font cache is not thread-safe

    @property
    def notice(self) -> Notice:
        return self.assistant.notice

    def query_cache(self) -> dict[str, int] | None:
        """How the question-vector cache is doing (``None`` when the server runs without one)."""
        encoder = self.assistant.retriever.dense.encoder
        if not isinstance(encoder, CachingEncoder):
            return None
        return {"size": encoder.size, "held": len(encoder), "hits": encoder.stats.hits, "misses": encoder.stats.misses}

    @property
    def notice_ids(self) -> tuple[str, ...]:
        """The ids a question or ``/api/tasks`` may pick."""
        return self.library.ids if self.library is not None else (self.notice_id,)

    def notice_for(self, notice_id: str | None) -> Notice:
        """One notice's records (None or "": the default one).

        Raises:
            UnknownNoticeError: naming the valid ids.
        """
        if not notice_id:
            return self.notice
        if self.library is not None:
            return self.library.notice(notice_id)
        if notice_id != self.notice_id:
            raise UnknownNoticeError(notice_id, self.notice_ids)
        return self.notice

    def ask(self, question: str, history: list[str] | tuple[str, ...] = (), notice: str | None = None) -> Answer:
        """The assistant's answer, from the notice ``notice`` (an id) or across the library when None.

        Raises:
            UnknownNoticeError: naming the valid ids; other exceptions propagate (callers log them and apologise).
        """
        if self.library is not None:
            return self.library.ask(question, list(history), notice=notice or None)
        if notice:
            self.notice_for(notice)
        return self.assistant.ask(question, list(history))

    def record_feedback(
        self, rating: object, question: str, answer: str = "", tasks: Sequence[int] = (), comment: str = ""
    ) -> FeedbackRecord:
        """Store one 👍/👎 durably (see :func:`web.feedback.record_feedback`).

        Raises:
            web.feedback.FeedbackInputError: a bad value, named in Chinese.
            OSError: nothing could be stored (no store configured, disk full, …).
        """
        if self.feedback is None:
            raise OSError("no feedback store is configured")
        known = {task.number for task in self.notice.tasks}
        return record_feedback(
            self.feedback, known, rating=rating, question=question, answer=answer, tasks=tasks, comment=comment
        )

    def select(self, unit: str = "", words: str = "", role: RoleFilter | str = RoleFilter.ANY) -> Selection:
        return select_tasks(self.notice, self.aliases, unit=unit, words=words, role=role)

    def matrix_png(self, numbers: tuple[int, ...] | None) -> bytes:
        """The matrix picture (drawn with the Chinese font installed now: a font added later counts)."""
        return self._matrix(numbers, str(find_cjk_font()))

    def _render_matrix(self, numbers: tuple[int, ...] | None, _font: str) -> bytes:
        with self._draw_lock:
            return render_matrix(self.notice, numbers)
