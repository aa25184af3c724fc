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
from web.feedback import FeedbackInputError, record_feedback


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
        self._aliases: dict[str, dict[str, str]] = {"": self.aliases}  # by notice id ("": the default one)
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
    def home_id(self) -> str:
        """The id of the notice the page opens with (the library's first, or the one notice's)."""
        return self.library.ids[0] if self.library is not None else self.notice_id

    def notices(self) -> tuple[tuple[str, Notice], ...]:
        """Every notice a question may pick, as (id, records), the default one first."""
        if self.library is None:
            return ((self.notice_id, self.notice),)
        return tuple((notice_id, self.library.notice(notice_id)) for notice_id in self.library.ids)

    def aliases_for(self, notice_id: str | None) -> dict[str, str]:
        """The unit names and short forms of one notice (None or "": the default one), built once per notice.

        Raises:
            UnknownNoticeError: naming the valid ids.
        """
        key = notice_id or ""
        table = self._aliases.get(key)
        if table is None:
            table = self._aliases[key] = build_alias_table(self.notice_for(key))
        return table

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
        self,
        rating: object,
        question: str,
        answer: str = "",
        tasks: Sequence[int] = (),
        comment: str = "",
        notice: str | None = None,
    ) -> FeedbackRecord:
        """Store one 👍/👎 durably (see :func:`web.feedback.record_feedback`); ``notice`` is the id of the
        notice the answer came from (None or "": the default one), and its tasks are the valid numbers.

        Raises:
            web.feedback.FeedbackInputError: a bad value (also an unknown notice id), named in Chinese.
            OSError: nothing could be stored (no store configured, disk full, …).
        """
        if self.feedback is None:
            raise OSError("no feedback store is configured")
        try:
            records = self.notice_for(notice)
        except UnknownNoticeError as exc:
            raise FeedbackInputError("notice", f"notice：{exc.chinese}") from None
        known = {task.number for task in records.tasks}
        return record_feedback(
            self.feedback,
            known,
            rating=rating,
            question=question,
            answer=answer,
            tasks=tasks,
            comment=comment,
            notice=notice or self.home_id,
        )

    def select(
        self, unit: str = "", words: str = "", role: RoleFilter | str = RoleFilter.ANY, notice: str | None = None
    ) -> Selection:
        """The tasks of the notice ``notice`` (an id; None or "": the default one) that pass the filters.

        Raises:
            UnknownNoticeError: naming the valid ids.
            ValueError: for an unknown role.
        """
        return select_tasks(self.notice_for(notice), self.aliases_for(notice), unit=unit, words=words, role=role)

    def matrix_png(self, numbers: tuple[int, ...] | None, notice: str | None = None) -> bytes:
        """The matrix picture of a notice (an id; None: the default one), drawn with the Chinese font installed
        now (a font added later counts).

        Raises:
            UnknownNoticeError: naming the valid ids.
        """
        self.notice_for(notice)
        return self._matrix(numbers, notice or "", str(find_cjk_font()))

    def _render_matrix(self, numbers: tuple[int, ...] | None, notice: str, _font: str) -> bytes:
        with self._draw_lock:
            return render_matrix(self.notice_for(notice), numbers)
