"""Feedback from scripts (``POST /api/feedback``) and from the chat page (赞/踩 on a reply): stored durably
with question, answer, cited tasks and time; bad values refused with a Chinese message naming them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app_gradio import create_app
from qa.assistant import Assistant
from qa.cli import main as cli_main
from qa.feedback import FeedbackStore
from qa.library import LibraryAssistant
from qa.settings import Settings
from web.feedback import FeedbackInputError, check_tasks, parse_rating
from web.service import Service
from web.ui import FEEDBACK_FAILED, ChatHandlers, UiConfig

GOOD = {"rating": "up", "question": "谁牵头污水处理", "answer": "第16项由市住房建设局牵头", "tasks": [16]}


@pytest.fixture(scope="module")
def settings(fake_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("feedback")
    return fake_settings.with_overrides(cache_dir=folder, feedback_path=folder / "feedback.jsonl")


@pytest.fixture(autouse=True)
def empty_store(settings: Settings) -> None:
    """Each test starts with no feedback file."""
    settings.feedback_path.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def client(settings: Settings, fake_assistant: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(settings, fake_assistant)) as test_client:
        yield test_client


def stored(settings: Settings) -> list[dict[str, Any]]:
    return [record.to_json() for record in FeedbackStore(settings.feedback_path).read().records]


def post_raw(client: TestClient, body: str | bytes) -> Any:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return client.post("/api/feedback", content=data, headers={"Content-Type": "application/json"})


# --- POST /api/feedback ---------------------------------------------------------------------
def test_feedback_is_acknowledged_with_id_and_time_once_stored(client: TestClient, settings: Settings) -> None:
    response = client.post("/api/feedback", json={**GOOD, "comment": "很准确"})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "time"}
    [record] = stored(settings)
    assert record["id"] == body["id"] and record["time"] == body["time"]
    assert (record["rating"], record["question"], record["tasks"], record["comment"]) == (
        "up", "谁牵头污水处理", [16], "很准确",
    )  # fmt: skip


def test_thumbs_emoji_and_defaults_are_accepted(client: TestClient, settings: Settings) -> None:
    assert client.post("/api/feedback", json={"rating": "👎", "question": "城里没地方遛弯怎么办"}).status_code == 201
    [record] = stored(settings)
    assert (record["rating"], record["answer"], record["tasks"], record["comment"]) == ("down", "", [], "")


def test_the_cli_reads_what_the_api_stored(client: TestClient, settings: Settings, capsys: Any) -> None:
    ids = [client.post("/api/feedback", json=GOOD).json()["id"] for _ in range(3)]
    assert cli_main(["feedback", "--json", "--cache-dir", str(settings.cache_dir)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["count"] == 3 and [r["id"] for r in printed["records"]] == ids
    assert printed["skipped_lines"] == []


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        ({**GOOD, "rating": "meh"}, "rating", ["rating", "'meh'", "up", "down"]),
        ({**GOOD, "rating": 5}, "rating", ["rating", "字符串", "数字 5"]),
        ({**GOOD, "rating": None}, "rating", ["rating", "null"]),
        ({**GOOD, "comment": "长" * 2001}, "comment", ["comment", "2000", "2001"]),
        ({**GOOD, "comment": 42}, "comment", ["comment", "字符串", "42"]),
        ({**GOOD, "question": ["谁牵头"]}, "question", ["question", "数组"]),
        ({**GOOD, "question": "   "}, "question", ["question", "不能为空"]),
        ({**GOOD, "tasks": [99, 16]}, "tasks", ["tasks", "[99]", "1–34"]),
        ({**GOOD, "tasks": ["16"]}, "tasks", ["tasks[0]", "整数", '"16"']),
        ({**GOOD, "tasks": [True]}, "tasks", ["tasks[0]", "整数", "true"]),
        ({**GOOD, "tasks": 16}, "tasks", ["tasks", "数组", "16"]),
        ({"rating": "up"}, "question", ["缺少", "question"]),
        ({**GOOD, "commment": "typo"}, "commment", ["未知字段", "commment"]),
    ],
)
def test_bad_feedback_is_a_422_in_chinese_naming_field_and_value(
    client: TestClient, settings: Settings, payload: dict[str, Any], field: str, words: list[str]
) -> None:
    response = client.post("/api/feedback", json=payload)
    assert response.status_code == 422
    body = response.json()
    assert body["error"].startswith(("请求格式有误", "反馈有误"))
    for word in words:
        assert word in body["error"], (word, body["error"])
    assert any(field in map(str, error["loc"]) for error in body["detail"])
    assert "Traceback" not in response.text
    assert stored(settings) == []


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("not json", ["不是合法的 JSON"]),
        ("", ["缺少请求体"]),
        ('["up"]', ["JSON 对象", "数组"]),
        ('{"rating": "up", "question": "q", ', ["不是合法的 JSON"]),
    ],
)
def test_a_body_that_is_not_a_json_object_is_a_422(client: TestClient, body: str, words: list[str]) -> None:
    response = post_raw(client, body)
    assert response.status_code == 422
    for word in words:
        assert word in response.json()["error"]


def test_text_json_allows_but_utf8_cannot_hold_is_cleaned_not_a_500(client: TestClient, settings: Settings) -> None:
    body = '{"rating": "up", "question": "谁牵头\\ud800污水处理", "comment": "\\u0000<script>alert(1)</script>"}'
    response = post_raw(client, body)
    assert response.status_code == 201
    [record] = stored(settings)
    assert record["question"] == "谁牵头\ufffd污水处理"
    assert record["comment"] == "\x00<script>alert(1)</script>"  # stored as given, shown escaped wherever shown


def test_a_disk_that_refuses_the_write_is_a_503_and_nothing_is_acknowledged(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FeedbackStore, "append", full)
    response = client.post("/api/feedback", json=GOOD)
    assert response.status_code == 503
    assert response.json() == {"error": "抱歉，反馈暂时无法保存，请稍后再试。"}
    assert "No space left" in caplog.text and "No space left" not in response.text


def test_the_store_is_opened_by_the_app_factory_not_at_import(settings: Settings, fake_assistant: Assistant) -> None:
    assert not settings.feedback_path.exists()
    create_app(settings, fake_assistant)
    assert not settings.feedback_path.exists()  # created with the first record


# --- the pieces ------------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "rating"), [("up", "up"), (" down ", "down"), ("👍", "up"), ("👎", "down")])
def test_ratings(value: str, rating: str) -> None:
    assert parse_rating(value).value == rating


@pytest.mark.parametrize("value", ["", "UP!", "like", 1, None])
def test_bad_ratings_are_named(value: object) -> None:
    with pytest.raises(FeedbackInputError, match="rating") as caught:
        parse_rating(value)
    assert caught.value.field == "rating"


def test_task_numbers_are_checked_and_deduplicated() -> None:
    assert check_tasks([16, 30, 16], range(1, 35)) == (16, 30)
    with pytest.raises(FeedbackInputError, match=r"\[0, 35\]"):
        check_tasks([0, 16, 35], range(1, 35))


# --- 赞/踩 in the chat page (web/static/chat.js posts what /api/chat returned to /api/feedback) -------------
@pytest.fixture
def chat(settings: Settings, fake_assistant: Assistant) -> ChatHandlers:
    service = Service(fake_assistant, feedback=FeedbackStore(settings.feedback_path))
    return ChatHandlers(service, UiConfig())


def page_feedback(client: TestClient, question: str, history: list[str], rating: str, comment: str) -> Any:
    """What the page does: ask through /api/chat, then post the reply's answer and tasks with the rating."""
    reply = client.post("/api/chat", json={"question": question, "history": history}).json()
    body = {"rating": rating, "question": question, "answer": reply["answer"]["answer"], "tasks": reply["tasks"],
            "comment": comment}  # fmt: skip
    return client.post("/api/feedback", json=body)


