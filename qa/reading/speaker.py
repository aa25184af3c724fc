"""The speaker's own unit: "我是卫健委的" says which unit "我们" means in the turns after it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from corpus.units import UnitMention, find_unit_mentions
from qa.lexicon.phrases import (
    GREETINGS,
    POLITE_OPENERS,
    SELF_COUNTY_WORDS,
    SELF_INTRO_OPENERS,
    SELF_INTRO_TAILS,
    SELF_UNIT_VERBS,
    SELF_UNIT_WORDS,
    WORKPLACE_NOUNS,
)
from qa.lexicon.places import CITIES

# How a self-introduction opens ("我是", "你好，我在"): a greeting in front says nothing more. Shared with the
# small-talk check, which tells an introduction that asks nothing.
# Not "我是问…", "我是说…": a correction of what was asked, no introduction.
SELF_INTRO_HEAD = rf"^(?:(?:{GREETINGS.pattern()})[，,。.!！~～\s]*)?(?:{SELF_INTRO_OPENERS.pattern()})(?![问说想要指])"
_INTRO = re.compile(rf"{SELF_INTRO_HEAD}(?P<unit>.+?)(?:{SELF_INTRO_TAILS.pattern()})?(?:啊|呀|哈|哦)?[，,。.!！]?$")
# The speaker's unit in a question ("我们单位", "咱局", a bare 我们), before what a unit does on the notice, or as
# what a task has ("哪几条有我们").
_SELF = re.compile(
    rf"(?:{SELF_UNIT_WORDS.pattern()})(?=(?:{SELF_UNIT_VERBS.pattern()}))"
    rf"|(?<=有)(?:{SELF_UNIT_WORDS.pattern()})(?=$|[？?。，,！!吗呢么没的]|参与|参加)"
)
# "…，看看跟X一起牵头的": after a self-introduction, a unit named with 跟 goes with the speaker's own
# (general usage).
_WITH_ANOTHER = re.compile(
    r"^(?:我|我们)?(?:想|要)?(?:看看|看一下|看下|查查|查一下|查下|问问|问一下|了解一下)?(?:跟|和|与|同)"
)
# "化隆县的，…", "互助县政府办的，…", "民和县交通口的，…", "平安区这边在核对材料，…": where the speaker works, said
# before the question (general usage): a county, district or city, then an office of it or a line of work (口), or 的 or
# 这边 and a few words, then a comma. The question after it is about the notice's units, not about that place.
_PLACE_SAID = re.compile(
    rf"^(?:(?:{GREETINGS.pattern()})[，,。.!！~～\s]*)?(?P<opener>{SELF_INTRO_OPENERS.pattern()}|我们|我|咱们|咱)?"
    r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:县|区|市))(?!人民政府|政府(?![办]))"
    # an office ("政府办", "住建局"), a line of work ("交通口", "城管", "生态环境"), or nothing
    r"(?P<office>[\u4e00-\u9fff]{0,8}?)"
    # "平安区这边在核对材料": what the speaker is doing there; "民和县那边呢，…" asks about the county instead.
    r"(?P<tail>的(?:小[\u4e00-\u9fff])?|这边的?(?=[，,])"
    r"|(?:这边|那边)(?:在|帮|给|负责|正在|要|想|准备|汇总|整理|问)[^，,。.!！？?\s]{0,10})[，,。.!！\s]+"
    r"|^(?:(?:我们|我|咱们|咱)?(?P<place2>[\u4e00-\u9fff]{2,6}?(?:县|区|市))(?P<office2>[\u4e00-\u9fff]{0,8}?"
    rf"(?:{WORKPLACE_NOUNS.pattern()}))[，,。.!！\s]+)"
)
_WORKPLACE = re.compile(rf"(?:{WORKPLACE_NOUNS.pattern()}|口)$")
# Words that make "X县…的" a question about the county ("循化县牵头的，…"), not where the speaker works.
_NOT_AN_OFFICE = re.compile(r"牵头|配合|负责|参与|任务|目标|哪|几|什么|啥|多少|怎么|情况|那边|这边")
# After a bare "化隆县的，": the rest is a question of its own only when it names a unit, a task or part, the speaker,
# or opens politely; "化隆县的，打造什么产业" asks about the county (general usage).
_ASKS_ON_ITS_OWN = re.compile(rf"^(?:{POLITE_OPENERS.pattern()})|第|部分|我们|咱|我县|本县|帮我|帮忙")
# Only before what a unit does ("我们县牵头", "本县要配合"): "我们县老人…" describes a need in the county.
# "我们县政府牵头" is the county government too, so the whole phrase is the county's unit.
_SELF_COUNTY = re.compile(rf"(?:{SELF_COUNTY_WORDS.pattern()})(?:人民政府|政府)?(?=(?:{SELF_UNIT_VERBS.pattern()}))")
# The county government's own office ("政府办", "县府办"): its staff speak for the county as "我们".
_GOVERNMENT_OFFICE = re.compile(r"^(?:人民)?政府(?:办|办公室)?$|^府办$|^办$")


@dataclass(frozen=True)
class PlaceSaid:
    """Where a speaker said they work, before the question ("互助县政府办的，…")."""

    county: str | None  # the county's unit on the notice; None for a place it does not list (a district)
    speaks_for_county: bool  # the county government or its office, not one of its bureaus ("化隆县财政局")
    rest: str  # the question after it


# "咱财政局…", "我们水务局…": the speaker's own unit named at the start of a question (general usage).
_SELF_BEFORE_UNIT = re.compile(rf"^(?:{SELF_UNIT_WORDS.pattern()})")


@dataclass(frozen=True)
class Speaker:
    """Reads self-introductions and "我们" against the notice's unit names.

    Args:
        alias_table: spelling → unit, from :func:`corpus.units.build_alias_table`.
    """

    alias_table: Mapping[str, str] = field(repr=False)

    def introduced(self, text: str) -> str | None:
        """The unit a message introduces its speaker as ("我是卫健委的" → 市卫生健康委), else None.

        Only when the whole message is the introduction and names exactly one unit.
        """
        said = self._intro_mentions(text)
        if said is None:
            return None
        said_unit, named = said
        if len(named) != 1 or said_unit[: named[0].start].strip("市的 "):
            return None
        rest = said_unit[named[0].end :].strip("的 ")
        if rest in ("办", "办公室") and named[0].unit.endswith("政府"):
            return named[0].unit  # "…县政府办的": the government's own office speaks for it
        return named[0].unit if not rest else None

    def opening(self, text: str) -> tuple[str, str] | None:
        """A message that opens with a self-introduction and goes on to ask ("我是卫健委的，我们牵头哪些").

        Returns:
            The unit and the rest of the message, or None when it does not open so.
        """
        for m in re.finditer(r"[，,。.!！ ]", text):
            unit = self.introduced(text[: m.start()])
            rest = text[m.end() :].strip()
            if unit is not None and rest:
                return unit, rest
        return None

    def unit_in(self, history: Sequence[str]) -> str | None:
        """The unit the latest self-introduction in ``history`` named, else None."""
        for earlier in reversed(history):
            opening = self.opening(earlier) or self.named_inline(earlier)
            place = self.place_said(earlier)
            if opening is None and place is not None and place.speaks_for_county and place.county:
                opening = (place.county, place.rest)
            unit = self.introduced(earlier) or (opening[0] if opening else None)
            if unit is not None:
                return unit
        return None

    def place_said(self, text: str) -> PlaceSaid | None:
        """A question that opens with where its speaker works ("化隆县政府办的，本县配合几项"), else None.

        Only a place the gazetteer knows (``CITIES``: the notice's counties, Qinghai's districts) or a county the
        notice lists; "关于市林草局，…" names none.
        """
        m = _PLACE_SAID.match(text.strip())
        if m is None:
            return None
        place, office = m["place"] or m["place2"], m["office"] or m["office2"] or ""
        rest = text.strip()[m.end() :].strip()
        named = find_unit_mentions(place, dict(self.alias_table))
        county = named[0].unit if len(named) == 1 and named[0].surface == place else None
        if not rest or (county is None and place not in CITIES.entries and place[:-1] not in CITIES.entries):
            return None
        if _NOT_AN_OFFICE.search(office):
            return None
        said_so = bool(m["opener"] or _WORKPLACE.search(office) or (m["tail"] or "").startswith(("这边", "那边")))
        if not said_so and not (_ASKS_ON_ITS_OWN.search(rest) or find_unit_mentions(rest, dict(self.alias_table))):
            return None
        return PlaceSaid(county, not office or bool(_GOVERNMENT_OFFICE.match(office)), rest)

    def county_in(self, history: Sequence[str]) -> str | None:
        """The county of the latest message in ``history`` that said where its speaker works, else None.

        Said before a question ("化隆县政府办的，…") or as the whole message ("我们是互助县交通局"): a bureau of
        the county speaks of the county as "我们县" too.
        """
        for earlier in reversed(history):
            place = self.place_said(earlier)
            if place is not None:
                return place.county
            county = self._county_introduced(earlier)
            if county is not None:
                return county
        return None

    def _county_introduced(self, text: str) -> str | None:
        """The county a whole-message introduction opens its workplace with ("我是民和县水务局的"), else None."""
        said = self._intro_mentions(text)
        named = said[1] if said is not None else []
        if not named or named[0].start != 0 or not named[0].unit.endswith("人民政府"):
            return None
        return named[0].unit

    def _intro_mentions(self, text: str) -> tuple[str, list[UnitMention]] | None:
        """What a whole-message introduction says its speaker is ("卫健委的" of "我是卫健委的") and the units in it."""
        m = _INTRO.match(text.strip())
        if m is None:
            return None
        return m.group("unit"), find_unit_mentions(m.group("unit"), dict(self.alias_table))

    @staticmethod
    def refers_to_county(text: str) -> str | None:
        """The words by which ``text`` names the speaker's county ("我们县", "本县"), else None."""
        m = _SELF_COUNTY.search(text)
        return m.group(0) if m else None

    @staticmethod
    def put_in_county(text: str, county: str) -> str:
        """``text`` with "我们县", "本县" and the like replaced by ``county``."""
        return _SELF_COUNTY.sub(county, text)

    def named_inline(self, text: str) -> tuple[str, str] | None:
        """A question that opens by naming the speaker's unit ("咱财政局在里头干啥") → the unit and the question
        without the self word ("财政局在里头干啥"); None otherwise ("我们县城…" names a place, not a unit)."""
        m = _SELF_BEFORE_UNIT.match(text.strip())
        if m is None:
            return None
        rest = text.strip()[m.end() :]
        named = find_unit_mentions(rest, dict(self.alias_table))
        if not named or named[0].start != 0:
            return None
        first = named[0]
        if first.unit.endswith("人民政府") and "政府" not in first.surface:
            return None  # a county's name alone is a place
        return first.unit, rest

    def with_another(self, text: str, unit: str) -> str | None:
        """ "跟交通局一起牵头的" right after introducing oneself → "<unit>和交通局一起牵头的", else None."""
        m = _WITH_ANOTHER.match(text)
        if m is None:
            return None
        named = find_unit_mentions(text[m.end() :], dict(self.alias_table))
        if not named or named[0].start != 0 or named[0].unit == unit:
            return None
        return f"{unit}和{text[m.end() :]}"

    @staticmethod
    def refers_to_self(text: str) -> str | None:
        """The words by which ``text`` names the speaker's unit ("我们", "我们单位", "咱局"), else None."""
        m = _SELF.search(text)
        return m.group(0) if m else None

    @staticmethod
    def put_in(text: str, unit: str) -> str:
        """``text`` with each reference to the speaker's unit replaced by ``unit``."""
        return _SELF.sub(unit, text)
