"""The harness end to end on a handful of questions, with the real assistant and a fake encoder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest

from eval.questions import Question
from eval.run import (
    FUSION_VARIANTS,
    OVERALL,
    FusionVariant,
    Outcome,
    answer_outcome,
    choose_variant,
    evaluate,
    expand,
    role_segment,
    score_question,
    system_result,
    typed_exact,
    variants_for,
)
from index.fusion import FusionMode
from index.hit import Hit


def question(**fields: Any) -> Question:
    base = {
        "id": "q",
        "kind": "lead",
        "question": "谁牵头？",
        "history": (),
        "gold_tasks": (2,),
        "gold_lead_units": ("甲",),
        "gold_responsible_units": ("乙", "丙"),
        "gold_unit": None,
        "role": None,
        "gold_section": None,
        "expected_answer": None,
        "in_scope": True,
    }
    return Question(**{**base, **fields})


class TestScoreQuestion:
    def test_a_lead_question_gets_ranking_metrics_and_exact_units(self):
        outcome = Outcome(ranking=(5, 2), scores=(1.0, 0.5), lead_units=("甲",), responsible_units=("丙", "乙"))
        scores = score_question(question(), outcome)
        assert scores["hit@1"] == 0.0 and scores["hit@3"] == 1.0
        assert scores["mrr@10"] == pytest.approx(1 / 2)
        assert scores["exact_units"] == 1.0
        assert "set_f1" not in scores and "declined" not in scores

    def test_a_unit_question_from_a_retriever_is_judged_on_its_top_gold_count_tasks(self):
        q = question(kind="unit_tasks", gold_tasks=(1, 2, 3), role="any", gold_lead_units=(), gold_responsible_units=())
        scores = score_question(q, Outcome(ranking=(1, 9, 3, 2), scores=(4, 3, 2, 1)))
        # The top three are {1, 9, 3}: two of three right either way.
        assert scores["set_precision"] == pytest.approx(2 / 3)
        assert scores["set_recall"] == pytest.approx(2 / 3)
        assert scores["set_exact"] == 0.0

    def test_a_unit_question_from_the_assistant_is_judged_on_every_cited_task(self):
        q = question(kind="unit_tasks", gold_tasks=(1, 2), role="lead", gold_lead_units=(), gold_responsible_units=())
        outcome = Outcome(ranking=(2, 1, 7), scores=(1, 1, 1), answer_set=(2, 1, 7), answer="…", declined=False)
        scores = score_question(q, outcome)
        assert scores["set_precision"] == pytest.approx(2 / 3)
        assert scores["set_recall"] == 1.0
        assert scores["declined"] == 0.0

    def test_a_fact_is_right_when_the_answer_quotes_the_expected_string(self):
        q = question(kind="fact", expected_answer="65%", gold_lead_units=(), gold_responsible_units=())
        scores = score_question(q, Outcome(ranking=(2,), scores=(1.0,), answer="5G用户占比达到65%。"))
        assert scores["answer_accuracy"] == 1.0

    def test_an_out_of_scope_question_gets_no_ranking_metric(self):
        q = question(kind="out_of_scope", gold_tasks=(), gold_lead_units=(), gold_responsible_units=(), in_scope=False)
        assert score_question(q, Outcome(ranking=(3,), scores=(1.0,), declined=True)) == {"declined": 1.0}

    def test_an_empty_ranking_has_no_exact_units(self):
        scores = score_question(question(), Outcome(ranking=(), scores=()))
        assert scores["exact_units"] == 0.0 and scores["hit@5"] == 0.0


class TestAnswerOutcome:
    def test_citations_give_the_ranking_and_the_first_citation_the_units(self):
        answer = {
            "question": "…",
            "intent": "lead",
            "in_scope": True,
            "answer": "第2项…",
            "citations": [
                {"task": 2, "lead_units": ["甲"], "responsible_units": ["乙"], "score": 0.9},
                {"task": 5, "lead_units": ["丁"], "responsible_units": [], "score": 0.4},
                {"task": 2, "lead_units": ["甲"], "responsible_units": ["乙"], "score": 0.1},
            ],
        }
        outcome = answer_outcome(answer)
        assert outcome.ranking == (2, 5)
        assert (outcome.lead_units, outcome.responsible_units) == (("甲",), ("乙",))
        assert outcome.declined is False and outcome.intent == "lead"

    def test_a_declined_answer_has_no_ranking(self):
        outcome = answer_outcome({"intent": "out_of_scope", "in_scope": False, "answer": "未涉及", "citations": []})
        assert outcome.ranking == () and outcome.declined is True


class TestFusionVariants:
    def test_names_say_mode_k_and_weights(self):
        assert FusionVariant(FusionMode.RRF, 1.0, 2.0, 30).name == "hybrid-rrf-k30-1:2"
        assert FusionVariant(FusionMode.WEIGHTED, 3.0, 1.0).name == "hybrid-weighted-3:1"

    def test_names_are_unique(self):
        names = [v.name for v in FUSION_VARIANTS]
        assert len(names) == len(set(names))

    def test_rrf_weights_scale_each_side(self):
        bm25 = [Hit(1, 9.0), Hit(2, 1.0)]
        dense = [Hit(2, 0.9), Hit(1, 0.1)]
        # task 1: 2/(10+1) + 1/(10+2); task 2: 2/(10+2) + 1/(10+1): task 1 wins.
        fused = FusionVariant(FusionMode.RRF, 2.0, 1.0, 10).fuse(bm25, dense)
        assert [h.task for h in fused] == [1, 2]
        assert fused[0].score == pytest.approx(2 / 11 + 1 / 12)

    def test_the_configured_variant_fuses_as_the_retriever_does(self, fake_system):
        retriever = fake_system.retriever
        retrieval = retriever.retrieve("城里没地方遛弯")
        configured = FusionVariant.of(retriever)
        assert configured.fuse(retrieval.bm25, retrieval.dense) == retriever.fuse(retrieval.bm25, retrieval.dense)
        assert configured in variants_for(retriever)


class TestExpand:
    def test_all_means_every_system_once(self):
        assert expand(["all", "bm25"]) == ["bm25", "dense", "hybrid", "full"]

    def test_an_unknown_name_lists_the_choices(self):
        with pytest.raises(ValueError, match=r"unknown retriever 'bm52'; choose one of bm25, dense, hybrid, full, all"):
            expand(["bm52"])


class TestChooseVariant:
    def test_picks_the_best_mrr_then_breaks_ties_by_hit_at_one(self, handful):
        ranked = [q for q in handful if q.ranked][:2]
        hit_first = [Outcome(ranking=(q.gold_tasks[0],), scores=(1.0,)) for q in ranked]
        hit_second = [Outcome(ranking=(99, q.gold_tasks[0]), scores=(1.0, 0.5)) for q in ranked]
        results = {
            "bm25": system_result("bm25", ranked, hit_first),
            "hybrid-a": system_result("hybrid-a", ranked, hit_second),
            "hybrid-b": system_result("hybrid-b", ranked, hit_first),
            "hybrid-c": system_result("hybrid-c", ranked, hit_first),
        }
        assert choose_variant(results) == "hybrid-b"

    def test_needs_a_hybrid_variant(self):
        with pytest.raises(ValueError, match="no hybrid variant"):
            choose_variant({})


class RecordingAssistant:
    """Answers every question with task 1 and remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[str, ...]]] = []

    def ask(self, question: str, history: Sequence[str] = ()) -> Any:
        self.calls.append((question, tuple(history)))
        return _Json({"intent": "topic", "in_scope": True, "answer": "…", "citations": [{"task": 1, "score": 1.0}]})


