"""Tasks printed without numbers: sentences and paragraphs that name their own units.

Plans of the genre do not always number their tasks. A list of targets runs on in one paragraph, each target
closed by its units' parenthesis ("…左右。（X牵头）…降低20%。（Y牵头）…"); a plan restructured as data or
quoted in a note gives each measure as a few lines closed by a line stating its units alone ("X、Y等按职责分工
负责"). What makes such a piece a task is that it names its units, not that it carries a number: these steps
turn each piece into a bullet item ("● …"), which the reader numbers in order like any bullet list.
"""

from __future__ import annotations

import itertools
import re

from corpus.numerals import chinese_numeral_value
from corpus.parsing.numbering import MarkerStyle, match_marker
from corpus.parsing.roles import is_label_line, parse_inline, prose_roles, units_under_person
from corpus.parsing.text import normalize_line

# A parenthesis (one level of nesting inside) and what may close the sentence right after it.
_PARENTHESIS = re.compile(r"（(?P<content>[^（）]*(?:（[^（）]*）[^（）]*)*)）[。；]?")
# Items run together may close on their units in square or lenticular brackets too ("…。[责任单位：X、Y]2.…").
_UNITS_BRACKET = re.compile(rf"{_PARENTHESIS.pattern}|[\[【](?P<boxed>[^\[\]【】]*)[\]】][。；]?")
# Text after a parenthesis that goes on as another sentence: some Chinese text.
_MORE_TEXT = re.compile(r"[\u4e00-\u9fff]")
_BULLET = "● "
# Fewer closing parentheses in a line are a task's own units, not a list of targets run together.
_MIN_RUN_IN = 2
# Fewer closing units lines in a text are no list of unnumbered measures.
_MIN_CLOSINGS = 2


def _units_parenthesis(content: str) -> bool:
    """Whether a parenthesis' content names units with a word for their role (not a bare list or an aside)."""
    roles = parse_inline(content)
    return roles is not None and not roles.bare and not roles.empty


# A run-in list's item opened by a dash standing for a bullet ("…（X牵头） --推进…"), after a space or at the start.
_DASH_ITEM = re.compile(r"(?:^|(?<=\s))-{2,}(?=[\u4e00-\u9fff])")
# A page marker left before the first item ("[接上页] --…"): no piece of its own.
_PAGE_MARKER = re.compile(r"^\s*(?:\[[^\]]*\]|【[^】]*】)?\s*$")
# A section heading "十一、…" (a Chinese numeral and 、), as against an item's number.
_SECTION_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、")


def _opens_no_item(text: str) -> bool:
    """Whether text after a units parenthesis starts a new piece: no item marker, or a section heading."""
    return match_marker(text) is None or _SECTION_HEADING.match(text) is not None


def _dash_item_breaks(line: str) -> list[int]:
    """Where dash-opened items start in a run-in list, none right after a mere page marker."""
    return [m.start() for m in _DASH_ITEM.finditer(line) if m.start() > 0 and not _PAGE_MARKER.match(line[: m.start()])]


# A section heading run on after a sentence or a colon ("…如下：一、…", "…。二、…"): the line holds a list's
# structure, not one item's text.
_HEADING_RUN_ON = re.compile(r"[：。；）]\s*[一二三四五六七八九十]{1,3}、")


def _one_item_s_clauses(line: str) -> bool:
    """Whether a line is one numbered item whose sentences each close on their units' parenthesis.

    "1.甲行动。完善甲。（X负责）落实乙。（Y负责）" is one task whose clauses name who does each part: its units are
    pooled, as the fixtures label several "（X负责）" in one item (city_tizhi_gaige_fuze's task 15). A number that
    opens a line holding a section heading further on is a page's marker or a list's, not the item's.
    """
    marker = match_marker(line)
    return marker is not None and marker.style is not MarkerStyle.BULLET and not _HEADING_RUN_ON.search(line)


