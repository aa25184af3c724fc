"""Official style for text shown on the page: 〈〉 inside 《》, 第三部分, 2023年5月9日.

These are the conventions of Chinese government documents (GB/T 15834 标点符号用法 for nested title marks;
the notice itself writes its parts as 一 … 八 and dates without leading zeros in the body). Display only:
the answer JSON keeps the assistant's wording.
"""

from __future__ import annotations

import re

from corpus.numerals import chinese_numeral

_PART = re.compile(r"第(\d{1,2})部分")
_DATE = re.compile(r"(\d{4})年0?(\d{1,2})月0?(\d{1,2})日")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def official_date(text: str) -> str:
    """``2023年05月09日`` or ``2023-05-09`` → ``2023年5月9日``; other text unchanged."""
    text = _ISO_DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", text)
    return _DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", text)


def nest_title_marks(text: str) -> str:
    """Title marks inside title marks become single ones: 《…《…》…》 → 《…〈…〉…》."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char == "《":
            out.append("《" if depth % 2 == 0 else "〈")
            depth += 1
        elif char == "》" and depth > 0:
            depth -= 1
            out.append("》" if depth % 2 == 0 else "〉")
        else:
            out.append(char)
    return "".join(out)


def book_title(title: str) -> str:
    """A title in 《》, with the title marks it contains turned into 〈〉."""
    return nest_title_marks(f"《{title}》")


def official_style(text: str) -> str:
    """Part numbers in Chinese numerals, dates without leading zeros, nested title marks."""
    text = _PART.sub(lambda m: f"第{chinese_numeral(int(m[1]))}部分", text)
    return nest_title_marks(official_date(text))
