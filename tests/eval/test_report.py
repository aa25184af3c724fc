"""Reports: the JSON document, its Markdown tables and the chart."""

from __future__ import annotations

import json

import pytest

from eval.report import TARGETS, Selection, Target, build_report, failures, fmt, render_markdown, write_reports
from eval.run import FusionVariant, evaluate


@pytest.fixture(scope="module")
def report(fake_system, handful):
    results = evaluate(handful, ["all"], fake_system, progress=False)
    selection = Selection("hybrid-weighted-1:2", "dev", {"mrr@10": 0.5})
    return build_report(
        split="handful",
        questions_file="eval/questions/dev.jsonl",
        results=results,
        selection=selection,
        settings=fake_system.settings,
    )


class TestBuildReport:
    def test_counts_the_questions_by_kind(self, report, handful):
        assert report["n_questions"] == len(handful)
        assert sum(report["kinds"].values()) == len(handful)

    def test_marks_the_chosen_and_the_configured_variant(self, report, fake_system):
        chosen = [s["name"] for s in report["systems"] if s["chosen"]]
        configured = [s["name"] for s in report["systems"] if s["configured"]]
        assert chosen == ["hybrid-weighted-1:2"]
        assert configured == [FusionVariant.of(fake_system.retriever).name]

    def test_the_full_system_reports_abstention_overall(self, report):
        full = next(s for s in report["systems"] if s["name"] == "full")
        assert full["summary"]["overall"]["abstention_recall"]["n"] == 2
        assert full["abstention"]["true_positives"] + full["abstention"]["false_negatives"] == 2

    def test_is_plain_json(self, report):
        assert json.loads(json.dumps(report)) == report

    def test_keeps_every_question_of_every_system(self, report, handful):
        assert all(len(rows) == len(handful) for rows in report["per_question"].values())


class TestMarkdown:
    def test_has_the_ablation_table_with_every_system(self, report):
        text = render_markdown(report)
        assert "## Ablation (overall)" in text
        for system in report["systems"]:
            assert f"| {system['name']}" in text
        assert "hybrid-weighted-1:2 (dev-chosen ★)" in text
        assert "| MRR@10 95% CI |" in text

    def test_only_the_overall_group_carries_intervals(self, report):
        summary = report["systems"][0]["summary"]
        low, high = summary["overall"]["mrr@10"]["interval95"]
        assert low <= summary["overall"]["mrr@10"]["mean"] <= high
        assert all("interval95" not in stats.get("mrr@10", {}) for g, stats in summary.items() if g != "overall")

    def test_has_per_kind_tables_and_the_targets(self, report):
        text = render_markdown(report)
        assert "## full by kind" in text
        assert "## Targets for the full assistant" in text

    def test_failures_of_retrievers_leave_out_unit_and_section_questions(self, report):
        rows = failures(report, "bm25")
        assert all(r["asks"] not in ("unit_tasks", "section") for r in rows)

    def test_a_missing_value_is_a_dash(self):
        assert fmt(None) == "–" and fmt(0.12345) == "0.123"


class TestTargets:
    def test_a_floor_is_met_at_the_threshold(self):
        assert Target("x", "overall", "hit@1", 0.9).met(0.9)
        assert not Target("x", "overall", "hit@1", 0.9).met(0.89)

    def test_a_ceiling_is_met_below_the_threshold(self):
        assert Target("x", "overall", "false_refusal_rate", 0.02, at_most=True).met(0.0)
        assert not Target("x", "overall", "false_refusal_rate", 0.02, at_most=True).met(0.03)

    def test_no_value_is_no_verdict(self):
        assert TARGETS[0].met(None) is None


def test_write_reports_writes_json_markdown_and_a_png_chart(report, tmp_path):
    paths = write_reports(report, tmp_path, "handful")
    assert sorted(p.name for p in paths) == ["handful.json", "handful.md", "handful.png"]
    assert (tmp_path / "handful.png").read_bytes().startswith(b"\x89PNG")
    assert "![Hit@1 and MRR@10 by kind](handful.png)" in (tmp_path / "handful.md").read_text(encoding="utf-8")
