"""Follow-up questions: whether a question refers back, and what it asks of what the last answer showed.

:meth:`FollowUpReading._followup` holds the order in which the rules are tried (an earlier rule wins), the short
ones written in place; the longer ones are the methods of :class:`~qa.reading.followup_rules.FollowUpRules`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from corpus.numerals import read_number
from qa.conversation import State
from qa.lexicon.units import UNIT_KINDS
from qa.query import ASKED_OF_ROLE as _ASKED_OF_ROLE
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg
from qa.reading.followup_rules import FollowUpRules, _plays, _role_of_line_shown
from qa.reading.patterns import (
    _ALL_OF_THEM,
    _ALSO_TASK,
    _ALSO_THE_OTHER_ROLE,
    _ALSO_WHO,
    _ASKED_OF_COUNTED,
    _ASKS_FIGURE,
    _BESIDES,
    _BESIDES_THESE,
    _BESIDES_THIS,
    _BOTH,
    _BOTH_ROLES_ADDED,
    _COUNT,
    _COUNT_AT_END,
    _COUNTED_OF_ASKED,
    _DEPARTMENTS_AMONG_SHOWN,
    _EACH_WHO,
    _FEWER,
    _FEWEST,
    _FIRST_OR_LAST_N,
    _FROM_END,
    _HAS_MEMBER,
    _IN_A_ROLE_LISTED,
    _IS_IT_ON,
    _IS_IT_THE_UNIT,
    _ITS_LINE,
    _LAST_ITEM,
    _LAST_SECTION,
    _LEAVE_OUT_ITS_ROLE,
    _LEAVE_OUT_PLACES,
    _LEAVE_OUT_TASKS,
    _LEAVE_OUT_TOPIC,
    _LINE_REMARKS,
    _LINES_LESS_A_UNIT,
    _LINES_LESS_A_UNIT_BARE,
    _LIST_SHOWN,
    _LIST_THEM,
    _MENTIONED_WORD,
    _MIDDLE_ONE,
    _MORE,
    _MOST,
    _NEXT_OR_PREVIOUS,
    _NOT_IN_ROLE,
    _NOT_INVOLVED,
    _NTH_UNIT,
    _ONLY_THESE,
    _ORDINAL,
    _ORDINAL_AGAIN,
    _OTHER_ONE,
    _OTHER_TASK,
    _OTHER_TASK_COUNT,
    _OTHER_TASK_OF,
    _POOLED,
    _POOLED_TAIL,
    _PRONOUN,
    _PUNCT,
    _RANK,
    _ROLE_COUNT_BARE,
    _ROLE_DENIED_AFTER,
    _ROLE_LINE,
    _ROLE_LINE_ASKED,
    _ROLE_LINE_NOUN,
    _ROLE_OF_LINE_WORD,
    _ROLE_WHO,
    _SAME,
    _SECTION_REF,
    _SHOWN_BY_ROLE,
    _TASK_DIFF,
    _TASK_DIFF_WORDS,
    _TASK_REF,
    _THESE,
    _THESE_TASKS_ONLY,
    _THIS_TASK_ROLE,
    _TOPIC_AGAIN,
    _TOTAL_WORDS,
    _UNIT_PAIR,
    _UNIT_THEN_ROLE,
    _UNITS_COUNTED,
    _UNITS_N_TASKS,
    _UNITS_SHOWN,
    _WHICH_ROLE,
    _WHICH_SECTION,
    _WHICH_TASK_IS_IT,
    _WHICH_TASKS_BARE,
    _WHOLE_NOTICE,
    _WITH_FIGURES_PICKED,
    _rank_number,
)
from qa.understand import longest_common_substring


def _role_counted_of_the_unit(bare: str) -> Role | None:
    """The role of "牵头几条", "加起来一共几条" (either), "配合的一共几个": a count of the last unit's tasks."""
    if _BOTH_ROLES_ADDED.fullmatch(bare):
        return Role.ANY
    role_count = _ROLE_COUNT_BARE.fullmatch(bare)
    if role_count:
        return {"牵头": Role.LEAD, "参与": Role.ANY}.get(role_count.group("role"), Role.RESPONSIBLE)
    counted = _UNITS_COUNTED.fullmatch(bare)
    if counted and (counted.group("a") or counted.group("b")) in ("牵头的", "配合的"):
        return Role.LEAD if counted.group("b") == "牵头的" else Role.RESPONSIBLE
    return None


def _all_of_its_tasks(last: Query) -> Query:
    """``last`` asked again of another unit: tasks left out for its own unit ("…还有哪些") are no longer left out."""
    return replace(last, tasks=(), note="") if last.note == "others" else last


