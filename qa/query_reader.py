"""The old home of :class:`~qa.reading.reader.QueryReader`, kept so that existing imports still work.

The reader now lives in the package :mod:`qa.reading` (patterns, arguments, structural and follow-up
rules, the reader itself); import it from there in new code.
"""

from __future__ import annotations

from qa.reading import QueryReader

__all__ = ["QueryReader"]
