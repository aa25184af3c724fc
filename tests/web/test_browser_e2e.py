"""End to end in headless Chromium, at 1366×850, at 390×844 (a phone) and inside a 400×600 iframe on another origin.

Needs Debian's ``chromium`` (or ``CHROMIUM_PATH``) and the ``playwright`` Python package (its own
browsers are not downloaded: the system Chromium is driven). Uses the real embedding model.
Screenshots go to ``tests/artifacts/`` as ``<where>_<what>.png``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from app_gradio import create_app
from qa.answer import Answer, Citation, Intent
from qa.settings import Settings
from tests.web.conftest import free_port, start_server
from web.chat import answer_text, format_answer, section_titles

pytestmark = [pytest.mark.browser, pytest.mark.real_model, pytest.mark.slow]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS = "<img src=x onerror=alert(1)>"
REPLY_TIMEOUT_MS = 60_000
WHERE = ("desktop", "phone", "iframe")
VIEWPORTS = {"desktop": (1366, 850), "phone": (390, 844), "iframe": (460, 680)}


@pytest.fixture(scope="module")
def sync_api() -> Any:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)")
    return pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The real model (cached under the project's .cache after the first build); feedback in a temporary file."""
    return Settings.from_env().with_overrides(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl")


@pytest.fixture(scope="module")
def assistant(sync_api: Any, settings: Settings) -> Any:
    from qa.factory import build_assistant

    return build_assistant(settings, progress=lambda message: print(message, flush=True))


@pytest.fixture(scope="module")
def app_url(assistant: Any, settings: Settings) -> Iterator[str]:
    """The app with the real model."""
    live = start_server(create_app(settings, assistant))
    yield live.url
    live.stop()


def host_page(app_url: str) -> str:
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>海东市某局门户（测试宿主页）</title></head>
<body style="margin:0;padding:16px 24px;background:#eef1f5;font-family:'Noto Sans CJK SC',sans-serif">
<h3 style="margin:0 0 12px;color:#1f3b63">海东市某局门户 · 政策问答</h3>
<iframe id="qa" src="{app_url}/?embed=1" width="400" height="600" title="任务分工问答"
  style="border:1px solid #c8d1dc;border-radius:8px;background:#fff"></iframe>
</body></html>"""


def component_page(app_url: str) -> str:
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>web component 宿主页</title>
<script type="module" src="{app_url}/gradio.js"></script></head>
<body style="margin:0;padding:16px 24px;background:#eef1f5">
<div style="width:420px;height:640px"><gradio-app src="{app_url}/?embed=1"></gradio-app></div>
</body></html>"""


@pytest.fixture(scope="module")
def host_url(app_url: str) -> Iterator[str]:
    """A site on another origin (another port): ``/`` embeds the app in a 400×600 iframe,
    ``/component`` as a ``<gradio-app>`` web component."""
    pages = {"/": host_page(app_url).encode("utf-8"), "/component": component_page(app_url).encode("utf-8")}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def context(sync_api: Any) -> Iterator[Any]:
    """A fresh Chromium profile that may use the clipboard, recording every request and JavaScript dialog."""
    profile = tempfile.mkdtemp(prefix="qa-chromium-")
    with sync_api.sync_playwright() as playwright:
        browser_context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 900, "height": 700},
            locale="zh-CN",
            permissions=["clipboard-read", "clipboard-write"],
        )
        browser_context.requested = []  # type: ignore[attr-defined]
        browser_context.dialogs = []  # type: ignore[attr-defined]
        browser_context.on("request", lambda request: browser_context.requested.append(request.url))
        yield browser_context
        browser_context.close()
    shutil.rmtree(profile, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)


@dataclass
class Chat:
    """One open chat: the browser page, and where the chat lives in it (the page, or the iframe)."""

    where: str
    page: Any
    root: Any  # a Page or a FrameLocator: both have .locator()

    def locator(self, selector: str) -> Any:
        return self.root.locator(selector)

    def evaluate(self, script: str, arg: Any = None) -> Any:
        target = self.page.frames[1] if self.where == "iframe" else self.page
        return target.evaluate(script, arg)


