"""The parser turns the notice into exactly the records the notice states."""

from __future__ import annotations

import pytest

from corpus import DEFAULT_NOTICE_PATH, load_notice, parse_notice, read_notice_text
from corpus.parser import NoticeParseError, normalize_line, split_sentences, split_units

C = "各县人民政府"
FGW, GXJ, ZRJ, ZJJ, STJ = "市发展改革委", "市工业信息化局", "市自然资源和规划局", "市住房建设局", "市生态环境局"
SJJ, JTJ, NYJ, SWJ, WLJ = "市市场监管局", "市交通运输局", "市农业农村局", "市商务局", "市文体旅游广电局"
SWUJ, JYJ, MZJ, RSJ, WJW, CZJ, CGJ = (
    "市水务局",
    "市教育局",
    "市民政局",
    "市人力资源社会保障局",
    "市卫生健康委",
    "市财政局",
    "市城管局",
)

# (number, section, title, lead units, responsible units), read off the notice by hand.
EXPECTED = [
    (
        1,
        1,
        "主动承接好兰西城市群发展辐射带动作用",
        (C,),
        (FGW, GXJ, ZRJ, ZJJ, STJ, SJJ, JTJ, NYJ, SWJ, WLJ, "市品牌产业促进局"),
    ),
    (2, 1, "突出特色县域经济", (C,), (FGW, ZRJ, STJ, ZJJ, JTJ, SWUJ, NYJ, WLJ)),
    (3, 1, "着力打造特色农产品产区", (NYJ, C), (FGW, GXJ, ZRJ, SWJ)),
    (
        4,
        1,
        "引导人口流失县城转型发展",
        ("化隆县人民政府",),
        (FGW, JYJ, GXJ, "市公安局", MZJ, RSJ, ZRJ, ZJJ, NYJ, WLJ, SWJ, WJW),
    ),
    (5, 1, "着力建强特色产业集群", (GXJ, C), (NYJ, WLJ, SWJ, "海东工业园区管委会")),
    (6, 1, "繁荣县域商业消费", (SWJ, C), (WLJ, FGW, JTJ, MZJ)),
    (7, 2, "不断优化互联互通交通体系", (JTJ, C), (FGW, ZRJ, ZJJ)),
    (8, 2, "加快完善交通基础设施", (JTJ, C), (FGW, ZRJ, ZJJ, CGJ, "海东城投公司")),
    (9, 2, "系统提升洪涝灾害应对能力", (SWUJ, C), (FGW, ZRJ, ZJJ, STJ)),
    (10, 2, "全面增强县城韧性", ("市应急局", C), (ZRJ, ZJJ, "市消防救援支队")),
    (11, 2, "合理布局建设地下管网", (ZJJ, C), (FGW, GXJ, ZRJ, SWUJ, "市乡村振兴局")),
    (12, 2, "逐步构建新型智慧县城", (GXJ, C), (ZJJ, FGW, "市政务服务监管局", SJJ, CGJ, JYJ, WJW, MZJ)),
    (13, 3, "构筑蓝绿交织的生态县城", (STJ, "市林草局", C), (SWUJ, ZJJ)),
    (14, 3, "践行绿色低碳生产生活", (FGW, C), (GXJ, ZJJ, JTJ)),
    (15, 3, "提升垃圾收集处理能力", (CGJ, C), (FGW, GXJ, ZRJ, STJ, WJW)),
    (16, 3, "提高污水收集处理能力", (ZJJ, C), (FGW, GXJ, ZRJ, STJ, SWUJ, CGJ)),
    (17, 4, "强化职业技能培训及就业服务", (RSJ, C), (JYJ, NYJ)),
    (18, 4, "增强医疗服务能力", (WJW, C), (FGW, CZJ)),
    (19, 4, "扩大教育资源供给", (JYJ, C), (FGW, CZJ)),
    (20, 4, "健全养老托育服务体系", (MZJ, C), (WJW, JYJ, FGW, ZJJ, CZJ)),
    (21, 4, "推进老旧小区改造", (ZJJ, C), (FGW, ZRJ)),
    (22, 4, "优化社会福利设施", (MZJ, C), ("市残联", FGW)),
    (23, 5, "全力打造人文县城", (WLJ, C), (ZJJ, ZRJ, FGW)),
    (24, 5, "完善文化体育服务设施", (WLJ, C), (ZJJ, FGW, JYJ)),
    (25, 6, "着力推动县城基础设施向乡村延伸", (C,), (ZJJ, SWUJ, FGW, STJ, JTJ, GXJ, "市邮政管理局", SWJ)),
    (26, 6, "加快推进县城公共服务供给向乡村覆盖", (C,), (WJW, JYJ, MZJ)),
    (27, 6, "强化巩固拓展脱贫攻坚成果同乡村振兴衔接成效", ("市乡村振兴局", C), (RSJ, MZJ, FGW)),
    (28, 7, "落实农业转移人口市民化配套政策", ("市公安局", C), (JYJ, RSJ, ZJJ, NYJ, CZJ, ZRJ)),
    (29, 7, "提升县域综合金融服务水平", ("市金融办", C), (CZJ, "人行海东中心支行", FGW)),
    (30, 7, "提高建设用地利用效率", (ZRJ, C), (NYJ,)),
    (31, 8, "加强组织领导", (), ()),
    (32, 8, "压实主体责任", (), ()),
    (33, 8, "紧盯项目谋划", (), ()),
    (34, 8, "做好宣传引导", (), ()),
]


@pytest.fixture(scope="module")
def original() -> str:
    return read_notice_text(DEFAULT_NOTICE_PATH)


