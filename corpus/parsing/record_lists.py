"""A notice published as a list of records (JSON or JavaScript objects), read as the task list it stands for.

A task-division list is sometimes published as data rather than print: a dashboard's ``const TASKS = [{"id": 1,
"task": "…", "owner": "省甲厅", "co": "省乙厅、省丙厅"}, …]``, an export's ``[{"序号": 1, "重点任务": "…",
"牵头单位": "…", "配合单位": "…"}]``. Each record is a row and its keys are the columns; once the keys are named as a
table's header words (English keys through a small vocabulary of the usual names), each record becomes a numbered
item with a label line per units field ("1. …" / "牵头单位：省甲厅" / "配合单位：省乙厅"), which the parser reads as
any notice printed with label lines. Only keys naming a number, the task or its units are kept: headings
(``category``), deadlines and other fields are no part of who does what.
"""

from __future__ import annotations

import json
import re

from corpus.parsing.tables import Column, column_of

# A flat object literal (no object inside it): a record. One cut by the end of the text has no closing brace.
_RECORD = re.compile(r"\{(?P<body>[^{}]*)(?P<end>\}|$)")
_STRING = r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`"""
# A key and its value inside a record: a quoted or bare key, a quoted string, a number or a literal.
_PAIR = re.compile(
    rf"""(?P<key>"[^"\n]{{1,30}}"|'[^'\n]{{1,30}}'|[A-Za-z_$\u4e00-\u9fff][\w$\u4e00-\u9fff-]{{0,29}})\s*:\s*"""
    rf"""(?P<value>{_STRING}|-?\d+(?:\.\d+)?|true|false|null)"""
)
# English keys, written any way (taskName, task_name, co-units), named by the header word of the same column.
# The usual names of a task list's fields: the lead (owner, lead), the units taking part (co, support), the units
# in charge with no lead named (responsible), the task (task, title, content), its number (id, no). A key naming
# units without a role (units, department) is read as a 责任分工 field: its value's own words say who leads.
_ENGLISH_KEYS = {
    "id": "序号",
    "no": "序号",
    "num": "序号",
    "number": "序号",
    "index": "序号",
    "seq": "序号",
    "task": "工作任务",
    "taskname": "工作任务",
    "tasktitle": "工作任务",
    "title": "工作任务",
    "content": "工作任务",
    "measure": "工作任务",
    "item": "工作任务",
    "name": "工作任务",
    "owner": "牵头单位",
    "lead": "牵头单位",
    "leadunit": "牵头单位",
    "leadunits": "牵头单位",
    "leaddept": "牵头单位",
    "leaddepartment": "牵头单位",
    "co": "配合单位",
    "counit": "配合单位",
    "counits": "配合单位",
    "coop": "配合单位",
    "cooperate": "配合单位",
    "cooperation": "配合单位",
    "partner": "配合单位",
    "partners": "配合单位",
    "support": "配合单位",
    "assist": "配合单位",
    "responsible": "责任单位",
    "responsibleunit": "责任单位",
    "unit": "责任分工",
    "units": "责任分工",
    "dept": "责任分工",
    "department": "责任分工",
}
_KEPT = (Column.NUMBER, Column.TASK, Column.LEAD, Column.RESPONSIBLE, Column.STATED)
_UNITS = frozenset({Column.LEAD, Column.RESPONSIBLE, Column.STATED})
# Fewer records naming a task and its units are no list of tasks (one object may sit in any page's code).
_MIN_RECORDS = 2


def record_fields(text: str) -> list[dict[str, str]]:
    """The records of object text, each as its keys and values (strings decoded, numbers as printed).

    A record cut by the end of the text keeps only what it printed whole, and says so under the key ``""``.
    """
    records: list[dict[str, str]] = []
    for m in _RECORD.finditer(text):
        fields = {pair.group("key").strip("\"'"): _value(pair.group("value")) for pair in _PAIR.finditer(m["body"])}
        if not fields:
            continue
        if not m["end"]:
            fields[""] = "cut"
        records.append(fields)
    return records


def _value(value: str) -> str:
    """A value's text: a quoted string decoded (escapes, line breaks as spaces), anything else as printed."""
    if value[0] == '"':
        try:
            value = json.loads(value)
        except ValueError:
            value = value[1:-1]
    elif value[0] in "'`":
        value = value[1:-1].replace("\\'", "'")
    elif value == "null":
        value = ""
    # A cell of a `` | `` row holds no border and no run of spaces (both split cells).
    return re.sub(r"\s+", " ", value.replace("|", "/")).strip()


def header_word(key: str) -> str | None:
    """The table header word a record's key stands for (a Chinese key is one already), or None."""
    if re.search(r"[\u4e00-\u9fff]", key):
        return key if column_of(key) is not None else None
    return _ENGLISH_KEYS.get(re.sub(r"[\W_]", "", key).lower())


def key_columns(keys: list[str]) -> dict[str, Column]:
    """The keys naming a number, the task or units, with their columns read as a header's (in each other's light).

    "责任单位" beside "配合单位" names the units in charge, as in a printed table's header.
    """
    words = {key: word for key in keys if (word := header_word(key)) is not None}
    header = set(words.values())
    return {key: column for key, word in words.items() if (column := column_of(word, header)) in _KEPT}


def records_as_items(lines: list[str]) -> list[str] | None:
    """A list of records naming tasks and their units as numbered items with label lines, else None.

    Each record becomes "N. <task>" (its printed number, or its place in the list where it prints none) and a
    line "<label>：<units>" per units field, the label the header word its key stands for ("owner" → 牵头单位):
    the layout of label lines, read as any notice printed so. A record naming its task under several keys (a
    title, then content) gives their texts in order. Read only where at least two records name a task and a
    unit under keys that make a table's header (a task column and a units column). A record cut by the end of
    the text keeps its number and task; its units may be cut too, so it names none.
    """
    records = record_fields("\n".join(lines))
    columns = key_columns(list(dict.fromkeys(key for record in records for key in record if key)))
    kinds = set(columns.values())
    if Column.TASK not in kinds or not kinds & _UNITS:
        return None
    tasks = [record for record in records if _names_task_and_units(record, columns)]
    if len(tasks) < _MIN_RECORDS:
        return None
    items: list[str] = []
    for place, record in enumerate(tasks, start=1):
        number = next((record[k] for k, c in columns.items() if c is Column.NUMBER and record.get(k)), "")
        number = number if number.isdigit() else str(place)
        text = "".join(_sentence(record[k]) for k, c in columns.items() if c is Column.TASK and record.get(k))
        items.append(f"{number}. {text}")
        if "" not in record:
            # A record closed by its brace is whole: its units close with a full stop, never read as a list the
            # end of the text cut short (as an excerpt's last line may be).
            fields = [f"{header_word(k)}：{record[k]}" for k, c in columns.items() if c in _UNITS and record.get(k)]
            items.extend(_sentence(field) for field in fields)
    return items


def _sentence(text: str) -> str:
    """A field's text closed by a full stop, so that the next field's text starts a sentence of its own."""
    return text if text.endswith(("。", "！", "？", "；", ".")) else f"{text}。"


def _names_task_and_units(record: dict[str, str], columns: dict[str, Column]) -> bool:
    """Whether a record names its task and units (a cut record needs no units: they may be what the cut lost)."""
    task = any(record.get(key) for key, column in columns.items() if column is Column.TASK)
    units = any(record.get(key) for key, column in columns.items() if column in _UNITS)
    return task and (units or "" in record)
