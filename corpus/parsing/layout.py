"""Put a notice's lines together into sections and tasks, whatever its layout.

Three passes:

1. every non-blank line becomes part of a *block* (a numbered line and what
   follows it), a label line attached to the current block, a table row, or a
   skipped line;
2. the *task level* is the marker style whose blocks most often name units
   (26号: "1."; a 政府工作报告 分工: "（一）"; a table: its rows); shallower styles
   are headings, deeper ones are sub-items of a task;
3. decoys go: numbered paragraphs of a covering letter before the plan, and a
   numbered run without any units when another run has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.parsing.numbering import Marker, MarkerStyle, match_marker
from corpus.parsing.report import LayoutKind, NoticeParseError, ParseReport, SkippedLine
from corpus.parsing.roles import (
    FIRST_LISTED,
    Role,
    RoleLists,
    in_context,
    inline_roles,
    is_label_line,
    parse_labelled,
    units_for,
)
from corpus.parsing.tables import (
    Column,
    align_row,
    embedded_header,
    header_columns,
    is_header_cell,
    run_together_row,
    section_marker,
    split_cells,
    split_stream,
)
from corpus.parsing.text import fold_width, is_bullet_line, normalize_line, split_lines
from corpus.parsing.unit_lists import is_unit_list

_PARAGRAPH_END = ("。", "）", "；", "！", "？")


@dataclass
class Block:
    """A numbered line (or table row) and the lines that belong to it."""

    style: MarkerStyle
    number: int | None
    label: str
    line_no: int
    parts: list[str]
    labelled: RoleLists = field(default_factory=RoleLists)
    label_lines: list[int] = field(default_factory=list)
    labels_seen: dict[str, int] = field(default_factory=dict)
    table_roles: RoleLists | None = None
    closed: bool = False  # a label line ended the paragraph
    detached: bool = False  # text that is not the task's came after it: later label lines are not its units
    after_blank: bool = False
    last_line: int = 0
    last_was_label: Role | None = None
    roles: RoleLists = field(default_factory=RoleLists)
    text: str = ""

    @property
    def has_units(self) -> bool:
        return not self.roles.empty


@dataclass(frozen=True)
class DraftTask:
    """A task as found, before it becomes a record."""

    number: int
    label: str
    section_index: int  # index into the sections list, -1 for none
    text: str
    lead: tuple[str, ...]
    responsible: tuple[str, ...]
    line_no: int


@dataclass(frozen=True)
class DraftSection:
    """A section heading as found."""

    number: int
    numeral: str
    title: str
    line_no: int


@dataclass(frozen=True)
class Layout:
    """The result of reading a notice's structure."""

    lines: tuple[str, ...]  # canonical lines
    head_end: int  # index of the first line of the plan's structure
    sections: tuple[DraftSection, ...]
    tasks: tuple[DraftTask, ...]
    report: ParseReport


