"""Off-topic questions are declined by comparing the notice with off-topic references."""

from __future__ import annotations

import numpy as np
import pytest

from qa.scope import ScopeGuard, load_offtopic


def test_the_margin_is_best_notice_similarity_minus_best_off_topic_similarity():
    guard = ScopeGuard(background=np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32), margin=-0.05)
    query = np.array([[0.6, 0.8]], dtype=np.float32)
    assert guard.margin_of(np.array([0.7, 0.9]), query) == pytest.approx(0.9 - 0.8)
    assert guard.in_scope(np.array([0.7, 0.9]), query)
    assert not guard.in_scope(np.array([0.5, 0.7]), query)  # 0.7 - 0.8 = -0.1 < -0.05


def test_without_references_every_question_is_in_scope():
    guard = ScopeGuard(np.zeros((0, 2), dtype=np.float32))
    assert guard.in_scope(np.array([0.1]), np.array([[1.0, 0.0]]))


def test_the_reference_list_is_loaded_without_comments_or_blank_lines():
    questions = load_offtopic()
    assert len(questions) >= 50
    assert not any(q.startswith("#") or not q for q in questions)
