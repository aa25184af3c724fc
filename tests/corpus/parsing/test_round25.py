"""Round 25 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.roles import cut_units_tail, run_in_labels, run_in_lead_sentences


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_label_closing_an_items_first_sentence_after_a_comma_names_its_lead_and_the_remark_stays_text():
    roles, text = run_in_labels("甲桥维修工程，牵头部门：市甲局。完成较慢的为乙县。")
    assert (roles.lead, roles.responsible) == (("市甲局",), ())
    assert text == "甲桥维修工程。完成较慢的为乙县。"


def test_a_progress_report_naming_each_projects_lead_after_a_comma_gives_each_item_its_lead():
    text = (
        "一、总体进度\n甲县第一，乙县第二。\n二、项目进展\n"
        "1、甲桥维修工程，牵头部门：市甲局。完成较慢的为乙县。\n"
        "2、乙路拓宽工程，牵头单位：市乙局，配合单位：市丙局。已全部完工。\n"
    )
    assert units(text) == [("甲桥维修工程", ("市甲局",), ()), ("乙路拓宽工程", ("市乙局",), ("市丙局",))]


def test_a_comma_label_whose_value_is_prose_names_no_units():
    roles, text = run_in_labels("推进甲事项，牵头部门：要加强协调。")
    assert roles.empty
    assert text == "推进甲事项，牵头部门：要加强协调。"


def test_lead_sentences_amid_a_reports_own_sentences_are_the_tasks_and_the_others_are_not():
    paragraph = (
        "会上要求各部门抓好五项工作。即县甲局牵头，开展甲项整治。县乙局牵头，做好乙项清理；"
        "县丙局、丁局牵头，做好丙项巡查。县戊局牵头，推进戊项改造。并围绕三大目标，落实"
    )
    found = run_in_lead_sentences(paragraph)
    assert found is not None
    assert [(text, roles.lead) for text, roles in found] == [
        ("开展甲项整治。", ("县甲局",)),
        ("做好乙项清理；", ("县乙局",)),
        ("做好丙项巡查。", ("县丙局", "县丁局")),
        ("推进戊项改造。", ("县戊局",)),
    ]


def test_two_lead_sentences_in_a_report_are_still_prose():
    assert run_in_lead_sentences("会上提出要求。县甲局牵头，开展甲项整治。县乙局牵头，做好乙项清理。其余照旧。") is None


def test_a_label_line_cut_inside_its_only_name_at_the_texts_end_names_no_unit():
    assert cut_units_tail("主办单位：甲交通建设发展有")
    assert not cut_units_tail("主办单位：甲交通建设发展有限公司")
    text = "一、工程\n（1）修缮甲路。\n主办单位：县甲局，协办单位：甲镇。\n（2）新建乙馆。\n主办单位：乙文化发展有"
    assert units(text) == [("修缮甲路", ("县甲局",), ("甲镇",)), ("新建乙馆", (), ())]
