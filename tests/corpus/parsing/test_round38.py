"""Round 38 rules, each on a small hand-made notice (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_zhuban_in_a_units_parenthesis_names_the_lead_and_xieban_the_helpers() -> None:
    text = (
        "某县关于重点工作的分工意见\n一、主要工作\n"
        "（一）建成甲园区。（县甲局主办，县乙局、丙局协办）\n"
        "（二）办好乙实事。（县丁局负责）\n"
    )
    assert _rows(text) == [
        ("（一）", ("县甲局",), ("县乙局", "县丙局")),
        ("（二）", ("县丁局",), ()),
    ]


def test_items_numbered_with_chinese_numerals_in_brackets_run_together_on_a_line_are_split() -> None:
    text = (
        "某县关于重点工作的分工意见\n一、主要指标\n"
        "（一）甲指标增长百分之五。（县甲局负责）（二）乙指标增长百分之六。（县乙局主办，县丙局协办）\n"
        "（三）丙指标保持稳定。（县丁局负责）\n"
    )
    assert _rows(text) == [
        ("（一）", ("县甲局",), ()),
        ("（二）", ("县乙局",), ("县丙局",)),
        ("（三）", ("县丁局",), ()),
    ]


def test_a_bracketed_numeral_after_units_that_does_not_count_up_splits_nothing() -> None:
    # "（三）" after item （一）'s units skips a number too many: an aside, not the next item.
    text = (
        "某县关于重点工作的分工意见\n一、主要指标\n"
        "（一）甲指标增长。（县甲局负责）（五）另见说明。\n"
        "（二）乙指标增长。（县乙局负责）\n"
    )
    assert [label for label, _, _ in _rows(text)] == ["（一）", "（二）"]


def test_sub_items_naming_their_units_are_tasks_though_the_page_cuts_the_last_one() -> None:
    text = (
        "某县关于重点工作的分工意见\n一、主要指标\n"
        "（一）甲指标增长百分之五。（县甲局负责）\n（二）乙指标增长百分之六。（县乙局负责）\n"
        "（三）丙指标增长百分之七。（县丙局负责）\n"
        "二、推进项目建设\n（一）全力推进重点项目。\n"
        "1.抓好甲批项目，确保投资到位。（县甲局主办，县乙局协办）\n"
        "2.抓好乙批项目，促进尽快落地。（县丙局负责）\n"
        "3.围绕丙产业等新"
    )
    assert _rows(text)[3:] == [
        ("1", ("县甲局",), ("县乙局",)),
        ("2", ("县丙局",), ()),
        ("3", (), ()),
    ]


def test_a_last_sub_item_that_ends_whole_without_units_still_keeps_the_item_one_task() -> None:
    # Not cut by the page (it ends on a full stop): the item holds its parts, as before.
    text = (
        "某县关于重点工作的分工意见\n一、主要指标\n"
        "（一）甲指标增长百分之五。（县甲局负责）\n（二）乙指标增长百分之六。（县乙局负责）\n"
        "（三）丙指标增长百分之七。（县丙局负责）\n"
        "二、推进项目建设\n（一）全力推进重点项目。\n"
        "1.抓好甲批项目，确保投资到位。（县甲局主办，县乙局协办）\n"
        "2.抓好乙批项目，促进尽快落地。（县丙局负责）\n"
        "3.做好丙产业的服务保障工作。\n"
    )
    labels = [label for label, _, _ in _rows(text)]
    assert "3" not in labels


def test_names_run_together_in_a_units_cell_each_printing_its_level_are_split() -> None:
    text = (
        "某县重点工作进展\n\n序号\n\n目标与任务\n\n牵头责任单位\n\n工作进展\n\n"
        "1\n\n推进甲项改革，提升乙项效益。\n\n县甲局县乙委县丙办、县丁局\n\n已完成方案起草。\n\n"
        "2\n\n完善丙项机制。\n\n县戊局\n\n正在推进。\n"
    )
    assert _rows(text) == [
        ("1", ("县甲局", "县乙委", "县丙办", "县丁局"), ()),
        ("2", ("县戊局",), ()),
    ]


def test_a_glued_piece_is_split_only_into_names_of_one_level_read_whole() -> None:
    from corpus.parsing.unit_lists import split_units

    assert split_units("市甲局市乙委、市丙办") == ("市甲局", "市乙委", "市丙办")
    # A level's character inside a word, a name of another level, or a piece left over: as printed.
    assert split_units("县政府园区服务中心") == ("县政府园区服务中心",)
    assert split_units("市直园区管委会") == ("市直园区管委会",)
    assert split_units("各县市区政府") == ("各县市区政府",)
    assert split_units("县市场监管局") == ("县市场监管局",)


def test_rows_one_a_line_under_a_header_closing_the_letter_with_cells_set_off_by_spaces() -> None:
    text = (
        "某县政府办公室关于分解重点工作的通知 请认真落实. 附件:某县重点工作分解表 序号 名称 工作任务 牵头责任单位\n\n"
        "一、主要指标（3项）\n\n"
        "1 甲指标增长百分之五,乙指标保持稳定. 甲局\n\n"
        "2 丙收入增长百分之八. 乙局、丙委\n\n"
        "3 丁投资增长百分之十. 丁局\n"
    )
    assert _rows(text) == [
        ("1", ("甲局",), ()),
        ("2", ("乙局", "丙委"), ()),
        ("3", ("丁局",), ()),
    ]


def test_items_naming_their_units_under_one_heading_stay_tasks_beside_a_sub_heading_over_tasks_under_another() -> None:
    # As many sub-items name units under 二、's （一） as items under 一、: the sub-items' style may be read as the
    # tasks'; the items of 一、, each naming its own units and holding none, are tasks all the same.
    text = (
        "某县关于重点工作的分工意见\n一、主要指标\n"
        "（一）甲指标增长百分之五。（县甲局负责）\n（二）乙指标增长百分之六。（县乙局负责）\n"
        "二、推进项目建设\n（一）全力推进重点项目。\n"
        "1.抓好甲批项目，确保投资到位。（县甲局主办，县乙局协办）\n"
        "2.抓好乙批项目，促进尽快落地。（县丙局负责）\n"
    )
    assert _rows(text) == [
        ("（一）", ("县甲局",), ()),
        ("（二）", ("县乙局",), ()),
        ("1", ("县甲局",), ("县乙局",)),
        ("2", ("县丙局",), ()),
    ]
