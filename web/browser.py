"""The task browser: the tasks JSON, a unit/word filter, CSV and Excel downloads, the responsibility matrix.

Filtering here is plain record selection (which tasks name a unit or contain a
word), not question answering: units are resolved with the notice's one alias
table (:mod:`corpus.units`).
"""

from __future__ import annotations

import csv
import io
import logging
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from corpus.records import Notice, Task
from corpus.units import find_unit_mentions, tasks_for_unit
from web.intro import unit_examples

log = logging.getLogger(__name__)

ROLE_NAMES = {"lead": "牵头", "responsible": "责任"}
DOWNLOAD_NAME = "任务分工"  # the stem of downloaded file names when the caller names no notice
COLUMNS = ("序号", "任务", "所属部分", "牵头单位", "责任单位")
ROLE_COLUMN = "该单位角色"
TEXT_COLUMN = "任务内容"
_WORD_SPLIT = re.compile(r"[\s,，、;；]+")
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class RoleFilter(StrEnum):
    """Which tasks a unit filter keeps."""

    ANY = "any"  # the unit leads or is responsible
    LEAD = "lead"  # the unit leads

    @classmethod
    def parse(cls, value: str | RoleFilter) -> RoleFilter:
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"role must be one of {[r.value for r in cls]}, got {value!r}") from None


# --- the tasks JSON (the same payload as `python -m qa tasks --json`) ----------------------------
# --- filtering ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TaskRow:
    """One task in the browser, with the filtered units' roles in it (if a unit filter is set)."""

    task: Task
    roles: tuple[tuple[str, str, str], ...] = ()  # (unit, role, as_named)

    def role_text(self) -> str:
        parts = []
        for unit, role, as_named in self.roles:
            via = f"（作为{as_named}之一）" if as_named != unit else ""
            parts.append(f"{unit}：{ROLE_NAMES[role]}{via}")
        return "；".join(parts)


@dataclass(frozen=True)
class Selection:
    """The result of a filter: rows in notice order, the units understood, and a status line."""

    rows: tuple[TaskRow, ...]
    units: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    role: RoleFilter = RoleFilter.ANY
    message: str = ""
    unknown_unit: str | None = None
    total: int = field(default=0)
    section_labels: dict[int, str] = field(default_factory=dict)  # 3 → "第三部分"

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(r.task.number for r in self.rows)


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _for_example(notice: Notice) -> str:
    named = unit_examples(notice)
    return f"，如：{'、'.join(named)}。" if named else "。"


def split_words(words: str) -> tuple[str, ...]:
    """Split a word filter on spaces and Chinese or ASCII separators."""
    return tuple(w for w in _WORD_SPLIT.split(_normal(words).strip()) if w)


def _matches_words(task: Task, words: Sequence[str]) -> bool:
    haystack = _normal(" ".join((task.title, task.text, *task.units)))
    return all(w in haystack for w in words)


def select_tasks(
    notice: Notice,
    aliases: dict[str, str],
    *,
    unit: str = "",
    words: str = "",
    role: RoleFilter | str = RoleFilter.ANY,
) -> Selection:
    """Filter the notice's tasks by unit (canonical names or short forms) and by words (all must occur).

    Several units may be given ("住建局 卫健委"): a task is kept if any of them takes part.
    """
    role = RoleFilter.parse(role)
    labels = {s.number: f"第{s.numeral}部分" for s in notice.sections}
    word_list = split_words(words)
    unit_text = unit.strip()
    units: tuple[str, ...] = ()
    roles: dict[int, list[tuple[str, str, str]]] = {}
    if unit_text:
        units = tuple(dict.fromkeys(m.unit for m in find_unit_mentions(_normal(unit_text), aliases)))
        if not units:
            return Selection(
                rows=(),
                words=word_list,
                role=role,
                unknown_unit=unit_text,
                total=len(notice.tasks),
                section_labels=labels,
                message=f"没有找到单位「{unit_text}」。请输入单位全称或常用简称{_for_example(notice)}",
            )
        for name in units:
            for task, task_role, as_named in tasks_for_unit(
                notice.tasks, name, include_responsible=role is RoleFilter.ANY
            ):
                roles.setdefault(task.number, []).append((name, task_role, as_named))
    rows = tuple(
        TaskRow(task, tuple(roles.get(task.number, ())))
        for task in notice.tasks
        if (not units or task.number in roles) and _matches_words(task, word_list)
    )
    return Selection(
        rows=rows,
        units=units,
        words=word_list,
        role=role,
        total=len(notice.tasks),
        section_labels=labels,
        message=_summary(rows, units, word_list, role, len(notice.tasks)),
    )


def _summary(rows: Sequence[TaskRow], units: Sequence[str], words: Sequence[str], role: RoleFilter, total: int) -> str:
    if not units and not words:
        return f"共 {total} 项任务。"
    bits = []
    if units:
        bits.append("单位：" + "、".join(units) + ("（仅牵头）" if role is RoleFilter.LEAD else "（牵头或责任）"))
    if words:
        bits.append("关键词：" + " ".join(words))
    line = "；".join(bits) + f"。共找到 {len(rows)} 项任务"
    if units:
        lead = sum(1 for r in rows if any(role_ == "lead" for _, role_, _ in r.roles))
        line += f"，其中牵头 {lead} 项、责任 {len(rows) - lead} 项"
    return line + "。"


