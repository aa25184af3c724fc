"""Evaluation reports: one JSON document, its Markdown rendering and a chart by kind."""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval.questions import KINDS
from eval.run import ABSTENTION_METRICS, METRICS, OVERALL, SET_KINDS, Stat, SystemResult, typed_summary

REPORTS_DIR = Path(__file__).resolve().parent / "reports"
MISSING = "–"
COLUMN_LABELS = {
    "hit@1": "Hit@1",
    "hit@3": "Hit@3",
    "hit@5": "Hit@5",
    "mrr@10": "MRR@10",
    "ndcg@10": "nDCG@10",
    "recall@5": "R@5",
    "exact_units": "units exact",
    "set_precision": "set P",
    "set_recall": "set R",
    "set_f1": "set F1",
    "set_exact": "set exact",
    "answer_accuracy": "answer acc",
    "typed_exact": "typed exact",
    "declined": "declined",
    "abstention_precision": "abstain P",
    "abstention_recall": "abstain R",
    "false_refusal_rate": "false refusals",
}
ABLATION_COLUMNS = (
    "hit@1",
    "hit@3",
    "hit@5",
    "mrr@10",
    "ndcg@10",
    "recall@5",
    "exact_units",
    "set_f1",
    "answer_accuracy",
    *ABSTENTION_METRICS,
)
CHART_METRICS = ("hit@1", "mrr@10")
INTERVAL_METRIC = "mrr@10"
PER_QUESTION_DEPTH = 10


@dataclass(frozen=True)
class Target:
    """A bar from the answer-engine issue, checked against one metric of the ``full`` system."""

    label: str
    group: str
    metric: str
    threshold: float
    at_most: bool = False  # the metric must stay at or below the threshold

    def met(self, value: float | None) -> bool | None:
        """Whether ``value`` meets the bar (None when there is no value)."""
        if value is None:
            return None
        return value <= self.threshold if self.at_most else value >= self.threshold


TARGETS = (
    Target("lead and responsible units exactly right", OVERALL, "exact_units", 0.98),
    Target("facts right", "fact", "answer_accuracy", 0.95),
    Target("which tasks does U lead/take part in: exact set", "unit_tasks", "set_exact", 0.90),
    Target("topic right at rank 1", "topic", "hit@1", 0.90),
    Target("colloquial right at rank 1", "colloquial", "hit@1", 0.80),
    Target("colloquial within the top 3", "colloquial", "hit@3", 0.95),
    Target("out-of-scope declined (≥ 5 of 6)", OVERALL, "abstention_recall", 5 / 6),
    Target("in-scope declined", OVERALL, "false_refusal_rate", 0.02, at_most=True),
)


@dataclass(frozen=True)
class Selection:
    """The hybrid variant chosen on the tuning split."""

    name: str
    tuned_on: str
    scores: Mapping[str, float | None]


# ---------------------------------------------------------------- JSON


def build_report(
    *,
    split: str,
    questions_file: str,
    results: Mapping[str, SystemResult],
    selection: Selection | None = None,
    settings: Mapping[str, Any] | None = None,
    machine: Mapping[str, Any] | None = None,
    created: str | None = None,
) -> dict[str, Any]:
    """Assemble the report as plain JSON values."""
    any_result = next(iter(results.values()), None)
    questions = [r.question for r in any_result.results] if any_result else []
    kinds: dict[str, int] = {}
    for question in questions:
        kinds[question.kind] = kinds.get(question.kind, 0) + 1
    return {
        "split": split,
        "questions_file": questions_file,
        "n_questions": len(questions),
        "kinds": {kind: kinds[kind] for kind in KINDS if kind in kinds},
        "created": created or datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": dict(settings or {}),
        "machine": dict(machine or machine_info()),
        "selection": (
            {"name": selection.name, "tuned_on": selection.tuned_on, "scores": dict(selection.scores)}
            if selection
            else None
        ),
        "systems": [_system_json(r, selection) for r in results.values()],
        "per_question": {name: [_question_json(q) for q in r.results] for name, r in results.items()},
    }


