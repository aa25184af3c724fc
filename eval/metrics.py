"""Retrieval and answer metrics as small pure functions.

Relevance is binary: every task listed in a question's ``gold_tasks`` is
relevant (the first is the primary task, but it does not count more), every
other task is not. A ranking is a sequence of task numbers, best first.

The ranking metrics follow the usual definitions (those of trec_eval and
ranx, which ``tests/eval/test_trec.py`` checks to 1e-6):

- Hit@k = 1 if any relevant task is among the first k, else 0.
- RR@k = 1 / rank of the first relevant task if it is within the first k, else 0;
  its mean over questions is MRR@k.
- nDCG@k = DCG@k / IDCG@k with DCG@k = Σ_{i=1..k} rel_i / log2(i + 1)
  (rank i from 1, rel_i ∈ {0, 1}) and IDCG@k = Σ_{i=1..min(k, R)} 1 / log2(i + 1)
  for R relevant tasks: the DCG of a ranking with all relevant tasks first.
- Recall@k = |relevant ∩ first k| / R.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

# ASCII spellings of the punctuation that the notice prints full-width.
_TO_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


@dataclass(frozen=True)
class SetScores:
    """Precision, recall and F1 of a predicted set against a gold set."""

    precision: float
    recall: float
    f1: float

    @property
    def exact(self) -> bool:
        """Whether the prediction is exactly the gold set."""
        return self.precision == 1.0 and self.recall == 1.0


@dataclass(frozen=True)
class Abstention:
    """Declining as a binary classifier whose positive class is "out of scope".

    ``precision`` is None when nothing was declined, ``recall`` when there was
    no out-of-scope question, ``false_refusal_rate`` when there was no
    in-scope one: a ratio over nothing is not reported as a number.
    """

    true_positives: int  # out of scope, declined
    false_positives: int  # in scope, declined
    false_negatives: int  # out of scope, answered
    true_negatives: int  # in scope, answered

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float | None:
        return _ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def false_refusal_rate(self) -> float | None:
        """Share of in-scope questions that were declined."""
        return _ratio(self.false_positives, self.false_positives + self.true_negatives)


def hit_at_k(ranking: Sequence[int], relevant: Collection[int], k: int) -> float:
    """1.0 if any relevant task is among the first ``k`` of ``ranking``, else 0.0.

    Raises:
        ValueError: if ``k`` < 1 or nothing is relevant.
    """
    _check(relevant, k)
    return 1.0 if any(task in relevant for task in ranking[:k]) else 0.0


def reciprocal_rank(ranking: Sequence[int], relevant: Collection[int], k: int = 10) -> float:
    """1 / rank of the first relevant task within the first ``k`` (ranks from 1), else 0.0.

    Raises:
        ValueError: if ``k`` < 1 or nothing is relevant.
    """
    _check(relevant, k)
    for rank, task in enumerate(ranking[:k], start=1):
        if task in relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranking: Sequence[int], relevant: Collection[int], k: int = 10) -> float:
    """Binary-relevance nDCG@k with the log2(rank + 1) discount (see the module docstring).

    Raises:
        ValueError: if ``k`` < 1 or nothing is relevant.
    """
    _check(relevant, k)
    dcg = sum(1.0 / math.log2(rank + 1) for rank, task in enumerate(ranking[:k], start=1) if task in relevant)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, len(set(relevant))) + 1))
    return dcg / ideal


def recall_at_k(ranking: Sequence[int], relevant: Collection[int], k: int = 5) -> float:
    """Share of the relevant tasks found among the first ``k``.

    Raises:
        ValueError: if ``k`` < 1 or nothing is relevant.
    """
    _check(relevant, k)
    gold = set(relevant)
    return len(gold & set(ranking[:k])) / len(gold)


def set_scores(predicted: Iterable[object], gold: Iterable[object]) -> SetScores:
    """Precision, recall and F1 of ``predicted`` against ``gold``, as sets.

    An empty prediction has precision 0 against a non-empty gold set (it found
    nothing), and both empty count as a perfect match.
    """
    pred, true = set(predicted), set(gold)
    if not pred and not true:
        return SetScores(1.0, 1.0, 1.0)
    found = len(pred & true)
    precision = found / len(pred) if pred else 0.0
    recall = found / len(true) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SetScores(precision, recall, f1)


def abstention(declined: Sequence[bool], out_of_scope: Sequence[bool]) -> Abstention:
    """Count declines against the out-of-scope labels, question by question.

    Raises:
        ValueError: if the two sequences differ in length.
    """
    if len(declined) != len(out_of_scope):
        raise ValueError(f"{len(declined)} decline flags for {len(out_of_scope)} labels")
    pairs = list(zip(declined, out_of_scope, strict=True))
    return Abstention(
        true_positives=sum(d and o for d, o in pairs),
        false_positives=sum(d and not o for d, o in pairs),
        false_negatives=sum(o and not d for d, o in pairs),
        true_negatives=sum(not d and not o for d, o in pairs),
    )


def units_exact(
    lead_units: Iterable[str],
    responsible_units: Iterable[str],
    gold_lead_units: Iterable[str],
    gold_responsible_units: Iterable[str],
) -> bool:
    """Whether the cited lead and responsible units are exactly the gold ones (as sets, order ignored)."""
    return set(lead_units) == set(gold_lead_units) and set(responsible_units) == set(gold_responsible_units)


def full_width(text: str) -> str:
    """Map ASCII ``,:;()`` to the full-width forms the notice uses."""
    return text.translate(_TO_FULL_WIDTH)


def answer_contains(answer: str, expected: str) -> bool:
    """Whether ``expected`` occurs in ``answer``, whichever width either uses for ``,:;()``."""
    return full_width(expected) in full_width(answer)


def mean(values: Iterable[float]) -> float | None:
    """Arithmetic mean, or None for no values (a metric that applied to no question)."""
    items = list(values)
    return sum(items) / len(items) if items else None


def bootstrap_interval(
    values: Sequence[float], *, level: float = 0.95, resamples: int = 2000, seed: int = 0
) -> tuple[float, float] | None:
    """Percentile-bootstrap confidence interval of the mean of per-question values.

    Resamples the questions with replacement ``resamples`` times with a fixed
    seed, so a report is reproducible; None for no values.

    Raises:
        ValueError: if ``level`` is not strictly between 0 and 1 or ``resamples`` < 1.
    """
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    if resamples < 1:
        raise ValueError(f"resamples must be >= 1, got {resamples}")
    if not values:
        return None
    data = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(resamples, len(data)))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _check(relevant: Collection[int], k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be an integer >= 1, got {k!r}")
    if not relevant:
        raise ValueError("ranking metrics need at least one relevant task; leave such questions out")
