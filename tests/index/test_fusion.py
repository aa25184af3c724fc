"""Fusing ranked lists (RRF and min-max weighted sum), and the Hit helpers they build on."""

from __future__ import annotations

import numpy as np
import pytest

from index.fusion import FusionMode, reciprocal_rank_fusion, weighted_sum
from index.hit import Hit, check_k, top_k


def hits(*pairs: tuple[int, float]) -> list[Hit]:
    return [Hit(task, score) for task, score in pairs]


# --- Hit / top_k / check_k ---------------------------------------------------------------


def test_top_k_orders_by_score_best_first():
    assert top_k({1: 0.2, 2: 0.9, 3: 0.5}, 3) == [Hit(2, 0.9), Hit(3, 0.5), Hit(1, 0.2)]


def test_top_k_breaks_ties_by_task_number():
    assert top_k({7: 1.0, 3: 1.0, 5: 2.0, 4: 1.0}, 4) == [Hit(5, 2.0), Hit(3, 1.0), Hit(4, 1.0), Hit(7, 1.0)]


def test_top_k_keeps_at_most_k_hits():
    assert top_k({1: 0.1, 2: 0.2, 3: 0.3}, 2) == [Hit(3, 0.3), Hit(2, 0.2)]


def test_top_k_with_k_larger_than_the_scores_returns_them_all():
    assert top_k({1: 0.1}, 10) == [Hit(1, 0.1)]


def test_top_k_of_no_scores_is_empty():
    assert top_k({}, 5) == []


def test_top_k_returns_plain_float_scores():
    (hit,) = top_k({1: np.float32(0.5)}, 1)
    assert type(hit.score) is float


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "3", None])
def test_a_result_count_that_is_not_a_positive_integer_is_rejected(bad):
    with pytest.raises(ValueError, match=r"k must be an integer >= 1, got"):
        check_k(bad)
    with pytest.raises(ValueError, match=r"k must be an integer >= 1"):
        top_k({1: 1.0}, bad)


def test_the_rejection_message_names_the_bad_value():
    with pytest.raises(ValueError, match=r"got -1$"):
        check_k(-1)
    with pytest.raises(ValueError, match=r"got True$"):
        check_k(True)


def test_k_of_one_is_accepted():
    check_k(1)


# --- reciprocal rank fusion --------------------------------------------------------------