def test_a_thumb_on_a_reply_stores_its_question_answer_tasks_and_comment(
    client: TestClient, settings: Settings, fake_assistant: Assistant
) -> None:
    response = page_feedback(client, "那配合单位有哪些", ["谁牵头污水处理"], "down", "配合单位列得很全")
    assert response.status_code == 201
    [record] = stored(settings)
    expected = fake_assistant.ask("那配合单位有哪些", ["谁牵头污水处理"])
    assert record["rating"] == "down" and record["comment"] == "配合单位列得很全"
    assert record["question"] == "那配合单位有哪些"
    assert record["answer"] == expected.answer  # the plain answer text, not the reply's HTML
    assert record["tasks"] == [c.task for c in expected.citations] and 16 in record["tasks"]
    assert record["time"].endswith("+00:00")


def test_an_over_long_comment_from_the_page_is_refused_naming_the_limit(client: TestClient, settings: Settings) -> None:
    response = page_feedback(client, "谁牵头污水处理", [], "up", "长" * 2001)
    assert response.status_code == 422 and "2000" in response.json()["error"]
    assert stored(settings) == []


def test_the_gradio_api_feedback_function(chat: ChatHandlers, settings: Settings) -> None:
    acknowledged = chat.api_feedback("down", "谁牵头污水处理", "第16项…", [16], "不对")
    assert set(acknowledged) == {"id", "time"}
    assert stored(settings)[0]["id"] == acknowledged["id"]
    refused = chat.api_feedback("meh", "谁牵头污水处理")
    assert "rating" in refused["error"] and "'meh'" in refused["error"]