class _Json:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_json(self) -> dict[str, Any]:
        return self.data


class TestEvaluate:
    def test_every_system_reports_per_kind_and_overall(self, fake_system, handful):
        results = evaluate(handful, ["all"], fake_system, progress=False)
        hybrids = [n for n in results if n.startswith("hybrid-")]
        assert list(results) == ["bm25", "dense", *hybrids, "full"]
        assert len(hybrids) == len(variants_for(fake_system.retriever))
        assert sum(results[n].configured for n in hybrids) == 1
        ranked = sum(q.ranked for q in handful)
        for result in results.values():
            assert result.stat("mrr@10").n == ranked
            assert set(result.summary) == {q.kind for q in handful} | {OVERALL}
            assert "hit@1" not in result.summary["meta"]
            assert "hit@1" not in result.summary["out_of_scope"]

    def test_only_the_full_assistant_answers_and_declines(self, fake_system, handful):
        results = evaluate(handful, ["bm25", "full"], fake_system, progress=False)
        assert results["bm25"].abstention is None
        assert results["bm25"].stat("answer_accuracy").n == 0
        full = results["full"]
        assert full.stat("declined").n == len(handful)
        assert full.stat("answer_accuracy").n == sum(q.expected_answer is not None for q in handful)
        abstention = full.abstention
        assert abstention is not None
        assert abstention.true_positives + abstention.false_negatives == 2  # two out-of-scope questions

    def test_a_metric_mean_is_the_mean_of_its_questions(self, fake_system, handful):
        result = evaluate(handful, ["dense"], fake_system, progress=False)["dense"]
        lead = [r.scores["mrr@10"] for r in result.results if r.question.kind == "lead"]
        assert result.stat("mrr@10", "lead").mean == pytest.approx(sum(lead) / len(lead))

    def test_retrievers_search_with_history_and_question_joined(self, fake_system, handful, monkeypatch):
        queries: list[str] = []
        retrieve = fake_system.retriever.retrieve
        monkeypatch.setattr(fake_system.retriever, "retrieve", lambda q: queries.append(q) or retrieve(q))
        followup = next(q for q in handful if q.kind == "followup")
        evaluate([followup], ["bm25"], fake_system, progress=False)
        assert queries == [f"{followup.history[0]} {followup.question}"]

    def test_the_full_system_passes_the_history_to_the_assistant(self, fake_system, handful):
        assistant = RecordingAssistant()
        followup = next(q for q in handful if q.kind == "followup")
        evaluate([followup], ["full"], replace(fake_system, assistant=assistant), progress=False)
        assert assistant.calls == [(followup.question, followup.history)]

    def test_full_needs_an_assistant(self, fake_system, handful):
        with pytest.raises(ValueError, match="needs an assistant"):
            evaluate(handful, ["full"], replace(fake_system, assistant=None), progress=False)


