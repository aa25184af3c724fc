"""Feedback is stored durably: acknowledged records survive, torn ones vanish whole."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from qa.cli import EXIT_OK, main
from qa.feedback import FeedbackStore, Rating, make_record

ROOT = Path(__file__).resolve().parents[2]


def test_a_record_round_trips_through_the_file(tmp_path):
    store = FeedbackStore(tmp_path / "fb.jsonl")
    record = store.append(make_record("👍", "谁牵头污水处理", "第16项…", [16, 15], comment="准确"))
    log = store.read()
    assert log.records == (record,) and log.skipped_lines == ()
    assert (record.rating, record.tasks) == ("up", (16, 15))


@pytest.mark.parametrize("bad", ["meh", "", "UP"])
def test_an_unknown_rating_is_rejected_listing_the_choices(bad):
    with pytest.raises(ValueError, match="rating must be one of up, down"):
        Rating.parse(bad)


def test_over_long_comments_and_bad_task_numbers_are_rejected():
    with pytest.raises(ValueError, match="comment must be at most 2000"):
        make_record("up", "q", "a", comment="x" * 2001)
    with pytest.raises(ValueError, match="tasks must be task numbers"):
        make_record("up", "q", "a", tasks=["16"])  # type: ignore[list-item]


def test_a_torn_last_line_is_skipped_and_the_next_record_starts_on_a_fresh_line(tmp_path):
    path = tmp_path / "fb.jsonl"
    store = FeedbackStore(path)
    first = store.append(make_record("up", "q1", "a1"))
    with open(path, "ab") as handle:
        handle.write(b'{"id": "torn", "rating": "do')
    second = store.append(make_record("down", "q2", "a2"))
    log = store.read()
    assert [r.id for r in log.records] == [first.id, second.id]
    assert log.skipped_lines == (2,)


def test_concurrent_appends_from_threads_each_land_whole(tmp_path):
    store = FeedbackStore(tmp_path / "fb.jsonl")
    threads = [
        threading.Thread(
            target=lambda i=i: [store.append(make_record("up", f"q{i}-{j}", "a" * 500)) for j in range(25)]
        )
        for i in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log = store.read()
    assert len(log.records) == 200 and log.skipped_lines == ()


WRITER = """
import sys
from pathlib import Path
from qa.feedback import FeedbackStore, make_record
store = FeedbackStore(Path(sys.argv[1]))
for i in range(100000):
    record = store.append(make_record("up", f"问题{i}", "回答" * 200, [i % 34 + 1]))
    print(record.id, flush=True)
"""


def test_every_acknowledged_record_survives_kill_9_mid_burst(tmp_path):
    path = tmp_path / "fb.jsonl"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    acknowledged: list[str] = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 200 and time.monotonic() < deadline:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line:
            break
        acknowledged.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    log = FeedbackStore(path).read()
    stored = {r.id for r in log.records}
    assert len(acknowledged) >= 200
    assert set(acknowledged) <= stored
    # Only the very last line can be torn by the kill.
    total_lines = sum(1 for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip())
    assert log.skipped_lines in ((), (total_lines,))


def test_the_cli_prints_the_stored_feedback_as_json(tmp_path):
    FeedbackStore(tmp_path / "feedback.jsonl").append(make_record("down", "q", "a", [3], "不对"))
    out = io.StringIO()
    code = main(["feedback", "--json", "--cache-dir", str(tmp_path)], stdout=out, stderr=io.StringIO())
    data = json.loads(out.getvalue())
    assert code == EXIT_OK and data["count"] == 1
    assert data["records"][0]["comment"] == "不对" and data["records"][0]["tasks"] == [3]