def run_in_targets(lines: list[str]) -> list[str]:
    """Lines holding several sentences each closed by its units' parenthesis, split into one bullet item each.

    "常住人口…。（市甲局牵头）能耗降低20%。（市乙局牵头）取水量…" lists targets without numbers, each closed by
    the parenthesis after its full stop (or before it). A line splits only where it holds at least two such
    parentheses and text goes on after one, so a task's own closing parenthesis never splits it. A piece
    that is only a parenthesis (the line opens with the units of the sentence before it) stays where it is,
    closing that sentence; text after a parenthesis opening with an item's number is left to the items' split.
    A line opening with an item's number is that item's text, its clauses' units pooled, and stays whole.
    """
    result: list[str] = []
    for line in lines:
        canonical = normalize_line(line)
        closing = [
            m
            for m in _PARENTHESIS.finditer(canonical)
            if _closes_sentence(canonical, m) and _units_parenthesis(m.group("content"))
        ]
        # Text after a parenthesis that opens with an item's number is a numbered item run on: split elsewhere.
        # A section heading run on after it ("…（X牵头） 十一、…") is no item of the list: it starts its own line.
        breaks = [
            m.end()
            for m in closing
            if _MORE_TEXT.search(canonical[m.end() :]) and _opens_no_item(canonical[m.end() :].strip())
        ]
        if len(closing) < _MIN_RUN_IN or not breaks or _one_item_s_clauses(canonical):
            result.append(line)
            continue
        breaks = sorted({*breaks, *_dash_item_breaks(canonical)})
        starts = [0, *breaks]
        for a, b in zip(starts, [*breaks, len(canonical)], strict=True):
            piece = canonical[a:b].strip()
            if not piece:
                continue
            alone = _PARENTHESIS.fullmatch(piece) is not None
            piece = _DASH_ITEM.sub("", piece, count=1) if _DASH_ITEM.match(piece) else piece
            result.append(piece if alone or match_marker(piece) is not None else _BULLET + piece)
    return result


# An Arabic item's number at a position: "2." "2、" (not a decimal: "2.5%").
_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.．、](?!\d)")
# Where item 1 of such a run may start: the line's start or right after a colon, a full stop or a semicolon.
_FIRST_ITEM = re.compile(r"(?:^|(?<=[：。；]))\s*1[.．、](?!\d)")
# A section heading with its short title, run on in a line: "二、从快落实一批举措", "（二）降低用地成本。".
_RUN_ON_HEADING = r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[^。；：（）\d]{2,40}?。?"
# Section headings (one, or a heading and its first sub-heading) run on between items, the last short title
# running into the next item's number: "…（X负责）二、从快落实一批举措4.推进…", "…[责任单位：X]（二）降低乙。3.…"
# (a page that lost its line breaks).
_HEADING_INTO_ITEM = re.compile(rf"\s*(?:{_RUN_ON_HEADING}){{1,2}}?(?=(\d{{1,3}})[.．、](?!\d))")
# A section heading opening after a colon or a stop before item 1, its title up to a sub-heading's bracket:
# "…方案如下：一、工作目标全面落实甲。二、工作措施（一）降低乙。1.…" (a whole notice run together on one line).
_OPENING_HEADING = re.compile(r"(?<=[：。；])[一二三四五六七八九十]{1,3}、[^。；：（）\d]{2,40}")
_SUB_HEADING = re.compile(r"（[一二三四五六七八九十]{1,3}）")
# A section heading right after the last item's units, no item after it: "…（X负责）三、保障措施…".
_SECTION_AFTER_UNITS = re.compile(r"\s*[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff])")
# The run's first heading before item 1, run on after the page's title: "…政策措施一、从快组织实施1.组织…".
_FIRST_HEADING = re.compile(r"一、[^。；：（）\d]{2,40}?(?=1[.．、](?!\d))")
# A step between the numbers of items run together: the next number, or one more where a copy lost an item.
_MAX_STEP = 2
# Items numbered with a Chinese numeral in brackets run together the same way: "（一）甲。（X负责）（二）乙。（Y负责）".
_CN_NUMERALS = "一二三四五六七八九十"
_CN_ITEM_NUMBER = re.compile(rf"\s*（([{_CN_NUMERALS}]{{1,3}})）(?=[\u4e00-\u9fff])")
_CN_FIRST_ITEM = re.compile(r"(?:^|(?<=[：。；]))\s*（一）(?=[\u4e00-\u9fff])")


