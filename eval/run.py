"""Run retrievers over a question set and score them, per kind and overall.

Systems:

- ``bm25`` and ``dense``: one side of the hybrid retriever alone.
- ``hybrid``: every fusion variant in :data:`FUSION_VARIANTS` (and the configured
  one if it is not among them), fused from the same BM25 and dense rankings.
- ``full``: the assistant itself, intent handling included; its ranking is
  the order of its citations, and it may decline (``in_scope`` false).

Retrieval-only systems search with the follow-up's history and question
joined; ``full`` receives the history as the assistant's callers pass it.
Questions without gold tasks (meta, out of scope) get no ranking metrics.

Metrics that need an answer are computed for retrieval-only systems as
follows, so that every row of a table means the same thing: the cited units
are the records' units of the top-ranked task, and the predicted task set of
a unit or section question is the top |gold| tasks (so set precision = set
recall = R-precision). Answer accuracy and declining only exist for ``full``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from tqdm import tqdm

from corpus.records import Notice
from eval import metrics
from eval.questions import Question, kinds_present
from index.fusion import FusionMode, reciprocal_rank_fusion, weighted_sum
from index.hit import Hit, top_k
from index.hybrid import HybridRetriever, Retrieval

if TYPE_CHECKING:
    from index.encoder import Encoder
    from qa.settings import Settings

SYSTEMS = ("bm25", "dense", "hybrid", "full")
CHOICES = (*SYSTEMS, "all")
OVERALL = "overall"
RANKING_METRICS = ("hit@1", "hit@3", "hit@5", "mrr@10", "ndcg@10", "recall@5")
SET_METRICS = ("set_precision", "set_recall", "set_f1", "set_exact")
METRICS = (*RANKING_METRICS, "exact_units", *SET_METRICS, "answer_accuracy", "typed_exact", "declined")
# Typed kinds (issue 9) grouped as the bars name them.
STRUCTURAL_KINDS = ("count", "list", "lookup", "set_op", "superlative", "filter")
NEAR_MISS_KINDS = ("decline",)
ABSTENTION_METRICS = ("abstention_precision", "abstention_recall", "false_refusal_rate")
# The metric that picks the hybrid variant on dev, then the tie-breakers in order.
SELECTION_METRICS = ("mrr@10", "hit@1", "ndcg@10")
SET_KINDS = ("unit_tasks", "section")


class AnswerLike(Protocol):
    def to_json(self) -> dict[str, Any]: ...


class AssistantLike(Protocol):
    """What the ``full`` system needs from :class:`qa.assistant.Assistant`."""

    def ask(self, question: str, history: Sequence[str] = ()) -> AnswerLike: ...


@dataclass(frozen=True)
class FusionVariant:
    """One way of fusing the BM25 and dense rankings."""

    mode: FusionMode
    bm25_weight: float = 1.0
    dense_weight: float = 1.0
    rrf_k: int = 60

    @property
    def name(self) -> str:
        """A stable, space-free identifier, e.g. ``hybrid-rrf-k60-1:2`` (weights bm25:dense)."""
        weights = f"{self.bm25_weight:g}:{self.dense_weight:g}"
        if self.mode is FusionMode.RRF:
            return f"hybrid-rrf-k{self.rrf_k}-{weights}"
        return f"hybrid-weighted-{weights}"

    def fuse(self, bm25: Sequence[Hit], dense: Sequence[Hit]) -> list[Hit]:
        """Fuse two rankings (best first) into one over every task either contains."""
        rankings = [list(bm25), list(dense)]
        weights = (self.bm25_weight, self.dense_weight)
        if self.mode is FusionMode.RRF:
            fused = reciprocal_rank_fusion(rankings, k=self.rrf_k, weights=weights)
        else:
            fused = weighted_sum(rankings, weights=weights)
        return top_k(fused, len(fused)) if fused else []

    @classmethod
    def of(cls, retriever: HybridRetriever) -> FusionVariant:
        """The variant a configured retriever uses."""
        bm25_weight, dense_weight = retriever.weights
        rrf_k = retriever.rrf_k if retriever.mode is FusionMode.RRF else 60
        return cls(retriever.mode, float(bm25_weight), float(dense_weight), rrf_k)


FUSION_VARIANTS: tuple[FusionVariant, ...] = (
    *(
        FusionVariant(FusionMode.RRF, b, d, k)
        for k in (10, 30, 60, 100)
        for b, d in ((1.0, 1.0), (1.0, 2.0), (2.0, 1.0))
    ),
    *(
        FusionVariant(FusionMode.WEIGHTED, b, d)
        for b, d in ((1.0, 1.0), (1.0, 2.0), (2.0, 1.0), (1.0, 3.0), (3.0, 1.0))
    ),
)


@dataclass(frozen=True)
class Outcome:
    """What one system returned for one question."""

    ranking: tuple[int, ...]  # tasks, best first, each once
    scores: tuple[float, ...]
    lead_units: tuple[str, ...] = ()  # of the first cited (or top-ranked) task
    responsible_units: tuple[str, ...] = ()
    answer_set: tuple[int, ...] | None = None  # the tasks an answer names; None: take the top |gold|
    answer: str | None = None  # None: this system writes no answer
    declined: bool | None = None  # None: this system cannot decline
    intent: str | None = None
    count: int | None = None  # the number a counting answer states
    cited_units: tuple[str, ...] = ()  # every unit on the cited tasks' units lines (names as printed)


@dataclass(frozen=True)
class Stat:
    """A metric's mean over the questions it applies to; ``mean`` is None when it applied to none."""

    mean: float | None
    n: int
    interval: tuple[float, float] | None = None  # 95% bootstrap interval of the mean (overall only)


