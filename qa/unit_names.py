"""Unit names in a question that the notice does not list ("烟草局") or that are misspelt ("民证局")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jieba

from corpus.units import find_unit_mentions
from qa.lexicon.slips import UNIT_ENDING_SLIPS
from qa.lexicon.units import COMMON_BODIES, NOT_UNITS, STEM_ACTS, STEM_AFTER, STEM_ENDINGS, STEM_JOINS, UNIT_SUFFIXES

_SUFFIX = re.compile(f"(?:{UNIT_SUFFIXES.pattern()})")
_ENDS_LIKE_A_UNIT = re.compile(f"(?:{UNIT_SUFFIXES.pattern()})$")
# The longest unit name a question may type (市人力资源社会保障局 has ten characters) and the longest
# unknown name shown back to the user (longer ones ran into the question's own words).
_LONGEST = 10
_SHOWN = 7
# Words that may precede a unit name in a question and are not part of it (general usage).
_LEADING = re.compile(
    r"^(请问|问一下|问下|我想知道|想知道|想问|那么|那|和|与|跟|及|还有|就是|的|是|让|由|给|被|找|在)+"
)


# A level of government above a city's, said right before a unit's short form ("省发改委", "国家卫健委").
_OTHER_LEVEL = re.compile(r"(省|自治区|国家|中央)(?:级|里的?)?$")


@dataclass(frozen=True)
class UnitName:
    """A unit-like name in a question: as typed, and the notice's unit it most likely means (or None)."""

    surface: str
    start: int
    suggestion: str | None  # canonical unit name for a typo; None: the notice lists no such unit
    candidates: tuple[str, ...] = ()  # the units an ambiguous short form may mean ("资源局"), when several


# A body named by its level instead of its name ("市直局", "市里的单位", "县级部门"): a kind, never a unit (general
# usage).
_LEVEL = r"(?:市级|市里的?|市直|市属|县级|县里的?|省级)"