def run_in_items(lines: list[str]) -> list[str]:
    """Lines holding numbered items run together, each closed by its units' parenthesis, split one item a line.

    "1.推进甲项（X负责）2.推进乙项（Y负责）3.…" or "…主要措施：1.…。（X负责，Y配合）2.…。（Z负责）" put the items of a
    list on one line, each closed by its units: an item's number right after a units parenthesis starts the next
    item. Only numbers counting up (2, 3, … after item 1, found at the line's start or after a colon or a full
    stop; a copy may skip one number where it lost an item) split the line, so a figure after a parenthesis
    never does; a line of any length is read so. Section headings run on between the items ("…（X负责）二、…4.…",
    "…[责任单位：X]（二）…。3.…") or after the last item's units start lines of their own, as do the first one where
    it runs on after the page's title and, where a whole notice is one line, the headings before item 1 opening
    after a colon or a stop ("…如下：一、工作目标…。二、工作措施（一）…。1.…"). Units may close the items in square
    or lenticular brackets as in parentheses ("1.…。[责任单位：X、Y]2.…").
    """
    result: list[str] = []
    for line in lines:
        canonical = normalize_line(line)
        breaks = _item_breaks(canonical)
        if not breaks:
            result.append(line)
            continue
        starts = [0, *breaks]
        result.extend(
            piece for a, b in zip(starts, [*breaks, len(canonical)], strict=True) if (piece := canonical[a:b].strip())
        )
    return result


def _counts_up(numbers: list[int]) -> bool:
    """Whether item numbers rise from 2 by one at a time, now and then by two (an item lost by the copy)."""
    return bool(numbers) and numbers[0] == 2 and all(0 < b - a <= _MAX_STEP for a, b in itertools.pairwise(numbers))


def _item_breaks(line: str) -> list[int]:
    """Where items 2, 3, … start after a units parenthesis, with item 1 and the headings; [] unless they count up."""
    after_units: list[tuple[int, int]] = []
    headings: list[int] = []
    for m in _UNITS_BRACKET.finditer(line):
        if not _units_parenthesis(m.group("content") or m.group("boxed") or ""):
            continue
        if (number := _ITEM_NUMBER.match(line, m.end())) is not None:
            after_units.append((m.end(), int(number.group(1))))
        elif (heading := _HEADING_INTO_ITEM.match(line, m.end())) is not None:
            # Each heading on a line of its own: "二、乙工作（二）降低甲。" is a heading and its first sub-heading.
            headings.extend([m.end(), *(i for i in range(m.end() + 1, heading.end()) if line[i] == "（")])
            after_units.append((heading.end(), int(heading.group(1))))
        elif _SECTION_AFTER_UNITS.match(line, m.end()) is not None:
            headings.append(m.end())
    if not after_units:
        return _cn_item_breaks(line)
    if not _counts_up([n for _, n in after_units]):
        return []
    first = [m.start() for m in _FIRST_ITEM.finditer(line, 0, after_units[0][0])]
    if first:
        opening = first[-1] + len(line[first[-1] :]) - len(line[first[-1] :].lstrip())
        openings = [*_opening_headings(line, opening), opening]
    elif headings and (heading := _FIRST_HEADING.search(line, 0, after_units[0][0])) is not None:
        # Headings between the items show the page's structure: the first one opens the list after the title.
        openings = [heading.start(), heading.end()]
    else:
        return []
    return sorted({b for b in [*openings, *headings, *(end for end, _ in after_units)] if b > 0})


