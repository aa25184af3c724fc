"""Round 15 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice, parse_notice_with_report
from corpus.parsing.roles import Role, label_value_roles, prose_roles
from corpus.parsing.unit_lists import inherit_prefix, looks_like_unit


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_label_lines_opening_a_page_before_any_numbered_line_are_skipped_not_an_error():
    text = (
        "牵头单位：市甲局。\n配合单位：市乙局。\n二、第二部分\n（一）推进丙项目。\n牵头单位：市丙局。\n"
        "（二）推进丁项目。\n牵头单位：市丁局。\n配合单位：市乙局。\n"
    )
    assert units(text) == [("（一）", ("市丙局",), ()), ("（二）", ("市丁局",), ("市乙局",))]


def test_a_units_line_under_a_heading_over_one_item_is_given_to_no_task_and_reported_not_an_error():
    # Shared by the block or the item's typed too early: the page cannot tell, so no units rather than wrong ones.
    text = "一、总则\n牵头单位：甲局\n1. 甲。\n"
    assert units(text) == [("1", (), ())]
    _, report = parse_notice_with_report(text)
    assert [s.line_no for s in report.skipped] == [2]
    assert any("第2行" in note for note in report.notes)


def test_a_sentence_naming_a_host_unit_and_its_co_hosts_names_lead_and_helpers():
    assert prose_roles("此项工作由市甲局主办，市乙局、市丙局协办。") == prose_roles(
        "此项工作由市甲局牵头，市乙局、市丙局配合。"
    )
    roles = prose_roles("此项工作由市甲局主办，市乙局、市丙局协办。")
    assert (roles.lead, roles.responsible) == (("市甲局",), ("市乙局", "市丙局"))


def test_a_group_carrying_a_task_out_locally_is_responsible_and_the_verb_no_part_of_its_name():
    roles = label_value_roles(Role.RESPONSIBLE, "省甲厅、乙厅按职责分工负责，各市人民政府结合实际落实")
    assert (roles.lead, roles.responsible) == ((), ("省甲厅", "省乙厅", "各市人民政府"))


def test_a_group_name_ending_in_a_verb_of_carrying_out_is_no_unit_name():
    assert not looks_like_unit("各县政府结合实际落实")
    assert looks_like_unit("各县政府")


def test_a_court_procuratorate_or_peoples_organisation_takes_the_level_printed_once():
    assert inherit_prefix(["省法院", "检察院"]) == ["省法院", "省检察院"]
    assert inherit_prefix(["市商务局", "供销社", "妇联"]) == ["市商务局", "市供销社", "市妇联"]


def test_a_task_and_units_table_one_cell_per_line_is_read_by_what_its_cells_hold():
    # Made-up: the goal cell printed over two lines (goal, then an indicator), the units one name per line.
    text = (
        "主要目标\n\n主要责任单位\n\n责任单位\n\n"
        "1.城乡居民收入稳步增长，差距逐步缩小。\n\n——农村居民人均收入年均增长百分之八以上。\n\n市甲局\n\n市乙局\n\n市丙局\n\n"
        "2.公共服务体系更加完善，覆盖全体居民。\n\n市丁局\n\n市甲局\n"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局")), ("2", ("市丁局",), ("市甲局",))]


def test_a_further_row_of_a_goal_printing_no_number_is_a_task_without_a_printed_number():
    text = (
        "主要目标\n\n主要责任单位\n\n责任单位\n\n"
        "1.城乡居民收入稳步增长，差距逐步缩小。\n\n——农村居民人均收入年均增长百分之八以上。\n\n市甲局\n\n市乙局\n\n——城镇登记失业率控制在百分之四以内。\n\n市丙局\n\n市乙局\n\n"
        "2.公共服务体系更加完善，覆盖全体居民。\n\n市丁局\n"
    )
    assert units(text) == [
        ("1", ("市甲局",), ("市乙局",)),
        ("", ("市丙局",), ("市乙局",)),
        ("2", ("市丁局",), ()),
    ]


def test_a_units_name_cut_short_by_a_narrow_column_stays_a_name_of_its_row():
    text = (
        "主要目标\n\n主要责任单位\n\n责任单位\n\n"
        "1.城乡居民收入稳步增长，差距逐步缩小。\n\n市甲局\n\n市新闻出版\n\n人口计生\n\n2.公共服务体系更加完善，覆盖全体居民。\n\n市丁局\n"
    )
    assert units(text) == [("1", ("市甲局",), ("市新闻出版", "人口计生")), ("2", ("市丁局",), ())]


def test_other_words_for_the_units_answering_for_a_task_read_as_responsible_units():
    text = (
        "一、总体\n1.推进甲项目建设。\n负责单位：市甲局\n2.完善乙制度。\n落实单位：市乙局\n"
        "3.健全丙机制。\n执行单位：市丙局\n"
    )
    assert units(text) == [("1", (), ("市甲局",)), ("2", (), ("市乙局",)), ("3", (), ("市丙局",))]


def test_units_answering_for_a_task_beside_supporting_units_lead_them():
    text = "一、总体\n1.推进甲项目建设。\n负责单位：市甲局\n支持单位：市乙局、市丙局\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局"))]


def test_a_closing_sentence_naming_only_the_units_and_their_verb_names_them():
    text = "一、总体\n1.推进甲项目建设，年内开工。市甲局牵头。\n2.完善乙制度。市乙局、市丙局负责。\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局", "市丙局"), ())]


def test_a_closing_sentence_naming_no_government_body_names_no_units():
    text = "一、总体\n1.推进甲项目建设，年内开工。项目业主负责。\n"
    assert units(text) == [("1", (), ())]


def test_a_run_together_table_opening_at_a_later_row_goes_on_from_that_number():
    text = "序号工作任务责任单位7推进甲项目建设。市甲局牵头；市乙局配合8完善乙制度。市丙局牵头；市丁局配合\n"
    assert units(text) == [("7", ("市甲局",), ("市乙局",)), ("8", ("市丙局",), ("市丁局",))]


def test_a_run_together_units_cell_stating_roles_in_clauses_is_read_as_said():
    text = "序号工作任务责任单位1推进甲项目建设。市甲局牵头；市乙局配合；各县政府落实2完善乙制度。市丙局牵头\n"
    found = [(label, lead, set(responsible)) for label, lead, responsible in units(text)]
    assert found == [("1", ("市甲局",), {"市乙局", "各县政府"}), ("2", ("市丙局",), set())]
