"""Unit names: the notice's canonical names and the short forms staff type.

One alias table serves the whole product (question understanding, the task
browser's filter, the evaluation labels). Canonical names are spelled exactly
as in the notice; the short forms staff type come from the data file shipped
next to the notice (``corpus/notice_lexicon.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from corpus.notice_lexicon import NoticeLexicon, lexicon_for
from corpus.records import Notice, Task

# The shipped notice's county names, from the data file next to it (corpus/notice_lexicon.py). Code that
# serves any notice passes that notice's own lexicon (lexicon_for(notice)) instead.
_SHIPPED = lexicon_for()
# A trailing parenthesised second name ("市委组织部（市委人才办）"): staff type either name alone.
_SECOND_NAME = re.compile(r"^(?P<first>.{2,}?)[（(](?P<second>[^（）()]{2,})[）)]$")
ALL_COUNTIES = _SHIPPED.all_counties
COUNTY_GOVERNMENTS: tuple[str, ...] = _SHIPPED.county_governments


@dataclass(frozen=True)
class UnitMention:
    """A unit found in a question: where, as typed, and what it means."""

    start: int
    end: int
    surface: str
    unit: str


def build_alias_table(notice: Notice) -> dict[str, str]:
    """Map every accepted spelling to its canonical unit name.

    Canonical names from the notice map to themselves; a 市… name also
    matches without 市. County governments are added even though three of
    them appear in the notice only as members of 各县人民政府.
    """
    data = lexicon_for(notice)
    canonical = {u for task in notice.tasks for u in task.units} | set(data.county_governments)
    table: dict[str, str] = {}
    for unit in sorted(canonical):
        table[unit] = unit
        if unit.startswith("市") and len(unit) > 3:
            table.setdefault(unit[1:], unit)
        # Questions are NFKC-normalised (full-width brackets become ASCII), so the name must match that way too.
        table.setdefault(unicodedata.normalize("NFKC", unit), unit)
    for unit in sorted(canonical):
        parts = _SECOND_NAME.match(unit)
        if parts is not None:
            for name in (parts["first"], parts["second"]):
                table.setdefault(name, unit)
    for unit, aliases in data.unit_aliases.items():
        table.setdefault(unit, unit)
        for alias in aliases:
            table.setdefault(alias, unit)
    for alias, unit in _initials_short_forms(canonical).items():
        table.setdefault(alias, unit)
    for unit in sorted(canonical):
        for alias in _word_variants(unit):
            table.setdefault(alias, unit)
    for tail in _KIND_TAILS:
        # "管委会牵头哪些": the one unit of that kind, when the notice names one only.
        ending = [u for u in canonical if u.endswith(tail) and u != tail]
        if len(ending) == 1:
            table.setdefault(tail, ending[0])
    return table


# Words that close a body's name and, said alone, point at the one body of that kind a notice names
# (general usage: "管委会" for 海东工业园区管委会, "城投公司" for 海东城投公司). Only multi-character kinds:
# "局" or "委" alone are any department.
_KIND_TAILS = ("管委会", "城投公司", "投资公司", "集团公司", "中心支行")


# The same body named with a word written out or contracted (general usage: how Chinese body names are written
# in full and in everyday speech, "人力资源和社会保障局" / "人力资源社保局", "工业和信息化局" / "工业信息化局").
_WORD_VARIANTS = (
    ("社会保障", "社保"),
    ("人力资源社会保障", "人力资源和社会保障"),
    ("发展改革", "发展和改革"),
    ("工业信息化", "工业和信息化"),
    ("自然资源和规划", "自然资源规划"),
    ("住房建设", "住房和城乡建设"),
    ("住房建设", "住房城乡建设"),
    ("市场监管", "市场监督管理"),
    ("城管", "城市管理"),
    ("应急局", "应急管理局"),
    ("卫生健康委", "卫生健康委员会"),
    ("发展改革委", "发展和改革委员会"),
)


def _word_variants(unit: str) -> list[str]:
    """The unit's name with one word written out or contracted, with and without its 市/县 prefix."""
    found: list[str] = []
    for printed, other in _WORD_VARIANTS:
        for a, b in ((printed, other), (other, printed)):
            if a in unit and b not in unit:
                variant = unit.replace(a, b, 1)
                found.append(variant)
                if variant[:1] in "市县" and len(variant) > 4:
                    found.append(variant[1:])
    return found