def download_name(selection: Selection, stem: str = DOWNLOAD_NAME) -> str:
    """The stem of a download's file name: the notice's ``stem``, then every filter (units, role, words).

    ``海东市县城城镇化建设任务分工-市住房建设局-仅牵头-污水`` (no filter: the plain stem). Characters that file
    systems refuse are dropped.
    """
    parts = [stem or DOWNLOAD_NAME]
    if selection.units:
        parts.append("、".join(selection.units))
        parts.append("仅牵头" if selection.role is RoleFilter.LEAD else "牵头或责任")
    if selection.words:
        parts.append("、".join(selection.words))
    name = _UNSAFE_FILE_CHARS.sub("", "-".join(parts))
    return name[:120]


def filter_description(selection: Selection) -> str:
    """The filter in words, for the Excel note: "单位：市住房建设局（仅牵头）；关键词：污水" or "无（全部任务）"."""
    bits = []
    if selection.units:
        role = "仅牵头" if selection.role is RoleFilter.LEAD else "牵头或责任"
        bits.append("单位：" + "、".join(selection.units) + f"（{role}）")
    if selection.words:
        bits.append("关键词：" + " ".join(selection.words))
    return "；".join(bits) if bits else "无（全部任务）"


# --- table, CSV, Excel --------------------------------------------------------------------------
def table_rows(selection: Selection, *, with_text: bool = False) -> tuple[list[str], list[list[Any]]]:
    """Column names and rows for the table and the downloads."""
    columns = list(COLUMNS)
    if selection.units:
        columns.append(ROLE_COLUMN)
    if with_text:
        columns.append(TEXT_COLUMN)
    rows: list[list[Any]] = []
    for row in selection.rows:
        t = row.task
        section = selection.section_labels.get(t.section, t.section)
        values: list[Any] = [t.number, t.title, section, "、".join(t.lead_units), "、".join(t.responsible_units)]
        if selection.units:
            values.append(row.role_text())
        if with_text:
            values.append(t.text)
        rows.append(values)
    return columns, rows


def to_csv(selection: Selection) -> bytes:
    """UTF-8 CSV with a BOM (so spreadsheet programs read the Chinese correctly), full task text included."""
    columns, rows = table_rows(selection, with_text=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(selection: Selection, *, sheet_title: str = "任务分工", source: str = "") -> bytes:
    """An Excel workbook: a first sheet saying which notice and filter it came from, then the table with a
    header row, an auto-filter, frozen panes, wrapped text and sensible column widths.

    Args:
        selection: the filtered tasks.
        sheet_title: the name of the table sheet.
        source: the notice, e.g. "海东市人民政府办公室《…》（东政办〔2023〕26号）".
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    columns, rows = table_rows(selection, with_text=True)
    workbook = Workbook()
    note = workbook.active
    note.title = "说明"
    note.append(["说明", ""])
    note.append(["来源", source or DOWNLOAD_NAME])
    note.append(["筛选条件", filter_description(selection)])
    note.append(["任务数", f"{len(rows)}（全文共{selection.total}项）" if selection.total else str(len(rows))])
    note.append(["用法", f"“{sheet_title}”工作表首行可按列筛选；回答仅供工作参考，以正式文件为准。"])
    note["A1"].font = Font(bold=True, size=13)
    note.column_dimensions["A"].width = 12
    note.column_dimensions["B"].width = 100
    for line in note.iter_rows(min_row=2):
        line[0].font = Font(bold=True)
        line[1].alignment = Alignment(wrap_text=True, vertical="top")
    sheet = workbook.create_sheet(sheet_title)
    sheet.append(columns)
    for row in rows:
        sheet.append(row)
    widths = {"序号": 6, "任务": 28, "所属部分": 9, "牵头单位": 30, "责任单位": 48, ROLE_COLUMN: 28, TEXT_COLUMN: 90}
    for index, name in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(name, 20)
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions  # filter arrows on the header row
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- the responsibility matrix ------------------------------------------------------------------
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"))
_FONT_HINTS = ("NotoSansCJK", "NotoSansSC", "SourceHanSans", "wqy-zenhei", "wqy-microhei", "NotoSerifCJK", "uming")


def find_cjk_font() -> Path | None:
    """A font file with Chinese glyphs (fontconfig first, then the usual folders), or None.

    Looked up on every call (a font installed while the server runs is found); callers cache briefly.
    """
    candidates: list[Path] = []
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            out = subprocess.run(
                [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
            ).stdout
            candidates = [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("fc-list failed: %s", exc)
    if not candidates:
        for folder in _FONT_DIRS:
            if Path(folder).is_dir():
                candidates += [p for p in Path(folder).rglob("*") if _hint_rank(p) < len(_FONT_HINTS)]
    usable = sorted(
        (p for p in candidates if p.is_file() and p.suffix.lower() in {".ttc", ".ttf", ".otf"}),
        key=lambda p: (_hint_rank(p), "regular" not in p.name.lower(), p.name),
    )
    return usable[0] if usable else None


def _hint_rank(path: Path) -> int:
    name = path.name.lower()
    return next((i for i, hint in enumerate(_FONT_HINTS) if hint.lower() in name), len(_FONT_HINTS))


@dataclass(frozen=True)
class MatrixLayout:
    """Which units (rows) and tasks (columns) the matrix shows."""

    units: tuple[str, ...]
    tasks: tuple[Task, ...]


def matrix_layout(tasks: Sequence[Task]) -> MatrixLayout:
    """Units ordered by how many tasks they lead, then take part in, then by name."""
    lead: dict[str, int] = {}
    part: dict[str, int] = {}
    for task in tasks:
        for unit in task.lead_units:
            lead[unit] = lead.get(unit, 0) + 1
        for unit in task.units:
            part[unit] = part.get(unit, 0) + 1
    units = sorted(part, key=lambda u: (-lead.get(u, 0), -part[u], u))
    return MatrixLayout(tuple(units), tuple(tasks))


def render_matrix(notice: Notice, task_numbers: Sequence[int] | None = None, *, dpi: int = 110) -> bytes:
    """A PNG: units × tasks, a dark square where the unit leads, an orange ring where it is responsible.

    Args:
        notice: the parsed notice.
        task_numbers: the tasks to show (default: all), e.g. a browser selection.
        dpi: resolution of the picture.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    wanted = set(task_numbers) if task_numbers is not None else None
    layout = matrix_layout([t for t in notice.tasks if wanted is None or t.number in wanted])
    font_path = find_cjk_font()
    if font_path is None:
        log.warning("no font with Chinese glyphs found; the matrix uses numbered unit labels (install fonts-noto-cjk)")
    cell, left, right, top, bottom = 0.3, 2.4, 0.2, 0.9, 0.6  # inches
    width = left + right + cell * max(len(layout.tasks), 1)
    height = top + bottom + cell * max(len(layout.units), 1)
    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height))
    _draw_matrix(axes, layout, font_path)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


