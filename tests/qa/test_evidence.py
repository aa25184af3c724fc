"""The quoted sentence is the one that best matches the question."""

from __future__ import annotations

import pytest

from corpus.records import Task
from qa.evidence import best_sentence, evidence_for, lexical_overlap, phrase_owner, sentences_per_place

TASK = Task(
    number=7,
    title="示例任务",
    section=1,
    text="示例任务。建设健身步道。到2025年建成3处体育公园。",
    sentences=("示例任务。", "建设健身步道。", "到2025年建成3处体育公园。"),
    lead_units=("甲局",),
    responsible_units=("乙局",),
)


def test_the_score_adds_dense_similarity_and_weighted_lexical_overlap():
    sentence, score = best_sentence(TASK, {0: 0.80, 1: 0.82, 2: 0.81}, ["健身步道"], {"健身步道": 2.0})
    assert sentence == "建设健身步道。"
    assert score == pytest.approx(0.82 + 0.3 * 1.0)


def test_a_question_asking_for_a_figure_gets_a_sentence_with_one():
    sentence, _ = best_sentence(TASK, {0: 0.80, 1: 0.90, 2: 0.81}, [], {}, prefer_numbers=True)
    assert sentence == "到2025年建成3处体育公园。"


def test_a_question_asking_for_a_target_gets_the_sentence_stating_one_over_a_figure_in_passing():
    task = Task(
        number=8,
        title="托育",
        section=1,
        text="开设托班招收2至3岁幼儿。到2025年覆盖率达到100%。",
        sentences=("开设托班招收2至3岁幼儿。", "到2025年覆盖率达到100%。"),
        lead_units=("甲局",),
        responsible_units=(),
    )
    scores = {0: 0.90, 1: 0.80}
    assert best_sentence(task, scores, [], {}, prefer_numbers=True)[0] == "开设托班招收2至3岁幼儿。"
    targeted = best_sentence(task, scores, [], {}, prefer_numbers=True, prefer_targets=True)
    assert targeted == ("到2025年覆盖率达到100%。", pytest.approx(0.80))


def test_only_the_sentences_given_compete():
    sentence, score = best_sentence(TASK, {0: 0.80, 2: 0.81}, [], {})
    assert (sentence, score) == ("到2025年建成3处体育公园。", pytest.approx(0.81))


def test_a_task_with_no_scored_sentence_is_quoted_from_its_first_sentence():
    assert best_sentence(TASK, {}, ["健身步道"], {}) == ("示例任务。", 0.0)


def test_lexical_overlap_is_the_share_of_idf_mass_found():
    assert lexical_overlap("建设健身步道", ["健身步道", "公园"], {"健身步道": 3.0, "公园": 1.0}) == pytest.approx(0.75)


def test_lexical_overlap_ignores_case_and_floors_small_idf():
    # "5g" weighs max(0.05, 0.1) = 0.1 and is found in "5G基站"; "公园" weighs 1.0 and is not.
    assert lexical_overlap("建设5G基站", ["5g", "公园"], {"5g": 0.05}) == pytest.approx(0.1 / 1.1)


COUNTIES = Task(
    number=8,
    title="产业基地",
    section=1,
    text="产业基地。甲县建设铝加工基地，产值达到70亿元。乙县建设酿酒基地，产值达到30亿元。",
    sentences=("产业基地。", "甲县建设铝加工基地，产值达到70亿元。", "乙县建设酿酒基地，产值达到30亿元。"),
    lead_units=("甲局",),
    responsible_units=(),
)


def test_a_place_the_question_names_picks_the_sentence_about_it_over_a_closer_topic():
    scores = {0: 0.5, 1: 0.6, 2: 0.9}  # the question's other words ("酿酒基地") are closer to 乙县's sentence
    sentence, score = best_sentence(COUNTIES, scores, ["酿酒"], {"酿酒": 1.0}, prefer_numbers=True, places=("甲县",))
    assert sentence == "甲县建设铝加工基地，产值达到70亿元。"
    assert score == pytest.approx(0.6)


