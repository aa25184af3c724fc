"""Generic parsing of task-division notices (任务分工方案, 重点任务分解, 责任分工).

One small module per concern: :mod:`text` (canonical line form), :mod:`numbering`
(heading and item markers), :mod:`unit_lists` (splitting unit lists with their
typesetting noise), :mod:`roles` (who leads and who is responsible, from label
lines or inline parentheses), :mod:`tables` (tables flattened to text),
:mod:`blocks` (lines into numbered blocks), :mod:`layout` (which blocks are
tasks) and :mod:`report` (what was understood and what was skipped).
"""