def test_rrf_sums_one_over_k_plus_rank_with_ranks_starting_at_one():
    fused = reciprocal_rank_fusion([hits((1, 9.0), (2, 5.0)), hits((2, 0.8), (1, 0.1))], k=60)
    assert fused[1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[2] == pytest.approx(1 / 62 + 1 / 61)


def test_rrf_rank_base_is_one_so_the_top_hit_gets_one_over_k_plus_one():
    assert reciprocal_rank_fusion([hits((4, 1.0))], k=60) == {4: pytest.approx(1 / 61)}
    assert reciprocal_rank_fusion([hits((4, 1.0))], k=0) == {4: pytest.approx(1.0)}


def test_rrf_uses_60_as_the_default_k():
    assert reciprocal_rank_fusion([hits((1, 1.0), (2, 0.5), (3, 0.1))]) == {
        1: pytest.approx(1 / 61),
        2: pytest.approx(1 / 62),
        3: pytest.approx(1 / 63),
    }


def test_a_document_missing_from_one_list_gets_nothing_from_it():
    fused = reciprocal_rank_fusion([hits((1, 3.0), (2, 2.0), (3, 1.0)), hits((3, 0.9))], k=60)
    assert fused == {
        1: pytest.approx(1 / 61),
        2: pytest.approx(1 / 62),
        3: pytest.approx(1 / 63 + 1 / 61),
    }


def test_rrf_weights_scale_each_lists_contribution():
    fused = reciprocal_rank_fusion([hits((1, 3.0), (2, 2.0)), hits((2, 0.9), (1, 0.5))], k=60, weights=[0.4, 1.0])
    assert fused[1] == pytest.approx(0.4 / 61 + 1.0 / 62)
    assert fused[2] == pytest.approx(0.4 / 62 + 1.0 / 61)
    assert fused[2] > fused[1]


def test_rrf_ignores_the_scores_and_looks_only_at_ranks():
    a = reciprocal_rank_fusion([hits((1, 100.0), (2, 99.0))], k=10)
    b = reciprocal_rank_fusion([hits((1, 0.002), (2, 0.001))], k=10)
    assert a == b == {1: pytest.approx(1 / 11), 2: pytest.approx(1 / 12)}


def test_a_zero_weight_list_contributes_nothing_but_its_documents_still_appear():
    fused = reciprocal_rank_fusion([hits((1, 1.0)), hits((2, 1.0))], k=60, weights=[1.0, 0.0])
    assert fused == {1: pytest.approx(1 / 61), 2: 0.0}


def test_rrf_of_no_rankings_is_empty():
    assert reciprocal_rank_fusion([], k=60) == {}
    assert reciprocal_rank_fusion([[], []], k=60) == {}


def test_a_negative_rrf_k_is_rejected_with_its_value():
    with pytest.raises(ValueError, match=r"rrf k must be >= 0, got -1"):
        reciprocal_rank_fusion([hits((1, 1.0))], k=-1)


def test_rrf_rejects_a_weight_count_that_does_not_match_the_rankings():
    with pytest.raises(ValueError, match=r"got 1 weights for 2 rankings"):
        reciprocal_rank_fusion([hits((1, 1.0)), hits((1, 1.0))], weights=[1.0])
    with pytest.raises(ValueError, match=r"got 3 weights for 2 rankings"):
        reciprocal_rank_fusion([hits((1, 1.0)), hits((1, 1.0))], weights=[1.0, 1.0, 1.0])


def test_rrf_rejects_a_negative_weight_naming_the_weights():
    with pytest.raises(ValueError, match=r"weights must be >= 0, got \[1\.0, -0\.5\]"):
        reciprocal_rank_fusion([hits((1, 1.0)), hits((1, 1.0))], weights=[1.0, -0.5])


# --- weighted sum ------------------------------------------------------------------------


def test_weighted_sum_min_max_normalises_each_list_before_weighting():
    bm25 = hits((1, 10.0), (2, 6.0), (3, 2.0))  # normalised: 1.0, 0.5, 0.0
    dense = hits((2, 0.9), (1, 0.3), (3, 0.6))  # normalised: 1.0, 0.0, 0.5
    fused = weighted_sum([bm25, dense], weights=[0.4, 0.6])
    assert fused == {
        1: pytest.approx(0.4 * 1.0 + 0.6 * 0.0),
        2: pytest.approx(0.4 * 0.5 + 0.6 * 1.0),
        3: pytest.approx(0.4 * 0.0 + 0.6 * 0.5),
    }


def test_weighted_sum_defaults_to_equal_weights_of_one():
    fused = weighted_sum([hits((1, 4.0), (2, 2.0), (3, 3.0)), hits((3, 1.0), (1, 0.0))])
    # first list: (s - 2) / 2 → 1: 1.0, 2: 0.0, 3: 0.5; second list: 3: 1.0, 1: 0.0
    assert fused == {1: pytest.approx(1.0), 2: pytest.approx(0.0), 3: pytest.approx(1.5)}


def test_a_list_whose_scores_are_all_equal_gives_each_of_its_documents_its_full_weight():
    fused = weighted_sum([hits((1, 3.0), (2, 3.0)), hits((1, 0.9), (2, 0.1))], weights=[0.7, 1.0])
    assert fused == {1: pytest.approx(0.7 + 1.0), 2: pytest.approx(0.7 + 0.0)}


def test_a_single_hit_list_counts_as_all_equal():
    assert weighted_sum([hits((5, -2.0))], weights=[0.4]) == {5: pytest.approx(0.4)}


def test_a_document_missing_from_a_list_gets_zero_from_that_list():
    bm25 = hits((1, 8.0), (2, 4.0))  # normalised: 1.0, 0.0
    dense = hits((3, 0.5), (1, 0.7), (2, 0.6))  # normalised: 3: 0.0, 1: 1.0, 2: 0.5
    fused = weighted_sum([bm25, dense], weights=[0.4, 1.0])
    assert fused[3] == pytest.approx(0.0 + 1.0 * 0.0)
    assert fused[2] == pytest.approx(0.4 * 0.0 + 1.0 * 0.5)
    assert fused[1] == pytest.approx(0.4 * 1.0 + 1.0 * 1.0)


def test_negative_scores_are_normalised_like_any_others():
    fused = weighted_sum([hits((1, -1.0), (2, -3.0), (3, -2.0))])
    assert fused == {1: pytest.approx(1.0), 2: pytest.approx(0.0), 3: pytest.approx(0.5)}


def test_an_empty_list_contributes_nothing():
    assert weighted_sum([[], hits((1, 2.0), (2, 1.0))], weights=[5.0, 1.0]) == {
        1: pytest.approx(1.0),
        2: pytest.approx(0.0),
    }
    assert weighted_sum([[], []]) == {}


def test_weighted_sum_rejects_bad_weights_like_rrf_does():
    with pytest.raises(ValueError, match=r"got 1 weights for 2 rankings"):
        weighted_sum([hits((1, 1.0)), hits((1, 1.0))], weights=[1.0])
    with pytest.raises(ValueError, match=r"weights must be >= 0, got \[-1\.0, 1\.0\]"):
        weighted_sum([hits((1, 1.0)), hits((1, 1.0))], weights=[-1.0, 1.0])


# --- FusionMode --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mode"), [("rrf", FusionMode.RRF), ("weighted", FusionMode.WEIGHTED)])
def test_fusion_mode_parses_its_values(text, mode):
    assert FusionMode.parse(text) is mode


def test_fusion_mode_parse_passes_a_member_through():
    assert FusionMode.parse(FusionMode.WEIGHTED) is FusionMode.WEIGHTED


def test_an_unknown_fusion_mode_is_rejected_listing_the_valid_choices():
    with pytest.raises(ValueError, match=r"^fusion must be one of rrf, weighted, got 'foo'$"):
        FusionMode.parse("foo")
