"""TREC run and qrels files, and the harness's metrics checked against ranx on them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from eval import metrics
from eval.run import evaluate, trec_data
from eval.trec import qrels_lines, read_qrels, read_run, run_lines, run_scores, write_qrels, write_run

RANX_METRICS = ("hit_rate@1", "mrr@10", "ndcg@10", "recall@5")

# Hand-made: several gold tasks, a hit beyond rank 10, ties in score, a total miss.
RANKINGS = {
    "q1": [(3, 0.9), (1, 0.8), (2, 0.7)],
    "q2": [(5, 2.0), (6, 2.0), (7, 1.0), (4, 0.5)],  # tied scores at ranks 1 and 2
    "q3": [(t, 1.0 / t) for t in range(10, 21)] + [(1, 0.01)],  # gold at rank 12
    "q4": [(9, 0.3), (8, 0.2)],
    "q5": [(2, 0.4), (4, 0.6), (6, 0.5)],  # scores rise: only the order is kept
}
QRELS = {"q1": [1, 2], "q2": [6, 4], "q3": [1], "q4": [7], "q5": [6, 2, 4, 8]}


def harness_means(rankings: dict[str, list[tuple[int, float]]], qrels: dict[str, list[int]]) -> dict[str, float]:
    """The harness's own metrics, averaged over the qrels' queries, under ranx's names."""
    tasks = {qid: [task for task, _ in rankings.get(qid, [])] for qid in qrels}
    per_metric = {
        "hit_rate@1": [metrics.hit_at_k(tasks[q], qrels[q], 1) for q in qrels],
        "mrr@10": [metrics.reciprocal_rank(tasks[q], qrels[q], 10) for q in qrels],
        "ndcg@10": [metrics.ndcg_at_k(tasks[q], qrels[q], 10) for q in qrels],
        "recall@5": [metrics.recall_at_k(tasks[q], qrels[q], 5) for q in qrels],
    }
    return {name: metrics.mean(values) for name, values in per_metric.items()}


def ranx_means(run_path: Path, qrels_path: Path) -> dict[str, float]:
    ranx = pytest.importorskip("ranx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numba's type-safety notes about hashed ids
        run = ranx.Run.from_file(str(run_path), kind="trec")
        qrels = ranx.Qrels.from_file(str(qrels_path), kind="trec")
        scores = ranx.evaluate(qrels, run, list(RANX_METRICS), make_comparable=True)
    return {name: float(value) for name, value in scores.items()}


class TestRunScores:
    def test_strictly_falling_scores_are_kept(self):
        assert run_scores([0.9, 0.5, 0.1]) == [0.9, 0.5, 0.1]

    def test_ties_give_way_to_rank_derived_scores(self):
        assert run_scores([2.0, 2.0, 1.0]) == [3.0, 2.0, 1.0]

    def test_rising_scores_give_way_to_rank_derived_scores(self):
        assert run_scores([0.4, 0.6]) == [2.0, 1.0]


class TestFileFormats:
    def test_a_run_line_is_qid_q0_docid_rank_score_tag(self):
        assert run_lines({"q1": [(3, 0.5), (1, 0.25)]}, "bm25") == ["q1 Q0 3 1 0.5 bm25", "q1 Q0 1 2 0.25 bm25"]

    def test_a_qrels_line_is_qid_zero_docid_rel(self):
        assert qrels_lines({"q1": [4, 2]}) == ["q1 0 2 1", "q1 0 4 1"]

    def test_a_task_listed_twice_for_one_query_is_refused(self):
        with pytest.raises(ValueError, match="lists a task twice"):
            run_lines({"q1": [(3, 0.5), (3, 0.4)]}, "x")

    @pytest.mark.parametrize("tag", ["two words", ""])
    def test_a_tag_with_white_space_is_refused(self, tag):
        with pytest.raises(ValueError, match="run tag must be non-empty without white space"):
            run_lines({"q1": [(1, 1.0)]}, tag)

    def test_files_read_back_to_the_same_rankings_and_judgements(self, tmp_path):
        write_run(tmp_path / "x.run", RANKINGS, tag="hand")
        write_qrels(tmp_path / "x.qrels", QRELS)
        assert read_run(tmp_path / "x.run") == {q: [t for t, _ in r] for q, r in RANKINGS.items()}
        assert read_qrels(tmp_path / "x.qrels") == {q: set(t) for q, t in QRELS.items()}

    def test_a_short_line_is_reported_with_file_and_line(self, tmp_path):
        path = tmp_path / "bad.qrels"
        path.write_text("q1 0 1 1\nq2 0 3\n", encoding="utf-8")
        with pytest.raises(ValueError, match=r"bad\.qrels:2: expected 4 fields, got 3"):
            read_qrels(path)


class TestAgainstRanx:
    def test_the_hand_made_example_is_what_the_metrics_say_by_hand(self):
        means = harness_means(RANKINGS, QRELS)
        # q1 and q2 find gold at rank 2, q3 only at rank 12, q4 never, q5 at rank 1 (3 of its 4 in the top 5).
        assert means["hit_rate@1"] == pytest.approx(1 / 5)
        assert means["mrr@10"] == pytest.approx((1 / 2 + 1 / 2 + 0 + 0 + 1) / 5)
        assert means["recall@5"] == pytest.approx((1 + 1 + 0 + 0 + 3 / 4) / 5)

    def test_the_harness_agrees_with_ranx_on_the_hand_made_example(self, tmp_path):
        run_path = write_run(tmp_path / "hand.run", RANKINGS, tag="hand")
        qrels_path = write_qrels(tmp_path / "hand.qrels", QRELS)
        ours, theirs = harness_means(RANKINGS, QRELS), ranx_means(run_path, qrels_path)
        for name in RANX_METRICS:
            assert ours[name] == pytest.approx(theirs[name], abs=1e-6), name

    def test_a_query_with_no_results_counts_as_zero_for_both(self, tmp_path):
        rankings = {"q1": [(1, 1.0)]}
        qrels = {"q1": [1], "q2": [2]}
        ours = harness_means(rankings, qrels)
        theirs = ranx_means(write_run(tmp_path / "r.run", rankings, "t"), write_qrels(tmp_path / "r.qrels", qrels))
        assert ours["mrr@10"] == pytest.approx(1 / 2)
        for name in RANX_METRICS:
            assert ours[name] == pytest.approx(theirs[name], abs=1e-6), name

    def test_the_harness_summary_agrees_with_ranx_on_an_exported_run(self, tmp_path, fake_system, handful):
        results = evaluate(handful, ["all"], fake_system, progress=False)
        for name in results:
            run, qrels = trec_data(results[name])
            run_path = write_run(tmp_path / f"{name}.run", run, tag=name)
            qrels_path = write_qrels(tmp_path / f"{name}.qrels", qrels)
            theirs = ranx_means(run_path, qrels_path)
            overall = results[name].summary["overall"]
            for ours_name, ranx_name in zip(("hit@1", "mrr@10", "ndcg@10", "recall@5"), RANX_METRICS, strict=True):
                assert overall[ours_name].mean == pytest.approx(theirs[ranx_name], abs=1e-6), (name, ours_name)
