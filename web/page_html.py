"""The page's own markup: header, footer, the chat's frame, the task list (cards on narrow screens) and the
full text of every task for the task panel. Everything from the notice is HTML-escaped here."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from corpus.records import Notice, Task
from web.browser import Selection, TaskRow
from web.intro import PageIntro, library_name, notice_name
from web.official import book_title, official_date


def source_line(notice: Notice) -> str:
    """``海东市人民政府办公室《海东市贯彻落实〈…〉任务分工方案》（东政办〔2023〕26号）``; parts the notice does not
    print are left out."""
    meta = notice.meta
    plan = meta.plan_title or meta.title
    source = f"{meta.issuer}{book_title(plan) if plan else ''}"
    if meta.doc_number:
        source += f"（{meta.doc_number}）" if source else meta.doc_number
    return source or notice_name(notice)


def header_html(notices: Sequence[tuple[str, Notice]], title: str) -> str:
    """The page's heading and what it answers from: one notice, or the notices (id, records) of a library."""
    total = sum(len(n.tasks) for _, n in notices)
    if len(notices) == 1:
        notice = notices[0][1]
        about = f"依据{source_line(notice)}，共{total}项任务。回答均注明出处任务、牵头单位和责任单位。"
        short = f"{notice_name(notice)} · {total}项任务"
    else:
        names = "、".join(library_name(i, n) for i, n in notices)
        about = f"依据通知库中的{len(notices)}份通知（{names}），共{total}项任务。回答均注明出处通知、任务和单位。"
        short = f"{len(notices)}份通知 · {total}项任务"
    return (
        f"<h1>{html.escape(title)}</h1>"
        f'<p class="qa-about">{html.escape(about)}</p>'
        f'<p class="qa-about-short">{html.escape(short)}</p>'
    )


def _published(notice_id: str, notice: Notice) -> str:
    meta = notice.meta
    date = official_date(meta.published_date) if meta.published_date else ""
    issued = " ".join(x for x in (meta.issuer, meta.doc_number) if x) or library_name(notice_id, notice)
    return f"{issued}（{date}发布）" if date else issued


def footer_html(notices: Sequence[tuple[str, Notice]]) -> str:
    """Where the answers come from (each notice's issuer, number and date, where printed), and a caveat."""
    sources = "；".join(_published(i, n) for i, n in notices)
    return f"<div>资料来源：{html.escape(sources)}。回答仅供工作参考，以正式文件为准。</div>"


def notice_picker_html(notices: Sequence[tuple[str, str]]) -> str:
    """A choice of the library's notices (id, label) for the chat bar; nothing for a single notice."""
    if len(notices) < 2:
        return ""
    options = "".join(
        f'<option value="{html.escape(i, quote=True)}">{html.escape(label)}</option>' for i, label in notices
    )
    return (
        '<label class="qa-notice-pick">问哪份通知 <select id="qa-notice">'
        f'<option value="">全部通知</option>{options}</select></label>'
    )


def chat_html(intro: PageIntro, max_question_chars: int, notices: Sequence[tuple[str, str]] = ()) -> str:
    """The chat's frame; web/static/chat.js fills in the conversation. ``notices``: a library's (id, label).

    An example tagged with a notice asks that notice (chat.js sets the picker to it first).
    """
    chips = "".join(
        f'<button type="button" class="qa-chip" data-ask="{html.escape(e.question, quote=True)}"'
        + (f' data-notice="{html.escape(e.notice_id, quote=True)}"' if e.notice_id and notices else "")
        + f">{html.escape(e.question)}</button>"
        for e in intro.examples
    )
    examples = (
        "<p>例如：某项工作由谁牵头、某单位负责哪些任务、一共有多少项任务。点一个试试：</p>"
        f'<div class="qa-suggestions qa-examples" role="group" aria-label="示例问题">{chips}</div>'
        if chips
        else ""
    )
    return (
        f'<div id="qa-chatapp" data-max="{max_question_chars}">'
        f'<div class="qa-chatbar">{notice_picker_html(notices)}'
        '<span id="qa-queue" role="status" aria-live="polite"></span>'
        '<button type="button" id="qa-new" aria-label="新对话（清空当前对话）">新对话</button></div>'
        '<div id="qa-chat" role="log" aria-label="对话记录" aria-live="polite" tabindex="0">'
        f'<div class="qa-welcome"><p><strong>{html.escape(intro.welcome)}</strong></p>{examples}</div>'
        "</div>"
        '<button type="button" id="qa-scroll-down" aria-label="滚动到最新消息" title="滚动到最新消息" hidden>'
        "↓ 最新</button>"
        '<form id="qa-input" autocomplete="off">'
        f'<textarea rows="1" aria-label="输入问题" placeholder="{html.escape(intro.placeholder, quote=True)}" '
        'aria-describedby="qa-counter qa-input-note"></textarea>'
        '<button type="submit" class="qa-send">提问</button>'
        "</form>"
        '<div class="qa-input-meta"><span id="qa-input-note" aria-live="polite"></span>'
        f'<span id="qa-counter">0/{max_question_chars}</span></div>'
        "</div>"
    )


