"""Turn an :class:`~qa.answer.Answer` into the HTML shown in the chat and the plain text its copy button copies.

Everything that comes from the user or the notice is HTML-escaped before any
markup is added; the only tags in a reply are the ones written here. A reply is
one HTML block without blank lines (the Gradio API's ``/ask`` returns the same HTML).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from corpus.records import Notice
from qa.answer import Answer, Citation, Intent
from web.official import official_style

# Task texts longer than this are folded into a <details> element.
COLLAPSE_CHARS = 160
# More cited tasks than this are listed one line per task whatever the question (a 400×600 frame
# holds about eight such lines; cards take a screen each).
COMPACT_AFTER = 6
# Lines of a compact list shown before the rest is folded.
COMPACT_OPEN = 8
# A list longer than this hides its lines' lead units on a narrow screen (a phone, a 400 px frame), where they
# wrap onto a second line per task: each task stays one line, and its link opens the units (page.css).
FEW_LINES = 3
# An answer longer than this that comes with a compact list (it names every task itself) shows its first lines
# and a 展开全文 button: the list below says the same, one line per task.
CLAMP_CHARS = 150

APOLOGY = "抱歉，系统处理这个问题时出错了，请稍后再试或换一种问法。"


def escape_text(text: str) -> str:
    """HTML-escape ``text`` and keep its line breaks as ``<br>``."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def section_titles(notice: Notice) -> dict[int, str]:
    """``{section number: "第三部分「…」"}`` for the citation cards."""
    return {s.number: f"第{s.numeral}部分「{s.title}」" for s in notice.sections}


def highlight(text: str, evidence: str) -> str:
    """Escape ``text`` and wrap each occurrence of ``evidence`` in ``<mark>``.

    If the evidence does not occur in the text (e.g. it is the units line), the
    text is returned escaped without marks.
    """
    evidence = evidence.strip()
    if not evidence or evidence not in text:
        return escape_text(text)
    parts = text.split(evidence)
    marked = f"<mark>{escape_text(evidence)}</mark>"
    return marked.join(escape_text(part) for part in parts)


def _units(units: Sequence[str], marked: str | None) -> str:
    if not units:
        return "—"
    return "、".join(f"<mark>{html.escape(u)}</mark>" if u == marked else html.escape(u) for u in units)


def _role_badge(citation: Citation) -> str:
    if citation.role is None:
        return ""
    label = "牵头" if citation.role == "lead" else "责任"
    return f' <span class="qa-role qa-role-{html.escape(citation.role)}">{label}</span>'


def task_link(number: int) -> str:
    """A link to task ``number``: the page opens the task with its full text (see web/static/chat.js).

    The number keeps its ``<span class="qa-task-no">`` (scripts reading the Gradio API's reply HTML find it).
    """
    return (
        f'<a class="qa-task-link" href="#task-{number}" data-task="{number}" title="查看第{number}项全文">'
        f'<span class="qa-task-no">第{number}项</span></a>'
    )


def _cited_task(citation: Citation, home: str | None) -> str:
    """The task's number: a link to the page's own full text, or, for a task of another notice of the
    library (the page holds the full texts of ``home``'s tasks only), that notice's number and the task's."""
    if citation.notice is None or home is None or citation.notice.id == home:
        return task_link(citation.task)
    label = html.escape(citation.notice.short_label)
    return f'<span class="qa-notice-name">{label}</span> <span class="qa-task-no">第{citation.task}项</span>'


def _task_text(citation: Citation) -> str:
    body = f'<div class="qa-text">{highlight(citation.text, citation.evidence)}</div>'
    if len(citation.text) <= COLLAPSE_CHARS:
        return body
    hint = "，相关句子已标出" if citation.evidence.strip() and citation.evidence.strip() in citation.text else ""
    return f"<details><summary>任务原文（{len(citation.text)}字{hint}）</summary>{body}</details>"


def format_citation(citation: Citation, sections: Mapping[int, str], home: str | None = None) -> str:
    """One task card: number (a link to the task), title, section, lead and responsible units, highlighted text.

    ``home``: in a library, the id of the notice whose tasks and ``sections`` the page holds.
    """
    other = citation.notice is not None and home is not None and citation.notice.id != home
    section = (None if other else sections.get(citation.section)) or official_style(f"第{citation.section}部分")
    named = citation.as_named
    lead_mark = named if citation.role == "lead" else None
    resp_mark = named if citation.role == "responsible" else None
    return (
        '<div class="qa-cite">'
        f'<div class="qa-cite-head">{_cited_task(citation, home)} '
        f"<strong>{html.escape(citation.title)}</strong>{_role_badge(citation)}</div>"
        f'<div class="qa-section">{html.escape(section)}</div>'
        f'<div class="qa-units"><span class="qa-label">牵头单位</span>{_units(citation.lead_units, lead_mark)}</div>'
        f'<div class="qa-units"><span class="qa-label">责任单位</span>{_units(citation.responsible_units, resp_mark)}'
        "</div>"
        f"{_task_text(citation)}"
        "</div>"
    )


def _line_units(citation: Citation) -> str:
    """Who leads the task, for its line in a list (the responsible units where no lead is written): a list of
    tasks answers "which tasks", and the reader's next question is who does them. The unit asked about is marked."""
    if citation.lead_units:
        label, units, role = "牵头单位", citation.lead_units, "lead"
    elif citation.responsible_units:
        label, units, role = "责任单位", citation.responsible_units, "responsible"
    else:
        return ""
    marked = citation.as_named if citation.role == role else None
    return f'<span class="qa-line-units">{label}：{_units(units, marked)}</span>'


