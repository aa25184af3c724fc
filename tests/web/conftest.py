"""Fixtures for the web layer: a fake-encoder assistant, the app, and a live server on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from app_gradio import create_app
from qa.assistant import Assistant
from qa.factory import build_assistant, build_library_assistant
from qa.feedback import FeedbackStore
from qa.library import LibraryAssistant
from qa.settings import Settings
from tests.fakes import FakeEncoder
from web.batching import BatchingEncoder
from web.service import Service

FIXTURE_NOTICES = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "notices"


@pytest.fixture(scope="session")
def fake_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """No disk cache; feedback goes to a temporary file, never the project's own."""
    cache_dir = tmp_path_factory.mktemp("web-cache")
    return Settings(cache_dir=cache_dir, use_cache=False, feedback_path=cache_dir / "feedback.jsonl")


@pytest.fixture(scope="session")
def fake_assistant(fake_settings: Settings) -> Assistant:
    """The real assistant wired to a character-hashing encoder (no model, no disk cache)."""
    return build_assistant(fake_settings, encoder=FakeEncoder(), progress=lambda _message: None)


@pytest.fixture(scope="session")
def library_settings(tmp_path_factory: pytest.TempPathFactory, fake_settings: Settings) -> Settings:
    """A library: the built-in 26号 first, then guangzhou (8 tasks, 穗府办〔2006〕19号) and jiaxing (16 table rows,
    no document number), from the fixture notices."""
    root = tmp_path_factory.mktemp("library")
    folder = root / "notices"
    folder.mkdir()
    shutil.copy(FIXTURE_NOTICES / "guangzhou_2006_gzbg.txt", folder / "guangzhou.txt")
    shutil.copy(FIXTURE_NOTICES / "jiaxing_2022_zfgzbg_table.txt", folder / "jiaxing.txt")
    return replace(fake_settings, notices_dir=folder, decline_off_topic=False, feedback_path=root / "feedback.jsonl")


@pytest.fixture(scope="session")
def library(library_settings: Settings) -> LibraryAssistant:
    """That library's assistants, with the fake encoder."""
    return build_library_assistant(library_settings, encoder=FakeEncoder(), progress=lambda _: None)


@pytest.fixture(scope="session")
def library_service(library: LibraryAssistant, library_settings: Settings) -> Service:
    """The service over that library (feedback goes to the library's own temporary file)."""
    return Service(library.default, feedback=FeedbackStore(library_settings.feedback_path), library=library)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    """A uvicorn server running the app in a thread."""

    url: str
    server: object
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True  # type: ignore[attr-defined]
        self.thread.join(timeout=15)


def start_server(app: object, port: int | None = None, timeout: float = 30.0) -> LiveServer:
    """Start ``app`` on 127.0.0.1 and wait until it accepts requests."""
    import uvicorn

    port = port or free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="on", timeout_graceful_shutdown=2
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server on port {port} did not start")
        time.sleep(0.05)
    return LiveServer(f"http://127.0.0.1:{port}", server, thread)


@pytest.fixture(scope="session")
def live_url(fake_settings: Settings) -> Iterator[str]:
    """The whole app (Gradio + API) on a free loopback port, wired as ``app_gradio.main`` wires it
    (batching encoder), with the fake encoder inside."""
    encoder = BatchingEncoder(FakeEncoder())
    assistant = build_assistant(fake_settings, encoder=encoder, progress=lambda _message: None)
    live = start_server(create_app(fake_settings, assistant))
    yield live.url
    live.stop()
    encoder.close()
