from __future__ import annotations

from collections.abc import Callable

import pytest

from corpus import load_notice
from corpus.units import build_alias_table
from qa.conversation import State
from qa.query import Query
from qa.query_reader import QueryReader
from qa.understand import normalize_question


@pytest.fixture(scope="session")
def query_reader() -> QueryReader:
    """The query reader over the real notice."""
    notice = load_notice()
    return QueryReader(notice, build_alias_table(notice))


@pytest.fixture(scope="session")
def read(query_reader: QueryReader) -> Callable[[str], Query]:
    """A first question, normalised as the assistant does, read into a query."""
    return lambda text: query_reader.read(normalize_question(text), State())
