"""Against a live server on a loopback port: gradio_client on the fixed API names, and 8 concurrent HTTP clients."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from gradio_client import Client

from qa.assistant import Assistant

UNIT_QUESTION = "自然资源局牵头哪些任务"


@pytest.fixture(scope="module")
def gradio_client(live_url: str) -> Client:
    return Client(live_url, verbose=False, download_files=False)


def test_the_api_names_are_fixed(gradio_client: Client) -> None:
    endpoints = gradio_client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/ask", "/ask_json"} <= set(endpoints)
    params = [p["parameter_name"] for p in endpoints["/ask"]["parameters"]]
    assert params == ["question", "history"]


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
