"""Command line: ``python -m eval run | bench | export``.

- ``run [--split dev|test] [--retriever bm25|dense|hybrid|full|all] [--questions FILE] [--out DIR]``
  scores the systems and writes ``<split>[-<retriever>].{json,md,png}``; with
  hybrid variants, the variant is chosen on dev by MRR@10 and marked.
- ``bench [--quick] [--out DIR]`` measures latency, cold start, builds and memory.
- ``export [--split test] [--retriever NAME] [--out DIR]`` writes ``<split>.run`` and ``<split>.qrels``.
- ``notices [--dir DIR]`` parses labelled real notices and reports, per document, tasks found and units exactly right.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from eval.questions import SPLITS, Question, load_questions, load_split, split_path
from eval.report import REPORTS_DIR, Selection, build_report, render_markdown, write_reports
from eval.run import CHOICES, SELECTION_METRICS, System, SystemResult, choose_variant, evaluate, load_system


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="score retrievers and the assistant on a question set")
    run.add_argument("--split", choices=SPLITS, default="test", help="question split (default: test)")
    run.add_argument("--retriever", choices=CHOICES, default="all", help="system to score (default: all)")
    run.add_argument("--questions", type=Path, help="a JSONL question file instead of a split")
    run.add_argument("--out", type=Path, default=REPORTS_DIR, help=f"report folder (default: {REPORTS_DIR})")
    run.add_argument("--no-chart", action="store_true", help="skip the PNG chart")

    bench = commands.add_parser("bench", help="measure speed and memory on this machine")
    bench.add_argument("--quick", action="store_true", help="fewer questions and repeats (a smoke run)")
    bench.add_argument("--out", type=Path, default=REPORTS_DIR, help=f"report folder (default: {REPORTS_DIR})")

    export = commands.add_parser("export", help="write a TREC run file and qrels")
    export.add_argument("--split", choices=SPLITS, default="test", help="question split (default: test)")
    export.add_argument("--questions", type=Path, help="a JSONL question file instead of a split")
    export.add_argument(
        "--retriever",
        default="hybrid",
        help="bm25, dense, hybrid (the configured fusion), full, or a variant name such as hybrid-rrf-k60-1:1",
    )
    export.add_argument("--out", type=Path, default=REPORTS_DIR, help=f"output folder (default: {REPORTS_DIR})")

    notices = commands.add_parser("notices", help="score the parser on labelled real notices")
    notices.add_argument("--dir", type=Path, help="folder of <name>.txt + <name>.labels.json (default: the fixtures)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "bench":
            from eval.bench import main as bench_main

            return bench_main(quick=args.quick, out_dir=args.out)
        if args.command == "notices":
            return _notices(args)
        return _export(args)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _questions(args: argparse.Namespace) -> tuple[str, Path, tuple[Question, ...]]:
    if args.questions is not None:
        return args.questions.stem, args.questions, load_questions(args.questions)
    return args.split, split_path(args.split), load_split(args.split)


def _run(args: argparse.Namespace) -> int:
    label, path, questions = _questions(args)
    system = load_system()
    results = evaluate(questions, [args.retriever], system)
    selection = _selection(results, path, system)
    report = build_report(
        split=label,
        questions_file=_display(path),
        results=results,
        selection=selection,
        settings=system.settings,
    )
    stem = label if args.retriever == "all" else f"{label}-{args.retriever}"
    paths = write_reports(report, args.out, stem, chart=not args.no_chart)
    print(render_markdown(report, chart=None))
    print("wrote " + ", ".join(_display(p) for p in paths), file=sys.stderr)
    return 0


def _selection(results: dict[str, SystemResult], path: Path, system: System) -> Selection | None:
    """Choose the hybrid variant on dev (reusing these results when they are dev's)."""
    if not any(name.startswith("hybrid-") for name in results):
        return None
    dev_path = split_path("dev")
    if path.resolve() == dev_path.resolve():
        dev_results = results
    else:
        print("choosing the hybrid variant on dev …", file=sys.stderr)
        dev_results = evaluate(load_split("dev"), ["hybrid"], system)
    name = choose_variant(dev_results)
    return Selection(name, "dev", {m: dev_results[name].stat(m).mean for m in SELECTION_METRICS})


def _export(args: argparse.Namespace) -> int:
    from eval.run import FusionVariant, trec_data
    from eval.trec import write_qrels, write_run

    label, _, questions = _questions(args)
    system = load_system()
    configured = FusionVariant.of(system.retriever).name
    wanted = configured if args.retriever == "hybrid" else args.retriever
    group = "hybrid" if wanted.startswith("hybrid-") else wanted
    results = evaluate(questions, [group], system)
    if wanted not in results:
        hybrids = ", ".join(n for n in results if n.startswith("hybrid-"))
        raise ValueError(f"unknown retriever {args.retriever!r}; choose bm25, dense, hybrid, full or one of {hybrids}")
    run, qrels = trec_data(results[wanted])
    run_path = write_run(args.out / f"{label}.run", run, tag=wanted)
    qrels_path = write_qrels(args.out / f"{label}.qrels", qrels)
    overall = results[wanted].summary["overall"]
    figures = ", ".join(f"{m} {overall[m].mean:.4f}" for m in ("hit@1", "mrr@10", "ndcg@10", "recall@5"))
    print(f"{wanted} on {label}: {figures} over {len(qrels)} questions with gold tasks")
    print(f"wrote {_display(run_path)} and {_display(qrels_path)}")
    return 0


def _notices(args: argparse.Namespace) -> int:
    from eval.notices import FIXTURES_DIR, render_markdown, score_folder

    print(render_markdown(score_folder(args.dir or FIXTURES_DIR)))
    return 0


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
