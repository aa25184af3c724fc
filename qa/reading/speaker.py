"""The speaker's own unit: "我是卫健委的" says which unit "我们" means in the turns after it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from corpus.units import find_unit_mentions
from qa.lexicon.phrases import GREETINGS, SELF_INTRO_OPENERS, SELF_INTRO_TAILS, SELF_UNIT_VERBS, SELF_UNIT_WORDS

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
        m = _INTRO.match(text.strip())
        if m is None:
            return None
        named = find_unit_mentions(m.group("unit"), dict(self.alias_table))
        if len(named) != 1 or m.group("unit")[: named[0].start].strip("市的 "):
            return None
        rest = m.group("unit")[named[0].end :]
        return named[0].unit if not rest.strip("的 ") else None

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
            unit = self.introduced(earlier) or (opening[0] if opening else None)
            if unit is not None:
                return unit
        return None

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