@dataclass(frozen=True)
class QuestionResult:
    """One question, what a system returned, and the metrics that apply to it."""

    question: Question
    outcome: Outcome
    scores: Mapping[str, float]


@dataclass(frozen=True)
class SystemResult:
    """A system's results over a question set."""

    name: str
    results: tuple[QuestionResult, ...]
    summary: Mapping[str, Mapping[str, Stat]]  # group (kind or "overall") -> metric -> stat
    abstention: metrics.Abstention | None
    seconds: float
    configured: bool = False  # the fusion variant the settings use
    notes: Mapping[str, Any] = field(default_factory=dict)

    def stat(self, metric: str, group: str = OVERALL) -> Stat:
        """The stat of ``metric`` in ``group`` (an empty stat if it never applied)."""
        return self.summary.get(group, {}).get(metric, Stat(None, 0))


@dataclass(frozen=True)
class System:
    """What the systems run on: the configured retriever, the assistant and the notice's records."""

    retriever: HybridRetriever
    notice: Notice
    assistant: AssistantLike | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- scoring one question


def score_question(question: Question, outcome: Outcome) -> dict[str, float]:
    """The metrics that apply to ``question`` given ``outcome`` (1.0/0.0 for yes/no metrics)."""
    scores: dict[str, float] = {}
    ranking, gold = outcome.ranking, question.gold_tasks
    if question.ranked:
        scores["hit@1"] = metrics.hit_at_k(ranking, gold, 1)
        scores["hit@3"] = metrics.hit_at_k(ranking, gold, 3)
        scores["hit@5"] = metrics.hit_at_k(ranking, gold, 5)
        scores["mrr@10"] = metrics.reciprocal_rank(ranking, gold, 10)
        scores["ndcg@10"] = metrics.ndcg_at_k(ranking, gold, 10)
        scores["recall@5"] = metrics.recall_at_k(ranking, gold, 5)
    if question.gold_lead_units or question.gold_responsible_units:
        exact = bool(ranking) and metrics.units_exact(
            outcome.lead_units,
            outcome.responsible_units,
            question.gold_lead_units,
            question.gold_responsible_units,
        )
        scores["exact_units"] = float(exact)
    if question.asks in SET_KINDS and question.ranked:
        predicted = outcome.answer_set if outcome.answer_set is not None else ranking[: len(gold)]
        result = metrics.set_scores(predicted, gold)
        scores.update(
            set_precision=result.precision, set_recall=result.recall, set_f1=result.f1, set_exact=float(result.exact)
        )
    if question.expected_answer is not None and outcome.answer is not None:
        scores["answer_accuracy"] = float(metrics.answer_contains(outcome.answer, question.expected_answer))
    if question.answer_type is not None and outcome.answer is not None:
        scores["typed_exact"] = float(typed_exact(question, outcome))
    if outcome.declined is not None:
        scores["declined"] = float(outcome.declined)
    return scores


