"""Round 12 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

import pytest

from corpus.parser import parse_notice
from corpus.parsing.roles import cut_units_tail, parse_inline, prose_roles
from corpus.parsing.tables import embedded_header, titled_header
from corpus.parsing.unit_lists import split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_units_cell_saying_who_leads_in_words_is_read_as_said():
    text = (
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好甲工作。 | 1.推进甲事项。 | 综合科 |\n"
        "2.推进乙事项。 | 综合科牵头,各科室配合 | |\n"
    )
    assert units(text) == [("1", (), ("综合科",)), ("2", ("综合科",), ("各科室",))]


@pytest.mark.parametrize(
    "line",
    [
        "（市发改委牵头，市财政局、市城建局、",  # cut right after a separator
        "协同责任单位：市财政局、市税务局、人行某",  # cut inside a name
        "1.推进甲项目。〔市发改委牵头，市财政局、市交通",
    ],
)
def test_a_units_list_the_page_cut_before_its_end_is_incomplete(line):
    assert cut_units_tail(line)


@pytest.mark.parametrize(
    "line",
    [
        "〔牵头单位：市发改委；配合单位：市财政局、市税务局",  # ends on a whole name: read as it stands
        "（市发改委牵头，市财政局配合）",
        "推进甲项目、乙项目",
        "2.推进甲项目，",
    ],
)
def test_a_list_ending_on_a_whole_name_or_no_list_at_all_is_not_cut(line):
    assert not cut_units_tail(line)


def test_the_last_task_of_a_page_cut_inside_its_units_gets_none():
    text = (
        "一、任务\n1.推进甲项目。\n牵头责任单位：市发改委。\n协同责任单位：市财政局。\n"
        "2.推进乙项目。\n牵头责任单位：市财政局。\n协同责任单位：市发改委、市税务局、人行某"
    )
    assert units(text) == [("1", ("市发改委",), ("市财政局",)), ("2", (), ())]


def test_a_remark_after_the_units_full_stop_names_no_unit_of_the_task():
    content = "市水务局牵头，市工信委、市城建局配合，各县区政府负责落实。以下均需各县区政府落实，不再列出"
    assert parse_inline(content) == parse_inline("市水务局牵头，市工信委、市城建局配合，各县区政府负责落实")
    roles = parse_inline(content)
    assert roles is not None
    assert roles.lead == ("市水务局",)
    assert set(roles.responsible) == {"市工信委", "市城建局", "各县区政府"}


def test_a_task_with_two_units_parentheses_takes_both():
    text = (
        "一、任务\n1.推进甲项目。完成甲清单编制。〔市环保局牵头，市发改局参与。以下各项均需各区政府落实，不再列出。〕"
        "加快乙工作。（市环保局、市商务局牵头，市发改局、市财政局参与）\n"
    )
    [(label, lead, responsible)] = units(text)
    assert label == "1"
    assert set(lead) == {"市环保局", "市商务局"}
    assert set(responsible) == {"市发改局", "市财政局"}


def test_a_group_name_whose_organ_prints_its_alternative_stays_whole():
    assert split_units("市发改局、各县、区人民政府（管委会）") == ("市发改局", "各县、区人民政府（管委会）")


def test_a_lead_named_with_fuze_before_helpers_in_the_sentence_leads_them():
    roles = prose_roles("由省农业厅负责，省林业局、环保局配合，加快无公害基地建设。")
    assert roles.lead == ("省农业厅",)
    assert roles.responsible == ("省林业局", "省环保局")


def test_units_placed_in_front_lead_as_the_whole_first_group_of_a_grouped_list():
    text = (
        "一、任务\n1.推进甲项目。（责任单位：市甲局、市乙局，市丙局、市丁局，各镇街。排在前位为牵头部门，下同。）\n"
        "2.推进乙项目。（责任单位：市丙局、市丁局，市甲局）\n"
        "3.推进丙项目。（责任单位：市乙局，市甲局）\n"
    )
    assert units(text) == [
        ("1", ("市甲局", "市乙局"), ("市丙局", "市丁局", "各镇街")),
        ("2", ("市丙局", "市丁局"), ("市甲局",)),
        ("3", ("市乙局",), ("市甲局",)),
    ]


def test_the_first_listed_rule_still_names_one_lead_in_a_grouped_list():
    text = "一、任务\n1.推进甲项目。（责任单位：市甲局、市乙局，市丙局。排在首位的为牵头单位，下同。）\n"
    assert units(text) == [("1", ("市甲局",), ("市乙局", "市丙局"))]


def test_a_space_split_row_whose_text_cells_hold_spaces_takes_its_units_from_the_last_cells():
    text = (
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        "1 加强甲 工作 推进甲 项目 落实甲项目的各项措施。 市甲局 市乙局、丙局等 各县区政府\n"
    )
    [task] = parse_notice(text).tasks
    assert task.lead_units == ("市甲局",)
    assert task.responsible_units == ("市乙局", "市丙局", "各县区政府")
    assert "落实甲项目的各项措施" in task.text


def test_places_sharing_a_pair_of_organs_printed_after_the_last_are_one_group():
    assert split_units("各县区党委和政府，甲示范区、乙新区党工委和管委会") == (
        "各县区党委和政府",
        "甲示范区、乙新区党工委和管委会",
    )
    assert split_units("市发改委、乙新区党工委和管委会") == ("市发改委", "乙新区党工委和管委会")


def test_a_sentence_naming_column_words_after_a_conjunction_is_no_header():
    sentence = "各项重点工作任务完成情况和反馈情况与各责任单位年度考核结果挂钩。"
    assert titled_header(sentence) is None
    # "内容与要求" still joins two column words: the header runs on to the first row.
    header = embedded_header("甲县重点工作表序号内容与要求进展情况责任单位1推进甲项目。")
    assert header is not None
    assert header[1] == "1推进甲项目。"


def test_a_cell_table_whose_number_column_the_copy_left_empty_counts_its_rows():
    text = (
        "重点工作任务分解表\n\n序号\n\n目标与任务\n\n牵头责任单位\n\n责任单位\n\n"
        "加快推进甲项目建设，让城市更美。\n\n市发改委\n\n各区政府\n\n"
        "扎实推进乙项目建设。抓好整改。\n\n市城建局\n\n各区政府、开发区管委会\n"
    )
    assert units(text) == [
        ("1", ("市发改委",), ("各区政府",)),
        ("2", ("市城建局",), ("各区政府", "开发区管委会")),
    ]


def test_helpers_named_after_the_roles_full_stop_still_take_part():
    roles = parse_inline("市发改委牵头，市财政局配合。各县区政府配合")
    assert roles is not None
    assert roles.lead == ("市发改委",)
    assert roles.responsible == ("市财政局", "各县区政府")
