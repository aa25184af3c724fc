from __future__ import annotations

import pytest

from qa.assistant import Assistant
from qa.factory import build_assistant
from qa.settings import Settings
from tests.fakes import FakeEncoder


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    """An assistant over the real notice with the fake encoder (no model, no cache)."""
    return build_assistant(
        Settings(use_cache=False, decline_off_topic=False), encoder=FakeEncoder(), progress=lambda _: None
    )