def statement_line(answer: str) -> str:
    """The line of an answer that states it: the first that is not a note.

    Notes are lines in full-width brackets ("（按中文理解为：…）") and questions back to the
    user ("您是不是要问市民政局？").
    """
    for line in answer.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("（") and not stripped.endswith("？"):
            return stripped
    return ""


def units_named(line: str, names: Iterable[str]) -> set[str]:
    """The ``names`` that occur in ``line``, longest first, without overlaps."""
    taken = [False] * len(line)
    found: set[str] = set()
    for name in sorted(set(names), key=len, reverse=True):
        start = line.find(name)
        while start != -1:
            end = start + len(name)
            if not any(taken[start:end]):
                found.add(name)
                taken[start:end] = [True] * (end - start)
            start = line.find(name, end)
    return found


_RESPONSIBLE_LABEL = re.compile(r"责任单位(?=\s*[：:（(]|有|是)")


def role_segment(line: str, role: str | None) -> str:
    """The part of a statement line that gives the units of ``role``.

    Lead: before the first 责任单位 ("由A牵头，责任单位：B" → "由A牵头"). Responsible: after the
    first 责任单位 and before a later 牵头单位 ("的责任单位：B；牵头单位：A" → "：B；"). Any: the line.
    """
    # Only 责任单位 as a label ("责任单位：", "责任单位（配合单位）有：") divides the line:
    # in "从未作为责任单位的单位共5个：…" it is part of what the units are.
    label = _RESPONSIBLE_LABEL.search(line)
    if role == "lead" and label:
        return line[: label.start()]
    if role == "responsible" and label:
        rest = line[label.end() :]
        return rest[: rest.index("牵头单位")] if "牵头单位" in rest else rest
    return line


def typed_exact(question: Question, outcome: Outcome) -> bool:
    """Whether a typed question (issue 9 schema) is answered exactly as its ``answer_type`` asks.

    - count: the answer's ``count`` is ``gold_count`` and, when gold tasks are given, the cited
      tasks are exactly them (a count comes with its list).
    - tasks: the cited tasks are exactly ``gold_tasks``.
    - units: the units named in the statement line (for the asked role) are exactly ``gold_units``;
      empty gold units (the task names none) also need the gold tasks cited.
    - text: ``expected_answer`` occurs in the answer.
    - smalltalk / clarify: that intent, no citations.
    - decline: the answer declines.
    Every type but decline must also not decline.
    """
    kind = question.answer_type
    if kind == "decline":
        return bool(outcome.declined)
    if outcome.declined:
        return False
    answer = outcome.answer or ""
    if kind == "count":
        if outcome.count != question.gold_count:
            return False
        return not question.gold_tasks or set(outcome.ranking) == set(question.gold_tasks)
    if kind == "tasks":
        return set(outcome.ranking) == set(question.gold_tasks)
    if kind == "units":
        names = {*outcome.cited_units, *question.gold_units}
        segment = role_segment(statement_line(answer), question.role)
        if not question.gold_units and not set(question.gold_tasks) <= set(outcome.ranking):
            return False
        return units_named(segment, names) == set(question.gold_units)
    if kind == "text":
        return metrics.answer_contains(answer, question.expected_answer or "")
    if kind in ("smalltalk", "clarify"):
        return outcome.intent == kind and not outcome.ranking
    raise ValueError(f"unknown answer_type {kind!r}")


