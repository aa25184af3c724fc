"""The Gradio page: a chat with cited answers and 👍/👎 feedback, a task browser and the responsibility matrix.

Handlers are thin: they call the assistant and format what it returns
(:mod:`web.chat`, :mod:`web.browser`, :mod:`web.feedback`). No exception reaches
the page: it is logged and the user gets a Chinese apology.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from qa.feedback import MAX_COMMENT_CHARS
from web.browser import DOWNLOAD_NAME, RoleFilter, Selection, table_rows, to_csv, to_xlsx
from web.chat import APOLOGY, escape_user_text, format_answer, format_error, section_titles
from web.feedback import THANKS, FeedbackInputError
from web.service import Service
from web.validation import clean_text

log = logging.getLogger(__name__)

TITLE = "海东市县城城镇化建设任务分工 · 智能问答"
EXAMPLES = ("谁牵头污水处理", "自然资源局牵头哪些任务", "每个县要有几所二甲医院", "城里没地方遛弯怎么办")
ROLE_CHOICES = [("牵头或责任", RoleFilter.ANY.value), ("仅牵头", RoleFilter.LEAD.value)]
COLUMN_WIDTHS = ["6%", "25%", "9%", "24%", "36%"]
COLUMN_WIDTHS_WITH_ROLE = ["6%", "19%", "9%", "18%", "28%", "20%"]


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


# --- CSS and the embed switch ---------------------------------------------------------------
CSS = """
.gradio-container { max-width: 1180px !important; margin: 0 auto !important; }
#qa-header { padding: 4px 2px 0; }
#qa-header h1 { font-size: 1.3rem; margin: 0; color: var(--body-text-color); font-weight: 700; }
#qa-header p { margin: 4px 0 0; color: var(--body-text-color-subdued); font-size: .88rem; }
#qa-footer { font-size: .78rem; color: var(--body-text-color-subdued); text-align: center; padding: 4px 0 8px; }
#qa-footer a { color: inherit; }
.qa-reply { line-height: 1.7; }
.qa-reply .qa-answer { margin-bottom: 2px; }
.qa-out .qa-answer { color: var(--body-text-color-subdued); }
.qa-cites-title { margin-top: 10px; font-weight: 600; font-size: .88rem; color: var(--body-text-color-subdued); }
.qa-cite { border: 1px solid var(--border-color-primary); border-left: 4px solid #1f4e79; border-radius: 6px;
  padding: 6px 10px; margin: 6px 0; background: var(--background-fill-secondary); }
.qa-cite-head { font-size: .95rem; }
.qa-task-no { display: inline-block; background: #1f4e79; color: #fff; border-radius: 4px; padding: 0 6px;
  font-size: .82rem; margin-right: 2px; }
