"""Every kind of reply as the chat page shows it, in headless Chromium, on a desktop and on a 375 px phone.

The app runs with the fake encoder (``live_url``): counts, lists, clarifying questions, small talk and declines
are read off the records or the question, so they are the real assistant's replies without the model.
Expected values are read off the notice by hand: 市教育局 leads task 19 alone (with 各县人民政府); task 12 names
8 responsible units; task 3 is led by 市农业农村局 and 各县人民政府, and 25 tasks name two or more lead units.
Screenshots go to ``tests/artifacts/replies_<where>_<what>.png``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.test_browser_e2e import ARTIFACTS, CHROMIUM, CHROMIUM_FLAGS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VIEWPORTS = {"desktop": (1366, 850), "phone": (375, 740)}
REPLY_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def sync_api() -> Any:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)")
    return pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def browser(sync_api: Any) -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="qa-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS, locale="zh-CN"
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


def open_chat(browser: Any, live_url: str, sync_api: Any, where: str) -> Any:
    page = browser.new_page()
    width, height = VIEWPORTS[where]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(live_url + "/")
    sync_api.expect(page.locator("#qa-chatapp[data-ready]")).to_have_count(1, timeout=30_000)
    page.locator("#qa-new").click()
    return page


def ask(page: Any, question: str, sync_api: Any) -> Any:
    replies = page.locator("#qa-chat .qa-reply")
    before = replies.count()
    box = page.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    sync_api.expect(replies).to_have_count(before + 1, timeout=REPLY_TIMEOUT_MS)
    reply = replies.nth(before)
    reply.scroll_into_view_if_needed()
    return reply


def shot(page: Any, where: str, what: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"replies_{where}_{what}.png"))


def box_of(locator: Any) -> dict[str, float]:
    box = locator.bounding_box()
    assert box is not None, "the element is not rendered"
    return box


@pytest.mark.parametrize("where", VIEWPORTS)
def test_a_count_stands_beside_its_sentence_and_its_list_names_the_lead_units(
    browser: Any, live_url: str, sync_api: Any, where: str
) -> None:
    page = open_chat(browser, live_url, sync_api, where)
    reply = ask(page, "市教育局一共牵头几项任务", sync_api)
    sync_api.expect(reply.locator(".qa-headline .qa-count-n")).to_have_text("1")
    count, said = box_of(reply.locator(".qa-count")), box_of(reply.locator(".qa-said"))
    assert count["x"] + count["width"] <= said["x"]  # beside the sentence, on its left
    assert abs(count["y"] - said["y"]) < 8  # on the same line
    line = reply.locator(".qa-compact li")
    sync_api.expect(line).to_have_count(1)
    sync_api.expect(line).to_contain_text("第19项")
    sync_api.expect(line.locator(".qa-line-units")).to_have_text("牵头单位：市教育局、各县人民政府")
    sync_api.expect(line.locator(".qa-line-units")).to_be_visible()  # a short list shows its units on a phone too
    sync_api.expect(line.locator(".qa-line-units mark")).to_have_text("市教育局")

    units = ask(page, "第12项一共有几个责任单位", sync_api)
    sync_api.expect(units.locator(".qa-count-n")).to_have_text("8")
    shown = units.inner_text()
    assert "8项" not in shown.replace(" ", "")  # the 8 are units: only the sentence says what is counted
    assert "共8个" in shown
    shot(page, where, "count")
    page.close()


@pytest.mark.parametrize("where", VIEWPORTS)
def test_a_long_list_keeps_one_line_per_task_within_the_screen(
    browser: Any, live_url: str, sync_api: Any, where: str
) -> None:
    page = open_chat(browser, live_url, sync_api, where)
    reply = ask(page, "牵头单位有两个以上的任务有哪些", sync_api)
    sync_api.expect(reply.locator(".qa-count-n")).to_have_text("25")
    sync_api.expect(reply.locator(".qa-more > summary")).to_have_text("其余17项")  # 8 lines open
    first = reply.locator(".qa-compact li").first
    sync_api.expect(first).to_contain_text("第3项")
    sync_api.expect(first.locator(".qa-line-units")).to_have_text("牵头单位：市农业农村局、各县人民政府")
    if where == "phone":  # 25 tasks: one line each, the units behind each task's link
        sync_api.expect(first.locator(".qa-line-units")).to_be_hidden()
        heights = {round(box_of(line)["height"]) for line in reply.locator(".qa-compact").first.locator("li").all()}
        assert max(heights) < 40, f"a line wraps: {sorted(heights)}"
    else:
        sync_api.expect(first.locator(".qa-line-units")).to_be_visible()
    bubble = box_of(reply)
    for line in reply.locator(".qa-compact").first.locator("li").all():
        edge = box_of(line)
        assert edge["x"] + edge["width"] <= bubble["x"] + bubble["width"] + 1
    assert page.evaluate("() => document.documentElement.scrollWidth") <= VIEWPORTS[where][0]  # no sideways scroll
    shot(page, where, "long_list")
    said = reply.locator(".qa-said .qa-answer")
    folded = box_of(said)["height"]
    reply.get_by_role("button", name="展开全文").click()  # the sentence beside the count unfolds in place
    sync_api.expect(reply.get_by_role("button", name="收起")).to_be_visible()
    assert box_of(said)["height"] > folded * 2
    page.close()


@pytest.mark.parametrize("where", VIEWPORTS)
def test_clarifying_chips_are_of_one_height_and_ask_their_question(
    browser: Any, live_url: str, sync_api: Any, where: str
) -> None:
    page = open_chat(browser, live_url, sync_api, where)
    reply = ask(page, "它归谁管", sync_api)  # nothing earlier to refer to: a clarifying question
    assert reply.get_attribute("data-intent") == "clarify"
    chips = reply.locator(".qa-chip")
    assert chips.count() >= 2
    heights = {round(box_of(chip)["height"]) for chip in chips.all()}
    assert len(heights) == 1, f"chips of different heights: {sorted(heights)}"  # Gradio's prose margin is undone
    shot(page, where, "clarify")
    picked = chips.nth(1).inner_text()
    chips.nth(1).click()
    replies = page.locator("#qa-chat .qa-reply")
    sync_api.expect(replies).to_have_count(2, timeout=REPLY_TIMEOUT_MS)
    sync_api.expect(page.locator("#qa-chat .qa-user .qa-bubble").last).to_have_text(picked)
    page.close()


def test_small_talk_has_chips_and_no_citation_block(browser: Any, live_url: str, sync_api: Any) -> None:
    page = open_chat(browser, live_url, sync_api, "desktop")
    reply = ask(page, "下午好哇", sync_api)
    assert reply.get_attribute("data-intent") == "smalltalk"
    assert reply.locator(".qa-chip").count() >= 1
    for block in (".qa-cite", ".qa-compact", ".qa-count", ".qa-related"):
        assert reply.locator(block).count() == 0, block
    page.close()


@pytest.mark.parametrize("where", VIEWPORTS)
def test_a_decline_reads_in_full_contrast_and_is_marked(browser: Any, live_url: str, sync_api: Any, where: str) -> None:
    page = open_chat(browser, live_url, sync_api, where)
    answered = ask(page, "市教育局一共牵头几项任务", sync_api)
    declined = ask(page, "西宁市的公交线路规划谁负责", sync_api)
    sync_api.expect(declined.locator(".qa-answer")).to_contain_text("抱歉")
    assert "qa-out" in (declined.get_attribute("class") or "")
    color = "e => getComputedStyle(e).color"
    assert declined.locator(".qa-answer").evaluate(color) == answered.locator(".qa-answer").evaluate(color)
    assert declined.evaluate("e => getComputedStyle(e).borderLeftColor") == "rgb(217, 130, 43)"
    shot(page, where, "decline")
    page.close()


def test_an_empty_question_is_not_sent_and_says_so(browser: Any, live_url: str, sync_api: Any) -> None:
    page = open_chat(browser, live_url, sync_api, "phone")
    box = page.locator("#qa-input textarea")
    note = page.locator("#qa-input-note")
    for empty in ("", "  \n "):
        box.fill(empty)
        box.press("Enter")
        sync_api.expect(note).to_have_text("请先输入问题。")
    page.get_by_role("button", name="提问").click()
    sync_api.expect(note).to_have_text("请先输入问题。")
    assert page.locator("#qa-chat .qa-turn").count() == 0
    box.fill("谁")  # typing clears the note
    sync_api.expect(note).to_have_text("")
    page.close()