def typed_summary(result: SystemResult) -> dict[str, Stat]:
    """The issue-9 bars over typed questions: structural exact, small talk, declines, multi-turn.

    Returns:
        Stats named ``structural_exact``, ``smalltalk``, ``near_miss_declined``, ``multiturn_resolved``,
        ``typed_exact`` (all typed questions) and ``wrongly_declined:<kind>`` per in-scope kind.
    """
    typed = [r for r in result.results if r.question.answer_type is not None and "typed_exact" in r.scores]

    def stat(rows: Sequence[QuestionResult], metric: str = "typed_exact") -> Stat:
        values = [r.scores[metric] for r in rows if metric in r.scores]
        return Stat(metrics.mean(values), len(values))

    summary = {
        "typed_exact": stat(typed),
        "structural_exact": stat([r for r in typed if r.question.kind in STRUCTURAL_KINDS]),
        "smalltalk": stat([r for r in typed if r.question.kind == "smalltalk"]),
        "near_miss_declined": stat([r for r in typed if r.question.kind in NEAR_MISS_KINDS]),
        "multiturn_resolved": stat([r for r in typed if r.question.kind == "multiturn"]),
    }
    for kind in kinds_present(r.question for r in typed):
        rows = [r for r in typed if r.question.kind == kind and r.question.in_scope]
        if rows:
            summary[f"wrongly_declined:{kind}"] = stat(rows, "declined")
    return {name: s for name, s in summary.items() if s.n}


def summarise(results: Sequence[QuestionResult]) -> dict[str, dict[str, Stat]]:
    """Mean of every metric per kind and over all questions ("overall")."""
    groups: dict[str, list[QuestionResult]] = {kind: [] for kind in kinds_present(r.question for r in results)}
    for result in results:
        groups[result.question.kind].append(result)
    groups[OVERALL] = list(results)
    return {group: _stats(members, intervals=group == OVERALL) for group, members in groups.items()}


def _stats(results: Iterable[QuestionResult], *, intervals: bool) -> dict[str, Stat]:
    values: dict[str, list[float]] = {}
    for result in results:
        for metric, value in result.scores.items():
            values.setdefault(metric, []).append(value)
    return {
        metric: Stat(
            metrics.mean(values[metric]),
            len(values[metric]),
            metrics.bootstrap_interval(values[metric]) if intervals else None,
        )
        for metric in METRICS
        if metric in values
    }


def system_result(
    name: str,
    questions: Sequence[Question],
    outcomes: Sequence[Outcome],
    *,
    seconds: float = 0.0,
    configured: bool = False,
    notes: Mapping[str, Any] | None = None,
) -> SystemResult:
    """Score every outcome and summarise them.

    Raises:
        ValueError: if there is not exactly one outcome per question.
    """
    if len(questions) != len(outcomes):
        raise ValueError(f"{len(outcomes)} outcomes for {len(questions)} questions")
    results = tuple(QuestionResult(q, o, score_question(q, o)) for q, o in zip(questions, outcomes, strict=True))
    declines = [(r.outcome.declined, not r.question.in_scope) for r in results if r.outcome.declined is not None]
    abstention = metrics.abstention([d for d, _ in declines], [o for _, o in declines]) if declines else None
    return SystemResult(name, results, summarise(results), abstention, seconds, configured, dict(notes or {}))


# ---------------------------------------------------------------- outcomes per system


