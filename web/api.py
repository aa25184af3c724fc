"""HTTP API for scripts and the chat page: ``POST /api/ask``, ``POST /api/chat`` (the page's reply),
``POST /api/feedback``, ``GET /api/tasks`` (+ CSV, Excel,
matrix PNG; each takes ``notice=<id>`` of a library), ``GET /healthz``.

``/api/ask`` returns exactly the CLI's answer JSON (``python -m qa ask --json``);
``/api/tasks`` exactly ``python -m qa tasks --json``. A malformed request gets a
422 ``{"error": "<Chinese message naming the field and value>", "detail": [...]}``;
nothing else ever gets a traceback (failures are logged and answered with an apology).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field, field_validator

from corpus.export import tasks_payload
from qa.answer import Answer
from qa.library import UnknownNoticeError
from web.browser import RoleFilter, Selection, download_name, find_cjk_font, to_csv, to_xlsx
from web.chat import APOLOGY, answer_text, format_answer, section_titles
from web.feedback import FeedbackInputError, FeedbackRequest
from web.intro import download_stem
from web.page_html import source_line
from web.service import Service
from web.validation import CleanStr, json_safe, unprocessable, validation_error_handler

log = logging.getLogger(__name__)


class AskRequest(BaseModel):
    """``{"question", "history": [earlier questions]}``; ``id`` is echoed back as in the CLI's batch mode."""

    question: CleanStr
    history: list[CleanStr] = Field(default_factory=list)
    id: Any = None
    notice: CleanStr | None = None  # a notice id of the library; None: across all (or the one notice)

    @field_validator("id")
    @classmethod
    def _echoable(cls, value: Any) -> Any:
        return json_safe(value)


FEEDBACK_NOT_STORED = "抱歉，反馈暂时无法保存，请稍后再试。"
NO_FONT = "服务器没有安装中文字体，无法绘制矩阵图片；请看页面上的矩阵表格，或用 /api/tasks 的数据。"


def _attachment(filename: str, ascii_name: str) -> dict[str, str]:
    """A Content-Disposition naming the file in Chinese, with an ASCII fallback for old clients."""
    return {"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"}


def _web_component_loader() -> bytes:
    """The ``gradio.js`` shipped in the installed Gradio package (one line importing its hashed bundle)."""
    import gradio

    return (Path(gradio.__file__).parent / "templates" / "frontend" / "gradio.js").read_bytes()