def full_width_retypeset(text: str) -> str:
    """The notice as the official site prints it: full-width punctuation, CRLF, BOM, ideographic spaces."""
    text = text.translate(str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}))
    text = text.replace("基础设 施", "基础设施").replace("\u00a0", "\u3000")
    return "\ufeff" + text.replace("\n", "\r\n")


def test_the_notice_has_34_tasks_in_8_sections_with_every_unit_as_written():
    notice = load_notice()
    got = [(t.number, t.section, t.title, t.lead_units, t.responsible_units) for t in notice.tasks]
    assert got == EXPECTED
    assert [s.numeral for s in notice.sections] == list("一二三四五六七八")
    assert notice.section(8).title == "实施保障"
    assert notice.section(3).tasks == (13, 14, 15, 16)


def test_the_tasks_in_several_sections_are_listed_section_by_section_as_given():
    notice = load_notice()
    # Part 五 holds tasks 23-24 and part 三 tasks 13-16 (the notice).
    assert notice.tasks_in([5, 3]) == (23, 24, 13, 14, 15, 16)
    assert notice.tasks_in([]) == ()
    with pytest.raises(KeyError, match="no section 9"):
        notice.tasks_in([9])


def test_metadata_is_read_from_the_header_and_title_block():
    meta = load_notice().meta
    assert meta.issuer == "海东市人民政府办公室"
    assert meta.doc_number == "东政办〔2023〕26号"
    assert (meta.written_date, meta.published_date) == ("2023年05月09日", "2023年05月09日")
    assert meta.title == "印发海东市贯彻落实《关于青海省推进以县城为重要载体的城镇化建设的实施方案》任务分工方案的通知"
    assert meta.plan_title.endswith("实施方案》任务分工方案")
    assert meta.addressees == ("各县人民政府", "海东工业园区管委会", "市政府有关部门")
    assert meta.subject == "城乡建设、环境保护"
    assert meta.signed_date == "2023年4月14日"


def test_a_full_width_retypeset_copy_parses_to_identical_records(original):
    assert parse_notice(full_width_retypeset(original)) == parse_notice(original)


def test_the_stray_space_inside_a_word_is_removed_from_task_25():
    assert "加快补齐基础设施短板" in load_notice().task(25).text


def test_task_text_keeps_the_title_sentence_and_stops_before_the_footer():
    notice = load_notice()
    assert notice.task(16).text.startswith("提高污水收集处理能力。完善老旧城区")
    assert notice.task(34).text.endswith("营造良好的社会环境和舆论氛围。")
    assert "相关解读" not in notice.task(34).text


def test_sentences_keep_their_full_stop_and_an_unterminated_last_piece():
    assert split_sentences("甲。乙！丙") == ("甲。", "乙！", "丙")
    assert load_notice().task(1).sentences[-1].endswith("扩大特色产品出口贸易规模")


def test_units_split_on_both_separators():
    assert split_units("市财政局、人行海东中心支行，市发展改革委") == ("市财政局", "人行海东中心支行", "市发展改革委")


def test_normalize_line_folds_typesetting_variants():
    assert normalize_line("\ufeff牵头单位:市水务局,各县人民政府") == "牵头单位：市水务局，各县人民政府"
    assert normalize_line("牵头单位：市水务局，各县人民政府\u3000") == "牵头单位：市水务局，各县人民政府"
    assert normalize_line("基础设 施") == "基础设施"
    assert normalize_line("G109 小峡口") == "G109 小峡口"


def test_a_hard_wrapped_task_paragraph_is_joined():
    text = "一、总则\n1. 第一项。第一句\n续写。\n牵头单位:甲局\n责任单位:乙局、丙局\n"
    task = parse_notice(text).task(1)
    assert task.text == "第一项。第一句续写。"
    assert (task.lead_units, task.responsible_units) == (("甲局",), ("乙局", "丙局"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("一、总则\n没有任务\n", "no tasks"),
        ("一、总则\n1. 甲。\n1. 乙。\n", "line 3: task number 1 repeated"),
        ("1. 甲。\n一、总则\n", "line 1: task 1 comes before any section"),
        ("一、总则\n1. 甲。\n牵头单位:甲局\n牵头单位:乙局\n", "line 4: second 牵头单位 line for task 1"),
    ],
)
def test_malformed_input_raises_value_error_naming_the_line(text, message):
    with pytest.raises(ValueError, match=message):
        parse_notice(text)


def test_a_task_with_units_before_the_first_heading_belongs_to_the_first_section():
    # Found by hypothesis (tests/corpus/parsing/test_layout_properties.py): the task got a section 1 that did not exist.
    from corpus.parser import parse_notice_with_report

    text = "\n".join(
        [
            "序号 | 工作任务 | 牵头单位 | 责任单位",
            "1 | 推进甲项目 | 市发改委 | 市财政局",
            "（二）推进改革。[牵头单位:区卫健局;责任单位:各街办(新区)]",
            "1 | 推进甲项目 | 市发改委 | 市财政局",
        ]
    )
    notice, _ = parse_notice_with_report(text)
    numbers = {s.number for s in notice.sections}
    assert all(t.section in numbers for t in notice.tasks)
    assert sum(len(s.tasks) for s in notice.sections) == len(notice.tasks)


def test_a_text_without_tasks_says_how_much_was_read_and_where_the_numbered_lines_were():
    with pytest.raises(NoticeParseError) as caught:
        parse_notice("关于做好某项工作的通知\n一、高度重视。各单位要高度重视，认真抓好落实，确保各项工作取得实效。\n")
    assert "全文2行文字" in caught.value.chinese and "第2行" in caught.value.chinese
    assert caught.value.line_no == 2
    with pytest.raises(NoticeParseError) as caught:
        parse_notice("\n \n")
    assert caught.value.chinese == "没有找到任何任务：文件里没有文字"
