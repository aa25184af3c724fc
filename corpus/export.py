"""The notice as plain JSON (the ``python -m qa tasks --json`` contract, also served at ``/api/tasks``)."""

from __future__ import annotations

from typing import Any

from corpus.records import Notice


def tasks_payload(notice: Notice) -> dict[str, Any]:
    """``{"notice": {metadata and sections}, "tasks": [...]}``, exactly as ``python -m qa tasks --json``."""
    meta = notice.meta
    return {
        "notice": {
            "issuer": meta.issuer,
            "doc_number": meta.doc_number,
            "written_date": meta.written_date,
            "published_date": meta.published_date,
            "title": meta.title,
            "plan_title": meta.plan_title,
            "subject": meta.subject,
            "addressees": list(meta.addressees),
            "signed_date": meta.signed_date,
            "sections": [{"section": s.number, "title": s.title, "tasks": list(s.tasks)} for s in notice.sections],
        },
        "tasks": [
            {
                "task": t.number,
                "title": t.title,
                "section": t.section,
                "lead_units": list(t.lead_units),
                "responsible_units": list(t.responsible_units),
                "text": t.text,
            }
            for t in notice.tasks
        ],
    }