def open_chat(context: Any, where: str, app_url: str, host_url: str, sync_api: Any, *, fresh: bool = True) -> Chat:
    page = context.new_page()

    def on_dialog(dialog: Any) -> None:
        context.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    width, height = VIEWPORTS[where]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(host_url if where == "iframe" else app_url + "/")
    chat = Chat(where, page, page.frame_locator("#qa") if where == "iframe" else page)
    sync_api.expect(chat.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
    if fresh:
        chat.locator("#qa-new").click()
    return chat


def ask(chat: Chat, question: str, sync_api: Any) -> Any:
    """Type ``question`` into the chat and return its reply once it is there."""
    replies = chat.locator("#qa-chat .qa-reply")
    before = replies.count()
    box = chat.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    sync_api.expect(replies).to_have_count(before + 1, timeout=REPLY_TIMEOUT_MS)
    return replies.nth(before)


def shot(chat: Chat, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{chat.where}_{name}.png"
    chat.page.screenshot(path=str(path))
    return path


def read_clipboard(chat: Chat) -> str:
    return str(chat.page.evaluate("navigator.clipboard.readText()"))


# --- defects: nothing lost, copy gives clean text ---------------------------------------------------
FIVE = ("谁牵头污水处理", "那配合单位有哪些", "自然资源局牵头哪些任务", "每个县要有几所二甲医院", "老旧小区改造谁牵头")


@pytest.mark.parametrize("where", WHERE)
def test_five_questions_typed_without_waiting_are_all_answered_in_order(
    context: Any, app_url: str, host_url: str, sync_api: Any, where: str
) -> None:
    chat = open_chat(context, where, app_url, host_url, sync_api)
    box = chat.locator("#qa-input textarea")
    for question in FIVE:  # no waiting for any answer
        box.fill(question)
        box.press("Enter")
    replies = chat.locator("#qa-chat .qa-reply")
    sync_api.expect(replies).to_have_count(5, timeout=REPLY_TIMEOUT_MS)
    assert chat.locator("#qa-chat .qa-user .qa-bubble").all_inner_texts() == list(FIVE)
    sync_api.expect(replies.nth(0)).to_contain_text("第16项")
    follow_up = replies.nth(1)  # "那" is the sewage task of the question just before it
    sync_api.expect(follow_up.locator(".qa-answer")).to_contain_text("第16项")
    sync_api.expect(follow_up).to_contain_text("市水务局")
    sync_api.expect(replies.nth(2)).to_contain_text("第30项")
    sync_api.expect(replies.nth(3)).to_contain_text("第18项")
    sync_api.expect(replies.nth(4).locator(".qa-answer")).to_contain_text("第21项")
    assert chat.locator("#qa-chat .qa-failed").count() == 0
    shot(chat, "five_questions")

    chat.locator("#qa-chat .qa-bot").nth(0).get_by_role("button", name="复制回答").click()
    sync_api.expect(chat.locator("#qa-chat .qa-bot").nth(0).locator(".qa-copy")).to_have_text("已复制")
    copied = read_clipboard(chat)
    assert "<" not in copied and "qa-reply" not in copied
    lines = copied.splitlines()
    assert lines[0].startswith("第16项「提高污水收集处理能力」由市住房建设局、各县人民政府牵头")
    assert "牵头单位：市住房建设局、各县人民政府" in lines
    assert any(line.startswith("责任单位：市发展改革委") for line in lines)
    assert lines[-1] == "出处：东政办〔2023〕26号 第16项"
    chat.locator("#qa-chat .qa-user").nth(1).get_by_role("button", name="复制问题").click()
    sync_api.expect(chat.locator("#qa-chat .qa-user").nth(1).locator(".qa-copy")).to_have_text("已复制")
    assert read_clipboard(chat) == "那配合单位有哪些"
    chat.page.close()


@pytest.mark.parametrize("where", WHERE)
def test_a_failed_request_shows_an_error_with_retry_and_the_next_question_waits(
    context: Any, app_url: str, host_url: str, sync_api: Any, where: str
) -> None:
    chat = open_chat(context, where, app_url, host_url, sync_api)
    failures = {"left": 2}  # the page retries once by itself, so two failures reach the reader

    def flaky(route: Any) -> None:
        if failures["left"] > 0:
            failures["left"] -= 1
            route.abort()
        else:
            route.continue_()

    chat.page.route("**/api/chat", flaky)
    box = chat.locator("#qa-input textarea")
    box.fill("谁牵头污水处理")
    box.press("Enter")
    failed = chat.locator("#qa-chat .qa-failed")
    sync_api.expect(failed).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    sync_api.expect(failed).to_contain_text("回答没有送达")
    box.fill("那配合单位有哪些")
    box.press("Enter")
    sync_api.expect(chat.locator("#qa-chat .qa-wait")).to_have_text("排队中…")
    sync_api.expect(chat.locator("#qa-queue")).to_contain_text("重试")
    shot(chat, "error_retry")
    failed.get_by_role("button", name="重试").click()
    replies = chat.locator("#qa-chat .qa-reply")
    sync_api.expect(replies).to_have_count(2, timeout=REPLY_TIMEOUT_MS)
    sync_api.expect(replies.nth(1)).to_contain_text("市水务局")  # answered after, and about, the first question
    chat.page.close()


# --- the reply: first task open, the others folded, links to the full text, compact lists ---------------
@pytest.mark.parametrize("where", WHERE)
def test_citations_fold_open_the_task_and_long_lists_are_compact(
    context: Any, app_url: str, host_url: str, assistant: Any, sync_api: Any, where: str
) -> None:
    chat = open_chat(context, where, app_url, host_url, sync_api)
    reply = ask(chat, "城里没地方遛弯怎么办", sync_api)
    open_cards = reply.locator(":scope > .qa-cite")
    sync_api.expect(open_cards).to_have_count(1)
    related = reply.locator("details.qa-related > summary")
    folded = reply.locator("details.qa-related .qa-cite").count()
    if folded:
        sync_api.expect(related).to_have_text(f"相关任务（{folded}）")
        sync_api.expect(reply.locator("details.qa-related .qa-cite").first).to_be_hidden()
    shot(chat, "related_folded")

    link = open_cards.first.locator(".qa-task-link")
    number = int(link.get_attribute("data-task"))
    link.click()
    dialog = chat.locator("#qa-task-dialog")
    sync_api.expect(dialog).to_be_visible()
    sync_api.expect(dialog.locator("h2")).to_contain_text(f"第{number}项")
    sync_api.expect(dialog.locator(".qa-fulltext")).to_have_text(assistant.notice.task(number).text)  # all of it
    shot(chat, "task_panel")
    dialog.get_by_role("button", name="关闭任务全文").click()
    sync_api.expect(dialog).to_be_hidden()

    unit = ask(chat, "各县人民政府参与哪些任务", sync_api)
    compact = unit.locator(".qa-compact li")
    assert compact.count() >= 25
    assert unit.locator(".qa-cite").count() == 0
    folded = unit.locator("details.qa-more")
    sync_api.expect(folded.locator("summary")).to_have_text(f"其余{compact.count() - 8}项")
    sync_api.expect(folded.locator("li").first).to_be_hidden()
    lines = unit.locator(".qa-compact").first.bounding_box()
    assert lines is not None and lines["height"] < 420  # eight short lines, not a card per task
    chat.evaluate("() => { const c = document.querySelector('#qa-chat'); c.scrollTop = c.scrollHeight; }")
    shot(chat, "unit_compact")
    said = unit.locator(".qa-answer")
    folded_height = said.bounding_box()["height"]
    unit.get_by_role("button", name="展开全文").click()  # the answer names all tasks too: its first lines show
    sync_api.expect(unit.get_by_role("button", name="收起")).to_be_visible()
    assert said.bounding_box()["height"] > folded_height * 2
    chat.page.close()


# --- feedback ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", WHERE)
def test_like_and_dislike_with_a_comment_are_stored(
    context: Any, app_url: str, host_url: str, settings: Settings, sync_api: Any, where: str
) -> None:
    from qa.feedback import FeedbackStore

    before = len(FeedbackStore(settings.feedback_path).read().records)
    chat = open_chat(context, where, app_url, host_url, sync_api)
    ask(chat, "谁牵头污水处理", sync_api)
    bot = chat.locator("#qa-chat .qa-bot").last
    buttons = bot.locator(".qa-actions button")
    assert buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))") == ["复制回答", "赞", "踩"]
    form = bot.locator(".qa-fb-form")
    sync_api.expect(form).to_be_hidden()  # the comment box opens only after 踩
    bot.get_by_role("button", name="赞", exact=True).click()
    sync_api.expect(bot.locator(".qa-fb-status")).to_have_text("已记录", timeout=15_000)
    sync_api.expect(bot.get_by_role("button", name="赞", exact=True)).to_have_attribute("aria-pressed", "true")

    bot.get_by_role("button", name="踩", exact=True).click()
    comment = bot.get_by_role("textbox", name="反馈意见（可选）")
    sync_api.expect(comment).to_be_visible()
    sync_api.expect(comment).to_be_focused()
    comment.fill("牵头单位对，但少了县里")
    shot(chat, "feedback_comment")
    bot.get_by_role("button", name="提交反馈").click()
    sync_api.expect(bot.locator(".qa-fb-status")).to_have_text("已记录", timeout=15_000)
    sync_api.expect(form).to_be_hidden()
    sync_api.expect(bot.locator(".qa-fb-status")).to_be_in_viewport()
    shot(chat, "feedback_recorded")
    chat.page.close()

    records = FeedbackStore(settings.feedback_path).read().records[before:]
    assert [(r.rating, r.question, r.comment) for r in records] == [
        ("up", "谁牵头污水处理", ""),
        ("down", "谁牵头污水处理", "牵头单位对，但少了县里"),
    ]
    assert 16 in records[0].tasks and records[0].answer.startswith("第16项")


