"""TREC run and qrels files, the formats trec_eval, ranx and pytrec_eval read.

A run line is ``qid Q0 docid rank score tag`` and a qrels line ``qid 0 docid rel``;
fields are separated by one space, so ids and the tag must not contain white
space. Document ids are task numbers.

Evaluators re-sort each query's documents by score and may break ties in
any order, so the score column must decrease strictly along our ranking for
them to see the same order we evaluated. :func:`run_scores` keeps a system's
own scores when they do, and otherwise writes rank-derived scores.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

_NO_SPACE = re.compile(r"^\S+$")


def run_scores(scores: Sequence[float]) -> list[float]:
    """Scores for a run file that reproduce the given order under any tie-breaking.

    Returns ``scores`` unchanged if they strictly decrease; otherwise
    ``n, n-1, …, 1`` for ``n`` documents (the order is all the file then says).
    """
    values = [float(s) for s in scores]
    if all(a > b for a, b in itertools.pairwise(values)):
        return values
    return [float(len(values) - i) for i in range(len(values))]


def run_lines(rankings: Mapping[str, Sequence[tuple[int, float]]], tag: str) -> list[str]:
    """TREC run lines for ``{qid: [(task, score), …] best first}``; queries with no documents are left out.

    Raises:
        ValueError: for white space in an id or the tag, or a task listed twice for one query.
    """
    _check_token("run tag", tag)
    lines = []
    for qid, ranking in rankings.items():
        _check_token("query id", qid)
        tasks = [task for task, _ in ranking]
        if len(set(tasks)) != len(tasks):
            raise ValueError(f"query {qid!r} lists a task twice: {tasks}")
        scores = run_scores([score for _, score in ranking])
        for rank, (task, score) in enumerate(zip(tasks, scores, strict=True), start=1):
            lines.append(f"{qid} Q0 {task} {rank} {score!r} {tag}")
    return lines


def qrels_lines(qrels: Mapping[str, Collection[int]]) -> list[str]:
    """TREC qrels lines (relevance 1) for ``{qid: relevant tasks}``; queries with none are left out.

    Raises:
        ValueError: for white space in a query id.
    """
    lines = []
    for qid, tasks in qrels.items():
        _check_token("query id", qid)
        lines.extend(f"{qid} 0 {task} 1" for task in sorted(set(tasks)))
    return lines


def write_run(path: Path | str, rankings: Mapping[str, Sequence[tuple[int, float]]], tag: str) -> Path:
    """Write a TREC run file (see :func:`run_lines`) and return its path."""
    return _write(Path(path), run_lines(rankings, tag))


def write_qrels(path: Path | str, qrels: Mapping[str, Collection[int]]) -> Path:
    """Write a TREC qrels file (see :func:`qrels_lines`) and return its path."""
    return _write(Path(path), qrels_lines(qrels))


def read_run(path: Path | str) -> dict[str, list[int]]:
    """Read a run file back into ``{qid: [task, …]}`` ordered by rank.

    Raises:
        ValueError: naming the file and line of a malformed line.
    """
    ranked: dict[str, list[tuple[int, int]]] = {}
    for line_no, fields in _fields(Path(path), 6):
        try:
            ranked.setdefault(fields[0], []).append((int(fields[3]), int(fields[2])))
        except ValueError:
            raise ValueError(f"{path}:{line_no}: rank and docid must be integers: {' '.join(fields)!r}") from None
    return {qid: [task for _, task in sorted(pairs)] for qid, pairs in ranked.items()}


def read_qrels(path: Path | str) -> dict[str, set[int]]:
    """Read a qrels file back into ``{qid: relevant tasks}`` (relevance > 0).

    Raises:
        ValueError: naming the file and line of a malformed line.
    """
    qrels: dict[str, set[int]] = {}
    for line_no, fields in _fields(Path(path), 4):
        try:
            task, rel = int(fields[2]), int(fields[3])
        except ValueError:
            raise ValueError(f"{path}:{line_no}: docid and rel must be integers: {' '.join(fields)!r}") from None
        if rel > 0:
            qrels.setdefault(fields[0], set()).add(task)
    return qrels


def _fields(path: Path, count: int) -> Iterable[tuple[int, list[str]]]:
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            fields = line.split()
            if len(fields) != count:
                raise ValueError(f"{path}:{line_no}: expected {count} fields, got {len(fields)}: {line.rstrip()!r}")
            yield line_no, fields


def _write(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def _check_token(what: str, value: str) -> None:
    if not _NO_SPACE.match(value):
        raise ValueError(f"{what} must be non-empty without white space, got {value!r}")
