"""The library page in headless Chromium: a neutral title, examples that ask their own notice, and the task
browser, matrix and feedback following the notice picked.

The library is 26号 with the guangzhou and jiaxing fixture notices, answered with the fake encoder (no model:
who leads and which tasks are read off the records). Expected tasks come from the fixture files by hand
(guangzhou （五） 加快珠江新城金融商贸区建设 is led by 市金融办; it has 8 tasks). Screenshots go to
``tests/artifacts/library_<what>.png``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from app_gradio import create_app
from qa.feedback import FeedbackStore
from qa.library import LibraryAssistant
from qa.settings import Settings
from tests.web.conftest import start_server
from tests.web.test_browser_e2e import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS
from web.intro import LIBRARY_TITLE

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def sync_api() -> Any:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)")
    return pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def library_url(sync_api: Any, library_settings: Settings, library: LibraryAssistant) -> Iterator[str]:
    live = start_server(create_app(library_settings, library.default, library))
    yield live.url
    live.stop()


@pytest.fixture(scope="module")
def page(sync_api: Any, library_url: str) -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="qa-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1366, "height": 850},
            locale="zh-CN",
        )
        tab = context.new_page()
        tab.goto(library_url + "/")
        sync_api.expect(tab.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
        yield tab
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


def shot(page: Any, what: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"library_{what}.png"))


def test_the_library_page_follows_the_notice_picked(
    page: Any, sync_api: Any, library_settings: Settings, library: LibraryAssistant
) -> None:
    assert page.title() == LIBRARY_TITLE
    sync_api.expect(page.locator("#qa-header h1")).to_have_text(LIBRARY_TITLE)
    sync_api.expect(page.locator(".qa-welcome")).to_contain_text("通知库中3份通知")
    chips = page.locator(".qa-examples .qa-chip")
    assert chips.evaluate_all("cs => cs.map(c => c.dataset.notice)") == list(library.ids)

    # An example of guangzhou asks guangzhou: the picker is set to it, and the answer is its task 5.
    library_settings.feedback_path.unlink(missing_ok=True)
    page.locator('.qa-chip[data-notice="guangzhou"]').click()
    reply = page.locator("#qa-chat .qa-reply").last
    sync_api.expect(reply).to_contain_text("市金融办", timeout=30_000)
    assert page.locator("#qa-notice").input_value() == "guangzhou"
    bot = page.locator("#qa-chat .qa-bot").last
    bot.get_by_role("button", name="赞", exact=True).click()
    sync_api.expect(bot.locator(".qa-fb-status")).to_have_text("已记录", timeout=15_000)
    shot(page, "chat")
    [record] = FeedbackStore(library_settings.feedback_path).read().records
    assert (record.notice, record.tasks[0]) == ("guangzhou", 5)

    # The task browser: pick guangzhou, filter by a unit it names.
    page.get_by_role("tab", name="任务一览").click()
    page.get_by_label("通知", exact=True).first.click()
    page.get_by_role("option", name="穗府办〔2006〕19号", exact=False).click()
    status = page.locator("#qa-status")
    sync_api.expect(status).to_contain_text("共 8 项任务", timeout=15_000)
    page.get_by_label("按单位筛选").fill("经贸委")
    page.get_by_label("仅牵头").check()
    sync_api.expect(status).to_contain_text("共找到 2 项任务", timeout=15_000)
    table = page.locator("#qa-table .qa-tasks")
    sync_api.expect(table.locator("tbody tr")).to_have_count(2)
    table.locator("summary", has_text="启动旧机场商品交易市场").click()  # its text unfolds in the list
    sync_api.expect(table.locator("details[open] p")).to_contain_text("启动旧机场商品交易市场")
    shot(page, "tasks")

    # The matrix tab: pick guangzhou; its 7 tasks with units are the columns.
    page.get_by_role("tab", name="分工矩阵").click()
    page.get_by_label("通知", exact=True).last.click()
    page.get_by_role("option", name="穗府办〔2006〕19号", exact=False).click()
    sync_api.expect(page.locator(".qa-m-caption").last).to_contain_text("× 7项任务", timeout=15_000)
    shot(page, "matrix")


@pytest.mark.parametrize("width", [1366, 375])
def test_the_notice_picker_sits_on_one_line_beside_new_conversation(
    page: Any, library_url: str, sync_api: Any, width: int
) -> None:
    tab = page.context.new_page()
    tab.set_viewport_size({"width": width, "height": 760})
    tab.goto(library_url + "/")
    sync_api.expect(tab.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
    boxes = tab.evaluate(
        """() => Object.fromEntries(['.qa-chatbar', '.qa-notice-pick', '#qa-notice', '#qa-new'].map(s => {
             const r = document.querySelector(s).getBoundingClientRect();
             return [s, {x: r.x, y: r.y, w: r.width, h: r.height}];
           }))"""
    )
    pick, choice, new = boxes[".qa-notice-pick"], boxes["#qa-notice"], boxes["#qa-new"]
    assert new["h"] < 40, "新对话 wraps onto a second line"
    assert boxes[".qa-chatbar"]["h"] < 44  # label, choice and button on one line
    assert abs((choice["y"] + choice["h"] / 2) - (new["y"] + new["h"] / 2)) < 6
    assert pick["x"] + pick["w"] <= new["x"] and choice["x"] + choice["w"] <= new["x"]
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= width
    tab.screenshot(path=str(ARTIFACTS / f"library_chatbar_{width}.png"))
    tab.close()
