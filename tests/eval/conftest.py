"""Shared fixtures: the real assistant wired to a fake encoder, and a handful of labelled questions."""

from __future__ import annotations

import pytest

from eval.questions import KINDS, Question, load_split
from eval.run import System, load_system
from qa.settings import Settings
from tests.fakes import FakeEncoder


@pytest.fixture(scope="session")
def fake_system(tmp_path_factory: pytest.TempPathFactory) -> System:
    """The assistant as ``python -m qa`` builds it, with a character-hashing encoder and no disk cache."""
    settings = Settings(cache_dir=tmp_path_factory.mktemp("qa-cache"), use_cache=False)
    return load_system(settings, encoder=FakeEncoder(), progress=lambda _message: None)


@pytest.fixture(scope="session")
def handful() -> tuple[Question, ...]:
    """The first two dev questions of every kind (20 questions)."""
    dev = load_split("dev")
    return tuple(q for kind in KINDS for q in [q for q in dev if q.kind == kind][:2])
