"""Reading a question into a :class:`~qa.query.Query`, by rules, in layers: each file one kind of knowledge.

- :mod:`~qa.reading.patterns`: the compiled regular expressions, each with what it catches.
- :mod:`~qa.reading.arguments`: the notice's facts, and what a question names (units, role, tasks, sections,
  a count condition, what is asked).
- :mod:`~qa.reading.structural`: self-contained questions over the task table (counts, lists, set operations,
  superlatives, filters).
- :mod:`~qa.reading.followup_rules`: the single rules that read a follow-up against what the last answer showed.
- :mod:`~qa.reading.followups`: the follow-up reading, which tries those rules in order.
- :mod:`qa.query_reader`: :class:`QueryReader`, the entry, and the rules not moved here yet.
"""