class _Reader:
    """Pass 1: lines → blocks, label lines and table rows."""

    def __init__(self, raw_lines: list[str]) -> None:
        self.raw = raw_lines
        self.lines = [normalize_line(line) for line in raw_lines]
        self.blocks: list[Block] = []
        self.skipped: dict[int, tuple[str, str]] = {}
        self.layouts: set[LayoutKind] = set()
        self.table: list[Column] | None = None
        self.stream: str | None = None  # a table whose rows run together, read to the end of the text
        self.stream_line = 0
        self.cell_row: list[str] = []
        self.cell_row_line = 0
        self.table_rows = 0

    def read(self) -> None:
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self._flush_cell_row()
        self._flush_stream()

    def _flush_stream(self) -> None:
        if self.stream is None or self.table is None:
            return
        text = self.stream
        # A header repeated on each page of the original interrupts the stream; it ends a row.
        text = re.sub(r"序号(?:[^\d\W_]{2,10})+?(?:单位|部门|时限|时间|备注)(?=\d)", "\n", text)
        for row in split_stream(text, self.table):
            self._add_row(row.number, row.text, row.roles, self.stream_line)
        self.stream = None

    @property
    def current(self) -> Block | None:
        return self.blocks[-1] if self.blocks else None

    def _skip(self, index: int, reason: str) -> None:
        self.skipped[index + 1] = (self.lines[index], reason)

    def _line(self, i: int) -> int:
        line = self.lines[i]
        if not line:
            if self.current is not None:
                self.current.after_blank = True
                self.current.last_was_label = None
            return i + 1
        if self.stream is not None:
            # Document-sharing sites print their page numbers ("2、") at the start of each line.
            self.stream += re.sub(r"^\d{1,3}、", "", re.sub(r"\s+", "", line))
            self._skip(i, "表格内容（各单元格连在一起）")
            return i + 1
        if is_bullet_line(line):
            self._skip(i, "网页栏目或按钮")
            return i + 1
        if (columns := header_columns(fold_width(self.raw[i]))) is not None:
            self._flush_cell_row()
            self.table = columns
            self.layouts.add(LayoutKind.TABLE)
            self._skip(i, "表头")
            return i + 1
        if "序号" in line and (embedded := embedded_header(line)) is not None and re.match(r"\d", embedded[1] or "1"):
            self._flush_cell_row()
            self.table, self.stream, self.stream_line = embedded[0], embedded[1], i + 1
            self.layouts.add(LayoutKind.TABLE)
            self._skip(i, "表头（各单元格连在一起）")
            return i + 1
        if is_header_cell(line) and (end := self._cell_header_end(i)) is not None:
            self._flush_cell_row()
            self.layouts.add(LayoutKind.TABLE)
            for j in range(i, end):
                if self.lines[j]:
                    self._skip(j, "表头")
            return end
        if self.table is not None and self._table_line(i):
            return i + 1
        self._text_line(i)
        return i + 1

    def _cell_header_end(self, i: int) -> int | None:
        """End of a header flattened one cell per line starting at ``i`` (≥ 3 header cells), else None."""
        cells: list[str] = []
        j = i
        while j < len(self.lines) and (not self.lines[j] or is_header_cell(self.lines[j])):
            if self.lines[j]:
                cells.append(self.lines[j])
            j += 1
        if len(cells) < 3 or (columns := header_columns(" | ".join(cells))) is None:
            return None
        self.table = columns
        return j

    def _table_line(self, i: int) -> bool:
        """Read line ``i`` as part of the table; False when it is not (the table has ended).

        Rows come in three flattenings, possibly mixed: cells split by separators on one
        line; one cell per line after a line holding only the row's number; and cells run
        together or split by single spaces ("1 地区生产总值增长8% 市发改委 市统计局").
        """
        if self.table is None:
            return False
        line = self.lines[i]
        if self._number_line(line):
            self._flush_cell_row()
            self.cell_row, self.cell_row_line = [line], i
            return True
        if self.cell_row:
            if section_marker([line]) is not None and "。" not in line and len(line) < 40:
                self._flush_cell_row()
                return False  # a section heading between rows: read as a heading
            self.cell_row.append(line)
            return True
        cells = split_cells(self.raw[i])
        if len([c for c in cells if c]) >= 2 and (row := align_row(cells, self.table)) is not None:
            self._add_row(row.number, row.text, row.roles, i)
            return True
        if (row := run_together_row(fold_width(self.raw[i]), self.table, self._expected_number())) is not None:
            self._add_row(row.number, row.text, row.roles, i)
            return True
        return False

    def _expected_number(self) -> int:
        return (self.blocks[-1].number or 0) + 1 if self._last_is_row() else 1

    def _number_line(self, line: str) -> bool:
        """A line holding only the next row's number starts a row flattened one cell per line."""
        if not line.isdigit() or self.table is None or Column.NUMBER not in self.table:
            return False
        expected = self._expected_number()
        return int(line) in (expected, expected + 1, 1)

    def _last_is_row(self) -> bool:
        return bool(self.blocks) and self.blocks[-1].style is MarkerStyle.TABLE_ROW

    def _flush_cell_row(self) -> None:
        if not self.cell_row or self.table is None:
            self.cell_row = []
            return
        row = align_row(self.cell_row, self.table)
        if row is not None:
            self._add_row(row.number, row.text, row.roles, self.cell_row_line)
        self.cell_row = []

    def _add_row(self, number: int | None, text: str, roles: RoleLists, index: int) -> None:
        self.table_rows += 1
        label = str(number) if number is not None else str(self.table_rows)
        block = Block(MarkerStyle.TABLE_ROW, number, label, index + 1, [text], table_roles=roles, closed=True)
        block.last_line = index + 1
        self.blocks.append(block)

    def _text_line(self, i: int) -> None:
        line, line_no = self.lines[i], i + 1
        current = self.current
        if (marker := match_marker(line)) is not None:
            block = Block(marker.style, marker.number, marker.label, line_no, [marker.rest], last_line=line_no)
            self.blocks.append(block)
            return
        if is_label_line(line):
            self._label_line(line, line_no)
            return
        if current is not None and current.last_was_label is not None and is_unit_list(line):
            # A units line wrapped onto the next line (or "牵头单位：" with the units below it).
            current.labelled = current.labelled.merged(units_for(current.last_was_label, line))
            current.label_lines.append(line_no)
            current.last_line = line_no
            return
        if current is not None and not current.closed and (not current.after_blank or line.endswith(_PARAGRAPH_END)):
            # A hard-wrapped paragraph, or the task's next paragraph.
            current.parts.append(line)
            current.last_line = line_no
            current.after_blank = False
            return
        reason = "任务之前的文字（页眉、通知正文等）" if current is None else "不属于任何任务的文字"
        if current is not None:
            current.detached = True
        self._skip(i, reason)

    def _label_line(self, line: str, line_no: int) -> None:
        current = self.current
        if current is None:
            raise NoticeParseError(
                f"line {line_no}: units line before any task: {line!r}",
                line_no=line_no,
                chinese=f"第{line_no}行是单位行，但它前面没有任何任务：「{line}」",
            )
        if current.detached:
            # "主办单位：…" in a web page's footer, after text that is not the task's, is not the task's units.
            self._skip(line_no - 1, "单位行没有紧跟在任务后面")
            return
        self.layouts.add(LayoutKind.LABEL_LINES)
        for label, written_role, value in parse_labelled(line.lstrip("（")):
            role = in_context(label, written_role, set(current.labels_seen) | {label})
            if role is Role.IGNORED:
                continue
            if label in current.labels_seen:
                raise NoticeParseError(
                    f"line {line_no}: second {label} line for task {current.number}: {line!r}",
                    line_no=line_no,
                    chinese=f"第{line_no}行：第{current.label}项已有“{label}”，又出现一行：「{line}」",
                )
            current.labels_seen[label] = line_no
            current.labelled = current.labelled.merged(units_for(role, value))
            current.last_was_label = role
        current.label_lines.append(line_no)
        current.closed = True
        current.last_line = line_no


