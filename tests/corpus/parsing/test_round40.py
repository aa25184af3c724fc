"""Round 40 rules, each on a small hand-made notice (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice, parse_notice_with_report


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


# A plan in two depths: part 一 split into sub-items each closed by its units line, parts 二 and 三 tasks themselves.
_TWO_DEPTHS = (
    "某县创建工作实施方案\n"
    "一、开展甲类车辆检测工作\n"
    "（一）任务要求。全年所有甲类车辆实施检测，并建立台账。\n"
    "牵头单位：县甲局；责任单位：县乙局、县丙局。\n"
    "（二）任务要求。落实检测所需经费，检测率要大于九成。\n"
    "牵头单位：县人民政府；责任单位：县甲局。\n"
    "二、开展乙类单位创建工作\n"
    "任务要求。全县乙类单位全面开展创建工作，年底前公布名单。\n"
    "牵头单位：县丁局；责任单位：县乙局。\n"
    "三、组织开展节水工作\n"
    "任务要求。制定全县节水计划，完善用水统计，确保全年用水总量下降。\n"
    "牵头单位：县戊局；责任单位：县丙局、县丁局。\n"
)


def test_parts_closed_by_their_own_units_line_beside_a_part_split_into_sub_items_are_tasks() -> None:
    assert _rows(_TWO_DEPTHS) == [
        ("（一）", ("县甲局",), ("县乙局", "县丙局")),
        ("（二）", ("县人民政府",), ("县甲局",)),
        ("二", ("县丁局",), ("县乙局",)),
        ("三", ("县戊局",), ("县丙局", "县丁局")),
    ]


def test_a_field_word_opening_a_line_is_no_part_of_the_title() -> None:
    # Over a part's own line the part's heading is the title; opening the item, the sentence after the word is.
    titles = [t.title for t in parse_notice(_TWO_DEPTHS).tasks]
    assert titles == [
        "全年所有甲类车辆实施检测，并建立台账",
        "落实检测所需经费，检测率要大于九成",
        "开展乙类单位创建工作",
        "组织开展节水工作",
    ]


def test_a_heading_over_items_naming_no_unit_still_gives_its_units_line_to_no_task() -> None:
    # The units line under a heading over items is before any task, as before: reported, given to none.
    text = (
        "某县工作方案\n"
        "一、甲项工作\n"
        "牵头单位：县甲局\n"
        "（一）开展甲项调查，摸清底数，建立台账，按季度报送进展情况。\n"
        "二、乙项工作\n"
        "（一）开展乙项检查，发现问题及时整改，按季度报送进展情况。\n"
        "牵头单位：县乙局\n"
    )
    notice, report = parse_notice_with_report(text)
    assert [(t.label, t.lead_units) for t in notice.tasks] == [("（一）", ()), ("（一）", ("县乙局",))]
    assert any(s.line_no == 3 for s in report.skipped)


def test_rows_of_a_task_table_attached_after_the_items_are_tasks_even_cut_before_their_units() -> None:
    text = (
        "四、保障措施\n"
        "（一）加强组织领导。成立工作专班，统筹推进试点工作。（牵头责任单位：省甲厅；配合单位：省乙厅等）\n"
        "（二）加强经费保障。统筹安排试点资金。（牵头责任单位：省乙厅，配合单位：省甲厅）\n"
        "附件：具体任务分解表\n"
        "附件\n"
        "具体任务分解表\n"
        "序号 | 工作任务 | 牵头责任单位 | 配合单位 | 时限要求 |\n"
        "1 | 编制省级试点规划，划定三条控制"
    )
    notice = parse_notice(text)
    assert [(t.label, t.lead_units, t.responsible_units) for t in notice.tasks] == [
        ("（一）", ("省甲厅",), ("省乙厅",)),
        ("（二）", ("省乙厅",), ("省甲厅",)),
        ("1", (), ()),
    ]
    # The attachment's heading ends the item above: its text holds none of the lines after it.
    assert notice.tasks[1].text == "加强经费保障。统筹安排试点资金。"


def test_a_sites_note_that_it_shows_only_part_of_the_text_ends_the_last_task() -> None:
    text = (
        _TWO_DEPTHS + "四、建设一批示范点\n"
        "任务要求。年底前制定并出台示范点建设意见，新建生态示范基地两个、专业示范村四个。\n"
        "牵头单位：县甲局；责任单位：县丁局。\n"
        "五、实现重点企业稳定达标排放\n(未完,全文共2100字,当前显示600字)\n(请阅读下面的提示信息)"
    )
    notice, report = parse_notice_with_report(text)
    last = notice.tasks[-1]
    assert (last.label, last.title, last.text, last.lead_units, last.responsible_units) == (
        "五",
        "实现重点企业稳定达标排放",
        "实现重点企业稳定达标排放",
        (),
        (),
    )
    assert {s.line_no for s in report.skipped} >= {17, 18}


def test_a_units_sentence_after_a_run_of_targets_names_the_units_of_each_target_it_counts() -> None:
    # Numbering restarts under the second heading; each sentence counts the targets right above it.
    text = (
        "某市目标管理工作方案\n"
        "一、关于目标设置\n"
        "（一）发展目标。包括5项。\n"
        "1.全市生产总值增长一成;\n"
        "2.服务业增加值达到甲亿元;\n"
        "3.固定资产投资新增乙亿元;\n"
        "3项目标的责任单位均为市甲委。\n"
        "4.工业销售收入达到丙亿元;\n"
        "该目标责任单位为市乙局。\n"
        "5.外商直接投资达到丁亿美元;\n"
        "该目标责任单位为市丙局。\n"
        "（二）减排目标。包括2项。\n"
        "1.单位产值能耗下降5%;\n"
        "该项目标责任单位为市甲委、丁局、戊委。\n"
        "2.排放总量下降4%;\n"
        "1项目标责任单位均为市己局。\n"
    )
    assert _rows(text) == [
        ("（一）1", (), ("市甲委",)),
        ("（一）2", (), ("市甲委",)),
        ("（一）3", (), ("市甲委",)),
        ("（一）4", (), ("市乙局",)),
        ("（一）5", (), ("市丙局",)),
        # The level printed on the list's first name only is restored on the others, as in any units list.
        ("（二）1", (), ("市甲委", "市丁局", "市戊委")),
        ("（二）2", (), ("市己局",)),
    ]


def test_a_units_sentence_counting_more_targets_than_stand_above_it_gives_them_none() -> None:
    # Three targets counted where two stand above it under their heading: the sentence is left as it stands.
    text = (
        "某市目标管理工作方案\n"
        "一、发展目标\n"
        "1.全市生产总值增长一成;\n"
        "2.服务业增加值达到甲亿元;\n"
        "3项目标的责任单位均为市甲委。\n"
    )
    assert [units for _, _, units in _rows(text)] == [(), ()]
