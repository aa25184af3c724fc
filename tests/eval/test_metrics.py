"""Metrics worked out by hand on small rankings."""

from __future__ import annotations

import math

import pytest

from eval import metrics


class TestHitAtK:
    def test_a_relevant_task_at_rank_one_is_a_hit_at_one(self):
        assert metrics.hit_at_k([3, 1, 2], {3}, 1) == 1.0

    def test_a_relevant_task_at_rank_three_is_a_hit_at_three_but_not_at_two(self):
        assert metrics.hit_at_k([5, 6, 3], {3}, 3) == 1.0
        assert metrics.hit_at_k([5, 6, 3], {3}, 2) == 0.0

    def test_any_of_several_gold_tasks_counts(self):
        assert metrics.hit_at_k([9, 4], {1, 4}, 2) == 1.0

    def test_an_empty_ranking_misses(self):
        assert metrics.hit_at_k([], {1}, 5) == 0.0


class TestReciprocalRank:
    def test_is_one_over_the_rank_of_the_first_relevant_task(self):
        assert metrics.reciprocal_rank([7, 8, 2, 1], {1, 2}) == pytest.approx(1 / 3)

    def test_is_zero_when_the_first_relevant_task_is_beyond_k(self):
        ranking = [*range(20, 30), 1]
        assert metrics.reciprocal_rank(ranking, {1}, k=10) == 0.0
        assert metrics.reciprocal_rank(ranking, {1}, k=11) == pytest.approx(1 / 11)


class TestNdcg:
    def test_is_one_when_every_relevant_task_comes_first(self):
        assert metrics.ndcg_at_k([2, 1, 9], {1, 2}) == pytest.approx(1.0)

    def test_one_relevant_task_at_rank_two_scores_one_over_log2_of_three(self):
        assert metrics.ndcg_at_k([5, 1], {1}) == pytest.approx(1 / math.log2(3))

    def test_two_relevant_tasks_at_ranks_one_and_three(self):
        dcg = 1 / math.log2(2) + 1 / math.log2(4)  # 1 + 1/2
        ideal = 1 / math.log2(2) + 1 / math.log2(3)
        assert metrics.ndcg_at_k([1, 7, 2], {1, 2}) == pytest.approx(dcg / ideal)

    def test_the_ideal_is_cut_at_k_when_more_tasks_are_relevant(self):
        relevant = set(range(1, 13))  # 12 relevant, k = 10: the ideal has ten hits
        ranking = list(range(1, 11))
        assert metrics.ndcg_at_k(ranking, relevant, k=10) == pytest.approx(1.0)

    def test_a_relevant_task_beyond_k_gains_nothing(self):
        assert metrics.ndcg_at_k([4, 5, 1], {1}, k=2) == 0.0


class TestRecall:
    def test_counts_the_share_of_gold_tasks_in_the_first_k(self):
        assert metrics.recall_at_k([1, 9, 2, 8, 7, 3], {1, 2, 3, 4}, k=5) == pytest.approx(2 / 4)

    def test_is_one_when_all_gold_tasks_are_found(self):
        assert metrics.recall_at_k([3, 1], {1, 3}, k=5) == 1.0


class TestInputChecks:
    @pytest.mark.parametrize("k", [0, -1, True, 1.5])
    def test_k_must_be_a_positive_integer(self, k):
        with pytest.raises(ValueError, match="k must be an integer >= 1"):
            metrics.hit_at_k([1], {1}, k)

    def test_ranking_metrics_refuse_a_question_without_gold_tasks(self):
        with pytest.raises(ValueError, match="at least one relevant task"):
            metrics.reciprocal_rank([1, 2], set())


