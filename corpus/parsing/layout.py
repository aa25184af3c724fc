"""Put a notice's lines together into sections and tasks, whatever its layout.

Three passes:

1. every non-blank line becomes part of a *block* (a numbered line and what
   follows it), a label line attached to the current block, a table row, or a
   skipped line (:mod:`corpus.parsing.blocks`);
2. the *task level* is the marker style whose blocks most often name units
   (26号: "1."; a 政府工作报告 分工: "（一）"; a table: its rows); shallower styles
   are headings, deeper ones are sub-items of a task;
3. decoys go: numbered paragraphs of a covering letter before the plan, and a
   numbered run without any units when another run has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from corpus.parsing.blocks import Block, BlockReader
from corpus.parsing.box_tables import box_tables_as_rows
from corpus.parsing.counted_units import counted_units_sentences
from corpus.parsing.glued_items import glued_items
from corpus.parsing.headings import grouped_by_lead, heading_lead
from corpus.parsing.interleaved_columns import rows_of_interleaved_columns
from corpus.parsing.markup import markup_as_lines
from corpus.parsing.numbering import MarkerStyle, match_marker
from corpus.parsing.report import LayoutKind, NoticeParseError, ParseReport, SkippedLine
from corpus.parsing.roles import (
    FIRST_LISTED,
    FRONT_LISTED,
    HELPER_LABELS,
    IN_CHARGE_LABELS,
    RESPONSIBLE_LEAD,
    Role,
    RoleLists,
    cut_at_a_label,
    cut_at_a_level,
    cut_short_of_a_name,
    cut_units_tail,
    dash_roles,
    in_charge_scheme,
    inline_roles,
    leading_roles,
    parse_labelled,
    prose_roles,
    run_in_labels,
    unit_heading_roles,
    units_for,
)
from corpus.parsing.spaced_rows import rows_under_spaced_header
from corpus.parsing.split_header_rows import rows_under_split_header
from corpus.parsing.tables import bordered_rows_on_one_line, cells_between_lone_borders
from corpus.parsing.text import (
    rejoin_page_markers,
    simplified,
    split_lines,
    split_run_in_paragraphs,
    without_copy_noise,
    without_level_before_label,
)
from corpus.parsing.unnumbered import (
    closed_by_person_sentences,
    closed_by_units_lines,
    closed_cut_parenthesis,
    continued_item_tail,
    run_in_items,
    run_in_targets,
)


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
    title: str = ""  # the title where the text's first sentence is not it (a field word "任务要求。" opening a line)


@dataclass(frozen=True)
class DraftSection:
    """A section heading as found."""

    number: int
    numeral: str
    title: str
    line_no: int


@dataclass(frozen=True)
class StatedRules:
    """Rules a notice states once (1-based line, or None) that apply to every task from there on."""

    first_listed: int | None = None  # "列第一位者为牵头单位": the first unit of a list leads
    responsible_lead: int | None = None  # "无牵头单位的，责任单位即为牵头单位"
    front: bool = False  # the rule says "排在前位": a list's whole first group leads

    def apply(self, roles: RoleLists, last_line: int) -> RoleLists:
        """The roles of a task ending on ``last_line`` once the rules stated before it apply."""
        if self.first_listed is not None and last_line >= self.first_listed:
            roles = roles.first_listed_leads(front=self.front)
        if self.responsible_lead is not None and last_line >= self.responsible_lead:
            roles = roles.responsible_lead()
        return roles


@dataclass(frozen=True)
class Layout:
    """The result of reading a notice's structure."""

    lines: tuple[str, ...]  # canonical lines
    head_end: int  # index of the first line of the plan's structure
    sections: tuple[DraftSection, ...]
    tasks: tuple[DraftTask, ...]
    report: ParseReport


def read_layout(text: str) -> Layout:
    """Read the structure of a notice's full text.

    Raises:
        NoticeParseError: (a ValueError) when no task can be found, a task number
            repeats in a run without units, a task comes before any section, or a
            task has two label lines of one kind. Units lines before any task are
            reported in the parse report and given to no task.
    """
    raw_lines = without_copy_noise(split_lines(simplified(text)))
    # A PDF's two-column table read line by line, the task's and the units' lines interleaved.
    raw_lines = rows_of_interleaved_columns(raw_lines)
    raw_lines = bordered_rows_on_one_line(box_tables_as_rows(markup_as_lines(raw_lines)))
    raw_lines = cells_between_lone_borders(raw_lines)
    raw_lines = without_level_before_label(raw_lines)
    # A page that lost every separator: headings, items and their units labels glued into one paragraph.
    raw_lines = glued_items(raw_lines)
    # "4项目标的责任单位均为X。" after a run of targets: X's parenthesis closing each target it counts.
    raw_lines = counted_units_sentences(raw_lines)
    raw_lines = closed_by_person_sentences(run_in_targets(run_in_items(rejoin_page_markers(raw_lines))))
    raw_lines = closed_cut_parenthesis(continued_item_tail(raw_lines))
    # A table's rows, unnumbered, their cells split by single spaces under a header of the same kind.
    raw_lines = rows_under_spaced_header(raw_lines)
    # A numbered table split by spaces whose header words the page wrapped, its header over two rows.
    raw_lines = rows_under_split_header(raw_lines)
    try:
        return _read_lines(raw_lines)
    except NoTasksError:
        # No numbered task anywhere: measures may be printed without numbers, each closed by its units.
        unnumbered = closed_by_units_lines(raw_lines)
        if unnumbered == raw_lines:
            raise
        return _read_lines(unnumbered)


def _units_named(blocks: list[Block]) -> set[str]:
    """Every unit the blocks name, in either role."""
    return {unit for block in blocks for unit in (*block.roles.lead, *block.roles.responsible)}


