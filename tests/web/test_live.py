"""Against a live server on a loopback port: gradio_client on the fixed API names, 8 concurrent HTTP clients,
and feedback from the page's 赞/踩 (as the page's script sends it) and from gradio_client."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from gradio_client import Client

from qa.assistant import Assistant
from qa.feedback import FeedbackStore

UNIT_QUESTION = "自然资源局牵头哪些任务"


@pytest.fixture(scope="module")
def gradio_client(live_url: str) -> Client:
    return Client(live_url, verbose=False, download_files=False)


def test_the_api_names_are_fixed(gradio_client: Client) -> None:
    endpoints = gradio_client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/ask", "/ask_json"} <= set(endpoints)
    params = [(p["parameter_name"], p["parameter_has_default"]) for p in endpoints["/ask"]["parameters"]]
    # A library's notice id came after (issue 11): optional, so calls with (question, history) still work.
    assert params == [("question", False), ("history", True), ("notice", True)]


def test_gradio_client_gets_the_cited_reply(gradio_client: Client) -> None:
    reply = gradio_client.predict(UNIT_QUESTION, [], api_name="/ask")
    assert isinstance(reply, str)
    assert reply.index("市自然资源和规划局牵头的任务") < reply.index("第30项")
    assert "提高建设用地利用效率" in reply and "牵头单位" in reply and "责任单位" in reply


def test_gradio_client_json_equals_the_http_api(gradio_client: Client, live_url: str) -> None:
    over_gradio = gradio_client.predict(UNIT_QUESTION, ["谁牵头污水处理"], api_name="/ask_json")
    over_http = httpx.post(f"{live_url}/api/ask", json={"question": UNIT_QUESTION, "history": ["谁牵头污水处理"]})
    assert over_gradio == over_http.json()


def test_gradio_client_reply_escapes_markup(gradio_client: Client) -> None:
    reply = gradio_client.predict("<img src=x onerror=alert(1)>", [], api_name="/ask")
    assert "<img" not in reply
    assert reply.startswith('<div class="qa-reply')


def test_eight_concurrent_clients_each_get_their_own_correct_answer(live_url: str, fake_assistant: Assistant) -> None:
    units = ["住建局", "卫健委", "发改委", "教育局", "民政局", "交通局", "城管局", "水务局"]
    questions = [f"{unit}牵头哪些任务" for unit in units] * 3
    expected = {q: fake_assistant.ask(q).to_json() for q in questions}

    def ask(question: str) -> dict:
        with httpx.Client(timeout=60) as http:
            return http.post(f"{live_url}/api/ask", json={"question": question}).json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(pool.map(ask, questions))
    for question, reply in zip(questions, replies, strict=True):
        assert reply == expected[question]


# --- feedback over the wire -----------------------------------------------------------------
def test_a_thumb_clicked_on_a_reply_in_the_page_is_stored(live_url: str, fake_settings: Any) -> None:
    """As web/static/chat.js does it: the reply from /api/chat, then its answer and tasks to /api/feedback."""
    before = len(FeedbackStore(fake_settings.feedback_path).read().records)
    with httpx.Client(timeout=60) as http:
        reply = http.post(f"{live_url}/api/chat", json={"question": "谁牵头污水处理", "history": []}).json()
        assert "第16项" in reply["html"] and reply["tasks"][0] == 16
        body = {"rating": "down", "question": "谁牵头污水处理", "answer": reply["answer"]["answer"],
                "tasks": reply["tasks"], "comment": "牵头单位对，但少了县里"}  # fmt: skip
        assert http.post(f"{live_url}/api/feedback", json=body).status_code == 201
    records = FeedbackStore(fake_settings.feedback_path).read().records
    assert len(records) == before + 1
    record = records[-1]
    assert (record.rating, record.question, record.comment) == ("down", "谁牵头污水处理", "牵头单位对，但少了县里")
    assert 16 in record.tasks and record.answer.startswith("第16项")


def test_gradio_client_feedback_endpoint(gradio_client: Client, fake_settings: Any) -> None:
    acknowledged = gradio_client.predict("up", "谁牵头污水处理", "第16项…", [16], "", api_name="/feedback")
    assert set(acknowledged) == {"id", "time"}
    assert FeedbackStore(fake_settings.feedback_path).read().records[-1].id == acknowledged["id"]
    refused = gradio_client.predict("meh", "谁牵头污水处理", "", [], "", api_name="/feedback")
    assert "rating" in refused["error"]


def test_http_feedback_on_the_live_server(live_url: str, fake_settings: Any) -> None:
    response = httpx.post(f"{live_url}/api/feedback", json={"rating": "up", "question": "文号是什么"})
    assert response.status_code == 201
    assert FeedbackStore(fake_settings.feedback_path).read().records[-1].id == response.json()["id"]
