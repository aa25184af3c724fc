"""Round 21 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.roles import cut_at_a_label, parse_inline, run_in_closing_lead_clauses
from corpus.parsing.unnumbered import run_in_items


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_text_ending_on_a_units_label_alone_was_cut_before_the_tasks_units():
    assert cut_at_a_label("责任单位")
    assert cut_at_a_label("配合单位：")
    assert not cut_at_a_label("完成时限")  # a field naming no units
    assert not cut_at_a_label("责任单位：市乙局")
    cut = "一、总体目标\n1. 甲项工作。\n牵头单位：市甲局\n责任单位：市乙局\n2. 乙项工作。\n牵头单位：市丙局\n责任单位"
    assert units(cut) == [("1", ("市甲局",), ("市乙局",)), ("2", (), ())]


def test_the_first_listed_rule_stated_in_a_list_of_units_in_charge_says_which_of_them_leads():
    # "（A、B、C负责）" alone: all carry the task and lead; the rule stated once makes the first one lead.
    assert parse_inline("市甲局、市乙局负责").lead == ("市甲局", "市乙局")
    notice = (
        "一、总则\n（一）甲项工作。（市甲局、市乙局、市丙局等负责，列第一位者为牵头单位，下同）\n"
        "（二）乙项工作。（市丁局、市甲局负责）\n（三）丙项工作。（市戊局负责）\n"
    )
    assert units(notice) == [
        ("（一）", ("市甲局",), ("市乙局", "市丙局")),
        ("（二）", ("市丁局",), ("市甲局",)),
        ("（三）", ("市戊局",), ()),
    ]
    # Without the rule the units in charge all lead.
    assert units("一、总则\n（一）甲项工作。（市甲局、市乙局负责）\n（二）乙项工作。（市丙局负责）\n")[0] == (
        "（一）",
        ("市甲局", "市乙局"),
        (),
    )


# A page that lost its line breaks: the title, section headings and items run together, each item closed by its
# units, one number skipped by the copy.
_RUN_TOGETHER = (
    "关于支持某项工作的六条措施一、加快组织一批项目1.组织企业申报项目，（县甲局、县乙局负责）"
    "2.组织企业争取资金，（县甲局负责）二、加快落实一批举措3.推动政策落地，（县丙局负责）"
    "三、加快拓宽融资渠道5.开展对接会议，（县甲局及有关银行负责）6.举办专题活动，（县丁局负责）"
)


def test_items_run_together_with_their_section_headings_are_split_at_each_heading_and_item():
    assert run_in_items([_RUN_TOGETHER]) == [
        "关于支持某项工作的六条措施",
        "一、加快组织一批项目",
        "1.组织企业申报项目，（县甲局、县乙局负责）",
        "2.组织企业争取资金，（县甲局负责）",
        "二、加快落实一批举措",
        "3.推动政策落地，（县丙局负责）",
        "三、加快拓宽融资渠道",
        "5.开展对接会议，（县甲局及有关银行负责）",
        "6.举办专题活动，（县丁局负责）",
    ]
    notice = parse_notice(_RUN_TOGETHER)
    assert [(t.label, t.section, t.lead_units) for t in notice.tasks] == [
        ("1", 1, ("县甲局", "县乙局")),
        ("2", 1, ("县甲局",)),
        ("3", 2, ("县丙局",)),
        ("5", 3, ("县甲局", "有关银行")),
        ("6", 3, ("县丁局",)),
    ]


def test_numbers_after_units_that_jump_further_or_go_back_split_nothing():
    jump = "1.组织申报，（县甲局负责）2.争取资金，（县乙局负责）6.推动落地，（县丙局负责）"
    assert run_in_items([jump]) == [jump]
    back = "1.组织申报，（县甲局负责）2.争取资金，（县乙局负责）1.推动落地，（县丙局负责）"
    assert run_in_items([back]) == [back]


def test_a_sentence_of_clauses_each_closed_by_the_unit_leading_it_is_one_task_per_clause():
    paragraph = (
        "抓好分工落实。各部门要细化方案。推进甲项合作由县甲局牵头负责；乙项建设和品牌保护由县乙局牵头负责；"
        "丙项标准制订由县丙局牵头负责。目前各部门正在实施。"
    )
    notice = parse_notice(f"某县推进某项合作工作进展\n{paragraph}\n下一步工作。各部门要加强对接。")
    assert [(t.title, t.lead_units) for t in notice.tasks] == [
        ("推进甲项合作", ("县甲局",)),
        ("乙项建设和品牌保护", ("县乙局",)),
        ("丙项标准制订", ("县丙局",)),
    ]
    # Two such clauses are prose that mentions who leads, not a list of tasks.
    assert run_in_closing_lead_clauses("甲项由县甲局牵头负责；乙项由县乙局牵头负责。") is None
    # A clause whose 由 names no unit breaks the run.
    assert run_in_closing_lead_clauses("甲项由县甲局牵头负责；乙项由企业负责；丙项由县丙局牵头负责。") is None
