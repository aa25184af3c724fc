"""What the last answer showed, for follow-ups: its tasks in order, its unit, its query."""

from __future__ import annotations

from dataclasses import dataclass

from qa.query import Op, Query, Role


@dataclass(frozen=True)
class State:
    """The conversation as the next question sees it.

    Attributes:
        tasks: the tasks the last answer showed, in the order shown.
        unit: the unit the last answer was about (canonical name), if any.
        query: the last answer's query (structural ones are re-run with another unit or task).
        remaining: further results not shown yet ("还有别的吗").
        question: the last question, normalised.
        listed: the last list of two or more tasks shown, kept while single tasks are looked up
            ("第四部分包括哪几项" … "第三项谁牵头" … "第五项呢").
        recent: the first task of each recent answer, oldest first ("第20项…", "第21项呢", "这两项都有的").
        units: the units the last answer listed for its task, in order ("里头第三个是哪个").
        recent_units: the unit of each recent answer about a unit, oldest first ("住建局的…", "发改委呢",
            "这俩都参与的").
        ranked: the last superlative asked, kept while single tasks are looked at after it (a task with the most
            units, then who leads it, then "第二多的呢").
        roles_listed: the roles the unit's tasks were listed or counted in by the answers in a row about it
            ("住建局牵头哪些", "配合的呢": lead, then responsible), so "加起来一共几项" next counts both.
        offered: the questions the last answer offered when it asked back which task was meant, one per task in
            the order of ``tasks`` ("第4项谁牵头", "第28项谁牵头"); "第二个" or "28" next picks one.
    """

    tasks: tuple[int, ...] = ()
    unit: str | None = None
    query: Query | None = None
    remaining: tuple[int, ...] = ()
    question: str = ""
    listed: tuple[int, ...] = ()
    recent: tuple[int, ...] = ()
    units: tuple[str, ...] = ()
    recent_units: tuple[str, ...] = ()
    ranked: Query | None = None
    offered: tuple[str, ...] = ()
    roles_listed: tuple[Role, ...] = ()

    @property
    def one_task(self) -> int | None:
        """The one task a follow-up about "it" means: the only task shown, or a content answer's own task.

        A content answer cites related tasks after its own; a list of several tasks has no one task.
        """
        if len(self.tasks) == 1 or (self.tasks and self.query is not None and self.query.op is Op.CONTENT):
            return self.tasks[0]
        return None

    @property
    def empty(self) -> bool:
        """Whether there is nothing a follow-up could refer to."""
        return not self.tasks and self.unit is None and self.query is None


EMPTY = State()
