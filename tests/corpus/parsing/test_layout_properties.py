"""Whatever mix of the genre's lines a notice holds, the parser parses it or raises ValueError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.parser import parse_notice_with_report

LINES = st.sampled_from(
    [
        "一、重点任务",
        "（一）加快建设。（市发改委牵头，市财政局按职责分工负责）",
        "（二）推进改革。[牵头单位:区卫健局;责任单位:各街办(新区)]",
        "1. 推进甲项目。",
        "1、推进乙项目（含租赁）。",
        "(1)细化措施。",
        "第一条 总则",
        "牵头单位：市发改委",
        "责任单位：市财政局、法制局（列第一位者为牵头单位，下同）",
        "配合单位：",
        "完成时限：2023年底",
        "序号 | 工作任务 | 牵头单位 | 责任单位",
        "序号",
        "工作任务",
        "牵头单位",
        "1 | 推进甲项目 | 市发改委 | 市财政局",
        "2",
        "3城镇居民收入增长8%市人社局市财政局",
        "",
        "各区、县级市人民政府：",
        "相关解读",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, max_size=20))
def test_any_mix_of_the_genres_lines_parses_or_raises_value_error(lines):
    try:
        notice, report = parse_notice_with_report("\n".join(lines))
    except ValueError:
        return
    numbers = [t.number for t in notice.tasks]
    assert numbers and len(numbers) == len(set(numbers))
    assert report.task_count == len(numbers)
    assert all(t.section in {s.number for s in notice.sections} for t in notice.tasks)
