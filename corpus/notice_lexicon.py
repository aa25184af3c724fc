"""Language data that belongs to one notice and cannot be derived from it, shipped next to the notice file.

``<notice>.lexicon.json`` holds, for the notice whose document number it names: the name its units lines
use for all counties, the county governments it stands for, the short forms staff type for each unit,
the notice's terms that a general tokenizer would split, and the chat page's title and example questions.
Each part names its source. A notice without such a file gets only what can be derived from its records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from corpus.records import Notice

DATA_DIR = Path(__file__).resolve().parent
SUFFIX = ".lexicon.json"


@dataclass(frozen=True)
class NoticeLexicon:
    """One notice's hand-written language data (empty for a notice that ships none)."""

    notice: str = ""  # the document number it belongs to
    all_counties: str = ""  # e.g. 各县人民政府
    county_governments: tuple[str, ...] = ()
    unit_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    key_terms: frozenset[str] = frozenset()
    page_title: str = ""  # the chat page's title for this notice (default: derived from its meta)
    examples: tuple[str, ...] = ()  # example questions for the chat page (default: generated from its records)
    sources: dict[str, str] = field(default_factory=dict)


EMPTY = NoticeLexicon()


def load_file(path: Path) -> NoticeLexicon:
    """Read one ``*.lexicon.json`` file.

    Raises:
        ValueError: naming the file when it is not valid JSON or misses ``notice`` or ``sources``.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not data.get("notice") or not isinstance(data.get("sources"), dict):
        raise ValueError(f"{path.name} must be an object with 'notice' and 'sources'")
    return NoticeLexicon(
        notice=str(data["notice"]),
        all_counties=str(data.get("all_counties", "")),
        county_governments=tuple(data.get("county_governments", ())),
        unit_aliases={str(k): tuple(v) for k, v in data.get("unit_aliases", {}).items()},
        key_terms=frozenset(data.get("key_terms", ())),
        page_title=str(data.get("page_title", "")),
        examples=tuple(str(q) for q in data.get("examples", ())),
        sources=dict(data["sources"]),
    )


@lru_cache(maxsize=8)
def _by_doc_number(folder: str) -> dict[str, NoticeLexicon]:
    lexicons = (load_file(p) for p in sorted(Path(folder).glob(f"*{SUFFIX}")))
    return {lexicon.notice: lexicon for lexicon in lexicons}


def lexicon_for(notice: Notice | None = None, folder: Path = DATA_DIR) -> NoticeLexicon:
    """The data shipped for ``notice`` (matched by document number); None: the shipped notice's."""
    by_number = _by_doc_number(str(folder))
    if notice is None:
        return next(iter(by_number.values()), EMPTY)
    return by_number.get(notice.meta.doc_number, EMPTY)