def _system_json(result: SystemResult, selection: Selection | None) -> dict[str, Any]:
    summary = {
        group: {metric: _stat_json(stat) for metric, stat in stats.items()} for group, stats in result.summary.items()
    }
    if result.abstention is not None:
        a = result.abstention
        summary[OVERALL].update(
            {
                "abstention_precision": {"mean": a.precision, "n": a.true_positives + a.false_positives},
                "abstention_recall": {"mean": a.recall, "n": a.true_positives + a.false_negatives},
                "false_refusal_rate": {"mean": a.false_refusal_rate, "n": a.false_positives + a.true_negatives},
            }
        )
    return {
        "name": result.name,
        "configured": result.configured,
        "chosen": selection is not None and selection.name == result.name,
        "seconds": round(result.seconds, 3),
        "notes": dict(result.notes),
        "summary": summary,
        "typed": {name: _stat_json(stat) for name, stat in typed_summary(result).items()},
        "abstention": (
            {
                "true_positives": result.abstention.true_positives,
                "false_positives": result.abstention.false_positives,
                "false_negatives": result.abstention.false_negatives,
                "true_negatives": result.abstention.true_negatives,
            }
            if result.abstention
            else None
        ),
    }


def _stat_json(stat: Stat) -> dict[str, Any]:
    data: dict[str, Any] = {"mean": stat.mean, "n": stat.n}
    if stat.interval is not None:
        data["interval95"] = list(stat.interval)
    return data


def _question_json(result: Any) -> dict[str, Any]:
    q, o = result.question, result.outcome
    data: dict[str, Any] = {
        "id": q.id,
        "kind": q.kind,
        "asks": q.asks,
        "question": q.question,
        "history": list(q.history),
        "gold_tasks": list(q.gold_tasks),
        "expected_answer": q.expected_answer,
        "in_scope": q.in_scope,
        "ranking": list(o.ranking[:PER_QUESTION_DEPTH]),
        "scores": dict(result.scores),
    }
    if o.intent is not None:
        data["intent"] = o.intent
    if o.declined is not None:
        data["declined"] = o.declined
    if q.answer_type is not None:
        data.update(answer_type=q.answer_type, gold_count=q.gold_count, gold_units=list(q.gold_units), role=q.role)
        data.update(count=o.count, answer=o.answer)
    return data


def machine_info() -> dict[str, Any]:
    """The machine the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, Any] = {
        "cpu": cpu,
        "logical_cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    return info


# ---------------------------------------------------------------- Markdown


def fmt(value: float | None, digits: int = 3) -> str:
    """A metric value for a table (a dash when there is none)."""
    return MISSING if value is None else f"{value:.{digits}f}"


def _mean(system: Mapping[str, Any], metric: str, group: str = OVERALL) -> float | None:
    return system["summary"].get(group, {}).get(metric, {}).get("mean")


def _n(system: Mapping[str, Any], metric: str, group: str = OVERALL) -> int:
    return system["summary"].get(group, {}).get(metric, {}).get("n", 0)


def _label(system: Mapping[str, Any]) -> str:
    marks = [m for m, on in (("dev-chosen ★", system["chosen"]), ("configured", system["configured"])) if on]
    return f"{system['name']} ({', '.join(marks)})" if marks else system["name"]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def ablation_table(report: Mapping[str, Any]) -> list[str]:
    """Markdown lines: one row per system, overall metrics, and the 95% interval of MRR@10."""
    columns = [c for c in ABLATION_COLUMNS if any(_n(s, c) for s in report["systems"])]
    rows = []
    for system in report["systems"]:
        cells = [fmt(_mean(system, c)) for c in columns]
        interval = system["summary"].get(OVERALL, {}).get(INTERVAL_METRIC, {}).get("interval95")
        position = columns.index(INTERVAL_METRIC) + 1 if INTERVAL_METRIC in columns else len(cells)
        cells.insert(position, f"{interval[0]:.3f}–{interval[1]:.3f}" if interval else MISSING)
        rows.append([_label(system), *cells])
    header = [COLUMN_LABELS[c] for c in columns]
    position = columns.index(INTERVAL_METRIC) + 1 if INTERVAL_METRIC in columns else len(header)
    header.insert(position, "MRR@10 95% CI")
    return _table(["system", *header], rows)


def kind_table(system: Mapping[str, Any], sizes: Mapping[str, int]) -> list[str]:
    """Markdown lines: one row per kind and one overall, for one system.

    Args:
        system: one entry of the report's ``systems``.
        sizes: questions per group (kinds and "overall"), for the n column.
    """
    groups = [g for g in system["summary"] if g != OVERALL] + [OVERALL]
    columns = [c for c in METRICS if any(_n(system, c, g) for g in groups)]
    rows = [[group, str(sizes.get(group, 0)), *(_cell(system, c, group) for c in columns)] for group in groups]
    return _table(["kind", "n", *(COLUMN_LABELS[c] for c in columns)], rows)


def _cell(system: Mapping[str, Any], metric: str, group: str) -> str:
    return fmt(_mean(system, metric, group)) if _n(system, metric, group) else MISSING


def featured(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The systems shown by kind: bm25, dense, the chosen and configured hybrids, full."""
    chosen = [s for s in report["systems"] if s["chosen"] or s["configured"]]
    if not chosen:
        chosen = [s for s in report["systems"] if s["name"].startswith("hybrid-")][:1]
    names = {"bm25", "dense", "full"} | {s["name"] for s in chosen}
    return [s for s in report["systems"] if s["name"] in names]


