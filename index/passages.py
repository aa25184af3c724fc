"""Cut tasks into passages the encoder sees whole.

The encoder reads at most 512 tokens and several tasks are longer, so each
sentence becomes a passage and an over-long sentence is cut at ；/，. Scores
are aggregated back to the task (a task scores its best passage). Prefixing
each sentence with its task's title was tried and lost on plain-language
questions (dev Hit@1 0.72 vs 0.82), so sentences stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus.records import Task

_CLAUSE_BREAK = re.compile(r"(?<=[；，])")


@dataclass(frozen=True)
class Passage:
    """A piece of one task's text, small enough for the encoder."""

    task: int
    sentence: int  # index into Task.sentences
    text: str  # what is encoded
    source: str  # the notice's own words, quoted as evidence


def make_passages(tasks: Sequence[Task], *, count_tokens: Callable[[str], int], max_tokens: int) -> list[Passage]:
    """Split every task into passages of at most ``max_tokens`` tokens.

    Raises:
        ValueError: if a single clause cannot fit ``max_tokens`` (nothing is silently truncated).
    """
    passages: list[Passage] = []
    for task in tasks:
        for index, sentence in enumerate(task.sentences):
            for piece in _fit(sentence, "", count_tokens, max_tokens):
                passages.append(Passage(task.number, index, piece, piece))
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