def _units(units: Sequence[str]) -> str:
    return html.escape("、".join(units)) if units else "—"


def task_panels_html(notice: Notice, sections: Mapping[int, str]) -> str:
    """Every task's full text, hidden; a click on a task link shows one in a dialog."""
    panels = "".join(
        f'<section id="qa-task-{t.number}"><h2>第{t.number}项 {html.escape(t.title)}</h2>'
        f'<p class="qa-section">{html.escape(sections.get(t.section, ""))}</p>'
        f'<p class="qa-units"><span class="qa-label">牵头单位</span>{_units(t.lead_units)}</p>'
        f'<p class="qa-units"><span class="qa-label">责任单位</span>{_units(t.responsible_units)}</p>'
        f'<p class="qa-fulltext">{html.escape(t.text)}</p></section>'
        for t in notice.tasks
    )
    return (
        f'<div id="qa-task-panels" hidden>{panels}</div>'
        '<dialog id="qa-task-dialog" aria-label="任务全文"><div class="qa-dialog-head">'
        '<button type="button" class="qa-dialog-close" aria-label="关闭任务全文">关闭</button></div>'
        '<div class="qa-dialog-body"></div></dialog>'
    )


def _task_cells(row: TaskRow, selection: Selection, linked: bool) -> list[tuple[str, str, str]]:
    t: Task = row.task
    if linked:
        number = (
            f'<a class="qa-task-link" href="#task-{t.number}" data-task="{t.number}" title="查看全文">{t.number}</a>'
        )
        title = html.escape(t.title)
    else:
        # A notice whose full texts the page does not hold: the text unfolds under the title instead.
        number = str(t.number)
        title = (
            f'<details class="qa-task-text"><summary>{html.escape(t.title)}</summary>'
            f"<p>{html.escape(t.text)}</p></details>"
        )
    cells = [
        ("序号", number, "qa-col-no"),
        ("任务", title, "qa-col-title"),
        ("所属部分", html.escape(str(selection.section_labels.get(t.section, t.section))), "qa-col-part"),
        ("牵头单位", _units(t.lead_units), "qa-col-units"),
        ("责任单位", _units(t.responsible_units), "qa-col-units"),
    ]
    if selection.units:
        cells.append(("该单位角色", html.escape(row.role_text()), "qa-col-role"))
    return cells


def tasks_html(selection: Selection, *, linked: bool = True) -> str:
    """The filtered tasks as a table that becomes one card per task on narrow screens.

    ``linked``: task numbers open the page's full-text panel (the page's own notice); otherwise, for another
    notice of a library, each title unfolds to the task's text.
    """
    if not selection.rows:
        return '<div class="qa-tasks-empty">没有符合条件的任务。</div>'
    head_cells = _task_cells(selection.rows[0], selection, linked)
    head = "".join(f'<th scope="col" class="{css}">{name}</th>' for name, _, css in head_cells)
    rows = []
    for row in selection.rows:
        cells = "".join(
            f'<td class="{css}" data-label="{name}">{value}</td>'
            for name, value, css in _task_cells(row, selection, linked)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<div class="qa-tasks-wrap"><table class="qa-tasks">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
