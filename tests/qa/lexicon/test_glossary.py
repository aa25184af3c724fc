"""The English glossary: English questions said the Chinese way (qa/lexicon/glossary.py)."""

from __future__ import annotations

import pytest

from qa.lexicon.glossary import translate_english


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("what about part eight?", "那第八部分呢"),  # the last question of another part
        ("how many of them does 各县人民政府 lead", "其中各县人民政府牵头的有几项"),  # counted among those shown
        ("the fourth one's lead units", "第四个的牵头单位"),  # a place in the list shown
        ("which of these mention 2030?", "其中哪些提到2030年"),  # a year written alone is a year
        ("sewage target by 2025", "污水目标到2025年"),  # "by" a year is the plan's deadline, "到…年"
    ],
)
def test_a_follow_up_in_english_is_said_the_chinese_way(english, chinese):
    assert translate_english(english) == chinese


def test_what_s_is_what_is_not_of_what():
    assert translate_english("What's the target of it?") == "目标"


def test_english_with_no_word_of_the_glossary_is_not_translated():
    assert translate_english("it's fine") is None
