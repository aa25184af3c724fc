"""Everyday words are widened with the notice's own terms for BM25."""

from __future__ import annotations

from qa.synonyms import expand


def test_an_everyday_word_brings_the_notice_terms_along():
    assert expand("冬天家里暖气不热") == "冬天家里暖气不热 供热 集中供暖"


def test_a_question_without_everyday_words_is_unchanged():
    assert expand("提高污水收集处理能力") == "提高污水收集处理能力"


def test_asking_a_county_towns_type_reaches_the_notices_x_type_wording():
    # The notice types county towns as "生态农牧型县城", "文旅融合型县城".
    assert "型县城" in expand("互助算哪种类型")
