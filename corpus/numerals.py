"""Chinese numerals both ways: the one home for 一 … 九百九十九 in parsing, questions and pages."""

from __future__ import annotations

import re

# General usage: the Chinese digits, with 〇 (dates) and 两 (counts) as other spellings.
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
# General usage: colloquial 俩 "two of" and 仨 "three of" ("责任单位就俩").
_COLLOQUIAL = {"俩": 2, "仨": 3}
NUMERAL_CHARS = "".join(_DIGITS) + "十百"
# A numeral as written up to 999 ("十四", "二十", "一百零五"); "十四五" (the plan period) is a word, not 15.
_D = "[一二两三四五六七八九]"
_WELL_FORMED = re.compile(rf"[零〇]|{_D}|{_D}?十{_D}?|{_D}百(?:零{_D}|{_D}十{_D}?)?")


def chinese_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (numbers 0..99).

    Raises:
        ValueError: for numbers outside 0..99.
    """
    if not 0 <= number <= 99:
        raise ValueError(f"number must be in 0..99, got {number}")
    names = "零一二三四五六七八九十"
    if number <= 10:
        return names[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else names[tens]) + "十" + (names[ones] if ones else "")


def chinese_numeral_value(numeral: str) -> int:
    """Value of a Chinese numeral up to 九百九十九 (十 is 10, 十三 is 13, 二十 is 20, 一百零五 is 105).

    Raises:
        ValueError: if ``numeral`` is empty or holds a character that is not a Chinese digit.
    """
    if not numeral:
        raise ValueError(f"not a Chinese numeral: {numeral!r} (allowed: {NUMERAL_CHARS})")
    total, current = 0, 0
    for char in numeral:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r} (allowed: {NUMERAL_CHARS})")
    return total + current


def read_number(token: str) -> int | None:
    """A number as a question writes it: digits, a Chinese numeral or 俩/仨; None when it is none of these."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    if token in _COLLOQUIAL:
        return _COLLOQUIAL[token]
    return chinese_numeral_value(token) if _WELL_FORMED.fullmatch(token) else None