def _cn_item_breaks(line: str) -> list[int]:
    """Where items （二）, （三）, … start after a units parenthesis, item （一） opening the line; [] unless so.

    Items numbered "（一）" run together as Arabic ones do ("（一）甲。（X负责）（二）乙。（Y主办，Z协办）"): only
    numbers counting up from （二） after item （一）, found at the line's start or after a colon or a stop, split
    the line.
    """
    after_units: list[tuple[int, int]] = []
    for m in _UNITS_BRACKET.finditer(line):
        if not _units_parenthesis(m.group("content") or m.group("boxed") or ""):
            continue
        if (number := _CN_ITEM_NUMBER.match(line, m.end())) is not None:
            after_units.append((m.end(), chinese_numeral_value(number.group(1))))
    if not _counts_up([n for _, n in after_units]):
        return []
    first = [m.start() for m in _CN_FIRST_ITEM.finditer(line, 0, after_units[0][0])]
    if not first:
        return []
    opening = first[-1] + len(line[first[-1] :]) - len(line[first[-1] :].lstrip())
    return sorted({b for b in [opening, *(end for end, _ in after_units)] if b > 0})


def _opening_headings(line: str, stop: int) -> list[int]:
    """Where the headings before item 1 start (each with a sub-heading right after its title), in a run of items."""
    starts: list[int] = []
    for m in _OPENING_HEADING.finditer(line, 0, stop):
        starts.append(m.start())
        if (sub := _SUB_HEADING.match(line, m.end())) is not None and sub.start() < stop:
            starts.append(sub.start())
    return starts


def _closes_sentence(line: str, m: re.Match[str]) -> bool:
    """Whether the parenthesis closes a sentence: right after its full stop, or followed by one."""
    before = line[: m.start()].rstrip()
    return before.endswith(("。", "；")) or m.group(0).endswith(("。", "；")) or not before


# Vertical bars at a line's end (or a whole line of them): the border of a table a post was pasted in.
_TABLE_BORDER = re.compile(r"(?:^|\s+)[|｜]+$")


def closed_by_units_lines(lines: list[str]) -> list[str]:
    """Unnumbered measures each closed by a line stating their units alone, as one bullet item each; else ``lines``.

    Read only where the notice numbers no task at all: the lines since the last such line (or numbered
    heading) make one measure, its units line becoming its closing parenthesis ("● 甲。乙。（X、Y按职责分工负责）").
    A line closed by its own units parenthesis, or naming who leads in its sentence ("由X牵头，…"), is a measure
    by itself. Lines after the last units line name none and are left as they are. At least two measures are
    read so, or one where the page holds only its sentences and a label line of its units ("…建设。" then
    "责任单位：X" and nothing else: a plan's item published on a page of its own).
    """
    result: list[str] = []
    pending: list[str] = []
    closings = 0
    labelled_close = False
    for line in lines:
        # A table's border a forum or a page printed round the list ("…（X牵头） |", "|" alone) is no text.
        canonical = _TABLE_BORDER.sub("", normalize_line(line))
        if not canonical:
            continue
        if match_marker(canonical) is not None:
            result.extend(pending)
            pending = []
            result.append(line)
            continue
        statement = canonical.strip("。；，")
        if statement.startswith("（") and statement.endswith("）"):
            statement = statement[1:-1]
        if pending and _units_parenthesis(statement):
            body = "。".join(p.rstrip("。；，") for p in pending)
            result.append(f"{_BULLET}{body}。（{statement}）")
            labelled_close = is_label_line(statement) and pending[-1].endswith("。")
            pending = []
            closings += 1
        elif _ends_in_units(canonical) or not prose_roles(canonical).empty:
            result.extend(pending)
            pending = []
            result.append(_BULLET + canonical)
            closings += 1
        else:
            pending.append(canonical)
    # Nothing after the one units line, a label's (the genre's own line), closing sentences: the page is that
    # measure's own, not a heading over a stray statement of units.
    alone = closings == 1 and not pending and labelled_close
    result.extend(pending)
    return result if closings >= _MIN_CLOSINGS or alone else lines


