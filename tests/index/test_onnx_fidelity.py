"""ONNX Runtime and torch give the same answers to every evaluation question (real model, marked).

Every question of ``eval/questions/*.jsonl`` is asked of two assistants over the same model
folder, one per backend, each with its own index built by that backend: the top-5 tasks of the
hybrid retriever, and the whole answer JSON (intent, scope, text, citations in order, suggestions,
count) must be identical. Scores may differ in the last digits and are compared to
:data:`SCORE_TOLERANCE`.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from eval.questions import load_questions
from qa.assistant import Assistant
from qa.factory import build_assistant
from qa.settings import Settings

pytestmark = [pytest.mark.real_model, pytest.mark.slow]

QUESTIONS_DIR = Path(__file__).resolve().parents[2] / "eval" / "questions"
# The backends' vectors agree to cosine >= 0.99999988 (tests/models/test_real_model.py), so each
# unit vector moves by at most sqrt(2 - 2 * 0.99999988) ≈ 5e-4 and a question-passage similarity
# by at most twice that, 1e-3. Citation scores are built from those similarities; over the 648
# evaluation questions the largest difference measured was 1.2e-5, so 1e-3 leaves a wide margin
# while still catching a backend that computes something else.
SCORE_TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def assistants() -> dict[str, Assistant]:
    # With the question cache (the default): a follow-up's earlier question and the top-5 search reuse the
    # vector computed for the answer instead of encoding again; the vectors themselves are the backend's.
    base = Settings()
    return {
        backend: build_assistant(base.with_overrides(encoder=backend), progress=lambda _: None)
        for backend in ("onnx", "torch")
    }


def _same_ranking(a: list[Any], b: list[Any]) -> bool:
    """The same top tasks in the same order, except two whose scores tie within the tolerance on both backends.

    Two tasks a near-tie apart (weighted fusion of similarities that move by up to 1e-3) may swap places
    between backends; any other difference in order or membership is a real one.
    """
    if [h.task for h in a] == [h.task for h in b]:
        return True
    if {h.task for h in a} != {h.task for h in b}:
        return False
    score_a, score_b = {h.task: h.score for h in a}, {h.task: h.score for h in b}
    order_b = {h.task: i for i, h in enumerate(b)}
    for i, x in enumerate(a):
        for y in a[i + 1 :]:
            swapped = order_b[x.task] > order_b[y.task]
            if swapped and not (
                math.isclose(score_a[x.task], score_a[y.task], abs_tol=SCORE_TOLERANCE)
                and math.isclose(score_b[x.task], score_b[y.task], abs_tol=SCORE_TOLERANCE)
            ):
                return False
    return True


def _without_scores(answer: dict[str, Any]) -> tuple[dict[str, Any], list[float]]:
    citations = [{k: v for k, v in c.items() if k != "score"} for c in answer["citations"]]
    return {**answer, "citations": citations}, [c["score"] for c in answer["citations"]]


def test_every_evaluation_question_gets_the_same_tasks_and_answer_on_both_backends(
    assistants: dict[str, Assistant],
) -> None:
    onnx, torch = assistants["onnx"], assistants["torch"]
    # Each behind its question cache (index/caching_encoder.py).
    assert type(onnx.retriever.dense.encoder.inner).__name__ == "OnnxEncoder"
    assert type(torch.retriever.dense.encoder.inner).__name__ == "SentenceTransformerEncoder"
    files = sorted(QUESTIONS_DIR.glob("*.jsonl"))
    assert files, f"no question files in {QUESTIONS_DIR}"
    differences: list[str] = []
    worst = 0.0
    asked = 0
    for path in files:
        for q in load_questions(path):
            asked += 1
            hits_onnx = onnx.retriever.search(q.retrieval_query, 5)
            hits_torch = torch.retriever.search(q.retrieval_query, 5)
            if not _same_ranking(hits_onnx, hits_torch):
                top_onnx, top_torch = [h.task for h in hits_onnx], [h.task for h in hits_torch]
                differences.append(f"{path.name}:{q.id} top-5 {top_onnx} != {top_torch}")
            answer_onnx, scores_onnx = _without_scores(onnx.ask(q.question, q.history).to_json(q.id))
            answer_torch, scores_torch = _without_scores(torch.ask(q.question, q.history).to_json(q.id))
            if answer_onnx != answer_torch:
                differences.append(f"{path.name}:{q.id} answer JSON differs")
            for a, b in zip(scores_onnx, scores_torch, strict=False):
                worst = max(worst, abs(a - b))
                if not math.isclose(a, b, abs_tol=SCORE_TOLERANCE):
                    differences.append(f"{path.name}:{q.id} citation score {a} vs {b}")
    print(f"{asked} questions, largest citation score difference {worst:.2e}")
    assert asked >= 600
    assert differences == []
