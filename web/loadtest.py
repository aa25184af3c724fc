"""A bounded loopback load test of ``POST /api/ask``: 1 client versus N concurrent clients.

    python -m web.loadtest --url http://127.0.0.1:7860 --clients 1 8 --requests 48

Each client asks different questions in turn; every reply is compared with the
reply the server gave the same question when asked alone, and the median and
95th-percentile reply times are printed per client count. Only loopback
addresses are accepted, and every run stops after ``--requests`` replies or
``--deadline`` seconds, whichever comes first.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import statistics
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import httpx

QUESTIONS = (
    "谁牵头污水处理",
    "自然资源局牵头哪些任务",
    "每个县要有几所二甲医院",
    "城里没地方遛弯怎么办",
    "住建局参与哪些任务",
    "15分钟健身圈是哪项任务",
    "千兆宽带的目标是什么",
    "垃圾分类由谁负责",
    "第三部分讲了什么",
    "文号是什么",
    "化隆县牵头哪些任务",
    "老旧小区改造的责任单位有哪些",
    "小区门口的路坑坑洼洼",
    "卫健委负责哪些任务",
    "养老托育谁牵头",
    "个人所得税怎么算",
)


@dataclass(frozen=True)
class RunResult:
    clients: int
    replies: int
    wrong: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")

    @property
    def p95_ms(self) -> float:
        if len(self.latencies_ms) < 2:
            return self.median_ms
        return statistics.quantiles(self.latencies_ms, n=20)[-1]

    def to_json(self) -> dict[str, Any]:
        return {
            "clients": self.clients,
            "replies": self.replies,
            "wrong": self.wrong,
            "errors": self.errors,
            "seconds": round(self.seconds, 2),
            "median_ms": round(self.median_ms, 1),
            "p95_ms": round(self.p95_ms, 1),
            "throughput_per_s": round(self.replies / self.seconds, 2) if self.seconds else None,
        }


def require_loopback(url: str) -> str:
    """Refuse any target that is not this machine.

    Raises:
        ValueError: naming the URL when its host is not a loopback address or ``localhost``.
    """
    host = urlparse(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(f"load tests only target loopback addresses, got {url!r}")
    return url.rstrip("/")


def same_reply(got: dict[str, Any], expected: dict[str, Any], tolerance: float = 1e-4) -> bool:
    """Equal replies, allowing scores to differ in the last digits (batched encoding is not bit-identical)."""

    def scores(reply: dict[str, Any]) -> list[float]:
        return [c.get("score", 0.0) for c in reply.get("citations", [])]

    def without_scores(reply: dict[str, Any]) -> dict[str, Any]:
        citations = [{k: v for k, v in c.items() if k != "score"} for c in reply.get("citations", [])]
        return {**reply, "citations": citations}

    got_scores, expected_scores = scores(got), scores(expected)
    return (
        without_scores(got) == without_scores(expected)
        and len(got_scores) == len(expected_scores)
        and all(abs(a - b) <= tolerance for a, b in zip(got_scores, expected_scores, strict=True))
    )


def ask(http: httpx.Client, url: str, question: str) -> tuple[float, dict[str, Any] | None]:
    started = time.perf_counter()
    try:
        response = http.post(f"{url}/api/ask", json={"question": question})
        body = response.json() if response.status_code == 200 else None
    except httpx.HTTPError:
        body = None
    return (time.perf_counter() - started) * 1000, body


def baseline(url: str, questions: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each question asked alone: the reference replies."""
    with httpx.Client(timeout=60) as http:
        answers = {q: ask(http, url, q)[1] for q in questions}
    missing = [q for q, a in answers.items() if a is None]
    if missing:
        raise RuntimeError(f"the server did not answer {missing!r}")
    return answers  # type: ignore[return-value]


def run(url: str, clients: int, requests: int, deadline_s: float, expected: dict[str, dict[str, Any]]) -> RunResult:
    """``clients`` threads, each with its own connection, sharing ``requests`` replies in total."""
    questions = list(expected)
    per_client = max(1, requests // clients)
    stop_at = time.monotonic() + deadline_s

    def client(index: int) -> list[tuple[float, bool, bool]]:
        results = []
        with httpx.Client(timeout=60) as http:
            for turn in range(per_client):
                if time.monotonic() > stop_at:
                    break
                question = questions[(index * 7 + turn) % len(questions)]  # clients ask different questions
                elapsed, body = ask(http, url, question)
                results.append((elapsed, body is None, body is not None and not same_reply(body, expected[question])))
        return results

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        outcomes = [r for rs in pool.map(client, range(clients)) for r in rs]
    seconds = time.perf_counter() - started
    return RunResult(
        clients=clients,
        replies=len(outcomes),
        wrong=sum(1 for _, _, wrong in outcomes if wrong),
        errors=sum(1 for _, error, _ in outcomes if error),
        seconds=seconds,
        latencies_ms=tuple(elapsed for elapsed, error, _ in outcomes if not error),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m web.loadtest", description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860", help="the running app (loopback only)")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8], help="client counts to compare")
    parser.add_argument("--requests", type=int, default=48, help="replies per run (split among the clients)")
    parser.add_argument("--deadline", type=float, default=120.0, help="seconds after which a run stops")
    parser.add_argument("--warmup", type=int, default=8, help="unmeasured requests first")
    args = parser.parse_args(argv)
    try:
        url = require_loopback(args.url)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    expected = baseline(url, QUESTIONS)
    run(url, 1, args.warmup, args.deadline, expected)
    results = [run(url, n, args.requests, args.deadline, expected) for n in args.clients]
    for result in results:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    if len(results) > 1 and results[0].latencies_ms:
        ratio = results[-1].median_ms / results[0].median_ms
        print(f"median ratio {results[-1].clients} vs {results[0].clients} clients: {ratio:.2f}")
    return 1 if any(r.wrong or r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
