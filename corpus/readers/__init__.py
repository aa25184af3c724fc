"""Readers that turn a notice file's bytes into text lines, one module per format.

Shared conventions: a table row is one line with `` | `` between its cells, and
formats whose paragraphs are never hard-wrapped (Word, HTML, rejoined PDF lines)
put a blank line between paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable

CELL_SEPARATOR = " | "


def paragraphs(lines: Iterable[str]) -> str:
    """Non-empty lines with a blank line between them: each is a whole paragraph, never a wrapped piece."""
    return "\n\n".join(line for line in lines if line.strip())
