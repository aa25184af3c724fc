"""``kill -9`` of the server during a burst of feedback posts: no acknowledged record is lost and every
stored line but possibly the last is whole. Loopback only; bounded in posts and in time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from qa.feedback import FeedbackStore
from tests.web.conftest import free_port
from tests.web.fake_server import ROOT, spawn

pytestmark = pytest.mark.slow

CLIENTS = 8
MAX_POSTS_PER_CLIENT = 250  # an upper bound: the kill comes long before
KILL_AFTER_ACKS = 120
DEADLINE_S = 60.0


@dataclass
class Burst:
    """What the clients saw."""

    acknowledged: list[str] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)  # non-201 statuses (there should be none)
    failed: int = 0  # posts that got no reply (the server was gone)
    lock: threading.Lock = field(default_factory=threading.Lock)


def post_until_the_server_dies(url: str, client: int, burst: Burst, stop: threading.Event) -> None:
    with httpx.Client(timeout=5) as http:
        for n in range(MAX_POSTS_PER_CLIENT):
            if stop.is_set():
                return
            payload = {
                "rating": "up" if n % 2 else "down",
                "question": f"谁牵头污水处理（客户端{client}第{n}次）",
                "answer": "第16项「提高污水收集处理能力」由市住房建设局、各县人民政府牵头。" * 8,
                "tasks": [16, 15],
                "comment": f"意见{client}-{n} " + "很有用" * 200,  # ~1.2 kB records
            }
            try:
                response = http.post(f"{url}/api/feedback", json=payload)
            except httpx.HTTPError:
                with burst.lock:
                    burst.failed += 1
                return
            with burst.lock:
                if response.status_code == 201:
                    burst.acknowledged.append(response.json()["id"])
                else:
                    burst.refused.append(response.status_code)


def whole_lines(path: Path) -> tuple[int, bool]:
    """(number of lines, whether every line but the last parses as a JSON object)."""
    lines = path.read_bytes().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for line in lines[:-1]:
        try:
            json.loads(line)
        except ValueError:
            return len(lines), False
    return len(lines), True


def test_kill_9_mid_burst_loses_no_acknowledged_feedback(tmp_path: Path) -> None:
    server = spawn(free_port(), tmp_path)
    burst, stop = Burst(), threading.Event()
    threads = [
        threading.Thread(target=post_until_the_server_dies, args=(server.url, i, burst, stop), daemon=True)
        for i in range(CLIENTS)
    ]
    try:
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + DEADLINE_S
        while len(burst.acknowledged) < KILL_AFTER_ACKS and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(server.pid, signal.SIGKILL)  # mid-burst: every client has a post in flight
        server.process.wait(timeout=15)
        for thread in threads:
            thread.join(timeout=15)
    finally:
        stop.set()
        server.stop()

    log = FeedbackStore(tmp_path / "feedback.jsonl").read()
    stored = {record.id for record in log.records}
    acknowledged = set(burst.acknowledged)
    lines, whole = whole_lines(tmp_path / "feedback.jsonl")
    print(
        f"\nkill -9 after {len(acknowledged)} acknowledged: {len(stored)} stored "
        f"({len(stored - acknowledged)} written but not yet acknowledged), {burst.failed} posts cut off, "
        f"{lines} lines, torn lines skipped: {list(log.skipped_lines)}"
    )
    assert len(acknowledged) >= KILL_AFTER_ACKS, "the burst did not get going"
    assert burst.refused == []
    assert acknowledged <= stored, f"acknowledged but lost: {sorted(acknowledged - stored)}"
    assert whole, "a line other than the last is torn"
    assert set(log.skipped_lines) <= {lines}  # at most the last line is torn
    assert burst.failed >= 1  # the kill did land mid-burst

    # The CLI reads the same file; a restarted server appends on a fresh line after any torn one.
    restarted = spawn(free_port(), tmp_path)
    try:
        response = httpx.post(f"{restarted.url}/api/feedback", json={"rating": "up", "question": "重启后"}, timeout=10)
        assert response.status_code == 201
    finally:
        restarted.stop()
    command = [sys.executable, "-m", "qa", "feedback", "--json", "--cache-dir", str(tmp_path)]
    printed = json.loads(subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    assert printed["count"] == len(stored) + 1
    assert acknowledged | {response.json()["id"]} <= {record["id"] for record in printed["records"]}
