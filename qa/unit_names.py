"""Unit names in a question that the notice does not list ("烟草局") or that are misspelt ("民证局")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.units import find_unit_mentions
from qa.lexicon.units import COMMON_BODIES, NOT_UNITS, UNIT_SUFFIXES

_SUFFIX = re.compile(f"(?:{UNIT_SUFFIXES.pattern()})")
# Words that may precede a unit name in a question and are not part of it (general usage).
_LEADING = re.compile(
    r"^(请问|问一下|问下|我想知道|想知道|想问|那么|那|和|与|跟|及|还有|就是|的|是|让|由|给|被|找|在)+"
)


@dataclass(frozen=True)
class UnitName:
    """A unit-like name in a question: as typed, and the notice's unit it most likely means (or None)."""

    surface: str
    start: int
    suggestion: str | None  # canonical unit name for a typo; None: the notice lists no such unit


class UnitNames:
    """Finds unit-like names the alias table does not know, and what they were probably meant to be."""

    def __init__(self, alias_table: dict[str, str]) -> None:
        self.alias_table = alias_table
        self._by_length: dict[int, list[str]] = {}
        for alias in alias_table:
            if len(alias) >= 3:
                self._by_length.setdefault(len(alias), []).append(alias)

    def unknown(self, text: str, *, known_text: str = "") -> list[UnitName]:
        """Unit-like names in ``text`` outside the known units, each with a suggestion if it is a typo.

        Args:
            text: a normalised question.
            known_text: the notice's own words; a name found there ("一网通办") is a term, not a unit.
        """
        known = find_unit_mentions(text, self.alias_table)
        taken = [False] * len(text)
        for m in known:
            for i in range(m.start, m.end):
                taken[i] = True
        found: list[UnitName] = []
        for m in _SUFFIX.finditer(text):
            end = m.end()
            if any(taken[m.start() : end]):
                continue
            start = end
            while (
                start > 0 and not taken[start - 1] and re.match(r"[\u4e00-\u9fff]", text[start - 1]) and end - start < 7
            ):
                start -= 1
            candidate = _LEADING.sub("", text[start:end])
            start = end - len(candidate)
            # Trim question words that ran into the name ("哪些烟草局" is rare; "的" is common).
            candidate = re.sub(r"^.*(的|是|和|跟|与|由|把)", "", candidate)
            start = end - len(candidate)
            if (
                len(candidate) < 3
                or any(candidate.endswith(w) for w in NOT_UNITS)
                or re.search(r"哪|什么|啥|谁|几|多少", candidate)
            ):
                continue
            if known_text and candidate in known_text:
                continue
            found.append(UnitName(candidate, start, self.suggest(candidate)))
        return found

    def suggest(self, surface: str) -> str | None:
        """The canonical unit ``surface`` most likely means, or None.

        A typo here is what pinyin input produces: one character replaced by another of the same
        sound ("民证局" → 民政局, "住见局" → 住建局). Other one-character differences ("烟草局" and
        林草局, "税务局" and 商务局) are different units, not typos.
        """
        if any(surface.endswith(body) for body in COMMON_BODIES):
            return None
        for form in dict.fromkeys((surface, surface.removeprefix("市"))):
            for alias in self._by_length.get(len(form), ()):
                diff = [(a, b) for a, b in zip(form, alias, strict=True) if a != b]
                if len(diff) == 1 and _same_sound(*diff[0]):
                    return self.alias_table[alias]
        return None


@lru_cache(maxsize=4096)
def _sounds(char: str) -> frozenset[str]:
    # Imported here: pypinyin's dictionaries take ~0.4 s to import, and only a name the notice
    # does not know (a rare question) ever needs them; every fresh `qa ask` would pay otherwise.
    from pypinyin import Style, pinyin

    return frozenset(p for ps in pinyin(char, style=Style.NORMAL, heteronym=True) for p in ps)


def _same_sound(a: str, b: str) -> bool:
    """Whether two characters share a reading (tones ignored)."""
    return bool(_sounds(a) & _sounds(b))