def _read_lines(raw_lines: list[str]) -> Layout:
    """Read the structure of a notice's raw lines (see :func:`read_layout`)."""
    reader = BlockReader(split_run_in_paragraphs(raw_lines))
    reader.read()
    lines = reader.lines
    blocks = reader.blocks
    rules = StatedRules(
        first_listed=next((i + 1 for i, line in enumerate(lines) if FIRST_LISTED.search(line)), None),
        responsible_lead=next((i + 1 for i, line in enumerate(lines) if RESPONSIBLE_LEAD.search(line)), None),
        front=next((bool(FRONT_LISTED.search(line)) for line in lines if FIRST_LISTED.search(line)), False),
    )

    _drop_footer_hosts(blocks, lines, reader.skipped)
    responsible_in_charge = in_charge_scheme([set(b.labels_seen) for b in blocks if b.labels_seen])
    for block in blocks:
        block.text = "".join(block.parts)
        if block.table_roles is not None:
            block.roles = block.table_roles
        elif not block.labelled.empty:
            block.roles = _lead_named_in_sentence(block.labelled, block.text)
            if responsible_in_charge and set(block.labels_seen) <= IN_CHARGE_LABELS:
                block.roles = RoleLists(block.roles.lead + block.roles.responsible, ())
        else:
            roles, stripped = inline_roles(block.text)
            if roles.empty:
                roles, stripped = leading_roles(block.text)  # "【X、Y】推进…", "X牵头：推进…"
            if not roles.empty:
                block.roles, block.text = roles, stripped
                reader.layouts.add(LayoutKind.INLINE)
            elif not (labelled := run_in_labels(block.text))[0].empty:
                block.roles, block.text = labelled
                reader.layouts.add(LayoutKind.LABEL_LINES)
            elif not (dashed := dash_roles(block.text))[0].empty:
                block.roles, block.text = dashed
                reader.layouts.add(LayoutKind.INLINE)
            elif not (stated := prose_roles(block.text)).empty:
                block.roles = stated
                reader.layouts.add(LayoutKind.IN_SENTENCE)
            elif not (owned := unit_heading_roles(block.text)).empty:
                block.roles = owned
                reader.layouts.add(LayoutKind.IN_SENTENCE)

    _lift_closing_units(blocks)
    # The page cut inside the last task's units: they are not all there, so the task is left without units. A cut
    # may also fall right after a name's opening, which reads as a name unless the notice printed it whole above.
    last = next((line for line in reversed(lines) if line.strip()), "")
    if blocks and (
        (cut_units_tail(last) and blocks[-1].table_roles is None)
        or (cut_at_a_label(last) and blocks[-1].table_roles is None)
        or cut_at_a_level(last)
        or cut_short_of_a_name(last, blocks[-1].roles, _units_named(blocks[:-1]))
    ):
        blocks[-1].roles = RoleLists()

    # "同上" names the units of the task above (the last block that named units).
    above: RoleLists | None = None
    for block in blocks:
        if block.roles.empty:
            continue
        # With no task above (the first row's merged cell, or "同上" opening a list), "同上" names nothing.
        block.roles = block.roles.same_as_above(above if above is not None else RoleLists())
        above = block.roles

    _share_heading_labels(blocks)
    _lead_headings_over_one_task(blocks)
    # Units under a top-level heading while numbered items exist below it: the units come before any task, and no
    # rule gave them to the items (reported and left out, not an error that loses the notice).
    if any(b.style.depth >= MarkerStyle.CN_PAREN.depth for b in blocks):
        for i, block in enumerate(blocks):
            if block.style.depth < MarkerStyle.CN_PAREN.depth and block.label_lines:
                if _is_leaf_task(block) and not _deeper_blocks(blocks, i):
                    continue
                _decline_units_before_task(block, lines, reader.skipped, reader.notes)
    _mark_lead_headings(blocks)
    task_style = _task_style(blocks, _opening_run(blocks, lines))
    if task_style is None:
        raise _no_tasks(lines)
    for i, block in enumerate(blocks):
        # A paragraph with no items under it, closed by its own units line, is a measure (a leaf), not a heading
        # whose units come before its tasks.
        leaf = _is_leaf_task(block) and not _deeper_blocks(blocks, i)
        if block.style.depth < task_style.depth and block.label_lines and not leaf:
            _decline_units_before_task(block, lines, reader.skipped, reader.notes)
    return _assemble(reader, task_style, rules)


def _lead_named_in_sentence(labelled: RoleLists, text: str) -> RoleLists:
    """Label lines' units, with those the task's own sentence names as lead ("由X牵头，…") leading.

    A plan may state the lead in the sentence and repeat the unit on a label line that names no role of its own
    ("…，由X牵头，负责…。" then "责任部门：X"): the sentence says who leads, the line only who is in charge. Read
    only where the labels name no lead and every unit the sentence names is among theirs.
    """
    if labelled.lead:
        return labelled
    stated = prose_roles(text)
    if not stated.lead or not set(stated.lead) <= set(labelled.responsible):
        return labelled
    return RoleLists(stated.lead, tuple(u for u in labelled.responsible if u not in stated.lead))


def _decline_units_before_task(
    block: Block, lines: list[str], skipped: dict[int, tuple[str, str]], notes: list[str]
) -> None:
    """Units lines under a heading, before its tasks, that no rule gives to them: reported, given to no task.

    They may be a block's shared units or one item's typed too early; the page cannot tell which, so they are
    left out (no units rather than wrong ones) and the report says where they are, instead of an error that
    would lose the whole notice.
    """
    for line_no in block.label_lines:
        skipped[line_no] = (lines[line_no - 1], "单位行在标题下、任务之前，未判定属于哪一项")
    notes.append(f"请核对：第{block.label_lines[0]}行的单位行在标题下、任务之前，未归入任何任务")
    block.roles = RoleLists()
    block.label_lines = []