def _ends_in_units(line: str) -> bool:
    """Whether a line of text ends with its units' parenthesis ("…建设。（X牵头）")."""
    last = next(iter(reversed(list(_PARENTHESIS.finditer(line)))), None)
    return (
        last is not None and last.end() == len(line) and last.start() > 0 and _units_parenthesis(last.group("content"))
    )


def closed_by_person_sentences(lines: list[str]) -> list[str]:
    """Paragraphs closed by "由X同志负责，A、B承办。" as tasks; such a sentence alone closes the line before.

    A government's 分工 of its work report closes each measure with the person in charge and the units carrying it
    out, whether or not the measure is numbered; a paragraph so closed is a task by itself (a bullet item unless it
    carries its own number), and such a sentence alone on its line closes the paragraph before it. Read only where
    at least two such sentences occur, so one stray sentence never reshapes a notice.
    """
    closing = [i for i, line in enumerate(lines) if not units_under_person(normalize_line(line)).empty]
    if len(closing) < _MIN_CLOSINGS:
        return lines
    result: list[str] = []
    for i, line in enumerate(lines):
        canonical = normalize_line(line)
        if i not in closing:
            result.append(line)
        elif units_under_person(canonical).start == 0 and result and result[-1].strip():
            result[-1] = result[-1].rstrip() + canonical  # the sentence alone closes the paragraph before it
        else:
            result.append(canonical if match_marker(canonical) is not None else _BULLET + canonical)
    return result


# Item styles whose number a page's opening tail can carry: "17、", "17." (the genre's task items).
_ITEM_SEPARATORS = {MarkerStyle.AR_COMMA: "、", MarkerStyle.AR_DOT: "."}


def continued_item_tail(lines: list[str]) -> list[str]:
    """A page opening mid-list with the tail of an item, numbered as the item before the first one printed.

    An excerpt cut from a longer copy may open inside item N−1, its number on the page before: an unnumbered
    paragraph closed by its units' parenthesis, then item N (N > 1). That paragraph is item N−1's tail, a task
    with its own units; left unnumbered it would be read as a covering letter's text and its units lost.
    """
    first = next((i for i, line in enumerate(lines) if normalize_line(line).strip()), None)
    if first is None:
        return lines
    opening = normalize_line(lines[first]).strip()
    if match_marker(opening) is not None or not _ends_in_units(opening.rstrip("。；")):
        return lines
    following = next((normalize_line(line).strip() for line in lines[first + 1 :] if normalize_line(line).strip()), "")
    marker = match_marker(following)
    if marker is None or marker.style not in _ITEM_SEPARATORS or marker.number <= 1:
        return lines
    tail = f"{marker.number - 1}{_ITEM_SEPARATORS[marker.style]}{opening}"
    return [*lines[:first], tail, *lines[first + 1 :]]


def closed_cut_parenthesis(lines: list[str]) -> list[str]:
    """The text's last line with its units' parenthesis closed after its last whole clause, where the page cut it.

    An excerpt may stop inside a task's closing parenthesis ("…（牵头单位：甲局、乙局；责任单位：区政"): the labelled
    clauses before the cut are whole and name their units; the clause the cut went through, once it no longer
    reads as units ("责任单位：区政"), is dropped rather than guessed at. Left as it is unless the whole clauses
    name units with a word for their role.
    """
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None:
        return lines
    line = normalize_line(lines[last]).rstrip()
    opening = line.rfind("（")
    if opening < 0 or "）" in line[opening:]:
        return lines
    content = line[opening + 1 :]
    # Only a labelled clause ends at a semicolon ("牵头单位：…；"); a clause ending at a comma may be a list's
    # first part, its verb after the cut ("A、B牵头督导，C、D、" names the role of C and D in the lost words).
    cut = content.rfind("；")
    if cut <= 0 or not _units_parenthesis(content[:cut]) or _units_parenthesis(content[cut + 1 :]):
        # A last clause that still reads as units is read with the others (a bracket left open, or names whole).
        return lines
    return [*lines[:last], f"{line[: opening + 1]}{content[:cut]}）", *lines[last + 1 :]]
