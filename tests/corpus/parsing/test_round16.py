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


def test_a_township_body_named_after_you_in_the_sentence_leads_the_task():
    from corpus.parsing.roles import prose_roles

    roles = prose_roles("镇内各诊所等，由卫生院牵头，负责日常监督。")
    assert (roles.lead, roles.responsible) == (("卫生院",), ())
    assert prose_roles("由企业负责实施。").empty


def test_a_label_line_repeating_the_unit_the_sentence_names_as_lead_keeps_it_lead():
    text = "一、措施\n1、镇内各诊所等，由卫生院牵头，负责日常监督。\n负责人：张某\n责任部门：卫生院\n"
    assert units(text) == [("1", ("卫生院",), ())]
    # Without a lead in the sentence the line's unit stays responsible, as any 责任部门 line.
    text = "一、措施\n1、镇内各诊所的日常监督。\n责任部门：卫生院\n2、镇内各商店的日常监督。\n责任部门：市场所\n"
    assert units(text) == [("1", (), ("卫生院",)), ("2", (), ("市场所",))]


def test_paragraphs_beside_a_sub_heading_over_tasks_are_measures_too():
    text = (
        "一、工作重点\n以甲类产品为重点。\n二、主要措施\n"
        "（一）加大宣传：充分利用各种宣传手段，加大宣传力度，提高群众对食品安全的认知程度。\n"
        "（二）集中整治：镇食品安全办公室牵头，组成由各相关成员单位参加的联合检查组，开展集中整治。\n"
        "（三）分片监管：\n1、镇内各诊所等，由卫生院牵头，负责日常监督。\n2、镇内各商店等，由市场所牵头，负责日常监督。\n"
    )
    assert units(text) == [
        ("（一）", (), ()),
        ("（二）", ("镇食品安全办公室",), ("各相关成员单位",)),
        ("1", ("卫生院",), ()),
        ("2", ("市场所",), ()),
    ]


def test_an_introductions_paragraphs_under_another_heading_stay_prose():
    text = (
        "一、总体要求\n（一）指导思想。坚持以人民为中心，全面提升食品安全工作水平和群众满意度。\n"
        "二、重点任务\n（一）产业发展\n1. 推进甲项工作。（市甲局负责）\n2. 推进乙项工作。（市乙局负责）\n"
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_a_team_the_lead_forms_with_the_units_taking_part_names_lead_and_helpers():
    from corpus.parsing.roles import prose_roles

    roles = prose_roles("市甲局牵头，组成由市乙局、市丙局参加的联合检查组，开展检查。")
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市乙局", "市丙局"))
    roles = prose_roles("成立由市甲局牵头、市乙局参与的工作专班。")
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市乙局",))


def test_an_html_page_reads_as_its_words_one_block_element_a_line():
    text = (
        '<div class="content">\n<p>一、重点任务</p>\n'
        "<p>1. 推进甲项工作，加快建设。（市甲局牵头，市乙局配合）</p>\n<p>2. 推进乙项工作。（市丙局负责）</p>\n</div>"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ())]


def test_an_html_tables_cells_are_separated_as_a_flattened_tables_are():
    lines = ["<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>", "<tr><td>1</td><td>推进甲项</td>"]
    assert [line for line in markup_as_lines(lines) if line] == [" | 序号 | 重点任务 | 牵头单位", " | 1 | 推进甲项"]


def test_objects_with_chinese_keys_give_each_value_under_its_key_as_a_label():
    text = (
        '[\n  {\n    "任务": "推进甲项工作，加快建设。",\n    "责任单位": "市甲局牵头，市乙局配合"\n  },\n'
        '  {\n    "任务": "推进乙项工作，完善制度。",\n    "责任单位": "市丙局牵头"\n  }\n]'
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ())]


def test_a_minified_object_on_one_line_is_object_text_too():
    text = (
        '[{"title": "推进甲项工作", "content": "加快建设。", "units": "市甲局牵头，市乙局配合"}, '
        '{"title": "推进乙项工作", "content": "完善制度。", "units": "市丙局负责"}]'
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ())]