def _share_heading_labels(blocks: list[Block]) -> None:
    """Label lines right under a heading, over items naming no units, name the units of each of them.

    Plans of the genre set the units once above a block of tasks that share them ("一、产业发展" / "牵头单位：X；
    责任单位：Y" / "1.…" "2.…"). A notice shows it does so with a heading over two items or more; then a heading
    over a single item shares its units too. Over a single item alone the line is no such block (it may be that
    item's units typed too early), and it is reported as a units line before any task, given to none.
    """
    shared: list[tuple[Block, int]] = []
    for i, block in enumerate(blocks):
        if not block.label_lines or block.table_roles is not None or block.style is MarkerStyle.TABLE_ROW:
            continue
        deeper = _deeper_blocks(blocks, i)
        # Above the items, not closing them: units after an item's sub-items are the item's own.
        if deeper and block.label_lines[-1] < deeper[0].line_no and not any(d.has_units for d in deeper):
            shared.append((block, len(deeper)))
    if not any(count >= 2 for _, count in shared):
        return
    for block, _ in shared:
        block.heading_roles, block.roles = block.roles, RoleLists()
        block.label_lines = []


def _deeper_blocks(blocks: list[Block], i: int) -> list[Block]:
    """The blocks numbered deeper than block ``i`` right after it, up to the next one as shallow or a table row.

    Args:
        blocks: the notice's blocks in order.
        i: the index of the heading-like block whose items are wanted.

    Returns:
        The items under it, possibly none.
    """
    block = blocks[i]
    deeper: list[Block] = []
    for later in blocks[i + 1 :]:
        if later.style.depth <= block.style.depth or later.style is MarkerStyle.TABLE_ROW:
            break
        deeper.append(later)
    return deeper


class NoTasksError(NoticeParseError):
    """No task anywhere in the text (a kind of :class:`NoticeParseError`)."""


def _no_tasks(lines: list[str]) -> NoTasksError:
    """No task anywhere: say how much text was read, and where the first numbered line was, if any."""
    filled = [i + 1 for i, line in enumerate(lines) if line]
    if not filled:
        return NoTasksError(
            "no tasks found: the text is empty", line_no=None, chinese="没有找到任何任务：文件里没有文字"
        )
    numbered = next((n for n in filled if match_marker(lines[n - 1]) is not None), None)
    where = f"第{numbered}行「{lines[numbered - 1][:40]}」是编号行，但不像任务" if numbered else "没有一行是编号行"
    return NoTasksError(
        "no tasks found: expected lines such as '1. 任务标题。…' after a section heading like '一、…'",
        line_no=numbered,
        chinese=(
            f"没有找到任何任务：全文{len(filled)}行文字中{where}；"
            "应有“1. 任务标题。…”这样的编号行，或带“牵头单位/责任单位”的条目或表格"
        ),
    )


_HOST_LABELS = ("主办单位", "主办部门", "承办单位", "承办部门")
# What else a government web page prints in its footer, around the host's name.
_FOOTER_WORDS = re.compile(r"版权所有|技术支持|网站标识码|ICP|备案号|公网安备|网站地图|联系我们|维护单位|建设单位")


def _drop_footer_hosts(blocks: list[Block], lines: list[str], skipped: dict[int, tuple[str, str]]) -> None:
    """A lone "主办单位：…" line is a web page's footer (the site's host), not the units of the task before it.

    A notice that assigns tasks with 主办单位 does so task after task, or beside 协办单位 / 配合单位; a page's
    footer names its host once, after the last task. A lone host line is still a task's units when nothing
    else in the notice names units (a notice of one task, "主办单位：X" its only label): no other task names
    units some other way, the task has no other label and no units parenthesis, the page prints no 主办
    beside a 承办 (a site's host and builder), and no footer words stand around it.
    """
    hosting = [b for b in blocks if any(label in b.labels_seen for label in _HOST_LABELS)]
    if len(hosting) != 1 or set(hosting[0].labels_seen) & HELPER_LABELS:
        return
    block = hosting[0]
    others_name_units = any(b is not block and _names_units(b) for b in blocks)
    if not others_name_units and not _is_footer_host(block, lines):
        return
    for label in _HOST_LABELS:
        line_no = block.labels_seen.pop(label, None)
        if line_no is None:
            continue
        for found, _role, value in parse_labelled(lines[line_no - 1]):
            if found == label:
                dropped = set(units_for(Role.LEAD, value).lead)
                block.labelled = RoleLists(
                    tuple(u for u in block.labelled.lead if u not in dropped), block.labelled.responsible
                )
        skipped[line_no] = (lines[line_no - 1], "网页页脚（网站主办单位），不是任务的单位")


def _names_units(block: Block) -> bool:
    """Whether a block names units before roles are read: a table row's cells, a label line or a parenthesis."""
    return block.table_roles is not None or not block.labelled.empty or not inline_roles("".join(block.parts))[0].empty


def _is_footer_host(block: Block, lines: list[str]) -> bool:
    """Whether the lone host line(s) of ``block`` read as a web page's footer rather than the task's units."""
    hosts = [label for label in _HOST_LABELS if label in block.labels_seen]
    if set(block.labels_seen) - set(_HOST_LABELS):
        return True  # the task names its units by another label already
    if len({label[:2] for label in hosts}) > 1:
        return True  # "主办单位：… 承办单位：…": a site's host and the office that runs it
    if not inline_roles("".join(block.parts))[0].empty:
        return True  # the task's own parenthesis names its units
    near = range(max(0, min(block.labels_seen.values()) - 4), min(len(lines), max(block.labels_seen.values()) + 3))
    return any(_FOOTER_WORDS.search(lines[i]) for i in near)


