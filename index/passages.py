"""Cut tasks into passages the encoder sees whole.

The encoder reads at most 512 tokens and several tasks are longer, so each
sentence becomes a passage and an over-long sentence is cut at ；/，. Scores
are aggregated back to the task (a task scores its best passage). Prefixing
each sentence with its task's title was tried and lost on plain-language
questions (dev Hit@1 0.72 vs 0.82), so sentences stand alone.

Each task may also get everyday phrasings (``corpus/everyday_phrasings.tsv``) as
passages of their own kind: they let "暖气不热咋整" find the task about heating
networks, and are never quoted as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from corpus.records import Phrasing, Task

_CLAUSE_BREAK = re.compile(r"(?<=[；，])")


class PassageKind(StrEnum):
    """Where a passage's text comes from."""

    SENTENCE = "sentence"  # the notice's own words
    PHRASING = "phrasing"  # an everyday phrasing of the task (searched, never quoted)


@dataclass(frozen=True)
class Passage:
    """A piece of one task's text (or an everyday phrasing of it), small enough for the encoder."""

    task: int
    sentence: int  # index into Task.sentences; -1 for a phrasing
    text: str  # what is encoded
    source: str  # the notice's own words, quoted as evidence (a phrasing: the phrasing)
    kind: PassageKind = PassageKind.SENTENCE

    def __post_init__(self) -> None:
        # Cached passages come back from JSON with the kind as a plain string.
        object.__setattr__(self, "kind", PassageKind(self.kind))

    @property
    def is_sentence(self) -> bool:
        return self.kind is PassageKind.SENTENCE


def make_passages(
    tasks: Sequence[Task],
    *,
    count_tokens: Callable[[str], int],
    max_tokens: int,
    phrasings: Sequence[Phrasing] = (),
) -> list[Passage]:
    """Split every task into passages of at most ``max_tokens`` tokens, then add the phrasings.

    Args:
        phrasings: everyday phrasings, each a passage of its task (phrasings of tasks not in
            ``tasks`` are left out).

    Raises:
        ValueError: if a single clause or phrasing cannot fit ``max_tokens`` (nothing is silently truncated).
    """
    passages: list[Passage] = []
    for task in tasks:
        for index, sentence in enumerate(task.sentences):
            for piece in _fit(sentence, "", count_tokens, max_tokens):
                passages.append(Passage(task.number, index, piece, piece))
    numbers = {task.number for task in tasks}
    for phrasing in phrasings:
        if phrasing.task not in numbers:
            continue
        if count_tokens(phrasing.text) > max_tokens:
            raise ValueError(f"phrasing of {count_tokens(phrasing.text)} tokens exceeds max_tokens={max_tokens}")
        passages.append(Passage(phrasing.task, -1, phrasing.text, phrasing.text, PassageKind.PHRASING))
    return passages


def _fit(sentence: str, prefix: str, count_tokens: Callable[[str], int], max_tokens: int) -> list[str]:
    if count_tokens(prefix + sentence) <= max_tokens:
        return [sentence]
    pieces: list[str] = []
    current = ""
    for clause in _CLAUSE_BREAK.split(sentence):
        if not clause:
            continue
        if count_tokens(prefix + clause) > max_tokens:
            raise ValueError(
                f"clause of {count_tokens(prefix + clause)} tokens exceeds max_tokens={max_tokens}: {clause!r}"
            )
        if current and count_tokens(prefix + current + clause) > max_tokens:
            pieces.append(current)
            current = ""
        current += clause
    if current:
        pieces.append(current)
    return pieces
