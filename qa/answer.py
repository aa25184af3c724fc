"""What the assistant returns: an answer with cited tasks, and its JSON form (a stable contract)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from corpus.records import Task


class Intent(StrEnum):
    """What a question asks for."""

    LEAD = "lead"  # who leads X
    RESPONSIBLE = "responsible"  # which units are responsible for X
    UNIT_TASKS = "unit_tasks"  # which tasks unit U leads / takes part in
    FACT = "fact"  # a target or number
    TOPIC = "topic"  # what the notice says about X (also plain-language problems)
    SECTION = "section"  # what a part 一 … 八 contains
    META = "meta"  # document number, dates, issuer, title
    OUT_OF_SCOPE = "out_of_scope"  # the notice does not answer it
    SMALLTALK = "smalltalk"  # greetings, thanks, "what can you do": a polite reply, no citations
    CLARIFY = "clarify"  # the question is unclear: ask back, with suggestions
    QUERY = "query"  # a structural question run over the task table (counts, lists, filters, superlatives)


@dataclass(frozen=True)
class CitedNotice:
    """Which notice of a library a citation comes from."""

    id: str  # the library's id for it (its file name without suffix)
    doc_number: str  # 发文字号, e.g. 穗府办〔2006〕19号 ("" if the file does not print one)
    title: str

    @property
    def label(self) -> str:
        """How an answer names the notice: number and title, or its id when it prints neither."""
        name = self.doc_number + (f"《{self.title}》" if self.title else "")
        return name or self.id

    @property
    def short_label(self) -> str:
        """The document number alone (the title when there is none, else the id): heads answer parts."""
        return self.doc_number or self.title or self.id

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "doc_number": self.doc_number, "title": self.title}


@dataclass(frozen=True)
class Citation:
    """One cited task, with the sentence that supports the answer."""

    task: int
    title: str
    section: int
    lead_units: tuple[str, ...]
    responsible_units: tuple[str, ...]
    text: str
    evidence: str
    score: float
    role: str | None = None  # for unit questions: "lead" or "responsible"
    as_named: str | None = None  # the name on the units line (e.g. 各县人民政府 for a county)
    notice: CitedNotice | None = None  # answering from a library of notices: which one

    @classmethod
    def of(
        cls, task: Task, *, evidence: str, score: float, role: str | None = None, as_named: str | None = None
    ) -> Citation:
        """Cite ``task`` with the sentence (or units line) that supports the answer."""
        return cls(
            task=task.number,
            title=task.title,
            section=task.section,
            lead_units=task.lead_units,
            responsible_units=task.responsible_units,
            text=task.text,
            evidence=evidence,
            score=score,
            role=role,
            as_named=as_named,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "task": self.task,
            "title": self.title,
            "section": self.section,
            "lead_units": list(self.lead_units),
            "responsible_units": list(self.responsible_units),
            "text": self.text,
            "evidence": self.evidence,
            "score": round(float(self.score), 6),
        }
        if self.role is not None:
            data["role"] = self.role
            data["as_named"] = self.as_named
        if self.notice is not None:
            data["notice"] = self.notice.to_json()
        return data


@dataclass(frozen=True)
class Answer:
    """The assistant's reply to one question."""

    question: str
    intent: Intent
    in_scope: bool
    answer: str
    citations: tuple[Citation, ...] = ()
    # Questions the user can click next (clarifying questions, small talk); empty otherwise.
    suggestions: tuple[str, ...] = ()
    # For counting questions ("农业农村局牵头几项"): the number the answer states; None otherwise.
    count: int | None = None
    # A decline that points at the task touching the topic ("…（见第22项…），但没有写…"): what a follow-up
    # ("那互助呢") can go on from. Kept for the conversation only; not part of the answer JSON.
    pointed: int | None = None

    def to_json(self, id: Any = None) -> dict[str, Any]:
        """The answer JSON contract: id, question, intent, in_scope, answer, citations, suggestions, count."""
        return {
            "id": id,
            "question": self.question,
            "intent": self.intent.value,
            "in_scope": self.in_scope,
            "answer": self.answer,
            "citations": [c.to_json() for c in self.citations],
            "suggestions": list(self.suggestions),
            "count": self.count,
        }
