"""Round 15 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


def test_label_lines_opening_a_page_before_any_numbered_line_are_skipped_not_an_error():
    text = (
        "牵头单位：市甲局。\n配合单位：市乙局。\n二、第二部分\n（一）推进丙项目。\n牵头单位：市丙局。\n"
        "（二）推进丁项目。\n牵头单位：市丁局。\n配合单位：市乙局。\n"
    )
    assert units(text) == [("（一）", ("市丙局",), ()), ("（二）", ("市丁局",), ("市乙局",))]


def test_a_units_line_under_a_heading_over_an_item_naming_its_own_is_still_reported():
    # Only lines before any numbered line are a page's leftover: under a heading the line is a misplaced units line.
    text = "一、总则\n牵头单位：甲局\n1. 甲。\n"
    try:
        parse_notice(text)
    except ValueError as error:
        assert "units line before any task" in str(error)
    else:
        raise AssertionError("expected a units line before any task")
