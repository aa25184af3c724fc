"""Reading tables flattened to text: cells, borders and headers."""

from __future__ import annotations

import pytest

from corpus.parsing.tables import Column, header_columns, lone_cell


@pytest.mark.parametrize(
    ("line", "cell"),
    [("序号 |", "序号"), ("| 叶林 |", "叶林"), ("｜招商工作部、安商工作部｜", "招商工作部、安商工作部"), ("1 |", "1")],
)
def test_a_line_holding_one_cell_between_borders_is_that_cell(line, cell):
    assert lone_cell(line) == cell


@pytest.mark.parametrize("line", ["1 | 推进甲项目 | 市发改委 |", "推进甲项目。", "", "（市发改委牵头）"])
def test_a_row_of_several_cells_or_a_line_without_borders_is_left_alone(line):
    assert lone_cell(line) == line


def test_a_leader_column_is_neither_a_lead_nor_a_responsible_column():
    assert header_columns("序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限") == [
        Column.NUMBER,
        Column.TASK,
        Column.OTHER,
        Column.RESPONSIBLE,
        Column.OTHER,
    ]
