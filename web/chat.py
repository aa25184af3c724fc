"""Turn an :class:`~qa.answer.Answer` into the HTML shown in the chat, and user text into safe text.

Everything that comes from the user or the notice is HTML-escaped before any
markup is added; the only tags in a reply are the ones written here. A reply is
one HTML block without blank lines, so the chat's Markdown renderer leaves it
as it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from corpus.records import Notice
from qa.answer import Answer, Citation

# Task texts longer than this are folded into a <details> element.
COLLAPSE_CHARS = 160
# Citation cards shown before the rest are folded away (unit questions can cite 30 tasks).
OPEN_CARDS = 5
# How much of an over-long question is echoed back in the chat.
ECHO_CHARS = 300

APOLOGY = "抱歉，系统处理这个问题时出错了，请稍后再试或换一种问法。"

# Characters Markdown gives a meaning to (HTML's own < > & " ' are escaped as entities).
_MARKDOWN_PUNCT = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:])")
# Control characters other than tab and line breaks (NUL, ESC, …): invisible at best, so not echoed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_text(text: str) -> str:
    """HTML-escape ``text`` and keep its line breaks as ``<br>``."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def escape_user_text(text: str, limit: int = ECHO_CHARS) -> str:
    """Show what the user typed as literal text in a Markdown-rendering chat bubble.

    HTML is escaped into entities and Markdown punctuation backslash-escaped, so
    ``<img src=x onerror=alert(1)>`` or ``**x**`` appear exactly as typed.
    Text longer than ``limit`` characters is cut, with the full length noted; control
    characters (NUL, ESC, …) are left out.
    """
    shown = _CONTROL.sub("", text if len(text) <= limit else text[:limit])
    escaped = _MARKDOWN_PUNCT.sub(r"\\\1", html.escape(shown, quote=True))
    if len(text) > limit:
        escaped += f"…（共{len(text)}字）"
    return escaped


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


def _task_text(citation: Citation) -> str:
    body = f'<div class="qa-text">{highlight(citation.text, citation.evidence)}</div>'
    if len(citation.text) <= COLLAPSE_CHARS:
        return body
    hint = "，相关句子已标出" if citation.evidence.strip() and citation.evidence.strip() in citation.text else ""
    return f"<details><summary>任务原文（{len(citation.text)}字{hint}）</summary>{body}</details>"


def format_citation(citation: Citation, sections: Mapping[int, str]) -> str:
    """One task card: number, title, section, lead and responsible units, highlighted text."""
    section = sections.get(citation.section, f"第{citation.section}部分")
    named = citation.as_named
    lead_mark = named if citation.role == "lead" else None
    resp_mark = named if citation.role == "responsible" else None
    return (
        '<div class="qa-cite">'
        f'<div class="qa-cite-head"><span class="qa-task-no">第{citation.task}项</span> '
        f"<strong>{html.escape(citation.title)}</strong>{_role_badge(citation)}</div>"
        f'<div class="qa-section">{html.escape(section)}</div>'
        f'<div class="qa-units"><span class="qa-label">牵头单位</span>{_units(citation.lead_units, lead_mark)}</div>'
        f'<div class="qa-units"><span class="qa-label">责任单位</span>{_units(citation.responsible_units, resp_mark)}'
        "</div>"
        f"{_task_text(citation)}"
        "</div>"
    )


def format_answer(answer: Answer, sections: Mapping[int, str]) -> str:
    """The whole reply: the direct answer first, then the cited tasks."""
    kind = "qa-in" if answer.in_scope else "qa-out"
    parts = [f'<div class="qa-reply {kind}">', f'<div class="qa-answer">{escape_text(answer.answer)}</div>']
    cards = [format_citation(c, sections) for c in answer.citations]
    if cards:
        parts.append(f'<div class="qa-cites-title">引用的任务（{len(cards)}项）</div>')
        parts.extend(cards[:OPEN_CARDS])
        if len(cards) > OPEN_CARDS:
            rest = "".join(cards[OPEN_CARDS:])
            parts.append(f"<details><summary>其余{len(cards) - OPEN_CARDS}项任务</summary>{rest}</details>")
    parts.append("</div>")
    return "".join(parts)


def format_error() -> str:
    """The reply shown when answering failed (the details go to the log, never the page)."""
    return f'<div class="qa-reply qa-error"><div class="qa-answer">{html.escape(APOLOGY)}</div></div>'