def ranking_outcome(hits: Sequence[Hit], notice: Notice) -> Outcome:
    """A retrieval-only outcome; the units are the records' units of the top-ranked task."""
    ranking = tuple(hit.task for hit in hits)
    top = notice.task(ranking[0]) if ranking else None
    return Outcome(
        ranking=ranking,
        scores=tuple(float(hit.score) for hit in hits),
        lead_units=top.lead_units if top else (),
        responsible_units=top.responsible_units if top else (),
    )


def answer_outcome(answer: Mapping[str, Any]) -> Outcome:
    """The ``full`` outcome from an answer's JSON (``Answer.to_json()``); citations give the ranking."""
    ranking: list[int] = []
    scores: list[float] = []
    for citation in answer.get("citations", []):
        if citation["task"] not in ranking:
            ranking.append(int(citation["task"]))
            scores.append(float(citation.get("score", 0.0)))
    first = answer["citations"][0] if answer.get("citations") else {}
    cited_units = {
        u for c in answer.get("citations", []) for u in (*c.get("lead_units", ()), *c.get("responsible_units", ()))
    }
    return Outcome(
        ranking=tuple(ranking),
        scores=tuple(scores),
        lead_units=tuple(first.get("lead_units", ())),
        responsible_units=tuple(first.get("responsible_units", ())),
        answer_set=tuple(ranking),
        answer=str(answer.get("answer", "")),
        declined=not answer["in_scope"],
        intent=answer.get("intent"),
        count=answer.get("count"),
        cited_units=tuple(sorted(cited_units)),
    )


def retrieve_all(
    questions: Sequence[Question], retriever: HybridRetriever, *, progress: bool = True, desc: str = "retrieve"
) -> list[Retrieval]:
    """Run the hybrid retriever once per question (both sides over every task)."""
    return [
        retriever.retrieve(q.retrieval_query)
        for q in tqdm(questions, desc=desc, unit="q", disable=None if progress else True, leave=False)
    ]


def ask_all(
    questions: Sequence[Question], assistant: AssistantLike, *, progress: bool = True, desc: str = "full"
) -> list[Outcome]:
    """Ask the assistant every question, passing each follow-up's history."""
    return [
        answer_outcome(assistant.ask(q.question, history=q.history).to_json())
        for q in tqdm(questions, desc=desc, unit="q", disable=None if progress else True, leave=False)
    ]


def variants_for(
    retriever: HybridRetriever, variants: Sequence[FusionVariant] = FUSION_VARIANTS
) -> list[FusionVariant]:
    """The variants to try: ``variants`` plus the configured one if it is not among them."""
    configured = FusionVariant.of(retriever)
    return list(variants) if configured in variants else [*variants, configured]


def expand(names: Iterable[str]) -> list[str]:
    """Expand ``all`` into every system and check each name.

    Raises:
        ValueError: naming an unknown system and the valid choices.
    """
    expanded: list[str] = []
    for name in names:
        if name not in CHOICES:
            raise ValueError(f"unknown retriever {name!r}; choose one of {', '.join(CHOICES)}")
        for system in SYSTEMS if name == "all" else (name,):
            if system not in expanded:
                expanded.append(system)
    return expanded


