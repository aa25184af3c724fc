"""Wording of answers: pure functions from records to Chinese text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.numerals import chinese_numeral
from corpus.records import Notice, NoticeMeta, Section, Task
from qa.lexicon import phrases as P


def units_text(units: Sequence[str]) -> str:
    return "、".join(units) if units else "（未列明）"


def task_label(task: Task) -> str:
    return f"第{task.number}项「{task.title}」"


def task_labels(tasks: Sequence[Task]) -> str:
    return "、".join(task_label(t) for t in tasks)


def section_label(section: Section) -> str:
    return f"第{chinese_numeral(section.number)}部分「{section.title}」"


def no_units_note(task: Task) -> str:
    """No unit lines; a sentence of the task's own text that gives someone the lead is quoted after it."""
    note = f"{task_label(task)}（第{task.section}部分）：通知没有为它列出牵头单位和责任单位。"
    said = [s for s in re.split(r"(?<=[。；;])", task.text) if re.search(r"牵头|负责", s)]
    if said:
        note += f"正文写道：「{said[0].strip()}」"
    return note


def lead_sentence(task: Task) -> str:
    if not task.lead_units and task.responsible_units:
        # A lone 责任单位 line (common in 政府工作报告 分解): no lead is named, the responsible units are.
        return f"{task_label(task)}没有写明牵头单位，责任单位：{units_text(task.responsible_units)}。"
    if not task.lead_units:
        return no_units_note(task)
    return f"{task_label(task)}由{units_text(task.lead_units)}牵头，责任单位：{units_text(task.responsible_units)}。"


def responsible_sentence(task: Task) -> str:
    if not task.lead_units and task.responsible_units:
        return f"{task_label(task)}的责任单位有：{units_text(task.responsible_units)}；通知没有写明牵头单位。"
    if not task.lead_units:
        return no_units_note(task)
    return (
        f"{task_label(task)}的责任单位（配合单位）有：{units_text(task.responsible_units)}；"
        f"牵头单位：{units_text(task.lead_units)}。"
    )


def topic_sentence(task: Task) -> str:
    if not task.lead_units and task.responsible_units:
        return (
            f"这个问题对应{task_label(task)}（第{task.section}部分）。"
            f"责任单位：{units_text(task.responsible_units)}（通知没有写明牵头单位）。"
        )
    if not task.lead_units:
        return f"这个问题对应{task_label(task)}（第{task.section}部分），通知没有为它列出牵头单位和责任单位。"
    return (
        f"这个问题对应{task_label(task)}（第{task.section}部分）。"
        f"牵头单位：{units_text(task.lead_units)}；责任单位：{units_text(task.responsible_units)}。"
    )


def quote(evidence: str) -> str:
    return f"原文：「{evidence}」"


def also_related(tasks: Sequence[Task]) -> str:
    if not tasks:
        return ""
    items = "；".join(f"{task_label(t)}（牵头：{units_text(t.lead_units)}）" for t in tasks)
    return f"相关的还有：{items}。"


def meta_summary(meta: NoticeMeta) -> str:
    return (
        f"《{meta.title}》，发文字号：{meta.doc_number}，发文机关：{meta.issuer}，"
        f"成文日期：{meta.written_date}，发布日期：{meta.published_date}。"
    )


def meta_answer(meta: NoticeMeta, field: str | None, sections: int, tasks: int, led: int) -> str:
    """Answer a question about the notice itself, then give the full identification line."""
    lines = {
        "doc_number": f"发文字号是{meta.doc_number}。",
        "dates": f"成文日期{meta.written_date}，发布日期{meta.published_date}；通知正文落款日期为{meta.signed_date}。",
        "issuer": f"由{meta.issuer}印发。",
        "title": f"通知标题是《{meta.title}》，所附方案为《{meta.plan_title}》。",
        "count": f"方案分{sections}个部分，共{tasks}项任务；其中第1–{led}项列有牵头单位和责任单位，其余没有列出。",
        "subject": f"主题分类：{meta.subject}。",
        "addressees": f"通知主送：{'、'.join(meta.addressees)}。",
        "purpose": f"{meta.preamble}",
    }
    head = lines.get(field or "", "")
    return f"{head}\n{meta_summary(meta)}" if head else meta_summary(meta)


def notice_name(notice: Notice) -> str:
    """The notice as a reader names it: number and plan title (a table excerpt may have neither)."""
    title = notice.meta.plan_title or notice.meta.title
    name = notice.meta.doc_number + (f"《{title}》" if title else "")
    return name or "这份通知"


def _this_notice(notice: Notice) -> str:
    name = notice_name(notice)
    return name if name == "这份通知" else f"这份通知（{name}）"


def _tips(suggestions: Sequence[str]) -> str:
    return "；".join(f"“{s}”" for s in suggestions)


def not_in_notice(said: str, suggestions: Sequence[str]) -> str:
    """What the notice lacks ("没有第35项。"), then the questions it can answer instead."""
    return f"{said}您可以这样问：{_tips(suggestions)}。"


def out_of_scope_answer(notice: Notice, suggestions: Sequence[str], reason: str = "") -> str:
    """A decline: why (if known), what the notice covers, and what can be asked."""
    head = reason or "这份通知没有涉及这个问题，我无法据此回答。"
    return (
        f"抱歉，{head}\n"
        f"{_this_notice(notice)}讲的是{len(notice.tasks)}项任务的分工（分{len(notice.sections)}个部分，"
        f"写明牵头单位和责任单位）。您可以这样问：{_tips(suggestions)}。"
    )