# "市乡村振兴局" → "乡振局", "市交通运输局" → "交运局": a four-character name core of two words is shortened to
# the first character of each (general usage: how Chinese body names are abbreviated, 住建局, 发改委, 市监局).
_FOUR_CHARACTER_CORE = re.compile(r"^[市县区州省]?(?P<core>[\u4e00-\u9fff]{4})(?P<end>局|委|办)$")


def _initials_short_forms(units: Iterable[str]) -> dict[str, str]:
    """Each unit's initials short form, for the forms only one unit would take."""
    found: dict[str, list[str]] = {}
    for unit in units:
        m = _FOUR_CHARACTER_CORE.match(unit)
        if m is not None:
            core = m["core"]
            if core[0] != core[2]:  # "农农局" is no form anyone types
                found.setdefault(core[0] + core[2] + m["end"], []).append(unit)
    return {alias: names[0] for alias, names in found.items() if len(names) == 1}


@dataclass(frozen=True)
class _AliasOrder:
    """An alias table's spellings, longest first, and where each first character's spellings stand."""

    aliases: tuple[str, ...]
    by_first: dict[str, tuple[int, ...]]


@lru_cache(maxsize=32)
def _alias_order(aliases: tuple[str, ...]) -> _AliasOrder:
    longest_first = tuple(sorted(aliases, key=len, reverse=True))
    by_first: dict[str, list[int]] = {}
    for rank, alias in enumerate(longest_first):
        if alias:
            by_first.setdefault(alias[0], []).append(rank)
    return _AliasOrder(longest_first, {char: tuple(ranks) for char, ranks in by_first.items()})


def find_unit_mentions(text: str, table: dict[str, str]) -> list[UnitMention]:
    """Find unit names in ``text``, longest spelling first, without overlaps.

    Args:
        text: a normalised question.
        table: from :func:`build_alias_table`.

    Returns:
        Mentions in the order they appear.
    """
    taken = [False] * len(text)
    found: list[UnitMention] = []
    order = _alias_order(tuple(table))
    # Only spellings whose first character is in the text can be found; they are tried in the same order
    # as all of them would be (a few of ~200 instead of sorting and searching for all, on every question).
    ranks = sorted({rank for char in set(text) for rank in order.by_first.get(char, ())})
    for alias in (order.aliases[rank] for rank in ranks):
        start = text.find(alias)
        while start != -1:
            end = start + len(alias)
            if not any(taken[start:end]):
                found.append(UnitMention(start, end, alias, table[alias]))
                for i in range(start, end):
                    taken[i] = True
            start = text.find(alias, end)
    return sorted(found, key=lambda m: m.start)


def expand_unit(unit: str, lexicon: NoticeLexicon | None = None) -> tuple[str, ...]:
    """Return the names under which ``unit`` can appear on a units line.

    A county government also acts through its notice's name for all counties (26号: 各县人民政府).
    ``lexicon`` is the notice's own data (:func:`corpus.notice_lexicon.lexicon_for`); None: the shipped notice's.
    """
    data = _SHIPPED if lexicon is None else lexicon
    if data.all_counties and unit in data.county_governments:
        return (unit, data.all_counties)
    return (unit,)


def tasks_for_unit(
    tasks: Iterable[Task], unit: str, *, include_responsible: bool, lexicon: NoticeLexicon | None = None
) -> list[tuple[Task, str, str]]:
    """List the tasks ``unit`` leads (and, if asked, is responsible for).

    Returns:
        ``(task, role, as_named)`` triples in task order, where role is
        ``"lead"`` or ``"responsible"`` and ``as_named`` is the name on the
        units line (the unit itself or 各县人民政府).
    """
    names = expand_unit(unit, lexicon)
    result: list[tuple[Task, str, str]] = []
    for task in tasks:
        lead = next((n for n in names if n in task.lead_units), None)
        if lead is not None:
            result.append((task, "lead", lead))
            continue
        if include_responsible:
            responsible = next((n for n in names if n in task.responsible_units), None)
            if responsible is not None:
                result.append((task, "responsible", responsible))
    return result