def target_rows(system: Mapping[str, Any]) -> list[list[str]]:
    """Rows of the issue's bars for the ``full`` system: bar, group, value, verdict."""
    rows = []
    for target in TARGETS:
        value = _mean(system, target.metric, target.group) if _n(system, target.metric, target.group) else None
        verdict = {True: "met", False: "**missed**", None: MISSING}[target.met(value)]
        bound = f"≤ {target.threshold:.3f}" if target.at_most else f"≥ {target.threshold:.3f}"
        rows.append([target.label, f"{target.group} {COLUMN_LABELS[target.metric]}", bound, fmt(value), verdict])
    return rows


TYPED_LABELS = {
    "typed_exact": "every typed question exactly right",
    "structural_exact": "structural (count, list, lookup, set_op, superlative, filter) exact",
    "smalltalk": "small talk: smalltalk intent, no citations",
    "near_miss_declined": "near-miss off-topic declined",
    "multiturn_resolved": "multi-turn references resolved",
}


def typed_rows(system: Mapping[str, Any]) -> list[list[str]]:
    """Rows of the typed bars: measure, n, value; then in-scope questions wrongly declined per kind."""
    rows = []
    for name, stat in system.get("typed", {}).items():
        if name.startswith("wrongly_declined:"):
            label = f"in scope, wrongly declined: {name.split(':', 1)[1]}"
        else:
            label = TYPED_LABELS.get(name, name)
        rows.append([label, str(stat["n"]), fmt(stat["mean"])])
    return rows


def failures(report: Mapping[str, Any], name: str, limit: int = 80) -> list[dict[str, Any]]:
    """Questions ``name`` got wrong: a miss at rank 1, wrong units, set, answer, or a wrong decline.

    For retrieval-only systems, questions about a unit's or a section's tasks
    are left out: the assistant answers those from the records, not the ranking.
    """
    retrieval_only = name != "full"
    rows = []
    for q in report["per_question"].get(name, []):
        if retrieval_only and q["asks"] in SET_KINDS:
            continue
        s = q["scores"]
        reasons = [
            label
            for label, bad in (
                ("rank 1", s.get("hit@1") == 0.0),
                ("units", s.get("exact_units") == 0.0),
                ("set", s.get("set_exact") == 0.0),
                ("answer", s.get("answer_accuracy") == 0.0),
                ("typed", s.get("typed_exact") == 0.0),
                ("declined in scope", s.get("declined") == 1.0 and q.get("in_scope", q["kind"] != "out_of_scope")),
                (
                    "answered out of scope",
                    s.get("declined") == 0.0 and not q.get("in_scope", q["kind"] != "out_of_scope"),
                ),
            )
            if bad
        ]
        if reasons:
            rows.append({**q, "reasons": reasons})
    return rows[:limit]


