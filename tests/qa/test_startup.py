"""The collector is paused during start-up and frozen after it, and left alone when nobody paused it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from qa.startup import pause_gc, resume_gc


@pytest.fixture(autouse=True)
def restore_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()


def test_pause_then_resume_freezes_what_start_up_built() -> None:
    gc.enable()
    pause_gc()
    assert not gc.isenabled()
    built = [[i] for i in range(1000)]  # long-lived start-up objects
    resume_gc()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)


def test_resume_without_pause_changes_nothing() -> None:
    gc.enable()
    resume_gc()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    pause_gc()
    resume_gc()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
