"""End to end in headless Chromium: the app inside a 400×600 iframe on another origin, and at full width.

Needs Debian's ``chromium`` (or ``CHROMIUM_PATH``) and the ``playwright`` Python package (its own
browsers are not downloaded: the system Chromium is driven). Uses the real embedding model.
Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from app_gradio import create_app
from qa.settings import Settings
from tests.web.conftest import free_port, start_server

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
def app_url(sync_api: Any, settings: Settings) -> Iterator[str]:
    """The app with the real model."""
    from qa.factory import build_assistant

    assistant = build_assistant(settings, progress=lambda message: print(message, flush=True))
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
    """A fresh Chromium profile, recording every request and every JavaScript dialog."""
    profile = tempfile.mkdtemp(prefix="qa-chromium-")
    with sync_api.sync_playwright() as playwright:
        browser_context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 900, "height": 700},
            locale="zh-CN",
        )
        browser_context.requested = []  # type: ignore[attr-defined]
        browser_context.dialogs = []  # type: ignore[attr-defined]
        browser_context.on("request", lambda request: browser_context.requested.append(request.url))
        yield browser_context
        browser_context.close()
    shutil.rmtree(profile, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)


def new_page(context: Any) -> Any:
    page = context.new_page()

    def on_dialog(dialog: Any) -> None:
        context.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


def ask(chat: Any, question: str, sync_api: Any) -> Any:
    """Type ``question`` into the chat (a page or a frame locator) and return the new reply."""
    replies = chat.locator("#qa-chat .qa-reply")
    before = replies.count()
    box = chat.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    sync_api.expect(replies).to_have_count(before + 1, timeout=REPLY_TIMEOUT_MS)
    return replies.nth(before)


def shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def test_in_an_iframe_on_another_origin_the_lead_question_is_answered(
    context: Any, host_url: str, app_url: str, sync_api: Any
) -> None:
    page = new_page(context)
    page.set_viewport_size({"width": 460, "height": 680})
    page.goto(host_url)
    frame = page.frame_locator("#qa")
    sync_api.expect(frame.locator("#qa-input textarea")).to_be_visible(timeout=30_000)
    sync_api.expect(frame.locator("#qa-header")).to_be_hidden()  # embed mode: no header or footer
    sync_api.expect(frame.locator("#qa-footer")).to_be_hidden()
    reply = ask(frame, "谁牵头污水处理", sync_api)
    sync_api.expect(reply).to_contain_text("第16项")
    sync_api.expect(reply).to_contain_text("市住房建设局")
    mark = reply.locator(".qa-cite").first.locator("mark").last  # the evidence, inside the folded task text
    sync_api.expect(mark).to_be_hidden()
    reply.locator(".qa-cite").first.locator("summary").click()
    sync_api.expect(mark).to_be_visible()
    sync_api.expect(mark).to_contain_text("污水")
    shot(page, "embed_iframe_lead.png")

    follow_up = ask(frame, "那配合单位有哪些", sync_api)  # the first question is passed as history
    sync_api.expect(follow_up).to_contain_text("市水务局")
    shot(page, "embed_iframe_follow_up.png")
    page.close()


def test_markup_typed_into_the_frame_is_shown_literally_and_runs_nothing(
    context: Any, host_url: str, sync_api: Any
) -> None:
    page = new_page(context)
    page.set_viewport_size({"width": 460, "height": 680})
    page.goto(host_url)
    frame = page.frame_locator("#qa")
    sync_api.expect(frame.locator("#qa-input textarea")).to_be_visible(timeout=30_000)
    ask(frame, XSS, sync_api)
    typed = frame.locator("#qa-chat").get_by_text(XSS, exact=True)
    sync_api.expect(typed).to_be_visible()
    sync_api.expect(typed).to_be_in_viewport()
    assert frame.locator("#qa-chat img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert context.dialogs == []
    shot(page, "embed_iframe_xss.png")
    page.close()


def test_as_a_web_component_on_another_origin(context: Any, host_url: str, sync_api: Any) -> None:
    page = new_page(context)
    page.set_viewport_size({"width": 480, "height": 700})
    page.goto(host_url + "component")
    sync_api.expect(page.locator("#qa-input textarea")).to_be_visible(timeout=30_000)
    sync_api.expect(page.locator("#qa-header")).to_be_hidden()
    reply = ask(page, "自然资源局牵头哪些任务", sync_api)
    sync_api.expect(reply).to_contain_text("第30项")
    shot(page, "web_component.png")
    page.close()


def test_full_width_page_chat_browser_and_matrix(context: Any, app_url: str, sync_api: Any) -> None:
    page = new_page(context)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(app_url + "/")
    sync_api.expect(page.locator("#qa-header")).to_be_visible(timeout=30_000)
    reply = ask(page, "每个县要有几所二甲医院", sync_api)
    sync_api.expect(reply).to_contain_text("第18项")
    sync_api.expect(reply).to_contain_text("二甲医院")
    shot(page, "full_width_chat.png")

    page.get_by_role("tab", name="任务一览").click()
    page.get_by_label("按单位筛选").fill("住建局")
    sync_api.expect(page.locator("#qa-status")).to_contain_text("市住房建设局", timeout=15_000)
    sync_api.expect(page.locator("#qa-table")).to_contain_text("提高污水收集处理能力")
    sync_api.expect(page.locator("#qa-table")).to_contain_text("该单位角色")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="下载 Excel").click()
    download = download_info.value
    assert download.suggested_filename == "海东市城镇化建设任务分工-市住房建设局.xlsx"
    assert Path(download.path()).read_bytes().startswith(b"PK")
    shot(page, "full_width_tasks.png")
    page.get_by_role("button", name="查看筛选结果的分工矩阵").click()
    wait_for_image(page, ".qa-matrix img")
    page.locator(".qa-matrix img").first.scroll_into_view_if_needed()
    shot(page, "full_width_tasks_matrix.png")

    page.get_by_role("tab", name="分工矩阵").click()
    wait_for_image(page, ".qa-matrix img")
    shot(page, "full_width_matrix.png")
    page.close()


def thumb(chat: Any, name: str) -> Any:
    """The 赞 (like) or 踩 (dislike) button under the last reply (labelled in the page's language)."""
    english = {"赞": "Like", "踩": "Dislike"}[name]
    return chat.locator(f"#qa-chat button[aria-label='{name}'], #qa-chat button[aria-label='{english}']").last


def test_thumbs_on_a_reply_in_the_iframe_and_at_full_width_are_stored(
    context: Any, host_url: str, app_url: str, settings: Settings, sync_api: Any
) -> None:
    from qa.feedback import FeedbackStore

    page = new_page(context)
    page.set_viewport_size({"width": 460, "height": 680})
    page.goto(host_url)
    frame = page.frame_locator("#qa")
    sync_api.expect(frame.locator("#qa-input textarea")).to_be_visible(timeout=30_000)
    ask(frame, "谁牵头污水处理", sync_api)
    sync_api.expect(frame.locator("#qa-comment")).to_be_hidden()  # embed mode: thumbs only, no comment box
    thumb(frame, "踩").click()
    status = frame.locator("#qa-feedback-status")
    sync_api.expect(status).to_contain_text("已记录您的反馈，谢谢", timeout=15_000)
    sync_api.expect(status).to_be_in_viewport()
    shot(page, "embed_iframe_feedback.png")
    page.close()

    page = new_page(context)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(app_url + "/")
    ask(page, "城里没地方遛弯怎么办", sync_api)
    page.locator("#qa-comment textarea").fill("回答有用，希望列出具体公园")
    thumb(page, "赞").click()
    sync_api.expect(page.locator("#qa-feedback-status")).to_contain_text("已记录您的反馈，谢谢", timeout=15_000)
    sync_api.expect(page.locator("#qa-comment textarea")).to_have_value("")
    shot(page, "full_width_feedback.png")
    page.close()

    records = FeedbackStore(settings.feedback_path).read().records
    assert [(r.rating, r.question, r.comment) for r in records] == [
        ("down", "谁牵头污水处理", ""),
        ("up", "城里没地方遛弯怎么办", "回答有用，希望列出具体公园"),
    ]
    assert 16 in records[0].tasks and records[0].answer.startswith("第16项")


def wait_for_image(page: Any, selector: str) -> None:
    script = "(s) => [...document.querySelectorAll(s)].some(i => i.offsetParent !== null && i.naturalWidth > 0)"
    page.wait_for_function(script, arg=selector, timeout=30_000)


def test_the_page_fetches_nothing_from_outside(context: Any, app_url: str, host_url: str) -> None:
    local = (app_url, host_url.rstrip("/"), "data:", "blob:", "about:")
    outside = [url for url in context.requested if not url.startswith(local)]
    assert context.requested, "no request was recorded"
    assert outside == []