_LEAD_COLOR, _RESP_COLOR, _BAND_COLOR, _GRID_COLOR = "#1f4e79", "#d9822b", "#eef2f7", "#dde3ea"


def _draw_matrix(axes: Any, layout: MatrixLayout, font_path: Path | None) -> None:
    from matplotlib.font_manager import FontProperties
    from matplotlib.lines import Line2D

    def font(size: float) -> FontProperties:
        return FontProperties(fname=str(font_path), size=size) if font_path else FontProperties(size=size)

    row_of = {unit: i for i, unit in enumerate(layout.units)}
    n_cols, n_rows = max(len(layout.tasks), 1), max(len(layout.units), 1)
    for col, task in enumerate(layout.tasks):
        if task.section % 2 == 0:  # alternate bands mark the notice's parts
            axes.axvspan(col - 0.5, col + 0.5, color=_BAND_COLOR, zorder=0)
        lead = [row_of[u] for u in task.lead_units]
        resp = [row_of[u] for u in task.responsible_units if u not in task.lead_units]
        axes.scatter([col] * len(lead), lead, marker="s", s=90, color=_LEAD_COLOR, zorder=3)
        axes.scatter(
            [col] * len(resp),
            resp,
            marker="o",
            s=60,
            facecolors="none",
            edgecolors=_RESP_COLOR,
            linewidths=1.8,
            zorder=3,
        )
    labels = list(layout.units) if font_path else [f"unit {i + 1}" for i in range(len(layout.units))]
    axes.set_xlim(-0.5, n_cols - 0.5)
    axes.set_ylim(n_rows - 0.5, -0.5)
    axes.xaxis.tick_top()
    axes.set_xticks(range(len(layout.tasks)), [str(t.number) for t in layout.tasks], fontsize=8)
    axes.set_yticks(range(len(labels)), labels, fontproperties=font(9))
    axes.set_xticks([c + 0.5 for c in range(len(layout.tasks) - 1)], minor=True)
    axes.set_yticks([r + 0.5 for r in range(len(labels) - 1)], minor=True)
    axes.grid(which="minor", color=_GRID_COLOR, linewidth=0.6)
    axes.tick_params(which="minor", length=0)
    for spine in axes.spines.values():
        spine.set_color("#9aa8b8")
    handles = [
        Line2D([], [], marker="s", color=_LEAD_COLOR, linestyle="", markersize=8),
        Line2D(
            [],
            [],
            marker="o",
            markerfacecolor="none",
            markeredgecolor=_RESP_COLOR,
            markeredgewidth=1.8,
            linestyle="",
            markersize=8,
        ),
    ]
    names = ["牵头单位", "责任单位"] if font_path else ["lead", "responsible"]
    axes.legend(handles, names, prop=font(9), loc="upper left", bbox_to_anchor=(0.0, -0.005), ncol=2, frameon=False)
    title = "任务分工矩阵（横轴：任务序号；纵轴：单位）" if font_path else "Task matrix (x: task number; y: unit)"
    axes.set_title(title, fontproperties=font(11), pad=22)