class FollowUpReading(FollowUpRules):
    """Reads a question that refers back to the conversation, trying the follow-up rules in order."""

    def _of_the_unit_found(self, bare: str, state: Callable[[], State]) -> Query | None:
        """ "具体多少次", "是哪几项" after "哪个单位牵头最多": the count or the tasks of the unit that answered it.

        Only the bare question: anything more names its own subject.
        """
        last = state().query
        if last is None or last.op not in (Op.ARGMAX, Op.ARGMIN) or last.asked is not Asked.UNITS:
            return None
        if state().unit is None or last.counted not in (None, Counted.TASKS_OF_UNIT):
            return None
        role = last.units[0].role if last.units else Role.ANY
        unit = (UnitArg(state().unit, role),)
        how_many = r"(?:那|那么)?(?:具体|到底|一共|总共|共)?(?:是|有)?(?:多少|几)(?:次|项|条|个任务)(?:呢|啊)?"
        which = r"(?:那|那么)?(?:具体|分别|都)?(?:是|有)?(?:哪几项|哪几条|哪些|哪些任务|哪几个任务)(?:呢|啊)?"
        if re.fullmatch(how_many, bare):
            return Query(Op.COUNT, Asked.COUNT, units=unit, counted=Counted.TASKS, text=bare)
        if re.fullmatch(which, bare):
            return Query(Op.LIST, Asked.TASKS, units=unit, text=bare)
        return None

    def _shown_less_a_topic(self, bare: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "去掉污水那条还剩哪些" after a list: the list shown, less the one task its topic names.

        The topic must name exactly one task shown (a word of its title, else of its text) and no unit.
        """
        said = _LEAVE_OUT_TOPIC.fullmatch(bare)
        shown = state().tasks if said is not None and not units else ()
        topic = (said["topic"] or said["put"]) if said is not None else ""
        if len(shown) < 2 or self._task_refs(topic) or re.search(r"[这那它]|哪|几|谁|什么|啥", topic):
            return None
        rest_asks = said["rest"] == "呢" or re.fullmatch(
            r"(?:还有|剩下的?|还剩|其余的?|剩余的?|其他的?|别的)(?:的)?(?:还有)?(?:是|有)?"
            r"(?:哪些|哪几(?:条|项|个)|哪条|哪项|啥|什么|的|呢|吗)*"
            r"(?:任务)?(?:呢|吗)?",
            said["rest"],
        )
        if not rest_asks:
            return None
        named = [n for n in shown if topic in self._tasks[n].title]
        if not named:
            named = [n for n in shown if topic in self._tasks[n].text]
        if len(named) != 1:
            return None
        rest = tuple(n for n in shown if n != named[0])
        return Query(Op.LIST, Asked.TASKS, tasks=rest, note=f"left out:{named[0]}", text=bare)

    def _followup(self, text: str, state_of: State | Callable[[], State]) -> Query | None:
        memo: list[State] = []

        def state() -> State:
            if not memo:
                memo.append(state_of() if callable(state_of) else state_of)
            return memo[0]

        middle_unit = _MIDDLE_ONE.search(text)
        units_shown = state().units if middle_unit is not None and len(state().tasks) == 1 else ()
        if len(units_shown) >= 3 and len(units_shown) % 2 == 1:
            # "中间那个" right after one task's line of three (or five…) units: the unit in the middle, by its place.
            text = text[: middle_unit.start()] + f"里面第{len(units_shown) // 2 + 1}个" + text[middle_unit.end() :]
        bare = _PUNCT.sub("", _BESIDES_THIS.sub("", text))  # "除了这一条还有没有别的" asks for more
        its_place = re.match(r"^(?:那|那么)?它的?(?:第|最后|倒数|头)", text)  # "它的第一条": a place in "it"
        if (
            re.match(r"^(?:那|那么)?它(?!们|俩)", text)
            and not self._sections(text)
            and (its_place or not _TASK_REF.search(text))
        ):
            last = state().query
            if last is not None and len(last.sections) >= 2 and not last.units:
                # "那它的第一条讲啥" after two parts were asked about together: which part is not said.
                return Query(Op.CLARIFY, note="which part", sections=last.sections, text=text)
        besides = _BESIDES_THESE.match(text)
        if besides and besides.end() < len(text) and state().tasks:
            # "除了这些，它当配合单位的有多少": the rest of the question over the tasks not shown.
            rest = text[besides.end() :]
            again = self._followup(rest, state) or self._structural(rest)
            named = self._units(rest)
            if again is None and len(named) == 1 and re.search(r"哪|几|多少|什么|啥", rest):
                # "除了这些，残联参与了哪几项": that unit's tasks in the role said (any, if none).
                count = _COUNT.search(rest) is not None
                op, asked = (Op.COUNT, Asked.COUNT) if count else (Op.LIST, Asked.TASKS)
                again = Query(op, asked, units=named, counted=Counted.TASKS if count else None, text=rest)
            if again is not None and again.op in (Op.LIST, Op.COUNT) and again.units:
                shown = set(state().tasks)
                pool = tuple(n for n in (again.tasks or sorted(self.task_numbers)) if n not in shown)
                return replace(again, tasks=pool, note="others" if again.op is Op.LIST else again.note, text=text)
        of_winner = self._of_the_unit_found(bare, state)
        if of_winner is not None:
            return of_winner
        in_that_part = self._in_the_part_shown(text, state)
        if in_that_part is not None:
            return in_that_part
        if _WITH_FIGURES_PICKED.search(text) and len(state().tasks) >= 2 and not self._task_refs(text):
            # "写了数据的那项定的啥": of the tasks shown, those setting a number-with-unit target, with it.
            return Query(Op.FILTER, Asked.TASKS, tasks=state().tasks, prop=Property.QUANTIFIED, text=text)
        it_elsewhere = re.match(r"^(?:那|那么)?它(?=(?:还|也|另外)?在?(?:别的|其他|其它|另外的)(?:任务|项|条))", text)
        if it_elsewhere and state().unit is not None and not self._units(text):
            # "它在其他任务里也当过配合吗" after a unit's tasks: that unit named, its other tasks in the role.
            named = state().unit + text[it_elsewhere.end() :]
            beyond = self._unit_beyond_shown(named, self._units(named), state)
            if beyond is not None:
                return replace(beyond, text=text)
        its_line = _ITS_LINE.fullmatch(bare)
        if its_line and state().one_task is not None and not state().units:
            # "它的牵头单位" after one task was shown without its units named as an answer: that task's line.
            return Query(Op.LOOKUP, self.line_asked(text), tasks=(state().one_task,), note="pronoun", text=text)
        own_line = self._units_own_task_line(text)
        if own_line is not None:
            return own_line
        also_on = self._units_also_on_task(text, state)
        if also_on is not None:
            return also_on
        only_here = self._units_only_here(text, state)
        if only_here is not None:
            return only_here
        its_line = self._line_of_its_tasks(text, state)
        if its_line is not None:
            return its_line
        counted_line = self._units_of_the_counted_line(bare, state)
        if counted_line is not None:
            return counted_line
        written = self._line_written_after_none(bare, state)
        if written is not None:
            return written
        other_count = self._other_count_condition(bare, state)
        if other_count is not None:
            return other_count
        rest_of_pool = self._rest_of_the_pool(text, state)
        if rest_of_pool is not None:
            return rest_of_pool
        only = self._the_only_unit(text, state)
        if only is not None:
            return only
        in_role = self._in_its_role_picked(text, state)
        if in_role is not None:
            return in_role
        places_compared = self._ordinals_compared(text, state)
        if places_compared is not None:
            return places_compared
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
        less_topic = self._shown_less_a_topic(bare, self._units(text), state)
        if less_topic is not None:
            return less_topic
        by_topic = self._one_of_the_list_by_topic(text, state)
        if by_topic is not None:
            return by_topic
        checked = self._this_task_checked(text, state)
        if checked is not None:
            return checked
        counted = self._units_just_listed_counted(text, state)
        if counted is not None:
            return counted
        units = self._units(text)
        scoped = self._which_of_the_list(text, units, state)
        if scoped is not None:
            return scoped
        compared = self._compared_with_before(text, units, state)
        if compared is not None:
            return compared
        if (
            not units
            and re.search(r"还有|别的|其他|其它|另外", text)
            and not re.search(r"它|该|其中", text)
            and state().tasks
        ):
            # "跟X有关的还有哪条" after a task was shown: the tasks that mention X, less those shown.
            again = self._structural(text)
            # "别处还提到体育吗": the word said, the question's ending aside.
            mentioned = _MENTIONED_WORD.search(re.sub(r"[吗呢么没？?]+$", "", text) + "的")
            if (again is None or again.prop is not Property.MENTIONS_TERM) and mentioned:
                again = self._tasks_mentioning(mentioned["term"])
            if (
                again is not None
                and again.op in (Op.FILTER, Op.COUNT)
                and again.prop is Property.MENTIONS_TERM
                and not again.tasks
                and not again.sections
            ):
                _, pool = self._besides_shown(text, state().tasks)
                return replace(again, tasks=pool)
        leave_out = _LEAVE_OUT_TASKS.fullmatch(bare)
        places = _LEAVE_OUT_PLACES.fullmatch(bare) if leave_out is None else None
        if leave_out or places:
            match = leave_out or places
            shown = state().tasks if len(state().tasks) >= 2 else state().listed
            if places is not None:
                # "去掉末尾两条": by place in the list shown.
                end, said_n = places["end"] or places["end2"], places["n"] or places["n2"]
                k = read_number(said_n) if said_n else 1
                named = tuple(shown[-k:] if end in ("最后", "末尾", "倒数", "后") else shown[:k]) if k else ()
            else:
                said = leave_out["named"] or leave_out["put"]
                named = self._task_refs(said)
                parts = self._sections(said) if "部分" in said else ()
                if parts:
                    named = tuple(n for n in shown if self._tasks[n].section in parts)
                elif named and not set(named) & set(shown) and all(1 <= n <= len(shown) for n in named):
                    # "去掉第一项" when task 1 is not among those shown: the first one shown.
                    named = tuple(shown[n - 1] for n in named)
            if len(shown) >= 2 and named and set(named) <= set(shown) and len(named) < len(shown):
                # "去掉第19项还剩哪些": the list shown, less the tasks named.
                rest = tuple(n for n in shown if n not in named)
                if match["count"]:
                    return Query(Op.COUNT, Asked.COUNT, tasks=rest, counted=Counted.TASKS, text=text)
                note = "left out:" + ",".join(str(n) for n in named)
                return Query(Op.LIST, Asked.TASKS, tasks=rest, note=note, text=text)
        left_out = _LEAVE_OUT_ITS_ROLE.fullmatch(bare)
        if left_out and not units and state().unit is not None and len(state().tasks) >= 2:
            # "不算它牵头的…" after a unit's tasks: the tasks it takes part in, less those where it leads
            # (or, "去掉它配合的", is responsible).
            role = Role.LEAD if left_out.group("role") == "牵头" else Role.RESPONSIBLE
            unit = state().unit
            return Query(Op.DIFFERENCE, Asked.TASKS, units=(UnitArg(unit, Role.ANY), UnitArg(unit, role)), text=text)
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
                # "跟它一起出现的任务": on a task together, each in any role (the last question's role aside).
                theirs = Role.ANY if re.search(r"(?:一起|都|同时|共同)(?:出现|参与|涉及)", text) else last.units[0].role
                both = (UnitArg(state().unit, theirs), UnitArg(units[0].name, role))
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
        guess = _IS_IT_THE_UNIT.fullmatch(text) or _UNIT_THEN_ROLE.fullmatch(text)
        if guess and len(units) == 1 and len(state().tasks) == 1 and not self._task_refs(text):
            # "是市财政局吧" after a task's line: whether that line has the unit (the role said, before the unit or
            # after it as in "是只有X牵头吗", else the line shown).
            who = self._without_units(guess["who"])
            # Only a unit with its role after it ("只有X牵头", "是不是X牵头"): "牵头里有X的" is no such check.
            plain = re.fullmatch(r"(?:不是)?(?:只有|就|仅|也)?(?:牵头|配合)?的?", who)
            said_after = self._role(guess["who"]) if plain else None
            role = (
                _ROLE_OF_LINE_WORD.get(guess["role"] or "")
                or (said_after if said_after in (Role.LEAD, Role.RESPONSIBLE) else None)
                or _role_of_line_shown(state())
            )
            if role is not None:
                named = (UnitArg(units[0].name, role),)
                asked = _ASKED_OF_ROLE[role]
                return Query(Op.LOOKUP, asked, tasks=state().tasks, units=named, note="guess", text=text)
        member = _HAS_MEMBER.search(text)
        if member and len(state().tasks) == 1 and not self._task_refs(text):
            # "配合单位里有住建局吗", "责任单位里有银行没": whether the task shown has it on that line.
            word = member.group("role")
            # "里面有人社局吗" after a task's units line: that line.
            role = _ROLE_OF_LINE_WORD[word] if word else _role_of_line_shown(state()) or Role.ANY
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
                # "还有呢" after "交通运输局牵头第七项对吧": the unit's other tasks in that role.
                return self._other_tasks_of(last.units[0], last.tasks[0], text)
            mentioned = _MENTIONED_WORD.search(state().question)
            again = self._tasks_mentioning(mentioned["term"]) if mentioned else None
            if again is not None and again.op is Op.FILTER and again.prop is Property.MENTIONS_TERM and state().tasks:
                # "还有吗" after "提到物流的有第6条": the other tasks that mention the word (a content answer's
                # related tasks were not the answer).
                one = state().one_task
                _, pool = self._besides_shown(text, (one,) if one is not None else state().tasks)
                return replace(again, tasks=pool, text=text)
            said = self._unit_said_of_the_task(state())
            if said is not None and said.role is not Role.ANY:
                # "还有其他的吗" after "X牵头Y那条" was answered with that task: X's other tasks in that role.
                return self._other_tasks_of(said, state().one_task, text)
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
            n = state().tasks[0] + (1 if (step.group(1) or step.group(3) or step.group(4)) in ("下", "后") else -1)
            if n in self.task_numbers:
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(n,), text=text)
        also = _ALSO_THE_OTHER_ROLE.search(text)
        if also and not self._units(text) and not self._task_refs(text):
            last = state().query
            if last is not None and last.op in (Op.LIST, Op.COUNT) and len(last.units) == 1 and last.units[0].name:
                # "还有没有 把牵头的也算上", "把它当牵头的也算进来，一共多少项": the same unit in either role.
                return replace(last, units=(UnitArg(last.units[0].name, Role.ANY),), text=text)
        also_who = _ALSO_WHO.search(text)
        role_named = also_who and (
            also_who.group("role")
            or also_who.group("other_role")
            or _ROLE_LINE.search(text)
            or self._role(text) in (Role.LEAD, Role.RESPONSIBLE)
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
        kind = _DEPARTMENTS_AMONG_SHOWN.fullmatch(text)
        line = self._asked_of_units_shown(state()) if kind else None
        if line in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS):
            # "哪家不属于市级部门" after one task's line: that line's city departments, or the other units on it.
            note = "not departments" if kind["neg"] else ""
            return Query(Op.LOOKUP, line, tasks=(state().one_task,), departments_only=True, note=note, text=text)
        denied = _ROLE_DENIED_AFTER.fullmatch(text)
        last = state().query
        if denied and last is not None and len(last.units) == 1 and last.op in (Op.LIST, Op.COUNT) and not last.tasks:
            # "那没配合的呢" after "第二部分里水务局配合了几条": the same scope, the unit not in that role.
            where = "".join(f"第{n}部分" for n in last.sections[:1])
            counting = bool(denied["ask"]) and "几" in denied["ask"]
            asked = "有几条" if counting else "是哪几条"
            query = self._structural(f"{where}{'里' if where else ''}{last.units[0].name}没{denied['role']}的{asked}")
            if query is not None and len(last.sections) <= 1:
                return replace(query, text=text)
        bare_less = _LINES_LESS_A_UNIT_BARE.fullmatch(text)
        last = state().query
        lines_shown = last is not None and last.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS) and state().tasks
        if bare_less and lines_shown:
            # "除了县政府呢" after the lines of the tasks shown: the same lines, less the unit named.
            named = tuple(u.name for u in self._units(bare_less["who"] or bare_less["who2"]))
            if named:
                return Query(Op.LOOKUP, last.asked, tasks=state().tasks, excluded=named, text=text)
        less = _LINES_LESS_A_UNIT.fullmatch(text)
        if less and lines_shown:
            # "去掉各县政府还剩哪些" after the lines of the tasks shown: those lines, less the unit named.
            named = tuple(u.name for u in self._units(less["who"]))
            role = _ROLE_OF_LINE_WORD.get(less["role"] or "")
            asked = _ASKED_OF_ROLE[role] if role in (Role.LEAD, Role.RESPONSIBLE) else last.asked
            if named and less["count"]:
                counted = _COUNTED_OF_ASKED[asked]
                return Query(Op.COUNT, asked, tasks=state().tasks, counted=counted, excluded=named, text=text)
            if named:
                return Query(Op.LOOKUP, asked, tasks=state().tasks, excluded=named, text=text)
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
            n = len(state().listed) if again.group("last") else read_number(again.group(1))
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
        # "排第二的是哪条": which task, asked as 哪个 asks
        if rank and self._content_left(re.sub(r"哪一?[条项]$", "", text[: rank.start()] + text[rank.end() :])) < 2:
            last = state().query
            if last is None or last.op not in (Op.ARGMAX, Op.ARGMIN):
                last = state().ranked  # a look at the top task came in between (its lead units, say)
            if last is not None and last.op in (Op.ARGMAX, Op.ARGMIN):
                # "第二多的呢" after a superlative: the same, one rank down.
                n = _rank_number(rank)
                return replace(last, note=f"rank:{n}", text=text)
        # "麻烦把这几项也都列出来", "上面那几项都叫什么": the tasks just shown, listed. Nothing else
        # may be asked of them ("其中只有…牵头的是哪几项" filters them). The state is asked for last: it
        # replays the conversation.
        if (
            # "分别叫啥名" with no 这些: 分别/各自 say it of each task shown
            (_THESE.search(text) or re.match(r"(?:那|那么)?(?:分别|各自)", text))
            and _LIST_SHOWN.search(text)
            and len(_PUNCT.sub("", _LIST_SHOWN.sub("", _THESE.sub("", re.sub(r"^(?:那|那么)?各自", "", text))))) <= 1
            and len(state().tasks) >= 2
        ):
            counted = state().query
            if counted is not None and counted.op is Op.COUNT and counted.counted is Counted.TASKS and counted.units:
                # "分别是哪几项" after a count of one unit's tasks: the count's own query, listed, so the unit
                # stays what the conversation is about (a role asked next is that unit's).
                return replace(
                    counted, op=Op.FILTER if counted.prop is not None else Op.LIST, asked=Asked.TASKS, text=text
                )
            return Query(Op.LIST, Asked.TASKS, tasks=state().tasks, text=text)
        in_role = _IN_A_ROLE_LISTED.match(bare)
        if in_role is not None and _LIST_THEM.fullmatch(bare[in_role.end() :]):
            # "把配合的列一下", "不止牵头的，参与的全部列出来" after a count of a unit's tasks: that unit's
            # tasks in the role said.
            last = state().query
            if last is not None and last.op is Op.COUNT and len(last.units) == 1 and last.units[0].name:
                role = {"参与": Role.ANY, "牵头": Role.LEAD}.get(in_role["role"], Role.RESPONSIBLE)
                unit = UnitArg(last.units[0].name, role)
                return Query(Op.LIST, Asked.TASKS, units=(unit,), counted=Counted.TASKS, text=text)
        last = state().query if _LIST_THEM.fullmatch(bare) else None
        if last is not None and last.op is Op.COUNT and last.counted is Counted.TASKS:
            # "都列出来" after a count of tasks: the tasks counted (a property counted is a filter's to apply).
            return replace(last, op=Op.FILTER if last.prop is not None else Op.LIST, asked=Asked.TASKS, text=text)
        if (
            last is not None
            and last.op in (Op.FILTER, Op.LIST, Op.INTERSECT, Op.DIFFERENCE)
            and last.asked is Asked.TASKS
            and state().tasks
        ):
            # "是哪一项" after "有几个任务是…的" was answered with its count: the tasks it found.
            return Query(Op.LIST, Asked.TASKS, tasks=state().tasks, note="shown", text=text)
        counted_of = last.tasks or state().tasks if last is not None else ()
        if last is not None and last.op is Op.COUNT and last.counted in _ASKED_OF_COUNTED and len(counted_of) == 1:
            # "都列一下" after "头一项的责任单位有几个" (or "X那一项配合单位有几家", the task found by its words): the
            # units counted.
            return Query(Op.LOOKUP, _ASKED_OF_COUNTED[last.counted], tasks=counted_of, text=text)
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
            role = each.group("role") or each.group("role2")
            asked = {"牵头": Asked.LEAD_UNITS, "配合": Asked.RESPONSIBLE_UNITS}.get(role, Asked.UNITS)
            return Query(Op.LOOKUP, asked, tasks=state().tasks, text=text)
        role = _role_counted_of_the_unit(bare)
        # "这项牵头的总共几家": the task pointed at, its units counted (read below), not the unit's tasks.
        task_pointed = re.match(r"(?:那|那么)?(?:这条|这项|该项|此项|这一项|这个任务)", bare)
        if role is not None and not units and state().unit is not None and not task_pointed:
            # "牵头几条", "加起来一共几条", "配合的一共几个" after a unit's tasks or count: that unit's tasks in the
            # role (either, when added up), not the whole notice's.
            return Query(Op.COUNT, Asked.COUNT, units=(UnitArg(state().unit, role),), counted=Counted.TASKS, text=text)
        counted = _UNITS_COUNTED.fullmatch(bare)
        if counted and len(state().tasks) == 1:
            # The units of the one task shown, counted (after a unit's tasks, "配合的…" was read above).
            word = counted.group("a") or counted.group("b")
            kind = {
                "牵头单位": Counted.LEAD_UNITS,
                "责任单位": Counted.RESPONSIBLE_UNITS,
                "配合单位": Counted.RESPONSIBLE_UNITS,
                "牵头的": Counted.LEAD_UNITS,
                "配合的": Counted.RESPONSIBLE_UNITS,
            }
            return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=kind.get(word, Counted.UNITS), text=text)
        also = _ALSO_TASK.fullmatch(bare)
        number = read_number(also.group(1) or also.group(2)) if also else None
        if also and number in self.task_numbers and state().query is not None:
            again = self._same_about_task(number, text, state())
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
        middle = _MIDDLE_ONE.search(text)
        shown = (state().tasks if len(state().tasks) >= 2 else state().listed) if middle else ()
        if middle and len(shown) >= 3 and len(shown) % 2 == 1:
            # "中间那条谁牵头" after three tasks: the second; with an even number there is no middle one.
            task = shown[len(shown) // 2]
            return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
        from_end = _FROM_END.search(text)
        if from_end and len(state().tasks if len(state().tasks) >= 2 else state().listed) >= 2:
            # "倒数第三个由谁配合": counted from the end of the list shown.
            listed = state().tasks if len(state().tasks) >= 2 else state().listed
            n = read_number(from_end.group(1))
            if n is not None and 1 <= n <= len(listed):
                task = listed[-n]
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=(task,), note="ordinal", text=text)
        ordinal = _ORDINAL.search(text)
        # The list an ordinal counts in: the last answer's, or the last list shown before single look-ups.
        listed = (state().tasks if len(state().tasks) >= 2 else state().listed) if ordinal else ()
        places = list(_ORDINAL.finditer(text)) if ordinal else []
        joined = len(places) >= 2 and all(
            re.fullmatch(r"(?:的)?(?:和|跟|与|及|、|，|,|还有)", text[a.end() : b.start()])
            for a, b in itertools.pairwise(places)
        )
        if joined and not _SECTION_REF.search(text) and len(listed) >= 2:
            # "第二个和第四个由谁牵头" after a list: those items of it, each looked up, or what they share.
            numbers = [read_number(p.group(1)) for p in places]
            if all(n is not None and 1 <= n <= len(listed) for n in numbers):
                picked = tuple(dict.fromkeys(listed[n - 1] for n in numbers))
                rest = text[places[-1].end() :]
                shared = _BOTH.search(rest) or _SAME.search(rest) or re.search(r"重复|重合|共同", rest)
                if len(picked) >= 2 and shared:
                    return Query(Op.INTERSECT, self._line_compared(rest, state()), tasks=picked, text=text)
                return Query(Op.LOOKUP, self._asked_of_task(text, state()), tasks=picked, text=text)
        if ordinal and not _SECTION_REF.search(text) and len(listed) >= 2:
            n = read_number(ordinal.group(1))
            # "第三项" after a list is its third item; a number beyond the list is the task itself.
            if n is not None and 1 <= n <= len(listed):
                task = listed[n - 1]
                asked = self._asked_of_task(text, state())
                if asked in _COUNTED_OF_ASKED and (_COUNT_AT_END.search(text) or _COUNT.search(text)):
                    # "第四个的牵头单位一共几家": that task's units, counted.
                    return Query(Op.COUNT, asked, tasks=(task,), counted=_COUNTED_OF_ASKED[asked], text=text)
                return Query(Op.LOOKUP, asked, tasks=(task,), note="ordinal", text=text)
        beyond = self._beyond_the_list(text, ordinal or from_end, from_end is not None, units, state)
        if beyond is not None:
            return beyond
        topic_again = _TOPIC_AGAIN.fullmatch(bare)
        if topic_again and not units and not self._task_refs(text) and not state().empty:
            # "污水那条呢" after "垃圾那项有几个责任单位": the same question of the task titled so.
            topic = topic_again.group("topic")
            n = self._task_by_title_words(topic)
            # The title holds most of what is named ("污水"), not a word of it ("公交站点覆盖率" is no 覆盖 task).
            if (
                n is not None
                and n not in state().tasks
                and 2 * longest_common_substring(topic, self._tasks[n].title) >= len(topic)
            ):
                again = self._same_about_task(n, text, state())
                if again is not None:
                    return again
        other = _OTHER_TASK.fullmatch(bare) or _OTHER_TASK_OF.fullmatch(bare)
        if other is None and re.fullmatch(r"(?:那|那么)?[一二三四五六七八九十\d]{1,3}", bare):
            # "二十四" after "二十三呢": a number typed alone asks as "那二十四呢" does, when the last question was
            # about one task.
            last = state().query
            if last is not None and last.op is Op.LOOKUP and len(last.tasks) == 1:
                other = _OTHER_TASK.fullmatch(bare + "呢")
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
        if (
            _WHICH_TASKS_BARE.fullmatch(text)
            and last is not None
            and last.op in (Op.ARGMAX, Op.ARGMIN)
            and last.asked is Asked.SECTIONS
            and state().tasks
        ):
            # "是哪几条" after "哪部分任务最少": the tasks of the part that answer named.
            return Query(Op.LIST, Asked.TASKS, tasks=state().tasks, text=text)
        other = _OTHER_ONE.search(text)
        shown = state().one_task if other and len(units) == 1 and units[0].role is not Role.ANY else None
        if shown is not None and _plays(self._tasks[shown], units[0].name, units[0].role):
            # "民政局牵头的另外那条呢" with one of its tasks in that role shown: its other one (or others).
            others = tuple(n for n in sorted(self.task_numbers) if n != shown)
            return Query(Op.LIST, Asked.TASKS, units=(units[0],), tasks=others, note="others", text=text)
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
            described = self._structural(_THESE.sub("", text))
            if described is not None and described.op is Op.FILTER:
                return described  # "没单位的那几条是啥": the tasks the condition describes, asked first
            return Query(Op.CLARIFY, note="these", text=text)
        if (
            ordinal
            and state().empty
            and not self._task_refs(text)
            and self._content_left(text.replace("倒数", "")) < 2  # "倒数第三条讲啥": a place from the end
        ):
            return Query(Op.CLARIFY, note="ordinal", text=text)
        beyond = self._unit_beyond_shown(text, units, state)
        if beyond is not None:
            return beyond
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
            # "那它的配合单位加起来有几家" after a list: lead and responsible units belong to a task, and several
            # were shown. Asked back with the same question about each, never about the unit in that role.
            return Query(Op.CLARIFY, note="which task", tasks=state().tasks, text=text)
        one_pointed = re.match(
            r"^(?:那|那么)?(?:它|这个|这项|这条|那个|那项|那条)(?:的)?(?!们|些|几|两|俩|文件|通知|方案|文号)", text
        )
        if (
            one_pointed
            and not re.search(r"牵头|配合|责任|参与|当|作为", text)  # "它当配合单位的有多少": the unit's tasks
            and not units
            and not self._task_refs(text)
            and len(state().tasks) >= 2
            and (_ASKS_FIGURE.search(text) or re.search(r"目标|指标|建几|要建|建多少", text))
            and state().query is not None
            and (
                state().query.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE)
                or (state().query.op is Op.LOOKUP and len(state().query.tasks) >= 2)
            )
        ):
            # "这个要建几个", "它的目标呢" after several tasks were listed or looked up together: one task is
            # pointed at and the answer shows no one first, so which is asked back, never guessed.
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
                each = re.search(
                    r"(?:各|分别|各自)(?:都)?(?:是)?(?P<role>牵头|配合|参与)(?:了)?(?:哪|什么|啥|几)", text
                )
                if joined is None and each:
                    # "这两个局各牵头哪几项": each unit's tasks in that role, together.
                    role = {"牵头": Role.LEAD, "配合": Role.RESPONSIBLE}.get(each["role"], Role.ANY)
                    return Query(
                        Op.LIST, Asked.TASKS, units=tuple(UnitArg(n, role) for n in named), note="union", text=text
                    )
                if joined is not None and {u.name for u in joined.units} == set(named):
                    if joined.op is Op.INTERSECT and re.search(r"还有|另外|别的|其他|其它|除了这", text):
                        # "…都参与的另外还有哪几项": besides the task whose units they are.
                        others = tuple(n for n in sorted(self.task_numbers) if n not in state().tasks)
                        return replace(joined, op=Op.LIST, tasks=others, note="others", text=text)
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
            asked = self._line_compared(text, state())
            return Query(Op.DIFFERENCE, asked, tasks=state().tasks, note="both", text=text)
        switched = self._role_switch(text, units, state)
        if switched is not None:
            return switched
        # Only a question that says "these" pays for replaying the conversation here.
        these = state().tasks if _THESE.search(text) else ()
        plural = re.search(r"这些|那些|这几|那几|它们|上面|以上|刚才那", text)
        if len(these) == 1 and len(state().listed) >= 2 and plural:
            # "这些任务里…" after one of a list was looked up: the plural points back to the list, not that one.
            these = state().listed
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
            # "这些配合的当中 水务局牵头的几项": the role that describes the list shown is not the one asked.
            asked_of_them = _SHOWN_BY_ROLE.sub("", _THESE.sub("", text), count=1)
            inner = self._structural(asked_of_them)
            if (
                inner is not None
                and inner.op in (Op.FILTER, Op.LIST, Op.COUNT, Op.ARGMAX, Op.ARGMIN)
                and not inner.tasks
            ):
                shared = _TOTAL_WORDS.sub("", text)
                if inner.op is Op.COUNT and inner.counted in _ASKED_OF_COUNTED and _BOTH.search(shared):
                    # "这两项都有的配合单位几个": the units they share, counted.
                    asked = _ASKED_OF_COUNTED[inner.counted]
                    return Query(Op.INTERSECT, asked, tasks=these, note="count", text=text)
                # "这些任务里哪些提到了2025年", "其中水务局牵头的": the same, within the listed tasks.
                if re.search(r"剩下|剩余|其余|余下", text):
                    # "剩下没单位的那几条": among the tasks not shown.
                    rest = tuple(n for n in sorted(self.task_numbers) if n not in these)
                    return replace(inner, tasks=rest, text=text) if rest else None
                if inner.op is Op.COUNT and inner.counted is Counted.UNITS and self._role(text) is None:
                    # a count of city departments among the lead units of a part: counted on the line shown.
                    shown_line = _COUNTED_OF_ASKED.get(self._asked_before(state()))
                    inner = replace(inner, counted=shown_line or inner.counted)
                return replace(inner, tasks=these, text=text)
            if inner is not None and inner.op is Op.LOOKUP and inner.tasks and set(inner.tasks) <= set(these):
                # "其中第19项的配合单位": that one of them, named by its number.
                return replace(inner, text=text)
            if inner is not None and inner.op is Op.LOOKUP and inner.sections:
                # "其中第二部分的那项是谁牵头": those of them in that part.
                within = tuple(n for n in these if self._tasks[n].section in inner.sections)
                if within:
                    return replace(inner, tasks=within, sections=(), text=text)
            # "青稞酒这些产业谁牵头" names its own topic: "这些" is no reference there. "合起来", "去重"
            # only say the units are to be listed once.
            # The words of comparing ("重叠的", "有啥不同") are what is asked, not a topic.
            if self._content_left(_SAME.sub("", _TASK_DIFF_WORDS.sub("", _POOLED.sub("", text)))) < 3:
                if units and (not _BOTH.search(text) or self._units_asked(text) is None):
                    # "其中X也参与的": the tasks shown that name the unit ("也" adds it, asks for no units).
                    named = self._units(asked_of_them) or units
                    return Query(Op.LIST, Asked.TASKS, units=named, tasks=these, text=text)
                asked = self._line_compared(text, state())
                if len(these) == 2 and _TASK_DIFF.search(text):
                    # "这两项责任单位有何不同": each one's units the other lacks.
                    return Query(Op.DIFFERENCE, asked, tasks=these, note="both", text=text)
                # "这几项都有的责任单位" (in common) but "这几项的责任单位分别都有谁" (all of them).
                pooled = _POOLED.sub("", text)  # "加起来不重复的一共几个" pools them: nothing in common asked
                if (
                    _BOTH.search(pooled) or _SAME.search(pooled) or re.search(r"共同|都", pooled)
                ) and not _ALL_OF_THEM.search(text):
                    return Query(Op.INTERSECT, asked, tasks=these, text=text)
                bare_count = re.search(r"(?:一共|总共|共)?(?:是|有)?(?:几|多少)个[？?]?$", _THESE.sub("", text))
                if (
                    _COUNT.search(_THESE.sub("", text))
                    or (self._units_asked(text) is not None and _COUNT_AT_END.search(text))
                    # "这几项一共几个" after a list of tasks: the tasks, counted (after lines shown, their units)
                    or (
                        bare_count
                        and self._units_asked(text) is None
                        and state().query is not None
                        and state().query.asked is Asked.TASKS
                    )
                ):  # "这几项" itself is no count
                    if self._units_asked(text) is not None:
                        # "这两条配合单位加起来一共几个": the distinct units of those tasks, counted.
                        counted = _COUNTED_OF_ASKED.get(asked, Counted.UNITS)
                        return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=counted, text=text)
                    return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=Counted.TASKS, text=text)
                if bare_count and self._units_asked(text) is None and asked in _COUNTED_OF_ASKED:
                    # "这两项一共几个" after their lead lines were shown: the distinct units of that line, counted.
                    return Query(Op.COUNT, Asked.COUNT, tasks=these, counted=_COUNTED_OF_ASKED[asked], text=text)
                more = re.search(r"哪(?:个|条|项|一项|一条).{0,8}?(多|少)", text)
                if more and self._units_asked(text) is not None:
                    # Which of them has more units on a line: the one with the most (fewest).
                    op = Op.ARGMAX if more.group(1) == "多" else Op.ARGMIN
                    counted = _COUNTED_OF_ASKED.get(asked, Counted.UNITS)
                    return Query(op, Asked.TASKS, tasks=these, counted=counted, text=text)
                role = self._role(text)
                if (
                    re.search(r"哪(?:一)?(?:条|项|几条|几项)|哪些任务", text)
                    and state().unit is not None
                    and role in (Role.LEAD, Role.RESPONSIBLE)
                ):
                    # "其中它当牵头单位的是哪几项" after a unit's tasks: a task is asked, the unit's in that role.
                    return Query(Op.LIST, Asked.TASKS, units=(UnitArg(state().unit, role),), tasks=these, text=text)
                return Query(Op.LOOKUP, asked, tasks=these, text=text)
        if (
            (_MOST.search(text) or _FEWEST.search(text))
            and re.match(r"^(?:那|那么)?(?:其中|里面|这里面|哪个|哪条|哪项|哪一项|哪一条)", text)
            and not re.search(r"所有|全部|整个|通知|全文|文件", text)
            and len(state().tasks) >= 2
            and state().query is not None
            and (
                state().query.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE)
                or (state().query.op is Op.COUNT and state().query.counted is Counted.TASKS)
            )
        ):
            # "哪一个的责任单位最多" right after a list (a count of tasks lists them too): which of the tasks listed.
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
            asked = self._line_compared(text, state())
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
            asked = self._line_compared(text, state())
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
            if state().unit is not None and not state().tasks:
                # "它牵头哪些" after a unit named alone was asked back: that unit, put in its place.
                named = self._structural(text[: pronoun.start()] + state().unit + text[pronoun.end() :])
                if named is None and role is not None:
                    named = Query(Op.LIST, Asked.TASKS, units=(UnitArg(state().unit, role),), text=text)
                if named is not None:
                    return named
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
        back_to = re.match(r"(?:那|那么)?(?:再)?(?:回到|说回|回头说|返回)(?:刚才的?)?", text)
        if back_to and len(units) == 1 and state().query is not None and state().query.units:
            # "回到X，那几项都是啥" after the same question of other units: that question of it again,
            # listed when the rest asks which.
            last = _all_of_its_tasks(state().query)
            swapped = (UnitArg(units[0].name, self._role(text) or last.units[0].role),)
            if last.op is Op.COUNT and re.search(r"哪|是啥|是什么|列", text[back_to.end() :]):
                last = replace(last, op=Op.LIST, asked=Asked.TASKS, counted=None)
            return replace(last, units=swapped, text=text)
        # "那民政局呢": the last question again, with another unit.
        if (
            units
            and (re.match(r"^(那|那么|(?:再|又)?换(?:成|作|到)?|再问|再看看?)", text) or bare.endswith("呢"))
            and self._content_left(text) < 2
        ):
            if state().query is not None and state().query.units:
                role = self._role(text) or state().query.units[0].role
                swapped = tuple(UnitArg(u.name, role) for u in units)
                last = _all_of_its_tasks(state().query)
                if _NOT_INVOLVED.search(text) and last.op is Op.LIST:
                    # "那住建局没参与的呢" after a unit's tasks among a part's: those tasks it is on no line of.
                    absent = tuple(UnitArg(u.name, Role.ANY) for u in units)
                    return Query(
                        Op.FILTER, Asked.TASKS, units=absent, tasks=last.tasks, prop=Property.NOT_INVOLVED, text=text
                    )
                if len(swapped) >= 2 and last.op is Op.LIST and len(last.units) == 1 and not _BOTH.search(text):
                    # "那残联和林草局呢" after one unit's tasks: each one's tasks, not those they share.
                    return replace(last, units=swapped, note="union", text=text)
                return replace(last, units=swapped, text=text)
            if state().empty and not re.search(r"几|多少|哪|什么|啥|谁|吗", bare):
                # "那民政局呢" with no question before is asked back; "那民政局牵头几项" asks its own question.
                return Query(Op.CLARIFY, note="unit", text=text)
            return None
        if re.match(r"^(那|那么)?(它|这项|该项|此项|这个|那个|那)(呢)?$", bare) and state().empty:
            return Query(Op.CLARIFY, note="pronoun", text=text)
        return self._about_the_task_shown(text, units, state)

    def asks_a_line_of_each(self, text: str) -> bool:
        """Whether ``text`` asks one role's line and nothing else ("责任单位呢", "把牵头单位列出来")."""
        bare = _POOLED_TAIL.sub("", _PUNCT.sub("", text))
        if _ROLE_LINE_ASKED.fullmatch(bare) is not None:
            return True
        # "把配合的部门都列一下", "配合的单位估计不少吧，都有哪些": the line with a remark or a request around it.
        line = _ROLE_LINE_NOUN.search(bare)
        return line is not None and not _LINE_REMARKS.sub("", bare[: line.start()] + bare[line.end() :])

    def line_of_each_shown(self, text: str, state: State) -> Query | None:
        """ "把牵头单位列出来", "责任单位呢" after a part's tasks or a filter: that line of each task shown.

        Not after a unit's tasks (the unit's role is switched there) nor after one task (its line is read
        with the sentence the earlier question was about). After each task's line of one role ("都是谁牵头"),
        the other role's line is asked of the same tasks.
        """
        role_line = _ROLE_LINE_ASKED.fullmatch(_POOLED_TAIL.sub("", _PUNCT.sub("", text)))
        last = state.query
        if role_line is None or last is None or last.units or len(state.tasks) < 2:
            return None
        # After a list, or after the other line of each task shown ("都是谁牵头", then "那配合单位呢").
        if last.op not in (Op.LIST, Op.COUNT, Op.FILTER) and not (last.op is Op.LOOKUP and len(last.tasks) >= 2):
            return None
        return Query(Op.LOOKUP, self.line_asked(text), tasks=state.tasks, text=text)

    def line_shown_of(self, task: int, units: tuple[str, ...]) -> Asked | None:
        """Which line of ``task`` the units an answer listed are (lead or responsible), None when neither."""
        return self._line_shown(self._tasks[task], units)

    def line_asked(self, text: str) -> Asked:
        """Which line a question that asks a line and nothing else asks: lead, responsible, or both."""
        role_line = _ROLE_LINE_ASKED.fullmatch(_POOLED_TAIL.sub("", _PUNCT.sub("", text)))
        if role_line is not None and role_line.group("both"):
            return Asked.UNITS
        return Asked.LEAD_UNITS if "牵头" in text else Asked.RESPONSIBLE_UNITS
