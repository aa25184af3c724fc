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
from enum import Enum
from pathlib import Path

from corpus.readers import CELL_SEPARATOR
from corpus.readers.html_page import html_text

__all__ = [
    "CELL_SEPARATOR",
    "NoticeFormat",
    "decode_text",
    "detect_format",
    "html_text",
    "notice_text",
    "read_notice_document",
]


class NoticeFormat(Enum):
    """The formats a notice can be read from."""

    TXT = "txt"
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"


_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", re.I | re.S
)
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
        from corpus.readers.pdf import pdf_text

        return pdf_text(data)
    if kind is NoticeFormat.DOCX:
        from corpus.readers.word import docx_text

        return docx_text(data)
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
