"""The table of bodies printed without a level prefix finds their names at either end of run-together text."""

from __future__ import annotations

import pytest

from corpus.parsing.short_forms import BARE_BODIES, leading_body, trailing_body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快推进老旧小区改造住建局", "住建局"),
        ("完善排水管网住房和城乡建设局", "住房和城乡建设局"),  # the longest name wins over 建设局
        ("推进公共停车场建设", ""),
    ],
)
def test_trailing_body_is_the_longest_known_name_ending_the_text(text, name):
    assert trailing_body(text) == name


def test_leading_body_is_the_longest_known_name_opening_the_text():
    assert leading_body("自然资源局公安局2024年底前") == "自然资源局"
    assert leading_body("推进公共停车场建设交通局") == ""


def test_every_name_in_the_table_ends_as_a_government_body_does():
    endings = ("局", "委", "办", "部", "中心", "公司", "会", "联", "协", "队", "委员会", "办公室")
    assert all(name.endswith(endings) for name in BARE_BODIES)
