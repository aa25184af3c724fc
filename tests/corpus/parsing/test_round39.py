"""Round 39 rules, each on a small hand-made notice (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.unit_lists import is_unit_list, split_units


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_fields_sharing_the_organ_word_printed_once_are_one_group() -> None:
    assert split_units("环保、水务部门") == ("环保、水务部门",)
    assert split_units("商贸、文体、卫生等部门") == ("商贸、文体、卫生等部门",)
    assert is_unit_list("商贸、文体、卫生等部门")
    # Names of bodies before 等部门 are units themselves and the summary is dropped, as before.
    assert split_units("县甲局、县乙局等部门") == ("县甲局", "县乙局")
    # Words that are no field's name do not make a group of anything but 部门.
    assert not is_unit_list("加快、改进工作")


def test_a_field_department_named_in_prose_by_you_x_fuze_y_peihe_leads() -> None:
    text = (
        "某县专项治理工作方案\n一、治理重点\n"
        "（一）河道保洁专项治理，由环保、水务部门负责，有关部门配合。要清理甲河两岸垃圾。\n"
        "（二）校园周边专项治理，由教育部门负责，有关部门配合。要整治校门口摊点。\n"
    )
    assert _rows(text) == [
        ("（一）", ("环保、水务部门",), ("有关部门",)),
        ("（二）", ("教育部门",), ("有关部门",)),
    ]


def test_units_opening_an_item_each_doing_its_part_are_responsible_with_no_lead() -> None:
    text = (
        "某县专项治理工作方案\n一、治理重点\n"
        "（一）河道保洁专项治理，由水务部门负责，有关部门配合。要清理甲河两岸垃圾。\n"
        "（二）商贸、文体、卫生等部门，要各负其责，认真抓好本行业的治理工作。\n"
    )
    assert _rows(text)[1] == ("（二）", (), ("商贸、文体、卫生等部门",))


def test_an_ordinary_sentence_with_ge_fu_qi_ze_names_no_unit() -> None:
    text = (
        "某县专项治理工作方案\n一、治理重点\n"
        "（一）河道保洁专项治理，由水务部门负责，有关部门配合。要清理甲河两岸垃圾。\n"
        "（二）加强协作。各地要各负其责，认真抓好治理工作。\n"
    )
    assert _rows(text)[1] == ("（二）", (), ())


def test_a_unit_in_a_clause_of_its_own_opening_an_item_leads() -> None:
    text = (
        "某县食品安全工作方案\n一、重点工作\n"
        "（一）县甲局负责，县乙局配合，开展甲类食品抽检。\n"
        "（二）县丙局负责，取缔校园周边无证摊点。\n"
    )
    assert _rows(text) == [
        ("（一）", ("县甲局",), ("县乙局",)),
        ("（二）", ("县丙局",), ()),
    ]


def test_items_of_a_deeper_style_opening_a_later_page_before_a_heading_are_tasks() -> None:
    # The page opens on item 5. of a part whose heading is on an earlier page, then the next part's heading.
    text = (
        "5.县甲局负责，县乙局配合，开展甲类食品抽检。\n"
        "6.县丙局负责，取缔校园周边无证摊点。\n"
        "四、其他工作\n"
        "（一）县丁局负责，县甲局配合，组织法规宣传。\n"
        "（二）县乙局负责，县丙局配合，建立监测台账。\n"
    )
    assert _rows(text) == [
        ("5", ("县甲局",), ("县乙局",)),
        ("6", ("县丙局",), ()),
        ("（一）", ("县丁局",), ("县甲局",)),
        ("（二）", ("县乙局",), ("县丙局",)),
    ]


def test_a_letter_whose_items_start_at_one_keeps_them_out() -> None:
    # Items from 1. are a covering letter's, not a continued page's: they stay out as before.
    text = (
        "1.各单位要高度重视，县甲局负责，认真组织。\n"
        "2.加强督查。\n"
        "四、其他工作\n"
        "（一）县丁局负责，县甲局配合，组织法规宣传。\n"
        "（二）县乙局负责，县丙局配合，建立监测台账。\n"
    )
    assert [label for label, _, _ in _rows(text)] == ["（一）", "（二）"]


def test_the_title_of_an_item_opening_with_its_units_in_charge_is_what_follows_them() -> None:
    text = (
        "某县专项治理工作方案\n一、治理重点\n"
        "（一）县甲局负责，县乙局、县丙局配合，清理甲河两岸垃圾，整治沿河排污口。\n"
        "（二）由县丁局负责，整治校门口流动摊点。\n"
        "（三）县戊局负责对全县农贸市场开展检查。\n"
    )
    titles = [t.title for t in parse_notice(text).tasks]
    # A unit opening a sentence with no comma after 负责 keeps the sentence whole: the rest is what it does.
    assert titles == ["清理甲河两岸垃圾，整治沿河排污口", "整治校门口流动摊点", "县戊局负责对全县农贸市场开展检查"]
