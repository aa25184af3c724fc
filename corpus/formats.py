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
from corpus.readers.errors import NoticeReadError
from corpus.readers.html_page import html_text

__all__ = [
    "CELL_SEPARATOR",
    "NoticeFormat",
    "NoticeReadError",
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
        raise NoticeReadError(
            "a zip archive that is not a Word .docx document (no word/document.xml)",
            "这是一个压缩包，但不是 Word .docx 文档",
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise NoticeReadError(
            "an old binary Word .doc file: save it as .docx, .pdf or .txt first",
            "这是旧版 Word .doc 文件：请先在 Word 里另存为 .docx、.pdf 或 .txt",
        )
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return NoticeFormat.HTML
    return NoticeFormat.TXT


def decode_text(data: bytes, hint: str | None = None) -> str:
    """Decode text as UTF-8 (a BOM allowed), UTF-16 with its BOM, else the declared charset, else GB18030.

    Raises:
        NoticeReadError: (a ValueError) if the bytes are none of these.
    """
    # Windows Notepad saves "Unicode" text as UTF-16 with a byte-order mark.
    utf16 = ["utf-16"] if data.startswith((b"\xff\xfe", b"\xfe\xff")) else []
    encodings = ["utf-8-sig", *utf16] + ([hint] if hint else []) + ["gb18030"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise NoticeReadError(
        "not text in UTF-8 or GB18030",
        "读不出文字：既不是 UTF-8 或 GB18030 编码的文本，也不是 .docx、.pdf 或网页文件",
    )


def notice_text(data: bytes) -> str:
    """The text of a notice file's bytes, whatever its format.

    Raises:
        NoticeReadError: (a ValueError) naming the format and what is wrong (not
            text, a scanned PDF without a text layer, a damaged document).
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
        NoticeReadError: (a ValueError) naming the file when its content cannot be read.
    """
    path = Path(path)
    data = path.read_bytes()
    try:
        return notice_text(data)
    except NoticeReadError as exc:
        raise exc.naming(path) from exc