def test_comma_separated_rows_under_a_header_of_the_genres_columns_read_as_a_table():
    text = '序号,重点任务,牵头单位,配合单位\n1,推进甲项工作,市甲局,"市乙局,市丙局"\n2,推进乙项工作,市丙局,市甲局\n'
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局")), ("2", ("市丙局",), ("市甲局",))]


def test_a_notice_line_with_commas_is_no_table():
    lines = ["一、总体要求", "坚持稳中求进，推动高质量发展，提升群众满意度。"]
    assert markup_as_lines(lines) == lines


def test_unnumbered_paragraphs_each_saying_who_leads_in_the_sentence_are_tasks_under_a_bare_heading():
    text = (
        "二、重点任务\n加快推进甲项工作，由市甲局牵头，市乙局配合，确保年内完成。\n"
        "推进乙项工作，由市丙局负责，完善制度。\n"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ())]


def test_markdown_keeps_a_lone_star_marking_the_lead_and_an_items_number():
    lines = ["# 分工", "- **(一) 推进甲项**", "- 牵头：*市甲局、市乙局", "- 1）推进乙项。"]
    assert markup_as_lines(lines) == ["分工", "(一) 推进甲项", "● 牵头：*市甲局、市乙局", "1）推进乙项。"]


def test_a_dash_setting_a_label_line_off_is_no_part_of_it():
    text = "一、重点任务\n1.推进甲项工作。\n——责任单位：市甲局、市乙局\n2.推进乙项工作。\n——责任单位：市丙局\n"
    assert units(text) == [("1", (), ("市甲局", "市乙局")), ("2", (), ("市丙局",))]


def test_a_sharing_sites_page_marker_inside_a_parenthesis_is_taken_out_and_the_page_joined():
    from corpus.parsing.text import rejoin_page_markers

    assert rejoin_page_markers(["1.推进甲项。（市甲局负责，市乙局", "", "2、、市丙局配合）"]) == [
        "1.推进甲项。（市甲局负责，市乙局、市丙局配合）"
    ]
    # An item's own number opens its text, never a punctuation mark: it stays an item.
    assert rejoin_page_markers(["1.推进甲项。", "2、推进乙项。"]) == ["1.推进甲项。", "2、推进乙项。"]
    text = "一、重点任务\n1.推进甲项工作。（市甲局负责，市乙局\n\n2、、市丙局配合）\n2.推进乙项工作。（市丁局负责）\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局")), ("2", ("市丁局",), ())]


def test_numbered_items_run_together_each_closed_by_its_units_are_split_one_a_line():
    text = "一、重点任务\n1.推进甲项工作（市甲局负责）2.推进乙项工作（市乙局负责）3.推进丙项工作（市丙局负责）\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ()), ("3", ("市丙局",), ())]
    text = "一、重点任务\n（一）主要措施：1.推进甲项工作。（市甲局负责，市乙局配合）2.推进乙项工作。（市丙局负责）\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ())]


def test_a_figure_after_a_units_parenthesis_does_not_split_the_line():
    from corpus.parsing.unnumbered import run_in_items

    line = "1.推进甲项工作（市甲局负责）5.5万亩以上完成整治。"
    assert run_in_items([line]) == [line]
    line = "1.推进甲项工作（市甲局负责）3.推进乙项工作（市乙局负责）"
    assert run_in_items([line]) == [line]  # 3 does not follow 1: no run of items


def test_a_headings_lead_goes_to_items_naming_only_helpers():
    text = "一、产业发展（牵头单位：市甲局）\n1.推进甲项工作。（配合单位：市乙局）\n2.推进乙项。（配合单位：市丙局）\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市甲局",), ("市丙局",))]
    # An item naming its own lead keeps it.
    text = "一、产业发展（牵头单位：市甲局）\n1.推进甲项工作。（配合单位：市乙局）\n2.推进乙项工作。（市丁局牵头）\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丁局",), ())]