def test_a_place_no_sentence_names_restricts_nothing():
    sentence, _ = best_sentence(COUNTIES, {0: 0.5, 1: 0.6, 2: 0.9}, [], {}, places=("丙县",))
    assert sentence == "乙县建设酿酒基地，产值达到30亿元。"


def test_a_place_named_only_in_sentences_without_a_figure_gives_way_to_the_figure():
    task = Task(
        number=9, title="人口", section=1, text="甲县转型发展。到2025年城镇化率达到40%。",
        sentences=("甲县转型发展。", "到2025年城镇化率达到40%。"), lead_units=("甲县人民政府",), responsible_units=(),
    )  # fmt: skip
    sentence, _ = best_sentence(task, {0: 0.9, 1: 0.5}, [], {}, prefer_numbers=True, places=("甲县",))
    assert sentence == "到2025年城镇化率达到40%。"


def test_the_one_text_printing_a_long_phrase_of_the_question_owns_it():
    texts = {1: "打造清真食品出口加工基地", 2: "发展农产品加工和物流基地", 3: "建设加工园区"}
    assert phrase_owner("出口加工基地在哪条", texts, min_run=6) == 1


def test_no_text_owns_a_phrase_when_the_run_is_short_or_shared_or_only_a_figure():
    texts = {1: "到2025年建成加工基地", 2: "到2025年完善加工基地", 3: "建设园区"}
    assert phrase_owner("加工基地到2025年", texts, min_run=4) is None  # both hold 加工基地 (a tie)
    assert phrase_owner("建设园区", texts, min_run=6) is None  # 4 characters, shorter than asked
    assert phrase_owner("到2025年建成", {1: "到2025年建成", 2: "另一句"}, min_run=6) is None  # digits do not count


def test_two_places_each_with_a_sentence_of_its_own_are_both_quoted_in_the_task_s_order():
    quoted = sentences_per_place(
        COUNTIES, {0: 0.5, 1: 0.6, 2: 0.9}, [], {}, places=("乙县", "甲县"), prefer_numbers=True
    )
    assert quoted == "甲县建设铝加工基地，产值达到70亿元。乙县建设酿酒基地，产值达到30亿元。"


@pytest.mark.parametrize("places", [("甲县",), ("甲县", "丙县")])
def test_one_place_or_a_place_no_sentence_names_leaves_the_choice_to_the_best_sentence(places):
    assert sentences_per_place(COUNTIES, {0: 0.5, 1: 0.6, 2: 0.9}, [], {}, places=places) is None


def test_the_evidence_is_a_sentence_per_place_or_else_the_best_sentence():
    scores = {0: 0.5, 1: 0.6, 2: 0.9}
    both = evidence_for(COUNTIES, scores, [], {}, places=("甲县", "乙县"), prefer_numbers=True)
    one = evidence_for(COUNTIES, scores, [], {}, places=("甲县",), prefer_numbers=True)
    assert both == "甲县建设铝加工基地，产值达到70亿元。乙县建设酿酒基地，产值达到30亿元。"
    assert one == "甲县建设铝加工基地，产值达到70亿元。"


def test_a_question_asking_a_type_gets_the_sentence_stating_one():
    task = Task(
        number=9,
        title="县城",
        section=1,
        text="支持甲县发展大型商场。将甲县打造为生态农牧型县城。",
        sentences=("支持甲县发展大型商场。", "将甲县打造为生态农牧型县城。"),
        lead_units=("甲局",),
        responsible_units=(),
    )
    # The dense scores favour the first sentence; 大型 describes a thing and states no type.
    sentence, _ = best_sentence(task, {0: 0.95, 1: 0.50}, [], {}, prefer_types=True, places=("甲县",))
    assert sentence == "将甲县打造为生态农牧型县城。"