def build_router(service: Service, *, max_question_chars: int = 500) -> APIRouter:
    """The API routes, to be added to the FastAPI app before Gradio is mounted at ``/``.

    Args:
        service: the assistant and what goes with it.
        max_question_chars: longer questions are answered (with the length limit) but not remembered
            by the chat page as history for follow-ups.
    """
    router = APIRouter()
    sections = section_titles(service.notice)
    # In a library, the page holds the default notice's tasks; other notices' citations are named, not linked.
    home = service.library.ids[0] if service.library is not None else None

    @router.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {
            "status": "ok",
            "tasks": len(service.notice.tasks),
            "doc_number": service.notice.meta.doc_number,
            "uptime_s": round(time.time() - service.started, 1),
            "query_cache": service.query_cache(),
        }

    def unknown_notice(exc: UnknownNoticeError, where: str) -> JSONResponse:
        detail = [{"loc": [where, "notice"], "type": "value_error", "msg": str(exc)}]
        return unprocessable(f"请求格式有误：{exc.chinese}", detail)

    @router.post("/api/ask")
    def ask(request: AskRequest) -> JSONResponse:
        try:
            answer = service.ask(request.question, request.history, request.notice)
        except UnknownNoticeError as exc:
            return unknown_notice(exc, "body")
        except Exception:
            log.exception("answering %r failed", request.question[:200])
            return JSONResponse({"error": APOLOGY, "id": request.id}, status_code=500)
        return JSONResponse(answer.to_json(request.id))

    @router.post("/api/chat")
    def chat(request: AskRequest) -> JSONResponse:
        """The chat page's reply: the HTML shown, the plain text the copy button copies, the cited tasks,
        whether the question is kept as history, and the answer JSON of ``/api/ask``."""
        try:
            answer = service.ask(request.question, request.history, request.notice)
            body = {
                "id": request.id,
                "html": format_answer(answer, sections, home),
                "text": answer_text(answer, _source_number(answer, service.notice.meta.doc_number)),
                "tasks": [c.task for c in answer.citations],
                "remember": 0 < len(request.question.strip()) <= max_question_chars,
                "answer": answer.to_json(request.id),
            }
        except UnknownNoticeError as exc:
            return unknown_notice(exc, "body")
        except Exception:
            log.exception("answering %r failed", request.question[:200])
            return JSONResponse({"error": APOLOGY, "id": request.id}, status_code=500)
        return JSONResponse(body)

    @router.post("/api/feedback", status_code=201)
    def feedback(request: FeedbackRequest) -> JSONResponse:
        """Store 👍/👎 on an answer; 201 ``{"id", "time"}`` only once the record is fsynced."""
        try:
            record = service.record_feedback(
                request.rating, request.question, request.answer, request.tasks, request.comment, request.notice
            )
        except FeedbackInputError as exc:
            detail = [{"loc": ["body", exc.field], "type": "value_error", "msg": str(exc)}]
            return unprocessable(f"反馈有误：{exc}", detail)
        except OSError:
            log.exception("storing feedback failed")
            return JSONResponse({"error": FEEDBACK_NOT_STORED}, status_code=503)
        return JSONResponse({"id": record.id, "time": record.time}, status_code=201)

    @router.get("/api/tasks")
    def tasks(notice: str = "") -> JSONResponse:
        try:
            return JSONResponse(tasks_payload(service.notice_for(notice.strip())))
        except UnknownNoticeError as exc:
            return unknown_notice(exc, "query")

    @router.get("/api/notices")
    def notices() -> JSONResponse:
        """The notices a question may pick (``notice`` of /api/ask, /api/chat and /api/tasks)."""
        if service.library is not None:
            return JSONResponse({"notices": [ref.to_json() for ref in service.library.refs]})
        meta = service.notice.meta
        ref = {"id": service.notice_id, "doc_number": meta.doc_number, "title": meta.title or meta.plan_title}
        return JSONResponse({"notices": [ref]})

    def selection(unit: str, q: str, role: str, notice: str) -> Selection:
        return service.select(unit=unit, words=q, role=RoleFilter.parse(role), notice=notice.strip())

    def stem(notice: str) -> str:
        return download_stem(service.notice_for(notice.strip()))

    @router.get("/api/tasks.csv")
    def tasks_csv(
        unit: str = "", q: str = "", role: str = Query("any", pattern="^(any|lead)$"), notice: str = ""
    ) -> Response:
        try:
            chosen = selection(unit, q, role, notice)
        except UnknownNoticeError as exc:
            return unknown_notice(exc, "query")
        name = f"{download_name(chosen, stem(notice))}.csv"
        return Response(to_csv(chosen), media_type="text/csv; charset=utf-8", headers=_attachment(name, "tasks.csv"))

    @router.get("/api/tasks.xlsx")
    def tasks_xlsx(
        unit: str = "", q: str = "", role: str = Query("any", pattern="^(any|lead)$"), notice: str = ""
    ) -> Response:
        try:
            chosen = selection(unit, q, role, notice)
        except UnknownNoticeError as exc:
            return unknown_notice(exc, "query")
        return Response(
            to_xlsx(chosen, source=source_line(service.notice_for(notice.strip()))),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers=_attachment(f"{download_name(chosen, stem(notice))}.xlsx", "tasks.xlsx"),
        )

    @router.get("/api/matrix.png")
    def matrix(
        unit: str = "", q: str = "", role: str = Query("any", pattern="^(any|lead)$"), notice: str = ""
    ) -> Response:
        """The matrix picture; 503 saying why where the server has no Chinese font (the page's table needs none)."""
        if find_cjk_font() is None:
            return JSONResponse({"error": NO_FONT}, status_code=503)
        try:
            chosen = selection(unit, q, role, notice)
        except UnknownNoticeError as exc:
            return unknown_notice(exc, "query")
        numbers = None if not unit.strip() and not q.strip() else chosen.numbers
        return Response(
            service.matrix_png(numbers, notice.strip() or None),
            media_type="image/png",
            headers={"Cache-Control": "public, max-age=3600"},
        )

    web_component = _web_component_loader()

    @router.get("/gradio.js", include_in_schema=False)
    def gradio_js() -> Response:
        """Gradio's own loader for the ``<gradio-app>`` web component (it imports the app's /assets)."""
        headers = {"Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*"}  # module scripts need CORS
        return Response(web_component, media_type="text/javascript", headers=headers)

    @router.get("/embed", include_in_schema=False)
    def embed() -> RedirectResponse:
        return RedirectResponse("./?embed=1", status_code=307)

    return router


def _source_number(answer: Answer, default: str) -> str:
    """The document number a copied answer cites: its first citation's notice in a library, else ``default``."""
    first = next((c.notice for c in answer.citations if c.notice is not None), None)
    return first.short_label if first is not None else default


async def _unexpected_error(request: Request, _exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path)
    return JSONResponse({"error": APOLOGY}, status_code=500)


def install_error_handlers(app: FastAPI) -> None:
    """Chinese 422s for malformed requests, and an apology (never a traceback) for anything unexpected."""
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(Exception, _unexpected_error)
