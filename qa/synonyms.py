"""Everyday words → the notice's own terms, to widen BM25's view of plain-language questions.

Staff and residents say 暖气, 遛弯, 医共体 or 洋芋; the notice says 供热, 健身步道, 医疗卫生共同体
and 马铃薯. Dense retrieval bridges much of this gap; this table lets BM25 help instead of
matching stray characters. Expansions are appended to the BM25 query only.
"""

from __future__ import annotations

from qa.lexicon.synonyms import SYNONYMS

__all__ = ["SYNONYMS", "expand"]


def expand(query: str) -> str:
    """Append the notice terms for every everyday word found in ``query``."""
    extra = [terms for word, terms in SYNONYMS.items() if word in query]
    return f"{query} {' '.join(extra)}" if extra else query
