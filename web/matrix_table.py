"""The responsibility matrix as an HTML table: units × tasks, grouped by the notice's parts.

The browser draws it with its own fonts, so it never depends on the server's fonts (the PNG picture in
:mod:`web.browser` is an extra, offered only where a font with Chinese glyphs is installed).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence

from corpus.numerals import chinese_numeral
from corpus.records import Notice, Task
from web.browser import matrix_layout

LEGEND = (
    '<div class="qa-m-legend" aria-hidden="false">'
    '<span><span class="qa-m-mark qa-m-lead">牵</span> 牵头单位</span>'
    '<span><span class="qa-m-mark qa-m-resp">责</span> 责任单位</span>'
    "<span>鼠标停在任务序号或格子上可看任务名称；表头和单位列随滚动固定。</span>"
    "</div>"
)


def _cell(task: Task, unit: str) -> str:
    label = f"第{task.number}项「{task.title}」"
    if unit in task.lead_units:
        role, mark = "牵头", '<span class="qa-m-mark qa-m-lead">牵</span>'
    elif unit in task.responsible_units:
        role, mark = "责任", '<span class="qa-m-mark qa-m-resp">责</span>'
    else:
        return '<td class="qa-m-cell"></td>'
    return f'<td class="qa-m-cell" title="{html.escape(f"{label}：{unit} {role}")}">{mark}</td>'


def matrix_html(notice: Notice, task_numbers: Sequence[int] | None = None, *, highlight: Collection[str] = ()) -> str:
    """The matrix as one ``<table>`` (with its legend), ready for a ``gr.HTML``.

    Args:
        notice: the parsed notice.
        task_numbers: the tasks to show (default: all); tasks that name no units are left out.
        highlight: units whose rows are marked (the browser's unit filter).
    """
    wanted = set(task_numbers) if task_numbers is not None else None
    tasks = [t for t in notice.tasks if (wanted is None or t.number in wanted) and t.units]
    if not tasks:
        return '<div class="qa-matrix-html"><p class="qa-m-empty">所选任务没有列出牵头单位和责任单位。</p></div>'
    layout = matrix_layout(tasks)
    groups: list[tuple[int, list[Task]]] = []
    for task in layout.tasks:
        if groups and groups[-1][0] == task.section:
            groups[-1][1].append(task)
        else:
            groups.append((task.section, [task]))
    titles = {s.number: s.title for s in notice.sections}
    band = {t.number: "qa-m-band" if t.section % 2 == 0 else "" for t in layout.tasks}

    head_sections = "".join(
        f'<th scope="colgroup" colspan="{len(items)}" class="qa-m-part {band[items[0].number]}" '
        f'title="{html.escape(titles.get(section, ""))}">第{chinese_numeral(section)}部分</th>'
        for section, items in groups
    )
    head_tasks = "".join(
        f'<th scope="col" class="qa-m-task {band[t.number]}" title="{html.escape(f"第{t.number}项「{t.title}」")}">'
        f"{t.number}</th>"
        for t in layout.tasks
    )
    marked = set(highlight)
    body = []
    for unit in layout.units:
        lead = sum(1 for t in layout.tasks if unit in t.lead_units)
        part = sum(1 for t in layout.tasks if unit in t.units)
        row_class = ' class="qa-m-hit"' if unit in marked else ""
        cells = "".join(_cell(t, unit) for t in layout.tasks)
        body.append(
            f'<tr{row_class}><th scope="row" class="qa-m-unit">{html.escape(unit)}</th>{cells}'
            f'<td class="qa-m-sum" title="牵头{lead}项，共参与{part}项">{lead}/{part}</td></tr>'
        )
    left_out = [t.number for t in notice.tasks if (wanted is None or t.number in wanted) and not t.units]
    note = (
        f'<p class="qa-m-note">第{left_out[0]}–{left_out[-1]}项未列单位，不在表中。</p>'
        if len(left_out) > 1
        else (f'<p class="qa-m-note">第{left_out[0]}项未列单位，不在表中。</p>' if left_out else "")
    )
    caption = f"任务分工矩阵：{len(layout.units)}个单位 × {len(layout.tasks)}项任务（按部分分组；末列为牵头/参与项数）"
    return (
        '<div class="qa-matrix-html">'
        f"{LEGEND}"
        f'<p class="qa-m-caption">{html.escape(caption)}</p>'
        '<div class="qa-m-scroll" tabindex="0" role="region" aria-label="任务分工矩阵（可滚动）">'
        f'<table class="qa-m-table" aria-label="{html.escape(caption)}">'
        f'<thead><tr><th rowspan="2" scope="col" class="qa-m-corner">单位 \\ 任务</th>{head_sections}'
        '<th rowspan="2" scope="col" class="qa-m-sum-head" title="牵头项数/参与项数">牵头/参与</th></tr>'
        f"<tr>{head_tasks}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>{note}</div>"
    )
