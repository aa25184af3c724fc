"""Round 28 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.markup import markup_as_lines
from corpus.parsing.record_lists import header_word, record_fields, records_as_items
from corpus.parsing.spaced_rows import levelled_units, rows_under_spaced_header, spaced_header


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


# Records: a task list published as data.


def test_records_with_english_keys_read_as_numbered_tasks_with_their_lead_and_helpers():
    text = (
        'const ITEMS = [{"id": 1, "group": "甲类工作", "task": "推进甲项建设。", "owner": "省甲厅",'
        ' "co": "省乙厅、省丙厅", "time": "2025年底"},'
        ' {"id": 3, "group": "甲类工作", "task": "完善乙项制度。", "owner": "省乙厅", "co": "省甲厅"}]'
    )
    # The printed ids are the numbers (a gap kept); the group and the deadline are no units.
    assert units(text) == [("1", ("省甲厅",), ("省乙厅", "省丙厅")), ("3", ("省乙厅",), ("省甲厅",))]


def test_records_with_chinese_keys_and_no_number_are_numbered_in_turn():
    text = (
        '[{"重点任务": "推进甲项。", "牵头单位": "市甲局"},'
        ' {"重点任务": "推进乙项。", "牵头单位": "市乙局", "配合单位": "市丙局"}]'
    )
    assert units(text) == [("1", ("市甲局",), ()), ("2", ("市乙局",), ("市丙局",))]


def test_a_record_lead_field_with_a_role_phrase_names_its_units_as_leads():
    text = (
        "[{id: 1, task: '推进甲项。', owner: '市甲局、市乙局按职责分工负责', co: '市丙局'},"
        " {id: 2, task: '推进乙项。', owner: '市丁局', co: '市甲局'}]"
    )
    assert units(text)[0] == ("1", ("市甲局", "市乙局"), ("市丙局",))


def test_a_units_key_without_a_role_lets_its_value_say_who_leads():
    text = (
        '[{"title": "推进甲项", "units": "市甲局牵头，市乙局配合"}, {"title": "推进乙项", "units": "市丙局、市丁局"}]'
    )
    assert units(text) == [("1", ("市甲局",), ("市乙局",)), ("2", (), ("市丙局", "市丁局"))]


def test_a_record_cut_by_the_end_of_the_text_keeps_its_task_but_names_no_units():
    fields = record_fields('[{"id": 1, "task": "甲。", "owner": "市甲局"}, {"id": 2, "task": "乙。", "owner": "市乙')
    assert fields[0] == {"id": "1", "task": "甲。", "owner": "市甲局"}
    assert fields[1][""] == "cut" and "owner" not in fields[1]


def test_english_keys_are_named_as_a_tables_header_words_whatever_their_spelling():
    assert [header_word(k) for k in ("leadUnit", "co_units", "ID", "taskName", "remark")] == [
        "牵头单位",
        "配合单位",
        "序号",
        "工作任务",
        None,
    ]


def test_one_object_or_records_naming_no_units_are_left_to_the_other_readers():
    assert records_as_items(['{"task": "推进甲项。", "owner": "市甲局"}']) is None
    assert records_as_items(['[{"name": "甲", "value": "1"}, {"name": "乙", "value": "2"}]']) is None
    # A notice's own text is no record list.
    lines = ["一、总则", "1. 推进甲项工作。（市甲局负责）"]
    assert markup_as_lines(lines) == lines


# A table flattened to cells split by single spaces, its rows unnumbered.


def test_a_header_of_words_split_by_spaces_is_found_after_a_title_on_its_line():
    found = spaced_header("附件 甲县职责清单 工作任务 责任单位 配合单位 完成时间 负责甲项工作。")
    assert found is not None and found[:2] == (2, 6)


def test_a_header_with_a_number_column_or_units_before_the_task_is_not_read_so():
    assert spaced_header("序号 工作任务 责任单位 完成时间") is None
    assert spaced_header("责任单位 工作任务 完成时间") is None


def test_unnumbered_rows_split_by_spaces_read_as_tasks_with_their_units():
    text = "\n".join(
        [
            "甲县整治方案职责清单 工作任务 责任单位 完成时间 负责甲项宣传工作，开展专题报道。 县甲部 持续开展",
            "负责乙项督查考核工作。 县乙局 6月底前制定 工作方案 在主要路口设立标志，加强查处。 县丙局 年底前完成",
        ]
    )
    # A deadline the page wrapped ("6月底前制定 工作方案") stays in its cell; the next sentence opens the next row.
    assert units(text) == [("1", (), ("县甲部",)), ("2", (), ("县乙局",)), ("3", (), ("县丙局",))]


def test_a_name_wrapped_inside_its_cell_comes_back_whole():
    text = (
        "清单 工作任务 责任单位 完成时间 负责甲项工作。 县交通 运输局 持续开展"
        " 负责乙项工作。 县委县政府 督查室 持续开展 负责丙项工作。 县丙局 持续开展"
    )
    assert units(text) == [("1", (), ("县交通运输局",)), ("2", (), ("县委县政府督查室",)), ("3", (), ("县丙局",))]


def test_a_bare_name_after_a_unit_stays_apart_where_the_table_prints_bare_names():
    # Units opening without a level: a bare name after one may be the next column's unit.
    assert not levelled_units(["推进甲项。", "甲局", "乙局", "推进乙项。", "丙局"])
    assert levelled_units(["推进甲项。", "县甲局", "督查室", "推进乙项。", "县丙局"])


def test_a_units_column_beside_a_helpers_column_leads_as_in_any_table():
    text = "清单 工作任务 责任单位 配合单位 负责甲项工作。 县甲局 县乙局 负责乙项工作。 县丙局"
    assert units(text) == [("1", ("县甲局",), ("县乙局",)), ("2", ("县丙局",), ())]


def test_a_row_cut_by_the_end_of_the_text_names_no_units():
    lines = ["清单 工作任务 责任单位 完成时间 负责甲项工作。 县甲局 持续开展 负责乙项工作。 县乙局 持续开展"]
    lines.append("负责丙项工作的宣传、督查和考核工作，加强")
    # A cut row's text is long, or opens a line: the next task, not the deadline's wrap.
    assert rows_under_spaced_header(lines)[-1] == "负责丙项工作的宣传、督查和考核工作，加强 |  | "


def test_header_words_in_prose_without_rows_naming_units_leave_the_text_alone():
    lines = ["说明 工作任务 责任单位 完成时间 以下各项另行通知。"]
    assert rows_under_spaced_header(lines) == lines
