"""Hybrid retrieval: BM25 and dense rankings fused into one."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.bm25 import BM25Index
from index.dense import DenseIndex
from index.fusion import FusionMode, reciprocal_rank_fusion, weighted_sum
from index.hit import Hit, check_k, top_k


@dataclass(frozen=True)
class Retrieval:
    """Everything one question's retrieval produced, for answering and explaining."""

    query: str
    bm25: list[Hit]
    dense: list[Hit]
    fused: list[Hit]
    passage_scores: np.ndarray  # dense similarity of the query to every passage
    query_vector: np.ndarray  # the encoded query, shape (1, d)
    bm25_scores: dict[int, float]
    dense_scores: dict[int, float]


class HybridRetriever:
    """Fuse a :class:`BM25Index` and a :class:`DenseIndex`."""

    def __init__(
        self,
        bm25: BM25Index,
        dense: DenseIndex,
        *,
        mode: FusionMode | str = FusionMode.RRF,
        bm25_weight: float = 1.0,
        dense_weight: float = 1.0,
        rrf_k: int = 60,
    ) -> None:
        """Combine the two retrievers.

        Raises:
            ValueError: for an unknown mode or negative weights.
        """
        if bm25_weight < 0 or dense_weight < 0:
            raise ValueError(f"weights must be >= 0, got bm25={bm25_weight}, dense={dense_weight}")
        self.bm25 = bm25
        self.dense = dense
        self.mode = FusionMode.parse(mode)
        self.weights = (bm25_weight, dense_weight)
        self.rrf_k = rrf_k
        self.depth = len(dense.task_numbers)

    def retrieve(self, query: str, *, bm25_query: str | None = None) -> Retrieval:
        """Run both retrievers over all tasks and fuse them.

        Args:
            query: the question (encoded for dense retrieval).
            bm25_query: what BM25 searches instead, e.g. the question with synonyms appended.
        """
        bm25_all = self.bm25.scores(bm25_query if bm25_query is not None else query)
        bm25_scores = {n: float(s) for n, s in zip(self.bm25.task_numbers, bm25_all, strict=True)}
        query_vector = self.dense.encoder.encode_queries([query])
        passage_scores = self.dense.passage_scores_for(query_vector)
        dense_scores = self.dense.task_scores(passage_scores)
        bm25_hits = top_k({n: s for n, s in bm25_scores.items() if s > 0}, self.depth)
        dense_hits = top_k(dense_scores, self.depth)
        return Retrieval(
            query=query,
            bm25=bm25_hits,
            dense=dense_hits,
            fused=self.fuse(bm25_hits, dense_hits),
            passage_scores=passage_scores,
            query_vector=query_vector,
            bm25_scores=bm25_scores,
            dense_scores=dense_scores,
        )

    def fuse(self, bm25_hits: list[Hit], dense_hits: list[Hit]) -> list[Hit]:
        """Fuse two ranked lists with this retriever's mode and weights."""
        rankings = [bm25_hits, dense_hits]
        if self.mode is FusionMode.RRF:
            fused = reciprocal_rank_fusion(rankings, k=self.rrf_k, weights=self.weights)
        else:
            fused = weighted_sum(rankings, weights=self.weights)
        return top_k(fused, self.depth) if fused else []

    def search(self, query: str, k: int) -> list[Hit]:
        """Return the ``k`` best tasks, best first.

        Raises:
            ValueError: if ``k`` < 1.
        """
        check_k(k)
        return self.retrieve(query).fused[:k]
