"""The command line, with the assistant's encoder replaced by the fake one."""

from __future__ import annotations

import json

import pytest

import eval.__main__ as cli
from eval.run import FusionVariant
from eval.trec import read_qrels, read_run


@pytest.fixture
def questions_file(tmp_path, handful):
    path = tmp_path / "handful.jsonl"
    rows = [
        {
            "id": q.id,
            "kind": q.kind,
            "question": q.question,
            "history": list(q.history),
            "gold_tasks": list(q.gold_tasks),
            "gold_lead_units": list(q.gold_lead_units),
            "gold_responsible_units": list(q.gold_responsible_units),
            "gold_unit": q.gold_unit,
            "role": q.role,
            "gold_section": q.gold_section,
            "expected_answer": q.expected_answer,
            "in_scope": q.in_scope,
        }
        for q in handful
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def fake_model(monkeypatch, fake_system):
    monkeypatch.setattr(cli, "load_system", lambda: fake_system)


def test_run_all_writes_the_reports_and_marks_the_variant_chosen_on_dev(questions_file, tmp_path, capsys):
    out = tmp_path / "reports"
    assert cli.main(["run", "--questions", str(questions_file), "--retriever", "all", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["handful.json", "handful.md", "handful.png"]
    report = json.loads((out / "handful.json").read_text(encoding="utf-8"))
    assert report["selection"]["tuned_on"] == "dev"
    assert sum(s["chosen"] for s in report["systems"]) == 1
    assert "## Ablation (overall)" in capsys.readouterr().out


def test_run_one_retriever_names_the_files_after_it(questions_file, tmp_path):
    out = tmp_path / "reports"
    args = ["run", "--questions", str(questions_file), "--retriever", "bm25", "--out", str(out), "--no-chart"]
    assert cli.main(args) == 0
    assert sorted(p.name for p in out.iterdir()) == ["handful-bm25.json", "handful-bm25.md"]
    report = json.loads((out / "handful-bm25.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in report["systems"]] == ["bm25"] and report["selection"] is None


def test_export_writes_a_run_and_qrels_for_the_configured_fusion(questions_file, tmp_path, fake_system, handful):
    out = tmp_path / "trec"
    assert cli.main(["export", "--questions", str(questions_file), "--out", str(out)]) == 0
    run, qrels = read_run(out / "handful.run"), read_qrels(out / "handful.qrels")
    assert set(qrels) == {q.id for q in handful if q.ranked}
    assert set(run) <= set(qrels)
    tag = (out / "handful.run").read_text(encoding="utf-8").split()[5]
    assert tag == FusionVariant.of(fake_system.retriever).name


def test_export_of_an_unknown_variant_names_the_choices(questions_file, tmp_path, capsys):
    args = ["export", "--questions", str(questions_file), "--retriever", "hybrid-rrf-k7-1:1", "--out", str(tmp_path)]
    assert cli.main(args) == 2
    assert "unknown retriever 'hybrid-rrf-k7-1:1'" in capsys.readouterr().err


def test_a_missing_questions_file_is_an_error_not_a_traceback(tmp_path, capsys):
    assert cli.main(["run", "--questions", str(tmp_path / "none.jsonl"), "--out", str(tmp_path)]) == 2
    assert "none.jsonl" in capsys.readouterr().err
