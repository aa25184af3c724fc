"""Reading a question into a :class:`~qa.query.Query` (structural, small talk, follow-up or content).

Rules, not a model: the question words come from :mod:`qa.lexicon`, the unit names, sections,
task numbers and years from the parsed notice. A question the rules do not recognise as
structural is :attr:`Op.CONTENT` and goes to retrieval.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from corpus.numerals import read_number
from corpus.records import Task
from corpus.units import find_unit_mentions
from qa.conversation import EMPTY, State
from qa.lexicon.units import UNIT_KINDS
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg
from qa.reading.patterns import (
    _ABOUT_LEAD_IN,
    _ALL_OF_THEM,
    _ALSO_TASK,
    _ALSO_THE_OTHER_ROLE,
    _ALSO_WHO,
    _ARRIVAL,
    _AS_ROLE,
    _ASKED_OF_COUNTED,
    _ASKED_OF_ROLE,
    _ASKS_DATE,
    _ASKS_FIGURE,
    _BARE_COUNT,
    _BESIDES,
    _BESIDES_THIS,
    _BOTH,
    _BY_HOW_MANY,
    _CONTACT,
    _COUNT,
    _COUNT_AT_END,
    _COUNT_ONLY_AT_END,
    _COUNTED_OF_ASKED,
    _CURRENT_FIGURE,
    _DROP,
    _EACH_WHO,
    _EXCLUDE,
    _FEWER,
    _FEWEST,
    _FIRST_OR_LAST_N,
    _FROM_END,
    _FROM_END_OF_NOTICE,
    _FROM_ON,
    _GREETING,
    _HAS_BUT_NOT,
    _HAS_MEMBER,
    _HOW_MANY_OF_THESE,
    _IN_COMMON_COUNT,
    _IS_IT_ON,
    _IS_NOT_LEAD,
    _IT_AGAIN,
    _IT_OR_THIS,
    _IT_UNIT_TASKS,
    _ITS_TASK,
    _LAST_ITEM,
    _LAST_SECTION,
    _LEAD_IS_NOT,
    _LIST_REQUEST_AT_END,
    _LIST_SHOWN,
    _LIST_THEM,
    _MORE,
    _MORE_OF_WHAT,
    _MOST,
    _NARROW,
    _NARROWED_COUNT,
    _NEXT_OR_PREVIOUS,
    _NOT_IN_ROLE,
    _NTH_UNIT,
    _ONE_TASK,
    _ONLY_HELPS,
    _ONLY_N,
    _ONLY_THESE,
    _OPINION,
    _ORDINAL,
    _ORDINAL_AGAIN,
    _ORDINAL_IN_SECTION,
    _OTHER_AGAIN,
    _OTHER_ONE,
    _OTHER_TASK,
    _OTHER_TASK_COUNT,
    _OTHER_TASK_OF,
    _PERSONAL,
    _POOLED,
    _PRONOUN,
    _PUNCT,
    _RANK,
    _ROLE_LINE,
    _ROLE_LINE_ASKED,
    _ROLE_SWITCH,
    _ROLE_WHO,
    _SAME,
    _SECTION_REF,
    _SELF,
    _SHORT_YEAR,
    _SHOWN_PLURAL,
    _SMALLTALK_FILLER,
    _STATUS,
    _TAKES_PART,
    _TASK_ATTRIBUTE,
    _TASK_DIFF,
    _TASK_DIFF_WORDS,
    _TASK_REF,
    _TASK_UNITS_ASKED,
    _TASKS_LEFT_UNSAID,
    _THESE,
    _THESE_N,
    _THESE_TASKS_ONLY,
    _THESE_TWO,
    _THIS_MATTER,
    _THIS_PART,
    _THIS_TASK_ROLE,
    _TIME_WORDS,
    _TOGETHER,
    _TOPIC_PAIR,
    _TOPIC_THEN_THAT_ONE,
    _UNDER_IT,
    _UNIT_PAIR,
    _UNIT_PLACE,
    _UNIT_PRONOUNS,
    _UNITS_COUNTED,
    _UNITS_N_TASKS,
    _UNITS_SHOWN,
    _UNITS_TASKS_ASKED,
    _VALIDITY,
    _VALIDITY_STATED,
    _WHAT_UNIT_IS,
    _WHICH_FIRST,
    _WHICH_ONE_MORE,
    _WHICH_ROLE,
    _WHICH_SECTION,
    _WHICH_TASK_IS_IT,
    _WHICH_TASK_PHRASE,
    _WHICH_TASKS_BARE,
    _WHO_ASKED,
    _WHOLE_NOTICE,
    _ZERO_UNITS,
    _place_in,
)
from qa.reading.structural import StructuralReading
from qa.understand import longest_common_substring


def _focus(state: State) -> int | None:
    """The one task the last answer was about: its only task, or the first of a content answer's citations."""
    if len(state.tasks) == 1 or (state.tasks and state.query is not None and state.query.op is Op.CONTENT):
        return state.tasks[0]
    return None


def _plays(task: Task, unit: str, role: Role) -> bool:
    if role is Role.LEAD:
        return unit in task.lead_units
    if role is Role.RESPONSIBLE:
        return unit in task.responsible_units
    return unit in task.units


