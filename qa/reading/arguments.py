"""What a question names, read against one notice: units, role, tasks, sections, a count condition, what is asked.

The lowest layer of :class:`~qa.reading.reader.QueryReader`: it holds the notice's facts, and both the structural
and the follow-up readings build on its readers.
"""

from __future__ import annotations

import re

from corpus.notice_lexicon import lexicon_for
from corpus.numerals import read_number
from corpus.records import Notice
from corpus.units import find_unit_mentions
from qa.conversation import State
from qa.lexicon import phrases as P
from qa.lexicon.derived import county_names
from qa.query import Asked, Condition, Role, UnitArg
from qa.reading.patterns import (
    _AFTER_OR_BEFORE_N,
    _ANY,
    _BARE_PAIRS,
    _BARE_SECTION,
    _BARE_TASK_REF,
    _CLAUSE_BREAK,
    _CONDITION,
    _CONFIRMED_NUMBER,
    _DROP,
    _FILLER,
    _FIRST_N,
    _FIRST_SECTION,
    _LAST_N,
    _LAST_SECTION,
    _LEAD,
    _LEADING_SECTION,
    _LIST,
    _NUM,
    _PRONOUN,
    _PUNCT,
    _RESPONSIBLE,
    _SECTION_BY_WORD,
    _SECTION_CONTEXT,
    _SECTION_LIST,
    _SECTION_NUMERAL,
    _SECTION_RANGE,
    _SECTION_REF,
    _SECTIONS_WORD,
    _TARGET_ASK,
    _TASK_LIST,
    _TASK_RANGE,
    _TASK_REF,
    _TASKS_OF_PART_ASKED,
    _TEXT_WORDS,
    _THESE,
    _WHICH_SECTION,
)
from qa.understand import longest_common_substring


