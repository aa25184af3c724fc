"""Running a structural :class:`~qa.query.Query` over the parsed notice, and wording its answer.

Every answer cites the tasks it rests on; a count always comes with its list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from corpus.notice_lexicon import NoticeLexicon, lexicon_for
from corpus.numerals import chinese_numeral
from corpus.records import Notice, Task
from corpus.units import expand_unit
from qa import compose
from qa.answer import Answer, Citation, Intent
from qa.lexicon import phrases as P
from qa.lexicon.derived import Target, task_targets
from qa.lexicon.units import UNIT_KINDS
from qa.query import Asked, Comparator, Condition, Counted, Op, Property, Query, Role, UnitArg


@dataclass(frozen=True)
class Result:
    """What a query found: tasks in order, units, a count, sections; and the answer's wording."""

    tasks: tuple[int, ...]
    text: str
    units: tuple[str, ...] = ()
    count: int | None = None
    sections: tuple[int, ...] = ()
    role: Role | None = None  # for citations: the units line to quote
    targets: tuple[Target, ...] = ()


def has_role(task: Task, unit: str, role: Role, lexicon: NoticeLexicon | None = None) -> bool:
    """Whether ``unit`` (a county also as one of 各县人民政府) appears on ``task``'s line for ``role``."""
    names = expand_unit(unit, lexicon)
    lead = any(n in task.lead_units for n in names)
    responsible = any(n in task.responsible_units for n in names)
    if role is Role.LEAD:
        return lead
    if role is Role.RESPONSIBLE:
        return responsible
    return lead or responsible


def _role_counted(counted: Counted | None) -> Role:
    """The units line a per-task count of units counts: lead, responsible, or both (any other count)."""
    return {Counted.LEAD_UNITS: Role.LEAD, Counted.RESPONSIBLE_UNITS: Role.RESPONSIBLE}.get(counted, Role.ANY)


def _verb(role: Role) -> str:
    """How a unit's tasks in ``role`` are said in a count ("市民政局牵头2项")."""
    return {Role.LEAD: "牵头", Role.RESPONSIBLE: "作为责任单位参与", Role.ANY: "参与"}[role]


def _role_text(role: Role) -> str:
    return {Role.LEAD: "牵头", Role.RESPONSIBLE: "作为责任单位参与", Role.ANY: "参与（牵头或作为责任单位）"}[role]


# "配合单位里有交通局吗，都有谁", "…，全列一下": the whole line is asked too, not only whether the unit is on it
# (general usage).
_WHOLE_LINE_ASKED = re.compile(
    r"全列|全部列|都列|列一下|列出来|都有(?:谁|哪些|哪几个)|都是(?:谁|哪些)|都说一下|全说|全部说"
)
# "X没牵头吗", "X不是责任单位吗": a yes-or-no question asked in the negative (general usage).
_ASKED_NEGATIVELY = re.compile(
    r"(?:没有?|不是|并非|未|不)(?:牵头|责任|参与|配合|负责|作为|当|在)[^吗么嘛]{0,12}[吗么嘛]"
)


def _role_noun(role: Role) -> str:
    return {Role.LEAD: "牵头单位", Role.RESPONSIBLE: "责任单位", Role.ANY: "牵头单位和责任单位"}[role]