class QueryReader(StructuralReading):
    """Turns a normalised question (and the conversation state) into a :class:`Query`.

    Made from a notice and its alias table, ``QueryReader(notice, alias_table)``: the constructor is
    :class:`~qa.reading.arguments.ArgumentReading`'s, the lowest of the layers :mod:`qa.reading` lists.
    """

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
        if _STATUS.search(text) or _ARRIVAL.search(text):
            return Query(Op.DECLINE, note="status", text=text)
        if _OPINION.search(text):
            return Query(Op.DECLINE, note="opinion", text=text)
        if _VALIDITY.search(text) and not _VALIDITY_STATED.search(self._full_text):
            return Query(Op.DECLINE, note="validity", text=text)
        text = _SELF.sub(r"\1", text)  # "它自己牵头的": the pronoun alone
        text = _TAKES_PART.sub("参与", text)  # "都参加的", "有份的": taking part, in any role
        text = _ONLY_HELPS.sub("参与但不牵头", text)  # "只是配合、不牵头的": on the task, not leading it
        text = _SHORT_YEAR.sub(r"20\1年", text)  # "到25年" is 2025年 in a plan of this decade
        text = _TOPIC_PAIR.sub(self._titled_pair, text)  # "垃圾和污水这两项": tasks 15 and 16 by their titles
        text = self._within_section(text)  # "第二部分第一条" is that part's first task, by its own number
        text = self._unit_left_out_after(text)  # "X之外，…最多的" leaves X out, as "除了X" does
        text = _THESE_TWO.sub("这两条", text)  # "两条都有的", "这俩条的牵头单位": the two just shown
        text = _LIST_REQUEST_AT_END.sub("", text)  # "…的任务列一下" asks what "…的任务" asks
        text = _COUNT_ONLY_AT_END.sub("", text)  # every count answer gives the number first
        text = _THESE_N.sub("这几项", text)  # "这22个里", "刚才说的这5项": the tasks shown
        text = _SHOWN_PLURAL.sub("这几项", text)
        # "牵头单位不是各县政府的", "不是各县政府那个": said the way the filter reads, "不是X牵头的".
        text = _LEAD_IS_NOT.sub(self._lead_is_not, text)
        text = _IS_NOT_LEAD.sub(r"不是\g<who>牵头的", text)  # "县政府不是牵头单位的任务"
        # "连责任单位都没列", "一个单位都没写": none on that line, said the way the filters read it.
        text = _ZERO_UNITS.sub(lambda m: "没有责任单位" if m["role"] in ("责任", "配合") else "没有写牵头单位", text)
        if _TASKS_LEFT_UNSAID.search(text) and find_unit_mentions(text, self.alias_table):
            # "财政局和发改委都配合的", "民政局牵头卫健委配合的": the tasks, left unsaid after 的.
            text += "任务"
        followup = self._followup(text, state)
        if followup is not None:
            return followup
        # "倒数第三项" with no list shown: counted from the notice's last task.
        text = _FROM_END_OF_NOTICE.sub(self._counted_from_the_end, text)
        structural = self._structural(text)
        if structural is None and self._section_by_its_word(text) != text:
            # "民生那部分里X是责任单位的": read again with the part named by its number.
            again = self._structural(self._section_by_its_word(text))
            structural = replace(again, text=text) if again is not None else None
        return structural or Query(Op.CONTENT, text=text)

    def _counted_from_the_end(self, m: re.Match[str]) -> str:
        n = read_number(m.group(1))
        last = max(self.task_numbers)
        return f"第{last + 1 - n}{m.group(2)}" if n is not None and 1 <= n <= last else m.group(0)

    def is_smalltalk(self, text: str) -> bool:
        """Greetings, thanks and questions about the assistant, with nothing else."""
        if not _GREETING.search(text):
            return False
        other = re.fullmatch(r"(?:那|那么)(.{2,8}?)(?:那项|那条|这项|这条)?呢[？?]?", text)
        if other is not None and other.group(1) in self._text:
            return False  # "那垃圾处理那条呢": the same question of another topic the notice prints, not a complaint
        rest = _PUNCT.sub("", _SMALLTALK_FILLER.sub("", _GREETING.sub("", text)))
        return len(rest) == 0

    # --- follow-ups -------------------------------------------------------------------------------
    def _followup(self, text: str, state_of: State | Callable[[], State]) -> Query | None:
        memo: list[State] = []

        def state() -> State:
            if not memo:
                memo.append(state_of() if callable(state_of) else state_of)
            return memo[0]

        bare = _PUNCT.sub("", _BESIDES_THIS.sub("", text))  # "除了这一条还有没有别的" asks for more
        in_that_part = self._in_the_part_shown(text, state)
        if in_that_part is not None:
            return in_that_part
        if _WHICH_TASK_IS_IT.fullmatch(bare):
            if state().one_task is not None:
                # "这是哪一项里的" after a figure was quoted: the task the answer rested on.
                return Query(Op.LOOKUP, Asked.TEXT, tasks=(state().one_task,), note="pronoun", text=text)
            if len(state().tasks) >= 2:
                return Query(Op.CLARIFY, note="which task", tasks=state().tasks, text=text)  # after a list
            if state().empty:
                return Query(Op.CLARIFY, note="pronoun", text=text)
        where_and_who = self._where_and_who(text, state)
        if where_and_who is not None:
            return where_and_who
        by_topic = self._one_of_the_list_by_topic(text, state)
        if by_topic is not None:
            return by_topic
        checked = self._this_task_checked(text, state)
        if checked is not None:
            return checked
        units = self._units(text)
        scoped = self._which_of_the_list(text, units, state)
        if scoped is not None:
            return scoped
        compared = self._compared_with_before(text, units, state)
        if compared is not None:
            return compared
        if not units and state().unit is not None and re.search(r"它(?!们)|该局|该单位", text):
            # "前30条里它没出现的": a filter on the unit the last answer was about, put in its place.
            named = re.sub(r"它(?!们)|该局|该单位", state().unit, text, count=1)
            again = self._structural(named)
            if again is not None and again.op is Op.FILTER and again.units:
                return replace(again, text=text)
        if (
            len(units) == 1
            and (
                re.search(r"重叠|重合|交集|也是|也在|同时|一起|共同", text)
                or re.match(r"(?:那|那么)?(?:跟|和|与|同)[^，,]{2,14}都", text)  # "跟X都参与的" after a unit's tasks
            )
            and re.search(r"哪|几|有多少|呢$", text)
            and not self._task_refs(text)
        ):
            last = state().query
            if (
                state().unit is not None
                and state().unit != units[0].name
                and last is not None
                and last.op in (Op.LIST, Op.COUNT)
                and last.units
            ):
                # "跟林草局也是配合单位的重合有几条" after one unit's tasks: the tasks both have.
                role = self._role(text) or last.units[0].role
                both = (UnitArg(state().unit, last.units[0].role), UnitArg(units[0].name, role))
                return Query(Op.INTERSECT, Asked.TASKS, units=both, text=text)
        is_on = _IS_IT_ON.search(text)
        is_on = is_on if is_on and not text[is_on.end() :].strip(" ？?。，,！!") else None  # nothing asked after it
        if len(units) == 1 and (_WHICH_ROLE.search(text) or is_on) and not _WHOLE_NOTICE.search(text):
            # A unit's role ("X在这项里算什么身份") on the task just shown or on a task named.
            one = state().one_task
            pointed = one is not None and not _THESE.search(_THESE_TASKS_ONLY.sub("", text))
            tasks = self._task_refs(text) or ((one,) if pointed else ())
            if tasks:
                unit = (UnitArg(units[0].name, Role.ANY),)
                return Query(Op.LIST, Asked.TASKS, units=unit, tasks=tasks, note="role", text=text)
        confirmed = self._only_that_many(bare, units, state)
        if confirmed is not None:
            return confirmed
        member = _HAS_MEMBER.search(text)
        if member and len(state().tasks) == 1 and not self._task_refs(text):
            # "配合单位里有住建局吗", "责任单位里有银行没": whether the task shown has it on that line.
            word = member.group("role")
            role = Role.LEAD if word == "牵头" else Role.RESPONSIBLE if word else Role.ANY
            shown = state().query.asked if state().query is not None else None
            if word is None and shown in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS):
                # "里面有人社局吗" after a task's units line: that line.
                role = Role.LEAD if shown is Asked.LEAD_UNITS else Role.RESPONSIBLE
            asked = _ASKED_OF_ROLE.get(role, Asked.UNITS)
            if units:
                named = tuple(UnitArg(u.name, role) for u in units)
                return Query(Op.LOOKUP, asked, tasks=state().tasks, units=named, note="member", text=text)
            kinds = tuple(k for k in UNIT_KINDS if k in text[member.end() :])
            if kinds:
                return Query(
                    Op.FILTER, Asked.TASKS, units=(UnitArg("", role),), tasks=state().tasks, prop=Property.UNIT_KIND,
                    terms=kinds, text=text,
                )  # fmt: skip
        others = self._others_of_unit_shown(text, units, state)
        if others is not None:
            return others
        if _MORE.fullmatch(bare) or (
            _MORE.search(bare) and len(_MORE.sub("", _ONLY_THESE.sub("", bare))) <= 2 and not units
        ):
            if state().empty:
                return Query(Op.CLARIFY, note="more", text=text)
            last = state().query
            if (
                last is not None
                and last.op is Op.LOOKUP
                and len(last.tasks) == 1
                and len(last.units) == 1
                and last.units[0].name
            ):
                # "还有呢" after "交通运输局是第7条的牵头单位对吧": the unit's other tasks in that role.
                others = tuple(n for n in sorted(self.task_numbers) if n != last.tasks[0])
                return Query(Op.LIST, Asked.TASKS, units=last.units, tasks=others, note="others", text=text)
            if not state().remaining and state().tasks:
                # Nothing beyond what was shown: say so, and show the same tasks again.
                return Query(Op.LIST, Asked.TASKS, tasks=state().tasks, note="no more", text=text)
            return Query(Op.LIST, Asked.TASKS, tasks=state().remaining, note="more", text=text)
        step = _NEXT_OR_PREVIOUS.search(text)
        if (
            step
            and not self._task_refs(text)
            and self._content_left(text[: step.start()] + text[step.end() :]) < 2
            and len(state().tasks) == 1
        ):
            # "下一条", "上一项的牵头单位": the task next to the one just shown, asked the same way.
            n = state().tasks[0] + (1 if (step.group(1) or step.group(3)) in ("下", "后") else -1)
            if n in self.task_numbers:
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(n,), text=text)
        also = _ALSO_THE_OTHER_ROLE.search(text)
        if also and not self._units(text) and not self._task_refs(text):
            last = state().query
            if last is not None and last.op in (Op.LIST, Op.COUNT) and len(last.units) == 1 and last.units[0].name:
                # "还有没有 把牵头的也算上", "把它牵头的也加上，一共多少项": the same unit in either role.
                return replace(last, units=(UnitArg(last.units[0].name, Role.ANY),), text=text)
        also_who = _ALSO_WHO.search(text)
        role_named = also_who and (
            also_who.group("role") or _ROLE_LINE.search(text) or self._role(text) in (Role.LEAD, Role.RESPONSIBLE)
        )
        if also_who and not units and not self._task_refs(text) and role_named:
            # "这项另外还有哪些责任单位", "牵头的还有谁" after a unit's one task: that line, less the unit.
            shown = state()
            if len(shown.tasks) == 1 and shown.unit is not None and shown.unit in self._tasks[shown.tasks[0]].units:
                role = self._role(text) or Role.ANY
                asked = _ASKED_OF_ROLE.get(role, Asked.UNITS)
                # "…全列出来": every one, the unit already shown included.
                left_out = () if _ALL_OF_THEM.search(text) or re.search(r"全部|全列|所有", text) else (shown.unit,)
                return Query(Op.LOOKUP, asked, tasks=shown.tasks, excluded=left_out, text=text)
        besides = _BESIDES.search(text)
        if besides and len(state().tasks) >= 1 and not self._task_refs(text):
            # "这条除了发改还有谁配合", "同一条里别的配合单位还有谁": the task's other units of that role.
            named = tuple(u.name for u in self._units(text)) or ((state().unit,) if state().unit else ())
            role = self._role(text) or Role.RESPONSIBLE
            task = state().tasks[0]
            if named and any(n in self._tasks[task].units for n in named):
                asked = _ASKED_OF_ROLE.get(role, Asked.UNITS)
                return Query(Op.LOOKUP, asked, tasks=(task,), excluded=named, text=text)
        again = _ORDINAL_AGAIN.fullmatch(bare)
        if again and state().query is not None and state().query.note == "ordinal" and len(state().listed) >= 2:
            # "第三个呢" after "第一个谁牵头" (picked from a list): the same question about the list's third.
            n = read_number(again.group(1))
            if n is not None and 1 <= n <= len(state().listed):
                last = state().query
                return Query(Op.LOOKUP, last.asked, tasks=(state().listed[n - 1],), note="ordinal", text=text)
        narrowed = self._narrowed_by_section(text, state)
        if narrowed is not None:
            return narrowed
        by_place = self._tasks_of_unit_by_place(text, state)
        if by_place is not None:
            return by_place
        nth_unit = _NTH_UNIT.search(text)
        named_role = _ROLE_LINE.search(nth_unit.group(0)) if nth_unit else None
        if named_role and len(state().tasks) == 1 and not self._task_refs(text):
            # "它的第四个责任单位是谁": the place is counted on the line of the role named.
            asked = Asked.LEAD_UNITS if named_role.group(1) == "牵头" else Asked.RESPONSIBLE_UNITS
            n = read_number(nth_unit.group(1))
            return Query(Op.LOOKUP, asked, tasks=state().tasks, note=f"nth-unit:{n}", text=text)
        about_units = self._about_what_was_shown(text, bare, state)
        if about_units is not None:
            return about_units
        nth_unit = _NTH_UNIT.search(text)
        if nth_unit and state().units and not self._task_refs(text):
            n = read_number(nth_unit.group(1) or nth_unit.group(2))
            if n is not None and 1 <= n <= len(state().units):
                name = state().units[n - 1]
                if re.search(r"任务|哪些|哪几|参与|牵头|负责", text[nth_unit.end() :]):
                    # "第一个单位还参与了什么别的任务": that unit's tasks, less the one just shown.
                    _, pool = self._besides_shown(text, state().tasks)
                    tasks = tuple(n for n in pool if name in self._tasks[n].units)
                    return Query(Op.LIST, Asked.TASKS, units=(UnitArg(name, Role.ANY),), tasks=tasks, text=text)
                asked = self._asked_before(state()) or Asked.UNITS
                return Query(Op.LOOKUP, asked, tasks=state().tasks[:1], note=f"nth-unit:{n}", text=text)
        rank = _RANK.search(text)
        if rank and self._content_left(text[: rank.start()] + text[rank.end() :]) < 2:
            last = state().query
            if last is not None and last.op in (Op.ARGMAX, Op.ARGMIN):
                # "第二多的呢" after a superlative: the same, one rank down.
                n = 2 if rank.group(4) else read_number(rank.group(1) or rank.group(2))
                return replace(last, note=f"rank:{n}", text=text)
        # "麻烦把这几项也都列出来", "上面那几项都叫什么": the tasks just shown, listed. Nothing else
        # may be asked of them ("其中只有…牵头的是哪几项" filters them). The state is asked for last: it
        # replays the conversation.
        if (
            _THESE.search(text)
            and _LIST_SHOWN.search(text)
            and len(_PUNCT.sub("", _LIST_SHOWN.sub("", _THESE.sub("", text)))) <= 1
            and len(state().tasks) >= 2
        ):
            return Query(Op.LIST, Asked.TASKS, tasks=state().tasks, text=text)
        last = state().query if _LIST_THEM.fullmatch(bare) else None
        if last is not None and last.op is Op.COUNT and last.counted is Counted.TASKS:
            # "都列出来" after a count of tasks: the tasks counted.
            return replace(last, op=Op.LIST, asked=Asked.TASKS, text=text)
        if (
            last is not None
            and last.op in (Op.FILTER, Op.LIST, Op.INTERSECT, Op.DIFFERENCE)
            and last.asked is Asked.TASKS
            and state().tasks
        ):
            # "是哪一项" after "有几个任务是…的" was answered with its count: the tasks it found.
            return Query(Op.LIST, Asked.TASKS, tasks=state().tasks, note="shown", text=text)
        if last is not None and last.op is Op.COUNT and last.counted in _ASKED_OF_COUNTED and len(last.tasks) == 1:
            # "都列一下" after "头一项的责任单位有几个": the units counted.
            return Query(Op.LOOKUP, _ASKED_OF_COUNTED[last.counted], tasks=last.tasks, text=text)
        this_task = _THIS_TASK_ROLE.fullmatch(bare)
        # Only after a reading of the table: after a content answer, the content path quotes its sentence.
        if (
            this_task
            and len(state().tasks) == 1
            and state().query is not None
            and state().query.structural
            and state().query.op is not Op.LOOKUP  # a look-up by number is followed up by the content path
            and not (this_task.group("pronoun") == "它" and state().unit)
        ):
            role = this_task.group("r1") or this_task.group("r2")
            asked = {"牵头": Asked.LEAD_UNITS, "配合": Asked.RESPONSIBLE_UNITS, "责任": Asked.RESPONSIBLE_UNITS}
            return Query(Op.LOOKUP, asked.get(role, Asked.UNITS), tasks=state().tasks, text=text)
        role_who = _ROLE_WHO.fullmatch(bare)
        if (
            role_who
            and 1 <= len(state().tasks) <= 3
            and state().query is not None
            and state().query.structural
            and state().query.op is not Op.LOOKUP  # a look-up by number is followed up by the content path
        ):
            # "配合的有谁" after "自规局牵头的是哪一条" showed its one task: that task's units in that role.
            role = role_who.group("r1") or role_who.group("r2")
            asked = Asked.LEAD_UNITS if role == "牵头" else Asked.RESPONSIBLE_UNITS
            return Query(Op.LOOKUP, asked, tasks=state().tasks, text=text)
        each = _EACH_WHO.fullmatch(bare)
        if each and len(state().tasks) >= 2:
            asked = {"牵头": Asked.LEAD_UNITS, "配合": Asked.RESPONSIBLE_UNITS}.get(each.group("role"), Asked.UNITS)
            return Query(Op.LOOKUP, asked, tasks=state().tasks, text=text)
        counted = _UNITS_COUNTED.fullmatch(bare)
        if counted and len(state().tasks) == 1:
            word = counted.group("a") or counted.group("b")
            kind = {
                "牵头单位": Counted.LEAD_UNITS,
                "责任单位": Counted.RESPONSIBLE_UNITS,
                "配合单位": Counted.RESPONSIBLE_UNITS,
            }
            return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=kind.get(word, Counted.UNITS), text=text)
        also = _ALSO_TASK.fullmatch(bare)
        if also and read_number(also.group(1)) in self.task_numbers and state().query is not None:
            again = self._same_about_task(read_number(also.group(1)), text, state())
            if again is not None:
                return again
        first_n = _FIRST_OR_LAST_N.search(text)
        listed = (state().tasks if len(state().tasks) >= 2 else state().listed) if first_n else ()
        # "前两项" names the notice's first two tasks too; after a list it means the list's.
        if first_n and not self._task_refs(_FIRST_OR_LAST_N.sub("", text)) and len(listed) >= 2:
            # "头三项各自叫什么", "最后三条谁牵头": a run of the list shown, from its start or its end.
            n = read_number(first_n.group(1) or first_n.group(2))
            if n == 1 and first_n.group(1):
                # "前一项的配合单位" after a list: its first item.
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=listed[:1], note="ordinal", text=text)
            if n is not None and 2 <= n <= len(listed):
                run = listed[:n] if first_n.group(1) else listed[-n:]
                if (_SAME.search(text) or re.search(r"都有|共同", text)) and not _ALL_OF_THEM.search(text):
                    # "头两条牵头的是不是同一批", "最后三条都有的责任单位": what the run shares.
                    asked = self._units_asked(text) or Asked.UNITS
                    return Query(Op.INTERSECT, asked, tasks=tuple(run), text=text)
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=tuple(run), text=text)
        from_end = _FROM_END.search(text)
        if from_end and len(state().tasks if len(state().tasks) >= 2 else state().listed) >= 2:
            # "倒数第三个谁牵头": counted from the end of the list shown.
            listed = state().tasks if len(state().tasks) >= 2 else state().listed
            n = read_number(from_end.group(1))
            if n is not None and 1 <= n <= len(listed):
                task = listed[-n]
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
        ordinal = _ORDINAL.search(text)
        # The list an ordinal counts in: the last answer's, or the last list shown before single look-ups.
        listed = (state().tasks if len(state().tasks) >= 2 else state().listed) if ordinal else ()
        if ordinal and not _SECTION_REF.search(text) and len(listed) >= 2:
            n = read_number(ordinal.group(1))
            # "第三项" after a list is its third item; a number beyond the list is the task itself.
            if n is not None and 1 <= n <= len(listed):
                task = listed[n - 1]
                asked = self._asked_of_task(text, state())
                if asked in _COUNTED_OF_ASKED and (_COUNT_AT_END.search(text) or _COUNT.search(text)):
                    # "第三个的牵头单位共几家": that task's units, counted.
                    return Query(Op.COUNT, asked, tasks=(task,), counted=_COUNTED_OF_ASKED[asked], text=text)
                return Query(Op.LOOKUP, asked, tasks=(task,), note="ordinal", text=text)
        beyond = self._beyond_the_list(text, ordinal or from_end, from_end is not None, units, state)
        if beyond is not None:
            return beyond
        other = _OTHER_TASK.fullmatch(bare) or _OTHER_TASK_OF.fullmatch(bare)
        if other is None and _OTHER_TASK_COUNT.fullmatch(bare) and not state().empty:
            last = state().query
            other = _OTHER_TASK_COUNT.fullmatch(bare) if last is not None and last.op is Op.COUNT else None
        if other and read_number(other.group(2)) in self.task_numbers and not state().empty:
            # "那22呢" after "第21项责任单位都有哪些": the same question about another task.
            again = self._same_about_task(read_number(other.group(2)), text, state())
            if again is not None:
                return again
        named_run = _UNITS_N_TASKS.search(text)
        if named_run and len(units) == 1 and units[0].role is not Role.ANY and not self._task_refs(text):
            # A unit's tasks in a role with their number said: listed, the number checked against the table.
            n = read_number(named_run.group(1))
            if n is not None:
                condition = Condition(Comparator.EQ, n)
                return Query(Op.LIST, Asked.TASKS, units=units, condition=condition, note="confirm", text=text)
        last = state().query
        if _WHICH_TASKS_BARE.fullmatch(text) and last is not None and last.sections and not last.units:
            # "有哪几条" after a part was described or counted: that part's tasks.
            return Query(Op.LIST, Asked.TASKS, sections=last.sections, text=text)
        other = _OTHER_ONE.search(text)
        if other and not units and not self._task_refs(text):
            # "另一个呢": of two tasks, the one not just asked about; of more, or with nothing shown, ask back.
            shown, listed = state().tasks, state().listed
            if len(shown) == 1 and len(listed) == 2 and shown[0] in listed:
                task = listed[0] if listed[1] == shown[0] else listed[1]
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
            if len(shown) >= 2:
                return Query(Op.CLARIFY, note="which task", tasks=shown, text=text)
            if self._content_left(_OTHER_ONE.sub("", text)) < 2:
                return Query(Op.CLARIFY, note="pronoun", text=text)
        last_item = _LAST_ITEM.search(text)
        # As with "第三个": the last answer's list, or the last list shown before single look-ups.
        listed = (state().tasks if len(state().tasks) >= 2 else state().listed) if last_item else ()
        if last_item and not _SECTION_REF.search(text) and not _LAST_SECTION.search(text) and len(listed) >= 2:
            task = listed[-1]
            return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
        if (
            _THESE.search(text)
            and not self._task_refs(text)
            and not units
            and self._content_left(text) < 2
            and state().empty
        ):
            return Query(Op.CLARIFY, note="these", text=text)
        if (
            ordinal
            and state().empty
            and not self._task_refs(text)
            and self._content_left(text.replace("倒数", "")) < 2  # "倒数第三条讲啥": a place from the end
        ):
            return Query(Op.CLARIFY, note="ordinal", text=text)
        pronoun = _PRONOUN.search(text)
        its_units = re.search(r"(?:它|其)的?(?:牵头|责任|配合)(?:单位|部门)", text)
        if (
            its_units
            and not self._task_refs(text)
            and len(state().tasks) >= 2
            and self._content_left(text) < 3
            # only after a list of tasks: a content answer's first citation is the task it was about
            and state().query is not None
            and state().query.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE, Op.COUNT)
        ):
            # "那它的责任单位总共几个" after a list: lead and responsible units belong to a task, and several
            # were shown. Asked back with the same question about each, never about the unit in that role.
            return Query(Op.CLARIFY, note="which task", tasks=state().tasks, text=text)
        if (
            _WHICH_SECTION.search(text)
            and _PRONOUN.search(text)
            and not _THESE.search(text)
            and not units
            and not self._task_refs(text)
            and state().tasks
        ):
            # "这条在第几部分", "它属于哪个部分": the part of the task just shown (the first, after a content answer).
            return Query(Op.LOOKUP, Asked.SECTIONS, tasks=state().tasks[:1], text=text)
        one_of_many = self._one_of_many_shown(text, units, state)
        if one_of_many is not None:
            return one_of_many
        if pronoun and not self._task_refs(text):
            resolved = self._with_referent(text, pronoun, state)
            if resolved is not None:
                return resolved
        # A task named as well ("这三个单位里哪些也是第4项的") compares tasks, read below.
        shown_units = _UNITS_SHOWN.search(text) if not units and not self._task_refs(text) else None
        if shown_units and 2 <= len(state().units) <= 5:
            # "这俩单位共同参与的有哪些", "这三家里谁当牵头单位次数多": the units the last answer listed for its task.
            named = state().units
            wanted = read_number(shown_units.group(1)) if shown_units.group(1) not in ("几", "些") else len(named)
            if wanted == len(named):
                joined = self._structural(text[: shown_units.start()] + "和".join(named) + text[shown_units.end() :])
                if joined is not None and {u.name for u in joined.units} == set(named):
                    return replace(joined, text=text)
        pair = _UNIT_PAIR.search(text)
        if pair and not units and len(state().recent_units) >= 2:
            # "这俩都参与了哪几项" after "水务局…", "生态环境局呢": the last two units asked about.
            a, b = state().recent_units[-2:]
            joined = self._structural(text[: pair.start()] + f"{a}和{b}" + text[pair.end() :])
            if joined is not None and len(joined.units) == 2:
                return replace(joined, text=text)
        if (
            _TASK_DIFF.search(text)
            and not self._task_refs(text)
            and not units
            and self._content_left(_TASK_DIFF.sub("", text)) < 2
            and len(state().tasks) == 2
        ):
            # "换作责任单位 又差在哪" after two tasks were compared: the same two, this time their differences.
            asked = self._units_asked(text) or self._asked_before(state()) or Asked.UNITS
            return Query(Op.DIFFERENCE, asked, tasks=state().tasks, note="both", text=text)
        switched = self._role_switch(text, units, state)
        if switched is not None:
            return switched
        # Only a question that says "these" pays for replaying the conversation here.
        these = state().tasks if _THESE.search(text) else ()
        run = _FIRST_OR_LAST_N.search(text)
        n_run = read_number(run.group(1) or run.group(2)) if run else None
        if these and n_run is not None and 2 <= n_run < len(these):
            # "头两条牵头的是不是同一批", "最后三条都有的": a run of the list shown, not all of it.
            these = these[:n_run] if run.group(1) else these[-n_run:]
        wanted = re.search(r"这([两三四])(项|条|个)", text)
        if (
            wanted
            and _THESE.search(text)
            and (
                len(these) < read_number(wanted.group(1))
                or (
                    state().query is not None
                    and state().query.op is Op.CONTENT
                    and len(these) != read_number(wanted.group(1))
                )
            )
            and read_number(wanted.group(1)) <= len(state().recent)
        ):
            # "这两项都有的" after one task per turn (a content answer cites related tasks too): the tasks of the
            # last turns.
            these = state().recent[-read_number(wanted.group(1)) :]
        if _THESE.search(text) and len(these) >= 2 and _WHICH_SECTION.search(text):
            return Query(Op.LOOKUP, Asked.SECTIONS, tasks=these, text=text)  # "它们各属于哪个部分"
        if _THESE.search(text) and len(these) >= 2 and state().unit is not None and not units:
            # "这些里头它自己牵头的有哪条", "其中当配合单位的有几项": the unit just asked about, in one role,
            # among them.
            rest = _THESE.sub("", text)
            role = self._role(rest)
            denied = _NOT_IN_ROLE.search(rest) and re.search(r"它|该局|该单位", rest)
            if role in (Role.LEAD, Role.RESPONSIBLE) and denied:
                # "这里面它不是牵头的": the tasks shown where the unit is not on that line.
                prop = Property.NOT_LED_BY if role is Role.LEAD else Property.NOT_INVOLVED
                unit = (UnitArg(state().unit, role),)
                return Query(Op.FILTER, Asked.TASKS, units=unit, tasks=these, prop=prop, text=text)
            if role in (Role.LEAD, Role.RESPONSIBLE) and re.search(r"它|其|该局|该单位|自己|当|作为|担任", rest):
                unit = (UnitArg(state().unit, role),)
                if re.search(r"吗|么|没有?$|几|多少", rest):
                    return Query(Op.COUNT, Asked.COUNT, units=unit, tasks=these, counted=Counted.TASKS, text=text)
                return Query(Op.LIST, Asked.TASKS, units=unit, tasks=these, text=text)
        if _THESE.search(text) and len(these) >= 2 and len(units) == 1 and _WHICH_ROLE.search(text):
            # "卫健委在它们当中算什么身份": its role on each task shown.
            unit = (UnitArg(units[0].name, Role.ANY),)
            return Query(Op.LIST, Asked.TASKS, units=unit, tasks=these, note="role", text=text)
        if _THESE.search(text) and len(these) >= 2:
            inner = self._structural(_THESE.sub("", text))
            if (
                inner is not None
                and inner.op in (Op.FILTER, Op.LIST, Op.COUNT, Op.ARGMAX, Op.ARGMIN)
                and not inner.tasks
            ):
                # "这些任务里哪些提到了2025年", "其中住建局牵头的": the same, within the listed tasks.
                return replace(inner, tasks=these, text=text)
            # "青稞酒这些产业谁牵头" names its own topic: "这些" is no reference there. "合起来", "去重"
            # only say the units are to be listed once.
            # The words of comparing ("重叠的", "有啥不同") are what is asked, not a topic.
            if self._content_left(_SAME.sub("", _TASK_DIFF_WORDS.sub("", _POOLED.sub("", text)))) < 3:
                if units and (not _BOTH.search(text) or self._units_asked(text) is None):
                    # "其中X也参与的": the tasks shown that name the unit ("也" adds it, asks for no units).
                    return Query(Op.LIST, Asked.TASKS, units=units, tasks=these, text=text)
                asked = self._units_asked(text) or self._asked_before(state()) or Asked.UNITS
                if len(these) == 2 and _TASK_DIFF.search(text):
                    # "这两项责任单位有何不同": each one's units the other lacks.
                    return Query(Op.DIFFERENCE, asked, tasks=these, note="both", text=text)
                # "这几项都有的责任单位" (in common) but "这几项的责任单位分别都有谁" (all of them).
                pooled = _POOLED.sub("", text)  # "加起来不重复的一共几个" pools them: nothing in common asked
                if (
                    _BOTH.search(pooled) or _SAME.search(pooled) or re.search(r"共同|都", pooled)
                ) and not _ALL_OF_THEM.search(text):
                    return Query(Op.INTERSECT, asked, tasks=these, text=text)
                if _COUNT.search(_THESE.sub("", text)) or (
                    self._units_asked(text) is not None and _COUNT_AT_END.search(text)
                ):  # "这几项" itself is no count
                    if self._units_asked(text) is not None:
                        # "这两条配合单位加起来一共几个": the distinct units of those tasks, counted.
                        counted = _COUNTED_OF_ASKED.get(asked, Counted.UNITS)
                        return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=counted, text=text)
                    return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=Counted.TASKS, text=text)
                more = re.search(r"哪(?:个|条|项|一项|一条).{0,8}?(多|少)", text)
                if more and self._units_asked(text) is not None:
                    # Which of them has more units on a line: the one with the most (fewest).
                    op = Op.ARGMAX if more.group(1) == "多" else Op.ARGMIN
                    counted = _COUNTED_OF_ASKED.get(asked, Counted.UNITS)
                    return Query(op, Asked.TASKS, tasks=these, counted=counted, text=text)
                return Query(Op.LOOKUP, asked, tasks=these, text=text)
        if (
            (_MOST.search(text) or _FEWEST.search(text))
            and re.match(r"^(?:那|那么)?(?:其中|里面|这里面|哪个|哪条|哪项|哪一项|哪一条)", text)
            and not re.search(r"所有|全部|整个|通知|全文|文件", text)
            and len(state().tasks) >= 2
            and state().query is not None
            and state().query.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE)
        ):
            # "哪一个的责任单位最多" right after a list: which of the tasks listed.
            inner = self._structural(text)
            if (
                inner is not None
                and inner.op in (Op.ARGMAX, Op.ARGMIN)
                and inner.asked is Asked.TASKS
                and not (inner.tasks or inner.sections or inner.units)
            ):
                return replace(inner, tasks=state().tasks, text=text)
        own_task = self._task_refs(text)
        if (
            len(own_task) == 1
            and len(state().tasks) == 1
            and own_task != state().tasks
            and re.search(r"也是|也在|同时是|同时在|都有|都是|共同|重合|重复|一样", text)
            and not _TASK_DIFF.search(text)
        ):
            # "它的责任单位里哪些也是第20条的": the units the task shown shares with the one named.
            asked = self._units_asked(text) or self._asked_before(state()) or Asked.UNITS
            return Query(Op.INTERSECT, asked, tasks=(state().tasks[0], own_task[0]), text=text)
        if len(own_task) == 1 and _TASK_DIFF.search(text) and len(state().tasks) == 1 and own_task != state().tasks:
            # "第三项跟它比多了哪个", "跟第14项比少了哪个": this task against the one just shown.
            subject, other = own_task[0], state().tasks[0]
            pronoun = re.search(r"它|这条|这项|该项|此项|这一项", text)
            named_at = _TASK_REF.search(text)
            if re.match(r"^(那|那么)?(跟|和|与|比|同)", text) or (
                pronoun and named_at and pronoun.start() < named_at.start()
            ):
                # "跟第14项比少了哪个", "它的责任单位跟第14条比多了谁": the task shown is the subject.
                subject, other = other, subject
            if _FEWER.search(text):
                subject, other = other, subject
            asked = self._units_asked(text) or self._asked_before(state()) or Asked.UNITS
            return Query(Op.DIFFERENCE, asked, tasks=(subject, other), text=text)
        pronoun = _PRONOUN.search(text)
        if pronoun and not own_task and not units and self._content_left(text, pronoun_words=True) < 2:
            if state().empty:
                # "只有一个配合单位的那条是哪个": 那条 is the task the condition describes, not an earlier one.
                described = self._structural(text)
                if described is not None and described.op in (Op.FILTER, Op.ARGMAX, Op.ARGMIN):
                    return described
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
            if asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS) and (
                _COUNT_AT_END.search(text) or _COUNT.search(text)
            ):
                # "它的责任单位共几个": the units of that task, counted.
                return Query(Op.COUNT, asked, tasks=(state().tasks[0],), counted=_COUNTED_OF_ASKED[asked], text=text)
            if asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS) and len(state().tasks) == 1:
                # The content path answers these and quotes the sentence the earlier question was about.
                return None
            return Query(Op.LOOKUP, asked, tasks=(state().tasks[0],), note="pronoun", text=text)
        # "那民政局呢": the last question again, with another unit.
        if (
            units
            and (re.match(r"^(那|那么|换成|再问|再看看?)", text) or bare.endswith("呢"))
            and self._content_left(text) < 2
        ):
            if state().query is not None and state().query.units:
                role = self._role(text) or state().query.units[0].role
                swapped = tuple(UnitArg(u.name, role) for u in units)
                last = state().query
                if len(swapped) >= 2 and last.op is Op.LIST and len(last.units) == 1 and not _BOTH.search(text):
                    # "那残联和林草局呢" after one unit's tasks: each one's tasks, not those they share.
                    return replace(last, units=swapped, note="union", text=text)
                return replace(last, units=swapped, text=text)
            if state().empty:
                return Query(Op.CLARIFY, note="unit", text=text)
            return None
        if re.match(r"^(那|那么)?(它|这项|该项|此项|这个|那个|那)(呢)?$", bare) and state().empty:
            return Query(Op.CLARIFY, note="pronoun", text=text)
        return self._about_the_task_shown(text, units, state)

    def asks_a_line_of_each(self, text: str) -> bool:
        """Whether ``text`` asks one role's line and nothing else ("责任单位呢", "把牵头单位列出来")."""
        return _ROLE_LINE_ASKED.fullmatch(_PUNCT.sub("", text)) is not None

    def line_of_each_shown(self, text: str, state: State) -> Query | None:
        """ "把牵头单位列出来", "责任单位呢" after a part's tasks or a filter: that line of each task shown.

        Not after a unit's tasks (the unit's role is switched there) nor after one task (its line is read
        with the sentence the earlier question was about). The caller asks this only when the last question
        was read as such a list, so that a follow-up on one task does not pay for replaying the conversation.
        """
        role_line = _ROLE_LINE_ASKED.fullmatch(_PUNCT.sub("", text))
        last = state.query
        if role_line is None or last is None or last.units or len(state.tasks) < 2:
            return None
        if last.op not in (Op.LIST, Op.COUNT, Op.FILTER):
            return None
        role = role_line.group(1) or role_line.group(2)
        asked = Asked.LEAD_UNITS if role == "牵头" else Asked.RESPONSIBLE_UNITS
        return Query(Op.LOOKUP, asked, tasks=state.tasks, text=text)

    def _about_the_task_shown(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "到哪年", "失业率上限定在几", "它那个种植基地多大规模" right after one task was shown: that task's figures.

        Only a figure or date question whose words all occur in that task's text: a question about
        something else goes to retrieval.
        """
        if units or self._task_refs(text) or not (_ASKS_FIGURE.search(text) or _ASKS_DATE.search(text)):
            return None
        focus = _focus(state())
        if focus is None:
            return None
        task = self._tasks[focus]
        rest = _ASKS_DATE.sub(" ", _ASKS_FIGURE.sub(" ", _PRONOUN.sub(" ", text)))
        rest = re.sub(r"那个|这个|的|要|是|在|有|达到|到|呢|吗|啊|完成|规模|控制|具体", " ", rest)
        chunks = [c for c in re.split(r"[^\u4e00-\u9fff\w]+", rest) if len(c) >= 2]
        if len(chunks) > 2 or not all(longest_common_substring(c, task.text) >= min(len(c), 3) for c in chunks):
            return None
        return Query(Op.LOOKUP, Asked.TARGET, tasks=(task.number,), note="shown", text=text)

    def _this_task_checked(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "这项是X局牵头吗", "这一条的配合单位是Y吗": a yes-no check of the one task shown.

        The task's number is put where "这条" stands and the question read again; only a look-up of that task
        naming the unit (a yes or no with the units line) is kept.
        """
        m = re.search(r"这一?条|这一?项|该项|此项", text)
        if m is None or not re.search(r"吗|么|是不是|有没有|[不没]$", text) or self._task_refs(text):
            return None
        if not self._units(text) or state().one_task is None or self._role(text) not in (Role.LEAD, Role.RESPONSIBLE):
            return None
        one = state().one_task
        again = self._structural(f"{text[: m.start()]}第{one}项{text[m.end() :]}")
        if again is not None and again.op is Op.LOOKUP and again.tasks == (one,) and again.units:
            return replace(again, text=text)
        return None

    def _one_of_the_list_by_topic(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "讲养老托育的那条谁配合" after a list: the one listed task whose title the words name.

        Its title must share more with the words before "那条" than any other listed task's title does (at
        least three characters in a row); otherwise other rules (or a question back) decide.
        """
        m = _TOPIC_THEN_THAT_ONE.search(text)
        if m is None or self._task_refs(text):
            return None
        topic = _ABOUT_LEAD_IN.sub("", m.group("topic"))
        shown = state().tasks if len(state().tasks) >= 2 else state().listed
        if len(topic) < 2 or len(shown) < 2:
            return None
        scores = sorted(((longest_common_substring(topic, self._tasks[n].title), n) for n in shown), reverse=True)
        (best, task), (second, _) = scores[0], scores[1]
        if best < 3 or best == second:
            return None
        rest = text[m.end() :]
        return Query(Op.LOOKUP, self._asked_of_task(rest, state()), tasks=(task,), note="ordinal", text=text)

    def _where_and_who(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "在哪条里，谁牵头" or "哪个局负责这事" right after a figure or a sentence was quoted: that task's units.

        The task is the one the last answer rested on (:attr:`State.one_task`); nothing else may be asked.
        """
        which = _WHICH_TASK_PHRASE.search(text)
        matter = _THIS_MATTER.search(text)
        if not (which or matter):
            return None
        asked = self._units_asked(text)
        if asked not in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            return None
        # It asks who ("谁", "哪个局"); "它另外在哪项当配合单位" asks which task a unit is on instead.
        if not _WHO_ASKED.search(text) or re.search(r"它|这个局|该局|该单位|自己|还", text):
            return None
        if self._units(text) or self._task_refs(text):
            return None
        rest = _THIS_MATTER.sub("", _WHICH_TASK_PHRASE.sub("", text))
        if self._content_left(rest) >= 2 or state().one_task is None:
            return None
        return Query(Op.LOOKUP, asked, tasks=(state().one_task,), note="pronoun", text=text)

    def _compared_with_before(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """Things the last answers showed, compared: which has more, by how many, what one has over another.

        After two units' counts ("住建局…几条", "发改委呢"): "差几条", "哪个多", "加起来几条", "两个都参与的".
        After tasks' unit counts or units ("第3项的配合单位几个", "第5项呢"): "哪一项多", "比第3项多出几个",
        "后一项比前一项多了哪些单位", "两项共有的有几个". What is counted, unsaid, is what the last question counted.
        """
        by_how_many = _BY_HOW_MANY.search(text)
        more_of_what = _MORE_OF_WHAT.search(text)
        which_more = None if by_how_many else _WHICH_ONE_MORE.search(text)
        together = _TOGETHER.search(text) and (_COUNT.search(text) or _COUNT_AT_END.search(text))
        # "都有谁" asks for all of them, "有啥不一样" for the differences: neither is what they share.
        in_common = (
            (_BOTH.search(text) or _SAME.search(text))
            and not _ALL_OF_THEM.search(text)
            and not re.search(r"不一样|不同|区别|差别|差异|差在", text)
        )
        has_but_not = _HAS_BUT_NOT.search(text)
        if units or not (by_how_many or more_of_what or which_more or together or in_common or has_but_not):
            return None
        last = state().query
        if last is None:
            return None
        refs = self._task_refs(text)
        if not refs:
            # "7有9没有的": bare numbers of tasks just shown.
            shown = set(state().recent) | set(state().tasks)
            bare = [int(n) for n in re.findall(r"(?<![\d.])(\d{1,2})(?![\d.%])", text)]
            refs = tuple(dict.fromkeys(n for n in bare if n in shown)) if len(bare) >= 2 else ()
        listed = state().listed
        if (
            refs
            and listed
            and all(1 <= r <= len(listed) and listed[r - 1] in state().recent for r in refs)
            and not all(r in state().recent for r in refs)
        ):
            refs = tuple(listed[r - 1] for r in refs)  # "第二条比第一条…" after picking from a list: its items
        fewer = which_more is not None and "少" in which_more.group(0)
        said = _HOW_MANY_OF_THESE.search(text)
        n = {"俩": 2, "仨": 3}.get(said.group(1)) or read_number(said.group(1)) if said else None
        if not refs and state().unit is not None and last.units and len(set(state().recent_units)) >= 2:
            if re.search(r"这条|这项|那条|那项|第|哪条|哪项|哪一条|哪一项", text):
                return None  # a task asked for ("这些任务里哪条…"), not one of the units
            # Units' answers in a row: the last two (or as many as said), in the role the last question asked.
            names = tuple(dict.fromkeys(reversed(state().recent_units)))[: n or 2][::-1]
            role = self._role(text) or last.units[0].role
            pair = tuple(UnitArg(n, role) for n in names)
            if by_how_many:
                return Query(Op.COUNT, Asked.COUNT, units=pair, counted=Counted.TASKS_OF_UNIT, note="difference",
                             text=text)  # fmt: skip
            if which_more:
                op = Op.ARGMIN if fewer else Op.ARGMAX
                return Query(op, Asked.UNITS, units=pair, counted=Counted.TASKS_OF_UNIT, note="between", text=text)
            if together:
                return Query(Op.COUNT, Asked.COUNT, units=pair, counted=Counted.TASKS, note="union", text=text)
            if in_common and self._content_left(re.sub(r"两家|两个|两者|二者|两边|俩", "", text)) < 3:
                return Query(Op.INTERSECT, Asked.TASKS, units=pair, text=text)
            return None
        if which_more and re.search(r"是谁|谁$", text) and not re.search(r"哪条|哪项|哪一条|哪一项|任务", text):
            return None  # "其中牵头次数最多的单位是谁" asks for a unit, not one of the tasks
        one = state().one_task
        if len(refs) == 1 and one is not None and one != refs[0]:
            # "它跟第20条比", "比第1条多几个": the task shown first; "第二项跟它比", "任务8比它…": the one named.
            pronoun = re.search(r"它|这条|这项|这一条|这一项", text)
            named_first = pronoun is not None and pronoun.start() > text.find(str(refs[0])) >= 0
            named_first = named_first or (pronoun is not None and re.match(r"^[^它这]*第", text) is not None)
            these: tuple[int, ...] = (refs[0], one) if named_first else (one, refs[0])
        elif len(refs) >= 2:
            these = refs
        elif refs:
            return None
        elif len(state().tasks) >= 2 and (
            last.counted in _ASKED_OF_COUNTED
            or self._asked_before(state()) is not None
            or (_THESE.search(text) and self._units_asked(text) is not None)  # "其中哪一项配合单位更多"
        ):
            these = state().tasks  # the tasks whose units the last answer counted or listed, or "these" named
        elif len(set(state().recent)) >= 2 and last.tasks and len(last.tasks) == 1:
            # One task per turn ("第3项的配合单位几个", "第5项呢"): the tasks of those turns.
            these = tuple(dict.fromkeys(state().recent))
            if n is not None and 2 <= n <= len(these):
                these = these[-n:]  # "这三条…": the last three
            elif not (which_more and which_more.group(0).startswith("最")) and not _MOST.search(text):
                these = these[-2:]
        else:
            return None
        asked = self._units_asked(text)
        counted = _COUNTED_OF_ASKED.get(asked) if asked else None
        if counted is Counted.UNITS and not re.search(r"牵头|责任|配合|参与", text):
            counted = None  # a bare "几个单位": the units the last question counted
        if counted is None and last.counted in (Counted.LEAD_UNITS, Counted.RESPONSIBLE_UNITS, Counted.UNITS):
            counted = last.counted
        if counted is None and self._asked_before(state()) is not None:
            counted = _COUNTED_OF_ASKED.get(self._asked_before(state()))
        if counted is None:
            if not re.search(r"单位|部门", text):
                return None
            counted = Counted.UNITS
        asked = _ASKED_OF_COUNTED.get(counted, Asked.UNITS)
        if len(these) == 2 and by_how_many:
            return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=counted, note="difference", text=text)
        if len(these) == 2 and (more_of_what or has_but_not):
            if more_of_what and more_of_what.group(0).startswith("少"):
                these = these[::-1]  # "A比B少了哪个": what B has and A lacks
            return Query(Op.DIFFERENCE, asked, tasks=these, text=text)
        if which_more:
            return Query(Op.ARGMIN if fewer else Op.ARGMAX, Asked.TASKS, tasks=these, counted=counted, text=text)
        if in_common and self._content_left(text) < 3:
            note = "count" if _IN_COMMON_COUNT.search(text) else ""
            return Query(Op.INTERSECT, asked, tasks=these, note=note, text=text)
        if together:
            return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=counted, text=text)
        return None

    def _role_switch(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "换成责任单位呢", "那林草局当责任单位的呢", "这条配合的单位都有哪些": the last question, another role."""
        role = self._role(text)
        if role is None or not _ROLE_SWITCH.search(text) or self._task_refs(text):
            return None
        if re.search(r"这几|这些|这[两三四]|上述|以上|它们", text):
            return None  # "这几项里都有的责任单位" is about the tasks shown, not the unit in another role
        if _NOT_IN_ROLE.search(text):
            return None  # "它不是牵头的": the tasks where it is not, read with the tasks shown
        if not (
            units
            or _PRONOUN.search(text)
            or re.search(r"换成|换作|改成|如果是|要是|当|作为|反过来|倒过来|反之", text)
            or re.search(r"(牵头|责任|配合|参与)的?(呢|嘞|咧)$", _PUNCT.sub("", text))  # "那配合的呢", "责任的呢"
        ):
            return None  # "那配合单位有哪些" names nothing to switch: the content path's follow-up
        if self._content_left(text, pronoun_words=True) >= 2 or state().empty:
            return None
        last, unit = state().query, state().unit
        if units and (unit is None or [u.name for u in units] != [unit]):
            return None  # another unit: "那民政局呢" is handled as a swap
        counting = bool(_COUNT.search(text) or _COUNT_AT_END.search(text))
        task_pronoun = bool(re.search(r"这条|这项|该项|此项|这一项|这个任务|那项|那条|这件事", text))
        if last is not None and last.units and last.units[0].name and unit is not None and not task_pronoun:
            switched = (UnitArg(unit, role),)
            if counting:
                return Query(Op.COUNT, Asked.COUNT, units=switched, counted=Counted.TASKS, text=text)
            if last.op in (Op.LIST, Op.COUNT):
                return Query(Op.LIST, Asked.TASKS, units=switched, sections=last.sections, text=text)
            return None
        switching = bool(re.search(r"换成|换作|改成|^那|呢$", text))
        # "这条配合的单位都有哪些" after a unit's tasks names one of them; "这项由谁牵头" alone is the content path's.
        if (switching and len(state().tasks) == 1) or (
            task_pronoun and state().tasks and last is not None and last.units
        ):
            asked = _ASKED_OF_ROLE.get(role, Asked.UNITS)
            task = state().tasks[0]
            if counting:
                return Query(Op.COUNT, asked, tasks=(task,), counted=_COUNTED_OF_ASKED[asked], text=text)
            return Query(Op.LOOKUP, asked, tasks=(task,), text=text)
        return None

    def _only_that_many(self, bare: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "就一个？", "只有一个配合单位？是谁": the last answer's units (or tasks) again, with yes or no first."""
        only = _ONLY_N.fullmatch(bare)
        if only is None or units or self._task_refs(bare.replace(only.group(0), "")):
            return None
        n = read_number(only.group("n"))
        shown = state()
        if n is None or not shown.tasks:
            return None
        condition = Condition(Comparator.EQ, n)
        what = (only.group("what") or "") + (only.group("role") or "")  # "配合的就一个吗": the role before it
        last = shown.query
        if what == "任务" or (not what and not shown.units):
            if last is None or last.op not in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE):
                return None
            # "就一个？" after a list of tasks: the same list, with whether it is that long.
            return replace(last, condition=condition, note="confirm", text=bare)
        if len(shown.tasks) != 1:
            return None
        task = self._tasks[shown.tasks[0]]
        if "牵头" in what:
            asked = Asked.LEAD_UNITS
        elif "责任" in what or "配合" in what:
            asked = Asked.RESPONSIBLE_UNITS
        elif shown.units and shown.units == task.lead_units:
            asked = Asked.LEAD_UNITS
        elif shown.units and shown.units == task.responsible_units:
            asked = Asked.RESPONSIBLE_UNITS
        else:
            asked = Asked.UNITS
        return Query(Op.LOOKUP, asked, tasks=shown.tasks, condition=condition, note="confirm", text=bare)

    @staticmethod
    def _asked_before(state: State) -> Asked | None:
        """Which units the last question asked for, if it asked for units."""
        last = state.query
        if last is not None and last.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            return last.asked
        return None

    def _titled_pair(self, m: re.Match[str]) -> str:
        """ "垃圾和污水这两项" → "第15项和第16项" when each word is in exactly one task's title."""
        found = []
        for word in (m.group(1), m.group(2)):
            titled = [t.number for t in self.notice.tasks if word in t.title]
            if len(titled) != 1:
                return m.group(0)
            found.append(titled[0])
        if found[0] == found[1]:
            return m.group(0)
        return f"第{found[0]}项和第{found[1]}项"

    def _lead_is_not(self, m: re.Match[str]) -> str:
        unit = m["unit"] or m["unit2"]
        if not find_unit_mentions(unit, self.alias_table):
            return m.group(0)
        # "不是各县政府那个": "那个" picks among the tasks just shown.
        return f"不是{unit}牵头的" if m["unit"] else f"这里面不是{unit}牵头的"

    def _narrowed_by_section(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "只看第二部分里的", "把第四部分的去掉", "从第四部分开始的": the last unit question, within sections."""
        sections = self._sections(text)
        if not sections or self._units(text) or self._task_refs(text):
            return None
        rest = _SECTION_REF.sub("", _NARROW.sub("", text))
        for number in sections:  # "公共服务那一章的呢": the words of the section's own title
            title = self.notice.section(number).title
            for size in range(len(rest), 1, -1):
                for i in range(len(rest) - size + 1):
                    if rest[i : i + size] in title:
                        rest = rest[:i] + " " * size + rest[i + size :]
        counting = _NARROWED_COUNT.search(rest) is not None  # "第一部分里面的有几条": how many of them
        rest = _NARROWED_COUNT.sub("", rest)
        if (
            len(
                _PUNCT.sub(
                    "", re.sub(r"的话|的|呢|吧|里|中|部分|任务|项|那一?章|这一?章|章|那块|这块|板块|方面", "", rest)
                )
            )
            > 1
        ):
            return None
        last = state().query
        if last is not None and last.op is Op.INTERSECT and len(last.units) == 2 and not last.tasks:
            last = replace(last, op=Op.LIST)  # "水务局和住建局都在的" … "不算第二部分": the tasks both take part in
        # The last question over units' tasks, or a filter ("哪几条没列牵头单位" … "第八部分不算呢").
        if last is None or not last.structural or not (last.units or last.prop) or last.sections or last.tasks:
            return None
        if counting:
            last = replace(last, op=Op.COUNT, asked=Asked.COUNT, counted=Counted.TASKS)
        if _DROP.search(text):
            kept = tuple(n for n in sorted(self.task_numbers) if self._tasks[n].section not in sections)
            # The parts kept are named too, so that an empty answer says where it looked.
            others = tuple(n for n in sorted(self.section_numbers) if n not in sections)
            return replace(last, tasks=kept, sections=others, text=text)
        if _FROM_ON.search(text):
            sections = tuple(n for n in sorted(self.section_numbers) if n >= min(sections))
        return replace(last, sections=sections, text=text)

    def _about_what_was_shown(self, text: str, bare: str, state: Callable[[], State]) -> Query | None:
        """ "第三个是谁", "最后那个呢", "一共几个" about the units or the list the last answer showed."""
        place = _UNIT_PLACE.search(text)
        counting = _BARE_COUNT.fullmatch(bare) is not None
        if place is None and not counting:
            return None
        if place is not None:
            rest = _WHAT_UNIT_IS.sub("", text[: place.start()] + text[place.end() :])
            # "第一个单位还参与了哪些任务" asks for that unit's tasks: the nth-unit rule below answers it.
            # "牵头单位里第二个是谁" names the line the place is counted on: no tasks of a unit are asked.
            tasks_asked = _UNITS_TASKS_ASKED.search(_ROLE_LINE.sub("", rest))
            if self._task_refs(rest) or self._content_left(rest) >= 2 or tasks_asked:
                return None
        asked = self._asked_of_units_shown(state())
        # Only a line named by its noun ("配合单位中…"): in "其中第三项呢，由谁配合" the place is one of the
        # tasks listed.
        named = self._units_asked(text) if place is not None and _ROLE_LINE.search(text) else None
        if named in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS) and len(state().tasks) == 1:
            # "配合单位中排在第三的" after a task was shown whole: the place on the line named.
            asked = named
        if asked is not None and len(state().tasks) == 1:
            task = state().tasks
            line = self._tasks[task[0]]
            shown = {Asked.LEAD_UNITS: line.lead_units, Asked.RESPONSIBLE_UNITS: line.responsible_units}.get(
                asked, state().units
            )
            if place is not None:
                n = _place_in(place, len(shown))
                if n is None:
                    return None
                return Query(Op.LOOKUP, asked, tasks=task, note=f"nth-unit:{n}", text=text)
            return Query(Op.COUNT, asked, tasks=task, counted=_COUNTED_OF_ASKED[asked], text=text)
        last = state().query
        if (
            counting
            and last is not None
            and last.op in (Op.ARGMAX, Op.ARGMIN)
            and last.counted in _ASKED_OF_COUNTED
            and len(state().tasks) == 1
        ):
            # "具体几个" after "哪一项的责任单位数量最多": that task's units of the kind compared, counted.
            return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=last.counted, text=text)
        if counting and last is not None and last.structural and len(state().tasks) >= 2:
            # "一共几项" after a list of tasks: the tasks shown, counted.
            return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=Counted.TASKS, text=text)
        return None

    def _besides_shown(self, text: str, shown: tuple[int, ...]) -> tuple[bool, tuple[int, ...]]:
        """Whether ``text`` asks for others ("还", "别的"), and the tasks to look in: all, less those shown if so."""
        others = bool(re.search(r"还|别的|其他|其它|另外", text))
        return others, tuple(n for n in sorted(self.task_numbers) if not (others and n in shown))

    def _one_of_many_shown(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "那条谁牵头", "它牵头几项" when the last answer showed several tasks or units on an equal footing.

        Which one is meant is asked back (the tasks as suggestions); one unit shown alone is that unit.
        """
        if units or self._task_refs(text) or _THESE.search(text) or _ORDINAL.search(text) or _LAST_ITEM.search(text):
            return None
        unit_asked = _IT_UNIT_TASKS.search(text)
        one_task = _ONE_TASK.search(text) or (_IT_OR_THIS.search(text) and _TASK_ATTRIBUTE.search(text))
        if not (unit_asked or one_task):
            return None  # before the state is asked for: it replays the conversation
        last = state().query
        if last is None:
            return None
        if unit_asked and state().unit is None and state().units and last.op is Op.LOOKUP:
            # "它总计牵头过几条" after "第N项谁牵头": the unit named there, when it was one ("这个局": the one 局).
            kind = re.search(r"(?:这个|该)(局|委|办)", unit_asked.group(0))
            candidates = [u for u in state().units if not kind or u.endswith(kind.group(1))] or list(state().units)
            if len(candidates) > 1:
                named = tuple(UnitArg(u, Role.ANY) for u in state().units)
                return Query(Op.CLARIFY, note="which unit", units=named, text=text)
            role = self._role(text) or Role.ANY
            unit = (UnitArg(candidates[0], role),)
            others, tasks = self._besides_shown(text, state().tasks)
            if _COUNT.search(text):
                return Query(Op.COUNT, Asked.COUNT, units=unit, tasks=tasks, counted=Counted.TASKS, text=text)
            return Query(Op.LIST, Asked.TASKS, units=unit, tasks=tasks, note="others" if others else "", text=text)
        if unit_asked and len({u.name for u in last.units if u.name}) >= 2:
            # "它牵头的呢" after two units' shared tasks: either unit.
            named = tuple(UnitArg(n, Role.ANY) for n in dict.fromkeys(u.name for u in last.units if u.name))
            return Query(Op.CLARIFY, note="which unit", units=named, text=text)
        listed = last.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE, Op.COUNT) or (
            last.op is Op.LOOKUP and len(last.tasks) >= 2
        )
        if (
            len(state().tasks) >= 2
            and listed
            and not unit_asked
            and not (state().unit is not None and _AS_ROLE.search(text))  # "那它作为配合单位呢": the unit again
            and one_task
        ):
            return Query(Op.CLARIFY, note="which task", tasks=state().tasks, text=text)
        return None

    def _tasks_of_unit_by_place(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "其中第三个另外还牵头啥" after one task's units were listed: that unit's tasks in the role asked."""
        place = _UNIT_PLACE.search(text)
        if place is None or self._task_refs(text) or len(state().tasks) != 1:
            return None
        line = _ROLE_LINE.match(text, place.end())
        after = text[line.end() if line else place.end() :]
        verb = re.search(r"牵头|配合|参与|负责|出现", after)
        if verb is None or not re.search(r"哪|什么|啥|几|别的|其他|其它|还有", after):
            return None
        task = self._tasks[state().tasks[0]]
        # "第一个牵头单位…" counts on that line of the task shown; "第二个…" on the units the answer listed.
        shown = (task.lead_units if line["role"] == "牵头" else task.responsible_units) if line else state().units
        n = _place_in(place, len(shown))
        if n is None:
            return None
        role = {"牵头": Role.LEAD, "配合": Role.RESPONSIBLE}.get(verb.group(0), Role.ANY)
        unit = (UnitArg(shown[n - 1], role),)
        others, tasks = self._besides_shown(after, state().tasks)
        if _COUNT.search(after):
            return Query(Op.COUNT, Asked.COUNT, units=unit, tasks=tasks, counted=Counted.TASKS, text=text)
        return Query(Op.LIST, Asked.TASKS, units=unit, tasks=tasks, note="others" if others else "", text=text)

    def _others_of_unit_shown(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "它另外还牵头哪些", "还有哪几条里有它" after one unit's role in one task: its other tasks."""
        if units or self._task_refs(text) or not _IT_AGAIN.search(text) or not _OTHER_AGAIN.search(text):
            return None
        last = state().query
        if last is None or last.op is not Op.LOOKUP or len(last.tasks) != 1 or len(last.units) != 1:
            return None
        if not last.units[0].name:
            return None
        role = self._role(text) or last.units[0].role
        others = tuple(n for n in sorted(self.task_numbers) if n != last.tasks[0])
        return Query(
            Op.LIST, Asked.TASKS, units=(UnitArg(last.units[0].name, role),), tasks=others, note="others", text=text
        )

    def _same_about_task(self, n: int, text: str, state: State) -> Query | None:
        """The last question about one task ("那22呢", "还有21"), asked of task ``n``, if there was one."""
        last = state.query
        if last is not None and last.op in (Op.LOOKUP, Op.COUNT) and len(last.tasks) == 1:
            return replace(last, tasks=(n,), note="", text=text)
        asked = self._asked_of_units_shown(state)
        return Query(Op.LOOKUP, asked, tasks=(n,), text=text) if asked is not None else None

    def _asked_of_units_shown(self, state: State) -> Asked | None:
        """Which units of its one task the last answer listed (lead, responsible or all), if it listed units."""
        if not state.units or len(state.tasks) != 1:
            return None
        task = self._tasks[state.tasks[0]]
        if state.units == task.lead_units:
            return Asked.LEAD_UNITS
        if state.units == task.responsible_units:
            return Asked.RESPONSIBLE_UNITS
        return Asked.UNITS

    def _with_referent(self, text: str, pronoun: re.Match[str], state: Callable[[], State]) -> Query | None:
        """ "它一共牵头几项", "这个局和教育局都参与的", "这个任务的责任单位有几个": the referent put in, then read.

        A unit word (这个局) or 它 after a unit's tasks is that unit; a task word (这项) or 它 after one task is
        that task. Only a reading of the task table is taken; anything else is left to the content path.
        """
        if _THESE.search(text) or state().empty or re.search(r"[和跟与同]谁", text):
            return None  # "它跟谁一起牵头" asks for the others: the pronoun rules below
        # "刚才说的那个局": the word that names the referent, not the adverb before it.
        found = list(_PRONOUN.finditer(text))
        pronoun = next((m for m in found if m.group(0) in _UNIT_PRONOUNS), None) or next(
            (m for m in found if m.group(0) not in _TIME_WORDS), pronoun
        )
        word = pronoun.group(0)
        unit, tasks = state().unit, state().tasks
        # "它的责任单位都有哪些" after one task is shown asks for that task's units even when a unit was asked about.
        asks_units = bool(_TASK_UNITS_ASKED.search(text)) and not re.search(r"当|作为|做", text)
        if unit is None and not asks_units and _UNITS_TASKS_ASKED.search(text):
            # "那它总共牵头了几项" after a task's lead units were shown: the one unit among them that is no
            # group of governments ("各县人民政府" leads almost everything and is never "that bureau").
            named = [u for u in state().units if not u.startswith("各")]
            unit = named[0] if len(named) == 1 else None
        if word in _UNIT_PRONOUNS or (
            word in ("它", "其", "这个", "那个") and unit is not None and not (asks_units and len(tasks) == 1)
        ):
            if unit is None:
                return None
            referent = unit
        elif _focus(state()) is not None and word not in _UNIT_PRONOUNS:
            referent = f"第{_focus(state())}项"
        else:
            return None
        own = _ITS_TASK.match(text, pronoun.end())
        if referent == unit and own is not None:
            # "它牵头的那条讲的啥": the one task the unit plays that role in, then the question about it.
            role = self._role(own.group(0)) or Role.ANY
            theirs = [t.number for t in self.notice.tasks if _plays(t, unit, role)]
            if len(theirs) != 1:
                return None
            rest = text[: pronoun.start()] + f"第{theirs[0]}项" + text[own.end() :]
            return self._structural(rest) or Query(
                Op.LOOKUP, self._asked_of_task(rest, EMPTY), tasks=(theirs[0],), text=text
            )
        query = self._structural(text[: pronoun.start()] + referent + text[pronoun.end() :])
        if query is None or (
            query.op is Op.LOOKUP
            and unit is None
            and query.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS)
        ):
            # "这项由谁牵头" after a topic: the content path quotes the sentence the earlier question was about.
            return None
        last = state().query
        if self._role(text) is None and last is not None and last.units and last.units[0].role is not Role.ANY:
            # "它一共几次" after "哪个部门当责任单位最多": the unit in the role the last question asked about.
            role = last.units[0].role
            query = replace(query, units=tuple(UnitArg(u.name, role) if u.name == referent else u for u in query.units))
        return replace(query, text=text)

    # --- structural -------------------------------------------------------------------------------
    def _which_of_the_list(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "哪几条有商务局" right after a list of tasks: which of the tasks listed name the unit, in the role asked.

        Asking "which" first, of a list just shown, picks from that list. When the list was the unit's own
        tasks (a part of them, or all), picking from it gives the same as asking across the notice.
        """
        if not _WHICH_FIRST.match(text) or _WHOLE_NOTICE.search(text):
            return None
        shown, last = state().tasks, state().query
        if len(shown) < 2 or last is None or last.op not in (Op.LIST, Op.FILTER, Op.COUNT, Op.INTERSECT):
            return None
        named = text
        if not units and state().unit is not None and re.search(r"它|该局|该单位", text):
            # "哪条是它牵头": the unit the list was about.
            named = re.sub(r"它|该局|该单位", state().unit, text, count=1)
        inner = self._structural(named)
        if inner is None or inner.op not in (Op.LIST, Op.FILTER, Op.COUNT):
            return None
        if not inner.units and not (inner.op is Op.FILTER and re.match(r"^(?:那|那么)?哪(?:几|一)?(?:条|项)", text)):
            return None  # "哪些任务" with a filter may well ask across the notice; "哪条没有…" picks from the list
        if re.search(r"不|没|非|除", text) and state().unit in {u.name for u in inner.units}:
            # Not led by it ("它没牵头的") after that unit's own tasks: the rest of the notice, not of that list.
            return None
        if inner.tasks or inner.sections:
            return None
        return replace(inner, tasks=shown, text=text)

    def _in_the_part_shown(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "这一块里哪些是水务局牵头的", "底下都包括什么任务": the one part the last answer was about, named.

        The question is read again with the part put in by number ("第六部分哪几项…"); it must then read as
        a question over tasks.
        """
        if not (_THIS_PART.search(text) or _UNDER_IT.match(text)) or _SECTION_REF.search(text):
            return None
        last = state().query
        sections = last.sections if last is not None else ()
        if not sections and state().tasks:
            # A part's title or content asked ("第七部分的题目是啥") shows exactly that part's tasks.
            shown = set(state().tasks)
            sections = tuple(sorted({t.section for t in self.notice.tasks if t.number in shown}))
            if len(sections) == 1 and shown != {t.number for t in self.notice.tasks if t.section == sections[0]}:
                sections = ()
        if len(sections) != 1:
            return None
        part = f"第{sections[0]}部分"
        named = _THIS_PART.sub(part, text) if _THIS_PART.search(text) else _UNDER_IT.sub(part, text, count=1)
        query = self._structural(named)
        return query if query is not None and query.sections == sections else None

    def _beyond_the_list(
        self,
        text: str,
        place: re.Match[str] | None,
        from_end: bool,
        units: tuple[UnitArg, ...],
        state: Callable[[], State],
    ) -> Query | None:
        """ "第四个的配合单位" after a list of two, "第二个任务讲啥" after one task: no such place; ask which is meant.

        Only a place said with 个 (or counted from the end) is read so: "第三项" may be task 3 itself. The
        answer offers the tasks shown, never a guess.
        """
        if place is None or state().empty or units or self._task_refs(text) or _SECTION_REF.search(text):
            return None
        if not from_end and place.group(2) != "个":
            return None
        n = read_number(place.group(1))
        shown = state().tasks if len(state().tasks) >= 2 else (state().listed or state().tasks)
        rest = re.sub(r"倒数\s*$", "", text[: place.start()]) + text[place.end() :]
        if n is None or n <= len(shown) or not shown or self._content_left(rest) >= 2:
            return None
        return Query(Op.CLARIFY, note="beyond list", tasks=tuple(shown), text=text)

    def _within_section(self, text: str) -> str:
        """ "第二部分第一条" → "第7项", "第三部分最后一项" → "第16项": an ordinal counted within the part named."""

        def absolute(m: re.Match[str]) -> str:
            number = read_number(m["part"])
            if number not in self.section_numbers:
                return m.group(0)
            tasks = self.notice.section(number).tasks
            n = len(tasks) if m["last"] else read_number(m["nth"] or "")
            if n is None or not 1 <= n <= len(tasks):
                return m.group(0)
            return f"第{tasks[n - 1]}项"

        return _ORDINAL_IN_SECTION.sub(absolute, text)

    def _unit_left_out_after(self, text: str) -> str:
        """ "各县政府之外，牵头最多的是谁" → "除了各县政府，…": a unit left out, said after it."""
        m = re.search(r"之外|以外", text)
        if m is None or _EXCLUDE.search(text):
            return text
        before = [u for u in find_unit_mentions(text[: m.start()], self.alias_table) if u.end == m.start()]
        if not before:
            return text
        return f"除了{text[: m.start()]}，{text[m.end() :].lstrip('，, ')}"

    def _section_by_its_word(self, text: str) -> str:
        """ "民生那部分里X牵头的" → "第四部分里X牵头的": a part named by a word of its title only it has.

        Only with "那/这" before the part word or "板块", so "部分任务" stays as it is; numbered parts are left alone.
        """
        if _SECTION_REF.search(text):
            return text
        m = re.search(r"([\u4e00-\u9fff]{2})(?:那一?块|这一?块|那一?部分|这一?部分|那个部分|板块)", text)
        if m is None:
            return text
        titled = [sec.number for sec in self.notice.sections if m.group(1) in sec.title]
        if len(titled) != 1 or any(m.group(1) in task.title for task in self.notice.tasks):
            return text  # "养老那块" may mean the task about it as well as its part: left to the other readings
        return text[: m.start()] + f"第{titled[0]}部分" + text[m.end() :]
