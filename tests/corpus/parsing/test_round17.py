"""Round 17 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.unit_lists import split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_table_whose_responsible_column_comes_before_its_lead_column_names_the_lead_once():
    text = "\n\n".join(
        [
            "序号", "事项", "责任单位", "牵头单位",
            "1", "甲项指标增长5%。", "区乙局、区甲局、区丙局", "区甲局",
            "2", "乙项指标增长3%。", "区丁局", "区丁局",
        ]
    )  # fmt: skip
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (("区甲局",), ("区乙局", "区丙局")),
        (("区丁局",), ()),
    ]


def test_a_local_postal_administration_named_after_its_place_takes_no_level_prefix():
    assert split_units("区甲局、某某邮政管理局、乙局") == ("区甲局", "某某邮政管理局", "区乙局")


def test_dash_items_run_together_split_and_a_section_heading_after_a_units_parenthesis_is_no_task_text():
    text = (
        "--推进甲项改革。完善甲项制度。（市甲局牵头） --推进乙项改革，健全机制。（市乙局、丙局牵头） "
        "二、完善丁项体系 --深化丁项改革。（市丁局牵头） --推进戊项建设。（市戊局牵头）"
    )
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (("市甲局",), ()),
        (("市乙局", "市丙局"), ()),
        (("市丁局",), ()),
        (("市戊局",), ()),
    ]


def test_paragraphs_closed_by_a_person_in_charge_and_the_units_carrying_them_out_are_tasks_of_those_units():
    text = (
        "（一）推进甲项工作\n"
        "加快甲项建设。完善甲项制度。由某某同志负责，市甲局、市乙局承办。\n"
        "促进乙项发展。由某某同志负责，市丙局承办。\n"
        "（二）推进丙项工作\n"
        "健全丙项机制。请某某、某某同志负责，市丁局承办。\n"
    )
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        ((), ("市甲局", "市乙局")),
        ((), ("市丙局",)),
        ((), ("市丁局",)),
    ]


def test_a_person_in_charge_is_never_read_as_a_unit():
    from corpus.parsing.roles import prose_roles

    roles = prose_roles("加快甲项建设。由某某同志负责，市甲局承办。")
    assert (roles.lead, roles.responsible) == ((), ("市甲局",))


def test_a_lead_named_with_the_part_it_leads_is_a_lead_of_the_task():
    from corpus.parsing.roles import parse_inline

    roles = parse_inline("责任单位：市甲局牵头城镇企业、市乙局牵头农村企业，市丙局、市丁局等相关部门负责具体落实")
    assert roles is not None
    assert (roles.lead, roles.responsible) == (("市甲局", "市乙局"), ("市丙局", "市丁局"))


def test_a_page_opening_with_the_tail_of_an_item_before_item_n_keeps_that_tail_as_item_n_minus_one():
    text = (
        "完善甲项制度，推进甲项改革。（责任单位：市甲局牵头，市乙局参与）\n"
        "8、深化乙项改革。健全乙项机制。（责任单位：市丙局牵头，市丁局参与）\n"
        "9、推进丙项建设。加快丙项进度。（责任单位：市戊局牵头）\n"
    )
    assert [(t.number, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks] == [
        (7, ("市甲局",), ("市乙局",)),
        (8, ("市丙局",), ("市丁局",)),
        (9, ("市戊局",), ()),
    ]


def test_a_units_parenthesis_cut_by_the_page_end_keeps_its_whole_labelled_clauses_and_drops_the_cut_one():
    text = (
        "1.推进甲项工作。（牵头单位：区甲局；责任单位：区乙局）\n"
        "2.推进乙项工作。（牵头单位：区丙局、区丁局；责任单位：区政\n"
    )
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (("区甲局",), ("区乙局",)),
        (("区丙局", "区丁局"), ()),
    ]


def test_a_units_parenthesis_cut_inside_a_list_before_its_verb_is_left_unread():
    text = "1.推进甲项工作。（区甲局牵头，区乙局配合）\n2.推进乙项工作。（区丙局牵头督导，区丁局、区戊局、\n"
    assert [(lead, resp) for _, lead, resp in units(text)][1] == ((), ())


def test_a_flattened_table_with_a_header_remark_person_headings_and_a_level_named_lead_label_reads_its_rows():
    text = "\n\n".join(
        [
            "序号", "重点工作任务（本市2项配合工作）", "责任单位",
            "（一）张三副市长牵头重点工作",
            "1", "推进甲项建设，加快甲项进度。", "市甲局、市乙局", "省牵头单位：省甲厅",
            "（二）李四副市长牵头重点工作",
            "2*", "推进乙项建设，完善乙项制度。", "市丙局",
        ]
    )  # fmt: skip
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (("省甲厅",), ("市甲局", "市乙局")),
        ((), ("市丙局",)),
    ]


def test_a_header_cell_is_a_header_word_whatever_the_length_of_its_closing_remark():
    from corpus.parsing.tables import is_header_cell

    assert is_header_cell("重点工作任务（本市2项牵头工作、19项配合工作）")
    assert not is_header_cell("加强甲项工作，推进乙项任务（本市牵头）")
