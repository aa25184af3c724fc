"""What the chat page says about the notice(s) it answers from: the title, the welcome and example questions.

Plain functions over the parsed records, so any notice gets its own page: a notice that ships a
``*.lexicon.json`` (:mod:`corpus.notice_lexicon`) may give its page title and example questions there; any
other notice gets a title from its meta and examples generated from its own tasks and units. A library of
several notices gets a neutral title. The UI (:mod:`web.page_html`) only formats what is returned here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.notice_lexicon import NoticeLexicon, lexicon_for
from corpus.records import Notice, Task
from qa.library import cited_notice

APP_NAME = "智能问答"
LIBRARY_TITLE = f"任务分工通知库 · {APP_NAME}"
GENERIC_TITLE = "任务分工"
MAX_TITLE_CHARS = 24  # a longer plan title is named by its document number instead (a title fits one line)
MAX_EXAMPLES = 4
# A topic for "谁牵头…": the title's first clause, cut at a sentence or clause mark (not 、, which lists).
_CLAUSE_END = re.compile(r"[，,；;。：:！!？?（(]")
MIN_TOPIC_CHARS = 4
MAX_TOPIC_CHARS = 14
# Marks that wrap a title or a note printed before it ("（此件公开发布）"), not part of the name.
_TITLE_NOISE = re.compile(r"^（[^）]*）|[《》]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Example:
    """One example question and the notice it is about (its id; "" on a page of one notice)."""

    question: str
    notice_id: str = ""


@dataclass(frozen=True)
class PageIntro:
    """What the page says: its title, the welcome's first line, and the example questions to click."""

    title: str
    welcome: str
    examples: tuple[Example, ...]
    placeholder: str  # the input box's hint ("请输入问题，如：…")


def clean_plan_title(notice: Notice) -> str:
    """The plan's title without book-title marks or a note printed before it; "" when the notice prints none."""
    return _SPACES.sub("", _TITLE_NOISE.sub("", notice.meta.plan_title or notice.meta.title))


def notice_name(notice: Notice) -> str:
    """How the page names a notice in a sentence: its document number, else its plan title in 《》, else 这份通知."""
    if notice.meta.doc_number:
        return notice.meta.doc_number
    plan = clean_plan_title(notice)
    return f"《{plan}》" if plan else "这份通知"


def notice_title(notice: Notice, lexicon: NoticeLexicon | None = None) -> str:
    """The page title for one notice, without the app's name.

    The shipped title if the notice's lexicon gives one; else the plan title when it is short; else the
    document number's 任务分工; else the plan title cut to fit; else 任务分工.
    """
    lexicon = lexicon if lexicon is not None else lexicon_for(notice)
    if lexicon.page_title:
        return lexicon.page_title
    plan = clean_plan_title(notice)
    if plan and len(plan) <= MAX_TITLE_CHARS:
        return plan
    if notice.meta.doc_number:
        return f"{notice.meta.doc_number}{GENERIC_TITLE}"
    if plan:
        return plan[: MAX_TITLE_CHARS - 1] + "…"
    return GENERIC_TITLE


def download_stem(notice: Notice) -> str:
    """The stem of a download's file name for ``notice``: its page title (``海东市县城城镇化建设任务分工``)."""
    return notice_title(notice)


def page_title(notices: Sequence[Notice]) -> str:
    """The page's title: the notice's own for one notice, a neutral one for a library of several.

    Raises:
        ValueError: if ``notices`` is empty.
    """
    if not notices:
        raise ValueError("notices must hold at least one notice, got none")
    if len(notices) > 1:
        return LIBRARY_TITLE
    return f"{notice_title(notices[0])} · {APP_NAME}"


def library_name(notice_id: str, notice: Notice) -> str:
    """How a list of the library's notices names one: as its citations do (number, else title, else id)."""
    return cited_notice(notice_id, notice).short_label


def welcome_line(notices: Sequence[tuple[str, Notice]]) -> str:
    """The welcome's first line for ``notices`` (id, records), naming the notice or the library's notices.

    Raises:
        ValueError: if ``notices`` is empty.
    """
    if not notices:
        raise ValueError("notices must hold at least one notice, got none")
    if len(notices) == 1:
        return f"您好！我可以回答关于{notice_name(notices[0][1])}任务分工的问题。"
    names = "、".join(library_name(i, n) for i, n in notices)
    return f"您好！我可以回答通知库中{len(notices)}份通知的任务分工问题：{names}。"


