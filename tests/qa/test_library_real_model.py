"""The library of notices end-to-end through the CLI with the real built-in model (slow; still offline).

Expected tasks are read off the fixture files by hand: guangzhou （五） 牵头单位:市金融办 and 市经贸委 leading
（一）/（六）; jiaxing row 11 "*市生态环境局、市生态创建办"; 26号 task 30 led by 市自然资源和规划局.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "corpus" / "fixtures" / "notices"
pytestmark = [pytest.mark.real_model, pytest.mark.slow]


def test_the_library_answers_who_leads_and_unit_tasks_over_two_other_notices_and_26(tmp_path: Path) -> None:
    folder = tmp_path / "notices"
    folder.mkdir()
    for name in ("guangzhou_2006_gzbg.txt", "jiaxing_2022_zfgzbg_table.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    questions = [
        {"id": "gz-lead", "question": "谁牵头珠江新城金融商贸区建设"},
        {"id": "gz-unit", "question": "经贸委牵头哪些任务"},
        {"id": "jx-lead", "question": "谁牵头清新空气示范区"},
        {"id": "hd-unit", "question": "自然资源局牵头哪些任务"},
    ]
    batch = tmp_path / "questions.jsonl"
    batch.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "qa", "ask", "--json", "--notices", str(folder), "--batch", str(batch)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}

    def cited(key: str) -> list[tuple[str, int]]:
        return [(c["notice"]["id"], c["task"]) for c in rows[key]["citations"]]

    assert cited("gz-lead")[0] == ("guangzhou_2006_gzbg", 5) and "市金融办" in rows["gz-lead"]["answer"]
    assert cited("gz-unit") == [("guangzhou_2006_gzbg", 1), ("guangzhou_2006_gzbg", 6)]
    assert cited("jx-lead")[0] == ("jiaxing_2022_zfgzbg_table", 11) and "市生态环境局" in rows["jx-lead"]["answer"]
    assert cited("hd-unit") == [("notice_haidong_2023_26", 30)]
