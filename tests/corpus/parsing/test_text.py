"""The canonical text every parsing step reads."""

from __future__ import annotations

from corpus.parsing.text import normalize_line, simplified, split_run_in_paragraphs


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


def test_a_pages_paragraphs_run_together_on_one_line_are_split_at_each_item_and_label():
    letter = "各部门：现将责任分解印发给你们，请认真贯彻执行。" * 12
    line = f"{letter} 一、县长牵头重点工作 1.生产总值增长7.5%左右。 责任单位:县发改局、县财政局 2.降低行政运行成本。"
    assert split_run_in_paragraphs([line]) == [
        letter,
        "一、县长牵头重点工作",
        "1.生产总值增长7.5%左右。",
        "责任单位:县发改局、县财政局",
        "2.降低行政运行成本。",
    ]


def test_a_short_line_or_one_with_a_single_item_after_a_space_is_not_split():
    short = "1.推进甲项目 2.推进乙项目 3.推进丙项目"
    assert split_run_in_paragraphs([short]) == [short]
    long_task = "1.推进甲项目，" + "完善配套设施，" * 60 + " 2.其余见附件。"
    assert split_run_in_paragraphs([long_task]) == [long_task]


def test_items_run_on_right_after_a_full_stop_are_split_when_they_count_up_from_one():
    letter = "关于支持招商引资的意见。为落实市委部署，" + "结合实际，" * 60 + "现提出以下意见。"
    line = f"{letter}1.对创新团队给予资助。责任单位：市科技局。2.对招商项目给予指标。责任单位：市商务局。"
    assert split_run_in_paragraphs([line]) == [
        letter,
        "1.对创新团队给予资助。责任单位：市科技局。",
        "2.对招商项目给予指标。责任单位：市商务局。",
    ]


def test_figures_after_a_full_stop_that_do_not_count_up_from_one_do_not_split_a_line():
    line = "推进甲项目。" + "完善配套设施。" * 50 + "3.5%的目标不变。2、3月份完成验收。"
    assert split_run_in_paragraphs([line]) == [line]


def test_a_run_in_pages_fields_split_at_each_label_and_a_units_field_ends_at_its_space():
    # Made-up progress report whose items print "label:value" fields after single spaces, with a small table
    # run into the line after a units field.
    letter = "现将民生实事项目进展情况予以公示。" * 20
    line = (
        f"{letter} 1.新建公园3个。 牵头领导:张三 责任单位:市住建局 项目责任人:李四 "
        "配合单位:市财政局 市城管局,各区政府 东区 西区 合计 实际完成情况:已完成2个。 2.新增公交线路5条。"
    )
    assert split_run_in_paragraphs([line]) == [
        letter,
        "1.新建公园3个。",
        "牵头领导:张三",
        "责任单位:市住建局",
        "项目责任人:李四",
        "配合单位:市财政局 市城管局,各区政府",
        "东区 西区 合计",
        "实际完成情况:已完成2个。",
        "2.新增公交线路5条。",
    ]
