"""Reading a question into a :class:`~qa.query.Query` (structural, small talk, follow-up or content).

Rules, not a model: the question words come from :mod:`qa.lexicon`, the unit names, sections,
task numbers and years from the parsed notice. A question the rules do not recognise as
structural is :attr:`Op.CONTENT` and goes to retrieval.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from corpus.numerals import chinese_numeral, read_number
from corpus.units import find_unit_mentions
from qa.conversation import EMPTY, State
from qa.query import Asked, Counted, Op, Property, Query, Role, UnitArg
from qa.reading.followup_rules import _plays
from qa.reading.followups import FollowUpReading
from qa.reading.patterns import (
    _ARRIVAL,
    _BARE_DIFFERENCE,
    _BESIDES_ITS_ROLE,
    _CITY_DEPARTMENTS_ASKED,
    _CONTACT,
    _COUNT_ONLY_AT_END,
    _CURRENT_FIGURE,
    _EACH_IN_TURN,
    _EXCLUDE,
    _FROM_END_OF_NOTICE,
    _GREETING,
    _IS_NOT_LEAD,
    _IT_IN_A_COLUMN,
    _IT_IN_A_ROLE,
    _ITS_TASKS_WHO,
    _KEEP_ONLY,
    _LEAD_IS_NOT,
    _LINE_IS_UNIT,
    _LINE_POOLED_OVER_SHOWN,
    _LINE_SAME_UNSAID,
    _LIST_REQUEST_AT_END,
    _MORE_THAN_OTHER,
    _NAME_OF_ONE,
    _NAMES_AFTER_COUNT,
    _OCCASION,
    _OCCURRENCE,
    _ONE_ABOUT,
    _ONE_OF_SHOWN_ASKED,
    _ONE_OF_TWO,
    _ONLY_HELPS,
    _OPINION,
    _ORDINAL_IN_SECTION,
    _OTHER_END,
    _OTHER_PARTS,
    _PAIR_SAME,
    _PERSON_ASKED,
    _PERSONAL,
    _PUNCT,
    _QUESTION_WORD_ALONE,
    _REASON,
    _RELATED_TO_UNIT,
    _ROLE_COUNT_UNSAID,
    _ROLE_LINE_LOOSE,
    _ROLE_TASKS_AGAIN,
    _ROLE_VERB_WHICH,
    _ROLE_WORD,
    _SAME_ASKED,
    _SAME_LOOSE,
    _SECTION_NAMED,
    _SECTION_REF,
    _SECTION_RUN,
    _SECTION_SIZE_SAID,
    _SELF,
    _SHARED_BARE,
    _SHORT_YEAR,
    _SHOWN_PLURAL,
    _SMALLTALK_FILLER,
    _STATUS,
    _TAKES_PART,
    _TASKS_LEFT_UNSAID,
    _THAT_KIND_OF_UNIT,
    _THE_OTHER,
    _THE_TWO_TOGETHER,
    _THESE_N,
    _THESE_PARTS,
    _THESE_TWO,
    _THIS_PART_SHOWN,
    _THOSE_HELPING_IT,
    _TOPIC_PAIR,
    _TOPIC_TASKS_COUNTED,
    _TOTAL_OF_THE_LISTS,
    _VALIDITY,
    _VALIDITY_STATED,
    _WHAT_THEY_ARE_AT_END,
    _WHETHER,
    _WHICH_ARE_OF_SHOWN,
    _WHICH_COUNTY_LEADS,
    _WHICH_HAS_MORE,
    _WHICH_OF_SHOWN,
    _WHICH_SAME,
    _WHOLE_NOTICE,
    _WITH_A_UNIT_TOGETHER,
    _WITHIN_ROLE_SHOWN,
    _WITHIN_UNIT_TASKS,
    _WORD_AGAIN,
    _ZERO_UNITS,
)

# "一共几家", "有多少个": a number of units asked (not "第几个", a place, nor "这几个", those shown).
_HOW_MANY_UNITS = re.compile(r"(?<![第这那])(?:几|多少)(?:个|家)(?:牵头|责任|配合)?(?:单位|部门)?")


def _count_of_line_picked(query: Query) -> Query:
    """A task picked from a list by its place, with how many units asked ("第二个有几家牵头单位"): that count.

    The place rules read the task and the line; the count is what such a question asks of them.
    """
    line = {Asked.LEAD_UNITS: Counted.LEAD_UNITS, Asked.RESPONSIBLE_UNITS: Counted.RESPONSIBLE_UNITS}.get(query.asked)
    if query.op is not Op.LOOKUP or query.note != "ordinal" or line is None or len(query.tasks) != 1:
        return query
    if not _HOW_MANY_UNITS.search(query.text):
        return query
    return Query(Op.COUNT, query.asked, tasks=query.tasks, counted=line, text=query.text)


# One county's government by its own name (not 各县人民政府), as a lead line names it.
_ONE_COUNTY = re.compile(r"[^各]{1,6}县人民政府")


# "这个通知", "这份文件", "本方案": the notice itself pointed at (general usage).
_THE_NOTICE_ITSELF = re.compile(r"(?:这个|这份|这一份|本|该|咱们这个|这)(?:通知|文件|方案)")
# What a document has as a document: its addressees, issuer, number, date, title (general usage).
_ABOUT_THE_DOCUMENT = re.compile(
    r"发给|主送|抄送|下发|印发|发文|落款|签发|成文|发布|文号|字号|谁发的|哪个单位发|哪天|什么时候|日期|标题|题目|叫什么名"
)


class QueryReader(FollowUpReading):
    """Turns a normalised question (and the conversation state) into a :class:`Query`.

    Made from a notice and its alias table, ``QueryReader(notice, alias_table)``: the constructor is
    :class:`~qa.reading.arguments.ArgumentReading`'s, the lowest of the layers :mod:`qa.reading` lists.
    """

    def _county_by_name(self, query: Query) -> Query:
        """A county government leading, asked within tasks shown: the tasks whose lead line names it by itself.

        Each county is one of 各县人民政府, which leads nearly every task; "这几条里哪项由民和县政府牵头" asks for the
        task it leads by name. Left as it is when no task shown names it so.
        """
        if query.op is not Op.LIST or len(query.units) != 1 or not query.tasks or query.note:
            return query
        unit = query.units[0]
        if unit.role is not Role.LEAD or not _ONE_COUNTY.fullmatch(unit.name):
            return query
        own = tuple(n for n in query.tasks if unit.name in self._tasks[n].lead_units)
        return replace(query, tasks=own, note="by name") if own else query

    def read(self, text: str, state: State | Callable[[], State] = EMPTY) -> Query:
        """Read ``text`` (already normalised) in the context of ``state``.

        ``state`` may be a function: it is called only when the question refers back, so a
        self-contained question never pays for replaying the conversation.
        """
        query = _count_of_line_picked(self._county_by_name(_same_or_not(self._read(text, state))))
        departments = _CITY_DEPARTMENTS_ASKED.search(text)
        if departments is None or query.op not in (Op.LOOKUP, Op.CONTENT, Op.CLARIFY):
            return query  # "第二部分里有市直部门牵头的吗": a filter that reads the words itself
        # "第8项牵头的市级部门是谁", "这几项牵头的市直部门分别是": a line of tasks without the county governments,
        # read as the line itself ("…牵头的单位…") is read.
        plain = text[: departments.start()] + "单位" + text[departments.end() :]
        line = query if query.op is Op.LOOKUP else _same_or_not(self._read(plain, state))
        if line.op is Op.LOOKUP and line.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS) and line.tasks:
            return replace(line, departments_only=True, text=text)
        if query.op is Op.CONTENT and re.match(r"^(?:那|那么)?(?:这里面|这里头|这些里|里面|其中|这中间)", text):
            # "其中几个是市里的局" right after one task's line was shown: the departments on that line.
            shown = _now(state)
            task = self._tasks[shown.one_task] if shown.one_task is not None else None
            if task is not None:
                # The line the last answer listed; else the line the last question asked for.
                asked = self._line_shown(task, shown.units) if shown.units else self._units_asked(shown.question)
                if asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS):
                    return Query(Op.LOOKUP, asked, tasks=(task.number,), departments_only=True, text=text)
        return query

    def _read(self, text: str, state: State | Callable[[], State]) -> Query:
        if self.is_smalltalk(text):
            return Query(Op.SMALLTALK, text=text)
        if _PERSONAL.search(text):
            return Query(Op.DECLINE, note="personal", text=text)
        if _CONTACT.search(text):
            return Query(Op.DECLINE, note="contact", text=text)
        if _PERSON_ASKED.search(text):
            return Query(Op.DECLINE, note="person", text=text)
        if _CURRENT_FIGURE.search(text):
            return Query(Op.DECLINE, note="current", text=text)
        if _STATUS.search(text) or _ARRIVAL.search(text):
            return Query(Op.DECLINE, note="status", text=text)
        if _OCCASION.search(text):
            return Query(Op.DECLINE, note="occasion", text=text)
        if _OPINION.search(text):
            return Query(Op.DECLINE, note="opinion", text=text)
        if (_NAME_OF_ONE.search(text) and not _ROLE_WORD.search(text)) or self._named_institution(text):
            return Query(Op.DECLINE, note="name", text=text)
        if _REASON.search(text) and not _ROLE_WORD.search(text) and _now(state).empty:
            # "为啥没写牵头单位" asks about the table itself, which the executor answers; in a conversation
            # "为啥…" often questions the last answer ("为啥是这条"), which is no decline.
            return Query(Op.DECLINE, note="reason", text=text)
        if _VALIDITY.search(text) and not _VALIDITY_STATED.search(self._full_text):
            return Query(Op.DECLINE, note="validity", text=text)
        if _WHICH_COUNTY_LEADS.search(text) and not find_unit_mentions(text, self.alias_table):
            # The county governments the lead lines name one by one (not 各县人民政府): the tasks each leads.
            named = sorted({u for t in self.notice.tasks for u in t.lead_units if _ONE_COUNTY.fullmatch(u)})
            own = tuple(t.number for t in self.notice.tasks if any(u in t.lead_units for u in named))
            if named:
                # Only the tasks where a county is named by itself: each county leads all 各县 tasks too.
                units = tuple(UnitArg(u, Role.LEAD) for u in named)
                note = "union" if len(units) > 1 else "by name"
                return Query(Op.LIST, Asked.TASKS, units=units, tasks=own, note=note, text=text)
        if _THOSE_HELPING_IT.match(text):
            now = _now(state)
            last = now.query
            if (
                now.unit is not None
                and now.tasks
                and last is not None
                and len(last.units) == 1
                and last.units[0].role is Role.LEAD
            ):
                # "配合它的呢" after the tasks a unit leads: who works with it there, those tasks' 责任单位.
                return Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=now.tasks, note="helping", text=text)
            if len(now.tasks) == 1 and (last is None or not last.units):
                # "协助它的单位都有谁" after one task asked about (not a unit): 它 is the task, its 责任单位 line.
                return Query(Op.LOOKUP, Asked.RESPONSIBLE_UNITS, tasks=now.tasks, text=text)
        if (
            _THE_NOTICE_ITSELF.search(text)
            and _ABOUT_THE_DOCUMENT.search(text)
            and not re.search(r"第|它|其|项|条|牵头|配合|责任|部分", text)
        ):
            # "这个通知是发给哪些单位的": 这个 points at the notice, not at the task shown; a question about the
            # notice as a document (its addressees, its date), answered as with nothing before it.
            return Query(Op.CONTENT, text=text)
        if _TOTAL_OF_THE_LISTS.fullmatch(text.rstrip("？?。")):
            now = _now(state)
            if now.unit is not None and {Role.LEAD, Role.RESPONSIBLE} <= set(now.roles_listed):
                # "加起来一共几项" after a unit's lead tasks and then its responsible ones: all it takes part in.
                unit = (UnitArg(now.unit, Role.ANY),)
                return Query(Op.COUNT, Asked.COUNT, units=unit, counted=Counted.TASKS, note="both roles", text=text)
        if re.search(r"哪|几|多少|什么|啥|谁|吗|呢", text):
            # A question mark after a question word says nothing the words do not; alone ("有民政局？") it asks.
            text = re.sub(r"[?？]+$", "", text)
        text = _SELF.sub(r"\1", text)  # "它自己牵头的": the pronoun alone
        text = _BESIDES_ITS_ROLE.sub(_besides_its_role, text)  # "除了它牵头那项，另外还配合了哪项"
        text = self._unit_in_apposition(text)  # "说到的那个林草局，它牵头哪项": the unit, named once
        text, kinds = self._unit_of_that_kind(text, state)  # "那个市局" of the units just shown: the city body
        if len(kinds) >= 2:
            # "那个市局…" when two city bodies were shown: which one is asked back.
            return Query(Op.CLARIFY, note="which unit", units=tuple(UnitArg(u, Role.ANY) for u in kinds), text=text)
        text = self._unit_picked_from_shown(text, state)  # "这里头的水务局…": that unit, one of those just shown
        if "自己" in text and not _now(state).empty:
            text = self._unit_itself(text)
        if not find_unit_mentions(text, self.alias_table):
            # 配合的部门 is the 配合单位 line (a unit's 配合的 are its tasks)
            text = _ROLE_LINE_LOOSE.sub(lambda m: (m[1] or m[2]) + "单位", text)
        text = _NAMES_AFTER_COUNT.sub("", text)
        text = _TAKES_PART.sub("参与", text)  # "都参加的", "有份的": taking part, in any role
        text = _BOTH_ROLES_COUNTED.sub(r"\g<lead>配合", text)  # "（牵头和责任都算）" as "（牵头和配合都算）" reads
        text = _ROLE_TASKS_AGAIN.sub(r"\g<role>", text)  # "配合的任务呢": "配合的呢", the tasks are what it lists
        # "水务局牵头的任务谁配合": the other line of the unit's tasks, said as "…的任务的配合单位有哪些" reads.
        text = _ITS_TASKS_WHO.sub(lambda m: f"{m['own']}的任务的{_LINE_OF_WHO[m['who']]}单位有哪些", text)
        text = _ONLY_HELPS.sub("参与但不牵头", text)  # "只是配合、不牵头的": on the task, not leading it
        text = _SHORT_YEAR.sub(r"20\1年", text)  # "到25年" is 2025年 in a plan of this decade
        text = _TOPIC_PAIR.sub(self._titled_pair, text)  # "垃圾和污水这两项": tasks 15 and 16 by their titles
        text = _TOPIC_TASKS_COUNTED.sub(self._titled_tasks, text)  # "交通那两条": tasks 7 and 8 by their titles
        text = self._within_section(text)  # "第二部分第一条" is that part's first task, by its own number
        text = self._size_of_section_said(text)  # "第五部分那两条" is that part's tasks
        text = self._unit_left_out_after(text)  # "X之外，…最多的" leaves X out, as "除了X" does
        text = _SAME_LOOSE.sub("一样吗", text)  # "是不是一模一样", "是不是同一拨": as "一样吗" reads
        same_unsaid = _LINE_SAME_UNSAID.match(text)
        if same_unsaid and len(_now(state).tasks) >= 2 and _now(state).unit is None:
            text = "这几条的" + text[same_unsaid.end() :]  # "牵头部门全都一样吗" after a list: the tasks shown
        elif same_unsaid and _now(state).empty:
            return Query(Op.CLARIFY, note="bare", text=text)  # nothing shown to compare
        shared = _SHARED_BARE.match(text)
        last_units = _now(state).query.unit_names if _now(state).query is not None else ()
        if shared is not None and len(last_units) == 2:
            # "重叠的几条" after two units' tasks: those both have, in the one role asked of them if there was one.
            roles = {u.role for u in _now(state).query.units}
            verb = {Role.LEAD: "牵头", Role.RESPONSIBLE: "当配合单位"}.get(roles.pop()) if len(roles) == 1 else None
            text = f"两个都{verb or '有'}的" + text[shared.end() :]
        both = _THE_TWO_TOGETHER.match(text)
        if both is not None:
            # "他俩都当配合单位的", "两个都有的配合单位": the two units the last question named, or the two tasks shown.
            last = _now(state).query
            named = last.unit_names if last is not None else ()
            recent = _now(state).recent_units
            if len(named) == 1 and len(recent) >= 2 and recent[-1] == named[0]:
                named = recent[-2:]  # one unit per turn ("交通局配合的", then "住建局配合的"): the last two
            elif not named and len(recent) >= 2 and len(_now(state).tasks) != 2:
                named = recent[-2:]  # a question of content between: the last two units asked about one by one
            roles = {u.role for u in last.units} if last is not None else set()
            if len(named) == 2 and roles - {Role.ANY} and not re.search(f"{_ROLE_WORD.pattern}|参与|参加", text):
                named = ()  # "两个都在的" after their tasks in one role: that role, which the follow-up rules keep
            if len(named) == 2:
                text = f"{named[0]}和{named[1]}" + text[both.end() :]
            elif len(_now(state).tasks) == 2 and not (last is not None and last.units) and _now(state).unit is None:
                # After units were asked about, "这俩" are units (the follow-up rules pair them); else the tasks.
                text = "这两条" + text[both.end() :]
        now = _now(state) if _BARE_DIFFERENCE.fullmatch(text) else None
        if now is not None and now.unit is None and len(now.tasks) == 1 and len(set(now.recent[-2:])) == 2:
            text = "这两条" + text  # "有区别吗" after two tasks looked up one by one: those two, compared
        if _PAIR_SAME.search(text) and _now(state).unit is None:
            text = _PAIR_SAME.sub("这两条", text)  # "这俩一样吗": the two tasks looked at last (no unit asked)
        which = _WHICH_OF_SHOWN.match(text)
        if which is not None and self._a_list_shown(state):
            # "哪个提到了G109", "哪些提到了拉面" after a list: those of the tasks shown.
            some = re.search(r"些|几", which.group(0))
            text = ("其中哪几条" if some else "其中哪条") + text[which.end() :]
        kept = _KEEP_ONLY.fullmatch(text)
        if kept is not None and self._a_list_shown(state) and find_unit_mentions(kept["rest"], self.alias_table):
            # "只留住建局参与的" after a list: those of the tasks shown; "只要跟交通局一块牵头的": those it leads too.
            text = "其中" + _WITH_A_UNIT_TOGETHER.sub(r"\g<unit>", kept["rest"])
        which_are = _WHICH_ARE_OF_SHOWN.match(text)
        if which_are is not None and self._a_list_shown(state):
            # "哪些是X配合的": among the tasks shown, when X is another unit than the one whose tasks were listed
            # (after a unit's lead tasks, "它当配合的又是哪几条" asks for its other tasks). "X牵头的是哪几项" picks
            # among a part or a filter listed; after another unit's tasks it is a question of its own.
            said = which_are.group("a") or which_are.group("b")
            named = {m.unit for m in find_unit_mentions(said, self.alias_table)}
            unit = _now(state).unit
            if named and unit not in named and (which_are.group("a") or unit is None):
                text = "其中" + said
        text = _THESE_TWO.sub("这两条", text)  # "两条都有的", "这俩条的牵头单位": the two just shown
        text = self._shown_part_and_role(text, state)  # "这部分里…", "当责任单位的里头…"
        text = self._within_section(text)  # "这部分第一条" (now "第七部分第一条"): that part's first task
        text = self._one_of_a_pair(text, state)  # "后面那个", "另一条" of two tasks listed
        text = self._occurrence_as_place(text, state)  # "最后一次" of a unit's tasks counted: the last task
        text = self._more_than_the_other(text, state)  # "第8项多了哪些" of a pair: than the other one
        text = self._which_of_the_pair_has_more(text, state)  # "哪项牵头单位更少" of two tasks: the more of the two
        text = _LIST_REQUEST_AT_END.sub("", text)  # "…的任务列一下" asks what "…的任务" asks
        if find_unit_mentions(text, self.alias_table):
            text = _WHAT_THEY_ARE_AT_END.sub(r"\1", text)  # "X牵头的三条是啥" asks what "X牵头的三条" asks
        text = _COUNT_ONLY_AT_END.sub("", text)  # every count answer gives the number first
        text = _THESE_N.sub("这几项", text)  # "这22个里", "刚才说的这5项": the tasks shown
        text = _SHOWN_PLURAL.sub("这几项", text)
        # "牵头单位不是各县政府的", "不是各县政府那个": said the way the filter reads, "不是X牵头的".
        text = _LEAD_IS_NOT.sub(self._lead_is_not, text)
        text = _LINE_IS_UNIT.sub(self._line_is_unit, text)  # "牵头是X吗": "是X牵头吗"
        text = _IS_NOT_LEAD.sub(self._is_not_lead, text)  # "县政府不是牵头单位的任务"
        # "连责任单位都没列", "一个单位都没写": none on that line, said the way the filters read it.
        text = _ZERO_UNITS.sub(lambda m: "没有责任单位" if m["role"] in ("责任", "配合") else "没有写牵头单位", text)
        left_unsaid = _TASKS_LEFT_UNSAID.search(text) or _ROLE_VERB_WHICH.search(text)
        if left_unsaid and find_unit_mentions(text, self.alias_table):
            # "财政局和发改委都配合的", "民政局牵头卫健委配合的", "人社局配合了哪些": the tasks, left unsaid.
            text += "任务"
        if _QUESTION_WORD_ALONE.fullmatch(text.strip("？?。！! ")) and _now(state).empty:
            # "几个", "多少" typed alone with nothing before: what is asked about is missing, so ask back.
            return Query(Op.CLARIFY, note="bare", text=text)
        if _LINE_POOLED_OVER_SHOWN.match(text) and len(_now(state).tasks) >= 2:
            text = "这几条的" + re.sub(r"[（(]?去重[)）]?", "", text)  # the tasks just shown, pooled
        column = _IT_IN_A_COLUMN.match(text)
        if column is not None:
            text = f"那它当{column['role']}单位的{column['rest']}"  # "牵头单位一栏写它的呢": "那它当牵头单位的呢"
        it_in_a_role = _IT_IN_A_ROLE.fullmatch(text)
        if it_in_a_role:
            now = _now(state)
            # The unit asked about last; or, after a task's lead units were given, the one that is no group of
            # governments ("各县人民政府" is never "it" as a bureau).
            shown = now.units or (self._tasks[now.one_task].lead_units if now.one_task is not None else ())
            named = [u for u in shown if not u.startswith("各")]
            unit = now.recent_units[-1] if now.recent_units else (named[0] if len(named) == 1 else None)
            if now.unit is None and unit is not None:
                asked = "有几项" if it_in_a_role["count"] else "有哪些"
                text = f"{unit}{it_in_a_role['role']}的任务{asked}"
        role_count = _ROLE_COUNT_UNSAID.fullmatch(text)
        if role_count and not find_unit_mentions(text, self.alias_table):
            unit = _now(state).unit
            if unit is not None:
                text = unit + role_count["role"] + "几项任务"  # "一共参与几条" of that unit
        if _OTHER_PARTS.match(text):
            last = _now(state).query
            if last is not None and last.sections and last.op in (Op.LIST, Op.FILTER, Op.COUNT):
                kept = set(self.notice.tasks_in(last.sections))
                others = tuple(t.number for t in self.notice.tasks if t.number not in kept)
                return replace(last, sections=(), tasks=others, text=text)
        within = self._within_unit_tasks(text, state)
        if within is not None:
            return within
        followup = self._followup(text, state)
        if followup is not None:
            if followup.op in (Op.ARGMAX, Op.ARGMIN):
                followup = self._other_end(text, state) or followup
            return self._the_one_about(followup)
        searched = self._another_word_searched(text, state)
        if searched is not None:
            return searched
        flipped = self._other_end(text, state)
        if flipped is not None:
            return flipped  # "那最多的呢" after one task was the fewest: nothing else read it
        # "倒数第三项" with no list shown: counted from the notice's last task.
        text = _FROM_END_OF_NOTICE.sub(self._counted_from_the_end, text)
        structural = self._structural(text)
        by_number = self._section_by_its_word(text) if structural is None else text
        if by_number != text:
            # "民生那部分里X是责任单位的": read again with the part named by its number.
            again = self._structural(by_number)
            structural = replace(again, text=text) if again is not None else None
        if (
            structural is not None
            and structural.op is Op.FILTER
            # A word searched for ("二甲医院在哪条") may be a new topic; a units line is asked of the tasks shown.
            and structural.prop not in (Property.MENTIONS_TERM, Property.MENTIONS_YEAR, Property.QUANTIFIED)
            and not (structural.tasks or structural.sections)
            and _ONE_OF_SHOWN_ASKED.search(text)
            and not _WHOLE_NOTICE.search(text)
        ):
            # "哪条配合里没有财政局" right after a list: one of the tasks shown is asked for; the filter keeps to them.
            now = _now(state)
            last = now.query
            # Not when the list was the unit's own tasks and the filter leaves the unit out ("哪条不是它牵头的"
            # after its tasks): over its own list that is none by definition, so the whole notice is asked.
            own_list = (
                last is not None
                and structural.prop in (Property.NOT_LED_BY, Property.NOT_INVOLVED)
                and bool(structural.units)
                and {u.name for u in structural.units} <= {u.name for u in last.units}
            )
            # A line of each task listed ("都是谁牵头" after a part) still shows those tasks.
            line_of_each = last is not None and last.op is Op.LOOKUP and len(last.tasks) >= 2
            if (
                len(now.tasks) >= 2
                and last is not None
                and (last.op in (Op.LIST, Op.FILTER, Op.COUNT, Op.INTERSECT) or line_of_each)
                and not own_list
            ):
                structural = replace(structural, tasks=now.tasks)
        return structural or Query(Op.CONTENT, text=text)

    def _another_word_searched(self, text: str, state: State | Callable[[], State]) -> Query | None:
        """ "40%呢" after "62%出自哪条": the same search for a word, with the word named now.

        Only a word the notice prints, with no unit in it, after a question that searched the tasks for a word.
        """
        m = _WORD_AGAIN.fullmatch(text)
        if m is None or m.group("word") not in self._text or find_unit_mentions(text, self.alias_table):
            return None
        last = _now(state).query
        if last is None or last.prop is not Property.MENTIONS_TERM or last.op not in (Op.FILTER, Op.COUNT):
            return None
        return replace(last, terms=(m.group("word"),), tasks=(), text=text)

    def _other_end(self, text: str, state: State | Callable[[], State]) -> Query | None:
        """ "那最多的呢" after "哪条…最少": the same superlative at the other end, over the same tasks as before.

        Not over the tasks the last answer showed (the fewest): those are its result, not what it ranged over.
        """
        if not _OTHER_END.fullmatch(text):
            return None
        now = _now(state)
        last = now.query
        if (last is None or last.op not in (Op.ARGMAX, Op.ARGMIN)) and now.ranked is not None and len(now.tasks) <= 1:
            # "谁牵头的" looked at the task a superlative named; "那最少的呢" still turns that superlative around.
            last = now.ranked
        if last is None or last.op not in (Op.ARGMAX, Op.ARGMIN):
            return None
        op = Op.ARGMAX if "多" in text else Op.ARGMIN
        return replace(last, op=op, text=text) if op is not last.op else None

    def _the_one_about(self, query: Query) -> Query:
        """ "其中哪一项是讲养老的": one task asked for among those shown, about a word only one of their titles has.

        Others may mention the word in passing ("职工养老…保险"); "讲…的" and a single "哪条" ask for the task
        about it, so the one titled by it is the answer when there is exactly one.
        """
        if query.prop is not Property.MENTIONS_TERM or query.op is not Op.FILTER or len(query.tasks) < 2:
            return query
        if not _ONE_ABOUT.search(query.text):
            return query
        titled = [n for n in query.tasks if all(term in self._tasks[n].title for term in query.terms)]
        if len(titled) != 1:
            return query
        return Query(Op.LIST, Asked.TASKS, tasks=(titled[0],), note="shown", text=query.text)

    def _counted_from_the_end(self, m: re.Match[str]) -> str:
        n = read_number(m.group(1))
        last = max(self.task_numbers)
        return f"第{last + 1 - n}{m.group(2)}" if n is not None and 1 <= n <= last else m.group(0)

    def is_smalltalk(self, text: str) -> bool:
        """Greetings, thanks and questions about the assistant, with nothing else."""
        if not _GREETING.search(text):
            return False
        other = re.fullmatch(
            r"(?P<then>那|那么)?(?P<topic>.{2,8}?)(?P<that>那项|那条|这项|这条|那块|这块)?(?:的)?(?P<ne>呢)?[？?]?",
            text,
        )
        if other is not None and (other["then"] or other["that"] or other["ne"]) and other["topic"] in self._text:
            # "那垃圾处理那条呢", "垃圾那条的呢", "垃圾呢": the same question of another topic the notice prints,
            # not a complaint
            return False
        rest = _PUNCT.sub("", _SMALLTALK_FILLER.sub("", _GREETING.sub("", text)))
        return len(rest) == 0

    def _shown_part_and_role(self, text: str, state: State | Callable[[], State]) -> str:
        """ "这部分里它牵头的" and "当责任单位的里头第三部分的", said of what was shown, in the words read below.

        "这部分" is the part every task of the last list belongs to ("第三部分"); a role's tasks "里头" right after
        the unit's tasks in that role are those tasks ("其中").
        """
        these = _THESE_PARTS.search(text)
        if these is not None:
            text = self._these_parts(text, these, _now(state))
        if not (_THIS_PART_SHOWN.search(text) or _WITHIN_ROLE_SHOWN.match(text)):
            return text
        shown = _now(state)
        parts = {self._tasks[n].section for n in shown.tasks}
        if len(shown.tasks) >= 2 and len(parts) == 1:
            text = _THIS_PART_SHOWN.sub(f"第{chinese_numeral(parts.pop())}部分", text)
        within = _WITHIN_ROLE_SHOWN.match(text)
        last = shown.query
        if within and last is not None and last.units and shown.unit is not None:
            role = Role.LEAD if within["role"] == "牵头" else Role.RESPONSIBLE
            if last.units[0].role is role:
                text = "其中" + text[within.end() :]
        return text

    def _within_unit_tasks(self, text: str, state: State | Callable[[], State]) -> Query | None:
        """ "它配合的那些里面有几条是第四部分的": the rest read alone, over that unit's tasks in that role.

        The unit is named ("卫健委配合的任务里…") or is 它, the unit asked about last; None when the rest is no
        question over tasks (other rules read it).
        """
        m = _WITHIN_UNIT_TASKS.match(text)
        if m is None:
            return None
        who = m["who"]
        pronoun = who in ("它", "它们", "该局", "该单位")
        if pronoun:
            now = _now(state)
            unit = now.unit or (now.recent_units[-1] if now.recent_units else None)
        else:
            named = find_unit_mentions(who, self.alias_table)
            unit = named[0].unit if len(named) == 1 and named[0].start == 0 and named[0].end == len(who) else None
        if unit is None:
            return None
        rest = self._structural(m["rest"])
        if rest is None or rest.op not in (Op.FILTER, Op.LIST, Op.COUNT, Op.ARGMAX, Op.ARGMIN):
            return None
        if not pronoun and not rest.units:
            return None  # "住建局牵头的那些里面 哪条…最少": the whole question reads as it is, naming its scope
        role = {"牵头": Role.LEAD, "配合": Role.RESPONSIBLE}.get(m["role"], Role.ANY)
        pool = tuple(t.number for t in self.notice.tasks if _plays(t, unit, role))
        if rest.tasks:
            pool = tuple(n for n in pool if n in rest.tasks)
        return replace(rest, tasks=pool, text=text)

    def _these_parts(self, text: str, these: re.Match[str], shown: State) -> str:
        """ "这两部分" after answers about two parts (each answer's tasks in one part): those parts, by number."""
        parts: list[int] = []
        for n in reversed(shown.recent):
            section = self._tasks[n].section
            if section not in parts:
                parts.append(section)
        wanted = {"两": 2, "俩": 2, "三": 3}.get(these["n"], len(parts))
        if wanted < 2 or len(parts) < wanted:
            return text
        named = "和".join(f"第{chinese_numeral(p)}部分" for p in sorted(parts[:wanted]))
        return text[: these.start()] + named + text[these.end() :]

    @staticmethod
    def _a_list_shown(state: State | Callable[[], State]) -> bool:
        """Whether the last answer listed two tasks or more (a list, a filter, a count, an intersection…)."""
        now = _now(state)
        lists = (Op.LIST, Op.FILTER, Op.COUNT, Op.INTERSECT, Op.DIFFERENCE)
        return len(now.tasks) >= 2 and now.query is not None and now.query.op in lists

    def _one_of_a_pair(self, text: str, state: State | Callable[[], State]) -> str:
        """ "后面那个的配合单位" after two tasks were listed, "另一条谁牵头" after one of two was looked at: by number.

        Only over a list of exactly two tasks: after one task, "后面那条" is the task next to it, read elsewhere.
        """
        if not (_ONE_OF_TWO.search(text) or _THE_OTHER.search(text)):
            return text
        shown = _now(state)
        last = shown.query
        side = _ONE_OF_TWO.search(text)
        named = list(last.unit_names) if last is not None else []
        if side and re.match(r"(?:的)?(?:局|单位|部门)", text[side.end() :]) and len(named) == 2:
            # "前面那个局牵头的那条" after two units' tasks: the unit said first (or second), by its name.
            unit = named[side["side"] == "后"]
            rest = re.sub(r"^(?:的)?(?:局|单位|部门)", "", text[side.end() :])
            return text[: side.start()] + unit + rest
        if len(shown.tasks) == 2 and last is not None and last.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.COUNT):
            pair = shown.tasks
            return _ONE_OF_TWO.sub(lambda m: f"第{pair[m['side'] == '后']}项", text)
        if len(shown.tasks) == 1 and len(shown.listed) == 2 and shown.tasks[0] in shown.listed:
            other = next(n for n in shown.listed if n != shown.tasks[0])
            return _THE_OTHER.sub(f"第{other}项", text)
        return text

    def _more_than_the_other(self, text: str, state: State | Callable[[], State]) -> str:
        """ "第8项多了哪些配合单位" after two tasks were shown or compared: more than the other one of the two.

        The line is the one said, else the one the last answer was about (a comparison of 责任单位, say).
        """
        more = _MORE_THAN_OTHER.search(text)
        if more is None or re.search(r"比(?!起来|较|一下)", text):
            return text  # "第8项比第7项多了…" names both already
        shown = _now(state)
        pair = shown.tasks if len(shown.tasks) == 2 else ()
        # "16多出来的": a bare number of one of the two is that task.
        bare = tuple(int(n) for n in re.findall(r"(?<![\d第])(\d{1,2})(?![\d%])", text) if int(n) in pair)
        named = self._task_refs(text) or bare
        if len(pair) != 2 or len(named) != 1 or named[0] not in pair:
            return text
        other = pair[1] if named[0] == pair[0] else pair[0]
        line = re.search(r"(牵头|责任|配合)(?:单位|部门)?", text)
        last = shown.query
        if line is not None:
            said = "牵头单位" if line.group(1) == "牵头" else "责任单位"
        elif last is not None and last.asked is Asked.LEAD_UNITS:
            said = "牵头单位"
        elif last is not None and last.asked in (Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            said = "责任单位"
        else:
            return text  # which line is not said, nor shown
        return f"第{named[0]}项比第{other}项{more['verb']}了哪些{said}"

    def _which_of_the_pair_has_more(self, text: str, state: State | Callable[[], State]) -> str:
        """ "哪项牵头单位更少" of two tasks named or just shown: the superlative over those two ("…中…最多")."""
        m = _WHICH_HAS_MORE.fullmatch(text)
        if m is None:
            return text
        shown = _now(state)
        named = self._task_refs(m["before"] or "")
        pair = named if len(named) == 2 else shown.tasks if not named and shown.unit is None else ()
        if len(pair) != 2:
            return text
        line = "牵头单位" if m["line"] == "牵头" else "责任单位"
        most = "最多" if m["more"] == "多" else "最少"
        return f"第{pair[0]}项和第{pair[1]}项中哪条的{line}{most}"

    def _occurrence_as_place(self, text: str, state: State | Callable[[], State]) -> str:
        """ "头一回是哪项" after "X当配合单位几次": the place in the unit's tasks shown, said as "最后一个"."""
        if not _OCCURRENCE.search(text):
            return text
        shown = _now(state)
        last = shown.query
        if shown.unit is None or len(shown.tasks) < 2 or last is None or last.op not in (Op.COUNT, Op.LIST):
            return text
        said = {"头": "第一", "最": "最后"}  # "头一回" is the first; "最后一次" the last
        return _OCCURRENCE.sub(lambda m: said.get(m["place"][0], m["place"]) + "个", text)

    def _unit_in_apposition(self, text: str) -> str:
        """ "说到的那个林草局，它牵头哪项" → "林草局牵头哪项": a unit described, then taken up by 它.

        Only with 它 right after the one unit named: the words before it describe the unit, nothing else.
        """
        mentions = find_unit_mentions(text, self.alias_table)
        if len(mentions) != 1:
            return text
        m = mentions[0]
        it = re.match(r"\s*[，,]?\s*它(?=牵头|参与|配合|负责|当|作为|还|另外|在|自己|一共|总共|都)", text[m.end :])
        if it is None:
            # "后面那个财政局总共…", "那个消防支队…": a unit pointed at and named; the name is what counts.
            pointed = re.fullmatch(
                r"(?:那|那么)?(?:(?:前面|后面|前边|后边|刚才|上面)(?:说的|提到的)?(?:的)?)?(?:那|这)(?:个|家)",
                text[: m.start],
            )
            return text[m.start :] if pointed else text
        before = text[: m.start]
        if before and not re.fullmatch(r"(?:那|那么)?[\u4e00-\u9fff]{0,8}?(?:的)?(?:那个|这个|那家|这家)?", before):
            return text
        return text[m.start : m.end] + text[m.end + it.end() :]

    def related_as_taking_part(self, text: str) -> str:
        """ "跟林草局有关的工作" → "林草局参与的工作": a unit's tasks in any role, as the readers say it."""
        return _RELATED_TO_UNIT.sub(self._unit_related, text)

    def _unit_related(self, m: re.Match[str]) -> str:
        """ "跟X有关的任务" → "X参与的任务" when X is a unit of the notice; any other X is a topic, left alone."""
        named = find_unit_mentions(m["unit"], self.alias_table)
        if len(named) != 1 or named[0].end - named[0].start != len(m["unit"]):
            return m.group(0)
        return f"{m['unit']}参与的{m['noun'] or '任务'}"

    def _unit_of_that_kind(self, text: str, state: State | Callable[[], State]) -> tuple[str, tuple[str, ...]]:
        """ "那个市局另外还配合哪些任务" → "市农业农村局另外还配合哪些任务" when one unit shown is of that kind.

        After task 3's lead units (市农业农村局, 各县人民政府) only one is a city body. Returns the text (the unit put
        in when one fits) and the units shown that fit; with none the words are left as they are.
        """
        m = _THAT_KIND_OF_UNIT.search(text)
        if m is None:
            return text, ()
        now = _now(state)
        shown = now.units
        line = re.search(
            r"(?:(?:这|那|该)(?:条|项|个任务)?(?:的)?)?(牵头|配合|责任)(?:单位|部门)?(?:的|里|里头|里面|中|当中)?$",
            text[: m.start()],
        )
        start = m.start()
        if line is not None and now.one_task is not None:
            # "牵头里那个市直局": the one task in focus, on the line named before the pointer (not the units
            # listed last, which may be the other line's); the line's words only say where the unit stands.
            task = self._tasks[now.one_task]
            shown = task.lead_units if line[1] == "牵头" else task.responsible_units
            start = line.start()
        if not shown and now.query is not None and now.query.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS):
            # "第10项和第15项由谁牵头": the line asked of each task shown.
            lead = now.query.asked is Asked.LEAD_UNITS
            lines = [self._tasks[n].lead_units if lead else self._tasks[n].responsible_units for n in now.tasks]
            shown = tuple(dict.fromkeys(u for line in lines for u in line))
        ending = m["kind"][-1] if m["kind"][-1] in "局委办" else ""
        city = m["kind"].startswith("市")
        fits = tuple(u for u in shown if (not city or u.startswith("市")) and (not ending or u.endswith(ending)))
        if len(fits) != 1:
            return text, fits
        return text[:start] + fits[0] + text[m.end() :], fits

    def _unit_picked_from_shown(self, text: str, state: State | Callable[[], State]) -> str:
        """ "这里头的教育局自己牵头哪条" → "教育局自己牵头哪条": a unit picked from the units just listed.

        "这里头" then points at the units shown, not at the tasks: the question is about that unit alone.
        """
        m = re.match(r"(?:那|那么)?(?:这里头|这里面|里面|里头|其中|这些里|这几个里|这几家里)(?:的)?", text)
        if m is None:
            return text
        mentions = find_unit_mentions(text, self.alias_table)
        if not mentions or mentions[0].start != m.end():
            return text
        if mentions[0].unit not in _now(state).units:
            return text
        return text[m.end() :]

    def _unit_itself(self, text: str) -> str:
        """ "X自己牵头哪条" after another unit's tasks: X's own lead tasks, 自己 set against the unit before.

        Asked alone, "X自己牵头的" may mean the tasks X leads alone; in a conversation the writers of every
        tuning set that asked it meant X's tasks as against the last unit's.
        """
        mentions = find_unit_mentions(text, self.alias_table)
        if len(mentions) != 1:
            return text
        end = mentions[0].end
        if re.match(r"自己(?=牵头|配合|参与)", text[end:]):
            return text[:end] + text[end + 2 :]
        return text

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

    def _titled_tasks(self, m: re.Match[str]) -> str:
        """ "交通那两条" → "第7项和第8项" when the word is in the titles of exactly that many tasks (两/俩: two)."""
        word = m["word"]
        if _SECTION_NAMED.search(m.string[: m.start()]):
            return m.group(0)  # "第二部分…那两条": tasks of the part named, read with it
        # The word may start after other words ("文件里交通那两条"): its longest ending that titles tasks.
        for start in range(len(word) - 1):
            titled = [t.number for t in self.notice.tasks if word[start:] in t.title]
            wanted = {"两": 2, "俩": 2, "三": 3}[m["n"]]
            if len(titled) >= 2 and len(titled) == wanted:
                return m.group(0)[:start] + "和".join(f"第{n}项" for n in titled)
        return m.group(0)

    def _lead_is_not(self, m: re.Match[str]) -> str:
        unit = m["unit"] or m["unit2"]
        if not find_unit_mentions(unit, self.alias_table):
            return m.group(0)
        # "不是各县政府那个": "那个" picks among the tasks just shown.
        return f"不是{unit}牵头的" if m["unit"] else f"这里面不是{unit}牵头的"

    def _named_institution(self, text: str) -> bool:
        """Whether a county's own hospital or school is asked about by its name, yes or no ("X县人民医院是不是…").

        Such plans count hospitals and schools by kind ("每个县1所二甲医院"); none is named, so whether one is
        among them, or what it is now, the notice cannot say.
        """
        if self._county_institution is None or not _WHETHER.search(text):
            return False
        m = self._county_institution.search(text)
        return m is not None and m.group(0) not in self._full_text

    def each_in_turn(self, text: str) -> str:
        """ "商务局牵头的跟林草局牵头的…" → "商务局和林草局分别牵头的…", when both sides are units of the notice."""
        return _EACH_IN_TURN.sub(self._each_in_turn, text)

    def _each_in_turn(self, m: re.Match[str]) -> str:
        sides = [find_unit_mentions(m[side], self.alias_table) for side in ("a", "b")]
        if not all(len(named) == 1 and named[0].end == len(m[side]) for named, side in zip(sides, "ab", strict=True)):
            return m.group(0)
        return f"{m['a']}和{m['b']}分别{m['role']}的"

    def _line_is_unit(self, m: re.Match[str]) -> str:
        """ "牵头是X吗" → "是X牵头吗", "配合单位是X吗" → "X是责任单位吗": the unit first, as the check reads it."""
        unit = m["unit"] or m["unit2"]
        named = find_unit_mentions(unit, self.alias_table)
        if len(named) != 1 or named[0].end != len(unit):
            return m.group(0)
        if m["role"] == "牵头":
            return f"{m['pre']}是{unit}牵头吗"
        return f"{m['pre']}{unit}是责任单位吗"

    def _is_not_lead(self, m: re.Match[str]) -> str:
        """ "X不是牵头单位的" said as "不是X牵头的", what comes before the unit's name left before 不是.

        The pattern's name can start early ("前二十项当中县政府…"); a range moved behind 不是 would be lost.
        """
        who = m["who"]
        named = find_unit_mentions(who, self.alias_table)
        start = named[0].start if named else 0
        return f"{who[:start]}不是{who[start:]}牵头的"

    def _tasks_of_part(self, part: str) -> tuple[int, ...] | None:
        """The tasks of the part whose number ``part`` writes ("五", "2"), in order; None for no such part."""
        number = read_number(part)
        return self.notice.section(number).tasks if number in self.section_numbers else None

    def _size_of_section_said(self, text: str) -> str:
        """ "第五部分那两条…" → "第五部分的任务…": the part's tasks, their number said as people recall it.

        Only when the number said is the part's own size; another number is left for the other rules to read.
        """

        def tasks_of(m: re.Match[str]) -> str:
            tasks = self._tasks_of_part(m["part"])
            if tasks is None or read_number(m["size"]) != len(tasks):
                return m.group(0)
            return f"{m['section']}的任务"

        def run_of(m: re.Match[str]) -> str:
            tasks, n = self._tasks_of_part(m["part"]), read_number(m["n"])
            if tasks is None or n is None or not 1 <= n <= len(tasks):
                return m.group(0)
            run = tasks[:n] if m["end"] in ("前", "头") else tasks[-n:]
            return "、".join(f"第{t}项" for t in run)

        # "第二部分前两项": the part's own first two, not the notice's.
        text = _SECTION_RUN.sub(run_of, text)
        return _SECTION_SIZE_SAID.sub(tasks_of, text)

    def _within_section(self, text: str) -> str:
        """ "第二部分第一条" → "第7项", "第三部分最后一项" → "第16项": an ordinal counted within the part named."""

        def absolute(m: re.Match[str]) -> str:
            tasks = self._tasks_of_part(m["part"])
            if tasks is None:
                return m.group(0)
            n = len(tasks) if m["last"] else read_number(m["nth"] or m["nth2"] or "")
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


