"""Answer from a library of notices: the notice the user picked, or across all with each citation naming its notice."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from corpus.library import LibraryEntry
from corpus.records import Notice
from corpus.units import find_unit_mentions
from qa.answer import Answer, CitedNotice, Intent
from qa.assistant import Assistant
from qa.understand import normalize_question, strip_frame

_CJK_PAIR = re.compile(r"(?=([\u3400-\u9fff]{2}))")
# Answers that list what a named unit does: across the library, every notice naming the unit contributes.
_UNIT_INTENTS = (Intent.UNIT_TASKS, Intent.QUERY)


class UnknownNoticeError(ValueError):
    """A notice id the library does not hold; the message names the valid ids."""

    def __init__(self, notice_id: str, valid: Sequence[str]) -> None:
        super().__init__(f"unknown notice {notice_id!r}; notices are {list(valid)}")
        self.notice_id = notice_id
        self.valid = tuple(valid)
        self.chinese = f"没有编号为“{notice_id}”的通知。可选的通知：{'、'.join(valid)}"


@dataclass(frozen=True)
class _Shelved:
    ref: CitedNotice
    sha256: str
    assistant: Assistant
    pairs: frozenset[str]  # the notice's character bigrams, to tell which notice a question is about


def cited_notice(notice_id: str, notice: Notice) -> CitedNotice:
    """How citations name ``notice``: its id, document number and title."""
    return CitedNotice(
        id=notice_id, doc_number=notice.meta.doc_number, title=notice.meta.title or notice.meta.plan_title
    )


class LibraryAssistant:
    """One :class:`Assistant` per notice; a question goes to the notice picked, or to the notices it is about.

    Adding a notice builds its assistant first and then swaps the shelf in one step, so questions asked
    meanwhile see either the old library or the new one, never a half-built notice.
    """

    def __init__(self, builder: Callable[[LibraryEntry], Assistant]) -> None:
        self._builder = builder
        self._shelf: dict[str, _Shelved] = {}
        self._lock = threading.Lock()

    # --- contents ----------------------------------------------------------------------------
    def add(self, entry: LibraryEntry) -> CitedNotice:
        """Add one parsed notice (a notice already held, by content, is not added twice).

        Returns:
            How citations name the notice (the one already held, for a duplicate).
        """
        for shelved in self._shelf.values():
            if shelved.sha256 == entry.sha256:
                return shelved.ref
        assistant = self._builder(entry)
        with self._lock:
            # Two uploads of the same file at once: the one that finishes second is not added again.
            held = next((s for s in self._shelf.values() if s.sha256 == entry.sha256), None)
            if held is not None:
                return held.ref
            notice_id = _free_id(entry.notice_id, self._shelf)
            ref = cited_notice(notice_id, entry.notice)
            self._shelf = {**self._shelf, notice_id: _Shelved(ref, entry.sha256, assistant, _pairs(entry.notice))}
        return ref

    def __len__(self) -> int:
        return len(self._shelf)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._shelf)

    @property
    def refs(self) -> tuple[CitedNotice, ...]:
        return tuple(s.ref for s in self._shelf.values())

    @property
    def default(self) -> Assistant:
        """The first notice added (the built-in one unless it was left out)."""
        return next(iter(self._shelf.values())).assistant

    def assistant(self, notice_id: str) -> Assistant:
        """The assistant of one notice.

        Raises:
            UnknownNoticeError: naming the valid ids.
        """
        shelf = self._shelf
        if notice_id not in shelf:
            raise UnknownNoticeError(notice_id, tuple(shelf))
        return shelf[notice_id].assistant

    def notice(self, notice_id: str | None = None) -> Notice:
        """One notice's records (None: the default notice).

        Raises:
            UnknownNoticeError: naming the valid ids.
        """
        return self.default.notice if notice_id is None else self.assistant(notice_id).notice

    # --- answers -----------------------------------------------------------------------------
    def ask(self, question: str, history: Sequence[str] = (), notice: str | None = None) -> Answer:
        """Answer from the notice ``notice`` (an id), or across the library when None.

        Raises:
            UnknownNoticeError: if ``notice`` is not an id of the library.
            TypeError: as :meth:`Assistant.ask`.
        """
        shelf = self._shelf
        if notice is not None:
            if notice not in shelf:
                raise UnknownNoticeError(notice, tuple(shelf))
            return self._tagged(shelf[notice], shelf[notice].assistant.ask(question, history), prefix=False)
        ranked = self._rank(shelf, question, history)
        best = ranked[0]
        answer = best.assistant.ask(question, history)
        if answer.intent in _UNIT_INTENTS and answer.citations:
            return self._merged(ranked, question, history, answer)
        if not answer.in_scope:
            # The best-matching notice declined: another may still answer (a unit only it names).
            for other in ranked[1:]:
                candidate = other.assistant.ask(question, history)
                if candidate.in_scope and candidate.citations:
                    return self._tagged(other, candidate, prefix=len(shelf) > 1)
            return answer
        return self._tagged(best, answer, prefix=len(shelf) > 1)

    def _merged(self, ranked: list[_Shelved], question: str, history: Sequence[str], first: Answer) -> Answer:
        """A unit's tasks in every notice that names the unit, each part headed by its notice."""
        parts = [(ranked[0], first)]
        text = normalize_question(question)
        for other in ranked[1:]:
            if not find_unit_mentions(text, other.assistant.reader.alias_table):
                continue
            answer = other.assistant.ask(question, history)
            if answer.intent in _UNIT_INTENTS and answer.citations:
                parts.append((other, answer))
        if len(parts) == 1:
            return self._tagged(ranked[0], first, prefix=len(self._shelf) > 1)
        tagged = [self._tagged(s, a, prefix=True) for s, a in parts]
        return replace(
            first,
            answer="\n".join(a.answer for a in tagged),
            citations=tuple(c for a in tagged for c in a.citations),
            count=None,
        )

    @staticmethod
    def _tagged(shelved: _Shelved, answer: Answer, *, prefix: bool) -> Answer:
        """Each citation names its notice; across several notices the answer says which one it is from."""
        citations = tuple(replace(c, notice=shelved.ref) for c in answer.citations)
        marked = prefix and answer.in_scope and bool(answer.citations)
        text = f"【{shelved.ref.short_label}】{answer.answer}" if marked else answer.answer
        return replace(answer, answer=text, citations=citations)

    def _rank(self, shelf: dict[str, _Shelved], question: str, history: Sequence[str]) -> list[_Shelved]:
        """Notices best first: a unit the question names, then the question's words, then the last question's."""
        text = normalize_question(question)
        topic = strip_frame(text)
        earlier = normalize_question(history[-1]) if history else ""
        order = {notice_id: i for i, notice_id in enumerate(shelf)}

        def key(item: tuple[str, _Shelved]) -> tuple[int, int, int, int]:
            notice_id, shelved = item
            units = len(find_unit_mentions(text, shelved.assistant.reader.alias_table))
            return (-units, -_overlap(topic, shelved.pairs), -_overlap(earlier, shelved.pairs), order[notice_id])

        return [s for _, s in sorted(shelf.items(), key=key)]


def _pairs(notice: Notice) -> frozenset[str]:
    texts = [notice.meta.title, notice.meta.plan_title]
    texts += [t.title + t.text + "".join(t.units) for t in notice.tasks]
    return frozenset(m.group(1) for text in texts for m in _CJK_PAIR.finditer(text))


def _overlap(text: str, pairs: frozenset[str]) -> int:
    return len({m.group(1) for m in _CJK_PAIR.finditer(text)} & pairs)


def _free_id(notice_id: str, taken: dict[str, _Shelved]) -> str:
    """``notice_id``, or with -2, -3… when another notice already has it."""
    if notice_id not in taken:
        return notice_id
    n = 2
    while f"{notice_id}-{n}" in taken:
        n += 1
    return f"{notice_id}-{n}"
