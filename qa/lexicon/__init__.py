"""Every hand-written language table of the product, in one place, each with where it came from.

Tables are data, not logic: the reader (:mod:`qa.reading`) and the executor use them, and the
evaluation guard (``tests/qa/test_lexicon.py``) checks that no line of them resembles an evaluation
question. Whatever the parsed notice can give (unit names, section and task titles, years, numbers)
is derived from it in :mod:`qa.lexicon.derived`, never written here.

Grammar stays with the readers: a regex there composes a table's :meth:`Table.pattern` with its own
structure (numbers, 第…项, lookarounds, optional slots). ``pattern()`` lists entries longest first, so
a table may replace an alternation only where that order does not change what is matched (no entry
a prefix of another, or only a yes/no used); an alternation whose written order decides the match
(``这两个`` before ``这两个单位`` in the reader's ``_UNIT_PAIR``) stays in the reader.

Sources used:

- ``general usage``: ordinary Chinese (or English) question wording, not taken from any question set.
- ``the notice``: read off the notice text by hand (named in the table).
- ``report``: a documented user report (the issue that asked for the table).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    """A named list of entries that share one source."""

    name: str
    source: str
    entries: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.source:
            raise ValueError(f"table {self.name!r} needs a source")

    def __iter__(self):
        return iter(self.entries)

    def pattern(self) -> str:
        """The entries as one regular-expression alternation, longest first."""
        return "|".join(sorted(self.entries, key=len, reverse=True))


def words(text: str) -> tuple[str, ...]:
    """Split a whitespace-separated block of entries."""
    return tuple(text.split())
