"""The canonical text every parsing step reads."""

from __future__ import annotations

from corpus.parsing.text import normalize_line, simplified


def test_a_text_typeset_in_traditional_characters_is_read_in_simplified_ones():
    text = "1.全面實施行政許可事項清單管理。(市政府辦公室牽頭,各縣市區政府按職責分工負責)"
    assert simplified(text) == "1.全面实施行政许可事项清单管理。(市政府办公室牵头,各县市区政府按职责分工负责)"


def test_a_simplified_text_is_left_exactly_as_it_is():
    # 著 and 乾 are characters OpenCC may rewrite even in simplified writing; a simplified notice keeps them.
    text = "1. 推进乾县著名景区提升工程。（市文旅局牵头，市财政局、各县区政府按职责分工负责）" * 3
    assert simplified(text) == text


def test_text_without_han_characters_is_unchanged():
    assert simplified("2023 | 1 | 3.5%") == "2023 | 1 | 3.5%"


def test_normalize_line_folds_width_and_removes_gaps_between_han_characters():
    assert normalize_line(" 市人力 资源社会保障局(牵头): ") == "市人力资源社会保障局（牵头）："


def test_a_space_between_two_unit_names_separates_them_and_any_other_is_removed():
    assert normalize_line("市财政局 市住建局　各县区人民政府") == "市财政局、市住建局、各县区人民政府"
    assert normalize_line("市人力 资源社会保障局") == "市人力资源社会保障局"


def test_circled_numbers_keep_their_form():
    assert normalize_line("①推进甲项目（牵头）") == "①推进甲项目（牵头）"


def test_a_mirrors_pinyin_glosses_after_characters_are_dropped():
    assert normalize_line("(責(zé)任單位:市財(cái)政局)") == "（責任單位：市財政局）"


def test_letters_in_parentheses_without_a_tone_mark_are_kept():
    assert normalize_line("附件(a)与方案(ab)") == "附件（a）与方案（ab）"
