"""The Gradio page: a chat with cited answers and 赞/踩 feedback, a task browser and the responsibility matrix.

The chat is the page's own markup (:mod:`web.page_html`) brought to life by ``web/static/chat.js``, which
asks ``POST /api/chat`` one question at a time, in order (nothing typed is lost), and keeps the conversation
in the browser. Handlers are thin: they call the assistant and format what it returns
(:mod:`web.chat`, :mod:`web.browser`, :mod:`web.matrix_table`). No exception reaches the page: it is
logged and the user gets a Chinese apology.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from qa.library import UnknownNoticeError
from web.browser import RoleFilter, Selection, download_name, find_cjk_font, to_csv, to_xlsx
from web.chat import APOLOGY, format_answer, format_error, section_titles
from web.feedback import FeedbackInputError
from web.intro import download_stem, page_intro, unit_examples
from web.matrix_table import matrix_html
from web.page_html import chat_html, footer_html, header_html, source_line, task_panels_html, tasks_html
from web.service import Service
from web.validation import clean_text

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
ROLE_CHOICES = [("牵头或责任", RoleFilter.ANY.value), ("仅牵头", RoleFilter.LEAD.value)]
NO_FONT_NOTE = (
    "本服务器没有安装中文字体，因此不提供矩阵图片下载；上面的表格由您的浏览器显示，可直接打印或截图"
    "（管理员安装 fonts-noto-cjk 后即可下载图片）。"
)
FONT_NOTE = "需要图片时可下载 PNG（由服务器绘制，使用已安装的中文字体）。"


@dataclass(frozen=True)
class UiConfig:
    """Page-level settings for :func:`build_blocks`."""

    max_question_chars: int = 500
    # Questions answered at once (page and Gradio API share one pool). ask() is CPU-bound; the
    # encoder batches questions that arrive together (web.batching), so eight at once cost little
    # more than one, but the rest of ask() holds the GIL: on the 2-core reference machine (loopback,
    # real model) 1 → 8 → 32 concurrent /api/ask clients gave 34 → 72 → ~100 replies/s at a median of
    # 38 → 117 → ~330 ms. Eight keeps most of the throughput at a third of the latency.
    concurrency: int = 8
    # Waiting questions beyond this are refused at once with "queue full" instead of waiting for
    # long: 64 queued is a few seconds of work at full throughput.
    queue_size: int = 64
    # An administrator may add notices (--allow-upload): the page links to the upload page.
    allow_upload: bool = False


# --- CSS, the embed switch and the chat script ------------------------------------------------
# In the head as it is: Gradio rewrites the css= of a Blocks (scoping each rule), which lost the rules
# inside @media (the phone layout). chat.js moves it after Gradio's own styles, so it wins ties.
CSS = (STATIC / "page.css").read_text(encoding="utf-8")

# Embed mode (/?embed=1, or a <gradio-app src=".../?embed=1"> web component): mark <html> before the
# app renders, so the CSS hides header, tabs and footer. Then the chat's script (web/static/chat.js).
HEAD = (
    """<script>
