"""End-to-end through the CLI with the real built-in model (slow: loads the model; still offline)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.real_model, pytest.mark.slow]


def ask_batch(lines: list[dict]) -> list[dict]:
    payload = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    batch = ROOT / ".cache" / "test_batch.jsonl"
    batch.parent.mkdir(parents=True, exist_ok=True)
    batch.write_text(payload, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "qa", "ask", "--json", "--batch", str(batch)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_cli_answers_the_example_questions_with_the_real_model():
    rows = ask_batch(
        [
            {"id": 1, "question": "谁牵头污水处理"},
            {"id": 2, "question": "每个县要有几所二甲医院"},
            {"id": 3, "question": "城里没地方遛弯怎么办"},
            {"id": 4, "question": "那配合单位有哪些", "history": ["谁牵头污水处理"]},
            {"id": 5, "question": "从西宁去北京的高铁最早几点开"},
            {"id": 6, "question": "个税应该怎么计算"},
        ]
    )
    by_id = {r["id"]: r for r in rows}
    assert by_id[1]["citations"][0]["task"] == 16 and "市住房建设局" in by_id[1]["answer"]
    assert "1所二甲医院" in by_id[2]["answer"] and by_id[2]["citations"][0]["task"] == 18
    assert by_id[3]["citations"][0]["task"] in (24, 13)
    assert by_id[4]["intent"] == "responsible" and by_id[4]["citations"][0]["task"] == 16
    assert not by_id[5]["in_scope"] and not by_id[6]["in_scope"]


def test_info_reports_the_local_model_folder():
    result = subprocess.run(
        [sys.executable, "-m", "qa", "info", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=True,
    )
    model = json.loads(result.stdout)["embedding_model"]
    assert model["query_prompt"] == "query: " and Path(model["path"], "modules.json").is_file()


# pypinyin too: only a misspelt unit name needs its dictionaries (~0.4 s to import).
HEAVY = (
    "torch", "transformers", "sentence_transformers", "sklearn", "scipy", "pandas", "onnx", "onnxscript", "pypinyin",
)  # fmt: skip


def test_a_fresh_ask_on_onnx_imports_neither_torch_nor_transformers():
    code = (
        "import io, json, sys\n"
        "from qa.cli import main\n"
        "out = io.StringIO()\n"
        "status = main(['ask', '--json', '谁牵头污水处理'], stdout=out)\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(json.dumps({'status': status, 'heavy': heavy, 'answer': json.loads(out.getvalue())}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False,
        env={**os.environ, "QA_ENCODER": "onnx"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["status"] == 0 and report["answer"]["citations"][0]["task"] == 16
    assert report["heavy"] == []
    assert "on ONNX Runtime" in result.stderr