class UnitNames:
    """Finds unit-like names the alias table does not know, and what they were probably meant to be."""

    def __init__(self, alias_table: dict[str, str]) -> None:
        self.alias_table = alias_table
        self._by_length: dict[int, list[str]] = {}
        for alias in alias_table:
            if len(alias) >= 3:
                self._by_length.setdefault(len(alias), []).append(alias)
        # Names without a unit ending by each one-character gap ("市残?" for 市残联): a slip is found by looking
        # its gaps up, not by comparing every name of its length (that cost a few ms per question).
        self._gapped: dict[str, list[str]] = {}
        for aliases in self._by_length.values():
            for alias in aliases:
                if not _ENDS_LIKE_A_UNIT.search(alias):
                    for i in range(len(alias)):
                        self._gapped.setdefault(alias[:i] + "\0" + alias[i + 1 :], []).append(alias)
        self._common_bodies = tuple(COMMON_BODIES)
        self._gapped_chars = frozenset(ch for key in self._gapped for ch in key if ch != "\0")

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
        for m in known:
            # A slip in front of a known alias ("文体族游" + "广电局"): the whole name, one character off.
            # Two typed characters at least: one more in front is a question word ("那民政局"), not a slip.
            for start in range(max(0, m.end - _LONGEST), m.start - 1):
                window = text[start : m.end]
                if any(taken[start : m.start]) or not re.fullmatch(r"[\u4e00-\u9fff]+", window):
                    continue
                suggestion = self.suggest(window)
                if suggestion is not None and not (known_text and window in known_text):
                    found.append(UnitName(window, start, suggestion))
                    break
        for m in known:
            # "省发改委", "国家发改委", "省住建厅": a body of another level under a known short form; the notice's unit
            # is another body, so the name is unknown, not the notice's unit (a notice of that level names it so).
            level = _OTHER_LEVEL.search(text, 0, m.start)
            if level is not None and not m.unit.startswith(level[1]):
                ending = _SUFFIX.match(text, m.end)
                end = ending.end() if ending is not None else m.end
                found.append(UnitName(text[level.start() : end], level.start(), None))
        for m in _SUFFIX.finditer(text):
            end = m.end()
            if any(taken[m.start() : end]):
                continue
            start = end
            while (
                start > 0
                and not taken[start - 1]
                and re.match(r"[\u4e00-\u9fff]", text[start - 1])
                and end - start < _LONGEST
            ):
                start -= 1
            candidate = _LEADING.sub("", text[start:end])
            start = end - len(candidate)
            # Trim question words that ran into the name ("哪些烟草局" is rare; "的" is common).
            candidate = re.sub(r"^.*(的|是|和|跟|与|由|把)", "", candidate)
            # "配合里那个市直局", "牵头里这个局": a pointer at a body of the list shown, by its kind or level alone
            candidate = re.sub(
                rf"^.*(?:那|这|同一)(?:个|家)(?={_LEVEL}?(?:局|委|办|单位|部门)$)",
                "",
                candidate,
            )
            # "那个局", "这家单位": a reference to a unit, not a name ("这个烟草局" keeps its name).
            # "刚才那两个局", "这俩单位": a count of units pointed at, too.
            candidate = re.sub(
                r"^(?:(?:那|这|该|此|本|同一|上述|上面|刚才|前面|之前|后面|后边|前边)(?:[一两二三四五六七八九几]?[个家些位]|俩|仨)?)+"
                # "市级局", "市里的局", "县级单位": a kind of body by its level, not a name
                rf"|^(?:(?:那|这)?(?:个|家))?{_LEVEL}(?=局|单位|部门|委)"
                # "两个局都…", "两家单位": a count of the units just named, not a name
                r"|^(?:两|俩|三|几)(?:个|家)(?=局|委|单位|部门)"
                # "第一个局", "最后一家单位": a unit by its place in a list shown
                r"|^(?:第[一二三四五六七八九十\d]{1,3}|最后一|倒数第[一二三四五六七八九十\d]{1,2})[个家位]"
                r"|^(?:最)?中间(?:的)?(?:那|这)?(?:一)?[个家位]"
                # "个市局" once 那 was trimmed in front: the rest of "那个市局"
                r"|^[个家位](?=市|县|局|委|办)",
                "",
                candidate,
            )
            start = end - len(candidate)
            if (
                len(candidate) < 3
                or any(candidate.endswith(w) for w in NOT_UNITS)
                # "那个市直局" with the pointer trimmed first: a kind of body by its level, no name
                or re.fullmatch(rf"{_LEVEL}(?:局|单位|部门|委)", candidate)
                or re.search(r"哪|什么|啥|谁|几|多少", candidate)
            ):
                continue
            if known_text and candidate in known_text:
                continue
            found.append(self._resolve(text, candidate, end))
        for name in found:
            for i in range(name.start, name.start + len(name.surface)):
                taken[i] = True
        found += self._sound_slips(text, taken, known_text)
        found += self._ending_slips(text, taken, known_text)
        return sorted(found, key=lambda n: n.start)

    def _ending_slips(self, text: str, taken: list[bool], known_text: str) -> list[UnitName]:
        """Names whose unit ending slipped into a same-sound character ("市住房建设居" → 市住房建设局)."""
        found: list[UnitName] = []
        for ending, slips in UNIT_ENDING_SLIPS.items():
            for m in re.finditer(f"[{slips}]", text):
                at = m.start()
                mended = text[:at] + ending + text[at + 1 :]
                named = [k for k in find_unit_mentions(mended, self.alias_table) if k.end == at + 1]
                if not named or named[0].end - named[0].start < 3 or taken[at]:
                    continue
                # A short form right before the slip ("市城管" of "市城管据") is that unit's name, its ending slipped.
                short = [
                    k
                    for k in find_unit_mentions(text, self.alias_table)
                    if k.start >= named[0].start and k.end == at and k.unit == named[0].unit
                ]
                if any(taken[named[0].start : at]) and not short:
                    continue
                surface = text[named[0].start : at + 1]
                if known_text and surface in known_text:
                    continue
                found.append(UnitName(surface, named[0].start, named[0].unit))
                for i in range(named[0].start, at + 1):
                    taken[i] = True
        return found

    def _sound_slips(self, text: str, taken: list[bool], known_text: str) -> list[UnitName]:
        """Names one same-sound character off a unit's name that has no unit ending ("市残连" → 市残联).

        Pinyin input slips into a character of the same sound. A name with a unit ending (局, 委…) is found
        by its ending; one without (市残联, 化隆县) has nothing to be found by once a character slipped, so
        every stretch of the question the same length as such a name is compared. Longest names first; a
        stretch that is the notice's own wording is not a slip. (A slipped unit ending, "水务句", is still
        not a name here: it no longer ends like one; :meth:`_ending_slips` reads it.)
        """
        found: list[UnitName] = []
        # run[i]: how many Chinese characters not yet taken start at i (a window must fit in one run).
        run = [0] * (len(text) + 1)
        for i in range(len(text) - 1, -1, -1):
            run[i] = run[i + 1] + 1 if "\u4e00" <= text[i] <= "\u9fff" and not taken[i] else 0
        # foreign[i]: characters before i that occur in no slip-prone name; a slip differs in one only.
        foreign = [0]
        for ch in text:
            foreign.append(foreign[-1] + (ch not in self._gapped_chars))
        # Word boundaries: a window that ends or starts inside an everyday word ("化隆现在" holds 现在) is no slip.
        bounds, at = {0}, 0
        for word in jieba.lcut(text):
            at += len(word)
            bounds.add(at)
        for length in sorted(self._by_length, reverse=True):
            for start in range(len(text) - length + 1):
                if run[start] < length or foreign[start + length] - foreign[start] > 1:
                    continue
                if start not in bounds or start + length not in bounds:
                    continue
                if any(taken[start : start + length]):
                    continue
                window = text[start : start + length]
                if known_text and window in known_text:
                    continue
                meant = self._same_sound_unit(window)
                if meant is not None:
                    found.append(UnitName(window, start, meant))
                    for i in range(start, start + length):
                        taken[i] = True
        return found

    def _same_sound_unit(self, surface: str) -> str | None:
        """The one unit whose name differs from ``surface`` in a single character of the same sound."""
        if surface.endswith(self._common_bodies):
            return None
        units: set[str] = set()
        for i in range(len(surface)):
            for alias in self._gapped.get(surface[:i] + "\0" + surface[i + 1 :], ()):
                typed, meant = surface[i], alias[i]
                if typed == meant:
                    continue  # the name itself, not a slip
                # A unit ending for another ("交通运输厅" for …局) names another body, not a slip.
                if _SUFFIX.fullmatch(typed) and _SUFFIX.fullmatch(meant):
                    continue
                if _same_sound(typed, meant):
                    units.add(self.alias_table[alias])
        return next(iter(units)) if len(units) == 1 else None

    def _resolve(self, text: str, candidate: str, end: int) -> UnitName:
        """The unit-like name ending at ``end``: its typed extent and what it most likely means.

        The candidate may have run into question words in front: its tails are tried, longest first,
        as a short form and as a misspelt name.
        """
        for tail in (candidate[i:] for i in range(len(candidate) - 2)):
            # A short form ("监管局") is read as such before as a slip of a three-character alias (城管局).
            meant = self.short_form(tail)
            if len(meant) == 1:
                return UnitName(tail, end - len(tail), meant[0])
            if meant:
                return UnitName(tail, end - len(tail), None, meant)
            suggestion = self.suggest(tail)
            if suggestion is not None:
                start = self._extend(text, end - len(tail), suggestion)
                left = candidate[: len(candidate) - (end - start)]
                if len(left) >= 3 and not re.search(r"[市县区省州]$", left):
                    # "人力资原社保局": the name typed is longer than the slip found in its tail (社保局 → 环保局);
                    # the guess would ignore most of it, so none is made.
                    break
                return UnitName(text[start:end], start, suggestion)
        body = next((b for b in sorted(COMMON_BODIES, key=len, reverse=True) if candidate.endswith(b)), None)
        surface = candidate if body is None else candidate[-len(body) - int(candidate[: -len(body)].endswith("市")) :]
        surface = surface[-_SHOWN:]
        return UnitName(surface, end - len(surface), None)

    @staticmethod
    def _extend(text: str, start: int, canonical: str) -> int:
        """Move ``start`` back over typed characters of the same name ("市自然资源和" before "规化局")."""
        reach = max((k for k in range(2, start + 1) if text[start - k : start] in canonical), default=0)
        return start - reach

    def suggest(self, surface: str) -> str | None:
        """The canonical unit ``surface`` most likely means when it is a one-character slip, or None.

        Any one character may be mistyped ("应急管里局" → 应急管理局, "往建局" → 住建局), but not into
        another real body: a name that is one itself ("税务局", "烟草局": COMMON_BODIES, general usage)
        or that differs only in its ending ("交通运输厅" is the province's office, not the city's 局)
        stays unknown. When the slip fits several units, the one of the same sound wins (pinyin input
        produces those: "民证局" → 民政局); still several means no guess.
        """
        if any(surface.endswith(body) for body in COMMON_BODIES):
            return None
        for form in dict.fromkeys((surface, surface.removeprefix("市"))):
            close: dict[str, bool] = {}
            for alias in self._by_length.get(len(form), ()):
                diff = [(i, a, b) for i, (a, b) in enumerate(zip(form, alias, strict=True)) if a != b]
                if len(diff) != 1:
                    continue
                at, typed, meant = diff[0]
                if at == len(form) - 1 and _SUFFIX.fullmatch(typed) and _SUFFIX.fullmatch(meant):
                    continue
                unit = self.alias_table[alias]
                close[unit] = close.get(unit, False) or _same_sound(typed, meant)
            same = [unit for unit, sound in close.items() if sound]
            if len(same) == 1:
                return same[0]
            if len(close) == 1:
                return next(iter(close))
        return None

    def short_form(self, surface: str) -> tuple[str, ...]:
        """The units whose names contain a short form's core before its ending ("资源局": two; "振兴局": one).

        Returns:
            The canonical units, in the order the alias table first names them; empty when the form
            is a real body of its own (COMMON_BODIES) or its core is shorter than two characters.
        """
        if any(surface.endswith(body) for body in COMMON_BODIES):
            return ()
        form = surface.removeprefix("市")
        ending = _SUFFIX.search(form)
        if ending is None or ending.end() != len(form):
            return ()
        core = form[: ending.start()]
        if len(core) < 2:
            return ()
        units = [
            unit
            for alias, unit in self.alias_table.items()
            if len(alias) > len(form) and alias.endswith(ending.group(0)) and core in alias
        ]
        return tuple(dict.fromkeys(units))