def evaluate(
    questions: Sequence[Question],
    names: Iterable[str],
    system: System,
    *,
    variants: Sequence[FusionVariant] = FUSION_VARIANTS,
    progress: bool = True,
) -> dict[str, SystemResult]:
    """Run the named systems (``hybrid`` means every fusion variant) over ``questions``.

    Returns:
        Results by system name, in the order bm25, dense, hybrid variants, full.

    Raises:
        ValueError: for an unknown system, or ``full`` without an assistant.
    """
    wanted = expand(names)
    if "full" in wanted and system.assistant is None:
        raise ValueError("the full system needs an assistant")
    results: dict[str, SystemResult] = {}
    retrieval_systems = [s for s in wanted if s != "full"]
    if retrieval_systems:
        started = time.perf_counter()
        retrievals = retrieve_all(questions, system.retriever, progress=progress)
        shared = (time.perf_counter() - started) / len(retrieval_systems)
        notes = {"query": "history and question joined", "seconds_shared": "one retrieval pass for all of them"}
        configured = FusionVariant.of(system.retriever)
        for name in retrieval_systems:
            if name == "hybrid":
                for variant in variants_for(system.retriever, variants):
                    outcomes = [ranking_outcome(variant.fuse(r.bm25, r.dense), system.notice) for r in retrievals]
                    results[variant.name] = system_result(
                        variant.name,
                        questions,
                        outcomes,
                        seconds=shared,
                        configured=variant == configured,
                        notes={**notes, "fusion": _variant_json(variant)},
                    )
            else:
                pick: Callable[[Retrieval], list[Hit]] = (lambda r: r.bm25) if name == "bm25" else (lambda r: r.dense)
                outcomes = [ranking_outcome(pick(r), system.notice) for r in retrievals]
                results[name] = system_result(name, questions, outcomes, seconds=shared, notes=notes)
    if "full" in wanted and system.assistant is not None:
        started = time.perf_counter()
        outcomes = ask_all(questions, system.assistant, progress=progress)
        results["full"] = system_result(
            "full", questions, outcomes, seconds=time.perf_counter() - started, notes={"query": "history passed"}
        )
    return results


def choose_variant(results: Mapping[str, SystemResult]) -> str:
    """The hybrid variant with the best overall MRR@10 (ties: Hit@1, then nDCG@10, then listing order).

    Raises:
        ValueError: if ``results`` holds no hybrid variant.
    """
    hybrids = [r for r in results.values() if r.name.startswith("hybrid-")]
    if not hybrids:
        raise ValueError(f"no hybrid variant among {sorted(results)}")

    def key(result: SystemResult) -> tuple[float, ...]:
        return tuple(result.stat(m).mean or 0.0 for m in SELECTION_METRICS)

    best = max(key(r) for r in hybrids)
    return next(r.name for r in hybrids if key(r) == best)


def _variant_json(variant: FusionVariant) -> dict[str, Any]:
    data: dict[str, Any] = {
        "mode": variant.mode.value,
        "bm25_weight": variant.bm25_weight,
        "dense_weight": variant.dense_weight,
    }
    if variant.mode is FusionMode.RRF:
        data["rrf_k"] = variant.rrf_k
    return data


# ---------------------------------------------------------------- building the real system


def load_system(
    settings: Settings | None = None,
    *,
    encoder: Encoder | None = None,
    progress: Callable[[str], None] | None = None,
) -> System:
    """Build the assistant the way ``python -m qa`` does and expose its retriever.

    Args:
        settings: defaults to ``Settings.from_env()`` (``QA_*`` variables apply).
        encoder: a stand-in for the embedding model (tests); None loads the configured model.
        progress: receives set-up messages (defaults to stderr).
    """
    import sys

    from qa.factory import build_assistant
    from qa.settings import Settings

    settings = settings if settings is not None else Settings.from_env()
    report = progress if progress is not None else (lambda message: print(message, file=sys.stderr))
    assistant = build_assistant(settings, encoder=encoder, progress=report)
    return System(
        retriever=assistant.retriever,
        notice=assistant.notice,
        assistant=assistant,
        settings=settings.to_json(),
    )


# ---------------------------------------------------------------- TREC export


def trec_data(result: SystemResult) -> tuple[dict[str, list[tuple[int, float]]], dict[str, list[int]]]:
    """A system's rankings and the gold tasks as ``({qid: [(task, score)]}, {qid: [task]})``.

    Only questions with gold tasks are included, the ones the ranking metrics score.
    """
    run = {
        r.question.id: list(zip(r.outcome.ranking, r.outcome.scores, strict=True))
        for r in result.results
        if r.question.ranked
    }
    qrels = {r.question.id: list(r.question.gold_tasks) for r in result.results if r.question.ranked}
    return run, qrels
