"""Choosing the sentence of a task that best supports an answer."""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from corpus.records import Task
from index.passages import Passage

_NUMBER = re.compile(r"\d|百分|[一二三四五六七八九十两]+(所|个|处|万|亿|场|套)")


def best_sentence(
    task: Task,
    passages: list[Passage],
    passage_scores: np.ndarray,
    query_tokens: list[str],
    idf: Mapping[str, float],
    *,
    prefer_numbers: bool = False,
    lexical_weight: float = 0.3,
) -> tuple[str, float]:
    """Return the sentence of ``task`` that best matches the question, and its score.

    score = dense similarity of the sentence's passage
          + lexical_weight · (idf mass of query tokens found in the sentence / total idf mass)
    When the question asks for a figure (``prefer_numbers``) only sentences stating one compete,
    if the task has any.

    Args:
        task: the task to quote from.
        passages: all passages of the dense index (only ``task``'s sentences are used, never phrasings).
        passage_scores: dense similarity of the question to every passage.
        query_tokens: the question's BM25 tokens.
        idf: BM25 idf per token (unknown tokens count 1.0).
        prefer_numbers: favour sentences stating a figure (fact questions).
    """
    # A question asking for a figure is answered by a sentence that states one, when the task has any.
    numbered = prefer_numbers and any(_NUMBER.search(s) for s in task.sentences)
    best: tuple[float, int] | None = None
    for index, passage in enumerate(passages):
        if passage.task != task.number or not passage.is_sentence:  # phrasings are not the notice's words
            continue
        sentence = task.sentences[passage.sentence]
        if numbered and not _NUMBER.search(sentence):
            continue
        score = float(passage_scores[index]) + lexical_weight * lexical_overlap(sentence, query_tokens, idf)
        if best is None or score > best[0]:
            best = (score, passage.sentence)
    if best is None:
        return (task.sentences[0] if task.sentences else task.title), 0.0
    return task.sentences[best[1]], best[0]


def lexical_overlap(text: str, query_tokens: list[str], idf: Mapping[str, float]) -> float:
    """Share of the question's idf mass whose tokens occur in ``text`` (0..1)."""
    weights = {t: max(idf.get(t, 1.0), 0.1) for t in set(query_tokens)}
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in text.lower()) / total if total else 0.0