def test_a_word_documents_xml_reads_as_its_paragraphs():
    text = (
        "<w:body>\n"
        "<w:p><w:r><w:t>一、重点任务</w:t></w:r></w:p>\n"
        "<w:p>\n  <w:r><w:t>1.推进甲项</w:t></w:r>\n  <w:r><w:t>工作。（市甲局牵头，市乙局配合）</w:t></w:r>\n</w:p>\n"
        "<w:p><w:r><w:t>2.推进乙项工作。（市丙局负责）</w:t></w:r></w:p>\n"
        "</w:body>"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市丙局",), ())]


def test_titled_paragraphs_each_naming_their_units_are_tasks_not_all_the_headings():
    text = "二、重点任务\n推进甲项工作\n加快建设，年内完成。（市甲局牵头）\n推进乙项工作\n完善制度。（市乙局负责）\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_one_titled_paragraph_under_a_heading_stays_the_headings_body():
    text = "二、重点任务\n推进甲项工作\n加快建设，确保年内完成。（市甲局牵头）\n"
    assert units(text) == [("二", ("市甲局",), ())]


def test_a_last_clause_naming_a_government_body_and_its_verb_names_the_lead():
    from corpus.parsing.roles import prose_roles

    roles = prose_roles("加快推进甲项工作，确保年内完成，市甲局负责。")
    assert (roles.lead, roles.responsible) == (("市甲局",), ())
    assert prose_roles("加快推进甲项工作，确保年内完成，企业负责。").empty
    assert prose_roles("市甲局负责。").empty  # the whole text is the clause: a task that says only who does it


def test_a_run_of_paragraphs_closed_by_units_may_follow_a_headings_introduction():
    text = (
        "二、重点任务\n围绕目标，重点抓好以下工作。\n"
        "推进甲项工作，确保年内完成。（市甲局牵头）\n推进乙项工作，完善制度。（市乙局负责）\n"
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_a_paragraph_naming_no_units_inside_a_run_is_a_task_without_units_not_the_next_ones():
    text = (
        "二、重点任务\n推进甲项工作，确保年内完成。（市甲局牵头）\n推进乙项工作，完善制度。\n"
        "推进丙项工作。（市丙局负责）\n"
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", (), ()), ("3", ("市丙局",), ())]


def test_a_numbered_tasks_second_sentence_with_its_own_units_stays_in_the_task():
    text = (
        "一、重点任务\n1.推进甲项工作，年内完成。（市甲局牵头）\n加快建设乙项目。（市乙局负责）\n"
        "2.推进丙项工作。（市丙局负责）\n"
    )
    assert units(text) == [("1", ("市甲局", "市乙局"), ()), ("2", ("市丙局",), ())]


def test_lists_of_strings_in_object_text_are_a_tables_rows():
    text = (
        '[\n  ["序号", "重点任务", "牵头单位", "配合单位"],\n  ["1", "推进甲项工作", "市甲局", "市乙局、市丙局"],\n'
        '  ["2", "推进乙项工作", "市丙局", "市甲局"]\n]'
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局")), ("2", ("市丙局",), ("市甲局",))]
    minified = '{"rows": [["序号", "重点任务", "牵头单位"], ["1", "推进甲项", "市甲局"], ["2", "推进乙项", "市乙局"]]}'
    assert units(minified) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_a_units_name_alone_on_its_line_over_numbered_items_heads_them():
    text = "一、重点任务\n市甲局：\n1. 推进甲项工作。\n2. 推进乙项工作。\n市乙局：\n1. 推进丙项工作。\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市甲局",), ()), ("1", ("市乙局",), ())]


def test_a_covering_letters_addressees_over_its_items_are_no_unit_heading():
    text = "各区人民政府，市政府各部门：\n一、高度重视。\n二、重点任务\n1. 推进甲项工作。（市甲局负责）\n"
    assert units(text) == [("1", ("市甲局",), ())]