# A parenthesis of units alone on its line ("（市应急局牵头，市公安局配合）"), as a closing units line is.
_UNITS_PARENTHESIS_LINE = re.compile(
    r"^[（〔【\[][^（）〔〕【】\[\]]*(?:（[^（）]*）[^（）〔〕【】\[\]]*)*[）〕】\]][。；]?$"
)


def _lift_closing_units(blocks: list[Block]) -> None:
    """Units after an item's sub-items belong to the item, not to its last sub-item.

    Plans of the genre break a task ("1.完善应急预案体系") into sub-items "（1）…（4）" and close the
    whole task with one units line "（责任单位：…）" or parenthesis "（X牵头，Y配合）" on a line of its own
    after the last of them. Read so when the sub-items name no units of their own, the run ends there (the
    next item is the parent's level or above, or the text ends), and the parent sits under a heading (a
    top-level "一、" item is a section, not a task). A parenthesis run into the last sub-item's line
    ("（2）推进演练。（X牵头）") closes the whole task too when the notice does so throughout: at least two
    items close their sub-items that way and no sub-item before the last of its run names units.
    """
    own_line: list[tuple[Block, Block]] = []
    run_in: list[tuple[Block, Block]] = []
    units_inside_runs = False  # a sub-item before the last of its run names units: sub-items carry their own
    for i, block in enumerate(blocks):
        if block.roles.empty:
            continue
        depth = block.style.depth
        start = i
        while start > 0 and blocks[start - 1].style is block.style:
            start -= 1
        if start == 0 or start == i:  # no parent, or a single sub-item
            continue
        parent = blocks[start - 1]
        if parent.style.depth >= depth or parent.style is MarkerStyle.TABLE_ROW or parent.has_units:
            continue
        if any(b.has_units for b in blocks[start:i]):
            units_inside_runs = True
            continue
        if i + 1 < len(blocks) and blocks[i + 1].style.depth > parent.style.depth:
            units_inside_runs = True
            continue  # the parent's items go on: the units are the last sub-item's
        if not any(b.style.depth < parent.style.depth for b in blocks[: start - 1]):
            continue
        labelled_after = bool(block.label_lines) and block.label_lines[0] > block.line_no
        parenthesis_after = (
            not block.label_lines
            and len(block.parts) > 1
            and bool(_UNITS_PARENTHESIS_LINE.match(block.parts[-1].strip()))
        )
        (own_line if labelled_after or parenthesis_after else run_in).append((parent, block))
    lifted = own_line + (run_in if len(own_line) + len(run_in) >= 2 and not units_inside_runs else [])
    for parent, block in lifted:
        if grouped_by_lead(parent.parts[0]) and len(parent.parts) == 1:
            # Under a heading grouping tasks by their lead ("（三）X牵头的工作"), a units line closing its items
            # ("协同单位：…" after the last) names the helpers of each of them, as the heading names their lead.
            parent.heading_roles, block.roles, block.label_lines = block.roles, RoleLists(), []
            continue
        parent.roles, block.roles = block.roles, RoleLists()
        parent.label_lines, block.label_lines = block.label_lines, []


def _lead_headings_over_one_task(blocks: list[Block]) -> None:
    """Headings grouping tasks by their lead that hold one sentence and no item: each heading is that task.

    Plans grouped by lead ("（一）X牵头的工作" then "1.…" "2.…") give a group of a single task as the sentence
    alone under its heading ("（二）X牵头的工作" / "全面加强审计工作。" / "协同单位：Y"): a task numbered by the
    heading, led by the unit the heading names, its own units line adding the helpers.
    """
    for i, block in enumerate(blocks):
        if len(block.parts) < 2 or block.table_roles is not None or _deeper_blocks(blocks, i):
            continue
        lead = grouped_by_lead(block.parts[0])
        sentence = "".join(block.parts[1:])
        if not lead or not sentence.rstrip().endswith(("。", "；")) or block.roles.lead:
            continue
        block.roles = RoleLists(lead, tuple(u for u in block.roles.responsible if u not in lead))
        block.parts = block.parts[1:]
        block.text = sentence
        block.label_lines = []
        block.lead_heading_task = True


def _task_style(blocks: list[Block], opening: set[int]) -> MarkerStyle | None:
    """The style whose blocks most often name units; without units, the deepest item style.

    Items opening a later page above a heading (``opening``, :func:`_opening_run`) are counted only where no other
    block names units: they go on a list of the earlier page, the items under the page's headings show the style.
    """
    counts: dict[MarkerStyle, int] = {}
    for skip in (opening, set()):
        for block in blocks:
            # A lead's heading read as its one task shows the headings' style, not the tasks'.
            if block.has_units and not block.lead_heading_task and id(block) not in skip:
                counts[block.style] = counts.get(block.style, 0) + 1
        if counts:
            break
    if counts:
        return max(counts, key=lambda s: (counts[s], s.depth))
    styles = {b.style for b in blocks if b.style.depth >= MarkerStyle.CN_PAREN.depth}
    return max(styles, key=lambda s: s.depth) if styles else None


def _is_prose(block: Block) -> bool:
    """A numbered paragraph of running text (a covering letter's "一、…。…"), not a heading."""
    return "。" in block.text and len(block.text) > 30 and not block.has_units and block.heading_roles is None


# A heading's own line: a short title closed by a parenthesis, no sentence ("强化科技创新（区科技局牵头）").
_TITLE_WITH_PARENTHESIS = re.compile(r"^[^。；！？]{2,40}（[^（）]+）$")