# --- the input box, reload, new conversation, accessible names -----------------------------------------
@pytest.mark.parametrize("where", WHERE)
def test_the_input_box_counts_keeps_a_long_question_and_the_chat_survives_a_reload(
    context: Any, app_url: str, host_url: str, sync_api: Any, where: str
) -> None:
    chat = open_chat(context, where, app_url, host_url, sync_api)
    box = chat.page.get_by_role("textbox", name="输入问题") if where != "iframe" else None
    box = box or chat.root.get_by_role("textbox", name="输入问题")
    box.focus()
    outline = chat.evaluate("() => getComputedStyle(document.querySelector('#qa-input textarea')).outlineStyle")
    assert outline == "solid"  # a visible focus ring
    assert chat.evaluate("() => getComputedStyle(document.querySelector('#qa-input textarea')).fontSize") == "16px"
    long_question = "请问" + "污水处理" * 130
    box.fill(long_question)
    sync_api.expect(chat.locator("#qa-counter")).to_have_text(f"{len(long_question)}/500")
    box.press("Enter")
    sync_api.expect(box).to_have_value(long_question)  # kept, to be shortened
    sync_api.expect(chat.locator("#qa-input-note")).to_contain_text("超过500字")
    assert chat.locator("#qa-chat .qa-turn").count() == 0
    shot(chat, "long_question")

    box.fill("")
    ask(chat, "谁牵头污水处理", sync_api)
    ask(chat, "那配合单位有哪些", sync_api)
    for name in ("新对话（清空当前对话）",):
        sync_api.expect(chat.root.get_by_role("button", name=name)).to_have_count(1)
    assert chat.locator("text=清空对话").count() == 0
    names = "() => [...document.querySelectorAll('button,textarea')].map(b => b.ariaLabel || b.textContent).join('|')"
    labels = chat.evaluate(names)
    assert "Copy message" not in labels and "Textbox" not in labels

    chat.page.reload()
    sync_api.expect(chat.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
    sync_api.expect(chat.locator("#qa-chat .qa-reply")).to_have_count(2)
    assert chat.locator("#qa-chat .qa-user .qa-bubble").all_inner_texts() == ["谁牵头污水处理", "那配合单位有哪些"]
    follow = ask(chat, "牵头单位又是谁", sync_api)  # history survived the reload too
    sync_api.expect(follow).to_contain_text("第16项")
    shot(chat, "after_reload")
    chat.locator("#qa-new").click()
    sync_api.expect(chat.locator("#qa-chat .qa-turn")).to_have_count(0)
    sync_api.expect(chat.locator(".qa-welcome")).to_be_visible()
    chat.page.reload()
    sync_api.expect(chat.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
    sync_api.expect(chat.locator("#qa-chat .qa-turn")).to_have_count(0)
    chat.page.close()


# --- answers of the question-understanding layer (fake answers: the page renders the Answer's fields) -----
def fake_answers(notice: Any) -> dict[str, Answer]:
    led = [t for t in notice.tasks if "市农业农村局" in t.lead_units]
    return {
        "你好": Answer("你好", Intent.SMALLTALK, True, "您好！我可以回答东政办〔2023〕26号任务分工的问题。",
                       suggestions=("谁牵头污水处理", "自然资源局牵头哪些任务")),
        "那个": Answer("那个", Intent.CLARIFY, True, "您想问哪一项工作？可以点下面的问题：",
                       suggestions=("谁牵头污水处理", "老旧小区改造谁牵头")),
        "农业农村局牵头几项": Answer(
            "农业农村局牵头几项", Intent.QUERY, True, f"市农业农村局牵头{len(led)}项任务。",
            citations=tuple(Citation.of(t, evidence="", score=1.0, role="lead", as_named="市农业农村局") for t in led),
            count=len(led),
        ),
    }  # fmt: skip


@pytest.mark.parametrize("where", WHERE)
def test_small_talk_clarifying_questions_and_counts_render_from_the_answer_fields(
    context: Any, app_url: str, host_url: str, assistant: Any, sync_api: Any, where: str
) -> None:
    notice = assistant.notice
    fakes = fake_answers(notice)
    sections = section_titles(notice)

    def reply_with_fakes(route: Any) -> None:
        question = json.loads(route.request.post_data or "{}").get("question", "")
        answer = fakes.get(question)
        if answer is None:
            route.continue_()
            return
        body = {"id": None, "html": format_answer(answer, sections), "text": answer_text(answer, "东政办〔2023〕26号"),
                "tasks": [c.task for c in answer.citations], "remember": True, "answer": answer.to_json()}  # fmt: skip
        route.fulfill(status=200, content_type="application/json", body=json.dumps(body, ensure_ascii=False))

    chat = open_chat(context, where, app_url, host_url, sync_api)
    chat.page.route("**/api/chat", reply_with_fakes)
    hello = ask(chat, "你好", sync_api)
    sync_api.expect(hello.locator(".qa-chip")).to_have_text(["谁牵头污水处理", "自然资源局牵头哪些任务"])
    assert hello.locator(".qa-cite").count() == 0
    clarify = ask(chat, "那个", sync_api)
    count = ask(chat, "农业农村局牵头几项", sync_api)
    led = fakes["农业农村局牵头几项"].citations
    sync_api.expect(count.locator(".qa-count-n")).to_have_text(str(len(led)))
    sync_api.expect(count.locator(".qa-compact li")).to_have_count(len(led))
    sync_api.expect(count.locator(".qa-compact li").first).to_contain_text(f"第{led[0].task}项")
    shot(chat, "query_layer")

    replies = chat.locator("#qa-chat .qa-reply")
    clarify.get_by_role("button", name="谁牵头污水处理").click()  # a suggestion asks that question
    sync_api.expect(replies).to_have_count(4, timeout=REPLY_TIMEOUT_MS)
    sync_api.expect(chat.locator("#qa-chat .qa-user .qa-bubble").last).to_have_text("谁牵头污水处理")
    sync_api.expect(replies.nth(3)).to_contain_text("第16项")
    chat.page.close()


# --- layout: phone and frame --------------------------------------------------------------------------
@pytest.mark.parametrize("where", WHERE)
def test_the_layout_fits_the_screen(context: Any, app_url: str, host_url: str, sync_api: Any, where: str) -> None:
    chat = open_chat(context, where, app_url, host_url, sync_api)
    shot(chat, "welcome")
    chat.locator(".qa-examples .qa-chip").first.click()  # an example chip asks its question
    sync_api.expect(chat.locator("#qa-chat .qa-reply")).to_have_count(1, timeout=REPLY_TIMEOUT_MS)
    sizes = chat.evaluate(
        """() => {
          const r = (s) => document.querySelector(s).getBoundingClientRect();
          const header = document.querySelector('#qa-header');
          return {inner: window.innerWidth, height: window.innerHeight, app: r('#qa-chatapp').width,
                  form: r('#qa-input').width, box: r('#qa-input textarea').width, bottom: r('#qa-chatapp').bottom,
                  header: header && header.offsetParent ? header.getBoundingClientRect().height : 0};
        }"""
    )
    assert sizes["form"] >= sizes["app"] - 1  # the input row spans the chat (no second button squeezes it)
    assert sizes["box"] >= sizes["form"] - 100
    if where != "desktop":
        assert sizes["app"] >= sizes["inner"] - 40
    assert sizes["height"] - 40 <= sizes["bottom"] <= sizes["height"] + 1  # the chat fills the window: no band
    if where == "phone":
        assert sizes["header"] <= 90  # compact: not a quarter of the screen
    if where == "iframe":
        assert sizes["header"] == 0
        assert chat.root.get_by_role("button", name="新对话（清空当前对话）").count() == 1
    shot(chat, "layout")
    chat.page.close()


# --- the task list and the matrix (full page and phone; the frame shows the chat only) ---------------------
@pytest.mark.parametrize("where", ["desktop", "phone"])
def test_task_list_downloads_and_the_matrix_table(
    context: Any, app_url: str, host_url: str, sync_api: Any, where: str
) -> None:
    chat = open_chat(context, where, app_url, host_url, sync_api, fresh=False)
    page = chat.page
    page.get_by_role("tab", name="任务一览").click()
    page.get_by_label("按单位筛选").fill("住建局")
    page.get_by_label("按关键词筛选").fill("污水")
    page.get_by_label("仅牵头").check()
    sync_api.expect(page.locator("#qa-status")).to_contain_text("仅牵头", timeout=15_000)
    table = page.locator("#qa-table .qa-tasks")
    sync_api.expect(table.locator("tbody tr")).to_have_count(1)
    sync_api.expect(table).to_contain_text("提高污水收集处理能力")
    display = table.locator("tbody tr").first.evaluate("tr => getComputedStyle(tr).display")
    assert display == ("block" if where == "phone" else "table-row")  # a card per task on a phone
    with page.expect_download() as download_info:
        page.get_by_role("button", name="下载 Excel").click()
    download = download_info.value
    assert download.suggested_filename == "海东市县城城镇化建设任务分工-市住房建设局-仅牵头-污水.xlsx"
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))
    assert workbook.sheetnames == ["说明", "任务分工"] and workbook["任务分工"].auto_filter.ref
    shot(chat, "tasks")
    table.locator("a.qa-task-link[data-task='16']").click()  # the number opens the task's full text
    dialog = page.locator("#qa-task-dialog")
    sync_api.expect(dialog.locator("h2")).to_have_text("第16项 提高污水收集处理能力")
    dialog.get_by_role("button", name="关闭任务全文").click()
    sync_api.expect(dialog).to_be_hidden()
    page.get_by_role("button", name="查看筛选结果的分工矩阵").click()
    hit = page.locator("#qa-tabs .qa-matrix tr.qa-m-hit th").first
    sync_api.expect(hit).to_have_text("市住房建设局")
    hit.scroll_into_view_if_needed()
    shot(chat, "tasks_matrix")

    page.get_by_role("tab", name="分工矩阵").click()
    matrix = page.locator(".qa-m-table").last
    sync_api.expect(matrix).to_be_visible()
    sync_api.expect(page.locator(".qa-m-legend").last).to_contain_text("牵头单位")
    sync_api.expect(page.locator(".qa-m-legend").last).to_contain_text("责任单位")
    # One heading per part in order, 一 to 七 (part 八's tasks name no units, so it has no column).
    assert matrix.locator("thead th.qa-m-part").all_inner_texts() == [f"第{n}部分" for n in "一二三四五六七"]
    assert matrix.locator("th.qa-m-task[title='第16项「提高污水收集处理能力」']").count() == 1
    lead = matrix.locator("td[title='第16项「提高污水收集处理能力」：市住房建设局 牵头'] .qa-m-lead")
    sync_api.expect(lead).to_have_text("牵")
    assert matrix.locator("td[title='第16项「提高污水收集处理能力」：市水务局 责任'] .qa-m-resp").count() == 1
    scroller = page.locator(".qa-m-scroll").last
    scroller.evaluate("s => s.scrollTo(400, 300)")
    stuck = matrix.locator("thead th.qa-m-task").first.evaluate(
        "th => th.getBoundingClientRect().top - th.closest('.qa-m-scroll').getBoundingClientRect().top"
    )
    assert 0 <= stuck < 40  # the header row stays at the top while the table scrolls
    note = page.locator(".qa-font-note").last
    sync_api.expect(note).not_to_have_text("")
    picture = page.get_by_role("button", name="下载矩阵图片（PNG）")
    assert picture.is_visible() == ("中文字体" not in note.inner_text() or "已安装" in note.inner_text())
    shot(chat, "matrix")
    page.close()


