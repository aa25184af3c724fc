"""Write a notice's text as .docx, .pdf or .html, the way offices publish it (for format tests)."""

from __future__ import annotations

import html
import io
from xml.sax.saxutils import escape

from corpus.formats import CELL_SEPARATOR


def _blocks(text: str) -> list[str | list[list[str]]]:
    """Lines of text, with runs of `` | `` rows gathered into tables."""
    blocks: list[str | list[list[str]]] = []
    for line in text.splitlines():
        if CELL_SEPARATOR.strip() in line and line.count("|") >= 2:
            row = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and isinstance(blocks[-1], list):
                blocks[-1].append(row)
            else:
                blocks.append([row])
        else:
            blocks.append(line)
    return blocks


def to_docx(text: str) -> bytes:
    """One Word paragraph per line; `` | `` rows become a real Word table."""
    from docx import Document

    document = Document()
    for block in _blocks(text):
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        width = max(len(r) for r in block)
        table = document.add_table(rows=len(block), cols=width)
        for r, row in enumerate(block):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def to_pdf(text: str) -> bytes:
    """An A4 PDF with a text layer (reportlab's built-in Chinese font STSong-Light), lines wrapped at the margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    # Paragraphs indented by two characters (首行缩进), as official documents are set.
    style = ParagraphStyle(
        "notice", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK", firstLineIndent=22
    )
    cell_style = ParagraphStyle("cell", parent=style, firstLineIndent=0)
    story: list[object] = []
    for block in _blocks(text):
        if isinstance(block, list):
            # A ruled table, as offices print 任务分解表; cells wrap inside their column.
            width = max(len(r) for r in block)
            cells = [[Paragraph(escape(c), cell_style) for c in row + [""] * (width - len(row))] for row in block]
            widths = _column_widths(block, width, 451.0)
            story.append(Table(cells, colWidths=widths, style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        elif block.strip():
            story.append(Paragraph(escape(block.strip()), style))
        else:
            story.append(Spacer(1, 8))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title="notice").build(story)
    return buffer.getvalue()


def _column_widths(rows: list[list[str]], width: int, total: float) -> list[float]:
    """Share the page width by each column's longest cell (a 序号 column stays narrow)."""
    longest = [max(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(width)]
    weights = [min(max(n, 2), 40) for n in longest]
    return [total * w / sum(weights) for w in weights]


def to_html(text: str, charset: str = "utf-8") -> bytes:
    """A government-site page: navigation, the notice in <p> paragraphs and <table> rows, a footer."""
    body: list[str] = []
    for block in _blocks(text):
        if isinstance(block, str):
            body.append(f"<p style='text-indent:2em'>{html.escape(block)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in block)
            body.append(f"<table border='1'><tbody>{rows}</tbody></table>")
    page = (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>政府信息公开</title>"
        "<script>var nav = '首页 > 政策文件';</script><style>p{margin:0}</style></head><body>"
        "<div class='nav'><a href='/'>首页</a></div><div class='article'>" + "\n".join(body) + "</div>"
        "<div class='footer'>主办单位：某市人民政府办公室</div></body></html>"
    )
    return page.encode(charset)