# --- example questions ----------------------------------------------------------------------------
def task_topic(task: Task) -> str:
    """A short topic for a task: the first clause of its title, or "" when that is too short or too long."""
    clause = _CLAUSE_END.split(task.title, maxsplit=1)[0].strip()
    return clause if MIN_TOPIC_CHARS <= len(clause) <= MAX_TOPIC_CHARS else ""


def _unique_topic(notice: Notice, task: Task) -> str:
    """The task's topic if no other task's title or text contains it (so it names this task alone)."""
    topic = task_topic(task)
    if not topic:
        return ""
    others = (t for t in notice.tasks if t.number != task.number)
    return "" if any(topic in t.title or topic in t.text for t in others) else topic


def _most_frequent(units: Sequence[str]) -> str:
    """The unit named most often (ties: the one named first); "" for none."""
    counts = Counter(units)
    if not counts:
        return ""
    top = max(counts.values())
    return next(u for u in units if counts[u] == top)


def unit_examples(notice: Notice, count: int = 3, lexicon: NoticeLexicon | None = None) -> tuple[str, ...]:
    """Units to name as examples in a hint: those taking part in most tasks, each by the first short form
    its notice's lexicon gives (住建局), else by its name as printed."""
    lexicon = lexicon if lexicon is not None else lexicon_for(notice)
    counts = Counter(u for t in notice.tasks for u in t.units)
    ranked = sorted(counts, key=lambda u: -counts[u])  # stable: ties in the order the notice names them
    return tuple(next(iter(lexicon.unit_aliases.get(u, ())), u) for u in ranked[:count])


def generated_examples(notice: Notice) -> tuple[str, ...]:
    """Example questions worked out from the notice's records, each one the notice answers.

    In order, where the notice has what they need: who leads a task named by a short topic (a task with
    lead units whose topic no other task mentions), what the unit that leads most tasks leads (or, in a
    notice that names no lead units, what the unit named most often is responsible for), the responsible
    units of the first task (what the first task is, when it names none), and how many tasks there are.
    """
    examples: list[str] = []
    for task in notice.tasks:
        topic = _unique_topic(notice, task) if task.lead_units else ""
        if topic:
            examples.append(f"谁牵头{topic}")
            break
    leads = [u for t in notice.tasks for u in t.lead_units]
    if leads:
        examples.append(f"{_most_frequent(leads)}牵头哪些任务")
    else:
        responsible = _most_frequent([u for t in notice.tasks for u in t.responsible_units])
        if responsible:
            examples.append(f"{responsible}负责哪些任务")
    if notice.tasks and notice.tasks[0].responsible_units:
        examples.append(f"第{notice.tasks[0].number}项的责任单位有哪些")
    elif notice.tasks:
        # A first task without responsible units (a list of leads only, or units the copy lost) is still asked
        # about: what it is, which the assistant answers from its text.
        examples.append(f"第{notice.tasks[0].number}项任务是什么")
    if notice.tasks:
        examples.append("一共有多少项任务")
    return tuple(examples[:MAX_EXAMPLES])


def example_questions(notice: Notice, lexicon: NoticeLexicon | None = None) -> tuple[str, ...]:
    """The notice's example questions: those shipped with it, else generated from its records."""
    lexicon = lexicon if lexicon is not None else lexicon_for(notice)
    return lexicon.examples[:MAX_EXAMPLES] if lexicon.examples else generated_examples(notice)


def page_intro(notices: Sequence[tuple[str, Notice]]) -> PageIntro:
    """Title, welcome and examples for a page over ``notices`` (id, records), the default notice first.

    A library page offers the first example of each notice (up to four notices), each tagged with its
    notice so that asking it asks that notice.

    Raises:
        ValueError: if ``notices`` is empty.
    """
    if not notices:
        raise ValueError("notices must hold at least one notice, got none")
    records = [n for _, n in notices]
    if len(notices) == 1:
        examples = tuple(Example(q) for q in example_questions(records[0]))
    else:
        firsts = ((notice_id, example_questions(n)) for notice_id, n in notices)
        examples = tuple(Example(qs[0], notice_id) for notice_id, qs in firsts if qs)[:MAX_EXAMPLES]
    hint = f"请输入问题，如：{examples[0].question}" if examples else "请输入问题"
    return PageIntro(page_title(records), welcome_line(notices), examples, hint)