def _mark_lead_headings(blocks: list[Block]) -> None:
    """Turn headings that name the units of the items under them into headings, their units kept for those items.

    Plans of the genre group measures under a heading that names who leads them, in a parenthesis closing the
    heading's short title: "一、强化科技创新（区科技局牵头）" or "一、扩大有效投资政策（由县发改局牵头实施）", then a
    paragraph of targets and the measures "1." / "（一）" naming no unit of their own. The heading is no task: the
    measures are, led by the heading's units. A numbered paragraph whose own sentence ends in its units, or one
    with no deeper item left without units, stays as it is.
    """
    for i, block in enumerate(blocks):
        if not block.has_units or block.table_roles is not None or block.label_lines or not block.parts:
            continue
        if not _TITLE_WITH_PARENTHESIS.match(block.parts[0].strip()):
            continue
        deeper = _deeper_blocks(blocks, i)
        # Items naming no unit, or only helpers ("（配合单位：Y）"), take the lead from the heading.
        if deeper and any(not d.has_units or (block.roles.lead and not d.roles.lead) for d in deeper):
            block.heading_roles, block.roles = block.roles, RoleLists()


def _is_leaf_task(block: Block) -> bool:
    """A shallower-numbered paragraph that carries its own units: a task, not a heading.

    Headings are short titles; a paragraph of running text closed by its own units ("（八）提升…。…。
    （责任单位：…）") is a task even where most tasks use a deeper marker (compilations and plans mixing
    "（一）" and "1." tasks). A heading naming the lead of its section ("一、强化科技创新（区科技局牵头）")
    has no full stop and stays a heading.
    """
    return block.has_units and "。" in block.text and len(block.text) > 30


def _sibling_measures(blocks: list[Block], task_style: MarkerStyle) -> set[int]:
    """Ids of paragraphs beside a heading over tasks, under one parent, that hold no items: measures themselves.

    A plan's part may give some measures as paragraphs of their own and group others under a sub-heading
    ("二、主要措施" / "（一）加大宣传：…。" / "（二）集中整治：…。" / "（三）分片监管：…" over "1、…" "2、…"). The
    paragraphs are measures as the items are, even where they name no unit. Read only below a top-level
    heading (a covering letter's or an introduction's "一、" paragraphs stay prose) and for running text.

    An item naming its own units and holding none is such a measure too, short or not, anywhere: an item broken
    into sub-items that each name their units ("3.…" over "（1）…（X）" "（2）…（Y）") makes their style count as
    often as the items' own, so the sub-items' style is read as the tasks'; the items after it ("4.…（Z）") head
    nothing and are tasks, not headings over nothing (they were lost).
    """
    found: set[int] = set()
    for i, block in enumerate(blocks):
        depth = block.style.depth
        if depth >= task_style.depth or block.table_roles is not None or _deeper_blocks(blocks, i):
            continue
        if not block.has_units and (not _is_paragraph(block) or not any(b.style.depth < depth for b in blocks[:i])):
            continue
        start = i
        while start > 0 and blocks[start - 1].style.depth >= depth:
            start -= 1
        end = i
        while end + 1 < len(blocks) and blocks[end + 1].style.depth >= depth:
            end += 1
        siblings = [j for j in range(start, end + 1) if blocks[j].style is block.style and j != i]
        if block.has_units:
            # An item naming its own units is a measure beside a heading over tasks of its own level under another
            # parent too ("一、" over "（一）…（X负责）", "二、" over "（一）" over "1.…（Y负责）").
            siblings = [j for j, other in enumerate(blocks) if other.style is block.style and j != i]
        if any(any(d.style is task_style for d in _deeper_blocks(blocks, j)) for j in siblings):
            found.add(id(block))
    return found


def _opening_run(blocks: list[Block], lines: list[str]) -> set[int]:
    """Ids of items of a deeper style opening a later page, naming units, before a heading: tasks of that page.

    A later page of a longer copy may open inside one part's list ("7.X负责，…" "8.…" "9.…") and go on to the next
    part's heading over items of a shallower style ("四、…" over "（一）X负责，…"): the opening items hang under no
    item on the page (their heading is on an earlier page), so they are no sub-items, and where they name their
    units they are tasks as the items under the next heading are (where the tasks' style is shallower than
    theirs). The page must open on such an item numbered above 1 (as a continued page does) and the run must end
    at a shallower heading; a letter's items start at 1.
    """
    first_line = next((i + 1 for i, line in enumerate(lines) if line.strip()), None)
    if not blocks or first_line is None:
        return set()
    opening = blocks[0]
    style = opening.style
    if opening.line_no != first_line or opening.number is None or opening.number <= 1:
        return set()
    if opening.table_roles is not None:
        return set()
    run = []
    for block in blocks:
        if block.style is not style:
            break
        run.append(block)
    if len(run) == len(blocks) or blocks[len(run)].style.depth >= style.depth:
        return set()
    if not any(b.has_units for b in run):
        return set()
    return {id(b) for b in run}


def _is_paragraph(block: Block) -> bool:
    """Running text: a sentence closed by a full stop and longer than a heading's title."""
    return "。" in block.text and len(block.text) > 30


# "1." and "1、" are the same level of Arabic numbering (GB/T 9704 usage) and notices mix them by mistake
# ("1.…" "2.…" "3、…"): an item in the other one of the two styles numbered right after the last task goes on
# with the tasks, unless the task above already lists sub-items in that style ("1、" "2、" "3、" inside task 2).
_ARABIC_ITEM_STYLES = frozenset({MarkerStyle.AR_DOT, MarkerStyle.AR_COMMA})


def _next_in_mixed_run(block: Block, task_style: MarkerStyle, entries: list[_Entry], in_task: bool) -> bool:
    """Whether ``block`` continues the task run in the other Arabic item style ("2." then "3、")."""
    if not in_task or not entries or block.number is None:
        return False
    if {block.style, task_style} != _ARABIC_ITEM_STYLES:
        return False
    last = entries[-1]
    return (
        last.block.number is not None
        and block.number == last.block.number + 1
        and not any(sub.style is block.style for sub in last.subs)
    )