def read_layout(text: str) -> Layout:
    """Read the structure of a notice's full text.

    Raises:
        NoticeParseError: (a ValueError) when no task can be found, units come
            before any task, a task number repeats in a run without units, a task
            comes before any section, or a task has two label lines of one kind.
    """
    reader = _Reader(split_lines(text))
    reader.read()
    lines = reader.lines
    blocks = reader.blocks
    rule_line = next((i + 1 for i, line in enumerate(lines) if FIRST_LISTED.search(line)), None)

    for block in blocks:
        block.text = "".join(block.parts)
        if block.table_roles is not None:
            block.roles = block.table_roles
        elif not block.labelled.empty:
            block.roles = block.labelled
        else:
            roles, stripped = inline_roles(block.text)
            if not roles.empty:
                block.roles, block.text = roles, stripped
                reader.layouts.add(LayoutKind.INLINE)

    # Units under a top-level heading while numbered items exist below it: the units come before any task.
    if any(b.style.depth >= MarkerStyle.CN_PAREN.depth for b in blocks):
        for block in blocks:
            if block.style.depth < MarkerStyle.CN_PAREN.depth and block.label_lines:
                _units_before_task(block.label_lines[0], lines)
    task_style = _task_style(blocks)
    if task_style is None:
        raise NoticeParseError(
            "no tasks found: expected lines such as '1. 任务标题。…' after a section heading like '一、…'",
            line_no=None,
            chinese="没有找到任何任务：应有“1. 任务标题。…”这样的编号行，或带“牵头单位/责任单位”的条目或表格",
        )
    for block in blocks:
        if block.style.depth < task_style.depth and block.label_lines:
            _units_before_task(block.label_lines[0], lines)
    return _assemble(reader, task_style, rule_line)


def _units_before_task(line_no: int, lines: list[str]) -> None:
    raise NoticeParseError(
        f"line {line_no}: units line before any task: {lines[line_no - 1]!r}",
        line_no=line_no,
        chinese=f"第{line_no}行是单位行，但它跟在标题而不是任务后面：「{lines[line_no - 1]}」",
    )


