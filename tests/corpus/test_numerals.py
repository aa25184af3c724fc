"""Chinese numerals are written and read back the way notices and questions spell them."""

from __future__ import annotations

import pytest

from corpus.numerals import chinese_numeral, chinese_numeral_value, read_number

NUMERALS = [(0, "零"), (1, "一"), (8, "八"), (10, "十"), (12, "十二"), (20, "二十"), (34, "三十四")]


@pytest.mark.parametrize(("number", "numeral"), NUMERALS)
def test_numbers_are_written_as_chinese_numerals(number: int, numeral: str) -> None:
    assert chinese_numeral(number) == numeral


@pytest.mark.parametrize(("number", "numeral"), NUMERALS)
def test_a_written_numeral_reads_back_as_its_number(number: int, numeral: str) -> None:
    assert chinese_numeral_value(numeral) == number


def test_a_numeral_out_of_range_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match=r"0\.\.99, got 100"):
        chinese_numeral(100)


@pytest.mark.parametrize(("numeral", "value"), [("十", 10), ("十三", 13), ("二十", 20), ("一百零五", 105)])
def test_numeral_values_follow_the_tens_and_hundreds(numeral: str, value: int) -> None:
    assert chinese_numeral_value(numeral) == value


@pytest.mark.parametrize("numeral", ["", "十a", "三个"])
def test_a_non_numeral_is_refused_naming_it(numeral: str) -> None:
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        chinese_numeral_value(numeral)


@pytest.mark.parametrize(
    ("token", "number"),
    [("7", 7), (" 18 ", 18), ("十", 10), ("十三", 13), ("二十一", 21), ("三十", 30), ("两", 2), ("俩", 2), ("仨", 3)],
)
def test_a_question_number_is_read_in_any_spelling(token: str, number: int) -> None:
    assert read_number(token) == number


@pytest.mark.parametrize("token", ["", "十四五规划", "十四五", "二二", "多"])
def test_a_word_that_is_no_number_reads_as_none(token: str) -> None:
    assert read_number(token) is None
