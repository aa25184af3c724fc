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
    measure_encoder_batches,
    measure_followups,
    measure_warm,
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
    questions = [question("谁牵头污水处理"), question("这条里提到雨污分流了吗", ("谁牵头污水处理",))]
    plan = Plan(questions=None, warmup=0, repeats=3, cold_repeats=0, build_repeats=0, model_build_repeats=0)
    plain_encoder.queries = cached_encoder.queries = 0

    result = measure_followups(questions, plain, cached, plan)

    assert set(result) == {"no_cache", "cache"} and result["cache"].n == 3
    # Per repeat, without the cache: the earlier question; while reading the follow-up, that question twice more,
    # replayed to know what its answer showed (the answer, the results not shown yet); then the follow-up itself,
    # a word looked for in the task shown, which retrieval answers. With the cache (emptied each repeat) the
    # earlier question's words are encoded once, and the follow-up's once.
    assert (plain_encoder.queries, cached_encoder.queries) == (4 * 3, 2 * 3)


def test_without_follow_ups_there_is_nothing_to_time(tmp_path: Path):
    plan = Plan(questions=None, warmup=0, repeats=1, cold_repeats=0, build_repeats=0, model_build_repeats=0)
    assert measure_followups([question("谁牵头污水处理")], None, None, plan) == {}


def test_the_markdown_shows_both_backends_builds_servers_memory_and_ratios():
    s = Spread(0.02, 0.01, 0.03, 2)
    torch_full, rate = Spread(0.05, 0.04, 0.06, 2), Spread(50.0, 40.0, 60.0, 2)
    warm = {
        f"{b}/{m}": {
            "p50": torch_full if (b, m) == ("torch", "full") else s,
            "p95": s,
            "throughput": rate,
        }
        for b in ("onnx", "torch")
        for m in ("encode", "retrieve", "full")
    }
    measured = {
        "onnx/cold_start": Spread(2.0, 1.8, 2.2, 2),
        "onnx/bare_process": Spread(1.6, 1.5, 1.7, 2),
        "torch/cold_start": Spread(8.0, 7.5, 9.0, 2),
        "torch/bare_process": Spread(7.0, 6.8, 7.2, 2),
        "onnx/cold_start_rss": Spread(700 * 2**20, 690 * 2**20, 710 * 2**20, 2),
        "torch/cold_start_rss": Spread(1400 * 2**20, 1400 * 2**20, 1400 * 2**20, 2),
    }
    server = {"start_to_first_answer_s": 4.0, "peak_rss_bytes": 800 * 2**20, "efficiency_8_clients": 0.8}
    server["runs"] = {
        "1": {"replies": 20, "errors": 0, "wrong": 0, "inconsistent": 0, "p50_ms": 10.0, "p95_ms": 12.0,
              "throughput_per_s": 90.0},
        "8": {"replies": 160, "errors": 0, "wrong": 0, "inconsistent": 0, "p50_ms": 30.0, "p95_ms": 40.0,
              "throughput_per_s": 240.0},
    }  # fmt: skip
    as_json = {
        "created": "now",
        "plan": QUICK_PLAN.__dict__,
        "questions": 30,
        "machine": {
            "cpu": "cpu",
            "logical_cpus": 2,
            "encoder_threads": 2,
            "platform": "linux",
            "python": "3.11",
            "load_average_before": None,
            "load_average_after": [1.0, 1.0, 1.0],
        },
        "settings": {"embedding_model": "fake"},
        "warm": {m: {k: v.__dict__ for k, v in stats.items()} for m, stats in warm.items()},
        "encoder_batches": {"onnx": {**Spread(300.0, 290.0, 310.0, 2).__dict__}},
        "measured": {k: {**v.__dict__} for k, v in measured.items()},
        "servers": {"onnx": server},
        "memory": {"model_and_index_rss_bytes": {"onnx": 2**29}, "bench_process_peak_rss_bytes": 2**31},
        "ratios": ratios(warm, measured),
    }
    text = render_markdown(as_json)
    assert "| onnx | full answer | 20.0 [10.0–30.0] | 20.0 [10.0–30.0] | 50.0 [40.0–60.0] |" in text
    assert "| torch | full answer | 50.0 [40.0–60.0] |" in text
    assert "| onnx | encoder alone, batches of 8 | | | 300.0 [290.0–310.0] |" in text
    assert "| onnx/cold_start_over_bare_process | 1.25 | ≤ 1.3 |" in text
    assert "| onnx_over_torch/full_p50 | 0.40 | ≤ 0.45 |" in text  # 20 ms / 50 ms
    assert "| onnx_over_torch/cold_start | 0.25 | ≤ 0.35 |" in text  # 2 s / 8 s
    assert "| onnx_over_torch/cold_start_rss | 0.50 | ≤ 0.5 |" in text  # 700 MB / 1400 MB
    assert "| onnx | 4.0 | 800 | 90.0, 10.0/12.0 | 240.0, 30.0/40.0 | 0.80 | 0/0/0 |" in text
    assert "| this benchmark, peak | 2048 |" in text
    assert "Follow-ups" not in text  # none measured

    as_json["followups"] = {"no_cache": {**Spread(0.033, 0.03, 0.04, 2).__dict__}, "cache": {**s.__dict__}}
    text = render_markdown(as_json)
    assert "| off (the earlier question is encoded again) | 33.0 [30.0–40.0] |" in text
    assert "| on (default) | 20.0 [10.0–30.0] |" in text


def test_the_warm_modes_take_turns_for_each_backend(tmp_path: Path):
    encoders = {"onnx": CountingEncoder(), "torch": CountingEncoder()}
    base = Settings(cache_dir=tmp_path, use_cache=False, query_cache_size=0)
    systems = {b: load_system(base, encoder=e, progress=lambda _m: None) for b, e in encoders.items()}
    plan = Plan(questions=None, warmup=0, repeats=2, cold_repeats=0, build_repeats=0, model_build_repeats=0)
    for encoder in encoders.values():
        encoder.queries = 0

    warm, samples = measure_warm([question("污水处理提标改造")], systems, plan)

    assert set(warm) == {f"{b}/{m}" for b in encoders for m in ("encode", "retrieve", "full")}
    assert all(len(values) == 2 for values in samples.values())  # one question, two repeats
    # Per repeat each backend encodes the question alone, for retrieval and for the full answer.
    assert encoders["onnx"].queries == encoders["torch"].queries >= 2 * 2


def test_the_encoder_throughput_is_measured_on_full_batches_of_eight():
    encoder = CountingEncoder()
    questions = [question(f"问题{i}") for i in range(20)]  # two full batches; the last 4 are left out
    plan = Plan(questions=None, warmup=0, repeats=3, cold_repeats=0, build_repeats=0, model_build_repeats=0)
    result = measure_encoder_batches(questions, encoder, plan)
    assert result.n == 3 and result.median > 0
    assert encoder.queries == 8 + 3 * 16  # one warm-up batch, then 2 batches of 8 per repeat


def test_the_report_names_project_paths_relative_to_the_project():
    from pathlib import Path

    from eval.bench import portable_settings

    root = Path(__file__).resolve().parents[2]
    settings = {"notice_path": str(root / "corpus" / "n.txt"), "cache_dir": "/elsewhere/.cache", "k": 3}
    assert portable_settings(settings) == {"notice_path": "corpus/n.txt", "cache_dir": "/elsewhere/.cache", "k": 3}
