"""Canonical line form shared by every parsing step."""

from __future__ import annotations

import re
import unicodedata

# ASCII punctuation that official sites print full-width; NFKC folds the
# full-width forms to ASCII, so mapping back afterwards makes both spellings equal.
_TO_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
# Whitespace between two non-ASCII characters is a typesetting accident
# ("基础设 施", "人力 资源社会保障局"); between Latin words or numbers it is meaningful.
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \t]+(?=[^\x00-\x7f])")
_SENTENCE = re.compile(r"[^。！？]+(?:[。！？]+|$)")
# Bullets and list glyphs that web pages put in front of lines ("• 听全文").
_BULLETS = "•·▪●○◆◇■□►▶-–—"


def fold_width(line: str) -> str:
    """Return ``line`` with NFKC and full-width ，：；（）？！ but its spacing untouched.

    Tables flattened to text separate cells with runs of spaces, so the
    spacing must survive until the cells are split.
    """
    line = unicodedata.normalize("NFKC", line.replace("\ufeff", ""))
    return line.translate(_TO_FULL_WIDTH)


def normalize_line(line: str) -> str:
    """Return ``line`` in canonical form (NFKC, full-width ，：；（）？！, no CJK gaps)."""
    return _CJK_GAP.sub("", fold_width(line)).strip()


def split_sentences(text: str) -> tuple[str, ...]:
    """Split ``text`` after 。！？, keeping the punctuation and a final unterminated piece."""
    return tuple(s.strip() for s in _SENTENCE.findall(text) if s.strip())


def split_lines(text: str) -> list[str]:
    """Split ``text`` into raw lines whatever its line endings (CRLF, CR or LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def is_bullet_line(line: str) -> bool:
    """Whether ``line`` is web-page furniture led by a bullet glyph ("• 分享到")."""
    return bool(line) and line[0] in _BULLETS and not line[:2].isdigit()