(function () {
  var v = new URLSearchParams(window.location.search).get("embed");
  var component = document.querySelector('gradio-app[src*="embed=1"]');
  if ((v !== null && v !== "0" && v !== "false") || component) {
    document.documentElement.classList.add("qa-embed");
  }
})();
</script>
<script>
"""
    + (STATIC / "chat.js").read_text(encoding="utf-8")
    + '</script>\n<style id="qa-page-style">\n'
    + CSS
    + "</style>"
)


def theme() -> gr.themes.Base:
    """System fonts only: the page loads nothing from outside the server."""
    return gr.themes.Soft(
        primary_hue="blue",
        font=["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    )


# --- chat handlers --------------------------------------------------------------------------
FEEDBACK_FAILED = "抱歉，反馈暂时无法保存，请稍后再试。"


@dataclass(frozen=True)
class Reply:
    """One reply: the HTML shown, and the plain answer and cited tasks that feedback stores."""

    html: str
    answer: str
    tasks: tuple[int, ...]


class ChatHandlers:
    """The Gradio API's functions (the page's chat talks to ``POST /api/chat``), bound to one service."""

    def __init__(self, service: Service, config: UiConfig) -> None:
        self.service = service
        self.config = config
        self.sections = section_titles(service.notice)

    def respond(self, question: str, history: list[str], notice: str | None = None) -> Reply:
        """The reply to ``question`` (from the library's notice ``notice``, or across all when None); on an
        unknown notice, a message naming the valid ones; on any other error, an apology (the error is logged)."""
        try:
            answer = self.service.ask(question, history, notice)
        except UnknownNoticeError as exc:
            return Reply(format_error(exc.chinese), exc.chinese, ())
        except Exception:
            log.exception("answering %r failed", question[:200])
            return Reply(format_error(), APOLOGY, ())
        # In a library the page holds the first notice's full texts: other notices' tasks are named, not linked.
        home = self.service.home_id if self.service.library is not None else None
        html = format_answer(answer, self.sections, home)
        return Reply(html, answer.answer, tuple(c.task for c in answer.citations))

    def reply(self, question: str, history: list[str], notice: str | None = None) -> str:
        """The reply HTML for ``question``."""
        return self.respond(question, history, notice).html

    # Gradio API (gradio_client): fixed names, typed signatures.
    def api_ask(self, question: str, history: list[str] | None = None, notice: str | None = None) -> str:
        """Answer a question about the notice (or the library of notices) the server loaded; returns the reply
        as HTML (answer first, then cited tasks).

        Args:
            question: the question, in Chinese.
            history: earlier user questions of the conversation, oldest first (for follow-ups).
            notice: in a library of notices, the id of the notice to answer from (default: across all).
        """
        earlier = [clean_text(h) for h in history or [] if isinstance(h, str)]
        return self.reply(clean_text(question or ""), earlier, clean_text(notice or "") or None)

    def api_ask_json(
        self, question: str, history: list[str] | None = None, notice: str | None = None
    ) -> dict[str, Any]:
        """Answer a question; returns the same JSON as ``python -m qa ask --json``.

        Args:
            question: the question, in Chinese.
            history: earlier user questions of the conversation, oldest first (for follow-ups).
            notice: in a library of notices, the id of the notice to answer from (default: across all).
        """
        question = clean_text(question or "")
        try:
            earlier = [clean_text(h) for h in history or [] if isinstance(h, str)]
            return self.service.ask(question, earlier, clean_text(notice or "") or None).to_json()
        except UnknownNoticeError as exc:
            return {"error": exc.chinese}
        except Exception:
            log.exception("answering %r failed", question[:200])
            return {"error": format_error()}

    def api_feedback(
        self,
        rating: str,
        question: str,
        answer: str = "",
        tasks: list[int] | None = None,
        comment: str = "",
        notice: str | None = None,
    ) -> dict[str, Any]:
        """Store 👍/👎 on an answer (as ``POST /api/feedback``); returns ``{"id", "time"}`` once it is on disk,
        or ``{"error"}`` naming the bad value.

        Args:
            rating: "up" or "down" (also 👍/👎).
            question: the question that was answered.
            answer: the answer text that is rated.
            tasks: the task numbers the answer cited.
            comment: an optional comment, at most 2000 characters.
            notice: in a library of notices, the id of the notice the answer came from (default: the first).
        """
        try:
            record = self.service.record_feedback(
                rating,
                clean_text(question or ""),
                clean_text(answer or ""),
                list(tasks or []),
                clean_text(comment or ""),
                clean_text(notice or "") or None,
            )
        except FeedbackInputError as exc:
            return {"error": f"反馈有误：{exc}"}
        except Exception:
            log.exception("storing feedback failed")
            return {"error": FEEDBACK_FAILED}
        return {"id": record.id, "time": record.time}


# --- task browser handlers ------------------------------------------------------------------
class DownloadFiles:
    """CSV, Excel and matrix files for the browser's download buttons, one set per filter.

    Gradio serves files that handlers return (from its own cache, under the
    app's URL), so the buttons work in an iframe, in the web component and
    behind a proxy alike. Files live in one temporary folder per process.
    """

    def __init__(self, service: Service) -> None:
        self.service = service
        self._folder = tempfile.TemporaryDirectory(prefix="qa-downloads-")
        self.root = Path(self._folder.name)
        self._lock = threading.Lock()

    def _folder_for(self, selection: Selection, notice: str) -> Path:
        key = json.dumps([notice, selection.units, selection.words, selection.role.value, selection.numbers])
        folder = self.root / hashlib.sha256(key.encode()).hexdigest()[:16]
        folder.mkdir(exist_ok=True)
        return folder

    def _write(self, path: Path, make: Callable[[], bytes]) -> Path:
        with self._lock:
            if not path.exists():
                partial = path.with_suffix(path.suffix + ".part")
                partial.write_bytes(make())
                partial.replace(path)
        return path

    def tables(self, selection: Selection, notice: str = "") -> tuple[Path, Path]:
        """The CSV and Excel files of one notice's selection (an id; "": the default one), named after the
        notice and every filter (unit, role, words)."""
        records = self.service.notice_for(notice)
        folder, name = self._folder_for(selection, notice), download_name(selection, download_stem(records))
        csv_path = self._write(folder / f"{name}.csv", lambda: to_csv(selection))
        xlsx_path = self._write(folder / f"{name}.xlsx", lambda: to_xlsx(selection, source=source_line(records)))
        return csv_path, xlsx_path

    def matrix(self, selection: Selection | None = None, notice: str = "") -> Path | None:
        """The matrix picture of one notice (all tasks, or a selection's), or None when the server has no
        Chinese font."""
        font = find_cjk_font()
        if font is None:
            return None
        key = hashlib.sha256(str(font).encode()).hexdigest()[:8]  # another font, another picture
        stem = download_stem(self.service.notice_for(notice))
        if selection is None or not (selection.units or selection.words):
            folder = self.root / key / hashlib.sha256(notice.encode()).hexdigest()[:16]
            folder.mkdir(parents=True, exist_ok=True)
            return self._write(
                folder / f"任务分工矩阵-{stem}.png", lambda: self.service.matrix_png(None, notice or None)
            )
        folder = self._folder_for(selection, notice) / key
        folder.mkdir(exist_ok=True)
        return self._write(folder / f"任务分工矩阵-{download_name(selection, stem)}.png",
                           lambda: self.service.matrix_png(selection.numbers, notice or None))  # fmt: skip


class BrowserHandlers:
    """The task browser's and the matrix tab's event functions."""

    def __init__(self, service: Service, files: DownloadFiles) -> None:
        self.service = service
        self.files = files

    def _select(self, unit: str | None, words: str | None, role: str | None, notice: str | None) -> Selection:
        return self.service.select(
            unit=unit or "", words=words or "", role=role or RoleFilter.ANY.value, notice=self._notice(notice)
        )

    def _notice(self, notice: str | None) -> str:
        # The page's own notice is "" (the default), so its files and matrix are shared with the API's.
        return "" if not notice or notice == self.service.home_id else notice

    def filter(
        self, unit: str | None, words: str | None, role: str | None, notice: str | None = None
    ) -> tuple[Any, ...]:
        """Status line, task list, the two download files; the filtered matrix is hidden until asked for.

        ``notice``: the library's notice picked on the tab (None: the default one). Only the page's own
        notice has full-text panels; another notice's tasks show their text in the list itself.
        """
        try:
            selection = self._select(unit, words, role, notice)
            csv_path, xlsx_path = self.files.tables(selection, self._notice(notice))
        except Exception:
            log.exception("filtering notice=%r unit=%r words=%r role=%r failed", notice, unit, words, role)
            return "抱歉，筛选时出错了，请稍后再试。", gr.skip(), gr.skip(), gr.skip(), gr.skip()
        table = tasks_html(selection, linked=not self._notice(notice))
        return selection.message, table, str(csv_path), str(xlsx_path), gr.HTML(visible=False)

    def matrix(self, unit: str | None, words: str | None, role: str | None, notice: str | None = None) -> Any:
        """The matrix table of the filtered tasks (the filtered units' rows marked), shown under the list."""
        try:
            selection = self._select(unit, words, role, notice)
            records = self.service.notice_for(self._notice(notice))
            table = matrix_html(records, selection.numbers, highlight=selection.units)
        except Exception:
            log.exception("building the matrix for unit=%r words=%r role=%r failed", unit, words, role)
            return gr.skip()
        return gr.HTML(value=table, visible=True)

    def whole_matrix(self, notice: str | None) -> tuple[Any, Any]:
        """The matrix tab for the notice picked there: its table and its picture's download (where a font is)."""
        try:
            table = matrix_html(self.service.notice_for(self._notice(notice)))
            path = self.files.matrix(None, self._notice(notice))
        except Exception:
            log.exception("building the matrix of notice %r failed", notice)
            return gr.skip(), gr.skip()
        button = gr.DownloadButton(visible=False) if path is None else gr.DownloadButton(value=str(path), visible=True)
        return table, button

    def picture(self) -> tuple[Any, str]:
        """On page load: the matrix picture's download button where a Chinese font exists, and a plain note."""
        try:
            path = self.files.matrix()
        except Exception:
            log.exception("drawing the matrix picture failed")
            path = None
        if path is None:
            return gr.DownloadButton(visible=False), NO_FONT_NOTE
        return gr.DownloadButton(value=str(path), visible=True), FONT_NOTE


# --- the page -------------------------------------------------------------------------------
def build_blocks(service: Service, config: UiConfig | None = None) -> gr.Blocks:
    """The whole Gradio page (not yet mounted; see ``app_gradio.create_app``)."""
    config = config or UiConfig()
    chat = ChatHandlers(service, config)
    files = DownloadFiles(service)
    browser = BrowserHandlers(service, files)
    limit = config.concurrency
    initial = service.select()
    hidden: dict[str, Any] = {"api_visibility": "undocumented"}
    notices = service.notices()
    intro = page_intro(notices)
    refs = [(r.id, r.label) for r in service.library.refs] if service.library is not None else []
    # A library: the task browser and the matrix each have a choice of notice (hidden for one notice).
    choices = [(label, notice_id) for notice_id, label in refs] or [(service.notice_id, service.notice_id)]

    def notice_choice() -> gr.Dropdown:
        return gr.Dropdown(
            choices, value=service.home_id, label="通知", visible=len(refs) > 1, scale=2, interactive=True
        )

    units = unit_examples(service.notice)  # the placeholder names the page's own notice's units
    with gr.Blocks(title=intro.title, analytics_enabled=False, fill_width=False) as demo:
        gr.HTML(header_html(notices, intro.title), elem_id="qa-header")
        with gr.Tabs(elem_id="qa-tabs"):
            with gr.Tab("智能问答", id="chat"):
                gr.HTML(chat_html(intro, config.max_question_chars, refs), elem_id="qa-chat-html", padding=False)
            with gr.Tab("任务一览", id="tasks"):
                tasks_notice = notice_choice()
                with gr.Row():
                    unit_box = gr.Textbox(label="按单位筛选", placeholder=f"全称或简称，如：{'、'.join(units)}")
                    words_box = gr.Textbox(label="按关键词筛选", placeholder="任务名称或内容中的词（多个词用空格分开）")
                    role_box = gr.Radio(ROLE_CHOICES, value=RoleFilter.ANY.value, label="单位角色")
                status = gr.Markdown(initial.message, elem_id="qa-status")
                table = gr.HTML(tasks_html(initial), elem_id="qa-table", padding=False)
                csv_initial, xlsx_initial = files.tables(initial)
                with gr.Row():
                    csv_button = gr.DownloadButton(
                        "下载 CSV", value=str(csv_initial), size="md", scale=0, min_width=130
                    )
                    xlsx_button = gr.DownloadButton(
                        "下载 Excel", value=str(xlsx_initial), size="md", scale=0, min_width=130
                    )
                    matrix_button = gr.Button("查看筛选结果的分工矩阵", size="md", scale=0, min_width=200)
                filtered_matrix = gr.HTML(visible=False, elem_classes="qa-matrix", padding=False)
            with gr.Tab("分工矩阵", id="matrix"):
                matrix_notice = notice_choice()
                whole_matrix = gr.HTML(matrix_html(service.notice), elem_classes="qa-matrix", padding=False)
                with gr.Row():
                    picture_button = gr.DownloadButton(
                        "下载矩阵图片（PNG）", visible=False, size="md", scale=0, min_width=200
                    )
                    font_note = gr.Markdown("", elem_classes="qa-font-note")
        gr.HTML(footer_html(notices), elem_id="qa-footer")
        if config.allow_upload:
            gr.HTML('<p class="qa-admin"><a href="admin/notices">管理员：上传通知到通知库</a></p>', padding=False)
        gr.HTML(task_panels_html(service.notice, chat.sections), elem_id="qa-task-panel-host", padding=False)

        # Whether the server can draw the picture is checked on each page load (a font installed later counts).
        demo.load(browser.picture, None, [picture_button, font_note], queue=False, **hidden)
        gr.on(
            [tasks_notice.change, unit_box.change, words_box.change, role_box.change],
            browser.filter,
            [unit_box, words_box, role_box, tasks_notice],
            [status, table, csv_button, xlsx_button, filtered_matrix],
            concurrency_limit=None,  # record selection and two small files, a few milliseconds
            show_progress="hidden",
            **hidden,
        )
        matrix_button.click(
            browser.matrix,
            [unit_box, words_box, role_box, tasks_notice],
            filtered_matrix,
            concurrency_limit=2,
            **hidden,
        )
        matrix_notice.change(
            browser.whole_matrix, matrix_notice, [whole_matrix, picture_button], concurrency_limit=2, **hidden
        )

        gr.api(chat.api_ask, api_name="ask", concurrency_id="qa", concurrency_limit=limit)
        gr.api(chat.api_ask_json, api_name="ask_json", concurrency_id="qa", concurrency_limit=limit)
        gr.api(chat.api_feedback, api_name="feedback", concurrency_id="feedback", concurrency_limit=4)

    demo.queue(default_concurrency_limit=limit, max_size=config.queue_size)
    return demo