def typed(answer_type: str, **fields: Any) -> Question:
    return question(kind="lookup", answer_type=answer_type, gold_lead_units=(), gold_responsible_units=(), **fields)


class TestTypedExact:
    def test_units_are_exact_when_the_statement_names_just_the_gold_units(self):
        asked = typed("units", role="lead", gold_tasks=(2,), gold_units=("市甲局",))
        right = Outcome(ranking=(2,), scores=(1.0,), answer="第2项由市甲局牵头。", cited_units=("市甲局", "市乙局"))
        wrong = replace(right, answer="第2项由市甲局、市乙局牵头。")
        assert typed_exact(asked, right) and not typed_exact(asked, wrong)

    def test_a_task_naming_no_unit_needs_that_task_cited_and_no_unit_named(self):
        asked = typed("units", role="lead", gold_tasks=(31,), gold_units=())
        right = Outcome(ranking=(31,), scores=(1.0,), answer="第31项没有写牵头单位。")
        elsewhere = replace(right, ranking=(30,))
        named = replace(right, answer="第31项由市甲局牵头。", cited_units=("市甲局",))
        assert typed_exact(asked, right)
        assert not typed_exact(asked, elsewhere)
        assert not typed_exact(asked, named)

    def test_a_count_needs_its_number_and_exactly_the_counted_tasks(self):
        asked = typed("count", gold_count=2, gold_tasks=(3, 4))
        right = Outcome(ranking=(4, 3), scores=(1.0, 1.0), count=2, answer="共2项")
        assert typed_exact(asked, right)
        assert not typed_exact(asked, replace(right, count=3))
        assert not typed_exact(asked, replace(right, ranking=(3, 5)))

    def test_a_declined_answer_is_exact_only_for_a_decline_question(self):
        declined = Outcome(ranking=(), scores=(), declined=True, answer="通知没有写")
        assert typed_exact(typed("decline", in_scope=False, gold_tasks=()), declined)
        assert not typed_exact(typed("tasks", gold_tasks=(1,)), declined)

    def test_small_talk_is_that_intent_without_citations(self):
        asked = typed("smalltalk", gold_tasks=())
        reply = Outcome(ranking=(), scores=(), intent="smalltalk", answer="您好")
        assert typed_exact(asked, reply)
        assert not typed_exact(asked, replace(reply, ranking=(1,), scores=(1.0,)))


class TestRoleSegment:
    def test_the_lead_part_ends_where_the_responsible_label_starts(self):
        line = "第2项由各县人民政府牵头，责任单位：市发展改革委。"
        assert role_segment(line, "lead") == "第2项由各县人民政府牵头，"
        assert role_segment(line, "responsible") == "：市发展改革委。"

    def test_responsible_inside_a_description_is_no_label(self):
        line = "只牵头、从未作为责任单位的单位共2个：市林草局、市金融办。"
        assert role_segment(line, "lead") == line