def _task_style(blocks: list[Block]) -> MarkerStyle | None:
    """The style whose blocks most often name units; without units, the deepest item style."""
    counts: dict[MarkerStyle, int] = {}
    for block in blocks:
        if block.has_units:
            counts[block.style] = counts.get(block.style, 0) + 1
    if counts:
        return max(counts, key=lambda s: (counts[s], s.depth))
    styles = {b.style for b in blocks if b.style.depth >= MarkerStyle.CN_PAREN.depth}
    return max(styles, key=lambda s: s.depth) if styles else None


def _is_prose(block: Block) -> bool:
    """A numbered paragraph of running text (a covering letter's "一、…。…"), not a heading."""
    return "。" in block.text and len(block.text) > 30 and not block.has_units


@dataclass
class _Entry:
    """A task block with where it sits: its section (index, -1 for none), its parent heading's label, sub-items."""

    block: Block
    section: int
    prefix: str
    subs: list[Block] = field(default_factory=list)


def _assemble(reader: _Reader, task_style: MarkerStyle, rule_line: int | None) -> Layout:
    lines, blocks = reader.lines, reader.blocks
    skipped = dict(reader.skipped)
    headings = [b for b in blocks if b.style.depth < task_style.depth and not _is_prose(b)]
    heading_ids = {id(b) for b in headings}
    section_style = min((b.style for b in headings), key=lambda s: s.depth, default=None)

    # Walk the blocks: headings open sections, tasks collect their sub-items.
    entries: list[_Entry] = []
    sections: list[Block] = []
    runs: list[list[int]] = []  # runs of task numbers; a restart without a heading between starts a new run
    prefix = ""
    heading_since_task = True
    in_task = False  # whether deeper items still belong to the last task
    for block in blocks:
        if block.style is task_style:
            previous = entries[-1].block if entries else None
            restart = previous is not None and (block.number or 0) <= (previous.number or 0)
            if not runs or (restart and not heading_since_task):
                runs.append([])
            runs[-1].append(len(entries))
            entries.append(_Entry(block, len(sections) - 1, prefix))
            heading_since_task, in_task = False, True
        elif block.style.depth < task_style.depth:
            in_task, heading_since_task = False, True  # even a run-in paragraph separates numbering runs
            if id(block) not in heading_ids:
                _mark(block, lines, skipped, "编号段落不是任务（如通知正文的要求）")
                continue
            if block.style is section_style:
                sections.append(block)
                prefix = ""
            else:
                prefix = block.label
            heading_since_task = True
            _skip_heading_text(block, lines, skipped)
        elif in_task:
            entries[-1].subs.append(block)
        else:
            _mark(block, lines, skipped, "任务清单之外的编号段落")

    keep = _decoy_free(entries, runs, sections, lines, skipped)
    kept = [entries[i] for i in keep]
    if not kept:
        raise NoticeParseError(
            "no tasks found: expected lines such as '1. 任务标题。…' after a section heading like '一、…'",
            line_no=None,
            chinese="没有找到任何任务：应有“1. 任务标题。…”这样的编号行，或带“牵头单位/责任单位”的条目或表格",
        )
    used_sections = sorted({e.section for e in kept if e.section >= 0})
    section_blocks = [sections[i] for i in used_sections]
    section_numbers = _numbers([b.number for b in section_blocks])
    drafts_sections = tuple(
        DraftSection(n, _numeral(b), _title(b.text), b.line_no)
        for n, b in zip(section_numbers, section_blocks, strict=True)
    )
    task_numbers = _numbers([e.block.number for e in kept])
    printed = [e.block.label for e in kept]
    # A parent heading's label is needed only where numbering restarts under it ("（三）2").
    with_prefix = len(set(printed)) < len(printed)
    tasks = [
        _draft(
            entry, number, (entry.prefix if with_prefix else "") + entry.block.label, lines, rule_line, used_sections
        )
        for number, entry in zip(task_numbers, kept, strict=True)
    ]
    first_structure = min([b.line_no for b in section_blocks] + [t.line_no for t in tasks]) - 1
    layouts = set(reader.layouts)
    if rule_line is not None:
        layouts.add(LayoutKind.FIRST_LISTED)
    report = ParseReport(
        task_count=len(tasks),
        section_count=len(drafts_sections) or 1,
        layouts=tuple(sorted(layouts, key=lambda k: k.value)),
        tasks_without_units=tuple(t.label for t in tasks if not t.lead and not t.responsible),
        skipped=tuple(SkippedLine(n, text, reason) for n, (text, reason) in sorted(skipped.items())),
        first_listed_rule_line=rule_line,
    )
    return Layout(tuple(lines), first_structure, drafts_sections, tuple(tasks), report)


