"""Reading a question into a :class:`~qa.query.Query`, by rules, in layers: each file one kind of knowledge.

- :mod:`~qa.reading.patterns`: the compiled regular expressions, each with what it catches.
- :mod:`~qa.reading.arguments`: the notice's facts, and what a question names (units, role, tasks, sections,
  a count condition, what is asked).
- :mod:`~qa.reading.structural`: self-contained questions over the task table (counts, lists, set operations,
  superlatives, filters).
- :mod:`~qa.reading.followup_rules`: the single rules that read a follow-up against what the last answer showed.
- :mod:`~qa.reading.followups`: the follow-up reading, which tries those rules in order.
- :mod:`~qa.reading.reader`: :class:`QueryReader`, the entry: declines, rewrites, then a follow-up, a structural
  question or content for retrieval.

Each layer is a class built on the one before it (``QueryReader`` → ``FollowUpReading`` → ``FollowUpRules`` →
``StructuralReading`` → ``ArgumentReading``): a rule may use any layer below its own, and no module imports upwards.
"""

from __future__ import annotations

from qa.reading.reader import QueryReader

__all__ = ["QueryReader"]
