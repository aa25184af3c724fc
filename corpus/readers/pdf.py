"""PDF notices with a text layer: lines rejoined into paragraphs, ruled tables as `` | `` rows."""

from __future__ import annotations

import io
import re
from typing import Any

from corpus.readers import CELL_SEPARATOR, paragraphs
from corpus.readers.errors import NoticeReadError

_DAMAGED = "PDF 文件已损坏，打不开"

_TABLE_ROW_START = re.compile(r"^\d{1,3}\s*[|｜\s]")


def pdf_text(data: bytes) -> str:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        with pdf:
            pages = [_page_items(page) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds (PdfminerException, PDFSyntaxError, KeyError …)
        raise NoticeReadError(f"damaged PDF: {exc}", _DAMAGED) from exc
    lines_out: list[str] = []
    joining = False
    # The text's right margin, over the whole document (a last page of one short line has none of its own).
    right = max((item["x1"] for items in pages for kind, item in items if kind == "line"), default=0.0)
    left = min((item["x0"] for items in pages for kind, item in items if kind == "line"), default=0.0)
    for items in pages:
        for kind, item in items:
            if kind == "table":
                lines_out.extend(item)
                joining = False
                continue
            text = item["text"]
            if not text.strip() or re.fullmatch(r"[-—–\s]*\d+[-—–\s]*", text):
                continue  # a page number
            # An indented line (首行缩进) starts a paragraph even after a full line.
            indented = item["x0"] > left + 1.5 * (item["bottom"] - item["top"])
            if joining and lines_out and not indented and not _starts_item(text):
                lines_out[-1] += text
            else:
                lines_out.append(text)
            # A line that runs to the right margin was wrapped: the paragraph goes on. Wrapped
            # lines stop short of the margin by up to a character and a half (a full-width
            # character that did not fit, half-width punctuation), so allow two and a half.
            joining = item["x1"] >= right - 2.5 * (item["bottom"] - item["top"])
    if not "".join(lines_out).strip():
        raise NoticeReadError(
            "the PDF has no text layer (a scan?): run OCR first or use the .docx/.txt",
            "PDF 里没有文字层（可能是扫描件）：请先做文字识别（OCR），或改用 .docx/.txt",
        )
    return paragraphs(lines_out)


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
