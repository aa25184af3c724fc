"""Score the parser on labelled real notices: per document, tasks found and units exactly right.

A folder holds ``<name>.txt`` (or .docx/.pdf/.html) with ``<name>.labels.json`` beside it
(``tasks: [{number, title, lead_units, responsible_units}]``). A labelled task is
exactly right when the parsed task with the same printed number (the n-th such task
for the n-th label with that number, since numbering may restart per section; else the
one in the same position) names the same lead set and the same responsible set. A task
matched by position is named in a note under the table: the fallback must not hide a wrong
structure (tasks split or merged so that the numbers no longer line up). Names
are compared in the parser's canonical form (full-width ，：（）, simplified characters), since
fixtures keep the punctuation and the script of the copy they were taken from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corpus.formats import read_notice_document
from corpus.parser import normalize_line, parse_notice
from corpus.parsing.text import to_simplified
from corpus.records import Task

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "fixtures" / "notices"
_NOTICE_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


@dataclass(frozen=True)
class NoticeScore:
    """How one labelled notice parsed."""

    name: str
    layout: str
    labelled: int
    found: int
    exact: int
    wrong: tuple[str, ...]  # printed numbers of the labelled tasks that are not exactly right
    error: str = ""
    # Printed numbers of the labelled tasks found by position only: no parsed task carries that number.
    by_position: tuple[str, ...] = ()

    @property
    def share(self) -> float:
        """Exactly right labelled tasks over labelled tasks (0 when none are labelled)."""
        return self.exact / self.labelled if self.labelled else 0.0


def _canonical(names: list[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_line(to_simplified(n)) for n in names)


def _match(tasks: tuple[Task, ...], number: str, index: int, occurrence: int = 0) -> tuple[Task | None, bool]:
    """The parsed task printed with ``number`` (its ``occurrence``-th one: numbering may restart), else by position.

    Returns:
        The task (or None) and whether it was found by position rather than by its printed number.
    """
    wanted = normalize_line(str(number))
    same = [t for t in tasks if t.label == wanted or (t.label.endswith(wanted) and wanted.startswith("（"))]
    if occurrence < len(same):
        return same[occurrence], False
    return (tasks[index] if index < len(tasks) else None), True


def score_notice(notice_path: Path, labels_path: Path) -> NoticeScore:
    """Parse ``notice_path`` and compare it with the labels in ``labels_path``."""
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    wanted = labels["tasks"]
    name = labels_path.name.removesuffix(".labels.json")
    try:
        notice = parse_notice(read_notice_document(notice_path))
    except ValueError as exc:
        numbers = tuple(str(t["number"]) for t in wanted)
        return NoticeScore(name, labels.get("layout", ""), len(wanted), 0, 0, numbers, str(exc))
    wrong: list[str] = []
    by_position: list[str] = []
    seen: dict[str, int] = {}  # how often each printed number came before: numbering may restart per section
    for index, label in enumerate(wanted):
        number = str(label["number"])
        task, positional = _match(notice.tasks, number, index, seen.get(number, 0))
        if positional:
            by_position.append(number)
        seen[number] = seen.get(number, 0) + 1
        right = (
            task is not None
            and _canonical(task.lead_units) == _canonical(label["lead_units"])
            and _canonical(task.responsible_units) == _canonical(label["responsible_units"])
        )
        if not right:
            wrong.append(str(label["number"]))
    exact = len(wanted) - len(wrong)
    return NoticeScore(
        name, labels.get("layout", ""), len(wanted), len(notice.tasks), exact, tuple(wrong), "", tuple(by_position)
    )


def score_folder(folder: Path = FIXTURES_DIR) -> list[NoticeScore]:
    """Score every labelled notice in ``folder``, by name.

    Raises:
        FileNotFoundError: if the folder has no labelled notice.
    """
    scores = []
    for labels_path in sorted(folder.glob("*.labels.json")):
        stem = labels_path.name.removesuffix(".labels.json")
        notice_path = next((folder / f"{stem}{s}" for s in _NOTICE_SUFFIXES if (folder / f"{stem}{s}").exists()), None)
        if notice_path is not None:
            scores.append(score_notice(notice_path, labels_path))
    if not scores:
        raise FileNotFoundError(f"no <name>.labels.json with a notice beside it in {folder}")
    return scores


def render_markdown(scores: list[NoticeScore]) -> str:
    """A table: document, layout, tasks labelled, tasks found, exactly right, share, which are wrong.

    Under it, a note per document whose labelled tasks were matched by position (their printed number was not
    found among the parsed tasks), so that a fallback match is seen rather than counted silently.
    """
    rows = [
        "| notice | layout | labelled | found | units exactly right | share | wrong |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in scores:
        wrong = s.error or ", ".join(s.wrong) or "–"
        rows.append(f"| {s.name} | {s.layout} | {s.labelled} | {s.found} | {s.exact} | {s.share:.0%} | {wrong} |")
    labelled = sum(s.labelled for s in scores)
    exact = sum(s.exact for s in scores)
    rows.append(f"| all | | {labelled} | {sum(s.found for s in scores)} | {exact} | {exact / labelled:.1%} | |")
    notes = [
        f"- {s.name}: {len(s.by_position)} of {s.labelled} labelled tasks matched by position, their printed number "
        f"not found among the parsed tasks ({', '.join(s.by_position)})"
        for s in scores
        if s.by_position
    ]
    total = sum(len(s.by_position) for s in scores)
    notes.append(f"Matched by position (printed number not found): {total} of {labelled} labelled tasks.")
    return "\n".join([*rows, "", *notes])
