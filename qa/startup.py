"""The garbage collector during start-up: paused while the long-lived objects are built, then frozen.

Start-up creates many objects that live as long as the process (jieba's dictionary, the index,
the answer tables; with torch, ~460k). Each automatic collection during start-up walks all of them
again and finds nothing to free, and so does the final collection at exit. Entry points call
:func:`pause_gc` first and :func:`resume_gc` once the assistant is built: ``gc.freeze()`` moves
everything alive by then out of the collector's sight, so later collections stay small.
Measured with ``python -m eval bench`` (cold ``qa ask``); see the README.
"""

from __future__ import annotations

import gc

_paused = False


def pause_gc() -> None:
    """Turn automatic collection off until :func:`resume_gc` (no-op when it is already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_gc() -> None:
    """Freeze what start-up built and turn collection back on, if :func:`pause_gc` turned it off."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False
