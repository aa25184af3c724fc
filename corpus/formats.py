"""Read a notice from .txt, .docx, .pdf (with a text layer) or .html into plain text lines.

The format is told by the content (magic bytes), not by the file name: a
notice saved from a government site as ``通知.doc`` may be HTML, and a ``.txt``
may be GB18030. Tables become one row per line with `` | `` between cells, the
flattening :mod:`corpus.parsing.tables` reads.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

CELL_SEPARATOR = " | "


class NoticeFormat(Enum):
    """The formats a notice can be read from."""

    TXT = "txt"
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"


_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", re.I | re.S
)
_TABLE_ROW_START = re.compile(r"^\d{1,3}\s*[|｜\s]")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_-]+)", re.I)


def detect_format(data: bytes) -> NoticeFormat:
    """Tell a notice's format from its first bytes."""
    if data.startswith(b"%PDF-"):
        return NoticeFormat.PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return NoticeFormat.DOCX
        except zipfile.BadZipFile:
            pass
        raise ValueError("a zip archive that is not a Word .docx document (no word/document.xml)")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValueError("an old binary Word .doc file: save it as .docx, .pdf or .txt first")
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return NoticeFormat.HTML
    return NoticeFormat.TXT


def decode_text(data: bytes, hint: str | None = None) -> str:
    """Decode text as UTF-8 (a BOM allowed), else the declared charset, else GB18030.

    Raises:
        ValueError: if the bytes are neither.
    """
    encodings = ["utf-8-sig"] + ([hint] if hint else []) + ["gb18030"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ValueError("not text in UTF-8 or GB18030")


def notice_text(data: bytes) -> str:
    """The text of a notice file's bytes, whatever its format.

    Raises:
        ValueError: naming the format and what is wrong (not text, a scanned
            PDF without a text layer, a damaged document).
    """
    kind = detect_format(data)
    if kind is NoticeFormat.PDF:
        return _pdf_text(data)
    if kind is NoticeFormat.DOCX:
        return _docx_text(data)
    if kind is NoticeFormat.HTML:
        m = _CHARSET.search(data[:4096])
        return html_text(decode_text(data, m.group(1).decode("ascii") if m else None))
    return decode_text(data)


def read_notice_document(path: Path | str) -> str:
    """Read the notice at ``path`` as text (any supported format).

    Raises:
        FileNotFoundError: if there is no such file.
        ValueError: naming the file when its content cannot be read.
    """
    path = Path(path)
    data = path.read_bytes()
    try:
        return notice_text(data)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc


# --- .docx -------------------------------------------------------------------------------------


def _docx_text(data: bytes) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise ValueError(f"damaged .docx document: {exc}") from exc
    lines: list[str] = []
    numbering = _WordNumbering(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            lines.append(numbering.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines.extend(_table_lines(Table(child, document)))
    return _paragraphs(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "零一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """一 … 九十九, as Word's chineseCounting writes list numbers."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


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
                shown = _chinese_number(value) if fmt.startswith(("chinese", "ideograph", "japanese")) else str(value)
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


# --- .pdf --------------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFSyntaxError, ValueError) as exc:
        raise ValueError(f"damaged PDF: {exc}") from exc
    paragraphs: list[str] = []
    joining = False
    with pdf:
        pages = [_page_items(page) for page in pdf.pages]
    # The text's right margin, over the whole document (a last page of one short line has none of its own).
    right = max((item["x1"] for items in pages for kind, item in items if kind == "line"), default=0.0)
    left = min((item["x0"] for items in pages for kind, item in items if kind == "line"), default=0.0)
    for items in pages:
        for kind, item in items:
            if kind == "table":
                paragraphs.extend(item)
                joining = False
                continue
            text = item["text"]
            if not text.strip() or re.fullmatch(r"[-—–\s]*\d+[-—–\s]*", text):
                continue  # a page number
            # An indented line (首行缩进) starts a paragraph even after a full line.
            indented = item["x0"] > left + 1.5 * (item["bottom"] - item["top"])
            if joining and paragraphs and not indented and not _starts_item(text):
                paragraphs[-1] += text
            else:
                paragraphs.append(text)
            # A line that runs to the right margin was wrapped: the paragraph goes on. Wrapped
            # lines stop short of the margin by up to a character and a half (a full-width
            # character that did not fit, half-width punctuation), so allow two and a half.
            joining = item["x1"] >= right - 2.5 * (item["bottom"] - item["top"])
    if not "".join(paragraphs).strip():
        raise ValueError("the PDF has no text layer (a scan?): run OCR first or use the .docx/.txt")
    return _paragraphs(paragraphs)


def _page_items(page: Any) -> list[tuple[str, Any]]:
    """The page's text lines and ruled tables (as `` | `` rows), top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        return not any(
            x0 - 1 <= obj.get("x0", -1)
            and obj.get("x1", 1e9) <= x1 + 1
            and top - 1 <= obj.get("top", -1)
            and obj.get("bottom", 1e9) <= bottom + 1
            for x0, top, x1, bottom in boxes
        )

    rows = (page.filter(outside) if boxes else page).extract_text_lines(return_chars=False)
    items: list[tuple[float, str, Any]] = [(r["top"], "line", r) for r in rows]
    for table in tables:
        lines = [
            CELL_SEPARATOR.join((cell or "").replace("\n", "") for cell in row)
            for row in table.extract()
            if any(cell for cell in row)
        ]
        items.append((table.bbox[1], "table", lines))
    return [(kind, item) for _top, kind, item in sorted(items, key=lambda x: x[0])]


def _starts_item(text: str) -> bool:
    """Whether a PDF line starts a new item (a marker, a label line, a table row), never a wrapped piece."""
    from corpus.parsing.numbering import match_marker
    from corpus.parsing.roles import is_label_line
    from corpus.parsing.text import normalize_line

    canonical = normalize_line(text)
    return (
        match_marker(canonical) is not None or is_label_line(canonical) or _TABLE_ROW_START.match(canonical) is not None
    )


# --- .html -------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "title",
    "blockquote",
    "pre",
    "dd",
    "dt",
}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg"}


class _TextExtractor(HTMLParser):
    """Visible text by block element; table rows with a cell that spans rows repeat it in each row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skip_depth = 0
        self.cells: list[str] | None = None
        self.row_spans: list[tuple[int, int]] = []  # (cell index, rows it spans) in the current row
        # Cells of earlier rows that span down: column → [text, rows still to fill]
        self.carried: dict[int, list[Any]] = {}
        self.pending_columns = 0  # empty cells still owed to a cell that spans columns

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag == "tr":
            self._break()
            self.cells, self.row_spans = [], []
        elif tag in ("td", "th") and self.cells is not None:
            self._fill_carried()
            spans = dict(attrs)
            self.row_spans.append((len(self.cells), _span(spans.get("rowspan"))))
            self.cells.append("")
            # A cell spanning columns is written once, with empty cells after it.
            self.pending_columns = _span(spans.get("colspan")) - 1
        elif tag == "table":
            self._break()
            self.carried = {}
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.extend([""] * self.pending_columns)
            self.pending_columns = 0
        elif tag == "tr" and self.cells is not None:
            self._fill_carried(to_end=True)
            for index, rows in self.row_spans:
                if rows > 1:
                    self.carried[index] = [self.cells[index].strip(), rows - 1]
            self.lines.append(CELL_SEPARATOR.join(c.strip() for c in self.cells))
            self.cells = None
            self._break()
        elif tag in _BLOCK_TAGS:
            self._break()

    def _fill_carried(self, to_end: bool = False) -> None:
        """Put the text of cells spanning down from earlier rows where this row leaves their column free."""
        if self.cells is None:
            return
        while (column := len(self.cells)) in self.carried or (to_end and any(c >= column for c in self.carried)):
            if column not in self.carried:
                self.cells.append("")
                continue
            text, rows = self.carried[column]
            self.cells.append(text)
            if rows <= 1:
                del self.carried[column]
            else:
                self.carried[column][1] = rows - 1

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        data = data.replace("\r", "").replace("\n", "")
        if self.cells is not None:
            if not self.cells:
                self.cells.append("")
            self.cells[-1] += data
        else:
            self.lines[-1] += data

    def _break(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")


def _span(value: str | None) -> int:
    """A rowspan/colspan attribute as a count (1 when missing or malformed)."""
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_text(html: str) -> str:
    """The visible text of an HTML page, one block element per line, table rows as `` | `` lines."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return _paragraphs(line.strip() for line in parser.lines)


def _paragraphs(lines: Iterable[str]) -> str:
    """Non-empty lines with a blank line between them: each is a whole paragraph, never a wrapped piece."""
    return "\n\n".join(line for line in lines if line.strip())
