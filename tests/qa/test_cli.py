"""The command line keeps its contract: JSON shapes, batch order, exit codes."""

from __future__ import annotations

import io
import json

import pytest

import qa.factory
from corpus import load_notice
from qa.cli import EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from tests.fakes import FakeEncoder


@pytest.fixture(autouse=True)
def fake_model(monkeypatch):
    """No real model in CLI unit tests: the factory loads the fake encoder instead."""
    monkeypatch.setattr(qa.factory, "load_encoder", lambda settings, progress=print: FakeEncoder())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_tasks_json_reproduces_every_task_and_the_metadata():
    code, out, _ = run("tasks", "--json")
    data = json.loads(out)
    notice = load_notice()
    assert code == EXIT_OK
    assert data["notice"]["doc_number"] == "东政办〔2023〕26号"
    assert [t["task"] for t in data["tasks"]] == list(range(1, 35))
    for row, task in zip(data["tasks"], notice.tasks, strict=True):
        assert (row["title"], row["section"], row["text"]) == (task.title, task.section, task.text)
        assert (row["lead_units"], row["responsible_units"]) == (list(task.lead_units), list(task.responsible_units))


def test_tasks_json_parses_another_notice_file(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("一、总则\n1. 第一项。内容。\n牵头单位:甲局\n责任单位:乙局、丙局\n", encoding="utf-8")
    code, out, _ = run("tasks", "--json", "--notice", str(other))
    assert code == EXIT_OK
    assert json.loads(out)["tasks"][0]["responsible_units"] == ["乙局", "丙局"]


def test_a_malformed_notice_exits_3_with_a_json_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("没有任务\n", encoding="utf-8")
    code, out, _ = run("tasks", "--json", "--notice", str(bad))
    # The error is for the person who loaded the notice: in Chinese, saying what was found.
    error = json.loads(out)["error"]
    assert code == EXIT_INPUT and "无法解析通知" in error and "没有找到任何任务" in error


def test_ask_json_prints_one_answer_object(tmp_path):
    code, out, _ = run("ask", "--json", "--cache-dir", str(tmp_path), "自然资源局牵头哪些任务")
    data = json.loads(out)
    assert code == EXIT_OK
    assert data["intent"] == "unit_tasks" and [c["task"] for c in data["citations"]] == [30]


def test_batch_answers_every_line_in_order_and_reports_malformed_lines(tmp_path):
    batch = tmp_path / "q.jsonl"
    lines = [
        json.dumps({"id": "a", "question": "自然资源局牵头哪些任务"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "question": "那民政局呢", "history": ["住建局牵头的任务都有哪些"]}, ensure_ascii=False),
        json.dumps({"id": "d", "history": []}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run("ask", "--json", "--cache-dir", str(tmp_path), "--batch", str(batch))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_PARTIAL
    assert [r.get("id") for r in rows] == ["a", None, "c", "d"]
    assert rows[1]["line"] == 2 and "JSON" in rows[1]["error"]
    assert [c["task"] for c in rows[2]["citations"]] == [20, 22]
    assert rows[3]["line"] == 4 and "question" in rows[3]["error"]


def test_usage_errors_exit_2_and_still_print_json():
    code, out, _ = run("ask", "--json")
    assert code == EXIT_USAGE and json.loads(out)["exit_code"] == EXIT_USAGE
    code, out, _ = run("ask", "--json", "--fusion", "magic", "问题")
    assert code == EXIT_USAGE and "magic" in json.loads(out)["error"]


def test_a_missing_batch_file_exits_3(tmp_path):
    code, out, _ = run("ask", "--json", "--batch", str(tmp_path / "missing.jsonl"))
    assert code == EXIT_INPUT and "missing.jsonl" in json.loads(out)["error"]


def test_the_encoder_flag_chooses_the_backend():
    from qa.cli import build_parser, settings_from_args
    from qa.settings import Settings

    args = build_parser().parse_args(["ask", "--encoder", "torch", "q"])
    assert settings_from_args(args, Settings()).encoder.value == "torch"
    assert settings_from_args(build_parser().parse_args(["ask", "q"]), Settings()).encoder.value == "onnx"
    code, out, _ = run("ask", "--json", "--encoder", "gpu", "q")
    assert code == EXIT_USAGE and "gpu" in json.loads(out)["error"]


def _notices(tmp_path):
    import shutil
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "notices"
    folder = tmp_path / "notices"
    folder.mkdir()
    for name in ("guangzhou_2006_gzbg.txt", "jiaxing_2022_zfgzbg_table.txt"):
        shutil.copy(fixtures / name, folder / name)
    return folder


def test_ask_over_a_library_cites_the_notice_of_each_task(tmp_path):
    folder = _notices(tmp_path)
    code, out, _ = run("ask", "--json", "--cache-dir", str(tmp_path), "--notices", str(folder), "经贸委牵头哪些任务")
    data = json.loads(out)
    assert code == EXIT_OK
    # guangzhou （一） and （六） name 市经贸委 as 牵头单位.
    assert [(c["notice"]["doc_number"], c["task"]) for c in data["citations"]] == [
        ("穗府办〔2006〕19号", 1),
        ("穗府办〔2006〕19号", 6),
    ]


def test_ask_with_a_notice_id_answers_from_that_notice_only(tmp_path):
    folder = _notices(tmp_path)
    argv = ["ask", "--json", "--cache-dir", str(tmp_path), "--notices", str(folder)]
    code, out, _ = run(*argv, "--notice-id", "jiaxing_2022_zfgzbg_table", "谁牵头清新空气示范区")
    data = json.loads(out)
    assert code == EXIT_OK
    assert {c["notice"]["id"] for c in data["citations"]} == {"jiaxing_2022_zfgzbg_table"}
    assert data["citations"][0]["task"] == 11


def test_an_unknown_notice_id_exits_2_listing_the_valid_ones(tmp_path):
    folder = _notices(tmp_path)
    for command in (["ask", "谁牵头污水处理"], ["tasks"]):
        code, out, _ = run(*command, "--json", "--notices", str(folder), "--notice-id", "nanjing")
        error = json.loads(out)["error"]
        assert code == EXIT_USAGE
        assert "nanjing" in error and "guangzhou_2006_gzbg" in error and "notice_haidong_2023_26" in error


def test_tasks_json_prints_the_picked_notice_of_a_library(tmp_path):
    folder = _notices(tmp_path)
    code, out, _ = run("tasks", "--json", "--notices", str(folder), "--notice-id", "guangzhou_2006_gzbg")
    assert code == EXIT_OK
    assert json.loads(out)["notice"]["doc_number"] == "穗府办〔2006〕19号"