.qa-role { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: .78rem; margin-left: 4px; }
.qa-role-lead { background: #1f4e79; color: #fff; }
.qa-role-responsible { border: 1px solid #d9822b; color: #b3621a; }
.qa-section { color: var(--body-text-color-subdued); font-size: .8rem; margin: 1px 0 3px; }
.qa-units { font-size: .88rem; margin: 1px 0; }
.qa-label { display: inline-block; min-width: 4.6em; font-weight: 600; color: var(--body-text-color-subdued); }
.qa-text { font-size: .88rem; margin-top: 3px; }
.qa-reply details summary { cursor: pointer; color: var(--link-text-color, #1f4e79); font-size: .85rem; }
.qa-reply mark { background: #ffe98a; color: #222; padding: 0 1px; border-radius: 2px; }
#qa-status p { margin: 0; }
#qa-feedback-status { font-size: .85rem; color: var(--body-text-color-subdued); min-height: 1.3em; }
#qa-feedback-status p { margin: 0; }
#qa-input .submit-button { background: var(--button-primary-background-fill); color: var(--button-primary-text-color);
  border-radius: 6px; padding: 4px 16px; font-weight: 600; }
.qa-matrix img { object-fit: contain; }
html.qa-embed #qa-header, html.qa-embed #qa-footer, html.qa-embed #qa-tabs > .tab-wrapper,
html.qa-embed #qa-clear, html.qa-embed .form:has(> #qa-comment), html.qa-embed footer { display: none !important; }
html.qa-embed #qa-feedback-status { margin-top: -10px; font-size: .8rem; }
html.qa-embed .gradio-container { padding: 0 !important; }
html.qa-embed .gradio-container > .main { padding: 6px 8px !important; }
html.qa-embed #qa-chat { height: calc(100vh - 128px) !important; min-height: 200px !important; }
"""

# Embed mode (/?embed=1, or a <gradio-app src=".../?embed=1"> web component): mark <html> before the
# app renders, so the CSS above hides header, tabs and footer.
HEAD = """<script>
(function () {
  var v = new URLSearchParams(window.location.search).get("embed");
  var component = document.querySelector('gradio-app[src*="embed=1"]');
  if ((v !== null && v !== "0" && v !== "false") || component) {
    document.documentElement.classList.add("qa-embed");
  }
})();
</script>"""


# After a question: show it at the bottom. After an answer: show the question and the top of the reply
# (the direct answer comes first), not its last citation, where a plain autoscroll would leave the reader.
SCROLL_JS = """(where) => {
  setTimeout(() => {
    const chat = document.querySelector("#qa-chat");
    if (!chat) return;
    const last = (selector) => { const all = chat.querySelectorAll(selector); return all[all.length - 1] || null; };
    const target = where === "reply" ? last(".user-row") || last(".qa-reply") : null;
    let box = (target || chat.querySelector("[role=log]") || chat).parentElement;
    while (box && box !== chat.parentElement) {
      const style = getComputedStyle(box);
      if (/(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight) break;
      box = box.parentElement;
    }
    if (!box || box === chat.parentElement) return;
    box.scrollTop = target
      ? box.scrollTop + target.getBoundingClientRect().top - box.getBoundingClientRect().top - 12
      : box.scrollHeight;
  }, 60);
  return [];
}"""


def theme() -> gr.themes.Base:
    """System fonts only: the page loads nothing from outside the server."""
    return gr.themes.Soft(
        primary_hue="blue",
        font=["Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    )


# --- chat handlers --------------------------------------------------------------------------
Messages = list[dict[str, Any]]
# What was answered, by the chat index of the reply: what a 👍/👎 on that reply is stored with.
Replies = dict[int, dict[str, Any]]

FEEDBACK_HINT = "对回答有意见？可先写在这里（可选），再点回答下方的“赞”或“踩”图标提交。"
FEEDBACK_UNKNOWN_REPLY = "这条回答已无法评价（可能对话已清空或页面已刷新），请重新提问后再评价。"
FEEDBACK_WITHDRAWN = "已取消这次选择；之前记录的反馈仍保留。"
FEEDBACK_FAILED = "抱歉，反馈暂时无法保存，请稍后再试。"


@dataclass(frozen=True)
class Reply:
    """One reply: the HTML shown, and the plain answer and cited tasks that feedback stores."""

    html: str
    answer: str
    tasks: tuple[int, ...]


class ChatHandlers:
    """The chat's event functions, bound to one service."""

    def __init__(self, service: Service, config: UiConfig) -> None:
        self.service = service
        self.config = config
        self.sections = section_titles(service.notice)

    def respond(self, question: str, history: list[str]) -> Reply:
        """The reply to ``question``; on any error, an apology (the error goes to the log)."""
        try:
            answer = self.service.ask(question, history)
        except Exception:
            log.exception("answering %r failed", question[:200])
            return Reply(format_error(), APOLOGY, ())
        return Reply(format_answer(answer, self.sections), answer.answer, tuple(c.task for c in answer.citations))

    def reply(self, question: str, history: list[str]) -> str:
        """The reply HTML for ``question``."""
        return self.respond(question, history).html

    def submit(self, text: str | None, chat: Messages | None) -> tuple[Any, Any, str]:
        """Show the question in the chat at once and clear the box; the answer follows."""
        text = clean_text(text or "")
        if not text.strip():
            return gr.skip(), gr.skip(), ""
        user = {"role": "user", "content": escape_user_text(text)}
        return "", [*(chat or []), user], text

    def example(self, chat: Messages | None, event: gr.SelectData) -> tuple[Messages, str]:
        """An example question was clicked: ask it."""
        value = event.value if isinstance(event.value, dict) else {"text": str(event.value)}
        text = clean_text(str(value.get("text", "")))
        return [*(chat or []), {"role": "user", "content": escape_user_text(text)}], text

    def answer(
        self, pending: str, chat: Messages | None, questions: list[str] | None, replies: Replies | None = None
    ) -> tuple[Any, Any, str, Any]:
        """Answer the pending question; remember it (if answerable) for follow-ups, and what was
        answered for feedback on the reply."""
        pending = clean_text(pending or "")
        if not pending.strip():
            return gr.skip(), gr.skip(), "", gr.skip()
        earlier = list(questions or [])
        messages = list(chat or [])
        reply = self.respond(pending, earlier)
        if len(pending.strip()) <= self.config.max_question_chars:
            earlier.append(pending)
        answered = {
            **(replies or {}),
            len(messages): {"question": pending, "answer": reply.answer, "tasks": reply.tasks},
        }
        return [*messages, {"role": "assistant", "content": reply.html}], earlier, "", answered

    def like(self, comment: str | None, replies: Replies | None, event: gr.LikeData) -> tuple[str, Any]:
        """👍/👎 on a reply: store it with its question, answer, cited tasks and the optional comment.

        Returns the confirmation (or the reason nothing was stored) and the comment box (cleared once stored).
        """
        if event.liked is not True and event.liked is not False:  # the thumb was clicked off again
            return FEEDBACK_WITHDRAWN, gr.skip()
        index = event.index[0] if isinstance(event.index, (list, tuple)) else event.index
        turn = (replies or {}).get(index)
        if turn is None:
            return FEEDBACK_UNKNOWN_REPLY, gr.skip()
        rating = "up" if event.liked else "down"
        try:
            self.service.record_feedback(
                rating, turn["question"], turn["answer"], turn["tasks"], clean_text(comment or "")
            )
        except FeedbackInputError as exc:
            return f"反馈未能记录：{exc}", gr.skip()
        except Exception:
            log.exception("storing feedback on reply %r failed", index)
            return FEEDBACK_FAILED, gr.skip()
        return THANKS, ""

    # Gradio API (gradio_client): fixed names, typed signatures.
    def api_ask(self, question: str, history: list[str] | None = None) -> str:
        """Answer a question about 东政办〔2023〕26号; returns the reply as HTML (answer first, then cited tasks).

        Args:
            question: the question, in Chinese.
            history: earlier user questions of the conversation, oldest first (for follow-ups).
        """
        return self.reply(clean_text(question or ""), [clean_text(h) for h in history or [] if isinstance(h, str)])

    def api_ask_json(self, question: str, history: list[str] | None = None) -> dict[str, Any]:
        """Answer a question; returns the same JSON as ``python -m qa ask --json``.

        Args:
            question: the question, in Chinese.
            history: earlier user questions of the conversation, oldest first (for follow-ups).
        """
        question = clean_text(question or "")
        try:
            earlier = [clean_text(h) for h in history or [] if isinstance(h, str)]
            return self.service.ask(question, earlier).to_json()
        except Exception:
            log.exception("answering %r failed", question[:200])
            return {"error": format_error()}

    def api_feedback(
        self, rating: str, question: str, answer: str = "", tasks: list[int] | None = None, comment: str = ""
    ) -> dict[str, Any]:
        """Store 👍/👎 on an answer (as ``POST /api/feedback``); returns ``{"id", "time"}`` once it is on disk,
        or ``{"error"}`` naming the bad value.

        Args:
            rating: "up" or "down" (also 👍/👎).
            question: the question that was answered.
            answer: the answer text that is rated.
            tasks: the task numbers the answer cited.
            comment: an optional comment, at most 2000 characters.
        """
        try:
            record = self.service.record_feedback(
                rating,
                clean_text(question or ""),
                clean_text(answer or ""),
                list(tasks or []),
                clean_text(comment or ""),
            )
        except FeedbackInputError as exc:
            return {"error": f"反馈有误：{exc}"}
        except Exception:
            log.exception("storing feedback failed")
            return {"error": FEEDBACK_FAILED}
        return {"id": record.id, "time": record.time}


# --- task browser handlers ------------------------------------------------------------------
def table_frame(selection: Selection) -> pd.DataFrame:
    columns, rows = table_rows(selection)
    return pd.DataFrame(rows, columns=columns)


def table_update(selection: Selection) -> Any:
    """New rows, and column widths that fit the role column when a unit filter adds it."""
    widths = COLUMN_WIDTHS_WITH_ROLE if selection.units else COLUMN_WIDTHS
    return gr.Dataframe(value=table_frame(selection), column_widths=widths)


class DownloadFiles:
    """CSV, Excel and matrix files for the browser's download buttons and pictures, one set per filter.

    Gradio serves files that handlers return (from its own cache, under the
    app's URL), so the buttons work in an iframe, in the web component and
    behind a proxy alike. Files live in one temporary folder per process.
    """

    def __init__(self, service: Service) -> None:
        self.service = service
        self._folder = tempfile.TemporaryDirectory(prefix="qa-downloads-")
        self.root = Path(self._folder.name)
        self._lock = threading.Lock()

    def _folder_for(self, selection: Selection) -> Path:
        key = json.dumps([selection.units, selection.words, selection.role.value, selection.numbers])
        folder = self.root / hashlib.sha256(key.encode()).hexdigest()[:16]
        folder.mkdir(exist_ok=True)
        return folder

    @staticmethod
    def _name(selection: Selection) -> str:
        return DOWNLOAD_NAME + ("-" + "、".join(selection.units) if selection.units else "")

    def _write(self, path: Path, make: Callable[[], bytes]) -> Path:
        with self._lock:
            if not path.exists():
                partial = path.with_suffix(path.suffix + ".part")
                partial.write_bytes(make())
                partial.replace(path)
        return path

    def tables(self, selection: Selection) -> tuple[Path, Path]:
        folder, name = self._folder_for(selection), self._name(selection)
        csv_path = self._write(folder / f"{name}.csv", lambda: to_csv(selection))
        xlsx_path = self._write(folder / f"{name}.xlsx", lambda: to_xlsx(selection))
        return csv_path, xlsx_path

    def matrix(self, selection: Selection | None = None) -> Path:
        if selection is None or not (selection.units or selection.words):
            return self._write(self.root / "任务分工矩阵.png", lambda: self.service.matrix_png(None))
        folder = self._folder_for(selection)
        return self._write(folder / "任务分工矩阵.png", lambda: self.service.matrix_png(selection.numbers))


class BrowserHandlers:
    """The task browser's event functions."""

    def __init__(self, service: Service, files: DownloadFiles) -> None:
        self.service = service
        self.files = files

    def _select(self, unit: str | None, words: str | None, role: str | None) -> Selection:
        return self.service.select(unit=unit or "", words=words or "", role=role or RoleFilter.ANY.value)

    def filter(self, unit: str | None, words: str | None, role: str | None) -> tuple[Any, ...]:
        """Status line, table, the two download files; and the filtered matrix is hidden until asked for."""
        try:
            selection = self._select(unit, words, role)
            csv_path, xlsx_path = self.files.tables(selection)
        except Exception:
            log.exception("filtering unit=%r words=%r role=%r failed", unit, words, role)
            return "抱歉，筛选时出错了，请稍后再试。", gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return selection.message, table_update(selection), str(csv_path), str(xlsx_path), gr.Image(visible=False)

    def matrix(self, unit: str | None, words: str | None, role: str | None) -> Any:
        """The matrix of the filtered tasks, shown under the table."""
        try:
            path = self.files.matrix(self._select(unit, words, role))
        except Exception:
            log.exception("drawing the matrix for unit=%r words=%r role=%r failed", unit, words, role)
            return gr.skip()
        return gr.Image(value=str(path), visible=True)


# --- the page -------------------------------------------------------------------------------
def header_html(service: Service) -> str:
    meta = service.notice.meta
    source = f"依据{meta.issuer}《{meta.plan_title}》（{meta.doc_number}），共{len(service.notice.tasks)}项任务"
    return f"<h1>{html.escape(TITLE)}</h1><p>{html.escape(source)}。回答均注明出处任务、牵头单位和责任单位。</p>"


def footer_html(service: Service) -> str:
    meta = service.notice.meta
    return (
        f"<div>资料来源：{html.escape(meta.issuer)} {html.escape(meta.doc_number)}"
        f"（{html.escape(meta.published_date)}发布）。回答仅供工作参考，以正式文件为准。"
        "</div>"
    )


def placeholder_html() -> str:
    return (
        "<div style='text-align:center'><strong>您好！我可以回答关于东政办〔2023〕26号任务分工的问题。</strong><br>"
        "例如：某项工作由谁牵头、某单位负责哪些任务、具体目标是多少。点击下方示例试一试。</div>"
    )


def build_blocks(service: Service, config: UiConfig | None = None) -> gr.Blocks:
    """The whole Gradio page (not yet mounted; see ``app_gradio.create_app``)."""
    config = config or UiConfig()
    chat = ChatHandlers(service, config)
    files = DownloadFiles(service)
    browser = BrowserHandlers(service, files)
    limit = config.concurrency
    initial = service.select()
    hidden: dict[str, Any] = {"api_visibility": "undocumented"}

    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=False) as demo:
        gr.HTML(header_html(service), elem_id="qa-header")
        with gr.Tabs(elem_id="qa-tabs"):
            with gr.Tab("智能问答", id="chat"):
                chatbot = gr.Chatbot(
                    elem_id="qa-chat",
                    show_label=False,
                    height="calc(100vh - 370px)",
                    min_height=380,
                    placeholder=placeholder_html(),
                    examples=[{"text": q} for q in EXAMPLES],
                    sanitize_html=True,
                    render_markdown=True,
                    latex_delimiters=[],
                    feedback_options=("Like", "Dislike"),
                    buttons=["copy"],
                    group_consecutive_messages=False,
                    autoscroll=False,  # SCROLL_JS does it, keeping the start of a long reply in view
                    allow_tags=False,
                )
                with gr.Row(equal_height=True):
                    textbox = gr.Textbox(
                        show_label=False,
                        placeholder="请输入问题，如：谁牵头污水处理",
                        lines=1,
                        max_lines=4,
                        submit_btn="提问",
                        scale=8,
                        elem_id="qa-input",
                        autofocus=False,
                    )
                    clear = gr.Button(
                        "清空对话", scale=1, min_width=90, size="md", variant="secondary", elem_id="qa-clear"
                    )
                comment = gr.Textbox(
                    show_label=False,
                    placeholder=FEEDBACK_HINT,
                    lines=1,
                    max_lines=3,
                    max_length=MAX_COMMENT_CHARS,
                    elem_id="qa-comment",
                )
                feedback_status = gr.Markdown("", elem_id="qa-feedback-status")
                pending = gr.State("")
                questions = gr.State([])
                replies = gr.State({})
            with gr.Tab("任务一览", id="tasks"):
                with gr.Row():
                    unit_box = gr.Textbox(label="按单位筛选", placeholder="全称或简称，如：住建局、卫健委、化隆县")
                    words_box = gr.Textbox(label="按关键词筛选", placeholder="如：污水 医院（多个词用空格分开）")
                    role_box = gr.Radio(ROLE_CHOICES, value=RoleFilter.ANY.value, label="单位角色")
                status = gr.Markdown(initial.message, elem_id="qa-status")
                table = gr.Dataframe(
                    value=table_frame(initial),
                    interactive=False,
                    wrap=True,
                    column_widths=COLUMN_WIDTHS,
                    max_height=620,
                    show_label=False,
                    elem_id="qa-table",
                )
                csv_initial, xlsx_initial = files.tables(initial)
                with gr.Row():
                    csv_button = gr.DownloadButton(
                        "下载 CSV", value=str(csv_initial), size="md", scale=0, min_width=130
                    )
                    xlsx_button = gr.DownloadButton(
                        "下载 Excel", value=str(xlsx_initial), size="md", scale=0, min_width=130
                    )
                    matrix_button = gr.Button("查看筛选结果的分工矩阵", size="md", scale=0, min_width=200)
                filtered_matrix = gr.Image(
                    visible=False, type="filepath", format="png", show_label=False, interactive=False,
                    buttons=["download", "fullscreen"], elem_classes="qa-matrix",
                )  # fmt: skip
            with gr.Tab("分工矩阵", id="matrix"):
                gr.Markdown("横轴为任务序号，纵轴为单位；深色方块为牵头单位，橙色圆圈为责任单位。可全屏查看或下载。")
                gr.Image(
                    value=str(files.matrix()), type="filepath", format="png", show_label=False, interactive=False,
                    buttons=["download", "fullscreen"], elem_classes="qa-matrix",
                )  # fmt: skip
        gr.HTML(footer_html(service), elem_id="qa-footer")

        ask_args: dict[str, Any] = {"concurrency_id": "qa", "concurrency_limit": limit, **hidden}
        scroll_down = {"fn": None, "js": f"() => ({SCROLL_JS})('bottom')", **hidden}
        scroll_reply = {"fn": None, "js": f"() => ({SCROLL_JS})('reply')", **hidden}
        submitted = textbox.submit(chat.submit, [textbox, chatbot], [textbox, chatbot, pending], queue=False, **hidden)
        submitted.then(**scroll_down)
        answer_io = ([pending, chatbot, questions, replies], [chatbot, questions, pending, replies])
        submitted.then(chat.answer, *answer_io, **ask_args).then(**scroll_reply)
        picked = chatbot.example_select(chat.example, [chatbot], [chatbot, pending], queue=False, **hidden)
        picked.then(**scroll_down)
        picked.then(chat.answer, *answer_io, **ask_args).then(**scroll_reply)
        cleared = [chatbot, questions, pending, replies, feedback_status]
        clear.click(lambda: ([], [], "", {}, ""), None, cleared, queue=False, **hidden)
        chatbot.clear(lambda: ([], "", {}, ""), None, cleared[1:], queue=False, **hidden)
        # One fsync per 👍/👎: a few milliseconds, in its own small pool so it never waits behind questions.
        chatbot.like(
            chat.like, [comment, replies], [feedback_status, comment], concurrency_id="feedback",
            concurrency_limit=4, show_progress="hidden", **hidden,
        )  # fmt: skip

        gr.on(
            [unit_box.change, words_box.change, role_box.change],
            browser.filter,
            [unit_box, words_box, role_box],
            [status, table, csv_button, xlsx_button, filtered_matrix],
            concurrency_limit=None,  # record selection and two small files, a few milliseconds
            show_progress="hidden",
            **hidden,
        )

        matrix_button.click(
            browser.matrix, [unit_box, words_box, role_box], filtered_matrix, concurrency_limit=2, **hidden
        )

        gr.api(chat.api_ask, api_name="ask", concurrency_id="qa", concurrency_limit=limit)
        gr.api(chat.api_ask_json, api_name="ask_json", concurrency_id="qa", concurrency_limit=limit)
        gr.api(chat.api_feedback, api_name="feedback", concurrency_id="feedback", concurrency_limit=4)

    demo.queue(default_concurrency_limit=limit, max_size=config.queue_size)
    return demo