_COMPLAINT = re.compile(P.COMPLAINTS.pattern(), re.IGNORECASE)
_LAUGHTER = re.compile(P.LAUGHTER.pattern(), re.IGNORECASE)
_GOODBYE = re.compile(P.GOODBYES.pattern(), re.IGNORECASE)
_PRAISE = re.compile(P.PRAISE.pattern() + r"|(?<!\d)6{3,}(?!\d)", re.IGNORECASE)  # "666": slang praise
_TESTING = re.compile(P.TESTING.pattern(), re.IGNORECASE)
_LONG_ANSWER = re.compile(P.LONG_ANSWER_REMARKS.pattern())
_SLOW = re.compile(P.SLOW_WORDS.pattern())
_THANKED = re.compile(P.THANKED_MARKERS.pattern(), re.IGNORECASE)
_GREETED = re.compile(P.GREETED_MARKERS.pattern(), re.IGNORECASE)
_ASKED_IF_PERSON = re.compile(P.PERSON_MARKERS.pattern(), re.IGNORECASE)
_INTRODUCED = re.compile(rf"(?:^|[，,。.!！\s])(?:{P.SELF_INTRO_OPENERS.pattern()})")


def smalltalk_answer(notice: Notice, text: str, suggestions: Sequence[str]) -> str:
    """A short polite reply that says what can be asked (a complaint: an apology and how to do better)."""
    if _COMPLAINT.search(text) and _SLOW.search(text):
        return (
            "抱歉让您久等了。回答慢时请稍等片刻，或刷新页面后再问一次，也可以换个说法，把任务或单位名称说完整；"
            f"如果一直很慢，请点答案下方的👎告诉我们。您可以这样问：{_tips(suggestions)}。"
        )
    if _COMPLAINT.search(text):
        return (
            "抱歉，没能帮上忙。我只根据通知原文回答，可能没听懂您的问法：请换个说法再问一次，"
            "把任务（如第几项、哪方面的工作）或单位名称说完整；答得不对的地方，也请点答案下方的👎告诉我们。"
            f"您也可以这样问：{_tips(suggestions)}。"
        )
    if _LONG_ANSWER.search(text) and not _COMPLAINT.search(text):
        # "这么多": no need to say again what can be asked; how to narrow the list is what helps.
        return "确实不少。可以缩小范围接着问，比如“其中第二部分的有哪几项”，也可以问一共有几项。"
    if _GOODBYE.search(text):
        opening = "好的，再见！有问题随时来问。"
    elif _THANKED.search(text):
        opening = "不客气！"
    elif _PRAISE.search(text):
        opening = "谢谢夸奖！"
    elif _TESTING.search(text):
        opening = "您好，我在，可以正常使用。"
    elif _INTRODUCED.search(text):
        opening = "您好，欢迎使用！"  # "我是循化县财政局的小李": greeted back, then what can be asked
    elif _GREETED.search(text):
        opening = "您好！"
    elif _ASKED_IF_PERSON.search(text):
        opening = "我不是真人，是自动回答的程序。"
    elif _LAUGHTER.search(text):
        opening = "😊 "
    else:
        opening = ""
    return (
        f"{opening}我是任务分工问答助手，只回答关于{notice_name(notice)}的问题：哪项任务由谁牵头、"
        f"有哪些责任单位，某个单位负责哪些任务，各部分有几项任务，以及任务里写的目标和数字。"
        f"您可以这样问：{_tips(suggestions)}。"
    )


def which_unit_answer(surface: str, units: Sequence[str]) -> str:
    """Ask back which unit a short form that fits several ("资源局") means."""
    return f"“{surface}”可能指{'、'.join(units)}，您问的是哪一个？请点下面的问题，或把单位名称说完整。"


def clarify_answer(suggestions: Sequence[str]) -> str:
    """Ask back when a follow-up has nothing to refer to."""
    return f"您指的是哪一项任务或哪个单位？请把任务或单位说完整，例如：{_tips(suggestions[:3])}。"


def which_county_answer(counties: Sequence[str], suggestions: Sequence[str]) -> str:
    """Ask back which county is meant, when the notice says it of several ("产值目标多少")."""
    return f"您问的是哪个县？通知对{'、'.join(counties)}分别写了。请点下面的问题，例如：{_tips(suggestions[:4])}。"


def clarify_structural_answer(suggestions: Sequence[str]) -> str:
    """Ask back when a question about counts, the most or shared units could not be read exactly."""
    return (
        "这个统计类问题我没能准确理解，为免答错，请换个更直接的问法，"
        f"比如写明单位全称、任务序号或部分，例如：{_tips(suggestions[:3])}。"
    )


def suggestions_for(notice: Notice, alias_table: dict[str, str]) -> tuple[str, ...]:
    """Example questions built from the notice itself (a unit, a section, a task number)."""
    tips: list[str] = []
    counts: dict[str, int] = {}
    for task in notice.tasks:
        for unit in task.lead_units:
            if unit.startswith("市"):
                counts[unit] = counts.get(unit, 0) + 1
    if counts:
        unit = max(counts, key=lambda u: (counts[u], u))
        short = unit.removeprefix("市") if alias_table.get(unit.removeprefix("市")) == unit else unit
        tips.append(f"{short}牵头哪些任务")
    first = next((t for t in notice.tasks if t.lead_units), None)
    if first is not None:
        tips.append(f"第{first.number}项的责任单位有哪些")
    if len(notice.sections) >= 2:
        tips.append(f"第{chinese_numeral(2)}部分有几项任务")
    if any(not t.lead_units for t in notice.tasks):
        tips.append("哪些任务没有写牵头单位")
    else:
        tips.append("通知一共多少项任务")
    return tuple(tips)
