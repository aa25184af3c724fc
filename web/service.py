"""What the HTTP routes and the Gradio handlers share: one assistant, its alias table, cached pictures."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.records import Notice
from corpus.units import build_alias_table
from qa.answer import Answer
from qa.assistant import Assistant
from web.browser import RoleFilter, Selection, render_matrix, select_tasks


@dataclass
class Service:
    """The assistant (thread-safe for reads), the alias table, and a cache of matrix pictures."""

    assistant: Assistant
    aliases: dict[str, str] = field(init=False)
    started: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        self.aliases = build_alias_table(self.assistant.notice)
        self._matrix = lru_cache(maxsize=64)(self._render_matrix)
        self._draw_lock = threading.Lock()  # matplotlib's font cache is not thread-safe

    @property
    def notice(self) -> Notice:
        return self.assistant.notice

    def ask(self, question: str, history: list[str] | tuple[str, ...] = ()) -> Answer:
        """The assistant's answer; exceptions propagate (callers log them and apologise)."""
        return self.assistant.ask(question, list(history))

    def select(self, unit: str = "", words: str = "", role: RoleFilter | str = RoleFilter.ANY) -> Selection:
        return select_tasks(self.notice, self.aliases, unit=unit, words=words, role=role)

    def matrix_png(self, numbers: tuple[int, ...] | None) -> bytes:
        return self._matrix(numbers)

    def _render_matrix(self, numbers: tuple[int, ...] | None) -> bytes:
        with self._draw_lock:
            return render_matrix(self.notice, numbers)