@dataclass
class _Entry:
    """A task block with where it sits: its section (index, -1 for none), its parent heading's label, sub-items."""

    block: Block
    section: int
    prefix: str
    subs: list[Block] = field(default_factory=list)
    heading_lead: tuple[str, ...] = ()  # the lead a heading above names for its tasks ("一、X牵头工作")
    heading_roles: RoleLists | None = None  # the units a heading above names in its parenthesis


def _assemble(reader: BlockReader, task_style: MarkerStyle, rules: StatedRules) -> Layout:
    lines, blocks = reader.lines, reader.blocks
    skipped = dict(reader.skipped)
    leaves = {id(b) for b in blocks if b.style.depth < task_style.depth and (_is_leaf_task(b) or b.lead_heading_task)}
    leaves |= _sibling_measures(blocks, task_style)
    leaves |= {i for i in _opening_run(blocks, lines) if blocks[0].style.depth > task_style.depth}
    headings = [b for b in blocks if b.style.depth < task_style.depth and not _is_prose(b) and id(b) not in leaves]
    heading_ids = {id(b) for b in headings}
    section_style = min((b.style for b in headings), key=lambda s: s.depth, default=None)

    # Walk the blocks: headings open sections, tasks collect their sub-items.
    entries: list[_Entry] = []
    sections: list[Block] = []
    runs: list[list[int]] = []  # runs of task numbers; a restart without a heading between starts a new run
    prefix = ""
    # Task lists grouped by their lead ("一、X牵头工作" then tasks naming no unit): the heading's lead, kept until
    # the next heading of its level or above; a sub-heading's own lead applies under it.
    section_lead: tuple[str, ...] = ()
    current_lead: tuple[str, ...] = ()
    # A heading that names its items' units in a parenthesis ("一、强化科技创新（区科技局牵头）"): the same scope.
    section_roles: RoleLists | None = None
    current_roles: RoleLists | None = None
    heading_since_task = True
    in_task = False  # whether deeper items still belong to the last task
    for block in blocks:
        # A task table attached after the items ("附件：具体任务分解表" over "序号 | 工作任务 | 牵头单位 | …"): its rows
        # are tasks beside the items, even a row the page cuts before its units cells, not text of the last item.
        attached_row = block.style is MarkerStyle.TABLE_ROW and block.number is not None
        if (
            block.style is task_style
            or id(block) in leaves
            or attached_row
            or _next_in_mixed_run(block, task_style, entries, in_task)
        ):
            previous = entries[-1].block if entries else None
            # Rows of a table without a 序号 column carry no number: they go on, never restart.
            unnumbered_row = block.style is MarkerStyle.TABLE_ROW and block.number is None
            restart = previous is not None and not unnumbered_row and (block.number or 0) <= (previous.number or 0)
            if not runs or (restart and not heading_since_task):
                runs.append([])
            runs[-1].append(len(entries))
            entry = _Entry(block, len(sections) - 1, prefix, heading_lead=current_lead, heading_roles=current_roles)
            entries.append(entry)
            heading_since_task, in_task = False, True
        elif block.style.depth < task_style.depth:
            in_task, heading_since_task = False, True  # even a run-in paragraph separates numbering runs
            if id(block) not in heading_ids:
                _mark(block, lines, skipped, "编号段落不是任务（如通知正文的要求）")
                continue
            if block.style is section_style:
                sections.append(block)
                prefix = ""
                section_lead = current_lead = heading_lead(block.text)
                section_roles = current_roles = block.heading_roles
            else:
                prefix = block.label
                current_lead = heading_lead(block.text) or section_lead
                current_roles = block.heading_roles or section_roles
            heading_since_task = True
            _skip_heading_text(block, lines, skipped)
        elif in_task:
            entries[-1].subs.append(block)
        else:
            _mark(block, lines, skipped, "任务清单之外的编号段落")

    entries, runs = _sub_items_as_tasks(entries, runs, lines)
    keep = _decoy_free(entries, runs, sections, lines, skipped)
    kept = [entries[i] for i in keep]
    if not kept:
        raise _no_tasks(lines)
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
    applied = _reach_back(rules, kept, lines)
    if _cut_inside(kept[-1], lines) and _siblings_name_their_own(kept):
        # The page ends inside the last task's sentence where the tasks beside it each close with their own units
        # line: its line, naming more units than the heading above gives, was cut with it. Its units are not
        # known, declined rather than given in part (where no sibling names its own, the heading's lead is all).
        kept[-1].heading_lead, kept[-1].heading_roles = (), None
    tasks = [
        _draft(entry, number, (entry.prefix if with_prefix else "") + entry.block.label, lines, applied, used_sections)
        for number, entry in zip(task_numbers, kept, strict=True)
    ]
    first_structure = min([b.line_no for b in section_blocks] + [t.line_no for t in tasks]) - 1
    layouts = set(reader.layouts)
    if rules.first_listed is not None:
        layouts.add(LayoutKind.FIRST_LISTED)
    if rules.responsible_lead is not None:
        layouts.add(LayoutKind.RESPONSIBLE_LEAD)
    report = ParseReport(
        task_count=len(tasks),
        section_count=len(drafts_sections) or 1,
        layouts=tuple(sorted(layouts, key=lambda k: k.value)),
        tasks_without_units=tuple(t.label for t in tasks if not t.lead and not t.responsible),
        skipped=tuple(SkippedLine(n, text, reason) for n, (text, reason) in sorted(skipped.items())),
        first_listed_rule_line=rules.first_listed,
        notes=tuple(reader.notes),
    )
    return Layout(tuple(lines), first_structure, drafts_sections, tuple(tasks), report)


