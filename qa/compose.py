"""Wording of answers: pure functions from records to Chinese text."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.records import NoticeMeta, Section, Task

_NUMERALS = "一二三四五六七八九十"


def units_text(units: Sequence[str]) -> str:
    return "、".join(units) if units else "（未列明）"


def task_label(task: Task) -> str:
    return f"第{task.number}项「{task.title}」"


def task_labels(tasks: Sequence[Task]) -> str:
    return "、".join(task_label(t) for t in tasks)


def section_label(section: Section) -> str:
    return f"第{_NUMERALS[section.number - 1]}部分「{section.title}」"


def no_units_note(task: Task) -> str:
    return f"{task_label(task)}属于“实施保障”，通知没有为它列出牵头单位和责任单位。"


def lead_sentence(task: Task) -> str:
    if not task.lead_units:
        return no_units_note(task)
    return f"{task_label(task)}由{units_text(task.lead_units)}牵头，责任单位：{units_text(task.responsible_units)}。"


def responsible_sentence(task: Task) -> str:
    if not task.lead_units:
        return no_units_note(task)
    return (
        f"{task_label(task)}的责任单位（配合单位）有：{units_text(task.responsible_units)}；"
        f"牵头单位：{units_text(task.lead_units)}。"
    )


def topic_sentence(task: Task) -> str:
    if not task.lead_units:
        return f"这个问题对应{task_label(task)}（第{task.section}部分，实施保障），通知没有为它列出牵头单位和责任单位。"
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
        "count": f"方案分{sections}个部分，共{tasks}项任务；其中第1–{led}项列有牵头单位和责任单位，其余为实施保障。",
        "subject": f"主题分类：{meta.subject}。",
        "addressees": f"通知主送：{'、'.join(meta.addressees)}。",
        "purpose": f"{meta.preamble}",
    }
    head = lines.get(field or "", "")
    return f"{head}\n{meta_summary(meta)}" if head else meta_summary(meta)


def out_of_scope_answer(meta: NoticeMeta, suggestions: Sequence[str]) -> str:
    tips = "；".join(f"“{s}”" for s in suggestions)
    return (
        f"抱歉，这份通知（{meta.doc_number}《{meta.plan_title}》）没有涉及这个问题，我无法据此回答。"
        f"它讲的是海东市推进以县城为重要载体的城镇化建设的34项任务分工。您可以这样问：{tips}。"
    )
