"""Self-contained structural questions over the task table: counts, lists, set operations, superlatives, filters.

A question is read here without the conversation; the follow-up rules (:mod:`qa.reading.followup_rules`) read
some of theirs through it too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.numerals import read_number
from corpus.units import find_unit_mentions
from qa.conversation import EMPTY
from qa.lexicon.derived import years
from qa.lexicon.units import UNIT_KINDS
from qa.query import ASKED_OF_ROLE as _ASKED_OF_ROLE
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg
from qa.reading.arguments import ArgumentReading
from qa.reading.patterns import (
    _ALL_OF_THEM,
    _ANY_YEAR,
    _ASKS,
    _ASKS_AT_END,
    _ASKS_IF,
    _ASKS_TASKS_COUNT,
    _AT_WHICH_END,
    _BOTH,
    _BOTH_LINES,
    _BOTH_ROLES,
    _BUT_NOT,
    _BY_HOW_MANY_MORE,
    _CONDITION_JOIN,
    _COUNT,
    _COUNT_AT_END,
    _COUNTIES_ASKED,
    _COUNTIES_LEFT_OUT,
    _COUNTY_GOV,
    _DEPARTMENT,
    _DEPARTMENTS_COUNTED,
    _DEPARTMENTS_LISTED,
    _EACH_OF_UNITS,
    _EXCLUDE,
    _EXCLUDED_AFTER,
    _FEWER,
    _FEWEST,
    _HAS_ROLE,
    _HAS_TERM,
    _IN_COMMON_COUNT,
    _IN_WHICH,
    _LEAD,
    _LEAD_BOTH_KINDS,
    _LEAD_DEPARTMENTS_ONLY,
    _LEAD_NO_DEPARTMENT,
    _LEAD_SOME_DEPARTMENT,
    _LINE_LACKS,
    _LINE_OF_UNIT_TASKS,
    _LIST,
    _MENTION,
    _MENTION_VERB,
    _MOST,
    _NAMES_A_LEAD,
    _NEGATION_AHEAD,
    _NEGATION_BEFORE_UNIT,
    _NO_LEAD,
    _NO_RESPONSIBLE,
    _NONE_INVOLVED,
    _NOT_INVOLVED,
    _NOT_LED,
    _NOT_THIS_ONE,
    _NOWHERE,
    _ONLY_LEAD,
    _ONLY_LEAD_ROLE,
    _ONLY_RESPONSIBLE,
    _OTHER_MEASURE,
    _PART_NICKNAME,
    _PERCENT,
    _POINTS_BACK,
    _PRINTS_VERB,
    _PUNCT,
    _RANK,
    _RESPONSIBLE,
    _SAME,
    _SECTION_LIST,
    _SECTION_NOUN,
    _SECTION_REF,
    _SECTION_WORDS_OUT,
    _SECTIONS_WORD,
    _SEEN_N_TIMES,
    _SOLE_IN_ROLE,
    _TABLE_COUNT,
    _TABLE_SET,
    _TABLE_SUPERLATIVE,
    _TARGET_ASK,
    _TARGETS,
    _TASK_DIFF,
    _TASK_WORD,
    _TASKS_AT_END,
    _TERM_NOISE,
    _THESE,
    _TOTAL_WORDS,
    _UNION,
    _UNIT_KIND_ASKED,
    _UNIT_WHERE,
    _UNITS_COUNTED,
    _UNITS_OF_PART_LISTED,
    _UNITS_WORD,
    _WHICH_MORE,
    _WHICH_SECTION,
    _WHICH_TASK_OF_UNIT,
    _WHICH_TASKS,
    _WHICH_THINGS,
    _WHICH_UNIT,
    _rank_number,
)
from qa.understand import longest_common_substring


def units_end(text: str, alias_table: dict[str, str]) -> int:
    """Where the last unit named in ``text`` ends (0 when none is named)."""
    mentions = find_unit_mentions(text, alias_table)
    return mentions[-1].end if mentions else 0


# Role words, left out when a question's words are matched against task titles ("压实主体责任" prints 责任 as a topic).
_ROLE_WORDS = re.compile(r"牵头|责任|配合|参与|单位|部门")


def _units_counted(role: Role | None) -> Counted:
    """What a count of the units named in ``role`` counts: the lead line's, the responsible line's, or both."""
    return {Role.LEAD: Counted.LEAD_UNITS, Role.RESPONSIBLE: Counted.RESPONSIBLE_UNITS}.get(role, Counted.UNITS)


class StructuralReading(ArgumentReading):
    """Reads a question that needs no conversation into a structural :class:`Query`, or ``None``."""

    def looks_structural(self, text: str) -> bool:
        """Whether a question the rules did not read still asks something of the task table.

        A count of tasks or units, a superlative over them, or a set operation over two named
        units or tasks: retrieval would answer such a question with one task's content, a
        confident wrong answer, so the assistant asks back instead.
        """
        if self._counts_a_thing(text):
            return False
        if _TABLE_COUNT.search(text) or _TABLE_SUPERLATIVE.search(text):
            return True
        named = len(self._units(text)) + len(self._task_refs(text))
        return named >= 2 and bool(_TABLE_SET.search(text))

    def _structural(self, text: str) -> Query | None:
        text = self._without_part_nickname(text)
        query = self._structural_reading(text)
        # A reading that already joins two conditions (a mix of lead kinds; "写了牵头单位但X不在里面", read as
        # "not led by X among the tasks naming a lead") is kept whole.
        joined = query is not None and (query.prop is Property.LEAD_MIX or query.note == "named-lead")
        if query is None or (query.op in (Op.FILTER, Op.LIST, Op.COUNT) and not joined):
            both = self._two_conditions(text)
            if both is not None:
                return both
        elif query.prop is Property.LEAD_MIX:
            # "有市直部门牵头、但配合单位不到3家": the mix of lead kinds is one of two conditions.
            both = self._two_conditions(text)
            if both is not None and any(p.prop is Property.LEAD_MIX for p in both.parts):
                return both
        if query is None:
            return None
        if (
            query.op in (Op.LIST, Op.COUNT)
            and len(query.units) >= 2
            and _EACH_OF_UNITS.search(text)
            and not _BOTH.search(text)
        ):
            # "教育局和卫健委分别牵头哪几项": each unit's own tasks, which the unit-tasks answer lists unit by unit;
            # a list of two units here would be the tasks they share. A count is each unit's own count, and so is
            # a list in the 责任 role, which the unit-tasks answer does not tell from taking part at all.
            if query.op is Op.COUNT and not query.note:
                return replace(query, note="each")
            if query.op is Op.LIST and all(u.role is Role.RESPONSIBLE for u in query.units) and not query.note:
                return replace(query, op=Op.COUNT, asked=Asked.COUNT, counted=Counted.TASKS, note="each")
            return None
        tasks = self._task_refs(text)
        leave_out = _EXCLUDE.search(text)
        # Tasks left out, named before the words that leave them out ("除了最后四条，责任单位最少的是哪项") or after
        # them ("…（最后四条不算）"); not 不含/不包括: "责任单位不含发改委" says what a task lacks.
        left_after = re.search(r"(?<=[条项个])(?:都|也)?(?:不算|除外|不计入|不计|不统计)", text)
        named_left_out = (
            self._task_refs(text[max(0, left_after.start() - 12) : left_after.start()]) if left_after else None,
            self._task_refs(text[leave_out.end() : leave_out.end() + 12]) if leave_out else None,
        )
        if tasks and tasks in named_left_out and query.op in (Op.FILTER, Op.LIST, Op.COUNT, Op.ARGMAX, Op.ARGMIN):
            rest = tuple(n for n in sorted(self.task_numbers) if n not in tasks)
            if query.op is Op.COUNT and not query.prop and re.search(r"(?:几|多少)(?:项|条|个任务)", text):
                # "不算第3项，还剩几项": the other tasks counted, not their units.
                return Query(Op.COUNT, Asked.COUNT, tasks=rest, counted=Counted.TASKS, text=text)
            return replace(query, tasks=rest)
        if leave_out and query.sections and query.op in (Op.FILTER, Op.LIST, Op.COUNT, Op.ARGMAX, Op.ARGMIN):
            left = self._sections(text[leave_out.end() : leave_out.end() + 12])
            if left and set(left) <= set(query.sections):
                # "第八部分以外，没列牵头单位的还剩几项": every other part.
                kept = tuple(n for n in sorted(self.section_numbers) if n not in left)
                return replace(query, sections=kept)
        if len(tasks) >= 3 and query.op is Op.LOOKUP and query.units and all(u.name for u in query.units):
            # "前30项里发改委牵头的": the unit's tasks within that range, not the range's units.
            return Query(Op.LIST, Asked.TASKS, units=query.units, tasks=query.tasks or tasks, text=text)
        if len(tasks) >= 2 and not query.tasks and query.op in (Op.FILTER, Op.LIST, Op.COUNT, Op.ARGMAX, Op.ARGMIN):
            # "1到30里哪几条不是各县政府牵头的": the reading, within the tasks named.
            return replace(query, tasks=tasks)
        return query

    def _without_part_nickname(self, text: str) -> str:
        """ "第四部分民生那块 财政局参与的…": a part named by number and by a word of its title, the word left out."""
        sections = self._sections(text)
        if len(sections) != 1:
            return text
        title = self.notice.section(sections[0]).title
        m = _PART_NICKNAME.search(text)
        if m is None or m.group("word") not in title:
            return text
        return text[: m.start()] + " " + text[m.end() :]

    def _structural_reading(self, text: str) -> Query | None:
        units = self._units(text)
        tasks = self._task_refs(text)
        sections = self._sections(text)
        yrs = years(text) or tuple(int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text))
        if not yrs and _ANY_YEAR.search(text):
            yrs = years(self._text)  # "有年份的", "写了时间节点的": any year the notice names
        condition = self._condition(text)
        # "第12项住建局不是责任单位吗", "第11项X没牵头吗": a yes or no about that task, not a filter over all tasks.
        one_task_yes_no = len(tasks) == 1 and re.search(r"[吗么嘛][？?]*$", text) is not None

        if (
            self._county_governments
            and _COUNTIES_ASKED.search(text)
            and not units
            and not tasks
            and self._content_left(_COUNTIES_ASKED.sub("", text)) < 3  # not "…中心分别在哪几个县"
        ):
            # "涉及几个县", "县城一共有哪几个": the counties behind "各县人民政府", from the notice's own data.
            return Query(Op.COUNT, Asked.COUNT, counted=Counted.COUNTIES, text=text)
        distinct = self._distinct_units_counted(text, units, tasks, sections)
        if distinct is not None:
            return distinct
        line = _LINE_OF_UNIT_TASKS.search(text)
        named_before = line and {m.unit for m in find_unit_mentions(text[: line.start()], self.alias_table)}
        if line and len(units) == 1 and units[0].name and not tasks and units[0].name in named_before:
            # "林草局牵头的任务配合单位有谁": that line of each of the unit's tasks in the role.
            role = self._role(line.group("role")) or Role.ANY
            asked = Asked.LEAD_UNITS if line.group("line") == "牵头" else Asked.RESPONSIBLE_UNITS
            return Query(
                Op.LIST, asked, units=(UnitArg(units[0].name, role),), sections=sections, note="their units", text=text
            )
        part = _WHICH_SECTION.search(text)
        if part and len(units) == 1 and units[0].name and not tasks and not sections:
            rest = text[: part.start()] + text[part.end() :]
            named = tuple(n for n, t in self._tasks.items() if units[0].name in t.units)
            if named and self._content_left(re.sub(r"(?:的)?任务|(?:的)?工作", "", rest)) < 3:
                # "残联在第几部分": the parts of the tasks the unit is on, each with its task.
                return Query(Op.LOOKUP, Asked.SECTIONS, tasks=named, text=text)
        if _NO_RESPONSIBLE.search(text):
            return Query(Op.FILTER, Asked.TASKS, sections=sections, prop=Property.NO_RESPONSIBLE, text=text)
        kinds = _UNIT_KIND_ASKED.search(text)
        if kinds and not units:
            # "配合单位中有银行或企业的那些": tasks with a unit of that kind in the role.
            named = tuple(k for k in UNIT_KINDS if k in text[kinds.start() :])
            role = self._role(kinds.group(0)) or Role.ANY
            return Query(
                Op.FILTER, Asked.TASKS, units=(UnitArg("", role),), sections=sections, prop=Property.UNIT_KIND,
                terms=named, text=text,
            )  # fmt: skip
        part_named = re.search(r"部分|板块", text) is not None
        if sections and part_named and not units and not tasks and _UNITS_OF_PART_LISTED.search(text):
            # "第五部分的责任单位一共涉及哪些": every unit the part names in that role, once each (the part named as
            # a part: "关于X这一块，牵头单位是谁" asks of a task, even where X is a part's title word).
            role = Role.LEAD if re.search(r"牵头", text) else Role.RESPONSIBLE if _RESPONSIBLE.search(text) else None
            return Query(
                Op.COUNT, Asked.COUNT, sections=sections, counted=_units_counted(role), note="distinct", text=text
            )
        roles = self._role_sets(text, units, tasks)
        if roles is not None:
            return roles
        if len(units) >= 2 and _WHICH_MORE.search(text):
            # "住建局和发改委谁当责任单位次数多": the two compared.
            role = self._role(text) or Role.ANY
            op = Op.ARGMIN if re.search(r"少", _WHICH_MORE.search(text).group(0)) else Op.ARGMAX
            return Query(
                op, Asked.UNITS, units=tuple(UnitArg(u.name, role) for u in units),
                counted=Counted.TASKS_OF_UNIT, note="between", text=text,
            )  # fmt: skip
        if len(units) == 2 and not tasks and _BY_HOW_MANY_MORE.search(text):
            # "发改委比住建局多几项": the two units' task counts, subtracted.
            role = self._role(text) or Role.ANY
            return Query(
                Op.COUNT, Asked.COUNT, units=tuple(UnitArg(u.name, role) for u in units),
                counted=Counted.TASKS_OF_UNIT, note="difference", text=text,
            )  # fmt: skip
        if _NO_LEAD.search(text) and not tasks:
            # With a task named ("第5项没写牵头单位吗") it asks about that task, below.
            return Query(Op.FILTER, Asked.TASKS, units=units, sections=sections, prop=Property.NO_LEAD, text=text)
        has_role = _HAS_ROLE.search(text)
        if (
            has_role
            and not units
            and not tasks
            and not re.search(r"[吗么]|没有?$", text[has_role.end() :])
            and not (_MOST.search(text) or _FEWEST.search(text))  # "列了责任单位的任务里哪项最少": a superlative
        ):
            # "列了牵头单位的一共几项": every task whose line of that role names at least one unit.
            prop = Property.LEAD_COUNT if "牵头" in has_role.group("role") else Property.RESPONSIBLE_COUNT
            return Query(
                Op.FILTER, Asked.TASKS, sections=sections, prop=prop, condition=Condition(Comparator.GE, 1), text=text
            )
        mix = self._lead_mix(text, units)
        if mix is not None:
            return Query(Op.FILTER, Asked.TASKS, sections=sections, prop=Property.LEAD_MIX, note=mix, text=text)
        lead_filter = self._lead_filter(text, units, sections)
        if lead_filter is not None:
            return lead_filter
        # "只有一家牵头的": 家/个 before a role verb counts units as 单位 would.
        counts_units = _UNITS_WORD.search(text) or re.search(r"[个家俩仨]\s*(?:一起|共同)?(?:牵头|配合|负责)", text)
        if condition is not None and counts_units and not tasks:
            prop = (
                Property.UNIT_COUNT
                if _BOTH_LINES.search(text)
                else Property.RESPONSIBLE_COUNT
                if re.search(r"责任单位|配合单位|责任部门|配合部门", text)
                else Property.LEAD_COUNT
            )
            return Query(Op.FILTER, Asked.TASKS, sections=sections, prop=prop, condition=condition, text=text)
        quantified = bool(_TARGETS.search(text)) and not _PERCENT.search(text)  # "有量化指标的任务": the targets
        terms = None if (units or tasks or yrs or quantified) else self._mention_terms(text)
        places = self._counties_mentioned(text, units)
        if places and not (tasks or yrs or quantified):
            terms = places
        if terms is not None and _AT_WHICH_END.search(text):
            titled = [t.number for t in self.notice.tasks if all(term in t.title for term in terms)]
            if len(titled) == 1:
                # "一刻钟生活圈写在第几项" when one task's title says it: that task (others only mention it).
                return Query(Op.LOOKUP, Asked.TEXT, tasks=(titled[0],), text=text)
        if terms is not None and all(t not in self._text for t in terms) and any(len(t) >= 5 for t in terms):
            # "老小区想加电梯 哪条说了": a phrase in the asker's words, not the notice's; retrieval finds its task,
            # where a word search would answer "no task mentions it".
            return None
        if terms is not None and any(
            re.search(rf"(?:讲|关于|专门讲|主要讲)(?:的是)?{re.escape(t)}", text) for t in terms
        ):
            # "哪几项是讲交通的": tasks about the word are those it titles (others only mention it), when
            # any does and as many as the question says.
            pool = self.notice.tasks
            if sections:
                wanted = set(self.notice.tasks_in(sections))
                pool = [t for t in pool if t.number in wanted]
            titled = tuple(t.number for t in pool if any(term in t.title for term in terms))
            stated = re.search(r"哪([两二三四五六2-6])(?:条|项|个)", text)
            if titled and (stated is None or read_number(stated.group(1)) == len(titled)):
                return Query(
                    Op.FILTER, Asked.TASKS, tasks=titled, sections=sections, prop=Property.MENTIONS_TERM, terms=terms,
                    counted=Counted.TASKS, note="titled", text=text,
                )  # fmt: skip
        if terms is not None:
            counting = bool(re.search(r"(?<![哪好第])(?:几|多少)(?:项|条|个)", text))
            return Query(
                Op.COUNT if counting else Op.FILTER, Asked.COUNT if counting else Asked.TASKS, sections=sections,
                prop=Property.MENTIONS_TERM, terms=terms, counted=Counted.TASKS, text=text,
            )  # fmt: skip
        if _TARGETS.search(text) and not tasks:
            return Query(Op.FILTER, Asked.TARGET, units=units, sections=sections, prop=Property.QUANTIFIED, text=text)
        rank = _RANK.search(text)
        if rank and not (_MOST.search(text) or _FEWEST.search(text)):
            # "责任单位数量排第二的任务": the superlative read with 最多/最少 in its place, at that rank.
            fewest = (rank.group(3) or rank.group(5)) == "少"
            plain = text[: rank.start()] + ("最少" if fewest else "最多") + text[rank.end() :]
            ranked = self._superlative(plain, units, sections)
            if ranked is not None:
                n = _rank_number(rank)
                return replace(ranked, note=f"rank:{n}", text=text)
        if _MOST.search(text) or _FEWEST.search(text):
            excluded = self._excluded(text)
            kept = tuple(u for u in units if u.name not in excluded)
            superlative = self._superlative(text, kept, sections)
            if superlative is not None:
                return replace(superlative, excluded=excluded)
        if len(tasks) >= 2 and _TASK_DIFF.search(text) and not units:
            first, second = tasks[0], tasks[1]
            if _FEWER.search(text):
                first, second = second, first
            symmetric = not re.search(r"比|多出|多了|少了|有而|有但|没有的|没有|不在|没在", text)
            asked = self._units_asked(text) or Asked.UNITS
            return Query(Op.DIFFERENCE, asked, tasks=(first, second), note="both" if symmetric else "", text=text)
        if len(units) >= 2 and _UNION.search(text):
            return Query(Op.LIST, Asked.TASKS, units=units, sections=sections, note="union", text=text)
        lacks = _LINE_LACKS.search(text)
        if len(units) == 1 and lacks and units_end(text, self.alias_table) > lacks.end() >= 0:
            named = find_unit_mentions(text[lacks.end() :], self.alias_table)
            if named and named[0].start <= 2:
                # "配合单位里没有发改委的": the unit is not on that line (it may be on the other).
                if lacks.group("role") == "牵头":
                    unit = (UnitArg(units[0].name, Role.LEAD),)
                    return Query(
                        Op.FILTER, Asked.TASKS, units=unit, sections=sections, prop=Property.NOT_LED_BY, text=text
                    )
                unit = (UnitArg(units[0].name, Role.RESPONSIBLE),)
                return Query(
                    Op.FILTER, Asked.TASKS, units=unit, sections=sections, prop=Property.NOT_INVOLVED, text=text
                )
        # "发改委没有配合的": not on the responsible line; not "没有配合单位的", tasks whose line is empty, nor "有没有
        # 配合" or "是不是责任单位", a yes or no.
        not_responsible = re.search(
            r"(?:(?<!是)不是|不当|没当|没有当|不作为|没作为)(?:责任单位|配合单位)|(?<!有)(?:没有|没|不)(?:参与)?配合(?!单位|部门)",
            text,
        )
        if len(units) == 1 and not_responsible and not _LEAD.search(text) and not one_task_yes_no:
            # "哪几条发改委不是责任单位": the unit is not on the responsible line (it may lead).
            unit = (UnitArg(units[0].name, Role.RESPONSIBLE),)
            return Query(Op.FILTER, Asked.TASKS, units=unit, sections=sections, prop=Property.NOT_INVOLVED, text=text)
        if len(units) == 1 and _NOT_INVOLVED.search(text) and not one_task_yes_no:
            return Query(Op.FILTER, Asked.TASKS, units=units, sections=sections, prop=Property.NOT_INVOLVED, text=text)
        mentions = find_unit_mentions(text, self.alias_table) if len(units) == 1 else []
        if (
            len(mentions) == 1
            and re.search(r"(?<!有)(?:没|没有|不含|不包括|不带)$", text[: mentions[0].start])
            and re.search(r"哪|几|多少", text)
        ):
            # "第三部分里哪几条没住建局": the tasks that name the unit on no line (the role said, if one is).
            unit = (UnitArg(units[0].name, units[0].role),)
            return Query(Op.FILTER, Asked.TASKS, units=unit, sections=sections, prop=Property.NOT_INVOLVED, text=text)
        if len(units) >= 2 and _NONE_INVOLVED.search(text[units_end(text, self.alias_table) :]):
            # "发改委和住建局都没参与的": after the last unit, both left out (not "A参与而B没参与").
            anyrole = tuple(UnitArg(u.name, Role.ANY) for u in units)
            return Query(
                Op.FILTER, Asked.TASKS, units=anyrole, sections=sections, prop=Property.NOT_INVOLVED, text=text
            )
        if len(units) >= 2:
            difference = self._unit_difference(text)
            if difference is not None:
                return difference
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
        if (
            len(units) == 1
            and _BUT_NOT.search(text)
            and not re.search(r"有没有|是不是|是否|有无", text)
            and not (one_task_yes_no and _BUT_NOT.search(text).group(0) not in ("除了", "以外"))
            and not (_MOST.search(text) or _FEWEST.search(text))  # "除了县政府哪个部门牵头最多": a superlative
            # "第9项谁牵头，除了县政府": a task's units asked, some left out, not the unit's tasks in two roles
            and not (tasks or re.search(r"谁|哪(?:个|些|几个|家)(?:单位|部门|局)", text))
            # "除了第一部分，X牵头的有几项" leaves out a part, not the unit's other role
            and not self._sections(text[_BUT_NOT.search(text).end() :][:12])
        ):
            word = _BUT_NOT.search(text).group(0)
            head, _, tail = text.partition(word)
            role_a = self._role(head) or Role.ANY
            role_b = self._role(tail) or Role.LEAD
            left_out = re.match(r"[^的，,。\s]*", tail).group(0) if word in ("除了", "以外") else ""
            if word == "除了" and self._role(left_out) is not None:
                # "除了牵头的，它还参与了哪些": the role right after 除了 is left out, the rest is kept.
                role_b = self._role(left_out)
                role_a = self._role(tail[len(left_out) :]) or Role.ANY
            if role_a is role_b:
                role_a = Role.ANY
            name = units[0].name
            return Query(Op.DIFFERENCE, Asked.TASKS, units=(UnitArg(name, role_a), UnitArg(name, role_b)), text=text)
        if len(units) >= 2 and _BOTH.search(text) and not tasks:
            return Query(Op.INTERSECT, Asked.TASKS, units=units, text=text)
        if len(units) == 2 and units[0].role is not units[1].role and not tasks and _WHICH_TASKS.search(text):
            # "住建局牵头的那些里哪些有水务局参与": tasks where each plays its own role.
            return Query(Op.INTERSECT, Asked.TASKS, units=units, text=text)
        # "一共有几个" is a total, not what they have in common ("共有").
        shared = _TOTAL_WORDS.sub("", text)
        if (
            len(tasks) >= 2
            and (_BOTH.search(shared) or _SAME.search(shared) or re.search(r"共同|都", shared))
            and not (_ALL_OF_THEM.search(text) and not re.search(r"共同|共有|重合|交集", shared))  # "都是谁牵头": each
            and (_UNITS_WORD.search(text) or re.search(r"谁|牵头|配合", text))  # "第3到第6项都是什么" lists
        ):
            note = "count" if _IN_COMMON_COUNT.search(text) else ""
            return Query(Op.INTERSECT, self._units_asked(text) or Asked.UNITS, tasks=tasks, note=note, text=text)
        if (
            yrs
            # "这条任务哪年完成", "第N项哪年完成": a date asked of the one task named or pointed at, no list of
            # tasks by their years.
            and len(tasks) != 1
            and not re.search(r"[这那该此]一?[条项]", text)
            and (
                _MENTION.search(text)
                or _TASK_WORD.search(text)
                or re.search(r"[带含]有?.{0,3}20\d\d|在哪(?:几|些)?(?:条|项)", text)
            )
            and re.search(r"哪些|哪几|几项|多少项|几条|多少条|哪项|哪条|哪个(?![局单部委])|任务|的$", text)
            and (
                not _TARGET_ASK.search(re.sub(r"多少项|几项|多少条|几条", "", text))
                # "…的有几个任务": a count of tasks, said with the noun after the question word
                or re.search(r"哪些|哪几|几项|多少项|几条|多少条|(?:几|多少)个?任务|[带含]有?.{0,3}20\d\d", text)
                # "2025年前要完成的任务有多少": the tasks counted, no figure asked
                or re.search(r"任务(?:一共|总共|共)?有?(?:几|多少)个?[呢呀啊]?$", text)
                # "有2025年目标的": the tasks that set one, not the targets themselves
                or re.search(r"有.{0,3}20\d\d年?的?(?:目标|指标|要求)的?(?:任务)?$", text)
                # "哪个到2025年有目标" filters; "哪项2025年的目标是62%" looks for a figure it names.
                or (
                    re.search(r"哪个(?![局单部委])|哪项|哪条", text)
                    and not re.search(r"\d", re.sub(r"20\d\d", "", text))
                )
            )
        ):
            op = Op.COUNT if _COUNT.search(_THESE.sub("", text)) else Op.FILTER  # "这几项" is no count
            return Query(
                op, Asked.COUNT if op is Op.COUNT else Asked.TASKS, units=units, sections=sections,
                years=yrs, prop=Property.MENTIONS_YEAR, counted=Counted.TASKS, text=text,
            )  # fmt: skip
        at_end = _COUNT_AT_END.search(text)
        # A task's figure ("第十二项有什么指标") is no count: with a task, the count must be of units.
        of_units = bool(_UNITS_WORD.search(text) or "家" in text)
        figure = bool(re.search(r"目标|指标|比例|规模|产值|面积|达到|增长|投资|资金", text))
        if _COUNT.search(text) or (
            at_end
            and not figure
            and (units or (tasks and of_units) or sections)
            and self._content_left(_SECTION_WORDS_OUT.sub("", text[: at_end.start()] + text[at_end.end() :])) < 3
        ):
            counted = self._count(text, units, tasks, sections)
            if counted is not None:
                return counted
        if tasks:
            asked = self._asked_of_task(text, EMPTY)
            if len(tasks) == 1 and asked is Asked.TEXT and units and _ASKS_IF.search(text) and not _LIST.search(text):
                # "第18项有人社局参与吗": whether the unit is on that task, in the role its verb says; yes or no
                # with the units line, not the task's text.
                asked = _ASKED_OF_ROLE.get(units[0].role, Asked.UNITS)
                return Query(Op.LOOKUP, asked, tasks=tasks, units=units, note="member", text=text)
            if len(tasks) >= 3 and asked is Asked.TEXT and not units:
                # "10到15号任务", "前五条是什么": a list of titles and leads, not five full texts.
                return Query(Op.LIST, Asked.TASKS, tasks=tasks, text=text)
            excluded = self._excluded(text) if units else ()
            if excluded and asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
                # "第9项除了县政府还有谁牵头", "第9项谁牵头，县政府不算": the line less the units left out, not
                # whether they are on it.
                kept = tuple(u for u in units if u.name not in excluded)
                return Query(Op.LOOKUP, asked, tasks=tasks, units=kept, excluded=excluded, text=text)
            return Query(Op.LOOKUP, asked, tasks=tasks, units=units, text=text)
        listing = _LIST.search(text) or _TASK_WORD.search(text) or len(_PUNCT.sub("", text)) <= 8
        asked_units = self._units_asked(text)
        if (
            sections
            and not units
            and asked_units is not None
            and not (_MOST.search(text) or _FEWEST.search(text))
            and self._content_left(_SECTION_REF.sub("", text)) < 3
        ):
            # "六部分的配合单位都是哪些", "第二部分由谁牵头": the units of that part's tasks.
            in_parts = self.notice.tasks_in(sections)
            return Query(Op.LOOKUP, asked_units, tasks=in_parts, sections=sections, text=text)
        if sections and units and self._content_left(_SECTION_REF.sub("", text)) < 3:
            # "第三部分里有环境局的", "二部分水务局参与的那些任务": the unit's tasks within those parts.
            return Query(Op.LIST, Asked.TASKS, units=units, sections=sections, text=text)
        if sections and listing and not _LEAD.search(text) and not _RESPONSIBLE.search(text):
            return Query(Op.LIST, Asked.TASKS, sections=sections, text=text)
        if (
            units
            and not tasks
            # "在哪条里当责任单位" asks which tasks as "哪几项" does
            and self._content_left(
                re.sub(r"在哪一?[条项](?:里|中)?(?=当|做|是|作为|出现|$)", "", _SECTION_REF.sub("", text))
            )
            < 3
            and (
                (
                    _WHICH_TASK_OF_UNIT.search(text)
                    and (
                        self._role(text) is Role.RESPONSIBLE
                        or re.search(r"别的|其他|其它|另外|还在|出现", text)
                        # "商务局牵头或者配合的任务": both roles named
                        or re.search(r"牵头(或者?|和|、|跟)(配合|参与|负责)|(配合|参与)(或者?|和|、)牵头", text)
                        or re.search(r"全部|所有|列出|列一下", text)  # "请列出民政局牵头负责的全部任务"
                        # "发改委牵头的是哪一项": a singular "which" the content path reads as a topic question
                        or (re.search(r"哪项|哪条|哪一项|哪一条|哪个任务|哪个$", text) and not _COUNTY_GOV.search(text))
                    )
                )
                or (sections and self._role(text) is not None)
            )
        ):
            # "民政局是哪几项的责任单位", "林草局还牵头了别的吗", "第四部分里财政局当责任单位的".
            # (A unit's tasks as lead or in any role stay with the content path, which names county leads.)
            return Query(Op.LIST, Asked.TASKS, units=units, sections=sections, text=text)
        if (
            len(units) == 1
            and not tasks
            and _UNIT_WHERE.search(text)
            and self._content_left(_UNIT_WHERE.sub("", text)) < 3
        ):
            # "残联在哪儿", "邮管局那条是第几项": where the unit is named, i.e. its tasks.
            return Query(Op.LIST, Asked.TASKS, units=units, sections=sections, text=text)
        if units and not tasks and re.search(r"哪几(项|个|条)", text) and self._content_left(text) < 3:
            # "财政局都参与哪几项任务": the unit's tasks (not the notice's task count).
            return Query(Op.LIST, Asked.TASKS, units=units, sections=sections, text=text)
        if re.search(r"(所有|全部|每一?项)(的)?任务|任务(清单|列表|目录)|列出.*任务", text) and not units:
            # "实施保障那章的任务全部列出": all of that section's tasks.
            return Query(Op.LIST, Asked.TASKS, sections=self._sections(text), text=text)
        return None

    def _counties_mentioned(self, text: str, units: tuple[UnitArg, ...]) -> tuple[str, ...] | None:
        """ "提到互助的那些任务", "涉及循化县的任务": one county named as a place the text mentions, not as a unit.

        A county's government is a unit too; with a mention verb and no role word, the question is about
        where the task's text names the county ("民和" in 民和县人民政府), which is what is searched for.
        """
        if not units or not _MENTION_VERB.search(text) or re.search(r"牵头|负责|配合|参与|责任|单位", text):
            return None
        names = [re.fullmatch(r"(?!各)(\w{2,4}?)县人民政府", u.name) for u in units]
        if not all(names):
            return None
        return tuple(m.group(1) for m in names if m is not None)

    def _mention_terms(self, text: str) -> tuple[str, ...] | None:
        """The words of "提到X的任务" (any of them), or None when the question is not of that shape."""
        if (_MOST.search(text) or _FEWEST.search(text)) and (_WHICH_UNIT.search(text) or _UNITS_WORD.search(text)):
            # "作为责任单位出现最多的部门是哪个": a superlative over units; "写了责任单位的任务里哪条
            # 责任单位最少": over tasks. Neither has a word to search for.
            return None
        if re.search(r"(?:提到|提及|说到|讲到|写到)(?:了)?的", text) and not re.search(r"任务|项|条", text):
            return None  # "里面提到的培训品牌有哪些": the things a task names, not the tasks naming a word
        if _WHICH_THINGS.search(text) and not re.search(r"任务|哪一?项|哪一?条|几项|几条", text):
            return None  # "…提到哪几种灾害", "…提到循化哪些旧址": things in a task's text, not tasks
        if re.search(r"(?:在|位于|属于|是)(?:哪个县|哪一个县|哪儿|哪里|什么地方|哪个地方)", text):
            return None  # "提到的X在哪个县": where a thing a task names is, not which tasks name it
        asks_which = bool(
            (_MENTION_VERB.search(text) or _PERCENT.search(text))
            and (_WHICH_TASKS.search(text) or _TASKS_AT_END.search(text))
        ) or bool(
            # "有百分比的是哪几个", "带百分比的有哪些": the tasks with a percentage, the noun left unsaid
            _PERCENT.search(text)
            and re.search(
                r"(?:带|含|有|写了)(?:百分比|百分数|%)的(?:有|是)?(?:几个|多少个|哪些|哪几个|几项|几条)?[？?]?$", text
            )
        )
        at_end_only = not (asks_which or _IN_WHICH.search(text) or _HAS_TERM.search(text))
        if at_end_only and (not _AT_WHICH_END.search(text) or re.search(r"谁|牵头|负责|配合|责任|单位|部门", text)):
            return None  # "谁牵头的在哪条" asks about the units, not for a word
        if _PERCENT.search(text):
            figures = re.findall(r"\d+(?:\.\d+)?%", text)
            return tuple(figures) or ("%",)
        at_end = _AT_WHICH_END.search(text) if at_end_only else None
        rest = _MENTION_VERB.sub(" ", text[: at_end.start()] if at_end else text)
        rest = _SECTION_NOUN.sub(" ", _SECTION_LIST.sub(" ", _SECTION_REF.sub(" ", rest)))
        rest = _TERM_NOISE.sub(" ", rest)
        terms: list[str] = []
        # 和 joins two words ("拉面和充电桩") unless it ends a word of the notice ("民和"): only then a separator.
        rest = re.sub(r"(?<=(.))和", lambda m: "和" if m.group(1) + "和" in self._text else " ", rest)
        for chunk in re.split(r"[\s、，,。？?！!或及与跟“”\"'「」『』‘’]+|以及|还是", rest):
            # "提到要开展试点": a modal before the words is no part of them (general usage).
            chunk = re.sub(r"^(?:要|需要|应当|应该|将要|将|要求|计划)(?=[\u4e00-\u9fff]{2})", "", chunk)
            if (
                len(chunk) < 2
                or read_number(chunk.removeprefix("第")) is not None  # a number ("第6"), but "十四五" is a word
                # "它另外在哪几条当配合单位": a role, said of a unit, is no word of a task's text
                or re.fullmatch(
                    r"(?:由?谁|是谁|哪家)?(?:还)?(?:当|作为|是|做)?(?:牵头|责任|配合|参与)(?:单位|部门)?(?:的)?", chunk
                )
                or any(longest_common_substring(p, chunk) >= 4 for p, _ in self._section_phrases)
                # "总共涉及几条": a total word is no word of a task's text either
                or _TOTAL_WORDS.fullmatch(chunk)
            ):
                continue  # "体制机制创新这部分讲了什么" names a section, not a word to look for
            if chunk in self._text:
                terms.append(chunk)
                continue
            # "开展试点" where the notice says "开展…试点": the longest part of the words it does contain.
            parts = [chunk[i:j] for i in range(len(chunk)) for j in range(i + 2, len(chunk) + 1)]
            # Longest first; of equal length the rarer in the notice ("试点" over "开展"), as IDF would.
            best = max((p for p in parts if p in self._text), key=lambda p: (len(p), -self._text.count(p)), default="")
            best = self._part_of_best_covering_task(chunk, parts, best)
            terms.append(best if len(best) * 2 >= len(chunk) else chunk)
        if at_end_only:
            # "…在哪条": only words of three characters or more that the notice prints are looked up ("要求",
            # "地方" are everyday words); with none, the question is a topic for retrieval.
            terms = [term for term in terms if len(term) >= 3 and term in self._text]
        elif not _PRINTS_VERB.search(text):
            # "跟看病有关的任务": what tasks are *about* is a topic when the notice does not print the word; only
            # "提到看病的任务" is answered with "no task mentions it".
            terms = [term for term in terms if term in self._text]
        return tuple(dict.fromkeys(terms)) or None

    def _names_a_task_topic(self, text: str) -> bool:
        """Whether ``text`` holds two characters in a row that only one or two task titles print ("智慧", "污水")."""
        titles = [t.title for t in self.notice.tasks]
        text = _ROLE_WORDS.sub(" ", text)
        for i in range(len(text) - 1):
            pair = text[i : i + 2]
            if re.fullmatch(r"[\u4e00-\u9fff]{2}", pair) and 1 <= sum(pair in title for title in titles) <= 2:
                return True
        return False

    def _task_by_title_words(self, text: str) -> int | None:
        """The one task whose title shares the longest run of characters with ``text`` (two or more), if one."""
        text = _ROLE_WORDS.sub(" ", text)
        scored = sorted(((longest_common_substring(text, t.title), t.number) for t in self.notice.tasks), reverse=True)
        (best, task), (second, _) = scored[0], scored[1]
        return task if best >= 2 and best > second else None

    def _part_of_best_covering_task(self, chunk: str, parts: list[str], longest: str) -> str:
        """The part of ``chunk`` to look for: from the one task whose text covers more of it than ``longest`` does.

        "卡力岗牛羊养殖基地" where one task prints "卡力岗万头牛羊养殖…基地" and another "肉牛肉羊养殖基地": the
        first covers every character with its own words, the second only "羊养殖基地". Of the covering task's
        parts the rarest in the notice is taken (then the longest), so that the filter finds that task.
        """

        def covered(text: str) -> tuple[int, list[str]]:
            pieces, free = [], [True] * len(chunk)
            for part in sorted((p for p in parts if p in text), key=len, reverse=True):
                at = chunk.find(part)
                if all(free[at : at + len(part)]):
                    free[at : at + len(part)] = [False] * len(part)
                    pieces.append(part)
            return free.count(False), pieces

        scored = [(covered(t.text), t.number) for t in self.notice.tasks]
        (best_cover, pieces), _ = max(scored, key=lambda x: x[0][0], default=((0, []), 0))
        if best_cover <= len(longest) or sum(1 for (c, _), _ in scored if c == best_cover) != 1:
            return longest
        return min(pieces, key=lambda p: (sum(p in t.text for t in self.notice.tasks), -len(p)))

    def _distinct_units_counted(
        self, text: str, units: tuple[UnitArg, ...], tasks: tuple[int, ...], sections: tuple[int, ...]
    ) -> Query | None:
        """ "市直部门一共有几个", "除了县政府一共涉及多少个单位": the distinct units named, some left out.

        Only when every unit the question names is one it leaves out (a unit named otherwise is counted by its
        tasks, elsewhere) and no task is named.
        """
        # Listed: only when no condition picks some of them (the departments leading two tasks are a filter).
        listed = (
            _DEPARTMENTS_LISTED.search(text)
            and self._condition(text) is None
            and not re.search(r"[一二两三四五六七八九十\d]+\s*(?:项|条)|最多|最少|只|仅", text)
        )
        departments = bool(_DEPARTMENTS_COUNTED.search(text) or listed)
        if tasks or not (departments or (units and _UNITS_COUNTED.search(text))):
            return None
        excluded = self._excluded(text) if units else ()
        if not {u.name for u in units} <= set(excluded):
            return None
        role = self._role(re.sub(r"涉及|参与", "", text))
        return Query(
            Op.COUNT, Asked.COUNT, sections=sections, counted=_units_counted(role), note="distinct",
            excluded=excluded, departments_only=departments, text=text,
        )  # fmt: skip

    def _role_sets(self, text: str, units: tuple[UnitArg, ...], tasks: tuple[int, ...]) -> Query | None:
        """ "既牵头又当责任单位的部门", "只当责任单位、从没牵头的单位": units by the roles they play."""
        if units or tasks or not re.search(r"单位|部门|局", text):
            return None
        # "哪些市级部门只牵头": city departments only, the county governments left out.
        departments = bool(re.search(r"市直|市级|市里", text))
        if _BOTH_ROLES.search(text):
            return Query(Op.INTERSECT, Asked.UNITS, note="roles:both", departments_only=departments, text=text)
        if _ONLY_RESPONSIBLE.search(text):
            return Query(Op.DIFFERENCE, Asked.UNITS, note="roles:responsible", departments_only=departments, text=text)
        if _ONLY_LEAD_ROLE.search(text):
            return Query(Op.DIFFERENCE, Asked.UNITS, note="roles:lead", departments_only=departments, text=text)
        times = _SEEN_N_TIMES.search(text)
        if times is not None:
            # "只在一条任务里出现过的单位", "只出现过两次的部门": units by how many tasks name them.
            n = read_number(times.group("n") or times.group("n2") or times.group("n3"))
            if n is not None:
                role = self._role(text) or Role.ANY
                return Query(
                    Op.FILTER, Asked.UNITS, units=(UnitArg("", role),), counted=Counted.TASKS_OF_UNIT,
                    condition=Condition(Comparator.EQ, n), departments_only=departments, text=text,
                )  # fmt: skip
        return None

    def _excluded(self, text: str) -> tuple[str, ...]:
        """Units named right after "除了", "不算" or right before "不算", "除外" (those a superlative leaves out)."""
        found: list[str] = []
        for m in _EXCLUDE.finditer(text):
            window = re.split(r"[，,。？?\s]|以外|之外|外", text[m.end() : m.end() + 16], maxsplit=1)[0]
            found += [u.name for u in self._units(window)]
        # "县政府不算", "（各县政府除外）": left out, said after the unit.
        found += [m.unit for m in find_unit_mentions(text, self.alias_table) if _EXCLUDED_AFTER.match(text, m.end)]
        return tuple(dict.fromkeys(found))

    def _unit_difference(self, text: str) -> Query | None:
        """ "教育局是责任单位而卫健委不是的任务": the first unit's tasks in a role, less the second's."""
        mentions = sorted(find_unit_mentions(text, self.alias_table), key=lambda m: m.start)
        names = list(dict.fromkeys(m.unit for m in mentions))
        if len(names) < 2:
            return None
        first = next(m for m in mentions if m.unit == names[0])
        second = next(m for m in mentions if m.unit == names[1])
        tail = text[second.end :]
        between = text[first.end : second.start]
        # "有生态局没水务局的", "交通局有份 住建局没份的": the second unit's absence said before or after it.
        said_before = re.fullmatch(
            r"\s*(?:有份|参与了?|在)?\s*[，,、]?\s*(?:但|而|却)?(?:没有?|无|不含|不包括)\s*", between
        )
        if not (_NOT_THIS_ONE.match(tail) or said_before or re.match(r"\s*(?:没份|没有份|不在)", tail)):
            return None
        role = self._role(text[: second.start]) or Role.ANY
        other_role = self._role(tail) or (Role.ANY if _NOWHERE.match(tail) or said_before else role)
        return Query(
            Op.DIFFERENCE, Asked.TASKS, units=(UnitArg(names[0], role), UnitArg(names[1], other_role)), text=text
        )

    def _two_conditions(self, text: str) -> Query | None:
        """ "写了2025年却没写百分数的任务", "民政局牵头的当中有年份的几条": two conditions on tasks at once.

        The question is cut where a joining word stands; each side must read alone as a set of tasks (a
        filter, or a unit's or a part's tasks). Two questions in one ("住建局牵头几项，发改委牵头几项") are
        not joined: only one side may ask.
        """
        if _EXCLUDE.search(text) or re.search(r"不算|不包括|不含|除去", text):
            return None  # "除开第八部分，没列牵头的还剩几条": a part left out, read by _structural
        for cut in _CONDITION_JOIN.finditer(text):
            left, right = text[: cut.start()].strip(), text[cut.end() :].strip()
            if len(left) < 2 or len(right) < 2:
                continue
            if _ASKS.search(left) and _ASKS.search(right):
                continue
            if _POINTS_BACK.search(left) or _POINTS_BACK.search(right):
                return None  # "那卫健委呢，它牵头的…": a follow-up, read with the conversation
            sides = [self._task_condition(left), self._task_condition(right)]
            if None in sides:
                continue
            (first, no_first), (second, no_second) = sides  # type: ignore[misc]
            part_only = [
                i for i, (q, n) in enumerate(sides) if q.op is Op.LIST and q.sections and not q.units and not n
            ]  # type: ignore[misc]
            if part_only:
                if len(part_only) == 2 or cut.group(0).strip("，,、 ") in ("", "里", "中"):
                    return None  # "第三部分，哪些提到2025年": a part and a condition, read whole
                # "教育局当配合单位并且在第四部分的": the other condition, within that part.
                part, (other, negated) = sides[part_only[0]][0], sides[1 - part_only[0]]  # type: ignore[index]
                if negated or other.sections:
                    return None
                return replace(other, sections=part.sections, text=text)
            # A side asked as a count is its set of tasks here: a filter, or a list of a unit's tasks.
            first, second = (
                replace(q, op=Op.FILTER if q.prop else Op.LIST, asked=Asked.TASKS) if q.op is Op.COUNT else q
                for q in (first, second)
            )
            return Query(
                Op.COUNT if _COUNT.search(text) or _COUNT_AT_END.search(text) else Op.FILTER,
                Asked.TASKS, prop=Property.ALL_OF, parts=(first, second), negated=(no_first, no_second),
                counted=Counted.TASKS, text=text,
            )  # fmt: skip
        return None

    def _task_condition(self, side: str) -> tuple[Query, bool] | None:
        """One side of a two-condition question as a query over tasks, and whether it is negated."""
        side = re.sub(r"^(?:既|又|也)", "", side)
        negated = _NEGATION_AHEAD.match(side)
        plain = side[negated.end() :] if negated else side
        if negated is None:
            # "配合单位中没有财政局": the "not" stands before the unit, after the line it is about.
            inner = _NEGATION_BEFORE_UNIT.search(side)
            if inner is not None and self._units(side[inner.end() :]):
                negated, plain = inner, side[: inner.start()] + side[inner.end() :]
        plain = _ASKS_AT_END.sub("", plain)
        as_tasks = plain if plain.endswith("任务") else plain + ("任务" if plain.endswith("的") else "的任务")
        for attempt in (as_tasks, plain):
            query = self._structural_reading(attempt)
            if query is None:
                units = self._units(plain)
                if not units or self._content_left(plain) >= 3:
                    continue
                # "住建局牵头", "有财政局当责任单位": the unit's tasks in that role.
                query = Query(Op.LIST, Asked.TASKS, units=units, text=plain)
            over_tasks = query.op in (Op.FILTER, Op.LIST) or (
                query.op is Op.COUNT and query.counted is Counted.TASKS and (query.units or query.prop)
            )
            absent = (
                query.prop is Property.MENTIONS_YEAR and not any(f"{y}年" in self._text for y in query.years)
            ) or (query.prop is Property.MENTIONS_TERM and not any(t in self._text for t in query.terms))
            if over_tasks and (query.units or query.sections or query.prop) and not absent:
                return query, negated is not None
        return None

    def _lead_mix(self, text: str, units: tuple[UnitArg, ...]) -> str | None:
        """How a question mixes kinds of lead unit: "both", "departments" (only) or "some department"."""
        if "牵头" not in text or any(u.name not in self._county_governments for u in units):
            return None
        if _LEAD_BOTH_KINDS.search(text):
            return "both"
        if _LEAD_NO_DEPARTMENT.search(text) and not units:
            return "no department"  # with a government named ("只有各县人民政府牵头"), that one alone
        if _LEAD_DEPARTMENTS_ONLY.search(text):
            return "departments"
        if _LEAD_SOME_DEPARTMENT.search(text):
            return "some department"
        return None

    def _lead_filter(self, text: str, units: tuple[UnitArg, ...], sections: tuple[int, ...]) -> Query | None:
        """ "只有各县人民政府牵头的任务" (the only lead) and "哪条不是各县人民政府牵头" (not among the leads)."""
        if len(units) != 1:
            return None
        name = units[0].name
        mention = next(m for m in find_unit_mentions(text, self.alias_table) if m.unit == name)
        before, after = text[: mention.start], text[mention.end :]
        sole = _SOLE_IN_ROLE.search(before)
        if sole is not None:
            # "牵头单位只写了各县人民政府的", "责任单位就只有农业农村局一家": the one unit on that line.
            role = Role.LEAD if sole.group(1) == "牵头" else Role.RESPONSIBLE
            return Query(
                Op.FILTER, Asked.TASKS, units=(UnitArg(name, role),), sections=sections, prop=Property.SOLE_UNIT,
                text=text,
            )  # fmt: skip
        alone = re.match(r"\s*(?:一个|一家|一个单位|单独|自己)(?:的|是|当|作)?(牵头|责任|配合)(?:单位|部门)", after)
        if alone is not None and re.search(r"(?:就|只有|只|仅有|仅)$", before):
            # "哪条就农业农村局一个责任单位": the one unit on that line, said after the unit.
            role = Role.LEAD if alone.group(1) == "牵头" else Role.RESPONSIBLE
            return Query(
                Op.FILTER, Asked.TASKS, units=(UnitArg(name, role),), sections=sections, prop=Property.SOLE_UNIT,
                text=text,
            )  # fmt: skip
        if "牵头" not in text:
            return None
        if _ONLY_LEAD.search(before[-4:]) or re.match(r"\s*(?:单独|独自|一家|自己)+牵头", after):
            if re.search(r"(?:不是|并非|不属于|不由)$", before):
                # "哪条不是各县人民政府单独牵头的": every task but those it leads alone (tasks naming no lead too).
                sole = Query(
                    Op.FILTER, Asked.TASKS, units=(UnitArg(name, Role.LEAD),), prop=Property.SOLE_UNIT, text=text
                )
                return Query(
                    Op.FILTER, Asked.TASKS, sections=sections, prop=Property.ALL_OF, parts=(sole,), negated=(True,),
                    text=text,
                )  # fmt: skip
            prop = Property.SOLE_UNIT
        elif (_NOT_LED.search(before[-3:]) and re.match(r"\s*(?:来|负责)?牵头", after)) or (
            re.match(r"\s*(?:不在|没在|不是)(?:里面|里头|其中|当中|之列|牵头单位)", after) and "牵头" in before
        ):
            prop = Property.NOT_LED_BY
        else:
            return None
        # "有牵头单位的任务里哪条不是…": only tasks that name a lead; unsaid, tasks naming none count too.
        note = "named-lead" if prop is Property.NOT_LED_BY and _NAMES_A_LEAD.search(text) else ""
        return Query(
            Op.FILTER,
            Asked.TASKS,
            units=(UnitArg(name, Role.LEAD),),
            sections=sections,
            prop=prop,
            note=note,
            text=text,
        )

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
            if _OTHER_MEASURE.search(text):
                # "互助县的人口有多少": a figure of the unit's own, not a count of its tasks.
                return None
            return Query(Op.COUNT, Asked.COUNT, units=units, sections=sections, counted=Counted.TASKS, text=text)
        if (
            re.search(r"(几|多少)(个)?(大)?的?(部分|板块|大块|章)|分(为|成)?(了)?几(个|大)?(部分|块)", text)
            and not sections
        ):
            return Query(Op.COUNT, Asked.COUNT, counted=Counted.SECTIONS, text=text)
        if re.search(
            r"(几|多少)(个|家)?(不同的?)?(?:牵头|责任|配合|参与)?(单位|部门|局)"
            r"|(?:牵头|责任|配合)(?:单位|部门)(?:不重复|去重)?(?:算)?(?:的话)?[，,]?(?:一共|总共|共|加起来)?有?"
            r"(?:几|多少)(?:个|家)?(?:呢|呀|啊)?$"
            # "担任过牵头单位的单位总共几个", "做过责任单位的部门去重后多少家"
            r"|(?:牵头|责任|配合)(?:单位|部门)的(?:单位|部门)[^几多]{0,6}(?:几|多少)(?:个|家)",
            text,
        ) and not _ASKS_TASKS_COUNT.search(text):
            # "一共多少个责任单位", "配合单位总共有几个", "第三部分涉及几个单位": every unit named in that role;
            # "养老那一项配合单位有几家" names one task by its title's words: that task's units; a topic no one title
            # holds is left to the content path.
            role = self._role(text)
            if not sections and self._names_a_task_topic(text):
                task = self._task_by_title_words(text)
                if task is None:
                    return None
                return Query(Op.COUNT, Asked.COUNT, tasks=(task,), counted=_units_counted(role), text=text)
            if "牵头单位" in text and not _RESPONSIBLE.search(text):
                # "牵头单位里出现了几个单位": 出现 says where they appear, not a second role.
                role = Role.LEAD
            return Query(
                Op.COUNT, Asked.COUNT, sections=sections, counted=_units_counted(role), note="distinct", text=text
            )
        # "这几项", "上面那几项" point at tasks shown; they ask for no count of the notice's tasks.
        # "几个工作人员" counts staff, not work items (general usage).
        counted_tasks = r"(几|多少)(项|条|个)?(任务|工作(?![人者量日岗]))|几项|多少项|几条|多少条"
        if sections or (re.search(counted_tasks, _THESE.sub("", text)) and not self._counts_a_thing(text)):
            return Query(Op.COUNT, Asked.COUNT, sections=sections, counted=Counted.TASKS, text=text)
        return None

    def _counts_a_thing(self, text: str) -> bool:
        """Whether "几条/多少条" counts a thing the tasks' text names and a verb builds ("…街道要改几条"), not tasks.

        条 also counts roads, streets and pipes (general usage); after such a thing a figure of it is asked, which
        the content path checks the notice for.
        """
        m = re.search(r"(?:几|多少)条(?!任务)", text)
        if m is None or self._sections(text) or self._task_refs(text) or self._units(text):
            return False
        words = text[: m.start()]
        built = re.search(r"[建改修造铺设治扩增拓]{1,2}了?$", words)
        if built and re.search(r"[\u4e00-\u9fff]{2}", words[: built.start()]):
            return True  # "…要新建几条": whatever is built, named in the notice or not
        titles = [t.title for t in self.notice.tasks] + [s.title for s in self.notice.sections]
        for i in range(len(words) - 3):
            run = words[i : i + 4]
            if (
                re.fullmatch(r"[\u4e00-\u9fff]{4}", run)
                and run in self._text
                and not any(run in title for title in titles)
                # a thing built or changed ("要改几条", "新建几条"); "…那块一共几条" names a part
                and re.search(r"[建改修造铺设通治扩增拓]", words[i + 4 :])
            ):
                return True
        return False

    def _superlative(self, text: str, units: tuple[UnitArg, ...], sections: tuple[int, ...]) -> Query | None:
        op = Op.ARGMAX if _MOST.search(text) else Op.ARGMIN
        which_unit = bool(_WHICH_UNIT.search(text))
        per_task_units = re.search(
            r"(责任|牵头|配合|参与)?(单位|部门)(加起来|合起来|合计|总共|一共)?的?(总数|数量|个数|数目|数)?(最多|最少)"
            r"|(最多|最少)的?(责任|牵头|配合)(单位|部门)",
            text,
        )
        asks_task = bool(re.search(r"哪项|哪一项|哪个任务|哪条|哪些任务|什么任务|的任务", text))
        # "水务局牵头的几条里谁的责任单位最多": within a list of tasks, "谁的" is which of those tasks.
        within = re.search(
            r"(?:(?:里|中|里面|里头|当中|之中)\s*(?:的)?(?:谁|哪个)(?:的)?|(?:谁|哪个)的)"
            r"(?=(?:责任|牵头|配合)?(?:单位|部门))",
            text,
        )
        asks_task = asks_task or bool(within)
        if _SECTIONS_WORD.search(text) and re.search(r"哪(个|一)?(部分|板块|块)", text):
            return Query(op, Asked.SECTIONS, counted=Counted.TASKS, text=text)
        if per_task_units and (asks_task or not which_unit):
            words = per_task_units.group(0)
            both = re.search(
                r"牵头(?:和|与|及|加|跟|、|\+)(?:责任|配合)|(?:责任|配合)(?:和|与|及|加|跟|、|\+)牵头", text
            )
            if both or re.search(r"加起来|合起来|合计|总共|一共|总数", words):
                counted = Counted.UNITS  # "牵头和责任单位加起来最多": every unit of the task
            elif "牵头" in words:
                counted = Counted.LEAD_UNITS
            elif re.search(r"责任|配合", words):
                counted = Counted.RESPONSIBLE_UNITS
            else:
                counted = Counted.UNITS
            # "财政局配合的那些里哪条的配合单位最多": only the tasks of the unit named before the superlative,
            # in the role said there.
            head = text[: per_task_units.start()]
            scope = self._units(head)
            role = self._role(re.split(r"里|中|当中|之中", head)[0]) or Role.ANY
            within_units = tuple(UnitArg(u.name, role) for u in scope)
            return Query(op, Asked.TASKS, units=within_units, counted=counted, sections=sections, text=text)
        which_unit = which_unit or bool(re.search(r"(最多|最少)的?(是|为)?(哪个|哪家|哪一个|谁)(呢|啊)?$", text))
        if which_unit or re.search(r"任务(数量|数)?(最多|最少)|(最多|最少)的?(任务|单位|部门|局)", text):
            role = self._role(text) or Role.ANY
            # "除了县政府，哪个部门牵头最多": the county governments left out are no unit asked about.
            counties_left_out = _COUNTIES_LEFT_OUT.search(text)
            if counties_left_out:
                units = self._units(text[: counties_left_out.start()] + text[counties_left_out.end() :])
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
