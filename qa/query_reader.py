"""Reading a question into a :class:`~qa.query.Query` (structural, small talk, follow-up or content).

Rules, not a model: the question words come from :mod:`qa.lexicon`, the unit names, sections,
task numbers and years from the parsed notice. A question the rules do not recognise as
structural is :attr:`Op.CONTENT` and goes to retrieval.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from corpus.records import Notice
from corpus.units import find_unit_mentions
from qa.conversation import EMPTY, State
from qa.lexicon import Table
from qa.lexicon import phrases as P
from qa.lexicon.derived import years
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg
from qa.understand import longest_common_substring

_CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUM = r"[一二两三四五六七八九十\d]{1,3}"
_TASK_REF = re.compile(rf"第\s*({_NUM})\s*(项|条|个任务|号任务|个|件)|任务\s*(\d{{1,2}})(?![\d年%万亿])")
_BARE_TASK_REF = re.compile(r"(?:^|[和跟与及、，,比])\s*(\d{1,2})\s*(?:项|条)(?!以上|以下|任务)")
# "都列出来", "具体是哪些" after a count: show what was counted (general usage).
_LIST_THEM = re.compile(
    r"(那|那么|请)?(都|全部|全都|把它们|把这些)?(列出来|列一下|列出|列举一下|列举出来)(吧|看看)?"
    r"|(那|那么)?(具体|分别)是?(哪些|哪几项|哪几条|哪一项|哪项|哪条|哪几个)(呢|任务)?"
)
# "最后一条谁牵头" after a list: its last item.
_LAST_ITEM = re.compile(r"最后(那|这)?(一)?(个|项|条)")
_SECTION_REF = re.compile(rf"第\s*({_NUM})\s*(部分|章|节|板块|大项|方面|块|大块|大部分)")
_LAST_SECTION = re.compile(r"最后(那|这)?(一|一个)?(部分|板块|章|节|大项|方面|块)")
_FIRST_SECTION = re.compile(r"(第一个|头一个|开头的?)(部分|板块)")
_ORDINAL = re.compile(rf"第\s*({_NUM})\s*({P.ORDINAL_NOUNS.pattern()})")
_PUNCT = re.compile(r"[\s，,。.！!？?、：:；;~～…\"'“”‘’（）()]+")


def _rx(*tables: Table) -> re.Pattern[str]:
    return re.compile("|".join(t.pattern() for t in tables), re.IGNORECASE)


_GREETING = _rx(P.GREETINGS, P.THANKS, P.ABOUT_YOU, P.COMPLAINTS, P.LAUGHTER)
_FILLER = _rx(P.FILLERS)
_SMALLTALK_FILLER = _rx(P.FILLERS, P.SMALLTALK_FILLERS)
# "哪几项" lists and "几个公墓" asks a figure; "几项", "几个部分", "几个责任单位", "出现几次" count.
_COUNT = re.compile(
    r"(?<![哪好])(几|多少)(项|条|次)"
    r"|(?<![哪好])(几|多少)(个|大)?(部分|板块|大块|任务|工作)"
    r"|(?<![哪好])(几|多少)(个|家)?(不同的?)?(牵头|责任|配合|参与)?(单位|部门|局)"
    r"|(任务|单位|部门|项目)的?(数量|总数|个数|数目|数)(?![据字])|(总数|数量)是?多少|的次数"
    r"|(任务|工作|事项)(一共|总共|共)?(有|是)?(几|多少)(个|项|条)"
    r"|(单位|部门)(一共|总共|共)?(有|是)?(几|多少)个"
)
_TOTAL = _rx(P.TOTAL_WORDS)
_MOST = _rx(P.MOST_WORDS)
_FEWEST = _rx(P.FEWEST_WORDS)
_BOTH = _rx(P.BOTH_WORDS)
_BUT_NOT = re.compile(P.BUT_NOT_WORDS.pattern())
_LIST = _rx(P.LIST_WORDS)
_LEAD = _rx(P.LEAD_WORDS)
_RESPONSIBLE = _rx(P.RESPONSIBLE_WORDS)
_ANY = _rx(P.ANY_ROLE_WORDS)
_NO_LEAD = _rx(P.NO_LEAD_WORDS)
_TARGETS = _rx(P.TARGET_WORDS)
_MENTION = _rx(P.MENTION_WORDS)
_PRONOUN = _rx(P.PRONOUNS)
_THESE = _rx(P.THESE_WORDS)
_MORE = _rx(P.MORE_WORDS)
_CONTACT = re.compile(rf"(?:{P.CONTACT_WORDS.pattern()})(?:是|在|有)?(?:哪|多少|什么|几|怎么|谁)")
# "去年…是多少", "现在…产值多少了": a figure of the present or past, not a count of tasks or units.
_CURRENT_FIGURE = re.compile(
    rf"(?:{P.CURRENT_WORDS.pattern()}).{{0,14}}(?:多少|几)(?!项|条|次|个?(?:任务|部分|板块|单位|部门)|家|个局)"
)
# "我家房子能不能纳入…": one person's case (an asker, an eligibility word, a procedure).
_PERSONAL = re.compile(
    rf"(?:{P.SELF_WORDS.pattern()}).{{0,12}}(?:{P.ELIGIBILITY_WORDS.pattern()}).{{0,2}}(?:{P.PROCEDURE_WORDS.pattern()})"
    rf"|(?:{P.SELF_WORDS.pattern()}).{{0,2}}(?:{P.PROCEDURE_WORDS.pattern()}).{{0,14}}(?:{P.HOW_TO_WORDS.pattern()})"
)
_UNITS_WORD = re.compile(r"单位|部门|机构")
_WHICH_UNIT = re.compile(r"哪(个|家|些|几个)(局|单位|部门|机构|委)|谁|(局|单位|部门|机构|委)是(哪|谁|什么)")
_TASK_WORD = re.compile(r"任务|哪项|哪一项|哪条|哪几项|事项|工作")
_SECTIONS_WORD = re.compile(r"部分|板块|大块|章节|大项")
_DEPARTMENT = re.compile(r"哪(个|家|些)(局|部门|委)|(局|部门|委)(里|中|当中)|的(局|部门|委)")
_TEXT_WORDS = re.compile(r"讲(的|了)?(什么|啥)|说(的|了)?(什么|啥)|内容|是什么任务|具体(是)?什么|干什么|做什么|要求")
_TARGET_ASK = re.compile(r"目标|指标|要达到|达到多少|多少|数字|比例")
_CONDITION = [
    (re.compile(rf"(?:{P.ONLY_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.EQ),
    (re.compile(rf"(?:{P.MORE_THAN_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.GT),
    (re.compile(rf"(?:{P.AT_LEAST_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.GE),
    (re.compile(rf"(?:{P.FEWER_THAN_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.LT),
    (re.compile(rf"({_NUM})\s*个\s*(?:或)?(?:以上|及以上)"), Comparator.GE),
    (re.compile(rf"({_NUM})\s*个\s*以下"), Comparator.LT),
    (re.compile(rf"(?:有|是)\s*({_NUM})\s*个(?:的)?"), Comparator.EQ),
    (re.compile(r"(多)个"), Comparator.GT),  # "有多个牵头单位": more than one
]


def cn_number(token: str) -> int | None:
    """A number written in digits or Chinese numerals up to 999 ("十八" → 18, "二十一" → 21)."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    if not token:
        return None
    if "十" in token:
        tens, _, ones = token.partition("十")
        high = _CN_DIGITS.get(tens) if tens else 1
        low = _CN_DIGITS.get(ones) if ones else 0
        if high is None or low is None:
            return None
        return high * 10 + low
    if len(token) == 1:
        return _CN_DIGITS.get(token)
    return None


