"""Round 16 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.headings import heading_lead
from corpus.parsing.markup import markup_as_lines
from corpus.parsing.text import split_run_in_paragraphs


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_markdown_bullets_in_bold_quoting_numbered_items_read_as_those_items():
    text = (
        "**两部分 / 三项**\n\n"
        "- **(一) 推进甲项工作** — 「加快甲项建设。」（市甲局、市乙局按职责分工负责）\n"
        "- **(二) 推进乙项工作** — 「完善乙项制度。」（市丙局负责）\n"
        "- **(三) 推进丙项工作** — 「健全丙项机制。」（市甲局牵头，市丁局配合）\n"
    )
    assert units(text) == [
        ("（一）", (), ("市甲局", "市乙局")),
        ("（二）", ("市丙局",), ()),
        ("（三）", ("市甲局",), ("市丁局",)),
    ]


def test_a_markdown_list_item_without_a_number_becomes_a_bullet_item():
    lines = ["- **推进甲项工作**，加快建设。", "- 推进乙项工作，完善制度。", "- *推进丙项工作*，健全机制。"]
    assert markup_as_lines(lines) == [
        "● 推进甲项工作，加快建设。",
        "● 推进乙项工作，完善制度。",
        "● 推进丙项工作，健全机制。",
    ]


def test_a_text_that_is_not_markup_is_left_as_it_is():
    lines = ["一、总则", "1. 推进甲项工作。（市甲局负责）", "- 这一行只是一个破折号开头的行"]
    assert markup_as_lines(lines) == lines


def test_object_text_keeps_only_its_strings_holding_chinese_text_one_a_line():
    lines = [
        "data = {",
        "    name: '工作要点',",
        "    children: [",
        "        {",
        "            name: '推进甲项工作',",
        "            left: '8%',",
        "            children: [",
        "                { name: '加快甲项建设' },",
        "                {",
        "                    name: '市甲局、市乙局按职责分工负责'",
        "                },",
        "            ]",
        "        },",
        "    ]",
        "}",
    ]
    assert markup_as_lines(lines) == ["工作要点", "推进甲项工作", "加快甲项建设", "市甲局、市乙局按职责分工负责"]


def test_two_items_joined_on_one_line_after_a_semicolon_are_split_when_the_second_is_numbered_later():
    assert split_run_in_paragraphs(["（五）推进甲项工作；（七）推进乙项工作。"]) == [
        "（五）推进甲项工作；",
        "（七）推进乙项工作。",
    ]
    # A number that does not rise is a list quoted inside the item, not a second item.
    assert split_run_in_paragraphs(["（二）推进甲项：（一）…；（一）…。"]) == ["（二）推进甲项：（一）…；（一）…。"]


def test_a_heading_that_is_only_a_units_name_leads_the_measures_under_it():
    assert heading_lead("市甲局") == ("市甲局",)
    assert heading_lead("总体要求") == ()
    text = "一、市甲局\n1. 推进甲项工作。\n2. 推进乙项工作。\n二、市乙局\n1. 推进丙项工作。\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市甲局",), ()), ("1", ("市乙局",), ())]


def test_a_page_opening_with_item_six_keeps_it_as_a_task_without_units():
    text = "6. 推进甲项工作。\n五、市甲局\n1. 推进乙项工作。\n2. 推进丙项工作。\n"
    assert units(text) == [("6", (), ()), ("1", ("市甲局",), ()), ("2", ("市甲局",), ())]


def test_a_covering_letters_items_before_the_first_heading_still_go_when_they_start_at_one():
    text = "1. 高度重视。\n2. 加强督查。\n一、市甲局\n1. 推进乙项工作。\n2. 推进丙项工作。\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市甲局",), ())]


def test_targets_run_together_each_closed_by_its_units_parenthesis_are_tasks_without_numbers():
    text = (
        "一、主要目标\n"
        "1.约束性指标。\n"
        "常住人口控制在一定规模。（市甲局、市乙局牵头）能耗降低百分之十。（市丙局牵头）取水量降低百分之十。\n"
        "（市丁局牵头）绿化覆盖率达到四成以上。（市甲局牵头）\n"
    )
    assert units(text) == [
        ("1", ("市甲局", "市乙局"), ()),
        ("2", ("市丙局",), ()),
        ("3", ("市丁局",), ()),
        ("4", ("市甲局",), ()),
    ]


def test_one_task_closed_by_its_own_parenthesis_after_an_aside_in_brackets_does_not_split():
    text = "一、总则\n1. 推进甲项（含乙项）建设。（市甲局牵头）完成后验收。\n2. 推进丙项。（市丙局负责）\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市丙局",), ())]


def test_unnumbered_measures_each_closed_by_a_line_stating_their_units_are_tasks():
    text = (
        "工作要点\n推进甲项工作\n加快甲项建设，完善甲项制度\n市甲局、市乙局等按职责分工负责\n"
        "推进乙项工作\n健全乙项机制\n市丙局牵头，市甲局等按职责分工负责\n"
    )
    assert units(text) == [("1", (), ("市甲局", "市乙局")), ("2", ("市丙局",), ("市甲局",))]


def test_a_text_with_one_units_line_and_no_numbered_task_still_finds_no_task():
    import pytest

    from corpus.parser import NoticeParseError

    with pytest.raises(NoticeParseError, match="no tasks found"):
        parse_notice("工作要点\n推进甲项工作\n市甲局、市乙局等按职责分工负责\n")


def test_the_youth_leagues_central_committee_is_a_unit_and_a_clause_ending_in_a_verb_is_not():
    from corpus.parsing.unit_lists import looks_like_unit

    assert looks_like_unit("共青团中央")
    assert looks_like_unit("人民银行")
    assert not looks_like_unit("超大城市按现有规定执行")