class Executor:
    """Answers structural queries from the notice's records alone."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        self._lexicon = lexicon_for(notice)  # county names: this notice's own, if it ships any
        self._tasks = {t.number: t for t in notice.tasks}
        self._with_units = tuple(t for t in notice.tasks if t.lead_units or t.responsible_units)

    # --- answers ---------------------------------------------------------------------------------
    def answer(self, question: str, query: Query) -> Answer:
        """Run ``query`` and word the answer, citing every task it rests on."""
        if query.note == "member" and _WHOLE_LINE_ASKED.search(question):
            # The reader reads the yes-no question without its tail ("…，全列一下"); the tail is in the question.
            query = replace(query, note="member, whole line")
        result = self.execute(query)
        citations = tuple(self._cite(self._tasks[n], query, result) for n in result.tasks)
        intent = Intent.QUERY
        if query.op is Op.LIST and query.sections and not query.units:
            intent = Intent.SECTION
        elif query.op is Op.LIST and query.units and not query.sections:
            intent = Intent.UNIT_TASKS
        if query.op is Op.COUNT and not (query.units or query.sections or query.tasks or query.years):
            intent = Intent.META  # how many tasks or parts the notice has: a question about the notice itself
        if query.op is Op.LOOKUP and len(result.tasks) == 1:
            intent = {
                Asked.LEAD_UNITS: Intent.LEAD,
                Asked.RESPONSIBLE_UNITS: Intent.RESPONSIBLE,
                Asked.TARGET: Intent.FACT,
            }.get(query.asked, Intent.TOPIC)
        return Answer(
            question=question,
            intent=intent,
            in_scope=True,
            answer=result.text,
            citations=citations,
            count=result.count,
        )

    def _cite(self, task: Task, query: Query, result: Result) -> Citation:
        evidence = task.sentences[0] if task.sentences else task.title
        role = result.role
        if role is not None and task.lead_units:
            line = task.lead_units if role is Role.LEAD else task.responsible_units
            label = "牵头单位" if role is Role.LEAD else "责任单位"
            if role is Role.ANY:
                lead, responsible = compose.units_text(task.lead_units), compose.units_text(task.responsible_units)
                evidence = f"牵头单位：{lead}；责任单位：{responsible}"
            else:
                evidence = f"{label}：{compose.units_text(line)}"
        elif query.years:
            evidence = next((s for s in task.sentences if any(f"{y}年" in s for y in query.years)), evidence)
        elif result.targets:
            evidence = next(
                (s for s in task.sentences for t in result.targets if t.task == task.number and t.figure in s), evidence
            )
        unit = query.units[0].name if query.units else ""
        if unit and query.op in (Op.LIST, Op.COUNT, Op.FILTER, Op.INTERSECT, Op.DIFFERENCE):
            # Like the unit-tasks answer: which line names the unit, and under which name.
            for line_role, line in (("lead", task.lead_units), ("responsible", task.responsible_units)):
                named = next((n for n in expand_unit(unit, self._lexicon) if n in line), None)
                if named is not None:
                    evidence = f"{'牵头单位' if line_role == 'lead' else '责任单位'}：{compose.units_text(line)}"
                    return Citation.of(task, evidence=evidence, score=1.0, role=line_role, as_named=named)
        return Citation.of(task, evidence=evidence, score=1.0)

    # --- execution -------------------------------------------------------------------------------
    def execute(self, query: Query) -> Result:
        """Run ``query``.

        Raises:
            ValueError: for a query that is not structural (content, small talk, decline, clarify).
        """
        handlers = {
            Op.LOOKUP: self._lookup,
            Op.LIST: self._list,
            Op.COUNT: self._count,
            Op.ARGMAX: self._superlative,
            Op.ARGMIN: self._superlative,
            Op.FILTER: self._filter_within,
            Op.INTERSECT: self._intersect,
            Op.DIFFERENCE: self._difference,
        }
        if query.prop is Property.ALL_OF:
            return self._all_of(query)  # asked as a count or as a list alike: the parts decide the tasks
        handler = handlers.get(query.op)
        if handler is None:
            raise ValueError(f"cannot execute a {query.op.value} query; structural ops are {', '.join(handlers)}")
        return handler(query)

    def tasks_of(self, unit: UnitArg, within: Iterable[Task] | None = None) -> list[Task]:
        """The tasks where ``unit`` plays its role, in task order."""
        pool = self.notice.tasks if within is None else within
        return [t for t in pool if has_role(t, unit.name, unit.role, self._lexicon)]

    def _confirmation(self, task: Task, units: tuple[UnitArg, ...], *, only: bool = False) -> tuple[str, list[str]]:
        """ "是的，" or "不是。" for the units a look-up names ("水务局是不是第9项牵头的"), and why not.

        ``only``: the question asks whether they are the whole line ("是不是只有X牵头"), so other units on it
        make the answer no.
        """
        named = [u for u in units if u.name]
        if not named:
            return "", []
        notes = []
        role = named[0].role
        if only and role in (Role.LEAD, Role.RESPONSIBLE) and all(u.role is role for u in named):
            line = task.lead_units if role is Role.LEAD else task.responsible_units
            others = [u for u in line if u not in {n.name for n in named}]
            if others and all(has_role(task, u.name, role, self._lexicon) for u in named):
                notes.append(f"（这一项的{_role_noun(role)}还有{compose.units_text(others)}。）")
        for unit in named:
            if has_role(task, unit.name, unit.role, self._lexicon):
                continue
            if has_role(task, unit.name, Role.ANY, self._lexicon):
                actual = self._role_on(task, unit.name)
                notes.append(f"（{unit.name}在这一项中是{actual}，不是{_role_noun(unit.role)}。）")
            else:
                notes.append(f"（这一项的牵头单位和责任单位里都没有{unit.name}。）")
        return ("不是。" if notes else "是的，"), notes

    def _role_on(self, task: Task, unit: str) -> str:
        """The line ``unit`` is on in ``task``: 牵头单位 when it leads, else 责任单位."""
        return "牵头单位" if has_role(task, unit, Role.LEAD, self._lexicon) else "责任单位"

    def _pool(self, query: Query) -> list[Task]:
        """The tasks a query ranges over: its sections' tasks (or all), within its tasks if it names some."""
        pool = list(self.notice.tasks)
        if query.sections:
            wanted = set(self.notice.tasks_in(query.sections))
            pool = [t for t in pool if t.number in wanted]
        if query.tasks and query.op in (Op.LIST, Op.FILTER, Op.COUNT, Op.ARGMAX, Op.ARGMIN):
            pool = [t for t in pool if t.number in query.tasks]
        return pool

    def _units_also_on(
        self, task: Task, other: Task, role: Role, other_line: Role = Role.ANY, *, absent: bool = False
    ) -> Result:
        """The units on ``task``'s line in ``role`` that ``other`` names on ``other_line`` ("哪几个在第20项也有").

        ``absent``: those it does not name instead ("哪个在第1条里没有").
        """
        units = _units_for(task, role)
        theirs = _units_for(other, other_line)
        both = [u for u in units if (u in theirs) != absent]
        noun = _role_noun(role)
        label, other_label = compose.task_label(task), compose.task_label(other)
        where = other_label if other_line is Role.ANY else f"{other_label}的{_role_noun(other_line)}"
        if both:
            text = f"{label}的{noun}中，{where}{'没有' if absent else '也有'}的：{compose.units_text(both)}。"
        elif absent:
            text = f"{label}的{noun}在{where}里都有。"
        else:
            text = f"{label}的{noun}都不在{where}里。"
        other_noun = _role_noun(other_line) if other_line is not Role.ANY else "单位"
        listed = (
            f"{label}的{noun}：{compose.units_text(units)}；{other_label}的{other_noun}：{compose.units_text(theirs)}"
        )
        text += f"\n（{listed}。）"
        return Result((task.number, other.number), text, units=tuple(both), role=role)

    def _lookup(self, query: Query) -> Result:
        tasks = [self._tasks[n] for n in query.tasks]
        if query.asked in (Asked.LEAD_UNITS, Asked.RESPONSIBLE_UNITS, Asked.UNITS):
            role = {Asked.LEAD_UNITS: Role.LEAD, Asked.RESPONSIBLE_UNITS: Role.RESPONSIBLE}.get(query.asked, Role.ANY)
            if query.departments_only and role is not Role.ANY and not query.note and not query.units:
                return self._departments_on(tasks, role)
            if query.note == "not departments" and role is not Role.ANY and len(tasks) == 1:
                return self._not_departments_on(tasks[0], role)
            if query.note.startswith(("also on", "not on")) and len(tasks) == 2:
                other_line = Role(query.note.split(":", 1)[1]) if ":" in query.note else Role.ANY
                absent = query.note.startswith("not on")
                return self._units_also_on(tasks[0], tasks[1], role, other_line, absent=absent)
            if len(tasks) > 1:
                return self._units_of_many(tasks, role, common=False, excluded=query.excluded)
            task = tasks[0]
            if not task.lead_units and not task.responsible_units:
                return Result((task.number,), compose.no_units_note(task), role=role)
            units = _units_for(task, role)
            label = compose.task_label(task)
            left_out = [u for u in units if u in query.excluded]
            if left_out:
                # "这条除了发改还有谁配合": the task's units of the role, less those already named.
                rest = [u for u in units if u not in query.excluded]
                named = "、".join(left_out)
                others = compose.units_text(rest) if rest else "没有别的了"
                # The first line names only the other units (it is what was asked); the rest follows below.
                text = (
                    f"{label}其余的{_role_noun(role)}：{others}。\n（不含{named}；全部：{compose.units_text(units)}。）"
                )
                return Result((task.number,), text, units=tuple(rest), role=role)
            if query.note == "only here":
                # "其中哪家别的任务里没有": the task's units on the line asked that no other task names.
                alone = [u for u in units if not any(u in t.units for t in self.notice.tasks if t is not task)]
                noun = _role_noun(role)
                if alone:
                    text = f"{label}的{noun}中，只在这一项出现的：{compose.units_text(alone)}。"
                else:
                    text = f"{label}的{noun}在别的任务里也都出现过，没有只在这一项出现的。"
                text += f"\n（全部{noun}：{compose.units_text(units)}。）"
                return Result((task.number,), text, units=tuple(alone), role=role)
            if query.note == "confirm" and query.condition is not None:
                # "就一个配合单位？": yes or no first, then the units themselves.
                verdict = _verdict(len(units), query.condition.value, "个")
                text = f"{verdict}{label}的{_role_noun(role)}：{compose.units_text(units)}。"
                return Result((task.number,), text, units=units, role=role)
            if query.note.startswith("nth-units:"):
                # "头两个是哪两个单位": those places on the line, then the whole line.
                places = [int(n) for n in query.note.removeprefix("nth-units:").split(",")]
                picked = tuple(units[n - 1] for n in places if 1 <= n <= len(units))
                said = "、".join(f"第{n}个" for n in places)
                text = f"{label}的{_role_noun(role)}中，{said}是{compose.units_text(picked)}。"
                text += f"\n全部：{compose.units_text(units)}。"
                return Result((task.number,), text, units=picked, role=role)
            if query.note.startswith("nth-unit:"):
                n = int(query.note.removeprefix("nth-unit:"))
                if 1 <= n <= len(units):
                    unit = units[n - 1]
                    text = f"{label}的{_role_noun(role)}中，第{n}个是{unit}。\n全部：{compose.units_text(units)}。"
                    return Result((task.number,), text, units=(unit,), role=role)
                # "第九个责任单位" of a task with four: say there is none, then list them all.
                text = f"{label}的{_role_noun(role)}只有{len(units)}个，没有第{n}个：{compose.units_text(units)}。"
                return Result((task.number,), text, units=units, role=role)
            lead = compose.units_text(task.lead_units)
            responsible = compose.units_text(task.responsible_units)
            # The first line gives exactly the units asked for; the other role follows on its own line.
            if role is Role.LEAD:
                text = f"{label}的牵头单位：{lead}。\n责任单位：{responsible}。"
            elif role is Role.RESPONSIBLE:
                text = f"{label}的责任单位：{responsible}。\n牵头单位：{lead}。"
            else:
                text = f"{label}的牵头单位：{lead}；责任单位：{responsible}。"
            verdict, notes = self._confirmation(task, query.units, only=bool(_ONLY_THESE.search(query.text)))
            named = tuple(u.name for u in query.units if u.name)
            if verdict == "是的，" and query.note.startswith("member") and named:
                # "配合单位里有住建局吗": 有, the unit on that line first; the whole line after it.
                noun = _role_noun(role)
                if role is Role.ANY:
                    # "这项有人社局参与吗": 有, with the role each unit has there, then both lines.
                    roles = "；".join(f"{name}是{label}的{self._role_on(task, name)}" for name in named)
                    line = f"有，{roles}。\n牵头单位：{lead}；责任单位：{responsible}。"
                    return Result((task.number,), line, units=named, role=role)
                if query.note == "member, whole line":
                    # "…有财政局吗，全列一下": the whole line is the answer, the unit asked about marked in it.
                    line = f"有。{label}的全部{noun}：{compose.units_text(units)}（含{'、'.join(named)}）。"
                    return Result((task.number,), line, units=units, role=role)
                line = f"有，{'、'.join(named)}是{label}的{noun}。\n全部{noun}：{compose.units_text(units)}。"
                return Result((task.number,), line, units=named, role=role)
            if verdict == "是的，" and role is Role.ANY and named:
                # "发改委负责污水处理吗": yes, with both lines first and the role each unit named has there.
                notes = [f"（{'；'.join(f'{name}是{self._role_on(task, name)}' for name in named)}。）"]
            if verdict and query.note.startswith("member"):
                verdict = {"是的，": "有，", "不是。": "没有。"}.get(verdict, verdict)
            if verdict and _ASKED_NEGATIVELY.search(query.text):
                # "第11项住建局没牵头吗": a yes would agree with "not"; the fact is said instead of yes or no.
                kind = "是参与单位" if role is Role.ANY else f"是{_role_noun(role)}"
                said = "；".join(
                    f"{name}{'' if has_role(task, name, role, self._lexicon) else '不'}{kind}" for name in named
                )
                verdict = f"{said}。\n"
            if verdict:
                # The units line stays first (it is the answer); the verdict opens it, the reasons follow it.
                first, _, rest = text.partition("\n")
                text = "\n".join(part for part in (f"{verdict}{first}", *notes, rest) if part)
            return Result((task.number,), text, units=units, role=role)
        if query.asked is Asked.SECTIONS:
            # "它们各属于哪个部分": each section with the asked tasks in it, in the notice's order.
            by_section: dict[int, list[int]] = {}
            for task in tasks:
                by_section.setdefault(task.section, []).append(task.number)
            lines = [
                f"{'、'.join(f'第{n}项' for n in numbers)}属于{compose.section_label(self.notice.section(s))}。"
                for s, numbers in sorted(by_section.items())
            ]
            return Result(tuple(query.tasks), "\n".join(lines), sections=tuple(sorted(by_section)))
        if query.asked is Asked.TARGET:
            lines: list[str] = []
            found: list[Target] = []
            for task in tasks:
                targets = task_targets(task)
                found += targets
                deadlines = [c for c in re.split(r"[，；。]", task.text) if re.search(r"20\d\d年", c)]
                if targets:
                    figures = "；".join(f"{t.figure}（{t.clause}）" for t in targets)
                    lines.append(f"{compose.task_label(task)}的量化目标：{figures}。")
                elif deadlines:
                    lines.append(f"{compose.task_label(task)}没有写数字指标，写了时间目标：{'；'.join(deadlines)}。")
                else:
                    lines.append(f"{compose.task_label(task)}没有写具体的数字指标，原文如下。")
                lines.append(compose.quote(task.text))
            return Result(tuple(query.tasks), "\n".join(lines), targets=tuple(found))
        lines = []
        for task in tasks:
            lines.append(compose.topic_sentence(task).replace("这个问题对应", "", 1))
            lines.append(compose.quote(task.text))
        return Result(tuple(query.tasks), "\n".join(lines))

    def _list(self, query: Query) -> Result:
        if query.note == "shown":
            # "是哪一项" after an answer that gave its count first: the tasks it found, by name.
            listing = "\n".join(self._line(self._tasks[n]) for n in query.tasks)
            head = "是这一项：" if len(query.tasks) == 1 else f"是这{len(query.tasks)}项："
            return Result(tuple(query.tasks), f"{head}\n{listing}", count=len(query.tasks))
        if query.note == "no more":
            listing = "\n".join(self._line(self._tasks[n]) for n in query.tasks)
            text = f"没有别的了，上一个回答已经列出了全部{len(query.tasks)}项：\n{listing}"
            return Result(tuple(query.tasks), text, count=len(query.tasks))
        if query.note.startswith("left out:"):
            # "去掉第19项还剩哪些": the list shown, less the tasks named.
            removed = "、".join(f"第{n}项" for n in query.note.removeprefix("left out:").split(","))
            if not query.tasks:
                return Result((), f"去掉{removed}，没有剩下的任务了。", count=0)
            listing = "\n".join(self._line(self._tasks[n]) for n in query.tasks)
            return Result(
                tuple(query.tasks), f"去掉{removed}，还剩{len(query.tasks)}项：\n{listing}", count=len(query.tasks)
            )
        if query.note == "more":
            if not query.tasks:
                return Result((), "上一个回答已经列出了全部结果，没有别的了。您可以换个问题继续问。")
            listing = "\n".join(self._line(self._tasks[n]) for n in query.tasks)
            return Result(tuple(query.tasks), f"相关的还有：\n{listing}")
        if query.note == "role" and len(query.units) == 1:
            return self._role_in_tasks(query.units[0].name, [self._tasks[n] for n in query.tasks])
        tasks = self._pool(query)
        if query.units and query.note == "union":
            # "城管局和水务局的任务合起来": a task of either unit, once.
            either = {t.number for unit in query.units for t in self.tasks_of(unit, tasks)}
            tasks = [t for t in tasks if t.number in either]
        elif query.units:
            for unit in query.units:
                tasks = self.tasks_of(unit, tasks)
        if query.note == "their units" and tasks:
            # "林草局牵头的任务配合单位有谁": the line asked, of each of the unit's tasks.
            role = {Asked.LEAD_UNITS: Role.LEAD, Asked.RESPONSIBLE_UNITS: Role.RESPONSIBLE}.get(query.asked, Role.ANY)
            return self._units_of_many(tasks, role, common=False)
        if query.note == "others" and query.units:
            # "还有呢" after one task of a unit: the unit's tasks in that role beyond the one shown.
            shown = sorted(set(self._tasks) - set(query.tasks))
            besides = "、".join(f"第{n}项" for n in shown)
            who = query.units[0].name + _role_text(query.units[0].role)
            if len(query.units) > 1:
                # "这几家都参与的另外几项": every unit named, on each task.
                who = "、".join(u.name for u in query.units) + "都" + _role_text(query.units[0].role)
            if not tasks:
                # The task(s) shown are then all the unit has in that role: cited as the whole answer.
                mine = tuple(t.number for t in self.tasks_of(query.units[0], [self._tasks[n] for n in shown]))
                unit = query.units[0]
                role_said = re.search(r"牵头|配合|责任|负责", query.text)
                if query.text and len(query.units) == 1 and unit.role is not Role.ANY and not role_said:
                    # "它还有别的任务吗" with the role left unsaid: none more in that role, but the unit's tasks in
                    # the other role are tasks too, and what the asker is after.
                    other = replace(unit, role=Role.RESPONSIBLE if unit.role is Role.LEAD else Role.LEAD)
                    more = self.tasks_of(other, self._pool(query))
                    if more:
                        listing = "\n".join(self._line(t) for t in more)
                        return Result(
                            tuple(t.number for t in more),
                            f"除{besides}外，{who}的任务没有别的了；"
                            f"它{_role_text(other.role)}的还有{len(more)}项：\n{listing}",
                        )
                return Result(mine, f"除{besides}外，{who}的任务没有别的了。")
            listing = "\n".join(self._line(t) for t in tasks)
            return Result(tuple(t.number for t in tasks), f"除{besides}外，{who}的任务还有{len(tasks)}项：\n{listing}")
        if not tasks and len(query.units) == 1 and query.units[0].name and query.units[0].role is not Role.ANY:
            # a unit that leads none (市财政局): the tasks it has in the other role are what the asker can use.
            unit = query.units[0]
            other = Role.RESPONSIBLE if unit.role is Role.LEAD else Role.LEAD
            found = self.tasks_of(UnitArg(unit.name, other), self._pool(query))
            if found:
                where = self._sections_text(query.sections)
                if not where and query.tasks and set(query.tasks) != set(self._tasks):
                    where = f"所列的{len(query.tasks)}项任务"  # within a list shown, not the whole notice
                text = f"{where}中" if where else "通知中"
                text += f"{unit.name}没有{_role_text(unit.role)}的任务；它{_role_text(other)}的任务有{len(found)}项：\n"
                text += "\n".join(self._line(t) for t in found)
                return Result(tuple(t.number for t in found), text, count=0, sections=query.sections)
        if not tasks and len(query.units) == 1 and query.units[0].name and _MENTIONED.search(query.text):
            # "其中哪一项写到了财政局" over tasks that list no such unit: the ones whose text names it.
            name = query.units[0].name
            named = [t for t in self._pool(query) if name in t.text]
            if named:
                scope = f"所列的{len(query.tasks)}项任务" if query.tasks else "通知"
                text = f"{scope}都没有把{name}列为牵头单位或责任单位；正文提到{name}的有{len(named)}项：\n"
                text += "\n".join(self._line(t) for t in named)
                return Result(tuple(t.number for t in named), text, count=len(named), sections=query.sections)
        head = self._sections_text(query.sections) or "通知"
        if query.tasks and query.sections and not query.units:
            # "其中第三部分的是哪几条" over a list shown: those of its tasks in the part, not the whole part.
            head = f"所列的{len(query.tasks)}项任务中属于{head}的"
        if query.tasks and not query.sections:
            head = "、".join(f"第{n}项" for n in query.tasks) if len(query.tasks) <= 3 else "所问的任务"
        if query.units:
            names = ("或" if query.note == "union" else "、").join(u.name for u in query.units)
            whole = set(query.tasks) == set(self._tasks)  # every task "besides none": the whole notice
            if query.tasks and not query.sections and len(query.tasks) > 3 and not whole:
                # Within a list shown: the unit's total across the notice may be larger, so the scope is said.
                head = f"所列的{len(query.tasks)}项任务"
            head = f"{head}中{names}" if query.sections or (query.tasks and not whole) else names
            head += _role_text(query.units[0].role) + "的任务"
            if query.note == "by name":
                # A county government on a lead line by itself, not as one of all the county governments.
                head = f"以本县名义单独牵头任务的是{names}，{_role_text(query.units[0].role)}的任务"
        text = f"{head}共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
        if query.note == "confirm" and query.condition is not None:
            text = _verdict(len(tasks), query.condition.value, "项") + text
        return Result(tuple(t.number for t in tasks), text, count=len(tasks), sections=query.sections)

    def _count(self, query: Query) -> Result:
        if query.counted is Counted.COUNTIES:
            governments = [g for g in self._lexicon.county_governments if g != self._lexicon.all_counties]
            counties = [g.removesuffix("人民政府").removesuffix("政府") for g in governments]
            text = (
                f"通知涉及{len(counties)}个县：{'、'.join(counties)}。"
                f"“{self._lexicon.all_counties}”指这{len(counties)}个县的人民政府。"
            )
            return Result((), text, units=tuple(governments), count=len(counties))
        if query.counted is Counted.SECTIONS:
            sections = self.notice.sections
            listing = "；".join(f"{s.numeral}、{s.title}（{len(s.tasks)}项）" for s in sections)
            text = f"方案共分{len(sections)}个部分：{listing}。"
            return Result((), text, count=len(sections), sections=tuple(s.number for s in sections))
        if query.note == "difference":
            return self._count_difference(query)
        if query.note == "union" and query.units:
            return self._tasks_of_either(query)
        if query.note == "each" and len(query.units) >= 2:
            return self._count_each(query)
        if query.tasks and query.counted in (Counted.LEAD_UNITS, Counted.RESPONSIBLE_UNITS, Counted.UNITS):
            role = _role_counted(query.counted)
            tasks = [self._tasks[n] for n in query.tasks]
            units = tuple(dict.fromkeys(u for t in tasks for u in _units_for(t, role)))
            where = "、".join(compose.task_label(t) for t in tasks)
            noun = _role_noun(role)
            if query.departments_only:
                # the city departments among them: county governments, firms and banks left out.
                units = tuple(u for u in units if _is_department(u, self._lexicon))
                noun = f"{noun}中的市直部门"
            if query.excluded:
                # "去掉水务局还剩几个": the line less the units named.
                units = tuple(u for u in units if u not in query.excluded)
                noun = f"{noun}（不算{'、'.join(query.excluded)}）"
            once = "（同一单位只算一次）" if len(tasks) > 1 else ""
            text = f"{where}的{noun}共{len(units)}个{once}：{compose.units_text(units)}。"
            return Result(tuple(query.tasks), text, units=units, count=len(units), role=role)
        if query.note == "distinct":
            role = _role_counted(query.counted)
            pool = self._pool(query)
            units = tuple(dict.fromkeys(u for t in pool for u in _units_for(t, role) if u not in query.excluded))
            left_out = "、".join(query.excluded)
            if query.departments_only:
                left_out = "、".join((*query.excluded, _not_departments(units, self._lexicon)))
                units = tuple(u for u in units if _is_department(u, self._lexicon))
            where = f"{self._sections_text(query.sections)}列出的" if query.sections else "通知列出的"
            once = f"同一单位只算一次，不算{left_out}" if left_out else "同一单位只算一次"
            text = f"{where}{_role_noun(role)}共{len(units)}个（{once}）：{compose.units_text(units)}。"
            cited = tuple(t.number for t in pool) if query.sections else ()
            return Result(cited, text, units=units, count=len(units), role=role)
        if query.tasks and not query.units and query.prop is None and not query.sections:  # "这几项一共几项"
            tasks = [self._tasks[n] for n in query.tasks]
            text = f"共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
            return Result(tuple(query.tasks), text, count=len(tasks))
        tasks = self._pool(query)
        what = self._sections_text(query.sections) or "通知"
        if query.tasks and query.sections:
            what = f"其中属于{what}的"  # "这些当中属于第一部分的有几个": the tasks shown, within the section
        role: Role | None = None
        if query.units:
            for unit in query.units:
                tasks = self.tasks_of(unit, tasks)
            role = query.units[0].role
            names = "、".join(u.name for u in query.units)
            what = f"{what}中{names}{_role_text(role)}的任务" if query.sections else f"{names}{_role_text(role)}的任务"
        if query.prop is Property.MENTIONS_YEAR:
            tasks = [t for t in tasks if any(f"{y}年" in t.text for y in query.years)]
            what = f"提到{'、'.join(f'{y}年' for y in query.years)}的任务"
        if query.prop is Property.MENTIONS_TERM:
            tasks = [t for t in tasks if any(term in t.text for term in query.terms)]
            what = f"提到{'或'.join(f'“{term}”' for term in query.terms)}的任务"
        numbers = tuple(t.number for t in tasks)
        if not tasks:
            return Result((), f"{what}共0项。", count=0, role=role)
        text = f"{what}共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
        return Result(numbers, text, count=len(tasks), role=role)

    def _count_difference(self, query: Query) -> Result:
        """How many more units one task names than another, or tasks one unit has than another ("差几条").

        The count is the difference, never negative; the first line says which side has more.
        """
        if query.units:
            role = query.units[0].role
            sides = [(u.name, self.tasks_of(u)) for u in query.units[:2]]
            verb = _verb(role)
            sizes = [(name, len(tasks), f"{name}{verb}{len(tasks)}项") for name, tasks in sides]
            cited = tuple(sorted({t.number for _, tasks in sides for t in tasks}))
            noun = "项"
        else:
            role = _role_counted(query.counted)
            tasks = [self._tasks[n] for n in query.tasks[:2]]
            counts = [len(_units_for(t, role)) for t in tasks]
            sizes = [
                (f"第{t.number}项", n, f"{compose.task_label(t)}的{_role_noun(role)}{n}个")
                for t, n in zip(tasks, counts, strict=True)
            ]
            cited = tuple(t.number for t in tasks)
            noun = "个"
        (first, a, said_a), (second, b, said_b) = sizes
        if a == b:
            head = f"两者一样多，相差0{noun}。"
        else:
            more, less = (first, second) if a > b else (second, first)
            head = f"{more}比{less}多{abs(a - b)}{noun}。"
        text = f"{head}\n{said_a}；{said_b}。"
        return Result(cited, text, count=abs(a - b), role=role)

    def _count_each(self, query: Query) -> Result:
        """Each unit's own count of tasks in its role ("A和B各牵头几项"), with the tasks counted.

        There is no one count to give, so the result carries none; every counted task is cited.
        """
        pool = self._pool(query)
        per_unit = [(u, self.tasks_of(u, pool)) for u in query.units]
        where = f"{self._sections_text(query.sections)}中，" if query.sections else ""
        lines = []
        for unit, tasks in per_unit:
            # Titles while the list is short; past six, the numbers alone keep each unit's line readable.
            if not tasks:
                listed = ""
            elif len(tasks) <= 6:
                listed = "：" + compose.task_labels(tasks)
            else:
                listed = f"：第{'、'.join(str(t.number) for t in tasks)}项"
            lines.append(f"{unit.name}{_verb(unit.role)}{len(tasks)}项{listed}")
        text = where + "；\n".join(lines) + "。"
        cited = tuple(sorted({t.number for _, tasks in per_unit for t in tasks}))
        return Result(cited, text, role=query.units[0].role)

    def _tasks_of_either(self, query: Query) -> Result:
        """The tasks of any of the units, each once ("加起来几条"), with each unit's own count."""
        role = query.units[0].role
        per_unit = [(u.name, self.tasks_of(u)) for u in query.units]
        tasks = sorted({t.number: t for _, ts in per_unit for t in ts}.values(), key=lambda t: t.number)
        verb = _verb(role)
        names = "、".join(name for name, _ in per_unit)
        each = "；".join(f"{name}{len(ts)}项" for name, ts in per_unit)
        text = f"{names}{verb}的任务合起来共{len(tasks)}项（同一项只算一次；{each}）：\n" + "\n".join(
            self._line(t) for t in tasks
        )
        return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=role)

    def _superlative(self, query: Query) -> Result:
        most = query.op is Op.ARGMAX
        rank = int(query.note.removeprefix("rank:")) if query.note.startswith("rank:") else 1
        word = ("最多" if most else "最少") if rank == 1 else f"第{chinese_numeral(rank)}{'多' if most else '少'}"

        def pick(values: Iterable[int]) -> int:
            # The rank-th distinct value ("第二多": the second largest count); the last one if there are fewer.
            ordered = sorted(set(values), reverse=most)
            return ordered[min(rank, len(ordered)) - 1]

        if query.asked is Asked.SECTIONS:
            sizes = {s.number: len(s.tasks) for s in self.notice.sections}
            best = pick(sizes.values())
            winners = [self.notice.section(n) for n, size in sizes.items() if size == best]
            names = "、".join(compose.section_label(s) for s in winners)
            tasks = tuple(n for s in winners for n in s.tasks)
            tie = "（并列）" if len(winners) > 1 else ""
            each = "各" if tie else ""
            text = f"任务{word}的部分是{names}{tie}，{each}{best}项。"
            return Result(tasks, text, sections=tuple(s.number for s in winners))
        if query.counted is Counted.TASKS_OF_UNIT:
            role = query.units[0].role if query.units else Role.ANY
            pool = self._pool(query)
            named = [u for u in query.units if u.name]
            # Only the units the question compares ("住建局和水务局谁…多"), else every unit in the role.
            counts = (
                {u.name: self.tasks_of(UnitArg(u.name, role), pool) for u in named}
                if named
                else _tasks_by_unit(pool, role)
            )
            if query.departments_only:
                counts = {u: ts for u, ts in counts.items() if not _is_county_government(u, self._lexicon)}
            for name in query.excluded:
                # "不算各县政府" leaves out every county government, "除了发改委" that one unit.
                counties = name == self._lexicon.all_counties
                counts = {
                    u: ts
                    for u, ts in counts.items()
                    if u != name and not (counties and _is_county_government(u, self._lexicon))
                }
            if not counts:
                return Result((), "通知没有列出符合条件的单位。")
            best = pick(len(ts) for ts in counts.values())
            winners = [u for u, ts in counts.items() if len(ts) == best]
            tasks = tuple(dict.fromkeys(t.number for u in winners for t in counts[u]))
            verb = _verb(role)
            tie = "（并列）" if len(winners) > 1 else ""
            text = f"{verb}任务{word}的是{'、'.join(winners)}{tie}，{'各' if tie else ''}{best}项。"
            if named:
                # The answer first (its line names only the winner), then each compared unit's count.
                text += "\n" + "；".join(f"{u}{verb}{len(ts)}项" for u, ts in counts.items()) + "。"
            text += "\n" + "\n".join(f"{u}：{compose.task_labels(counts[u])}" for u in winners)
            if query.excluded:
                text = f"（不算{'、'.join(query.excluded)}）" + text
            note = "" if query.departments_only or query.excluded else self._county_note(counts, role)
            return Result(tasks, text + note, units=tuple(winners), count=best, role=role)
        role = _role_counted(query.counted)
        pool = [t for t in self._pool(query) if t.lead_units or t.responsible_units]
        for unit in query.units:
            # "财政局配合的那些里…最多": the named unit's tasks in that role only.
            pool = self.tasks_of(unit, pool) if unit.name else pool
        if not pool:
            return Result((), "这些任务都没有列出牵头单位和责任单位，无从比较。", count=0, role=role)
        sizes = {t.number: len(_units_for(t, role)) for t in pool}
        best = pick(sizes.values())
        winners = [self._tasks[n] for n, size in sizes.items() if size == best]
        tie = "（并列）" if len(winners) > 1 else ""
        text = f"{_role_noun(role)}{word}的任务是{compose.task_labels(winners)}{tie}，{best}个。"
        named = [u for u in query.units if u.name]
        if named:
            text = f"在{'、'.join(u.name + _role_text(u.role) for u in named)}的{len(pool)}项任务中，" + text
        elif query.sections:
            text = f"在{'、'.join(compose.section_label(self.notice.section(s)) for s in query.sections)}中，" + text
        elif query.tasks and len(query.tasks) < len(self.notice.tasks):
            where = (
                "、".join(f"第{n}项" for n in query.tasks) if len(query.tasks) <= 6 else f"所问的{len(query.tasks)}项"
            )
            text = f"在{where}中，" + text
        text += "\n" + "\n".join(f"{compose.task_label(t)}：{compose.units_text(_units_for(t, role))}" for t in winners)
        unlisted = [t for t in self._pool(query) if not (t.lead_units or t.responsible_units)]
        if not most and unlisted:
            text += f"\n（未列单位的{len(unlisted)}项任务不计在内。）"
        return Result(tuple(t.number for t in winners), text, count=best, role=role)

    def _county_note(self, counts: dict[str, list[Task]], role: Role) -> str:
        departments = {u: ts for u, ts in counts.items() if not _is_county_government(u, self._lexicon)}
        if len(departments) == len(counts) or not departments:
            return ""
        best = max(len(ts) for ts in departments.values())
        winners = [u for u, ts in departments.items() if len(ts) == best]
        return f"\n（不算{self._lexicon.all_counties}，市直部门中{'、'.join(winners)}最多，{best}项。）"

    def _all_of(self, query: Query) -> Result:
        """Tasks meeting every part of the query (and none of its negated parts)."""
        kept = [t.number for t in self._pool(query)]
        labels: list[str] = []
        for part, negated in zip(query.parts, query.negated, strict=True):
            found = self.execute(part)
            hits = set(found.tasks)
            kept = [n for n in kept if (n in hits) != negated]
            label = found.text.splitlines()[0].split("共")[0].rstrip("：:。") if found.text else part.text
            labels.append(f"不属于“{label}”" if negated else f"“{label}”")
        what = "同时满足" + "和".join(labels) + "的任务"
        if query.negated == (True,):
            # One condition set aside ("哪条不是X单独牵头的"): the others, said as such.
            what = "除" + labels[0].removeprefix("不属于") + "以外的任务"
        if not kept:
            return Result((), f"没有{what}。", count=0)
        tasks = [self._tasks[n] for n in kept]
        text = f"{what}共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
        return Result(tuple(kept), text, count=len(tasks))

    def _filter_within(self, query: Query) -> Result:
        """A filter; within tasks the question ranges over (a list shown, "前30项"), the answer says so first."""
        result = self._filter(query)
        if query.tasks and not query.sections and len(query.tasks) >= 4 and query.asked is Asked.TASKS:
            # The count is of those tasks, not of the notice: "这里面它不是牵头的" after seven tasks.
            left = sorted(set(self._tasks) - set(query.tasks))
            if 1 <= len(left) <= 3:
                # "还有哪条提到X" after a task or two: all but those, said by what is left out.
                return replace(result, text=f"除{'、'.join(f'第{n}项' for n in left)}外，{result.text}")
            return replace(result, text=f"在这{len(query.tasks)}项任务中，{result.text}")
        return result

    def _filter(self, query: Query) -> Result:
        if query.asked is Asked.UNITS and query.counted is Counted.TASKS_OF_UNIT and query.condition is not None:
            return self._units_by_count(query)
        pool = self._pool(query)
        # These read their unit themselves (a unit kind has no name).
        if query.prop not in (Property.SOLE_UNIT, Property.NOT_LED_BY, Property.NOT_INVOLVED, Property.UNIT_KIND):
            for unit in query.units:
                pool = self.tasks_of(unit, pool)
        prop = query.prop
        if prop is Property.UNIT_KIND:
            role = query.units[0].role if query.units else Role.ANY
            parts = tuple(p for kind in query.terms for p in UNIT_KINDS.get(kind, ()))
            tasks = [t for t in pool if any(p in u for u in _units_for(t, role) for p in parts)]
            lines = [
                f"{self._line(t)}：{'、'.join(u for u in _units_for(t, role) if any(p in u for p in parts))}"
                for t in tasks
            ]
            what = f"{_role_noun(role)}里有{'或'.join(query.terms)}的任务"
            return Result(
                tuple(t.number for t in tasks), f"{what}共{len(tasks)}项：\n" + "\n".join(lines), count=len(tasks)
            )
        if prop is Property.NOT_INVOLVED and query.units and query.units[0].role is Role.RESPONSIBLE:
            # "其中哪几条水务局不是责任单位": not on that line (it may still lead the task).
            unit = query.units[0].name
            tasks = [t for t in pool if not has_role(t, unit, Role.RESPONSIBLE, self._lexicon)]
            text = f"{unit}不是责任单位的任务共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
            return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=Role.RESPONSIBLE)
        if prop is Property.NOT_INVOLVED and query.units:
            names = [u.name for u in query.units]
            # "发改委和住建局都没参与的": none of them on either line.
            unit = "、".join(names) + ("都" if len(names) > 1 else "")
            tasks = [t for t in pool if not any(has_role(t, name, Role.ANY, self._lexicon) for name in names)]
            unlisted = [t.number for t in tasks if not t.units]
            note = (
                f"（其中第{'、'.join(map(str, unlisted))}项没有列出单位）"
                if unlisted and len(unlisted) < len(tasks)
                else ""
            )
            text = f"{unit}没有参与的任务共{len(tasks)}项{note}：\n" + "\n".join(self._line(t) for t in tasks)
            return Result(tuple(t.number for t in tasks), text, count=len(tasks))
        if prop is Property.LEAD_MIX:
            led = [t for t in pool if t.lead_units]
            if query.note == "both":
                tasks = [t for t in led if len({_is_county_government(u, self._lexicon) for u in t.lead_units}) == 2]
                what = "牵头单位既有市直部门又有县级政府的任务"
            elif query.note == "no department":
                tasks = [t for t in led if all(_is_county_government(u, self._lexicon) for u in t.lead_units)]
                what = "没有市直部门牵头（只由县级政府牵头）的任务"
            elif query.note == "departments":
                tasks = [t for t in led if not any(_is_county_government(u, self._lexicon) for u in t.lead_units)]
                what = "只由市直部门牵头（没有县级政府）的任务"
            else:
                tasks = [t for t in led if not all(_is_county_government(u, self._lexicon) for u in t.lead_units)]
                what = "有市直部门牵头的任务"
            if not tasks:
                return Result((), f"没有{what}。", count=0, role=Role.LEAD)
            lines = [f"{compose.task_label(t)}：{compose.units_text(t.lead_units)}" for t in tasks]
            return Result(
                tuple(t.number for t in tasks), f"{what}共{len(tasks)}项：\n" + "\n".join(lines), count=len(tasks),
                role=Role.LEAD,
            )  # fmt: skip
        if prop is Property.NO_RESPONSIBLE:
            tasks = [t for t in pool if not t.responsible_units]
            if not tasks:
                return Result((), "每项任务都写了责任单位。", count=0)
            text = f"没有写责任单位的任务共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
            return Result(tuple(t.number for t in tasks), text, count=len(tasks))
        if prop is Property.NO_LEAD:
            tasks = [t for t in pool if not t.lead_units]
            head = f"没有写牵头单位的任务共{len(tasks)}项"
            if tasks and all(not t.responsible_units for t in tasks):
                head += "（也没有写责任单位）"
            where = self._sections_text(query.sections)
            # "第八部分以外，没列牵头单位的还剩几项": 0, said with the parts it counted in.
            empty = f"{where}的任务都写了牵头单位（0项没写）。" if where else "每项任务都写了牵头单位。"
            text = f"{head}：\n" + "\n".join(self._line(t) for t in tasks) if tasks else empty
            return Result(tuple(t.number for t in tasks), text, count=len(tasks))
        if prop in (Property.LEAD_COUNT, Property.RESPONSIBLE_COUNT, Property.UNIT_COUNT) and query.condition:
            role = {Property.LEAD_COUNT: Role.LEAD, Property.RESPONSIBLE_COUNT: Role.RESPONSIBLE}.get(prop, Role.ANY)
            listed = [t for t in pool if t.lead_units or t.responsible_units]
            tasks = [t for t in listed if query.condition.holds(len(_units_for(t, role)))]
            noun = _role_noun(role)
            if role is Role.ANY:
                # Both lines counted: each task's total shown, so the count can be checked.
                noun = "涉及单位（牵头和责任单位合计）"
                lines_of = {t.number: f"（{len(t.units)}个）" for t in tasks}
            cond = _condition_text(query.condition)
            what = f"{noun}{cond}的任务"
            if query.condition == Condition(Comparator.GE, 1):
                what = f"写了{noun}的任务"  # "带牵头单位的有几项"
            lines = [f"{compose.task_label(t)}：{compose.units_text(_units_for(t, role))}" for t in tasks]
            if role is Role.ANY:
                lines = [f"{compose.task_label(t)}{lines_of[t.number]}：{compose.units_text(t.units)}" for t in tasks]
            text = f"{what}共{len(tasks)}项：\n" + "\n".join(lines) if tasks else f"没有{what}。"
            return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=role)
        if prop in (Property.MENTIONS_YEAR, Property.MENTIONS_TERM):
            if prop is Property.MENTIONS_YEAR:
                tasks = [t for t in pool if any(f"{y}年" in t.text for y in query.years)]
                label = "、".join(f"{y}年" for y in query.years)
            else:
                tasks = [t for t in pool if any(term in t.text for term in query.terms)]
                label = "或".join(f"“{term}”" for term in query.terms)
            # "第三部分哪些提了2025年": the answer names the part it searched.
            where = self._sections_text(query.sections) or "通知"
            if not tasks:
                return Result((), f"{where}中没有任务提到{label}。", count=0)
            head = f"{where}中" if query.sections else ""
            # "哪几项是讲交通的" (note "titled"): the tasks whose titles say it; others only mention it.
            verb = "标题讲" if query.note == "titled" else "提到"
            text = f"{head}{verb}{label}的任务共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
            return Result(tuple(t.number for t in tasks), text, count=len(tasks))
        if prop in (Property.SOLE_UNIT, Property.NOT_LED_BY) and query.units:
            unit = query.units[0].name
            led = [t for t in pool if t.lead_units]
            role = query.units[0].role
            if prop is Property.SOLE_UNIT and role is Role.RESPONSIBLE:
                # "责任单位就只有农业农村局一家": the unit is the task's one responsible unit.
                tasks = [t for t in pool if t.responsible_units == (unit,)]
                what = f"责任单位只有{unit}的任务"
                if not tasks:
                    return Result((), f"没有{what}。", count=0, role=role)
                text = f"{what}共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
                return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=role)
            if prop is Property.SOLE_UNIT:
                tasks = [t for t in led if t.lead_units == (unit,)]
                what = f"只由{unit}牵头的任务"
            else:
                # A task with no lead line is not led by the unit either; the answer says which those are.
                named = led if query.note == "named-lead" else pool
                tasks = [t for t in named if not has_role(t, unit, Role.LEAD, self._lexicon)]
                what = f"不是{unit}牵头的任务"
            if not tasks:
                return Result((), f"没有{what}。", count=0, role=Role.LEAD)
            unled = [t.number for t in tasks if not t.lead_units]
            note = (
                f"（其中第{'、'.join(map(str, unled))}项没有写牵头单位）" if unled and len(unled) < len(tasks) else ""
            )
            text = f"{what}共{len(tasks)}项{note}：\n" + "\n".join(self._line(t) for t in tasks)
            return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=Role.LEAD)
        if prop is Property.QUANTIFIED:
            targets = [x for t in pool for x in task_targets(t)]
            tasks = list(dict.fromkeys(x.task for x in targets))
            lines = []
            for n in tasks:
                figures = "；".join(f"{x.figure}（{x.clause}）" for x in targets if x.task == n)
                lines.append(f"{compose.task_label(self._tasks[n])}：{figures}")
            # Within tasks named or shown, the scope is said: the notice as a whole has more.
            scope = self._sections_text(query.sections) or "通知"
            if query.tasks and set(query.tasks) != set(self._tasks):
                scope = f"所列的{len(query.tasks)}项任务"
            text = f"{scope}中带数字的量化指标共{len(targets)}个，分布在{len(tasks)}项任务：\n" + "\n".join(lines)
            return Result(tuple(tasks), text, count=len(targets), targets=tuple(targets))
        raise ValueError(f"cannot filter by {prop!r}; properties are {', '.join(p.value for p in Property)}")

    def _role_sets(self, query: Query) -> Result:
        """Units by their roles over the whole notice: in both roles, or only in one."""
        lead = list(dict.fromkeys(u for t in self.notice.tasks for u in t.lead_units))
        responsible = list(dict.fromkeys(u for t in self.notice.tasks for u in t.responsible_units))
        kind = query.note.removeprefix("roles:")
        if kind == "both":
            units = [u for u in lead if u in responsible]
            what = "既是牵头单位、又是责任单位的单位"
        elif kind == "responsible":
            units = [u for u in responsible if u not in lead]
            what = "只作为责任单位、从未牵头的单位"
        else:
            units = [u for u in lead if u not in responsible]
            what = "只牵头、从未作为责任单位的单位"
        if query.departments_only:
            units = [u for u in units if not _is_county_government(u, self._lexicon)]
            what = what.replace("的单位", "的市直部门")
        tasks = tuple(t.number for t in self.notice.tasks if any(u in t.units for u in units))
        text = f"{what}共{len(units)}个：{compose.units_text(tuple(units)) if units else '没有'}。"
        return Result(tasks, text, units=tuple(units), count=len(units), role=Role.ANY)

    def _intersect(self, query: Query) -> Result:
        if query.note.startswith("roles:"):
            return self._role_sets(query)
        if query.tasks:
            tasks = [self._tasks[n] for n in query.tasks]
            role = {Asked.LEAD_UNITS: Role.LEAD, Asked.RESPONSIBLE_UNITS: Role.RESPONSIBLE}.get(query.asked, Role.ANY)
            if query.note == "same":
                return self._units_same(tasks, role)
            shared = self._units_of_many(tasks, role, common=True)
            # "两条都有的几个": the number of units they share.
            return replace(shared, count=len(shared.units)) if query.note == "count" else shared
        tasks = list(self.notice.tasks)
        for unit in query.units:
            tasks = self.tasks_of(unit, tasks)
        names = "和".join(u.name for u in query.units)
        role = query.units[0].role
        verb = {Role.LEAD: "都牵头", Role.RESPONSIBLE: "都作为责任单位参与", Role.ANY: "都参与"}[role]
        if len({u.role for u in query.units}) > 1:
            # "住建局牵头、水务局是责任单位的": each unit with its own role.
            names, verb = "、".join(f"{u.name}{_role_text(u.role)}" for u in query.units), ""
        if not tasks:
            return Result((), f"没有{names}{verb}的任务。", count=0, role=role)
        text = f"{names}{verb}的任务共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
        return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=Role.ANY)

    def _difference(self, query: Query) -> Result:
        if query.note.startswith("roles:"):
            return self._role_sets(query)
        if query.tasks and not query.units:
            return self._units_difference(query)
        first, *others = query.units
        tasks = self.tasks_of(first)
        for other in others:
            excluded = {t.number for t in self.tasks_of(other)}
            tasks = [t for t in tasks if t.number not in excluded]
        if others and all(o.name == first.name for o in others):
            what = f"{first.name}{_role_text(first.role)}但不{_role_text(others[0].role)}的任务"
        else:
            names = "、".join(o.name for o in others)
            what = f"{first.name}{_role_text(first.role)}、而{names}没有{_role_text(others[0].role)}的任务"
        if not tasks:
            return Result((), f"没有{what}。", count=0)
        text = f"{what}共{len(tasks)}项：\n" + "\n".join(self._line(t) for t in tasks)
        return Result(tuple(t.number for t in tasks), text, count=len(tasks), role=Role.ANY)

    def _units_difference(self, query: Query) -> Result:
        """Units task A names and task B does not (``note == "both"``: each side's, "差在哪")."""
        role = {Asked.LEAD_UNITS: Role.LEAD, Asked.RESPONSIBLE_UNITS: Role.RESPONSIBLE}.get(query.asked, Role.ANY)
        a, b = self._tasks[query.tasks[0]], self._tasks[query.tasks[1]]
        units_a, units_b = _units_for(a, role), _units_for(b, role)
        only_a = tuple(u for u in units_a if u not in units_b)
        only_b = tuple(u for u in units_b if u not in units_a)
        noun = _role_noun(role)
        lines = [
            f"第{a.number}项有、第{b.number}项没有的{noun}：{compose.units_text(only_a) if only_a else '没有'}。",
        ]
        units = only_a
        if query.note == "both":
            # Both sides on the one statement line, the side that has a difference first.
            sides = [(a, b, only_a), (b, a, only_b)]
            if only_b and not only_a:
                sides.reverse()
            (x, y, first), (_, _, second) = sides
            lines = [
                f"第{x.number}项有、第{y.number}项没有的{noun}：{compose.units_text(first) if first else '没有'}；"
                f"反过来，第{y.number}项有、第{x.number}项没有的：{compose.units_text(second) if second else '没有'}。"
            ]
            if not first and not second:
                # "有不一样的吗" of two tasks with the same line: said outright, not as two empty differences.
                same = compose.units_text(units_a) if units_a else "没有列"
                lines = [f"第{a.number}项、第{b.number}项的{noun}完全相同，都是：{same}，没有不一样的。"]
            units = only_a + only_b or units_a  # the same line: the units both name
        lines += [f"{compose.task_label(t)}：{compose.units_text(_units_for(t, role))}" for t in (a, b)]
        return Result((a.number, b.number), "\n".join(lines), units=units, role=role)

    def _sections_text(self, sections: Iterable[int]) -> str:
        """The sections' labels ("第二部分「…」"), joined; empty when there are none.

        More than two parts are named by number only; all parts but one as "除第三部分以外的各部分".
        """
        sections = list(sections)
        if len(sections) <= 2:
            return "、".join(compose.section_label(self.notice.section(s)) for s in sections)
        missing = [s.number for s in self.notice.sections if s.number not in sections]
        if len(missing) == 1:
            return f"除第{chinese_numeral(missing[0])}部分以外的各部分"
        return "第" + "、".join(chinese_numeral(s) for s in sections) + "部分"

    def _units_by_count(self, query: Query) -> Result:
        """ "只在一条任务里出现过的单位": each unit named on as many tasks as the condition says, with them."""
        role = query.units[0].role if query.units else Role.ANY
        counts = _tasks_by_unit(self._pool(query), role)
        found = {u: ts for u, ts in counts.items() if query.condition.holds(len(ts))}
        if query.departments_only:
            found = {u: ts for u, ts in found.items() if not _is_county_government(u, self._lexicon)}
        verb = {Role.LEAD: "牵头", Role.RESPONSIBLE: "作为责任单位参与", Role.ANY: "出现在"}[role]
        n = query.condition.value
        what = (
            f"只{verb}{n}项任务{'中' if role is Role.ANY else ''}的单位"
            if query.condition.comparator is Comparator.EQ
            else f"{verb}的任务{_condition_text(query.condition).removesuffix('个')}项的单位"
        )
        if query.departments_only:
            what = what.replace("的单位", "的市直部门")
        if not found:
            return Result((), f"没有{what}。", count=0, role=role)
        lines = [f"{u}：{compose.task_labels(ts)}" for u, ts in found.items()]
        tasks = tuple(sorted({t.number for ts in found.values() for t in ts}))
        # The units first, on the line that answers; each with its tasks below.
        text = f"{what}共{len(found)}个：{compose.units_text(tuple(found))}。\n" + "\n".join(lines)
        return Result(tasks, text, units=tuple(found), count=len(found), role=role)

    def _departments_on(self, tasks: Sequence[Task], role: Role) -> Result:
        """ "这几项牵头的市级部门": each task's units on the line asked, less county governments, firms and banks."""
        per_task = [[u for u in _units_for(t, role) if _is_department(u, self._lexicon)] for t in tasks]
        units = tuple(dict.fromkeys(u for us in per_task for u in us))
        noun = _role_noun(role)
        where = compose.task_label(tasks[0]) if len(tasks) == 1 else "、".join(f"第{t.number}项" for t in tasks)
        listed = f"共{len(units)}个：{compose.units_text(units)}" if units else "：没有"
        left_out = _not_departments([u for t in tasks for u in _units_for(t, role)], self._lexicon)
        head = f"{where}的{noun}中，市直部门（不算{left_out}）{listed}。"
        if len(tasks) == 1:
            whole = _units_for(tasks[0], role)
            text = head + (f"\n（全部{noun}：{compose.units_text(whole)}。）" if whole else "")
            return Result((tasks[0].number,), text, units=units, count=len(units), role=role)
        lines = [head]
        for task, mine in zip(tasks, per_task, strict=True):
            whole = _units_for(task, role)
            shown = compose.units_text(mine) if mine else "没有市直部门"
            rest = f"（全部：{compose.units_text(whole)}）" if whole and len(whole) != len(mine) else ""
            lines.append(f"{compose.task_label(task)}：{shown if whole else '未列' + noun}{rest}")
        return Result(tuple(t.number for t in tasks), "\n".join(lines), units=units, count=len(units), role=role)

    def _not_departments_on(self, task: Task, role: Role) -> Result:
        """ "哪个不是市直部门": the units on the task's line that are no city department (governments, firms, banks)."""
        whole = _units_for(task, role)
        others = tuple(u for u in whole if not _is_department(u, self._lexicon))
        noun = _role_noun(role)
        label = compose.task_label(task)
        if others:
            head = f"{label}的{noun}中，不是市直部门的有{len(others)}个：{compose.units_text(others)}。"
        else:
            head = f"{label}的{noun}都是市直部门。"
        text = head + (f"\n（全部{noun}：{compose.units_text(whole)}。）" if whole else "")
        return Result((task.number,), text, units=others, count=len(others), role=role)

    def _units_of_many(
        self, tasks: Sequence[Task], role: Role, *, common: bool, excluded: tuple[str, ...] = ()
    ) -> Result:
        per_task = [_units_for(t, role) for t in tasks]
        numbers = "、".join(f"第{t.number}项" for t in tasks)
        if excluded and not common:
            # "去掉各县政府还剩哪些": the pooled lines less the units named, each task's whole line below.
            units = tuple(dict.fromkeys(u for us in per_task for u in us if u not in excluded))
            rest = compose.units_text(units) or "没有别的了"
            head = f"{numbers}的{_role_noun(role)}（不算{'、'.join(excluded)}）：{rest}。"
            lines = [
                f"{compose.task_label(t)}：{compose.units_text(us)}" for t, us in zip(tasks, per_task, strict=True)
            ]
            return Result(tuple(t.number for t in tasks), head + "\n" + "\n".join(lines), units=units, role=role)
        if common:
            shared = [u for u in per_task[0] if all(u in units for units in per_task[1:])]
            head = f"{numbers}都有的{_role_noun(role)}：{compose.units_text(shared) if shared else '没有'}。"
            if len(tasks) == 2:
                # Two tasks compared ("这两条一样吗"): say whether their lines are the same, not only what they share.
                same = set(per_task[0]) == set(per_task[1])
                head += f"\n两项的{_role_noun(role)}{'完全相同' if same else '不完全相同'}。"
            units = tuple(shared)
        else:
            units = tuple(dict.fromkeys(u for us in per_task for u in us))
            head = f"{numbers}的{_role_noun(role)}：{compose.units_text(units)}。"
        lines = [f"{compose.task_label(t)}：{compose.units_text(us)}" for t, us in zip(tasks, per_task, strict=True)]
        return Result(tuple(t.number for t in tasks), head + "\n" + "\n".join(lines), units=units, role=role)

    def _units_same(self, tasks: Sequence[Task], role: Role) -> Result:
        """Whether the tasks name the same units in ``role`` ("第几项和第几项牵头单位相同不").

        The statement line names every unit on the lines compared: the shared ones, then what each task has
        on its own (two tasks) or the rest (more); each task's line follows.
        """
        per_task = [_units_for(t, role) for t in tasks]
        numbers = "、".join(f"第{t.number}项" for t in tasks)
        noun = _role_noun(role)
        units = tuple(dict.fromkeys(u for us in per_task for u in us))
        shared = [u for u in per_task[0] if all(u in us for us in per_task[1:])]
        if len(shared) == len(units):
            head = f"{numbers}的{noun}完全相同，都是：{compose.units_text(shared) if shared else '没有列'}。"
        else:
            parts = [f"都有的是{compose.units_text(shared)}" if shared else "没有哪个单位是都有的"]
            if len(tasks) == 2:
                for task, own, other in ((tasks[0], per_task[0], per_task[1]), (tasks[1], per_task[1], per_task[0])):
                    only = [u for u in own if u not in other]
                    own_text = f"另有{compose.units_text(only)}" if only else "没有另外的"
                    parts.append(f"第{task.number}项{own_text}")
            else:
                rest = compose.units_text([u for u in units if u not in shared])
                parts.append(f"此外各项另有{rest}" if shared else f"各项的合起来是{rest}")
            head = f"{numbers}的{noun}不完全相同：{'；'.join(parts)}。"
        lines = [f"{compose.task_label(t)}：{compose.units_text(us)}" for t, us in zip(tasks, per_task, strict=True)]
        return Result(tuple(t.number for t in tasks), head + "\n" + "\n".join(lines), units=units, role=role)

    def _role_in_tasks(self, unit: str, tasks: list[Task]) -> Result:
        """What ``unit`` is on each of ``tasks``: a lead unit, a responsible unit, or not listed.

        Cites the tasks that list the unit (all of them when none does); one task's other lead units
        follow on a line of their own, so the first line names only the unit and its role.
        """
        lines, roles, listed, absent = [], set(), [], []
        for task in tasks:
            label = compose.task_label(task)
            if unit in task.lead_units:
                roles.add(Role.LEAD)
                listed.append(task)
                lines.append(f"{label}的牵头单位中有{unit}。")
            elif unit in task.responsible_units:
                roles.add(Role.RESPONSIBLE)
                listed.append(task)
                lines.append(f"{label}的责任单位（配合单位）中有{unit}，它不牵头这一项。")
            else:
                absent.append(task)
        if absent:
            labels = "、".join(compose.task_label(t) for t in absent)
            lines.append(f"{labels}没有列{unit}，它在其中既不牵头也不是责任单位。")
        if len(tasks) == 1 and listed:
            lines.append(f"该项牵头单位：{compose.units_text(tasks[0].lead_units)}。")
        role = roles.pop() if len(roles) == 1 else Role.ANY
        cited = tuple(t.number for t in (listed or tasks))
        return Result(cited, "\n".join(lines), units=(unit,), role=role)

    def _line(self, task: Task) -> str:
        if not task.lead_units:
            return f"{task.number}. {task.title}（未列牵头单位）"
        return f"{task.number}. {task.title}（牵头：{compose.units_text(task.lead_units)}）"