# --- safety and embedding ------------------------------------------------------------------------------
def test_markup_typed_into_the_frame_is_shown_literally_and_runs_nothing(
    context: Any, app_url: str, host_url: str, sync_api: Any
) -> None:
    chat = open_chat(context, "iframe", app_url, host_url, sync_api)
    ask(chat, XSS, sync_api)
    typed = chat.locator("#qa-chat .qa-user .qa-bubble").last
    sync_api.expect(typed).to_have_text(XSS)
    sync_api.expect(typed).to_be_in_viewport()
    assert chat.locator("#qa-chat img[src='x']").count() == 0
    chat.page.wait_for_timeout(500)
    assert context.dialogs == []
    shot(chat, "xss")
    chat.page.close()


def test_as_a_web_component_on_another_origin(context: Any, host_url: str, sync_api: Any) -> None:
    page = context.new_page()
    page.set_viewport_size({"width": 480, "height": 700})
    page.goto(host_url + "component")
    sync_api.expect(page.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
    sync_api.expect(page.locator("#qa-header")).to_be_hidden()
    chat = Chat("component", page, page)
    chat.locator("#qa-new").click()
    reply = ask(chat, "自然资源局牵头哪些任务", sync_api)
    sync_api.expect(reply).to_contain_text("第30项")
    shot(chat, "web_component")
    page.close()


def test_the_page_fetches_nothing_from_outside(context: Any, app_url: str, host_url: str) -> None:
    local = (app_url, host_url.rstrip("/"), "data:", "blob:", "about:")
    outside = [url for url in context.requested if not url.startswith(local)]
    assert context.requested, "no request was recorded"
    assert outside == []
