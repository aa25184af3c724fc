"""HTML notices saved from a government site: visible text by block element, table rows as `` | `` lines."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from corpus.readers import CELL_SEPARATOR, paragraphs

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
    return paragraphs(line.strip() for line in parser.lines)