# "只有X牵头", "仅X一家", "就X一家吗": whether the units named are the whole line (general usage).
_ONLY_THESE = re.compile(r"只有|只是|仅有|仅|(?:一家|一个单位|一个部门)(?:吗|么|吧|？|\?|$)")


def _tasks_by_unit(tasks: Iterable[Task], role: Role) -> dict[str, list[Task]]:
    """Each unit named in ``role`` on ``tasks``, with its tasks, in the order first named."""
    counts: dict[str, list[Task]] = {}
    for task in tasks:
        for unit in _units_for(task, role):
            counts.setdefault(unit, []).append(task)
    return counts


def _verdict(found: int, supposed: int, measure: str) -> str:
    """The yes or no to "就一个？": whether what was found is as many as the asker supposed."""
    return f"是的，只有{found}{measure}。" if found == supposed else f"不是，共{found}{measure}。"


# "提到了X", "写到X": a unit asked for as named anywhere in a task, not only on its units lines (general usage).
_MENTIONED = re.compile(r"提到|提及|写到|说到|讲到|出现")


def _units_for(task: Task, role: Role) -> tuple[str, ...]:
    if role is Role.LEAD:
        return task.lead_units
    if role is Role.RESPONSIBLE:
        return task.responsible_units
    return task.units


def _is_department(unit: str, lexicon: NoticeLexicon) -> bool:
    """A government department of the city: no county government, firm or bank ("市直部门" leave those out)."""
    return not _is_county_government(unit, lexicon) and not unit.endswith(P.NON_DEPARTMENT_ENDINGS.entries)


def _not_departments(units: Iterable[str], lexicon: NoticeLexicon) -> str:
    """What counting city departments among ``units`` leaves out, said: 县政府, and 企业、银行 when there are any."""
    firms = any(not _is_department(u, lexicon) and not _is_county_government(u, lexicon) for u in units)
    return "县政府和企业、银行" if firms else "县政府"


def _is_county_government(unit: str, lexicon: NoticeLexicon) -> bool:
    """各县人民政府 or one county's government (which also acts as one of 各县人民政府), per ``lexicon``."""
    return bool(lexicon.all_counties) and (unit == lexicon.all_counties or len(expand_unit(unit, lexicon)) > 1)


def _condition_text(condition: Condition) -> str:
    words = {"==": "只有", ">": "超过", ">=": "至少", "<": "少于", "<=": "不超过"}
    return f"{words[condition.comparator.value]}{condition.value}个"
