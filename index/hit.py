"""The one result type every retriever returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=False)
class Hit:
    """A task and how well it matched; retrievers return these best first."""

    task: int
    score: float


def top_k(scores: dict[int, float], k: int) -> list[Hit]:
    """Turn ``{task: score}`` into at most ``k`` hits, best first (ties by task number).

    Raises:
        ValueError: if ``k`` < 1.
    """
    check_k(k)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [Hit(task, float(score)) for task, score in ranked[:k]]


def check_k(k: int) -> None:
    """Reject a result count below one.

    Raises:
        ValueError: if ``k`` < 1.
    """
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ValueError(f"k must be an integer >= 1, got {k!r}")
