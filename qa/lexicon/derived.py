"""What the parsed notice itself gives the language layer: years, targets, places, unit names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.records import Notice, Task
from qa.lexicon.measures import MEASURES
from qa.lexicon.places import CITIES, NOT_COUNTY_NAMES, PROVINCES

_YEAR = re.compile(r"(?<!\d)(20\d\d)年")
# A number followed by a measure word; not a year ("2025年"), not "5G", not part of a longer token.
_TARGET = re.compile(rf"(?<![\dA-Za-z.])(\d+(?:\.\d+)?)\s*({MEASURES.pattern().replace('%', '%')})")


@dataclass(frozen=True)
class Target:
    """A number-with-unit figure in a task's text ("62%"), with the clause it sits in."""

    task: int
    figure: str
    clause: str


def years(text: str) -> tuple[int, ...]:
    """The years written as "20xx年" in ``text``, each once, in order."""
    return tuple(dict.fromkeys(int(y) for y in _YEAR.findall(text)))


def task_targets(task: Task) -> tuple[Target, ...]:
    """Every number-with-unit figure in ``task``'s text, with its clause (between ，；。)."""
    found: list[Target] = []
    for clause in re.split(r"[，；。：]", task.text):
        for m in _TARGET.finditer(clause):
            found.append(Target(task.number, m.group(0).replace(" ", ""), clause.strip()))
    return tuple(found)


def notice_text(notice: Notice) -> str:
    """All the words of the notice: metadata, titles and task texts."""
    meta = notice.meta
    parts = [meta.title, meta.plan_title, meta.preamble, meta.issuer, *meta.addressees]
    parts += [s.title for s in notice.sections] + [t.text for t in notice.tasks]
    return "\n".join(parts)


def notice_places(notice: Notice) -> frozenset[str]:
    """The places of the gazetteer that the notice names (its own city and counties, neighbours it mentions)."""
    text = notice_text(notice) + "\n" + "\n".join(u for t in notice.tasks for u in t.units)
    return frozenset(p for p in (*PROVINCES, *CITIES) if p in text)


def county_names(notice: Notice, county_governments: Sequence[str] = ()) -> tuple[str, ...]:
    """The counties by their short names ("互助县人民政府" → 互助), sorted.

    The notice's data file names them (``county_governments``), and so do the units lines of a notice that lists
    counties as units.
    """
    units = {u for t in notice.tasks for u in (*t.lead_units, *t.responsible_units)} | set(county_governments)
    names = {m.group(1) for u in units if (m := re.fullmatch(r"(\w{2,4}?)县(人民政府|政府)?", u))}
    return tuple(sorted(n for n in names if n not in NOT_COUNTY_NAMES.entries))


def home_place(notice: Notice) -> str:
    """The city the notice is about: the issuer's name up to 市 ("海东市人民政府办公室" → "海东市")."""
    issuer = notice.meta.issuer
    i = issuer.find("市")
    return issuer[: i + 1] if i > 0 else issuer
