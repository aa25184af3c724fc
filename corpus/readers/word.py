"""Word .docx notices: paragraphs in order, real tables as `` | `` rows, automatic list numbers written out."""

from __future__ import annotations

import io
from typing import Any

from corpus.numerals import chinese_numeral
from corpus.readers import CELL_SEPARATOR, paragraphs
from corpus.readers.errors import NoticeReadError


def docx_text(data: bytes) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise NoticeReadError(f"damaged .docx document: {exc}", "Word 文档已损坏，打不开") from exc
    lines: list[str] = []
    numbering = _WordNumbering(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            lines.append(numbering.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines.extend(_table_lines(Table(child, document)))
    return paragraphs(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _WordNumbering:
    """The numbers Word draws in front of automatically numbered paragraphs ("1.", "（一）").

    They are not in the paragraph's text, yet they are what tells tasks apart, so
    they are worked out from the numbering definitions and written back in front.
    """

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            for abstract in root.iter(f"{_W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{_W}lvl"):
                    fmt = lvl.find(f"{_W}numFmt")
                    text = lvl.find(f"{_W}lvlText")
                    start = lvl.find(f"{_W}start")
                    levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                        fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                        text.get(f"{_W}val", "") if text is not None else "",
                        int(start.get(f"{_W}val", "1")) if start is not None else 1,
                    )
                self.levels[abstract.get(f"{_W}abstractNumId", "")] = levels
            for num in root.iter(f"{_W}num"):
                ref = num.find(f"{_W}abstractNumId")
                if ref is not None:
                    self.abstract_of[num.get(f"{_W}numId", "")] = ref.get(f"{_W}val", "")
        self.style_numbers: dict[str, tuple[str, int]] = {}
        for style in document.styles:
            found = self._num_pr(style.element)
            if found is not None:
                self.style_numbers[style.style_id] = found

    @staticmethod
    def _num_pr(element: Any) -> tuple[str, int] | None:
        ppr = element.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            return None
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        if num_id is None:
            return None
        return num_id.get(f"{_W}val", "0"), int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0

    def label(self, paragraph: Any) -> str:
        """The number Word shows in front of ``paragraph`` ("" for none or a bullet)."""
        found = self._num_pr(paragraph._p)
        if found is None and paragraph.style is not None:
            found = self.style_numbers.get(paragraph.style.style_id)
        if found is None or found[0] == "0":
            return ""
        num_id, ilvl = found
        levels = self.levels.get(self.abstract_of.get(num_id, ""), {})
        if ilvl not in levels or levels[ilvl][0] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(num_id, [levels[i][2] - 1 if i in levels else 0 for i in range(9)])
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = levels[deeper][2] - 1 if deeper in levels else 0
        text = levels[ilvl][1]
        for level in range(9):
            if f"%{level + 1}" in text:
                fmt = levels.get(level, ("decimal", "", 1))[0]
                value = counters[level]
                chinese = fmt.startswith(("chinese", "ideograph", "japanese")) and value <= 99
                shown = chinese_numeral(value) if chinese else str(value)
                text = text.replace(f"%{level + 1}", shown)
        return text


def _table_lines(table: object) -> list[str]:
    """One line per row; a merged cell spanning columns is written once."""
    lines: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # python-docx repeats a horizontally merged cell
                continue
            previous = cell._tc
            cells.append("".join(p.text for p in cell.paragraphs).strip())
        lines.append(CELL_SEPARATOR.join(cells))
    return lines
