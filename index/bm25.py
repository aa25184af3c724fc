"""BM25 over the notice's tasks (rank-bm25's Okapi variant)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from rank_bm25 import BM25Okapi

from corpus.records import Task
from index.hit import Hit, check_k, top_k

Tokenize = Callable[[str], list[str]]


def task_document(task: Task) -> str:
    """The text BM25 indexes for a task: its title (counted twice, it states the topic) and full text."""
    return f"{task.title}。{task.text}"


class BM25Index:
    """Okapi BM25 over one document per task."""

    def __init__(
        self,
        tasks: Sequence[Task],
        *,
        tokenize: Tokenize,
        tokens: Sequence[Sequence[str]] | None = None,
        k1: float = 1.5,
        b: float = 0.75,
    ) -> None:
        """Index ``tasks``.

        Args:
            tasks: the tasks, one document each.
            tokenize: used for documents and queries alike.
            tokens: pre-tokenised documents (from the cache); tokenised here when None.
            k1, b: BM25 parameters.

        Raises:
            ValueError: if there are no tasks or ``tokens`` does not match them.
        """
        if not tasks:
            raise ValueError("BM25Index needs at least one task")
        if tokens is not None and len(tokens) != len(tasks):
            raise ValueError(f"got {len(tokens)} token lists for {len(tasks)} tasks")
        self.task_numbers = [t.number for t in tasks]
        self.tokenize = tokenize
        self.doc_tokens = (
            [list(d) for d in tokens] if tokens is not None else [tokenize(task_document(t)) for t in tasks]
        )
        self._bm25 = BM25Okapi(self.doc_tokens, k1=k1, b=b)
        # Each term's vector, computed on its first query rather than for the whole vocabulary at start-up
        # (~40 ms of a fresh process's first answer).
        self._term_scores: dict[str, np.ndarray] = {}

    @property
    def idf(self) -> dict[str, float]:
        """Each indexed token's idf (rank-bm25's Okapi idf, floored at ε·mean)."""
        return self._bm25.idf

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every task for ``query`` (in task order)."""
        tokens = self.tokenize(query)
        score = np.zeros(len(self.task_numbers))
        # rank-bm25's get_scores, term by term in query order, with each term's vector computed once at
        # build time (as bm25s does): the same sums bit for bit, without a pass over every document per term.
        for token in tokens:
            term = self._term_scores.get(token)
            if term is None:
                term = term_scores(self._bm25, token)
                if term is None:  # outside the index: adds nothing, and is not remembered (no growth)
                    continue
                self._term_scores[token] = term
            score += term
        return score

    def search(self, query: str, k: int) -> list[Hit]:
        """Return up to ``k`` tasks with a positive score, best first.

        Raises:
            ValueError: if ``k`` < 1.
        """
        check_k(k)
        scores = self.scores(query)
        return top_k({n: s for n, s in zip(self.task_numbers, scores, strict=True) if s > 0}, k)


def term_scores(bm25: BM25Okapi, term: str) -> np.ndarray | None:
    """A term's BM25 contribution to every document, exactly as ``BM25Okapi.get_scores`` adds it.

    contribution(t, d) = idf(t) · f(t, d)·(k1 + 1) / (f(t, d) + k1·(1 − b + b·|d| / avgdl))

    Returns:
        The vector, or None for a term outside the index (it adds 0 to every document).
    """
    if term not in bm25.idf:
        return None
    doc_len = np.array(bm25.doc_len)
    freq = np.array([(doc.get(term) or 0) for doc in bm25.doc_freqs])
    return (bm25.idf.get(term) or 0) * (
        freq * (bm25.k1 + 1) / (freq + bm25.k1 * (1 - bm25.b + bm25.b * doc_len / bm25.avgdl))
    )