class QueryReader:
    """Turns a normalised question (and the conversation state) into a :class:`Query`."""

    def __init__(self, notice: Notice, alias_table: dict[str, str]) -> None:
        self.notice = notice
        self.alias_table = alias_table
        self.task_numbers = frozenset(t.number for t in notice.tasks)
        self.section_numbers = tuple(s.number for s in notice.sections)
        # Distinctive parts of section titles ("实施保障", "基础设施建设"), read off the notice.
        self._section_phrases = [
            (part, s.number) for s in notice.sections for part in re.split(r"[，、]", s.title) if len(part) >= 4
        ]

    # --- entry ---------------------------------------------------------------------------------
    def read(self, text: str, state: State | Callable[[], State] = EMPTY) -> Query:
        """Read ``text`` (already normalised) in the context of ``state``.

        ``state`` may be a function: it is called only when the question refers back, so a
        self-contained question never pays for replaying the conversation.
        """
        if self.is_smalltalk(text):
            return Query(Op.SMALLTALK, text=text)
        if _PERSONAL.search(text):
            return Query(Op.DECLINE, note="personal", text=text)
        if _CONTACT.search(text):
            return Query(Op.DECLINE, note="contact", text=text)
        if _CURRENT_FIGURE.search(text):
            return Query(Op.DECLINE, note="current", text=text)
        followup = self._followup(text, state)
        if followup is not None:
            return followup
        return self._structural(text) or Query(Op.CONTENT, text=text)

    def is_smalltalk(self, text: str) -> bool:
        """Greetings, thanks and questions about the assistant, with nothing else."""
        if not _GREETING.search(text):
            return False
        rest = _PUNCT.sub("", _SMALLTALK_FILLER.sub("", _GREETING.sub("", text)))
        return len(rest) == 0

    # --- follow-ups -------------------------------------------------------------------------------
    def _followup(self, text: str, state_of: State | Callable[[], State]) -> Query | None:
        memo: list[State] = []

        def state() -> State:
            if not memo:
                memo.append(state_of() if callable(state_of) else state_of)
            return memo[0]

        bare = _PUNCT.sub("", text)
        units = self._units(text)
        if _MORE.fullmatch(bare) or (_MORE.search(bare) and len(_MORE.sub("", bare)) <= 2 and not units):
            if state().empty:
                return Query(Op.CLARIFY, note="more", text=text)
            return Query(Op.LIST, Asked.TASKS, tasks=state().remaining, note="more", text=text)
        last = state().query if _LIST_THEM.fullmatch(bare) else None
        if last is not None and last.op is Op.COUNT and last.counted is Counted.TASKS:
            # "都列出来" after a count of tasks: the tasks counted.
            return replace(last, op=Op.LIST, asked=Asked.TASKS, text=text)
        ordinal = _ORDINAL.search(text)
        if ordinal and not _SECTION_REF.search(text) and len(state().tasks) >= 2:
            n = cn_number(ordinal.group(1))
            # "第三项" after a list is its third item; a number beyond the list is the task itself.
            if n is not None and 1 <= n <= len(state().tasks):
                task = state().tasks[n - 1]
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
        last_item = _LAST_ITEM.search(text)
        if last_item and not _SECTION_REF.search(text) and not _LAST_SECTION.search(text) and len(state().tasks) >= 2:
            task = state().tasks[-1]
            return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
        if (
            _THESE.search(text)
            and not self._task_refs(text)
            and not units
            and self._content_left(text) < 2
            and state().empty
        ):
            return Query(Op.CLARIFY, note="these", text=text)
        if ordinal and state().empty and not self._task_refs(text) and self._content_left(text) < 2:
            return Query(Op.CLARIFY, note="ordinal", text=text)
        if _THESE.search(text) and len(state().tasks) >= 2:
            inner = self._structural(_THESE.sub("", text))
            if inner is not None and inner.op in (Op.FILTER, Op.LIST, Op.COUNT) and not inner.tasks:
                # "这些任务里哪些提到了2025年", "其中住建局牵头的": the same, within the listed tasks.
                return replace(inner, tasks=state().tasks, text=text)
            # "青稞酒这些产业谁牵头" names its own topic: "这些" is no reference there.
            if self._content_left(text) < 3:
                if units and not _BOTH.search(text):
                    return Query(Op.LIST, Asked.TASKS, units=units, tasks=state().tasks, text=text)
                asked = self._units_asked(text) or Asked.UNITS
                if _BOTH.search(text) or re.search(r"共同|都", text):
                    return Query(Op.INTERSECT, asked, tasks=state().tasks, text=text)
                if _COUNT.search(text):
                    return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=Counted.TASKS, text=text)
                return Query(Op.LOOKUP, asked, tasks=state().tasks, text=text)
        pronoun = _PRONOUN.search(text)
        own_task = self._task_refs(text)
        if pronoun and not own_task and not units and self._content_left(text, pronoun_words=True) < 2:
            if state().empty:
                return Query(Op.CLARIFY, note="pronoun", text=text)
            last = state().query
            role = self._role(text)
            if state().unit is not None and last is not None and last.units and role is not None:
                # "它参与的呢" after a unit's tasks: "它" is the unit, asked in another role.
                unit = (UnitArg(state().unit, role),)
                if _COUNT.search(text):
                    # "它配合的有几项": the same unit's tasks in that role, counted.
                    return Query(Op.COUNT, Asked.COUNT, units=unit, counted=Counted.TASKS, text=text)
                return replace(last, units=unit, text=text)
            if not state().tasks:
                return Query(Op.CLARIFY, note="pronoun", text=text)
            asked = self._asked_of_task(text, state())
            if asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS) and len(state().tasks) == 1:
                # The content path answers these and quotes the sentence the earlier question was about.
                return None
            return Query(Op.LOOKUP, asked, tasks=(state().tasks[0],), note="pronoun", text=text)
        # "那民政局呢": the last question again, with another unit.
        if units and re.match(r"^(那|那么|换成|再问|再看看?)", text) and self._content_left(text) < 2:
            if state().query is not None and state().query.units:
                swapped = tuple(UnitArg(u.name, state().query.units[0].role) for u in units)
                return replace(state().query, units=swapped, text=text)
            if state().empty:
                return Query(Op.CLARIFY, note="unit", text=text)
            return None
        if re.match(r"^(那|那么)?(它|这项|该项|此项|这个|那个|那)(呢)?$", bare) and state().empty:
            return Query(Op.CLARIFY, note="pronoun", text=text)
        return None

    def _content_left(self, text: str, *, pronoun_words: bool = False) -> int:
        """How many characters remain once units, pronouns and question words are removed."""
        rest = text
        for m in sorted(find_unit_mentions(text, self.alias_table), key=lambda m: -m.start):
            rest = rest[: m.start] + rest[m.end :]
        for rx in (_PRONOUN, _THESE, _LEAD, _RESPONSIBLE, _ANY, _TEXT_WORDS, _TARGET_ASK, _LIST, _FILLER):
            rest = rx.sub("", rest)
        rest = re.sub(
            r"那么|那|呢|吗|是|谁|哪些|哪个|什么|啥|由|单位|部门|有|的|和|还|又|再|要|什么样|怎么样|情况|任务|具体|问"
            r"|当|作为|几条|几项|多少项|多少条"
            r"|里|都|中|当中|共同|一起|第?[一二三四五六七八九十\d]+(个|项|条)",
            "",
            rest,
        )
        return len(_PUNCT.sub("", rest))

    def _asked_of_task(self, text: str, state: State) -> Asked:
        """What a follow-up about one task wants; unsaid, the same as the last question."""
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
        lead = bool(re.search(r"牵头|主抓|主管|统筹|谁负责|谁管|由谁", text))
        responsible = bool(_RESPONSIBLE.search(text)) or bool(re.search(r"参与单位|参与部门|其他单位|还有谁", text))
        if responsible and not re.search(r"牵头单位|谁牵头", text):
            return Asked.RESPONSIBLE_UNITS
        if lead:
            return Asked.LEAD_UNITS
        if re.search(r"哪些单位|哪些部门|几个单位|多少个单位|什么单位|涉及.*单位|单位有哪些", text):
            return Asked.UNITS
        return None

    # --- structural -------------------------------------------------------------------------------
    def _structural(self, text: str) -> Query | None:
        units = self._units(text)
        tasks = self._task_refs(text)
        sections = self._sections(text)
        yrs = years(text) or tuple(int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text))
        condition = self._condition(text)

        if _NO_LEAD.search(text):
            return Query(Op.FILTER, Asked.TASKS, units=units, sections=sections, prop=Property.NO_LEAD, text=text)
        if _TARGETS.search(text) and not tasks:
            return Query(Op.FILTER, Asked.TARGET, units=units, sections=sections, prop=Property.QUANTIFIED, text=text)
        if condition is not None and (_UNITS_WORD.search(text)) and not tasks:
            prop = (
                Property.RESPONSIBLE_COUNT
                if re.search(r"责任单位|配合单位|责任部门|配合部门", text)
                else Property.LEAD_COUNT
            )
            return Query(Op.FILTER, Asked.TASKS, sections=sections, prop=prop, condition=condition, text=text)
        if _MOST.search(text) or _FEWEST.search(text):
            superlative = self._superlative(text, units, sections)
            if superlative is not None:
                return superlative
        if len(units) >= 2 and _BUT_NOT.search(text):
            head, _, tail = text.partition(_BUT_NOT.search(text).group(0))
            first = self._units(head) or units[:1]
            second = self._units(tail) or units[1:]
            role_a = self._role(head) or Role.ANY
            role_b = self._role(tail) or Role.ANY
            return Query(
                Op.DIFFERENCE,
                Asked.TASKS,
                units=(UnitArg(first[0].name, role_a), *(UnitArg(u.name, role_b) for u in second)),
                text=text,
            )
        if len(units) == 1 and _BUT_NOT.search(text):
            head, _, tail = text.partition(_BUT_NOT.search(text).group(0))
            role_a = self._role(head) or Role.ANY
            role_b = self._role(tail) or Role.LEAD
            if role_a is role_b:
                role_a = Role.ANY
            name = units[0].name
            return Query(Op.DIFFERENCE, Asked.TASKS, units=(UnitArg(name, role_a), UnitArg(name, role_b)), text=text)
        if len(units) >= 2 and _BOTH.search(text) and not tasks:
            return Query(Op.INTERSECT, Asked.TASKS, units=units, text=text)
        if len(tasks) >= 2 and (_BOTH.search(text) or re.search(r"共同|都", text)):
            return Query(Op.INTERSECT, self._units_asked(text) or Asked.UNITS, tasks=tasks, text=text)
        if (
            yrs
            and (_MENTION.search(text) or _TASK_WORD.search(text))
            and re.search(r"哪些|哪几|几项|多少项|哪项|任务", text)
            and (not _TARGET_ASK.search(re.sub(r"多少项|几项", "", text)) or re.search(r"哪些|哪几|几项|多少项", text))
        ):
            op = Op.COUNT if _COUNT.search(text) else Op.FILTER
            return Query(
                op, Asked.COUNT if op is Op.COUNT else Asked.TASKS, units=units, sections=sections,
                years=yrs, prop=Property.MENTIONS_YEAR, counted=Counted.TASKS, text=text,
            )  # fmt: skip
        if _COUNT.search(text):
            counted = self._count(text, units, tasks, sections)
            if counted is not None:
                return counted
        if tasks:
            return Query(Op.LOOKUP, self._asked_of_task(text, EMPTY), tasks=tasks, units=units, text=text)
        listing = _LIST.search(text) or _TASK_WORD.search(text) or len(_PUNCT.sub("", text)) <= 8
        if sections and listing and not _LEAD.search(text) and not _RESPONSIBLE.search(text):
            return Query(Op.LIST, Asked.TASKS, sections=sections, text=text)
        if units and not tasks and re.search(r"哪几(项|个|条)", text) and self._content_left(text) < 3:
            # "财政局都参与哪几项任务": the unit's tasks (not the notice's task count).
            return Query(Op.LIST, Asked.TASKS, units=units, sections=sections, text=text)
        if re.search(r"(所有|全部|每一?项)(的)?任务|任务(清单|列表|目录)|列出.*任务", text) and not units:
            return Query(Op.LIST, Asked.TASKS, text=text)
        return None

    def _count(
        self, text: str, units: tuple[UnitArg, ...], tasks: tuple[int, ...], sections: tuple[int, ...]
    ) -> Query | None:
        if tasks:
            asked = self._units_asked(text) or Asked.UNITS
            counted = {
                Asked.LEAD_UNITS: Counted.LEAD_UNITS,
                Asked.RESPONSIBLE_UNITS: Counted.RESPONSIBLE_UNITS,
            }.get(asked, Counted.UNITS)
            return Query(Op.COUNT, asked, tasks=tasks, counted=counted, text=text)
        if units:
            return Query(Op.COUNT, Asked.COUNT, units=units, sections=sections, counted=Counted.TASKS, text=text)
        if re.search(r"(几|多少)(个|大)?(部分|板块|大块|章)|分(为|成)?(了)?几(个|大)?(部分|块)", text) and not sections:
            return Query(Op.COUNT, Asked.COUNT, counted=Counted.SECTIONS, text=text)
        if re.search(r"(几|多少)(个|家)?(不同的?)?(单位|部门|局)", text) and not sections:
            role = self._role(text)
            if "牵头单位" in text and not _RESPONSIBLE.search(text):
                # "牵头单位里出现了几个单位": 出现 says where they appear, not a second role.
                role = Role.LEAD
            counted = (
                Counted.LEAD_UNITS
                if role is Role.LEAD
                else Counted.RESPONSIBLE_UNITS
                if role is Role.RESPONSIBLE
                else Counted.UNITS
            )
            return Query(Op.COUNT, Asked.COUNT, counted=counted, note="distinct", text=text)
        if sections or re.search(r"(几|多少)(项|条|个)?(任务|工作)|几项|多少项|几条|多少条", text):
            return Query(Op.COUNT, Asked.COUNT, sections=sections, counted=Counted.TASKS, text=text)
        return None

    def _superlative(self, text: str, units: tuple[UnitArg, ...], sections: tuple[int, ...]) -> Query | None:
        op = Op.ARGMAX if _MOST.search(text) else Op.ARGMIN
        which_unit = bool(_WHICH_UNIT.search(text))
        per_task_units = re.search(
            r"(责任|牵头|配合|参与)?(单位|部门)(最多|最少)|(最多|最少)的?(责任|牵头|配合)(单位|部门)", text
        )
        asks_task = bool(re.search(r"哪项|哪一项|哪个任务|哪条|哪些任务|什么任务|的任务", text))
        if _SECTIONS_WORD.search(text) and re.search(r"哪(个|一)?(部分|板块|块)", text):
            return Query(op, Asked.SECTIONS, counted=Counted.TASKS, text=text)
        if per_task_units and (asks_task or not which_unit):
            words = per_task_units.group(0)
            if "牵头" in words:
                counted = Counted.LEAD_UNITS
            elif re.search(r"责任|配合", words):
                counted = Counted.RESPONSIBLE_UNITS
            else:
                counted = Counted.UNITS
            return Query(op, Asked.TASKS, counted=counted, sections=sections, text=text)
        if which_unit or re.search(r"任务(数量|数)?(最多|最少)|(最多|最少)的?(任务|单位|部门|局)", text):
            role = self._role(text) or Role.ANY
            if units:
                return None
            return Query(
                op,
                Asked.UNITS,
                units=(UnitArg("", role),),
                counted=Counted.TASKS_OF_UNIT,
                sections=sections,
                departments_only=bool(_DEPARTMENT.search(text)),
                text=text,
            )
        return None

    # --- arguments -------------------------------------------------------------------------------
    def _units(self, text: str) -> tuple[UnitArg, ...]:
        mentions = find_unit_mentions(text, self.alias_table)
        role = self._role(text) or Role.ANY
        names = dict.fromkeys(m.unit for m in mentions)
        return tuple(UnitArg(name, role) for name in names)

    def _role(self, text: str) -> Role | None:
        lead = bool(_LEAD.search(text)) or bool(re.search(r"牵.{1,6}头", text))
        responsible = bool(_RESPONSIBLE.search(text))
        if lead and not responsible and not re.search(r"参与|涉及|出现", text):
            return Role.LEAD
        if responsible and not lead:
            return Role.RESPONSIBLE
        if _ANY.search(text) or (lead and responsible):
            return Role.ANY
        return None

    def _task_refs(self, text: str) -> tuple[int, ...]:
        found: list[int] = []
        for m in _TASK_REF.finditer(text):
            if m.group(2) in ("个", "件") and not re.match(r"\s*任务", text[m.end() :]):
                continue  # "第二个" alone is an ordinal, not a task number
            n = cn_number(m.group(1) or m.group(3))
            if n is not None and n in self.task_numbers and n not in found:
                found.append(n)
        # "29条谁牵头", "24项比23项": a bare number before 项/条 at the start or after a joining word.
        for m in _BARE_TASK_REF.finditer(text):
            n = int(m.group(1))
            if n in self.task_numbers and n not in found:
                found.append(n)
        # "第18到22项", "第18项至第22项": a range.
        for m in re.finditer(rf"第\s*({_NUM})\s*(?:项)?\s*(?:到|至|-|—|~|～)\s*第?\s*({_NUM})\s*项", text):
            low, high = cn_number(m.group(1)), cn_number(m.group(2))
            if low is not None and high is not None and low < high:
                found += [n for n in range(low, high + 1) if n in self.task_numbers and n not in found]
                found.sort()
        for m in re.finditer(r"(?<![\d第])(\d{1,2})\s*号任务", text):
            n = int(m.group(1))
            if n in self.task_numbers and n not in found:
                found.append(n)
        # "第3、5项", "第3和第5项": a list of numbers before one 项.
        for m in re.finditer(rf"第\s*({_NUM})\s*(?:、|和|与|及|,|，)\s*第?\s*({_NUM})\s*项", text):
            for g in (m.group(1), m.group(2)):
                n = cn_number(g)
                if n is not None and n in self.task_numbers and n not in found:
                    found.append(n)
        return tuple(found)

    def _sections(self, text: str) -> tuple[int, ...]:
        found: list[int] = []
        for m in _SECTION_REF.finditer(text):
            n = cn_number(m.group(1))
            if n in self.section_numbers and n not in found:
                found.append(n)
        if _LAST_SECTION.search(text) and self.section_numbers:
            found.append(max(self.section_numbers))
        if _FIRST_SECTION.search(text) and self.section_numbers:
            found.append(min(self.section_numbers))
        if not found and _SECTIONS_WORD.search(text):
            best: tuple[int, int] | None = None
            for phrase, number in self._section_phrases:
                overlap = longest_common_substring(phrase, text)
                if overlap >= 4 and (best is None or overlap > best[0]):
                    best = (overlap, number)
            if best is not None:
                found.append(best[1])
        return tuple(found)

    def _condition(self, text: str) -> Condition | None:
        for rx, comparator in _CONDITION:
            m = rx.search(text)
            if m:
                n = 1 if m.group(1) == "多" else cn_number(m.group(1))
                if n is not None:
                    return Condition(comparator, n)
        return None
