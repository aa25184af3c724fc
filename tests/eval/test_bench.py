"""Benchmark helpers: statistics, ratios, child processes and the Markdown table."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eval.bench import (
    QUICK_PLAN,
    ChildRun,
    Plan,
    Spread,
    measure_followups,
    percentile,
    ratio,
    ratios,
    render_markdown,
    run_child,
    sample_evenly,
    spread,
    time_each,
)
from eval.questions import Question
from eval.run import load_system
from qa.settings import Settings
from tests.fakes import CountingEncoder


class TestStatistics:
    def test_the_median_of_an_even_count_is_the_mean_of_the_middle_two(self):
        assert percentile([4.0, 1.0, 3.0, 2.0], 50) == pytest.approx(2.5)

    def test_p95_interpolates_between_order_statistics(self):
        # 21 values 0..20: the 95th percentile sits at position 0.95 * 20 = 19.
        assert percentile([float(v) for v in range(21)], 95) == pytest.approx(19.0)

    def test_no_values_is_an_error(self):
        with pytest.raises(ValueError, match="percentile of no values"):
            percentile([], 50)

    def test_q_must_be_a_percentage(self):
        with pytest.raises(ValueError, match=r"q must be within 0\.\.100, got 101"):
            percentile([1.0], 101)

    def test_spread_is_median_min_max_and_count(self):
        assert spread([3.0, 1.0, 2.0]) == Spread(2.0, 1.0, 3.0, 3)

    def test_a_ratio_divides_the_medians(self):
        assert ratio(Spread(3.0, 1, 4, 3), Spread(2.0, 1, 3, 3)) == pytest.approx(1.5)

    def test_a_ratio_to_nothing_is_none(self):
        assert ratio(Spread(3.0, 1, 4, 3), None) is None
        assert ratio(Spread(3.0, 1, 4, 3), Spread(0.0, 0, 0, 1)) is None


class TestSampleEvenly:
    def test_spreads_the_sample_over_the_whole_sequence(self):
        assert sample_evenly(list(range(10)), 5) == [0, 2, 4, 6, 8]

    def test_takes_everything_when_asked_for_more_or_for_all(self):
        assert sample_evenly([1, 2], 5) == [1, 2]
        assert sample_evenly([1, 2], None) == [1, 2]

    def test_needs_a_positive_count(self):
        with pytest.raises(ValueError, match="count must be >= 1, got 0"):
            sample_evenly([1, 2], 0)


def test_time_each_gives_one_timing_per_item():
    seen = []
    timings = time_each([1, 2, 3], seen.append)
    assert seen == [1, 2, 3] and len(timings) == 3 and all(t >= 0 for t in timings)


class TestRunChild:
    def test_returns_time_output_and_peak_memory(self):
        child = run_child([sys.executable, "-c", "print('ok')"])
        assert isinstance(child, ChildRun)
        assert child.stdout.strip() == "ok" and child.seconds > 0
        assert child.peak_rss_bytes is None or child.peak_rss_bytes > 1_000_000

    def test_the_peak_memory_is_the_childs_not_this_processs(self):
        ballast = bytearray(300 * 2**20)
        ballast[::4096] = b"\x01" * len(ballast[::4096])  # touch every page so it is resident
        child = run_child([sys.executable, "-c", "pass"])
        assert child.peak_rss_bytes is None or child.peak_rss_bytes < 150 * 2**20
        del ballast

    def test_a_failing_child_reports_its_stderr(self):
        with pytest.raises(RuntimeError, match="exited with 3: boom"):
            run_child([sys.executable, "-c", "import sys; sys.stderr.write('boom'); sys.exit(3)"])


def question(text: str, history: tuple[str, ...] = ()) -> Question:
    return Question("q", "followup" if history else "lead", text, history, (16,), (), (), None, None, None, None, True)


def test_follow_ups_are_timed_with_the_question_cache_off_and_on(tmp_path: Path):
    plain_encoder, cached_encoder = CountingEncoder(), CountingEncoder()
    base = Settings(cache_dir=tmp_path, use_cache=False)
    plain = load_system(base.with_overrides(query_cache_size=0), encoder=plain_encoder, progress=lambda _m: None)
    cached = load_system(base, encoder=cached_encoder, progress=lambda _m: None)
    questions = [question("谁牵头污水处理"), question("那配合单位有哪些", ("谁牵头污水处理",))]
    plan = Plan(questions=None, warmup=0, repeats=3, cold_repeats=0, build_repeats=0, model_build_repeats=0)
    plain_encoder.queries = cached_encoder.queries = 0

    result = measure_followups(questions, plain, cached, plan)

    assert set(result) == {"no_cache", "cache"} and result["cache"].n == 3
    # Per repeat, without the cache: the earlier question, then again while reading the follow-up, then
    # the follow-up itself; with it (emptied each repeat) the second of those is remembered.
    assert (plain_encoder.queries, cached_encoder.queries) == (3 * 3, 2 * 3)


def test_without_follow_ups_there_is_nothing_to_time(tmp_path: Path):
    plan = Plan(questions=None, warmup=0, repeats=1, cold_repeats=0, build_repeats=0, model_build_repeats=0)
    assert measure_followups([question("谁牵头污水处理")], None, None, plan) == {}


def test_the_markdown_shows_latencies_builds_memory_and_ratios():
    s = Spread(0.02, 0.01, 0.03, 2)
    warm = {m: {"p50": s, "p95": s, "throughput": Spread(50.0, 40.0, 60.0, 2)} for m in ("encode", "retrieve", "full")}
    measured = {"cold_start": Spread(6.0, 5.5, 7.0, 2), "bare_process": Spread(5.0, 4.8, 5.2, 2)}
    as_json = {
        "created": "now",
        "plan": QUICK_PLAN.__dict__,
        "questions": 30,
        "machine": {
            "cpu": "cpu",
            "logical_cpus": 2,
            "torch_threads": 2,
            "platform": "linux",
            "python": "3.11",
            "load_average_before": None,
            "load_average_after": [1.0, 1.0, 1.0],
        },
        "settings": {"embedding_model": "fake"},
        "warm": {m: {k: v.__dict__ for k, v in stats.items()} for m, stats in warm.items()},
        "measured": {k: {**v.__dict__} for k, v in measured.items()},
        "memory": {"warm_process_rss_bytes": 2**30, "bench_process_peak_rss_bytes": 2**31},
        "ratios": ratios(warm, measured),
    }
    text = render_markdown(as_json)
    assert "| full answer | 20.0 [10.0–30.0] | 20.0 [10.0–30.0] | 50.0 [40.0–60.0] |" in text
    assert "| cold_start_over_bare_process | 1.20 | ≤ 1.3 |" in text
    assert "| full_p50_over_encode_p50 | 1.00 | ≤ 1.5 |" in text
    assert "| this benchmark, peak | 2048 |" in text
    assert "Follow-ups" not in text  # older reports have none

    as_json["followups"] = {"no_cache": {**Spread(0.033, 0.03, 0.04, 2).__dict__}, "cache": {**s.__dict__}}
    text = render_markdown(as_json)
    assert "| off (the earlier question is encoded again) | 33.0 [30.0–40.0] |" in text
    assert "| on (default) | 20.0 [10.0–30.0] |" in text
