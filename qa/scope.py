"""Deciding whether the notice answers a question at all.

Dense similarities of a multilingual E5 model are compressed (related ≈ 0.88,
unrelated ≈ 0.85), so no absolute threshold separates a plain-language
in-scope question from an off-topic one. Instead the question is compared
with the notice and with a list of everyday off-topic questions
(``qa/lexicon/offtopic.txt``): it is declined when it is clearly closer to those.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

OFFTOPIC_PATH = Path(__file__).with_name("lexicon") / "offtopic.txt"
# Chosen on the dev questions: declines 10 of 15 off-topic ones while the
# closest in-scope question sits at −0.022.
DEFAULT_MARGIN = -0.035


def load_offtopic(path: Path = OFFTOPIC_PATH) -> list[str]:
    """The off-topic reference questions (one per line; # starts a comment)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True)
class ScopeGuard:
    """Compares a question's best notice passage with its best off-topic reference."""

    background: np.ndarray  # (m, d) L2-normalised query vectors of off-topic questions
    margin: float = DEFAULT_MARGIN

    def margin_of(self, passage_scores: np.ndarray, query_vector: np.ndarray) -> float:
        """best notice similarity − best off-topic similarity."""
        notice_best = float(np.max(passage_scores)) if len(passage_scores) else -1.0
        if self.background.size == 0:
            return notice_best
        off_best = float(np.max(np.asarray(query_vector, dtype=np.float32) @ self.background.T))
        return notice_best - off_best

    def in_scope(self, passage_scores: np.ndarray, query_vector: np.ndarray) -> bool:
        """True unless the question is clearly closer to the off-topic references."""
        return self.margin_of(passage_scores, query_vector) >= self.margin
