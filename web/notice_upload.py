"""An administrator's upload of a notice into the library: ``POST /api/notices`` and the page ``/admin/notices``.

Off unless the server was started with ``--allow-upload`` (``QA_ALLOW_UPLOAD=1``). A notice is parsed before
anything changes: one that cannot be parsed is answered with a Chinese message naming the line, and the
library keeps every notice it had. A parsed notice is saved into the library folder (so it loads again on
the next start), indexed, and then added in one step.
"""

from __future__ import annotations

import hashlib
import html
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse

from corpus.formats import read_notice_document
from corpus.library import NOTICE_SUFFIXES, LibraryEntry
from corpus.parser import NoticeParseError, parse_notice_with_report
from corpus.readers.errors import reason_in_chinese
from qa.library import LibraryAssistant
from web.chat import APOLOGY

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a long notice as PDF is a few MB
UPLOAD_OFF = "上传通知的功能未开启。管理员可用 --allow-upload（或环境变量 QA_ALLOW_UPLOAD=1）启动服务后再上传。"


class UploadRejected(ValueError):
    """An upload that was not added; :attr:`chinese` says why, for the administrator."""

    def __init__(self, message: str, chinese: str) -> None:
        super().__init__(message)
        self.chinese = chinese


@dataclass(frozen=True)
class UploadResult:
    """What an accepted upload did."""

    notice: dict[str, str]  # id, doc_number, title
    added: bool  # False: the library already held a notice with the same content
    report: dict[str, object]  # the parse report (corpus.parsing.report.ParseReport.to_json)
    summary: str  # one Chinese line for the page

    def to_json(self, notices: list[dict[str, str]]) -> dict[str, Any]:
        return {
            "notice": self.notice,
            "added": self.added,
            "summary": self.summary,
            "report": self.report,
            "notices": notices,
        }


def add_uploaded_notice(library: LibraryAssistant, folder: Path, filename: str, data: bytes) -> UploadResult:
    """Parse ``data`` (a notice file named ``filename``) and add it to ``library``, saving it in ``folder``.

    Raises:
        UploadRejected: the file is empty, too large, of another type, unreadable or cannot be parsed
            (the message names the line); the library and the folder are unchanged.
    """
    name = Path(filename or "").name.strip()
    suffix = Path(name).suffix.lower()
    if suffix not in NOTICE_SUFFIXES:
        allowed = "、".join(NOTICE_SUFFIXES)
        raise UploadRejected(f"suffix must be one of {NOTICE_SUFFIXES}, got {name!r}", f"只接受 {allowed} 文件：{name}")
    if not data:
        raise UploadRejected("empty upload", f"文件 {name} 是空的。")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRejected(
            f"upload of {len(data)} bytes exceeds {MAX_UPLOAD_BYTES}",
            f"文件 {name} 太大（{len(data) // 1024 // 1024} MB），上限 {MAX_UPLOAD_BYTES // 1024 // 1024} MB。",
        )
    with tempfile.TemporaryDirectory() as scratch:
        # Parsed from a scratch copy: nothing reaches the library folder unless it parses.
        probe = Path(scratch) / f"upload{suffix}"
        probe.write_bytes(data)
        try:
            notice, report = parse_notice_with_report(read_notice_document(probe))
        except NoticeParseError as exc:
            raise UploadRejected(str(exc), f"无法解析通知 {name}：{exc.chinese}") from exc
        except (OSError, ValueError) as exc:
            raise UploadRejected(str(exc), f"无法读取通知文件 {name}：{reason_in_chinese(exc)}") from exc
    sha = hashlib.sha256(data).hexdigest()
    held = {ref.id for ref in library.refs}
    before = len(library)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_path(folder, name, data)
    written = not target.exists()
    if written:
        target.write_bytes(data)
    try:
        ref = library.add(LibraryEntry(target.stem, target, sha, notice, "built"))
    except Exception:
        if written:
            target.unlink(missing_ok=True)  # the library is unchanged: so is the folder
        raise
    added = len(library) > before and ref.id not in held
    missing = len(report.tasks_without_units)
    summary = (
        f"已加入通知库：{ref.label}，编号 {ref.id}，共{len(notice.tasks)}项任务"
        + (f"，其中{missing}项没有读出单位" if missing else "")
        + f"，跳过{len(report.skipped)}行。"
        if added
        else f"通知库里已有内容相同的通知：{ref.label}（编号 {ref.id}），未重复加入。"
    )
    return UploadResult(ref.to_json(), added, report.to_json(), summary)