def _sub_items_as_tasks(
    entries: list[_Entry], runs: list[list[int]], lines: list[str]
) -> tuple[list[_Entry], list[list[int]]]:
    """Entries with a task naming no unit, whose sub-items each name their own, replaced by those sub-items.

    Plans of the genre break some tasks into sub-items that each get their own units ("3、改善居住条件。" then
    "（1）…" "责任部门：X牵头，Y配合" "（2）…" "责任部门：…"): the item is their heading, and each sub-item is a task
    with its own units, not one task holding all of them. Where numbering restarts, its label keeps the item's
    ("3（1）"), as a task under a sub-heading does. The page may end inside the last sub-item, before its units:
    the sub-items before it name theirs, so it is one more task, its units cut off.

    Returns:
        The entries and the runs of entry indexes, renumbered.
    """
    new_entries: list[_Entry] = []
    where: dict[int, list[int]] = {}
    for i, entry in enumerate(entries):
        direct = [sub for sub in entry.subs if entry.subs and sub.style is entry.subs[0].style]
        if _picked_sub_item(entry, direct):
            # A lone sub-item printed past its list's first number ("17.…" then only "（2）…（X）") was picked out
            # of a longer list the notice re-splits (a department printing a higher list's items and sub-items
            # with their numbers, only those it carries): a task of its own, beside the item, which keeps only
            # the units it names itself.
            where[i] = [len(new_entries), len(new_entries) + 1]
            new_entries.append(replace(entry, subs=[]))
            new_entries.append(replace(entry, block=direct[0], prefix=entry.prefix + entry.block.label, subs=[]))
            continue
        if entry.block.has_units or not _sub_items_name_their_own(direct, lines):
            where[i] = [len(new_entries)]
            new_entries.append(entry)
            continue
        where[i] = []
        for sub in entry.subs:
            if sub.style is direct[0].style:
                where[i].append(len(new_entries))
                prefix = entry.prefix + entry.block.label
                new_entries.append(replace(entry, block=sub, prefix=prefix, subs=[]))
            else:
                new_entries[-1].subs.append(sub)
    return new_entries, [[j for i in run for j in where[i]] for run in runs]


def _sub_items_name_their_own(direct: list[Block], lines: list[str]) -> bool:
    """Whether two or more sub-items each name their own units, the last one perhaps cut by the page before them."""
    if len(direct) >= 2 and all(sub.has_units for sub in direct):
        return True
    named, last = direct[:-1], direct[-1] if direct else None
    return last is not None and len(named) >= 2 and all(sub.has_units for sub in named) and _cut_by_page(last, lines)


def _cut_by_page(block: Block, lines: list[str]) -> bool:
    """Whether the text ends inside ``block``'s own sentence, the block naming no unit."""
    if block.has_units or block.table_roles is not None:
        return False
    last_no = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)
    return max(block.last_line, block.line_no) == last_no and bool(_CUT_SENTENCE_END.search(lines[last_no - 1].strip()))


def _picked_sub_item(entry: _Entry, direct: list[Block]) -> bool:
    """Whether ``entry``, naming no unit, holds one sub-item only, numbered past the first and naming its own."""
    if entry.block.has_units or len(entry.subs) != 1 or len(direct) != 1:
        return False
    sub = direct[0]
    return sub.number is not None and sub.number > 1 and sub.has_units


def _reach_back(rules: StatedRules, entries: list[_Entry], lines: list[str]) -> StatedRules:
    """The rules as they apply: "列第一位者为牵头单位" reaches back to the tasks before it where it was stated late.

    A plan states the first-listed rule where it first matters, at the first list naming several units
    ("…、石碶街道（列第一位者为牵头或汇总单位，下同）"), or in a note after the list; the lists before it
    then name one unit each (a lone unit leads) or follow the note. A line of its own opening with 注 / 备注 /
    说明 is such a note even where it was read as the last task's text. Lists of several units before a rule
    stated among the tasks keep their roles: the rule said "from here on".
    """
    if rules.first_listed is None:
        return rules
    ends = [max(e.block.last_line, e.block.line_no) for e in entries]
    if not ends or rules.first_listed <= min(ends):
        return rules
    before = [e for e, end in zip(entries, ends, strict=True) if end < rules.first_listed]
    note_after_list = rules.first_listed > max(ends) or (
        rules.first_listed >= max(ends) and _NOTE_LINE.match(lines[rules.first_listed - 1]) is not None
    )
    if note_after_list or all(_unit_count(e) <= 1 for e in before):
        return replace(rules, first_listed=1)
    return rules


# A note printed after a list (general usage: "注：…", "备注：…", "说明：…").
_NOTE_LINE = re.compile(r"^\s*[（(]?(?:注|备注|说明)\s*[：:）)]")


def _unit_count(entry: _Entry) -> int:
    """How many units a task entry names without a lead of its own (its sub-items' included)."""
    roles = entry.block.roles
    for sub in entry.subs:
        roles = roles.merged(sub.roles)
    return 0 if roles.lead else len(roles.responsible)


# How a sentence cut by the page's end stops: on a word or a comma, not on a full stop or a closing bracket.
_CUT_SENTENCE_END = re.compile(r"[，、：\u4e00-\u9fff]$")


def _cut_inside(entry: _Entry, lines: list[str]) -> bool:
    """Whether the text ends inside ``entry``'s own sentence, the task naming no unit of its own or of its items."""
    block = entry.block
    if block.has_units or block.table_roles is not None or any(sub.has_units for sub in entry.subs):
        return False
    last_no = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)
    owner = entry.subs[-1] if entry.subs else block
    return max(owner.last_line, owner.line_no) == last_no and bool(_CUT_SENTENCE_END.search(lines[last_no - 1].strip()))