@lru_cache(maxsize=4096)
def _sounds(char: str) -> frozenset[str]:
    # Imported here: pypinyin's dictionaries take ~0.4 s to import, and only a name the notice
    # does not know (a rare question) ever needs them; every fresh `qa ask` would pay otherwise.
    from pypinyin import Style, pinyin

    return frozenset(p for ps in pinyin(char, style=Style.NORMAL, heteronym=True) for p in ps)


def _same_sound(a: str, b: str) -> bool:
    """Whether two characters share a reading (tones ignored), up to the sounds pinyin input confuses.

    Fuzzy pinyin, as input methods offer it (general usage): in/ing, en/eng, an/ang, z/zh, c/ch, s/sh and
    n/l are typed alike ("名政局" for 民政局).
    """
    return bool({_fuzzy(p) for p in _sounds(a)} & {_fuzzy(p) for p in _sounds(b)})


def _fuzzy(syllable: str) -> str:
    """A pinyin syllable with the pairs input methods treat as one folded together."""
    s = re.sub(r"^(z|c|s)h", r"\1", syllable)
    s = re.sub(r"^l", "n", s)
    return re.sub(r"(i|e|a)ng$", r"\1n", s)


_ASKS_FOR_A_BODY = re.compile(r"谁|哪(个|些|几个|家)(单位|部门|机构|局)|什么(单位|部门)")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


