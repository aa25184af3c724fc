"""Question answering over the notice: understand → retrieve → answer.

Entry points: :func:`qa.factory.build_assistant` and :meth:`qa.assistant.Assistant.ask`;
the command line is :mod:`qa.cli` (``python -m qa``).
"""

from __future__ import annotations

from qa.answer import Answer, Citation, Intent

__all__ = ["Answer", "Citation", "Intent"]