def format_compact(citations: Sequence[Citation], home: str | None = None) -> str:
    """One line per task (number link, title, role, lead units): for answers that list many tasks.

    The first ``COMPACT_OPEN`` lines are shown and the rest folded (a unit can take part in 29 tasks). A list of
    more than ``FEW_LINES`` tasks is marked ``qa-many``: narrow screens show its lines without the units.
    """
    items = [
        f"<li>{_cited_task(c, home)} {html.escape(c.title)}{_role_badge(c)}{_line_units(c)}</li>" for c in citations
    ]
    css = "qa-compact" if len(items) <= FEW_LINES else "qa-compact qa-many"
    shown = f'<ol class="{css}">{"".join(items[:COMPACT_OPEN])}</ol>'
    if len(items) <= COMPACT_OPEN:
        return shown
    rest = f'<ol class="{css}">{"".join(items[COMPACT_OPEN:])}</ol>'
    return f'{shown}<details class="qa-more"><summary>其余{len(items) - COMPACT_OPEN}项</summary>{rest}</details>'


def format_suggestions(suggestions: Sequence[str]) -> str:
    """Questions to ask next, as chips the page turns into questions when clicked."""
    if not suggestions:
        return ""
    chips = "".join(
        f'<button type="button" class="qa-chip" data-ask="{html.escape(s, quote=True)}">{html.escape(s)}</button>'
        for s in suggestions
    )
    return f'<div class="qa-suggestions" role="group" aria-label="您可以接着问">{chips}</div>'


def _is_list(answer: Answer) -> bool:
    """Lists of tasks (which tasks a unit has, counts, table queries) read best as one line per task."""
    if answer.count is not None:
        return True  # a count is shown with its list, even of one task
    listing = answer.intent in {Intent.UNIT_TASKS, Intent.QUERY, Intent.SECTION}
    return (listing and len(answer.citations) > 1) or len(answer.citations) > COMPACT_AFTER


def format_answer(answer: Answer, sections: Mapping[int, str], home: str | None = None) -> str:
    """The whole reply: the direct answer first, then the cited tasks, then questions to click next.

    One cited task is shown as an open card and the others are folded into 相关任务（N）; lists of tasks
    (unit, section and counting answers) are one line per task, each a link to the task.
    """
    kind = "qa-in" if answer.in_scope else "qa-out"
    cites = answer.citations
    said = f'<div class="qa-answer">{escape_text(official_style(answer.answer))}</div>'
    if cites and _is_list(answer) and len(answer.answer) > CLAMP_CHARS:
        said = (
            f'<div class="qa-clamp">{said}</div>'
            '<button type="button" class="qa-expand" aria-expanded="false">展开全文</button>'
        )
    parts = [f'<div class="qa-reply {kind}" data-intent="{html.escape(answer.intent.value)}">']
    if answer.count is not None:
        # The number stands beside the sentence that states it: the answer does not say what it counts (tasks,
        # units, targets or parts), so the sentence names it and the page adds no measure word of its own.
        parts.append(
            f'<div class="qa-headline"><div class="qa-count" title="答案中的数目">'
            f'<span class="qa-count-n">{answer.count}</span></div><div class="qa-said">{said}</div></div>'
        )
    else:
        parts.append(said)
    if cites and _is_list(answer):
        parts.append(f'<div class="qa-cites-title">涉及的任务（{len(cites)}项）</div>')
        parts.append(format_compact(cites, home))
    elif cites:
        parts.append(format_citation(cites[0], sections, home))
        if len(cites) > 1:
            rest = "".join(format_citation(c, sections, home) for c in cites[1:])
            parts.append(f'<details class="qa-related"><summary>相关任务（{len(cites) - 1}）</summary>{rest}</details>')
    parts.append(format_suggestions(answer.suggestions))
    parts.append("</div>")
    return "".join(parts)


def answer_text(answer: Answer, doc_number: str) -> str:
    """What the copy button copies: the answer, the units and a source line, as plain text.

    The answered task gives the units ("牵头单位：…", "责任单位：…") and the source line
    ("出处：东政办〔2023〕26号 第16项"); the other cited tasks are named as related. A list of tasks
    (unit, section and counting answers) gives one line per task and all of them as the source.
    """
    lines = [official_style(answer.answer).strip()]
    cites = answer.citations
    if cites and _is_list(answer):
        for c in cites:
            role = f"（{'牵头' if c.role == 'lead' else '责任'}）" if c.role else ""
            lines.append(f"第{c.task}项「{c.title}」{role}")
        sources = cites
    elif cites:
        first = cites[0]
        lines.append("牵头单位：" + ("、".join(first.lead_units) or "—"))
        lines.append("责任单位：" + ("、".join(first.responsible_units) or "—"))
        if len(cites) > 1:
            lines.append("相关任务：" + "、".join(f"第{c.task}项「{c.title}」" for c in cites[1:]))
        sources = cites[:1]
    else:
        sources = ()
    if sources:
        lines.append(f"出处：{doc_number} " + "、".join(f"第{c.task}项" for c in sources))
    elif answer.in_scope and answer.intent is not Intent.SMALLTALK:
        lines.append(f"出处：{doc_number}")
    return "\n".join(lines)


def format_error(message: str = APOLOGY) -> str:
    """The reply shown when answering failed: the apology (the details go to the log, never the page), or a
    message for the user such as which notices there are."""
    return f'<div class="qa-reply qa-error"><div class="qa-answer">{html.escape(message)}</div></div>'
