"""Markers are recognised in every numbering style; decimals are not markers."""

from __future__ import annotations

import pytest

from corpus.parsing.numbering import MarkerStyle, match_marker


@pytest.mark.parametrize(
    ("line", "style", "number", "label"),
    [
        ("一、总体要求", MarkerStyle.CN_COMMA, 1, "一"),
        ("（十二）加快建设", MarkerStyle.CN_PAREN, 12, "（十二）"),
        ("3. 推进", MarkerStyle.AR_DOT, 3, "3"),
        ("3、推进", MarkerStyle.AR_COMMA, 3, "3"),
        ("⑫建设乙", MarkerStyle.CIRCLED, 12, "⑫"),
        ("（3）推进", MarkerStyle.AR_PAREN, 3, "（3）"),
        ("第二十一条 推进", MarkerStyle.ARTICLE, 21, "第二十一条"),
    ],
)
def test_match_marker_reads_style_number_and_label(line, style, number, label):
    marker = match_marker(line)
    assert marker is not None
    assert (marker.style, marker.number, marker.label) == (style, number, label)


@pytest.mark.parametrize("line", ["1.5万亩玉米", "2023年底前完成", "十分重要", ""])
def test_numbers_in_running_text_are_not_markers(line):
    assert match_marker(line) is None


def test_the_official_nesting_order_gives_depths():
    assert (
        MarkerStyle.CN_COMMA.depth < MarkerStyle.CN_PAREN.depth < MarkerStyle.AR_DOT.depth < MarkerStyle.AR_PAREN.depth
    )


@pytest.mark.parametrize("glyph", ["★", "●", "◆"])
def test_a_bullet_before_a_sentence_is_an_item_marker(glyph):
    marker = match_marker(f"{glyph}推进甲项目建设，年内开工。")
    assert marker is not None
    assert (marker.style, marker.rest) == (MarkerStyle.BULLET, "推进甲项目建设，年内开工。")


@pytest.mark.parametrize("line", ["● 分享到", "◆打印本页", "★收藏"])
def test_a_bullet_before_a_web_pages_furniture_is_no_marker(line):
    assert match_marker(line) is None