def test_without_a_store_feedback_is_refused_politely(fake_assistant: Assistant) -> None:
    chat = ChatHandlers(Service(fake_assistant), UiConfig())
    assert chat.api_feedback("up", "谁牵头污水处理")["error"] == FEEDBACK_FAILED


def test_the_page_offers_thumbs_and_a_comment_box_after_dislike(client: TestClient) -> None:
    page = client.get("/config").json()["head"]  # the chat's script (web/static/chat.js), in the page's head
    assert 'actionButton("qa-up", "赞", "赞")' in page and 'actionButton("qa-down", "踩", "踩")' in page
    assert page.index('"qa-up", "赞"') < page.index('"qa-down", "踩"')  # 赞 before 踩
    assert '"aria-label": "反馈意见（可选）"' in page and 'className: "qa-fb-form", hidden: true' in page


@pytest.fixture(scope="module")
def library_client(library_settings: Settings, library: LibraryAssistant) -> Iterator[TestClient]:
    with TestClient(create_app(library_settings, library.default, library)) as test_client:
        yield test_client


def test_feedback_in_a_library_records_the_notice_the_answer_came_from(
    library_client: TestClient, library_settings: Settings, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_settings.feedback_path.unlink(missing_ok=True)
    body = {"rating": "up", "question": "谁牵头珠江新城金融商贸区建设", "answer": "第5项…", "tasks": [5]}
    assert library_client.post("/api/feedback", json={**body, "notice": "guangzhou"}).status_code == 201
    assert library_client.post("/api/feedback", json=GOOD).status_code == 201  # no notice: the default one
    assert [(r["notice"], r["tasks"]) for r in stored(library_settings)] == [
        ("guangzhou", [5]),
        ("notice_haidong_2023_26", [16]),
    ]
    monkeypatch.setenv("QA_FEEDBACK_PATH", str(library_settings.feedback_path))
    assert cli_main(["feedback"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("👍 谁牵头珠江新城金融商贸区建设 → 【guangzhou】第5项 ")
    assert lines[1].endswith("👍 谁牵头污水处理 → 【notice_haidong_2023_26】第16项 ")


def test_feedback_naming_an_unknown_notice_or_a_task_it_lacks_is_a_422(library_client: TestClient) -> None:
    unknown = library_client.post("/api/feedback", json={**GOOD, "notice": "nanjing"})
    assert (
        unknown.status_code == 422 and "nanjing" in unknown.json()["error"] and "guangzhou" in unknown.json()["error"]
    )
    assert unknown.json()["detail"][0]["loc"] == ["body", "notice"]
    lacking = library_client.post("/api/feedback", json={**GOOD, "notice": "guangzhou"})  # task 16 of 8
    assert lacking.status_code == 422 and "1–8" in lacking.json()["error"]