def render_markdown(report: Mapping[str, Any], chart: str | None = None) -> str:
    """The report as Markdown: ablation table, per-kind tables, targets, failures."""
    settings = report.get("settings", {})
    machine = report.get("machine", {})
    lines = [
        f"# Evaluation on `{report['split']}` ({report['n_questions']} questions)",
        "",
        f"- questions: `{report['questions_file']}`; kinds: "
        + ", ".join(f"{k} {n}" for k, n in report["kinds"].items()),
        f"- created {report['created']} on {machine.get('cpu', '?')} "
        f"({machine.get('logical_cpus', '?')} logical CPUs), Python {machine.get('python', '?')}",
    ]
    if settings:
        lines.append(
            f"- embedding model `{settings.get('embedding_model')}`; configured fusion "
            f"{settings.get('fusion')} (bm25 {settings.get('bm25_weight')}, dense {settings.get('dense_weight')}, "
            f"rrf k {settings.get('rrf_k')}); max citations {settings.get('max_citations')}"
        )
    selection = report.get("selection")
    if selection:
        scores = ", ".join(f"{k} {fmt(v)}" for k, v in selection["scores"].items())
        lines.append(
            f"- ★ hybrid variant chosen on `{selection['tuned_on']}` by MRR@10: `{selection['name']}` ({scores})"
        )
    lines += [
        "",
        "Ranking metrics cover questions with gold tasks (not meta or out_of_scope). Retrieval-only rows take",
        "the units of their top task and the top |gold| tasks as their set; answers and declines are `full`'s.",
        "The MRR@10 interval is a 95% percentile bootstrap over questions (2000 resamples, seed 0): variants",
        "whose intervals overlap this much are not distinguishable on this many questions.",
        "",
        "## Ablation (overall)",
        "",
        *ablation_table(report),
    ]
    sizes = {**report["kinds"], OVERALL: report["n_questions"]}
    for system in featured(report):
        lines += ["", f"## {_label(system)} by kind", "", *kind_table(system, sizes)]
    full = next((s for s in report["systems"] if s["name"] == "full"), None)
    if full:
        header = ["bar (issue 2)", "metric", "target", "value", "verdict"]
        lines += ["", "## Targets for the full assistant", "", *_table(header, target_rows(full))]
    if full and full.get("typed"):
        lines += ["", "## Typed questions (issue 9 bars)", "", *_table(["measure", "n", "value"], typed_rows(full))]
    if chart:
        lines += ["", f"![Hit@1 and MRR@10 by kind]({chart})"]
    for system in featured(report):
        if system["name"] in ("bm25", "dense"):
            continue
        rows = failures(report, system["name"])
        if not rows:
            continue
        scope = "" if system["name"] == "full" else ", unit and section questions left out"
        lines += ["", f"## Failures of {system['name']} ({len(rows)} shown{scope})", ""]
        table_rows = [
            [
                r["id"],
                r["kind"],
                _escape(" → ".join([*r["history"], r["question"]])),
                _gold(r),
                ",".join(map(str, r["ranking"][:3])) or MISSING,
                r.get("intent", MISSING),
                "; ".join(r["reasons"]),
            ]
            for r in rows
        ]
        lines += _table(["id", "kind", "question", "gold", "got (top 3)", "intent", "wrong"], table_rows)
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _gold(row: Mapping[str, Any]) -> str:
    tasks = ",".join(map(str, row["gold_tasks"])) or MISSING
    return f"{tasks} «{_escape(row['expected_answer'])}»" if row.get("expected_answer") else tasks


# ---------------------------------------------------------------- chart


def plot_by_kind(report: Mapping[str, Any], path: Path) -> Path:
    """Save a grouped bar chart of Hit@1 and MRR@10 per kind for the featured systems."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = featured(report)
    kinds = [k for k in report["kinds"] if any(_n(s, "hit@1", k) for s in systems)] + [OVERALL]
    fig, axes = plt.subplots(len(CHART_METRICS), 1, figsize=(max(8.0, 1.3 * len(kinds)), 7), sharex=True)
    width = 0.8 / max(1, len(systems))
    for ax, metric in zip(axes, CHART_METRICS, strict=True):
        for i, system in enumerate(systems):
            values = [_mean(system, metric, k) or 0.0 for k in kinds]
            positions = [x + (i - (len(systems) - 1) / 2) * width for x in range(len(kinds))]
            ax.bar(positions, values, width, label=_label(system))
        ax.set_ylabel(COLUMN_LABELS[metric])
        ax.set_ylim(0, 1.05)
        ax.grid(axis="y", alpha=0.3)
    axes[-1].set_xticks(range(len(kinds)), kinds, rotation=20)
    axes[0].set_title(f"Retrievers by kind on {report['split']} ({report['n_questions']} questions)")
    handles, labels = axes[0].get_legend_handles_labels()
    # Below the plots, where it cannot hide a bar.
    fig.legend(handles, labels, loc="lower center", ncols=min(3, len(labels)), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def write_reports(report: Mapping[str, Any], out_dir: Path, stem: str, *, chart: bool = True) -> list[Path]:
    """Write ``<stem>.json``, ``<stem>.md`` and (optionally) ``<stem>.png`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    png = plot_by_kind(report, out_dir / f"{stem}.png") if chart else None
    if png:
        paths.append(png)
    json_path = out_dir / f"{stem}.json"
    # Compact: the per-question rows of every variant make an indented file several MB.
    json_path.write_text(json.dumps(report, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    md_path = out_dir / f"{stem}.md"
    md_path.write_text(render_markdown(report, chart=png.name if png else None), encoding="utf-8")
    return [json_path, md_path, *paths]