def _draft(
    entry: _Entry, number: int, label: str, lines: list[str], rule_line: int | None, used_sections: list[int]
) -> DraftTask:
    """The task's text (sub-items included, each with its marker as printed) and its units."""
    block = entry.block
    roles, text = block.roles, block.text
    for sub in entry.subs:
        line = lines[sub.line_no - 1]
        text += line[: len(line) - len(sub.parts[0])] + sub.text
        roles = roles.merged(sub.roles)
    if rule_line is not None and max(block.last_line, block.line_no) >= rule_line:
        roles = roles.first_listed_leads()
    return DraftTask(
        number=number,
        label=label,
        section_index=used_sections.index(entry.section) if entry.section >= 0 else -1,
        text=text,
        lead=roles.lead,
        responsible=roles.responsible,
        line_no=block.line_no,
    )


def _skip_heading_text(block: Block, lines: list[str], skipped: dict[int, tuple[str, str]]) -> None:
    """Lines under a heading that are not a task (a section's introduction) are reported as skipped."""
    for n in range(block.line_no + 1, block.last_line + 1):
        if lines[n - 1]:
            skipped[n] = (lines[n - 1], "标题下的说明文字")


def _decoy_free(
    entries: list[_Entry],
    runs: list[list[int]],
    sections: list[Block],
    lines: list[str],
    skipped: dict[int, tuple[str, str]],
) -> list[int]:
    """Indexes of the entries that are real tasks (covering-letter items and decoy runs removed).

    Raises:
        NoticeParseError: when every task comes before the first section heading, or a
            task number repeats and no units tell the runs apart.
    """
    keep = set(range(len(entries)))
    if sections:
        before = [i for i, e in enumerate(entries) if e.section < 0]
        if before and len(before) == len(entries):
            block = entries[before[0]].block
            line = lines[block.line_no - 1]
            raise NoticeParseError(
                f"line {block.line_no}: task {block.number} comes before any section heading: {line!r}",
                line_no=block.line_no,
                chinese=f"第{block.line_no}行的任务出现在任何章节标题之前：「{line}」",
            )
        for i in before:
            if not entries[i].block.has_units:
                keep.discard(i)
                _mark(entries[i].block, lines, skipped, "章节标题之前的编号段落（通知正文）")
    with_units = [r for r in runs if any(entries[i].block.has_units for i in r if i in keep)]
    if with_units:
        for run in runs:
            if run in with_units:
                continue
            for i in run:
                if i in keep:
                    keep.discard(i)
                    _mark(entries[i].block, lines, skipped, "编号段落没有单位，且编号重新开始（通知正文）")
        return sorted(keep)
    remaining = [[i for i in r if i in keep] for r in runs]
    remaining = [r for r in remaining if r]
    if len(remaining) > 1:
        first_numbers = {entries[i].block.number: entries[i].block for i in remaining[0]}
        repeat = next(
            (entries[i].block for i in remaining[1] if entries[i].block.number in first_numbers),
            entries[remaining[1][0]].block,
        )
        original = first_numbers.get(repeat.number, entries[remaining[0][0]].block)
        raise NoticeParseError(
            f"line {repeat.line_no}: task number {repeat.number} repeated (first on line {original.line_no}): "
            f"{lines[repeat.line_no - 1]!r}",
            line_no=repeat.line_no,
            chinese=f"第{repeat.line_no}行：任务编号 {repeat.label} 重复（第{original.line_no}行已出现）",
        )
    return sorted(keep)


def _mark(block: Block, lines: list[str], skipped: dict[int, tuple[str, str]], reason: str) -> None:
    for n in range(block.line_no, max(block.line_no, block.last_line) + 1):
        if lines[n - 1]:
            skipped[n] = (lines[n - 1], reason)


def _numbers(printed: list[int | None]) -> list[int]:
    """The printed numbers when they run 1, 2, 3 … without a repeat; otherwise 1 … n in order."""
    numbers = [n for n in printed if n is not None]
    if numbers and len(numbers) == len(printed) and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return numbers
    return list(range(1, len(printed) + 1))


def _numeral(block: Block) -> str:
    return block.label.strip("（）")


def _title(text: str) -> str:
    """A heading's title: the text up to its first full stop."""
    return text.split("。", 1)[0].strip()


__all__ = ["Layout", "Marker", "read_layout"]
