"""Tables drawn with box characters become one ``|``-separated line per row."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.box_tables import box_tables_as_rows

# Made-up table in the form a legal database exports: wrapped cells, a units cell spanning two rows.
TABLE = """某市重点工作分解
┌──────────────┬───┬────────┬────┐
│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│
│ │ 导 │ │ │
├──────────────┼───┼────────┼────┤
│推进甲项目建设 │张三 │各县(市、区)政│年内见成│
├──────────────┤ │府,市财政局、市│ 效 │
│加强乙工程建设 │ │教育局 │ │
├──────────────┼───┼────────┼────┤
│推进丙项目 │李四 │市商务局 │年底 │
└──────────────┴───┴────────┴────┘"""


def test_each_row_becomes_one_line_of_cells_at_the_line_where_it_starts():
    rows = box_tables_as_rows(TABLE.split("\n"))
    assert len(rows) == len(TABLE.split("\n"))  # line numbers still name the copy's lines
    assert [r for r in rows if r] == [
        "某市重点工作分解",
        "工 作 任 务 | 分管领导 | 牵头组织实施单位 | 完成时限",
        "推进甲项目建设 | 张三 | 各县(市、区)政府,市财政局、市教育局 | 年内见成效",
        "加强乙工程建设 | 张三 | 各县(市、区)政府,市财政局、市教育局 | 年内见成效",
        "推进丙项目 | 李四 | 市商务局 | 年底",
    ]


def test_lines_without_box_characters_are_left_alone():
    lines = ["一、任务", "1.推进甲项目。", "│ 一行竖线不是表格"]
    assert box_tables_as_rows(lines) == lines


def test_a_box_drawn_table_parses_to_one_task_per_row_with_a_spanning_units_cell_in_each():
    tasks = parse_notice(TABLE).tasks
    assert [(t.title, t.lead_units) for t in tasks] == [
        ("推进甲项目建设", ("各县（市、区）政府", "市财政局", "市教育局")),
        ("加强乙工程建设", ("各县（市、区）政府", "市财政局", "市教育局")),
        ("推进丙项目", ("市商务局",)),
    ]


# Made-up (round 11, after a real legal-database copy): a heading row without a mark, then one task cell holding
# several measures opened by △, beside which the units column splits; the padding spaces collapsed.
MEASURES = """┌──────────┬───┬────────┬────┐
│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│
│ │ 导 │ │ │
├──────────┼───┼────────┼────┤
│抓好甲方面工作,增强保障能力 │张三 │各县(市、区)政│年内见成│
├──────────┤ │府,市财政局、金│ 效 │
│△调整财政支出结构,加大投│ │融办 │ │
│入 │ ├────────┤ │
│△加强财政监督,提高资金使用效益 │ │市财政局、教育局│ │
├──────────┤ │ │ │
│坚持优先发展教育,提高全民素质 │ │ │ │
├──────────┤ │ │ │
│△各级财政安排资金支持教育发展 │ │ │ │
└──────────┴───┴────────┴────┘"""


def test_measures_opened_by_bullets_in_one_cell_are_rows_each_with_the_units_beside_its_first_line():
    assert [r for r in box_tables_as_rows(MEASURES.split("\n")) if r] == [
        "工 作 任 务 | 分管领导 | 牵头组织实施单位 | 完成时限",
        "抓好甲方面工作,增强保障能力",
        "△调整财政支出结构,加大投入 | 张三 | 各县(市、区)政府,市财政局、金融办 | 年内见成效",
        "△加强财政监督,提高资金使用效益 | 张三 | 市财政局、教育局 | 年内见成效",
        "坚持优先发展教育,提高全民素质",
        "△各级财政安排资金支持教育发展 | 张三 | 市财政局、教育局 | 年内见成效",
    ]


def test_the_headings_between_bulleted_measures_are_no_tasks():
    tasks = parse_notice(MEASURES).tasks
    assert [(t.label, t.title, t.lead_units) for t in tasks] == [
        ("1", "调整财政支出结构，加大投入", ("各县（市、区）政府", "市财政局", "市金融办")),
        ("2", "加强财政监督，提高资金使用效益", ("市财政局", "市教育局")),
        ("3", "各级财政安排资金支持教育发展", ("市财政局", "市教育局")),
    ]