class TestSetScores:
    def test_precision_recall_and_f1_of_overlapping_sets(self):
        scores = metrics.set_scores([1, 2, 3], [2, 3, 4, 5])
        assert scores.precision == pytest.approx(2 / 3)
        assert scores.recall == pytest.approx(2 / 4)
        assert scores.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
        assert not scores.exact

    def test_the_same_set_in_another_order_is_exact(self):
        scores = metrics.set_scores([3, 1, 2], (1, 2, 3))
        assert (scores.precision, scores.recall, scores.f1, scores.exact) == (1.0, 1.0, 1.0, True)

    def test_an_empty_prediction_against_gold_scores_zero(self):
        assert metrics.set_scores([], [1]) == metrics.SetScores(0.0, 0.0, 0.0)

    def test_disjoint_sets_score_zero_f1(self):
        assert metrics.set_scores([1], [2]).f1 == 0.0

    def test_two_empty_sets_match(self):
        assert metrics.set_scores([], []).exact


class TestAbstention:
    def test_counts_declines_against_out_of_scope_labels(self):
        declined = [True, True, False, False, True]
        out_of_scope = [True, False, True, False, True]
        result = metrics.abstention(declined, out_of_scope)
        assert (result.true_positives, result.false_positives) == (2, 1)
        assert (result.false_negatives, result.true_negatives) == (1, 1)
        assert result.precision == pytest.approx(2 / 3)
        assert result.recall == pytest.approx(2 / 3)
        assert result.false_refusal_rate == pytest.approx(1 / 2)

    def test_precision_is_not_a_number_when_nothing_was_declined(self):
        result = metrics.abstention([False, False], [True, False])
        assert result.precision is None
        assert result.recall == 0.0
        assert result.false_refusal_rate == 0.0

    def test_the_two_lists_must_be_the_same_length(self):
        with pytest.raises(ValueError, match="2 decline flags for 1 labels"):
            metrics.abstention([True, False], [True])


class TestUnitsExact:
    def test_order_does_not_matter(self):
        assert metrics.units_exact(["乙", "甲"], ["丙"], ["甲", "乙"], ["丙"])

    def test_a_missing_responsible_unit_is_not_exact(self):
        assert not metrics.units_exact(["甲"], ["丙"], ["甲"], ["丙", "丁"])

    def test_lead_and_responsible_are_not_interchangeable(self):
        assert not metrics.units_exact(["丙"], ["甲"], ["甲"], ["丙"])


class TestAnswerContains:
    def test_finds_the_expected_string_verbatim(self):
        assert metrics.answer_contains("每个县城至少有1所二甲医院。", "1所二甲医院")

    def test_ascii_punctuation_in_the_answer_matches_full_width_in_the_label(self):
        assert metrics.answer_contains("目标:3个(含)以上", "目标：3个（含）")

    def test_full_width_punctuation_in_the_answer_matches_ascii_in_the_label(self):
        assert metrics.answer_contains("比例达到65%；千兆光网覆盖", "65%;千兆")

    def test_a_different_number_is_wrong(self):
        assert not metrics.answer_contains("产值达到20亿元", "30亿元")


class TestMean:
    def test_is_the_arithmetic_mean(self):
        assert metrics.mean([1.0, 0.0, 0.5]) == pytest.approx(0.5)

    def test_of_nothing_is_none(self):
        assert metrics.mean([]) is None


class TestBootstrapInterval:
    def test_of_identical_values_is_that_value(self):
        assert metrics.bootstrap_interval([0.5] * 10) == (0.5, 0.5)

    def test_brackets_the_mean_and_stays_within_the_values(self):
        values = [1.0] * 30 + [0.0] * 10
        low, high = metrics.bootstrap_interval(values)
        assert 0.0 <= low < 0.75 < high <= 1.0

    def test_is_reproducible_with_the_same_seed(self):
        values = [1.0, 0.0, 0.5, 0.25, 1.0]
        assert metrics.bootstrap_interval(values, seed=3) == metrics.bootstrap_interval(values, seed=3)

    def test_of_no_values_is_none(self):
        assert metrics.bootstrap_interval([]) is None

    def test_the_level_must_be_a_proper_fraction(self):
        with pytest.raises(ValueError, match="level must be strictly between 0 and 1, got 95"):
            metrics.bootstrap_interval([1.0], level=95)
