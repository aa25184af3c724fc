"""Round 13 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice, parse_notice_with_report


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_a_related_units_label_beside_a_lead_label_names_the_others():
    text = (
        "一、目标\n1.推进甲项目建设。\n牵头责任单位：市甲局\n相关责任单位：各区政府\n"
        "2.推进乙项目建设。\n牵头责任单位：市乙局、丙局\n相关责任单位：各区政府\n"
    )
    assert units(text) == [("1", ("市甲局",), ("各区政府",)), ("2", ("市乙局", "市丙局"), ("各区政府",))]


def test_the_first_responsible_unit_named_lead_once_makes_every_first_unit_lead():
    text = (
        "一、措施\n（一）推进甲项目建设。\n责任单位：市甲局、市乙局（第一责任单位为牵头单位，下同）\n"
        "（二）推进乙项目建设。\n责任单位：市丙局\n"
    )
    assert units(text) == [("（一）", ("市甲局",), ("市乙局",)), ("（二）", ("市丙局",), ())]


def test_a_lead_and_helpers_named_in_clauses_after_the_person_in_charge_are_the_units():
    text = (
        "1、甲项目建设事宜\n由某某副市长负责，市甲局牵头，相关部门配合，尽快完成方案。\n"
        "2、乙项目建设事宜\n由某某副市长负责，市乙局牵头，市甲局配合，按程序上报省里。\n"
    )
    assert units(text) == [("1", ("市甲局",), ("相关部门",)), ("2", ("市乙局",), ("市甲局",))]


def test_a_person_in_charge_alone_names_no_unit():
    text = "1、甲项目建设事宜\n由某某副市长负责，尽快完成方案。\n2、乙项目\n由某某副市长负责，按程序上报。\n"
    assert units(text) == [("1", (), ()), ("2", (), ())]


def test_a_unit_heading_its_own_measures_leads_them_and_its_helper_line_names_the_others():
    text = (
        "（一）县甲局主要工作任务：\n1、推进甲项目。\n2、推进乙项目。\n协助单位：乙局、县丙局。\n"
        "（二）县乙局主要工作任务：\n依据方案，推进丙项目。\n"
    )
    assert units(text) == [("（一）", ("县甲局",), ("乙局", "县丙局")), ("（二）", ("县乙局",), ())]


def test_a_label_naming_the_work_before_the_label_word_is_that_label():
    text = (
        "（一）县甲局主要工作任务：\n1、推进甲项目。\n工作协助部门：丙局\n（二）县乙局主要工作任务：\n1、推进乙项目。\n"
    )
    assert units(text) == [("（一）", ("县甲局",), ("丙局",)), ("（二）", ("县乙局",), ())]


def test_a_heading_of_ordinary_work_names_no_unit():
    text = "（一）重点工作任务：\n1、推进甲项目。（市甲局负责）\n2、推进乙项目。（市乙局负责）\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_tasks_naming_units_before_the_next_parts_heading_are_kept_in_a_text_starting_mid_document():
    text = (
        "（八）县甲局主要工作任务：\n1、推进甲项目。\n（九）县乙局主要工作任务：\n1、推进乙项目。\n"
        "七、工作步骤\n1、三月启动。\n"
    )
    assert units(text) == [("（八）", ("县甲局",), ()), ("（九）", ("县乙局",), ())]


def test_a_paragraph_of_sentences_each_opening_with_its_lead_is_a_list_of_unnumbered_tasks():
    text = (
        "本市开展专项整治行动，各区负责本辖区的整治工作。\n"
        "市甲局牵头，负责甲领域的整治。市乙局牵头，负责乙领域的整治。消防支队牵头，负责丙场所的整治。\n"
        "免责声明\n1、未经本网许可，任何人不得使用本网作品，违者必究。\n2、本网转载的稿件不代表本网观点，仅供参考阅读。\n"
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ()), ("3", ("消防支队",), ())]
    assert parse_notice(text).task(1).text == "负责甲领域的整治。"


def test_two_sentences_opening_with_a_lead_are_prose_not_a_list():
    text = (
        "1.推进甲项目。\n市甲局牵头，负责甲领域的整治。市乙局牵头，负责乙领域的整治。\n2.推进乙项目。（市丙局负责）\n"
    )
    assert units(text) == [("1", (), ()), ("2", ("市丙局",), ())]


def test_a_table_whose_leader_column_comes_first_opens_each_row_at_its_numbered_task_cell():
    text = (
        "甲方案\n\n牵头领导\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n"
        "张三市长\n\n1.推进甲项目。做好甲事项。\n\n市甲局\n\n各单位\n\n"
        "2.推进乙项目。做好乙事项。\n\n市乙局\n\n市丙局\n\n"
        "李四副市长\n\n3.推进丙项目。做好丙事项。\n\n市丙局\n\n市甲局\n"
    )
    assert units(text) == [
        ("1", ("市甲局",), ("各单位",)),
        ("2", ("市乙局",), ("市丙局",)),
        ("3", ("市丙局",), ("市甲局",)),
    ]


def test_a_grouped_rows_names_beyond_its_units_columns_are_read_first_as_lead_and_reported():
    text = (
        "牵头领导\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n"
        "张三市长\n\n1.推进甲项目。做好甲事项。\n\n市甲局\n\n各单位\n\n"
        "2.推进乙项目。做好乙事项。\n\n市甲局\n\n市乙局\n\n市丙局\n\n各单位\n"
    )
    notice, report = parse_notice_with_report(text)
    assert [(t.lead_units, t.responsible_units) for t in notice.tasks] == [
        (("市甲局",), ("各单位",)),
        (("市甲局",), ("市乙局", "市丙局", "各单位")),
    ]
    assert any("单位多于单位列" in note for note in report.notes)


def test_an_item_opening_with_its_unit_and_a_colon_is_led_by_that_unit():
    text = (
        "5.市甲局：负责甲领域的整治；负责乙事项的监管。\n6.各区政府（管委会）：落实属地责任，开展整治。\n"
        "7.市乙局：依据职能做好丙工作。\n六、工作措施\n（一）加强组织领导。借鉴以往经验，完善相关机制，形成工作合力。\n"
    )
    assert units(text) == [("5", ("市甲局",), ()), ("6", ("各区政府（管委会）",), ()), ("7", ("市乙局",), ())]
    assert parse_notice(text).task(5).text.startswith("负责甲领域")


def test_a_clause_before_a_colon_that_names_no_unit_is_prose():
    text = "一、任务\n1.工作目标：推进甲项目。（市甲局负责）\n2.重点任务：推进乙项目。（市乙局负责）\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_a_title_run_into_its_label_before_the_colon_is_no_unit_of_the_item():
    text = "一、任务\n1.推进甲项目建设 牵头单位：市甲局\n2.推进乙项目建设 牵头单位：市乙局\n"
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ())]


def test_sub_items_each_naming_their_own_units_are_the_tasks_under_an_item_naming_none():
    text = (
        "一、住房\n1、扩大保障范围。\n责任部门：市甲局牵头，市乙局配合。\n2、改善居住条件。\n"
        "（1）建设集体宿舍。\n责任部门：市甲局牵头，市丙局配合。\n（2）维修改造住房。\n责任部门：市乙局牵头，市丁局配合。\n"
        "3、完善配套措施。\n责任部门：市甲局牵头，市丁局配合。\n4、开展社会帮扶。\n责任部门：市丁局牵头，市甲局配合。\n"
    )
    assert units(text) == [
        ("1", ("市甲局",), ("市乙局",)),
        ("（1）", ("市甲局",), ("市丙局",)),
        ("（2）", ("市乙局",), ("市丁局",)),
        ("3", ("市甲局",), ("市丁局",)),
        ("4", ("市丁局",), ("市甲局",)),
    ]


def test_sub_items_without_units_of_their_own_stay_in_their_task():
    text = (
        "一、住房\n1、扩大保障范围。\n责任部门：市甲局牵头，市乙局配合。\n2、改善居住条件。\n"
        "（1）建设集体宿舍。\n（2）维修改造住房。\n责任部门：市乙局牵头，市丁局配合。\n"
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", ("市乙局",), ("市丁局",))]