class ArgumentReading:
    """The notice read once, and the arguments a question names, which every other layer reads with."""

    def __init__(self, notice: Notice, alias_table: dict[str, str]) -> None:
        self.notice = notice
        self.alias_table = alias_table
        self.task_numbers = frozenset(t.number for t in notice.tasks)
        lexicon = lexicon_for(notice)  # this notice's county governments, if it ships any
        self._county_governments = frozenset(n for n in (*lexicon.county_governments, lexicon.all_counties) if n)
        # A county's own hospital or school by its name ("互助县人民医院", "化隆二中"), if the notice names counties.
        counties = "|".join(map(re.escape, county_names(notice, lexicon.county_governments)))
        self._county_institution = (
            re.compile(rf"(?:{counties})县?(?:{P.NAMED_INSTITUTIONS.pattern()})") if counties else None
        )
        self._tasks = {t.number: t for t in notice.tasks}
        self.section_numbers = tuple(s.number for s in notice.sections)
        self._text = "\n".join(t.text for t in notice.tasks)
        meta = notice.meta
        self._full_text = "\n".join((meta.title, meta.preamble, self._text))
        # Distinctive parts of section titles ("实施保障", "基础设施建设"), read off the notice.
        self._section_phrases = [
            (part, s.number) for s in notice.sections for part in re.split(r"[，、]", s.title) if len(part) >= 4
        ]

    def _without_units(self, text: str, fill: str = "") -> str:
        """``text`` with every unit it names cut out, or ``fill`` put in each one's place."""
        for m in sorted(find_unit_mentions(text, self.alias_table), key=lambda m: -m.start):
            text = text[: m.start] + fill + text[m.end :]
        return text

    def _content_left(self, text: str, *, pronoun_words: bool = False) -> int:
        """How many characters remain once units, pronouns and question words are removed."""
        rest = self._without_units(text)
        for rx in (_PRONOUN, _THESE, _LEAD, _RESPONSIBLE, _ANY, _TEXT_WORDS, _TARGET_ASK, _LIST, _FILLER):
            rest = rx.sub("", rest)
        rest = re.sub(
            r"那么|那|呢|吗|是|谁|哪些|哪个|什么|啥|由|单位|部门|有|的|和|还|又|再|要|什么样|怎么样|情况|任务|具体|问"
            r"|当|作为|几条|几项|几个|几家|多少项|多少条|多少个|换成|换作|改成|如果是|要是|请|全部|所有"
            r"|里|都|中|当中|共同|一起|第?[一二三四五六七八九十\d]+(个|项|条)"
            r"|一共|总共|总计|加起来|几次|几回|多少次|俩|仨|哪家|哪位|一样不|一样吗|一样|相同|重复|一致|责任|配合"
            r"|反过来|倒过来|反之|就|看看|看",  # "就看看第三个": a request to look, not a topic
            "",
            rest,
        )
        return len(_PUNCT.sub("", rest))

    def _asked_of_task(self, text: str, state: State) -> Asked:
        """What a follow-up about one task wants; unsaid, the same as the last question."""
        if _WHICH_SECTION.search(text):
            return Asked.SECTIONS
        asked = self._units_asked(text)
        if asked is not None:
            return asked
        if _TARGET_ASK.search(text):
            return Asked.TARGET
        if _TEXT_WORDS.search(text):
            return Asked.TEXT
        if state.query is not None and state.query.asked in (
            Asked.LEAD_UNITS,
            Asked.RESPONSIBLE_UNITS,
            Asked.UNITS,
            Asked.TEXT,
            Asked.TARGET,
        ):
            return state.query.asked
        return Asked.TEXT

    def _units_asked(self, text: str) -> Asked | None:
        if re.search(
            r"牵头(?:单位)?(?:和|跟|与|及|、|以及|加)?(?:责任|配合)(?:单位)?都(?:算|要|包括)"
            r"|牵头(?:单位)?(?:和|跟|与|及|、|以及|加)(?:责任|配合)|(?:责任|配合)单位(?:和|跟|与|及|、|以及|加)牵头",
            text,
        ):
            return Asked.UNITS  # "第20项牵头和责任单位都列一下": both lines
        if re.search(
            r"都是谁|都有谁|分别是谁|都有哪些单位|都有哪些部门|哪些单位参与|哪些部门参与", text
        ) and not re.search(r"牵头单位|责任单位|配合单位|(?:牵头|配合)的|谁(?:来)?(?:牵头|配合)", text):
            return Asked.UNITS  # "23条都是谁负责": every unit named, both lines
        lead = bool(re.search(r"牵头|主抓|主管|统筹|谁负责|谁管|由谁", text))
        # "是X牵头吗，还有谁": with 牵头 said, "还有谁" asks for the other lead units.
        rest = re.sub(r"还有(?:谁|哪些|什么)", "", text) if lead else text
        responsible = bool(_RESPONSIBLE.search(rest)) or bool(re.search(r"参与单位|参与部门|其他单位|还有谁", rest))
        if responsible and not re.search(r"牵头单位|谁(?:一起|一块儿?|共同|联合|也)?牵头", text):
            return Asked.RESPONSIBLE_UNITS
        if lead:
            return Asked.LEAD_UNITS
        if re.search(r"哪些单位|哪些部门|几个单位|多少个单位|什么单位|涉及.*单位|单位有哪些", text):
            return Asked.UNITS
        return None

    def _units(self, text: str) -> tuple[UnitArg, ...]:
        mentions = sorted(find_unit_mentions(text, self.alias_table), key=lambda m: m.start)
        role = self._role(text) or Role.ANY
        names = dict.fromkeys(m.unit for m in mentions)
        if len(names) == 2 and len(mentions) == 2:
            # "住建局牵头、同时水务局是责任单位的任务": each unit in the role said right after it.
            ends = (mentions[1].start, len(text))
            own = [self._role(text[m.end : end]) for m, end in zip(mentions, ends, strict=True)]
            if None not in own and own[0] is not own[1]:
                return tuple(UnitArg(m.unit, r) for m, r in zip(mentions, own, strict=True))
            # "交通局牵头、配合单位里又有住建局的": each unit in the role of its own clause, said before or after it.
            cut = _CLAUSE_BREAK.search(text, mentions[0].end, mentions[1].start)
            if cut is not None:
                own = [self._role(text[: cut.start()]), self._role(text[cut.end() :])]
                if None not in own and Role.ANY not in own and own[0] is not own[1]:
                    return tuple(UnitArg(m.unit, r) for m, r in zip(mentions, own, strict=True))
        return tuple(UnitArg(name, role) for name in names)

    def _role(self, text: str) -> Role | None:
        # A unit's own name says no role: the 管 of 市城管局 or 市场监管局 is no "管" (manage).
        text = self._without_units(text, " ")
        # "作为责任单位…，不算它自己牵头的", "参与的，不算牵头的": with leading left out, the role left is 责任单位.
        without_lead = re.sub(
            rf"(?:{P.EXCLUDE_WORDS.pattern()})(它|其)?(自己|本身)?(牵头|当牵头单位|作为牵头单位)的?",
            "",
            text,
        )
        if without_lead != text:
            return Role.RESPONSIBLE
        if re.search(r"牵头\s*[+＋加和与及、/跟或]\s*(?:责任|配合)|(?:责任|配合)\s*[+＋加和与及、/跟或]\s*牵头", text):
            return Role.ANY  # "（牵头+责任）", "配合和牵头都算": both roles counted
        lead = bool(_LEAD.search(text)) or bool(re.search(r"牵.{1,6}头", text))
        # "责任的呢": the role word alone, its 单位 left out.
        responsible = bool(_RESPONSIBLE.search(text)) or bool(re.search(r"(责任|配合)的?(呢|嘞|咧)?$", text))
        if (
            lead
            and not responsible
            and not re.search(
                r"参与|涉及|出现|掺和|都算|都包括|不管是|无论是|牵头(?:加|和|跟|或|以及|及|与)(?:负责|配合)", text
            )
        ):
            return Role.LEAD
        if lead and not responsible and re.search(r"(作为|当|是|担任)牵头(单位|部门)", text):
            return Role.LEAD  # "作为牵头单位出现次数最多的": the role is named, 出现 only says where
        if responsible and not lead:
            return Role.RESPONSIBLE
        if _ANY.search(text) or (lead and responsible):
            return Role.ANY
        return None

    def _task_refs(self, text: str) -> tuple[int, ...]:
        """Task numbers the question names, in the order it names them (a range counts as ascending)."""
        found: dict[int, int] = {}  # number → where it is named

        def add(n: int | None, at: int) -> None:
            if n is not None and n in self.task_numbers and n not in found:
                found[n] = at

        for m in _TASK_REF.finditer(text):
            if m.group(2) in ("个", "件") and not re.match(r"\s*任务", text[m.end() :]):
                continue  # "第二个" alone is an ordinal, not a task number
            add(read_number(m.group(1) or m.group(3)), m.start())
        # "29条谁牵头", "24项比23项": a bare number before 项/条 at the start or after a joining word.
        for m in _BARE_TASK_REF.finditer(text):
            add(read_number(m.group(1)), m.start(1))
        # "第18到22项", "10到15号任务", "26-30条": a range.
        for m in _TASK_RANGE.finditer(text):
            low, high = read_number(m.group(1)), read_number(m.group(2))
            if low is not None and high is not None and low < high:
                for offset, n in enumerate(range(low, high + 1)):
                    add(n, m.start() + offset / 100)
        # "18号任务", "十八号任务说啥" (never a date: "五月十八号").
        for m in re.finditer(
            r"(?<![\d第月年.一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*号"
            r"(?:任务|(?=的|谁|是|由|讲|说|呢|比|和|跟|里|有|没|多|少|$))",
            text,
        ):
            add(read_number(m.group(1)), m.start())
        # "第3、5项", "第2、9、15条", "23和24条", "1和2两项", "25号和1号任务": numbers before one 项.
        for m in _TASK_LIST.finditer(text):
            for k, g in enumerate(re.findall(_NUM, m.group(0).replace("两项", "项").replace("两条", "条"))):
                add(read_number(g), m.start() + k / 100)
        # "18和19的责任单位", "28里有但4里没有的", "15条有16条没有的": two bare numbers compared.
        for pattern in _BARE_PAIRS:
            for m in pattern.finditer(text):
                add(read_number(m.group(1)), m.start(1))
                add(read_number(m.group(2)), m.start(2))
        # "卫健委牵头的是16吗", "就是12条吧": a bare number confirmed as the task meant.
        for m in _CONFIRMED_NUMBER.finditer(text):
            add(read_number(m.group(1)), m.start(1))
        # "前三项", "最后四条": the first or last tasks of the notice.
        numbers = sorted(self.task_numbers)
        for m in _FIRST_N.finditer(text):
            n = read_number(m.group(1))
            for k, t in enumerate(numbers[: n or 0]):
                add(t, m.start() + k / 100)
        for m in _LAST_N.finditer(text):
            n = read_number(m.group(1))
            if n:
                for k, t in enumerate(numbers[-n:]):
                    add(t, m.start() + k / 100)
        # "第三十一项后面还有哪几项", "第5条之前的": the tasks after (or before) it, not the task itself.
        for m in _AFTER_OR_BEFORE_N.finditer(text):
            n = read_number(m.group(1))
            if n is None:
                continue
            found.pop(n, None)
            later = m.group(2) in ("后面", "之后", "以后", "往后")
            for k, t in enumerate(t for t in numbers if (t > n if later else t < n)):
                add(t, m.start() + k / 100)
        return tuple(sorted(found, key=lambda n: found[n]))

    def _sections(self, text: str) -> tuple[int, ...]:
        found: list[int] = []
        for m in _SECTION_REF.finditer(text):
            n = read_number(m.group(1))
            if n in self.section_numbers and n not in found:
                found.append(n)
        for m in (*_BARE_SECTION.finditer(text), *_LEADING_SECTION.finditer(text)):
            n = read_number(m.group(1))
            if n in self.section_numbers and n not in found:
                found.append(n)
        if _LAST_SECTION.search(text) and self.section_numbers:
            found.append(max(self.section_numbers))
        if _FIRST_SECTION.search(text) and self.section_numbers:
            found.append(min(self.section_numbers))
        # "第一、二部分", "第七 第八部分", "一二部分", "三四两部分": several sections named at once.
        for m in _SECTION_LIST.finditer(text):
            for g in re.findall(_SECTION_NUMERAL, m.group("nums")):
                n = read_number(g)
                if n in self.section_numbers and n not in found:
                    found.append(n)
        # A section named by its title ("实施保障里", "城乡融合那块"), with a word that says "the part".
        # A part named by a whole clause of its title and asked for its tasks ("实施保障包括几项"): no part word
        # is needed, since no task holds a section title's clause word for word. A part left out ("…不算") is
        # read by the rules for what a question leaves out.
        whole = {number for phrase, number in self._section_phrases if phrase in text}
        named_whole = len(whole) == 1 and _TASKS_OF_PART_ASKED.search(text) is not None and not _DROP.search(text)
        if not found and (_SECTIONS_WORD.search(text) or _SECTION_CONTEXT.search(text) or named_whole):
            best: tuple[int, int] | None = None
            for phrase, number in self._section_phrases:
                overlap = longest_common_substring(phrase, text)
                if overlap >= 4 and (best is None or overlap > best[0]):
                    best = (overlap, number)
            if best is not None:
                found.append(best[1])
        # "组织保障那块": the part titled as a plan's safeguards, when one title is that and nothing else.
        # A title said word for word is read above, and a part left out ("…不算") by the rules for what is left out.
        if not found and not whole and not _DROP.search(text) and re.search(P.SAFEGUARD_PART_WORDS.pattern(), text):
            titled = [
                sec.number
                for sec in self.notice.sections
                if re.fullmatch(r"(?:实施|组织|工作|政策)?保障(?:措施|机制)?|保障措施", sec.title.strip())
            ]
            if len(titled) == 1:
                found.append(titled[0])
        # "民生那块", "文体那部分": two characters right before the part word, found in one section title only.
        if not found:
            for m in _SECTION_BY_WORD.finditer(text):
                titled = [sec.number for sec in self.notice.sections if m.group(1) in sec.title]
                if len(titled) == 1:
                    found.append(titled[0])
                    break
        # "五到八部分", "第2至4部分": a range of sections.
        for m in _SECTION_RANGE.finditer(text):
            low, high = read_number(m.group(1)), read_number(m.group(2))
            if low is not None and high is not None and low < high:
                found += [n for n in self.section_numbers if low <= n <= high and n not in found]
        return tuple(sorted(found))

    def _condition(self, text: str) -> Condition | None:
        for rx, comparator in _CONDITION:
            m = rx.search(text)
            if m:
                n = 1 if m.group(1) == "多" else read_number(m.group(1))
                if n is not None:
                    return Condition(comparator, n)
        return None