def _free_path(folder: Path, name: str, data: bytes) -> Path:
    """``folder/name``, or ``name-2``… when another file holds that name (the same bytes: that file)."""
    path = folder / name
    n = 2
    while path.exists() and path.read_bytes() != data:
        path = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return path


def build_upload_router(library: LibraryAssistant | None, folder: Path | None, *, allowed: bool) -> APIRouter:
    """``POST /api/notices`` (multipart field ``file``) and the page ``/admin/notices``; 403 when not allowed."""
    router = APIRouter()

    @router.post("/api/notices")
    def upload(file: UploadFile = File(...)) -> JSONResponse:  # noqa: B008 (FastAPI's way to declare a file)
        if not allowed or library is None or folder is None:
            return JSONResponse({"error": UPLOAD_OFF}, status_code=403)
        data = file.file.read(MAX_UPLOAD_BYTES + 1)
        try:
            result = add_uploaded_notice(library, folder, file.filename or "", data)
        except UploadRejected as exc:
            detail = [{"loc": ["body", "file"], "type": "value_error", "msg": str(exc)}]
            return JSONResponse({"error": exc.chinese, "detail": detail}, status_code=422)
        except Exception:
            log.exception("adding the uploaded notice %r failed", file.filename)
            return JSONResponse({"error": APOLOGY}, status_code=500)
        return JSONResponse(result.to_json([ref.to_json() for ref in library.refs]), status_code=201)

    @router.get("/admin/notices", include_in_schema=False)
    def page() -> HTMLResponse:
        if not allowed or library is None:
            return HTMLResponse(f"<!doctype html><meta charset=utf-8><p>{html.escape(UPLOAD_OFF)}</p>", 403)
        return HTMLResponse(admin_page_html([ref.to_json() for ref in library.refs]))

    return router


def admin_page_html(notices: list[dict[str, str]]) -> str:
    """The upload page: the notices held, a file field, and the parse report of the last upload."""
    rows = "".join(
        f"<li><code>{html.escape(n['id'])}</code> {html.escape(n['doc_number'])} {html.escape(n['title'])}</li>"
        for n in notices
    )
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>通知库 · 上传通知</title>
<style>body{{font:15px/1.6 system-ui,sans-serif;max-width:48rem;margin:1.5rem auto;padding:0 1rem}}
#result{{white-space:pre-wrap;border:1px solid #ccc;padding:.6rem;border-radius:6px}}
.error{{color:#a00}}</style></head><body>
<h1>通知库</h1>
<p>上传一份任务分工类通知（.txt、.docx、.pdf、.html），加入问答的通知库。先解析；解析不了的通知不会加入，已有通知不受影响。</p>
<h2>已加载的通知</h2><ul id="notices">{rows}</ul>
<form id="upload"><input type="file" name="file" accept=".txt,.docx,.pdf,.html,.htm" required>
<button type="submit">上传并解析</button></form>
<h2>解析报告</h2><div id="result" role="status" aria-live="polite">（尚未上传）</div>
<p><a href="../">返回问答页面</a></p>
<script>
document.getElementById("upload").addEventListener("submit", function (event) {{
  event.preventDefault();
  var box = document.getElementById("result");
  box.className = ""; box.textContent = "正在解析并建立索引…";
  fetch("../api/notices", {{method: "POST", body: new FormData(event.target)}})
    .then(function (r) {{ return r.json().then(function (d) {{ return [r.ok, d]; }}); }})
    .then(function (pair) {{
      var ok = pair[0], d = pair[1];
      if (!ok) {{ box.className = "error"; box.textContent = d.error || "上传失败"; return; }}
      var r = d.report, lines = [d.summary, "版式：" + (r.layouts.join("、") || "—"),
        "没有单位的任务：" + (r.tasks_without_units.join("、") || "无"),
        "跳过的行（" + r.skipped_lines.length + "）："];
      r.skipped_lines.forEach(function (s) {{
        lines.push("  第" + s.line + "行 " + s.reason + "：" + s.text.slice(0, 40));
      }});
      box.textContent = lines.join("\\n");
      var list = document.getElementById("notices"); list.textContent = "";
      d.notices.forEach(function (n) {{
        var li = document.createElement("li");
        li.textContent = n.id + " " + n.doc_number + " " + n.title;
        list.appendChild(li);
      }});
    }}, function () {{ box.className = "error"; box.textContent = "上传失败：无法连接服务器，请稍后再试。"; }});
}});
</script></body></html>"""