def _siblings_name_their_own(entries: list[_Entry]) -> bool:
    """Whether the tasks before the last one under the same heading each name units of their own (two at least)."""
    last = entries[-1]
    siblings = []
    for entry in reversed(entries[:-1]):
        if entry.section != last.section or entry.prefix != last.prefix:
            break
        siblings.append(entry)
    return len(siblings) >= 1 and all(e.block.has_units for e in siblings)


def _draft(
    entry: _Entry, number: int, label: str, lines: list[str], rules: StatedRules, used_sections: list[int]
) -> DraftTask:
    """The task's text (sub-items included, each with its marker as printed) and its units."""
    block = entry.block
    roles, text = block.roles, block.text
    for sub in entry.subs:
        line = lines[sub.line_no - 1]
        text += line[: len(line) - len(sub.parts[0])] + sub.text
        roles = roles.merged(sub.roles)
    if roles.empty and entry.heading_roles is not None:
        roles = entry.heading_roles  # "一、强化科技创新（区科技局牵头）" over measures naming no unit
    elif not roles.lead and entry.heading_roles is not None and entry.heading_roles.lead:
        # "一、产业发展（牵头单位：X）" over "1.…（配合单位：Y）": the heading's lead, the item's helpers.
        lead = entry.heading_roles.lead
        roles = RoleLists(lead, tuple(u for u in roles.responsible if u not in lead))
    if not roles.lead and entry.heading_lead:
        # "二、市商务局牵头工作" leads every task under it; a task's own "（市财政局配合）" adds the others.
        roles = RoleLists(entry.heading_lead, tuple(u for u in roles.responsible if u not in entry.heading_lead))
    roles = rules.apply(roles, max(block.last_line, block.line_no))
    return DraftTask(
        number=number,
        label=label,
        section_index=used_sections.index(entry.section) if entry.section >= 0 else -1,
        text=text,
        lead=roles.lead,
        responsible=roles.responsible,
        line_no=block.line_no,
        title=_title_past_field_word(block.parts),
    )


# A field word alone in its sentence opening a line of the item ("任务要求。", "工作目标："): a form's field name,
# no part of the task's title.
_FIELD_WORDS = (
    "任务要求",
    "工作要求",
    "目标要求",
    "具体要求",
    "工作目标",
    "目标任务",
    "主要任务",
    "工作任务",
    "主要内容",
    "工作内容",
)
_FIELD_WORD = re.compile(rf"^(?:{'|'.join(_FIELD_WORDS)})[。：]")
_SENTENCE_END = re.compile(r"[。；！？]")


def _title_past_field_word(parts: list[str]) -> str:
    """The title of an item whose lines open with a field word: the line before it, or the sentence after it.

    Plans printed as forms give each item's requirements after a fixed field word ("二、开展甲创建工作" /
    "任务要求。全县…。", or "（一）任务要求。2007年…。"): the heading's line is the title, or, where the field word
    opens the item itself, the sentence after it. Empty where no line opens with a field word (the first sentence
    is the title).
    """
    if not parts:
        return ""
    first = parts[0].strip()
    if (word := _FIELD_WORD.match(first)) is not None:
        rest = first[word.end() :]
        return _SENTENCE_END.split(rest, 1)[0].strip() if rest else ""
    if len(parts) > 1 and _FIELD_WORD.match(parts[1].strip()) and first and not _SENTENCE_END.search(first):
        return first.rstrip("：:")
    return ""


def _skip_heading_text(block: Block, lines: list[str], skipped: dict[int, tuple[str, str]]) -> None:
    """Lines under a heading that are not a task (a section's introduction) are reported as skipped."""
    for n in range(block.line_no + 1, block.last_line + 1):
        if lines[n - 1]:
            # A line already reported keeps its reason (a units line under the heading says why it was left out).
            skipped.setdefault(n, (lines[n - 1], "标题下的说明文字"))


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
        # A text that starts mid-document (a later page of a longer copy: "（八）…" "（九）…" then "七、…") holds
        # tasks naming units before the next part's heading; without units, they are a covering letter's items.
        if before and len(before) == len(entries) and not any(e.block.has_units for e in entries):
            block = entries[before[0]].block
            line = lines[block.line_no - 1]
            raise NoticeParseError(
                f"line {block.line_no}: task {block.number} comes before any section heading: {line!r}",
                line_no=block.line_no,
                chinese=f"第{block.line_no}行的任务出现在任何章节标题之前：「{line}」",
            )
        continued = _continued_page(entries, before, lines)
        for i in before:
            if not entries[i].block.has_units and i not in continued:
                keep.discard(i)
                _mark(entries[i].block, lines, skipped, "章节标题之前的编号段落（通知正文）")
    with_units = [r for r in runs if any(entries[i].block.has_units for i in r if i in keep)]
    if with_units:
        for run in runs:
            # A table's header says its rows are tasks: rows under a second header (a notice with two tables,
            # numbering restarting in each) stay tasks even when the copy lost their unit cells.
            if run in with_units or all(entries[i].block.style is MarkerStyle.TABLE_ROW for i in run):
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


def _continued_page(entries: list[_Entry], before: list[int], lines: list[str]) -> set[int]:
    """Entries before the first heading that go on a list from an earlier page: the text opens with item N > 1.

    A covering letter's items start at 1 (or 一); a text whose very first line is item "6." is a later page of a
    longer copy, cut inside a list whose heading (and the units it names) the page does not hold. Its items are
    tasks, left without units, not a letter's decoys.
    """
    first_line = next((i + 1 for i, line in enumerate(lines) if line.strip()), None)
    if not before or first_line is None:
        return set()
    opening = entries[before[0]].block
    if opening.line_no != first_line or opening.number is None or opening.number <= 1:
        return set()
    continued: set[int] = set()
    for i in before:
        block = entries[i].block
        if block.style is not opening.style or (block.number or 0) < (opening.number or 0):
            break
        continued.add(i)
    return continued


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


__all__ = ["Layout", "read_layout"]