def _same_or_not(query: Query) -> Query:
    """ "第几项和第几项牵头单位相同不": what tasks share, asked as a yes or no, says whether their lines are the same.

    Read first as what the tasks share (INTERSECT) or, for "一样不一样", as what sets them apart (DIFFERENCE);
    either way the answer must say same or not and give every unit on the lines compared.
    """
    if len(query.tasks) < 2 or query.units or not _SAME_ASKED.search(query.text) or _WHICH_SAME.search(query.text):
        return query
    if (query.op is Op.INTERSECT and not query.note) or (query.op is Op.DIFFERENCE and query.note == "both"):
        return replace(query, op=Op.INTERSECT, note="same")
    return query


_LINE_OF_WHO = {"牵头": "牵头", "配合": "配合", "负责": "配合"}  # "谁负责" of a unit's tasks: the others on them


# "（牵头和责任都算）", "牵头跟责任单位都包括": both roles counted; said with 配合, as the readers of a unit's tasks
# already take it (general usage: 责任单位 and 配合单位 name the same line).
_BOTH_ROLES_COUNTED = re.compile(
    r"(?P<lead>牵头(?:单位)?\s*(?:[和跟与及加、/或]|以及|\+|＋)\s*)责任(?:单位)?(?=\s*(?:的)?(?:也|都)?(?:算|包括|要|行))"
)


def _besides_its_role(m: re.Match[str]) -> str:
    """ "除了它牵头那条，还配合了…" → "它配合的…"; "…，还参与了…" → "它参与但不牵头的…" (the role set aside)."""
    if m["verb"] != "参与":
        return f"它{m['verb']}的"
    return f"它参与但不{m['role']}的"


def _now(state: State | Callable[[], State]) -> State:
    """The conversation state, replayed only now if it was passed as a function."""
    return state() if callable(state) else state
