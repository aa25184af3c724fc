"""The single rules that read a follow-up question against what the last answer showed (:class:`State`).

Each rule reads one kind of follow-up ("这条谁配合", "换成责任单位呢", "哪几条有商务局") and returns ``None`` when the
question is not of its kind; :mod:`qa.reading.followups` tries them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from corpus.numerals import read_number
from corpus.records import Task
from corpus.units import find_unit_mentions
from qa.conversation import EMPTY, State
from qa.query import ASKED_OF_ROLE as _ASKED_OF_ROLE
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg
from qa.reading.patterns import (
    _ABOUT_LEAD_IN,
    _ALL_OF_THEM,
    _ALSO_ON_TASK,
    _ALSO_ON_TOPIC,
    _AS_ROLE,
    _ASKED_OF_COUNTED,
    _ASKS_DATE,
    _ASKS_FIGURE,
    _BARE_COUNT,
    _BEYOND_SHOWN,
    _BOTH,
    _BY_HOW_MANY,
    _COUNT,
    _COUNT_AT_END,
    _COUNTED_OF_ASKED,
    _COUNTED_UNITS_NAMED,
    _DROP,
    _FEWER_UNITS,
    _FROM_ON,
    _HAS_BUT_NOT,
    _HOW_MANY_OF_THESE,
    _IN_COMMON_COUNT,
    _IN_OTHER_TASKS,
    _IS_IT_THE_UNIT,
    _IT_AGAIN,
    _IT_OR_THIS,
    _IT_UNIT_TASKS,
    _ITS_TASK,
    _LAST_ITEM,
    _LINE_OF_UNIT_TASKS,
    _LINE_WRITTEN,
    _MORE_OF_WHAT,
    _MORE_OR_FEWER,
    _MOST,
    _NARROW,
    _NARROWED_COUNT,
    _NOT_IN_ROLE,
    _ONE_IN_ROLE,
    _ONE_TASK,
    _ONLY_HERE,
    _ONLY_N,
    _ORDINAL,
    _OTHER_AGAIN,
    _OTHERS_AFTER_VERB,
    _PLACES_OWN_LINE,
    _PRONOUN,
    _PUNCT,
    _REST_OF_POOL,
    _ROLE_LINE,
    _ROLE_OF_LINE_WORD,
    _ROLE_SWITCH,
    _SAME,
    _SECTION_REF,
    _SHOWN_BY_ROLE,
    _TARGET_ASK,
    _TASK_ATTRIBUTE,
    _TASK_UNITS_ASKED,
    _THAT_ONE_ABOUT,
    _THE_ONLY_UNIT,
    _THESE,
    _THIS_MATTER,
    _THIS_PART,
    _TIME_WORDS,
    _TOGETHER,
    _TOPIC_THEN_THAT,
    _TOPIC_THEN_THAT_ONE,
    _TOTAL_WORDS,
    _UNDER_IT,
    _UNIT_PLACE,
    _UNIT_PLACES,
    _UNIT_PRONOUNS,
    _UNITS_SET_APART,
    _UNITS_TASKS_ASKED,
    _WHAT_UNIT_IS,
    _WHICH_FIRST,
    _WHICH_ONE_MORE,
    _WHICH_TASK_PHRASE,
    _WHO_ASKED,
    _WHOLE_NOTICE,
    _place_in,
    _places_in,
)
from qa.reading.structural import StructuralReading
from qa.understand import longest_common_substring

# The line a filter by the number of units counted on, and the filter for a line written after one for none.
_LINE_OF_COUNT = {Property.LEAD_COUNT: Asked.LEAD_UNITS, Property.RESPONSIBLE_COUNT: Asked.RESPONSIBLE_UNITS}
_WRITTEN_OF_NONE = {Property.NO_LEAD: Property.LEAD_COUNT, Property.NO_RESPONSIBLE: Property.RESPONSIBLE_COUNT}


def _role_of_line_shown(state: State) -> Role | None:
    """The role of the units line the last answer asked for (lead or responsible), None for anything else."""
    asked = state.query.asked if state.query is not None else None
    return {Asked.LEAD_UNITS: Role.LEAD, Asked.RESPONSIBLE_UNITS: Role.RESPONSIBLE}.get(asked)


def _in_order(words: str, title: str) -> bool:
    """Whether every character of ``words`` occurs in ``title`` in the same order."""
    it = iter(title)
    return all(ch in it for ch in words)


# 项 and 条 count tasks; 个 and 家 count units or anything (general usage).
_TASK_MEASURE = re.compile(r"[项条]|任务")


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


# "X是不是配合单位", "X在牵头单位里吗": a unit checked against one line of a task (general usage). "配合单位里有
# 没有X" is left to the content path: read here it lowered two reported sets.
_ON_THE_LINE_CHECKED = re.compile(
    r"是不是(?:牵头|配合|责任)(?:单位|部门)|是(?:牵头|配合|责任)(?:单位|部门)(?:吗|么|不)"
    r"|在(?:牵头|配合|责任)(?:单位|部门)(?:里|中|里面|里头|名单里)?(?:吗|么|不)"
)


class FollowUpRules(StructuralReading):
    """The rules a follow-up is read with, one kind of follow-up each."""

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

    def _units_just_listed_counted(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "其中一共几家" right after one task's units were listed: those units, counted."""
        if not re.search(r"这里面|这里头|里面|其中|这些|一共|总共", text) or not re.search(
            r"几个|几家|多少个|多少家", text
        ):
            return None
        last = state().query
        if len(state().tasks) != 1 or not state().units or last is None or last.asked not in _COUNTED_OF_ASKED:
            return None
        if self._units(text) or self._task_refs(text) or self._content_left(text) >= 2:
            return None
        if re.search(r"这[两俩三几]|[两俩](?:条|项|个任务)|它俩", text):
            return None  # "这两条配合单位加起来几个": the tasks of recent answers, not the one task's units
        asked = self._units_asked(text)
        # "牵头配合都算上": both lines said in so many words; a bare "几个单位" counts the line shown.
        both = asked is Asked.UNITS and re.search(r"牵头.{0,4}(?:配合|责任)|(?:配合|责任).{0,6}牵头|都算|都包括", text)
        counted = _COUNTED_OF_ASKED[asked if asked is not None and (asked is not Asked.UNITS or both) else last.asked]
        return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=counted, text=text)

    def _units_of_the_counted_line(self, bare: str, state: Callable[[], State]) -> Query | None:
        """ "这三家都是谁" after the tasks whose lead line names three units: that line of those tasks."""
        m = _COUNTED_UNITS_NAMED.fullmatch(bare)
        last = state().query
        if m is None or last is None or last.op is not Op.FILTER or not state().tasks:
            return None
        asked = _LINE_OF_COUNT.get(last.prop)
        if asked is None or last.condition is None or read_number(m["n"]) != last.condition.value:
            return None
        return Query(Op.LOOKUP, asked, tasks=state().tasks, text=bare)

    def _this_task_checked(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "这项是X局牵头吗", "这一条的配合单位是Y吗": a yes-no check of the one task shown.

        The task's number is put where "这条" stands and the question read again; only a look-up of that task
        naming the unit (a yes or no with the units line) is kept.
        """
        m = re.search(r"这一?条|这一?项|该项|此项", text)
        # "是住建局牵头吗", "有没有人社局参与" with no "这条": said of the task just shown, put in front (not
        # "有没有X参与的任务", which asks for tasks).
        # So are "有X参与吗", "X在不在配合单位里", "和X有关系吗": a unit checked against the task shown.
        bare = m is None and (
            re.match(r"(?:那|那么)?(?:是不是|是|有没有|有)", text) is not None
            or re.search(r"在不在|有关系?[吗么没]|有没有关系|参与了?[吗么没]|参加了?[吗么没]", text) is not None
            # "X是不是配合单位", "X在配合单位里吗": a unit checked against one line.
            or _ON_THE_LINE_CHECKED.search(text) is not None
        )
        bare = bare and not re.search(r"任务|哪|几|多少", text)
        if (
            (m is None and not bare)
            or not re.search(r"吗|么|是不是|有没有|在不在|[不没]$", text)
            or self._task_refs(text)
        ):
            return None
        if not self._units(text) or state().one_task is None:
            return None
        if m is None and _IS_IT_THE_UNIT.fullmatch(text) and _role_of_line_shown(state()) is not None:
            # "是城管局吗" right after "谁牵头": a guess at the line just asked for, not whether the unit takes
            # part at all (the guess check reads it).
            return None
        one = state().one_task
        named = f"第{one}项{text}" if m is None else f"{text[: m.start()]}第{one}项{text[m.end() :]}"
        if re.search(r"是不是(?:牵头|配合|责任)", named):
            # "X是不是配合单位" asks as "X是配合单位吗" does; its 不是 negates nothing.
            named = re.sub(r"是不是(?=牵头|配合|责任)", "是", named, count=1).rstrip("？?") + "吗"
        again = self._structural(named)
        if again is None or again.op is not Op.LOOKUP or again.tasks != (one,) or not again.units:
            return None
        # With no role said, only a check of taking part at all ("member") is a check of the task shown.
        return replace(again, text=text) if self._role(text) is not None or again.note == "member" else None

    def _picked_by_topic(self, topic: str, shown: tuple[int, ...]) -> int | None:
        """The one task of ``shown`` that ``topic`` names: by a run of its title, a word of it or of its text."""
        if len(shown) < 2:
            return shown[0] if shown and topic in self._tasks[shown[0]].text else None
        scores = sorted(((longest_common_substring(topic, self._tasks[n].title), n) for n in shown), reverse=True)
        (best, task), (second, _) = scores[0], scores[1]
        if best >= 3 and best != second:
            return task
        # "垃圾那个", "二甲医院那个": the one listed task whose title, or else whose text, has the word.
        titled = [n for n in shown if topic in self._tasks[n].title]
        named = titled or [n for n in shown if topic in self._tasks[n].text]
        # "压实责任那条" for "压实主体责任": the words in the title's order, a word left out between them.
        named = named or [n for n in shown if _in_order(topic, self._tasks[n].title)]
        return named[0] if len(named) == 1 else None

    def _one_of_the_list_by_topic(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "讲养老托育的那条谁配合" after a list: the one listed task whose title the words name.

        Its title must share more with the words before "那条" than any other listed task's title does (at
        least three characters in a row); otherwise other rules (or a question back) decide.
        """
        m = _TOPIC_THEN_THAT_ONE.search(text) or _TOPIC_THEN_THAT.search(text) or _THAT_ONE_ABOUT.search(text)
        if m is None or self._task_refs(text):
            return None
        topic = _ABOUT_LEAD_IN.sub("", m.group("topic"))
        shown = state().tasks if len(state().tasks) >= 2 else state().listed
        if len(topic) < 2:
            return None
        task = self._picked_by_topic(topic, shown) if len(shown) >= 2 else None
        recent = tuple(dict.fromkeys((*state().recent, *shown)))
        if task is None and (("back" in m.groupdict() and m.group("back") == "回到") or len(shown) < 2 <= len(recent)):
            # "回到垃圾那个": a task shown a few answers ago, not only in the last list. So is "老旧小区那个" after
            # single tasks were looked up one by one: one of them, by its words.
            task = self._picked_by_topic(topic, recent)
        if task is None:
            return None
        rest = text[m.end() :]
        return Query(Op.LOOKUP, self._asked_of_task(rest, state()), tasks=(task,), note="ordinal", text=text)

    def _where_and_who(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "在哪条里，谁牵头" or "哪个局负责这事" right after a figure or a sentence was quoted: that task's units.

        The task is the one the last answer rested on (:attr:`State.one_task`); nothing else may be asked.
        """
        which = _WHICH_TASK_PHRASE.search(text)
        matter = _THIS_MATTER.search(text)
        # "牵头的是哪家" alone: a role of the task just shown, nothing else asked.
        # (Plain "谁牵头" is read elsewhere; here only "哪家/哪个单位" forms, and nothing compared, counted or ordinal.)
        bare = (
            not (which or matter)
            and self._content_left(text) < 2
            and any(m.group(0) != "谁" for m in _WHO_ASKED.finditer(text))
            and not re.search(r"都|两|几个|共同|一样|分别|各|第[一二三四五六七八九十\d]|倒数|最后|另一", text)
        )
        if not (which or matter or bare):
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
        # "一共有几个" is a total, not what things have in common ("共有").
        # "不重复的", "去重" pool the units, each once: no sharing is asked.
        shared_words = re.sub(r"不重复的?|去掉?重复的?|去重|重复的不算", "", _TOTAL_WORDS.sub("", text))
        in_common = (
            (_BOTH.search(shared_words) or _SAME.search(shared_words))
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
        asked_here = self._units_asked(text)  # the units line the question itself names, if any
        asked_before = self._asked_before(state())
        said = _HOW_MANY_OF_THESE.search(text)
        n = {"俩": 2, "仨": 3}.get(said.group(1)) or read_number(said.group(1)) if said else None
        recent_units = state().recent_units
        if (
            together
            and not refs
            and last.units
            and last.units[0].role is not Role.ANY
            and len(set(recent_units)) == 1
            and recent_units[-1] == last.units[0].name
            and re.search(r"两种|两类|两样|两个角色|两种身份", text)
        ):
            # "两种加一块几条" after one unit's tasks in each role: its tasks in either role.
            return Query(Op.COUNT, Asked.COUNT, units=(UnitArg(last.units[0].name, Role.ANY),), text=text)
        # "住建局和发改委谁参与的多", then "多几条": the units that answer compared.
        compared = tuple(u.name for u in last.units if u.name) if last.note == "between" else ()
        if (
            not refs
            and last.units
            and (len(compared) >= 2 or (state().unit is not None and len(set(recent_units)) >= 2))
        ):
            if re.search(r"这条|这项|那条|那项|第|哪条|哪项|哪一条|哪一项|两条|两项|这几条|这几项|这些任务", text):
                return None  # a task asked for ("这些任务里哪条…"), not one of the units
            # Units' answers in a row: the last two (or as many as said), in the role the last question asked.
            names = compared or tuple(dict.fromkeys(reversed(state().recent_units)))[: n or 2][::-1]
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
            or asked_before is not None
            or (_THESE.search(text) and asked_here is not None)  # "其中哪一项配合单位更多"
            # "哪条的配合单位更多" right after a list: the measure is said, the tasks are those listed.
            or (
                asked_here is not None
                and last.op in (Op.LIST, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE)
                and which_more is not None
            )
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
        counted = _COUNTED_OF_ASKED.get(asked_here) if asked_here else None
        if counted is Counted.UNITS and not re.search(r"牵头|责任|配合|参与", text):
            counted = None  # a bare "几个单位": the units the last question counted
        if counted is None and last.counted in (Counted.LEAD_UNITS, Counted.RESPONSIBLE_UNITS, Counted.UNITS):
            counted = last.counted
        if counted is None and asked_before is not None:
            counted = _COUNTED_OF_ASKED.get(asked_before)
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
        if units and _LINE_OF_UNIT_TASKS.search(text):
            return None  # "X牵头的任务配合单位有谁" says it all: one line of the unit's tasks in that role
        if self._units_own_task_line(text) is not None:
            return None  # "X牵头的那条谁配合": X's own task in that role, not the task shown
        if not (
            units
            or _PRONOUN.search(text)
            or re.search(r"换成|换作|改成|如果是|要是|当|作为|反过来|倒过来|反之", text)
            or re.search(r"(牵头|责任|配合|参与)的?(呢|嘞|咧)$", _PUNCT.sub("", text))  # "那配合的呢", "责任的呢"
            # "只看配合的", "光要牵头的": the unit's tasks shown, narrowed to one role
            or re.match(
                r"^(?:那|那么)?(?:只看|只要|光看|光要|仅看|只留|只算|就看)(?:它)?(?:当|作为)?(?:牵头|配合|责任)", text
            )
            # "牵头的有哪些", "配合的是哪几条" right after a unit's tasks: those of its tasks in that role
            or (
                re.match(r"^(?:那|那么)?(?:牵头|配合|责任)的(?:任务)?(?:都)?(?:有|是)(?!.*谁)", text)
                and state().unit is not None  # asked last: it replays the conversation
            )
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
                # "其中牵头的…": within the tasks shown, kept as the pool ("剩下的…" then means the others).
                pool = state().tasks if _THESE.search(text) and len(state().tasks) >= 2 else ()
                return Query(Op.LIST, Asked.TASKS, units=switched, tasks=pool, sections=last.sections, text=text)
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
        lines = (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS)
        several = last is not None and last.op in (Op.LOOKUP, Op.INTERSECT) and len(last.tasks) >= 2
        if switching and several and last.asked in lines:
            # "配合的呢" after "养老和医疗那两项都由谁牵头": the same tasks' other line (or the units they share on it).
            asked = _ASKED_OF_ROLE.get(role, Asked.UNITS)
            if asked in lines and not counting and last.tasks == state().tasks:
                return replace(last, asked=asked, text=text)
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
        if (
            not what
            and last is not None
            and last.op in (Op.ARGMAX, Op.ARGMIN)
            and last.asked is Asked.TASKS
            and last.counted in _ASKED_OF_COUNTED
            and len(shown.tasks) == 1
        ):
            # "就一个？是谁" after the task with the fewest units on a line: that line, with yes or no first.
            asked = _ASKED_OF_COUNTED[last.counted]
            return Query(Op.LOOKUP, asked, tasks=shown.tasks, condition=condition, note="confirm", text=bare)
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
        else:
            asked = self._line_shown(task, shown.units) or Asked.UNITS
        return Query(Op.LOOKUP, asked, tasks=shown.tasks, condition=condition, note="confirm", text=bare)

    @staticmethod
    def _line_shown(task: Task, units: tuple[str, ...]) -> Asked | None:
        """Which of ``task``'s lines ``units`` (what the last answer listed) is, if it is one of them."""
        if units and units == task.lead_units:
            return Asked.LEAD_UNITS
        if units and units == task.responsible_units:
            return Asked.RESPONSIBLE_UNITS
        return None

    def _line_compared(self, text: str, state: State) -> Asked:
        """The line tasks are compared on: the one said, else the one the last question asked, else both.

        "两项都有的单位" names no line: after two tasks' 责任单位 were asked, it is that line. Asked as a
        topic ("污水那条的责任单位"), the last question was read for its content, so its words tell the line.
        """
        said = self._units_asked(text)
        if said is not None and (
            said is not Asked.UNITS or re.search(r"牵头|责任|配合|都是谁|都有谁|分别|涉及|一共|总共|全部|所有", text)
        ):
            return said
        before = self._asked_before(state) or (self._units_asked(state.question) if state.question else None)
        return before or said or Asked.UNITS

    @staticmethod
    def _asked_before(state: State) -> Asked | None:
        """Which units the last question asked for, if it asked for units."""
        last = state.query
        if last is not None and last.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            return last.asked
        if last is not None and last.op is Op.COUNT and last.counted in _ASKED_OF_COUNTED:
            return _ASKED_OF_COUNTED[last.counted]  # "配合单位几个" counted (and listed) that line
        return None

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
                    "",
                    re.sub(
                        r"的话|的|呢|吧|里|中|部分|任务|项|那一?章|这一?章|章|那块|这块|板块|方面|有哪些|是哪些|哪些|有啥|是啥"
                        r"|换成|换到|改成",
                        "",
                        rest,
                    ),
                )
            )
            > 1
        ):
            return None
        last = state().query
        switched = self._section_switched(last, sections, text)
        if switched is not None:
            return replace(switched, op=Op.COUNT, asked=Asked.COUNT, counted=Counted.TASKS) if counting else switched
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

    def _section_switched(self, last: Query | None, sections: tuple[int, ...], text: str) -> Query | None:
        """ "换成第三部分呢" after a question over one part: the same question over the part named now.

        Only when the last question covered its parts whole (all their tasks, or a filter or unit's tasks within
        them); a part listed alone is listed again by the ordinary reading, and a part left out or counted from
        ("不算…", "从…开始") is read by the narrowing rules.
        """
        if last is None or not last.sections or set(sections) == set(last.sections):
            return None
        if _DROP.search(text) or _FROM_ON.search(text) or last.op in (Op.CLARIFY, Op.DECLINE, Op.SMALLTALK):
            return None
        if last.op is Op.LIST and last.asked is Asked.TASKS and not (last.units or last.prop):
            return None
        whole = set(self.notice.tasks_in(last.sections))
        if last.tasks and set(last.tasks) != whole:
            return None  # one task of the part was asked ("第二部分第一条"), not the part
        return replace(last, sections=sections, tasks=self.notice.tasks_in(sections) if last.tasks else (), text=text)

    def _about_what_was_shown(self, text: str, bare: str, state: Callable[[], State]) -> Query | None:
        """ "第三个是谁", "最后那个呢", "一共几个" about the units or the list the last answer showed."""
        several = self._units_by_places(text, state)
        if several is not None:
            return several
        place = _UNIT_PLACE.search(text)
        counting = _BARE_COUNT.fullmatch(bare) is not None
        if place is None and not counting:
            return None
        if place is not None:
            rest = _WHAT_UNIT_IS.sub("", text[: place.start()] + text[place.end() :])
            # "第一个单位还参与了哪些任务" asks for that unit's tasks: the nth-unit rule below answers it.
            # "牵头单位里第二个是谁" names the line the place is counted on: no tasks of a unit are asked.
            tasks_asked = _UNITS_TASKS_ASKED.search(_ROLE_LINE.sub("", rest))
            # "第二个和第三个的配合单位": another place joined before the line's noun, the places are tasks too.
            owns_line = _PLACES_OWN_LINE.match(text, place.end())
            if owns_line and not state().units and len(state().tasks) == 1 and _place_in(place, 1) == 1:
                # "头一项的牵头单位" after a unit's one task was listed (no units shown): that task's line.
                return Query(Op.LOOKUP, self._units_asked(text) or Asked.UNITS, tasks=state().tasks, text=text)
            if self._task_refs(rest) or self._content_left(rest) >= 2 or tasks_asked:
                return None
            if owns_line and len(state().listed) >= 2:
                return None  # "最后那项谁配合": a unit has no units of its own, so the place is in the list

        if counting and _TASK_MEASURE.search(bare) and len(state().tasks) == 1 and len(state().listed) >= 2:
            # "一共几项" after one task of a list was looked up: 项 counts tasks, so the list is counted, not the
            # units of the task shown.
            return Query(Op.COUNT, Asked.COUNT, tasks=state().listed, counted=Counted.TASKS, text=text)
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
        one_listed = len(state().tasks) == 1 and last is not None and last.op in (Op.LIST, Op.FILTER)
        if counting and last is not None and last.structural and (len(state().tasks) >= 2 or one_listed):
            # "一共几项" after a list of tasks: the tasks shown, counted; a list of one ("X牵头哪些" when X
            # leads one task) is counted as well, not taken for the notice's total.
            return Query(Op.COUNT, Asked.COUNT, tasks=state().tasks, counted=Counted.TASKS, text=text)
        return None

    def _units_by_places(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "头两个是哪两个单位", "牵头的头一个和最后一个" after one task's units: those places on the line shown.

        Only right after a units line of one task was shown (or its size counted); after a list of tasks the places
        are tasks, read by the list rules.
        """
        places = _UNIT_PLACES.search(text)
        if places is None or len(state().tasks) != 1 or self._task_refs(text):
            return None
        before = text[: places.start()]
        # "牵头的头两个": the line said by its role word right before the places.
        role_word = re.search(r"(牵头|配合|责任)(?:单位)?(?:的|里|中|里面|当中)*$", before)
        before = before[: role_word.start()] if role_word else before
        # "按文件里的顺序，…": the order of the line as printed, which is the order used.
        before = re.sub(r"按(?:照)?[^，,]{0,8}?(?:顺序|排序|次序)[，,]?", "", before)
        # "…是哪两个单位": which units, asked as "是谁" asks.
        after = re.sub(
            r"(?:分别|都)?是?(?:谁|(?:哪|什么|啥)(?:两|俩|三|仨|几)?(?:个|家)?(?:单位|部门)?)", "", text[places.end() :]
        )
        rest = _WHAT_UNIT_IS.sub("", before + after)
        if _UNITS_TASKS_ASKED.search(_ROLE_LINE.sub("", rest)) or self._content_left(_ROLE_LINE.sub("", rest)) >= 2:
            return None
        named = self._units_asked(text) if _ROLE_LINE.search(text) else None
        if role_word is not None:
            named = Asked.LEAD_UNITS if _ROLE_OF_LINE_WORD[role_word.group(1)] is Role.LEAD else Asked.RESPONSIBLE_UNITS
        asked = named if named in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS) else self._asked_of_units_shown(state())
        if asked not in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS):
            return None
        task = self._tasks[state().tasks[0]]
        line = task.lead_units if asked is Asked.LEAD_UNITS else task.responsible_units
        picked = _places_in(places, len(line))
        if picked is None:
            return None
        note = "nth-units:" + ",".join(str(n) for n in picked)
        return Query(Op.LOOKUP, asked, tasks=state().tasks, note=note, text=text)

    def _besides_shown(self, text: str, shown: tuple[int, ...]) -> tuple[bool, tuple[int, ...]]:
        """Whether ``text`` asks for others ("还", "别的"), and the tasks to look in: all, less those shown if so."""
        others = bool(shown) and bool(re.search(r"还|别的|其他|其它|另外|另一", text))
        return others, tuple(n for n in sorted(self.task_numbers) if not (others and n in shown))

    def _unit_tasks_besides(self, unit: UnitArg, asked: str, shown: tuple[int, ...], text: str) -> Query:
        """``unit``'s tasks, counted or listed as ``asked`` says; those ``shown`` left out when it asks for others."""
        others, tasks = self._besides_shown(asked, shown)
        if _COUNT.search(asked):
            return Query(Op.COUNT, Asked.COUNT, units=(unit,), tasks=tasks, counted=Counted.TASKS, text=text)
        return Query(Op.LIST, Asked.TASKS, units=(unit,), tasks=tasks, note="others" if others else "", text=text)

    def _one_of_many_shown(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "那条谁牵头", "它牵头几项" when the last answer showed several tasks or units on an equal footing.

        Which one is meant is asked back (the tasks as suggestions); one unit shown alone is that unit.
        """
        if units or self._task_refs(text):
            return None
        last = state().query
        if (
            re.match(r"^(?:那|那么)?它(?!们|俩)(?:还|另外|自己)*(?:牵头|参与|配合|负责)", text)
            and last is not None
            and len(last.unit_names) >= 2
        ):
            # "它牵头的那几条…" after two units' tasks: either unit, whatever is asked of its tasks.
            named = tuple(UnitArg(n, Role.ANY) for n in last.unit_names)
            return Query(Op.CLARIFY, note="which unit", units=named, text=text)
        if _THESE.search(text) or _ORDINAL.search(text) or _LAST_ITEM.search(text):
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
            return self._unit_tasks_besides(UnitArg(candidates[0], role), text, state().tasks, text)
        if unit_asked and len(last.unit_names) >= 2:
            # "它牵头的呢" after two units' shared tasks: either unit.
            named = tuple(UnitArg(n, Role.ANY) for n in last.unit_names)
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
        # "第二个局牵头的任务": the tasks named as a noun ask for them as "哪些" does.
        if verb is None or not re.search(r"哪|什么|啥|几|别的|其他|其它|还有|的任务[？?]?$", after):
            return None
        task = self._tasks[state().tasks[0]]
        # "第一个牵头单位…" counts on that line of the task shown; "第二个…" on the units the answer listed.
        shown = (task.lead_units if line["role"] == "牵头" else task.responsible_units) if line else state().units
        n = _place_in(place, len(shown))
        if n is None:
            return None
        role = {"牵头": Role.LEAD, "配合": Role.RESPONSIBLE}.get(verb.group(0), Role.ANY)
        return self._unit_tasks_besides(UnitArg(shown[n - 1], role), after, state().tasks, text)

    def _unit_beyond_shown(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "X还牵头哪些", "X在其他任务中也参与吗" after tasks that name the unit: its other tasks."""
        if len(units) != 1 or not units[0].name or self._task_refs(text):
            return None
        mentions = find_unit_mentions(text, self.alias_table)
        if len(mentions) != 1:
            return None
        after = text[mentions[0].end :]
        if not (_BEYOND_SHOWN.match(after) or _IN_OTHER_TASKS.match(after) or _OTHERS_AFTER_VERB.match(after)):
            return None
        name, shown = units[0].name, state().tasks
        if not shown:
            return None
        if state().unit != name and not any(name in self._tasks[n].units for n in shown):
            if not (_IN_OTHER_TASKS.match(after) and self._role(after) in (Role.LEAD, Role.RESPONSIBLE)):
                return None  # a unit not on the tasks shown, with no role said: a question of its own
            # "X在别的任务里当过配合吗" when X is on none of the tasks shown: its tasks in that role, all of them.
            shown = ()
        # The words matched say "others", so the tasks shown are left out.
        return self._unit_tasks_besides(UnitArg(name, self._role(after) or Role.ANY), after, shown, text)

    def _others_of_unit_shown(self, text: str, units: tuple[UnitArg, ...], state: Callable[[], State]) -> Query | None:
        """ "它另外还牵头哪些", "还有哪几条里有它" after one unit's role in one task: its other tasks."""
        if units or self._task_refs(text) or not _IT_AGAIN.search(text) or not _OTHER_AGAIN.search(text):
            return None
        last = state().query
        if last is not None and last.op is Op.LOOKUP and len(last.tasks) == 1 and len(last.units) == 1:
            shown, said = last.tasks[0], last.units[0]
        else:
            shown, said = state().one_task, self._unit_said_of_the_task(state())
            if shown is None or said is None:
                return None
        if not said.name:
            return None
        return self._other_tasks_of(UnitArg(said.name, self._role(text) or said.role), shown, text)

    def _other_tasks_of(self, unit: UnitArg, shown: int, text: str) -> Query:
        """``unit``'s tasks in its role other than the one task ``shown`` ("还有呢", "它另外还牵头哪些")."""
        others = tuple(n for n in sorted(self.task_numbers) if n != shown)
        return Query(Op.LIST, Asked.TASKS, units=(unit,), tasks=others, note="others", text=text)

    def _tasks_mentioning(self, term: str) -> Query | None:
        """The filter for the tasks whose text mentions ``term``, as "哪些任务提到了X" reads it."""
        return self._structural(f"哪些任务提到了{term}")

    def _unit_said_of_the_task(self, state: State) -> UnitArg | None:
        """The one unit the last question named with the one task its answer showed ("水务局牵头防洪那条"), in the
        role it said; None when the answer was about a unit, or the question named no unit or several."""
        shown = state.one_task
        named = {u.name for u in self._units(state.question) if u.name}
        if shown is None or state.unit is not None or len(named) != 1:
            return None
        unit = named.pop()
        return UnitArg(unit, self._role(state.question) or Role.ANY) if unit in self._tasks[shown].units else None

    def _same_about_task(self, n: int, text: str, state: State) -> Query | None:
        """The last question about one task ("那22呢", "还有21"), asked of task ``n``, if there was one."""
        last = state.query
        if last is not None and last.op in (Op.LOOKUP, Op.COUNT) and len(last.tasks) == 1:
            return replace(last, tasks=(n,), note="", text=text)
        if (
            last is not None
            and last.op is Op.CONTENT
            and len(state.tasks) == 1
            and (_ASKS_FIGURE.search(state.question) or _TARGET_ASK.search(state.question))
            and not state.units
        ):
            # "垃圾那条无害化率要求多少", then "那污水呢": a figure was quoted, so the other task's figures and
            # deadlines are asked (its own, not the first one's measure).
            return Query(Op.LOOKUP, Asked.TARGET, tasks=(n,), text=text)
        asked = self._asked_of_units_shown(state)
        return Query(Op.LOOKUP, asked, tasks=(n,), text=text) if asked is not None else None

    def _asked_of_units_shown(self, state: State) -> Asked | None:
        """Which units of its one task the last answer listed (lead, responsible or all), if it listed units."""
        if not state.units or state.one_task is None:
            return None
        task = self._tasks[state.one_task]
        if state.units == task.lead_units:
            return Asked.LEAD_UNITS
        if state.units == task.responsible_units:
            return Asked.RESPONSIBLE_UNITS
        return Asked.UNITS

    def _with_referent(self, text: str, pronoun: re.Match[str], state: Callable[[], State]) -> Query | None:
        """ "它一共牵头几项", "这个局和教育局都参与的", "这个任务里责任单位有几家": the referent put in, then read.

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
        if referent == unit and state().tasks and _BEYOND_SHOWN.match(text, pronoun.end()):
            # "它另外牵头的那几条", "它还参与几项": the unit's tasks in that role beyond those shown.
            return self._unit_tasks_besides(UnitArg(unit, self._role(text) or Role.ANY), text, state().tasks, text)
        query = self._structural(text[: pronoun.start()] + referent + text[pronoun.end() :])
        if query is None or (
            query.op is Op.LOOKUP
            and unit is None
            and query.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS)
        ):
            # "这项由谁牵头" after a topic: the content path quotes the sentence the earlier question was about.
            return None
        last = state().query
        carried = self._role(text) is None and not re.search(r"出现|一起|同时|共同", text)
        if carried and last is not None and last.units and last.units[0].role is not Role.ANY:
            # "它一共几次" after the unit on the most responsible lines was asked for: the unit in the role the
            # last question asked about.
            role = last.units[0].role
            query = replace(query, units=tuple(UnitArg(u.name, role) if u.name == referent else u for u in query.units))
        return replace(query, text=text)

    def _in_its_role_picked(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "牵头的那项责任单位几个" after a unit's tasks: the one task where it has that role, asked of.

        Only when the unit has exactly one such task among those shown; the rest is read as asked of that task.
        """
        m = _ONE_IN_ROLE.match(text)
        if m is None or state().unit is None or len(state().tasks) < 2:
            return None
        role = Role.LEAD if m.group("role") == "牵头" else Role.RESPONSIBLE
        picked = [n for n in state().tasks if _plays(self._tasks[n], state().unit, role)]
        if len(picked) != 1:
            return None
        query = self._structural(f"第{picked[0]}项{m.group('rest')}")
        return replace(query, text=text) if query is not None and query.tasks == (picked[0],) else None

    def _line_of_its_tasks(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "它牵头的那几项责任单位是哪些" after one unit's answer: that line of the unit's tasks in the role.

        Read as if the unit were named ("水务局牵头的那几条…"); after two units, "它" is asked back elsewhere.
        """
        it = re.match(r"^(?:那|那么)?(?:它|该局|该单位|这个局|这个单位)(?!们|俩)", text)
        if it is None or not _LINE_OF_UNIT_TASKS.search(text) or self._units(text):
            return None
        last, unit = state().query, state().unit
        if unit is None or last is None or len(last.unit_names) >= 2:
            return None
        query = self._structural(unit + text[it.end() :])
        return replace(query, text=text) if query is not None and query.note == "their units" else None

    def _units_also_on_task(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "里面哪几个在第20项也出现了" after one task's units were listed: those of them the other task names."""
        also = _ALSO_ON_TASK.search(text)
        by_topic = _ALSO_ON_TOPIC.search(text) if also is None else None
        if (also is None and by_topic is None) or not re.search(r"哪|谁", text) or self._units(text):
            return None
        if also is not None:
            other, note = read_number(also.group("n1") or also.group("n2")), "also on"
            # "…也在第15条里配合": on the line the role word after it says.
            said = re.search(r"牵头|配合|责任", text[also.end() :])
            line = _ROLE_OF_LINE_WORD.get(said.group(0)) if said else None
            note = f"also on:{line.value}" if line else note
            if re.search(r"(?:没有|没|不)(?:在|出现|有|列)?[过的]?[？?。呢吗]*$", text) or re.search(
                r"[不没]$", text[: also.start()]
            ):
                # "…在第3项的配合单位里没有", "哪家不在第9条里": those of them the other task does not name.
                note = "not " + note.removeprefix("also ")
        else:
            # "…也是垃圾那条的配合单位": the task its title word names, on the line said there (any, if none).
            other = self._task_by_title_words(by_topic["topic"])
            line = _ROLE_OF_LINE_WORD.get(by_topic["line"] or "")
            note = f"also on:{line.value}" if line else "also on"
        shown = state()
        if other not in self.task_numbers or len(shown.tasks) != 1 or not shown.units or other == shown.tasks[0]:
            return None
        asked = self._asked_of_units_shown(shown) or Asked.UNITS
        return Query(Op.LOOKUP, asked, tasks=(shown.tasks[0], other), note=note, text=text)

    def _units_only_here(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "这里面哪个单位别的任务里都没出现过" after one task's units: those of them no other task names.

        The line is the one the last answer listed, or the one the question names.
        """
        if not _ONLY_HERE.search(text) or not re.search(r"哪|谁", text) or self._units(text) or self._task_refs(text):
            return None
        shown = state()
        if len(shown.tasks) != 1:
            return None
        asked = self._units_asked(text) or self._asked_of_units_shown(shown) or Asked.UNITS
        if asked not in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            return None
        return Query(Op.LOOKUP, asked, tasks=shown.tasks, note="only here", text=text)

    def _units_own_task_line(self, text: str) -> Query | None:
        """ "X牵头的那条谁配合" in a conversation: X's own one task in that role, the line asked of it.

        Not the task shown: the unit names its task. None unless X has exactly one task in that role.
        """
        mentions = find_unit_mentions(text, self.alias_table)
        its_task = _ITS_TASK.match(text, mentions[0].end) if len(mentions) == 1 else None
        if its_task is None:
            return None
        role = self._role(its_task.group(0)) or Role.ANY
        own = [n for n in sorted(self.task_numbers) if _plays(self._tasks[n], mentions[0].unit, role)]
        asked = self._units_asked(text[its_task.end() :])
        if len(own) != 1 or asked not in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            return None
        return Query(Op.LOOKUP, asked, tasks=(own[0],), text=text)

    def _other_count_condition(self, bare: str, state: Callable[[], State]) -> Query | None:
        """ "那有三个的呢" after "牵头单位只有一个的": the same filter with the number said now.

        Only a number with its comparison and nothing else; the last query must have filtered by a number.
        """
        if not re.fullmatch(
            r"(?:那|那么)?(?:只有|就|仅|有|超过|多于|少于|不到|至少|大于|小于)?[一二两三四五六七八九十\d]+(?:个|家)?(?:以上|以下)?(?:的)?(?:呢)?",
            bare,
        ):
            return None
        last = state().query
        condition = self._condition(bare)
        if last is None or last.condition is None or last.op is not Op.FILTER or condition is None:
            return None
        return replace(last, condition=condition, note="", text=bare)

    def _line_written_after_none(self, bare: str, state: Callable[[], State]) -> Query | None:
        """ "反过来有的呢" after the tasks listing no lead units: those whose line is written, over the same pool."""
        m = _LINE_WRITTEN.fullmatch(bare)
        last = state().query
        if m is None or last is None or last.op is not Op.FILTER:
            return None
        prop = _WRITTEN_OF_NONE.get(last.prop)
        if prop is None:
            return None
        return replace(last, prop=prop, condition=Condition(Comparator.GE, 1), text=bare)

    def _rest_of_the_pool(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "剩下那几条各由谁牵头" after a list narrowed within tasks shown before: the tasks left out of it.

        The last query ran over a pool of tasks (a part's, a list's) and showed some of them; the rest of the
        pool is listed, or its role line given when one is asked.
        """
        m = _REST_OF_POOL.match(text)
        last = state().query
        if m is None or last is None or self._task_refs(text):
            return None
        shown = set(state().tasks)
        # The pool the last query ran over, or the last list shown before one of its tasks was looked at.
        pool = next((p for p in (last.tasks, state().listed) if len(p) >= 2 and shown < set(p)), ())
        rest = tuple(n for n in pool if n not in shown)
        if not shown or not rest:
            return None
        if self._units(text):
            # "剩下配合的那些里哪几条也有财政局": the question asked of the rest (the role word describes the rest).
            asked_of_rest = _SHOWN_BY_ROLE.sub("", m.group("rest"), count=1)
            inner = self._structural(asked_of_rest)
            if inner is not None and inner.op in (Op.LIST, Op.FILTER, Op.COUNT) and not inner.tasks:
                return replace(inner, tasks=rest, text=text)
            if inner is None and re.search(r"哪|几|多少", asked_of_rest):
                # "…哪些也有卫健委": the rest that name the unit (in the role said, else either).
                named = self._units(asked_of_rest)
                if _COUNT.search(asked_of_rest):
                    return Query(Op.COUNT, Asked.COUNT, units=named, tasks=rest, counted=Counted.TASKS, text=text)
                return Query(Op.LIST, Asked.TASKS, units=named, tasks=rest, text=text)
            return None
        said = re.sub(r"分别|各自|各|每项|每条|都", "", m.group("rest"))  # "分别谁牵头": each of them, as listed
        if re.search(r"(?:一共|总共|共)?(?:几|多少)(?:条|项|个)(?:任务)?(?:呢|啊)?[？?]?$", said):
            # "其余的都是配合吧，一共几条": the rest counted.
            return Query(Op.COUNT, Asked.COUNT, tasks=rest, counted=Counted.TASKS, text=text)
        asked = self._units_asked(said)
        if asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS) and self._content_left(said) < 2:
            return Query(Op.LOOKUP, asked, tasks=rest, text=text)
        if self._content_left(said) < 1:
            return Query(Op.LIST, Asked.TASKS, tasks=rest, text=text)
        return None

    def _the_only_unit(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "这唯一的牵头单位还管哪些" after one task whose line names one unit: that unit's tasks.

        With 还/别的/其他 the task shown is left out.
        """
        m = _THE_ONLY_UNIT.search(text)
        if m is None or len(state().tasks) != 1:
            return None
        task = self._tasks[state().tasks[0]]
        line = task.lead_units if m.group("role") == "牵头" else task.responsible_units
        if len(line) != 1 or not re.search(r"任务|哪些|哪几|几项|几条|参与|牵头|负责", text[m.end() :]):
            return None
        unit = (UnitArg(line[0], Role.ANY),)
        if re.search(r"还|别的|其他|其它|另外", text[m.end() :]):
            others = tuple(n for n in sorted(self.task_numbers) if n != task.number)
            return Query(Op.LIST, Asked.TASKS, units=unit, tasks=others, note="others", text=text)
        return Query(Op.LIST, Asked.TASKS, units=unit, text=text)

    def _ordinals_compared(self, text: str, state: Callable[[], State]) -> Query | None:
        """ "第二个多了哪些单位", "第三项比第一项多出谁": places in the list shown, their units compared.

        The places count in the list shown (not task numbers); with one place said, the list must hold two
        tasks, the other being the one compared with. "少了" turns the comparison round; "不一样的" asks both ways.
        """
        if not _UNITS_SET_APART.search(text) or _SECTION_REF.search(text):
            return None
        places = [read_number(m.group(1)) for m in _ORDINAL.finditer(text)]
        if not places or len(places) > 2:
            return None
        listed = state().tasks if len(state().tasks) >= 2 else state().listed
        if len(listed) < 2 or any(n is None or not 1 <= n <= len(listed) for n in places):
            return None
        first = listed[places[0] - 1]
        if len(places) == 2:
            second = listed[places[1] - 1]
        elif len(listed) == 2:
            second = listed[1] if first == listed[0] else listed[0]
        else:
            return None
        if first == second:
            return None
        if _FEWER_UNITS.search(text):
            first, second = second, first  # "第二条比第一条少了谁": the first's units the second lacks
        asked = self._line_compared(text, state())
        both = not _MORE_OR_FEWER.search(text)
        return Query(Op.DIFFERENCE, asked, tasks=(first, second), note="both" if both else "", text=text)

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
        if len(sections) != 1 and not state().empty:
            # "这部分有几条" after a content answer to "第五部分…谁牵头": the part that question named.
            sections = self._sections(state().question)
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
        rest = re.sub(r"(?:是)?哪一?(?:条|项|个)", "", rest)  # "第三个是哪条": which task it is, nothing more
        if n is None or n <= len(shown) or not shown or self._content_left(rest) >= 2:
            return None
        return Query(Op.CLARIFY, note="beyond list", tasks=tuple(shown), text=text)
