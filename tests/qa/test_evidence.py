"""The quoted sentence is the one that best matches the question."""

from __future__ import annotations

import numpy as np
import pytest

from corpus.records import Task
from index.passages import Passage, PassageKind
from qa.evidence import best_sentence, lexical_overlap

TASK = Task(
    number=7,
    title="示例任务",
    section=1,
    text="示例任务。建设健身步道。到2025年建成3处体育公园。",
    sentences=("示例任务。", "建设健身步道。", "到2025年建成3处体育公园。"),
    lead_units=("甲局",),
    responsible_units=("乙局",),
)
PASSAGES = [Passage(7, i, s, s) for i, s in enumerate(TASK.sentences)] + [Passage(8, 0, "别的任务。", "别的任务。")]


def test_the_score_adds_dense_similarity_and_weighted_lexical_overlap():
    scores = np.array([0.80, 0.82, 0.81, 0.99])
    sentence, score = best_sentence(TASK, PASSAGES, scores, ["健身步道"], {"健身步道": 2.0})
    assert sentence == "建设健身步道。"
    assert score == pytest.approx(0.82 + 0.3 * 1.0)


def test_a_question_asking_for_a_figure_gets_a_sentence_with_one():
    scores = np.array([0.80, 0.90, 0.81, 0.99])
    sentence, _ = best_sentence(TASK, PASSAGES, scores, [], {}, prefer_numbers=True)
    assert sentence == "到2025年建成3处体育公园。"


def test_a_phrasing_is_never_quoted_even_when_it_matches_best():
    passages = [*PASSAGES, Passage(7, -1, "想跑步没地方", "想跑步没地方", PassageKind.PHRASING)]
    scores = np.array([0.80, 0.82, 0.81, 0.99, 0.95])
    sentence, score = best_sentence(TASK, passages, scores, [], {})
    assert (sentence, score) == ("建设健身步道。", pytest.approx(0.82))


def test_lexical_overlap_is_the_share_of_idf_mass_found():
    assert lexical_overlap("建设健身步道", ["健身步道", "公园"], {"健身步道": 3.0, "公园": 1.0}) == pytest.approx(0.75)
