"""Fusing ranked lists from several retrievers (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from index.hit import Hit


class FusionMode(StrEnum):
    """How BM25 and dense rankings are combined."""

    RRF = "rrf"
    WEIGHTED = "weighted"

    @classmethod
    def parse(cls, value: str | FusionMode) -> FusionMode:
        """Accept an enum member or its value.

        Raises:
            ValueError: naming the valid choices.
        """
        try:
            return cls(value)
        except ValueError:
            valid = ", ".join(m.value for m in cls)
            raise ValueError(f"fusion must be one of {valid}, got {value!r}") from None


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hit]], *, k: int = 60, weights: Sequence[float] | None = None
) -> dict[int, float]:
    """Reciprocal rank fusion.

    score(d) = Σ_i w_i / (k + rank_i(d)), ranks starting at 1 (Cormack et al., 2009);
    a document missing from a list gets nothing from it.

    Raises:
        ValueError: if ``k`` < 0 or the weights do not match the rankings.
    """
    if k < 0:
        raise ValueError(f"rrf k must be >= 0, got {k}")
    weights = _weights(rankings, weights)
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, hit in enumerate(ranking, start=1):
            fused[hit.task] = fused.get(hit.task, 0.0) + weight / (k + rank)
    return fused


def weighted_sum(rankings: Sequence[Sequence[Hit]], *, weights: Sequence[float] | None = None) -> dict[int, float]:
    """Weighted sum of min-max normalised scores.

    score(d) = Σ_i w_i · (s_i(d) − min_i) / (max_i − min_i), over each list's own
    scores; a list whose scores are all equal contributes w_i to each of its
    documents, and a document missing from a list gets 0 from it.

    Raises:
        ValueError: if the weights do not match the rankings.
    """
    weights = _weights(rankings, weights)
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        if not ranking:
            continue
        scores = [hit.score for hit in ranking]
        low, high = min(scores), max(scores)
        for hit in ranking:
            norm = 1.0 if high == low else (hit.score - low) / (high - low)
            fused[hit.task] = fused.get(hit.task, 0.0) + weight * norm
    return fused


def _weights(rankings: Sequence[Sequence[Hit]], weights: Sequence[float] | None) -> Sequence[float]:
    if weights is None:
        return [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"got {len(weights)} weights for {len(rankings)} rankings")
    if any(w < 0 for w in weights):
        raise ValueError(f"weights must be >= 0, got {list(weights)}")
    return weights