class UnitStems:
    """Bare stems staff type for a unit ("民政", "水务"), spelt out as the unit where they name a body.

    A stem is an alias less its ending (民政部门 → 民政, 财政局 → 财政), when it stands for one unit only
    and is not itself an alias. Stems are ordinary words too ("教育资源", "交通体系"), so one counts as a
    unit only when a role word follows it ("民政牵头的", "水务都参与") or a join links it to a body
    ("人社和教育都在的", "财政和发改").
    """

    def __init__(self, alias_table: dict[str, str]) -> None:
        self.alias_table = alias_table
        units_of: dict[str, set[str]] = {}
        for alias, unit in alias_table.items():
            for ending in STEM_ENDINGS:
                stem = alias[: -len(ending)]
                if alias.endswith(ending) and len(stem) >= 2 and not stem.startswith("市"):
                    units_of.setdefault(stem, set()).add(unit)
        self.stems = {
            stem: next(iter(units)) for stem, units in units_of.items() if len(units) == 1 and stem not in alias_table
        }
        self._stem = (
            re.compile("|".join(sorted(map(re.escape, self.stems), key=len, reverse=True))) if self.stems else None
        )
        self._acts = re.compile(f"(?:{STEM_ACTS.pattern()})")
        self._join = re.compile(f"(?:{STEM_JOINS.pattern()})")
        self._word_end = re.compile(f"(?:{STEM_AFTER.pattern()})$")

    def spell_out(self, text: str) -> str:
        """``text`` with each stem that names a body replaced by its unit's full name."""
        if self._stem is None or _ASKS_FOR_A_BODY.search(text):
            # "规划都有谁参与": the body is what is asked, so a stem here is the topic.
            return text
        bodies = [(m.start, m.end) for m in find_unit_mentions(text, self.alias_table)]
        # A stem inside a name found as itself ("民政局") is not spelt out again.
        candidates = [
            m
            for m in self._stem.finditer(text)
            if not any(m.start() >= s and m.end() <= e for s, e in bodies)
            and self._starts_a_word(text, m.start(), bodies)
        ]
        if not candidates:
            return text
        chosen: dict[int, re.Match[str]] = {}
        changed = True
        while changed:  # a stem joined to a body found in the last pass is a body too ("财政和商务和发改")
            changed = False
            ends = {end for _, end in bodies} | {m.end() for m in chosen.values()}
            starts = {start for start, _ in bodies} | {m.start() for m in chosen.values()}
            for m in candidates:
                if m.start() in chosen:
                    continue
                after = text[m.end() :]
                before = text[: m.start()]
                joined_after = self._join.match(after)
                joined_before = self._join.search(before[-1:]) if before else None
                acts = self._acts.match(after) is not None
                if joined_after and m.end() + joined_after.end() in starts:
                    acts = True
                if joined_before and m.start() - 1 in ends:
                    acts = True
                if acts:
                    chosen[m.start()] = m
                    changed = True
        for start in sorted(chosen, reverse=True):
            m = chosen[start]
            text = text[:start] + self.stems[m.group()] + text[m.end() :]
        return text

    def _starts_a_word(self, text: str, start: int, bodies: list[tuple[int, int]]) -> bool:
        # "城市规划" holds the stem 规划 inside a longer word; "那民政", "工信商务" and "民政" do not.
        before = text[:start]
        return (
            not before
            or not _CJK_CHAR.match(before[-1])
            or any(end == start for _, end in bodies)
            or self._word_end.search(before) is not None
        )
