"""The parser either parses or raises ValueError: no other exception, ever."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import parse_notice

LINES = st.sampled_from(
    [
        "一、总则",
        "二、保障",
        "1. 第一项。内容。",
        "2、第二项。内容",
        "1. 重复。",
        "牵头单位:甲局、乙局",
        "责任单位：丙局,丁局",
        "任单位:戊局",
        "",
        "\u00a0",
        "相关解读",
        "发文字号: 东政办〔2023〕26号",
        "发文机关: 海东市人民政府办公室 主题分类: 城乡建设",
        # Tables: bordered cells, a leader column, rows run together, traditional characters.
        "序号 |",
        "责任领导 |",
        "责任单位 |",
        "1 |",
        "张三 |",
        "序号项目名称主要内容区政府分管领导牵头单位配合单位",
        "1增加学位新建学校12个。王建国教育局经开区各街道",
        "2促进就业。李明人社局高新园（邹区镇）各街道推进整治。",
        "序号主要目标任务第一责任单位主要责任单位1地区生产总值增长10%市发改委市统计局",
        "1.全面實施清單管理。(市政府辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, max_size=15))
def test_structured_noise_parses_or_raises_value_error(lines):
    try:
        notice = parse_notice("\n".join(lines))
    except ValueError:
        return
    numbers = [t.number for t in notice.tasks]
    assert len(numbers) == len(set(numbers)) and numbers


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_parses_or_raises_value_error(text):
    with contextlib.suppress(ValueError):
        parse_notice(text)
