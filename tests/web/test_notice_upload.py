"""The notice library over HTTP: picking a notice, /api/tasks?notice=, and the administrator's upload.

Expected tasks are read off the fixture files by hand (guangzhou （一）…（八）, jiaxing table rows).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app_gradio import create_app
from qa.assistant import Assistant
from qa.factory import build_library_assistant
from qa.settings import Settings
from tests.fakes import FakeEncoder

FIXTURES = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "notices"
BROKEN = "一、总则\n1. 甲。\n牵头单位：甲局\n牵头单位：乙局\n"  # a second 牵头单位 line for task 1 (line 4)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, fake_settings: Settings) -> Iterator[tuple[TestClient, Path]]:
    folder = tmp_path_factory.mktemp("upload") / "notices"
    folder.mkdir()
    shutil.copy(FIXTURES / "guangzhou_2006_gzbg.txt", folder / "guangzhou.txt")
    settings = replace(fake_settings, notices_dir=folder, allow_upload=True, decline_off_topic=False)
    library = build_library_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)
    with TestClient(create_app(settings, library.default, library)) as client:
        yield client, folder


def _ids(client: TestClient) -> list[str]:
    return [n["id"] for n in client.get("/api/notices").json()["notices"]]


def test_a_question_may_pick_a_notice_and_citations_name_it(setup: tuple[TestClient, Path]) -> None:
    client, _ = setup
    body = client.post("/api/ask", json={"question": "经贸委牵头哪些任务", "notice": "guangzhou"}).json()
    assert [(c["notice"]["doc_number"], c["task"]) for c in body["citations"]] == [
        ("穗府办〔2006〕19号", 1),
        ("穗府办〔2006〕19号", 6),
    ]
    chat = client.post("/api/chat", json={"question": "谁牵头珠江新城金融商贸区建设"}).json()
    assert chat["answer"]["citations"][0]["notice"]["id"] == "guangzhou" and chat["tasks"][0] == 5


def test_an_unknown_notice_is_a_422_listing_the_valid_ids(setup: tuple[TestClient, Path]) -> None:
    client, _ = setup
    for response in (
        client.post("/api/ask", json={"question": "谁牵头污水处理", "notice": "nanjing"}),
        client.get("/api/tasks", params={"notice": "nanjing"}),
    ):
        assert response.status_code == 422
        assert "nanjing" in response.json()["error"] and "guangzhou" in response.json()["error"]


def test_api_tasks_gives_the_picked_notice_and_by_default_the_built_in_one(setup: tuple[TestClient, Path]) -> None:
    client, _ = setup
    assert (
        client.get("/api/tasks", params={"notice": "guangzhou"}).json()["notice"]["doc_number"] == "穗府办〔2006〕19号"
    )
    assert client.get("/api/tasks").json()["notice"]["doc_number"] == "东政办〔2023〕26号"


def test_an_unparsable_upload_names_the_line_and_loses_nothing(setup: tuple[TestClient, Path]) -> None:
    client, folder = setup
    before = _ids(client)
    response = client.post("/api/notices", files={"file": ("broken.txt", BROKEN.encode("utf-8"), "text/plain")})
    assert response.status_code == 422
    assert "无法解析通知 broken.txt" in response.json()["error"] and "第4行" in response.json()["error"]
    assert _ids(client) == before
    assert not (folder / "broken.txt").exists()
    assert client.post("/api/ask", json={"question": "经贸委牵头哪些任务"}).json()["citations"][0]["task"] == 1


def test_an_upload_of_another_type_is_refused_in_chinese(setup: tuple[TestClient, Path]) -> None:
    client, _ = setup
    response = client.post("/api/notices", files={"file": ("notes.md", b"# notes", "text/markdown")})
    assert response.status_code == 422 and "只接受" in response.json()["error"]


def test_a_damaged_document_is_refused_with_the_reason_in_chinese(setup: tuple[TestClient, Path]) -> None:
    client, folder = setup
    response = client.post("/api/notices", files={"file": ("通知.pdf", b"%PDF-1.4 not a PDF", "application/pdf")})
    assert response.status_code == 422
    assert response.json()["error"] == "无法读取通知文件 通知.pdf：PDF 文件已损坏，打不开"
    assert not (folder / "通知.pdf").exists()


def test_an_upload_is_reported_added_saved_and_answered_from(setup: tuple[TestClient, Path]) -> None:
    client, folder = setup
    data = (FIXTURES / "jiaxing_2022_zfgzbg_table.txt").read_bytes()
    response = client.post("/api/notices", files={"file": ("jiaxing.txt", data, "text/plain")})
    body = response.json()
    assert response.status_code == 201 and body["added"] is True
    assert body["report"]["tasks"] == 16 and "16项任务" in body["summary"]
    assert (folder / "jiaxing.txt").read_bytes() == data
    assert _ids(client) == ["notice_haidong_2023_26", "guangzhou", "jiaxing"]
    # Row 11: "*市生态环境局、市生态创建办".
    answer = client.post("/api/ask", json={"question": "谁牵头清新空气示范区", "notice": "jiaxing"}).json()
    assert answer["citations"][0]["task"] == 11 and "市生态环境局" in answer["answer"]
    again = client.post("/api/notices", files={"file": ("copy.txt", data, "text/plain")}).json()
    assert again["added"] is False and _ids(client) == ["notice_haidong_2023_26", "guangzhou", "jiaxing"]


def test_the_upload_page_lists_the_notices(setup: tuple[TestClient, Path]) -> None:
    client, _ = setup
    page = client.get("/admin/notices")
    assert page.status_code == 200 and "guangzhou" in page.text and 'type="file"' in page.text


def test_upload_is_off_by_default(fake_settings: Settings, fake_assistant: Assistant) -> None:
    assert fake_settings.allow_upload is False
    with TestClient(create_app(fake_settings, fake_assistant)) as client:
        response = client.post("/api/notices", files={"file": ("a.txt", b"x", "text/plain")})
        assert response.status_code == 403 and "未开启" in response.json()["error"]
        assert client.get("/admin/notices").status_code == 403


def test_the_chat_reply_names_another_notices_task_instead_of_linking_the_pages_own(
    setup: tuple[TestClient, Path],
) -> None:
    client, _ = setup
    reply = client.post("/api/chat", json={"question": "经贸委牵头哪些任务", "notice": "guangzhou"}).json()
    assert 'data-task="1"' not in reply["html"] and "穗府办〔2006〕19号" in reply["html"]
    assert "出处：穗府办〔2006〕19号" in reply["text"]
    own = client.post("/api/chat", json={"question": "自然资源局牵头哪些任务"}).json()
    assert 'data-task="30"' in own["html"]
