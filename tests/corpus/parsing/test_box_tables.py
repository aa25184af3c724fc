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
