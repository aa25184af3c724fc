"""app_gradio: command line, nothing built at import time, start-up wiring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import app_gradio
from qa.assistant import Assistant
from qa.settings import Settings
from tests.fakes import FakeEncoder
from web.batching import BatchingEncoder

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fake_assistant() -> Assistant:
    from qa.factory import build_assistant

    return build_assistant(Settings(use_cache=False), encoder=FakeEncoder(), progress=lambda _message: None)


def test_importing_builds_nothing() -> None:
    code = "import sys, app_gradio; print('gradio' in sys.modules, 'qa.factory' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_arguments_override_the_settings(tmp_path: Path) -> None:
    args = app_gradio.build_parser().parse_args(
        ["--host", "0.0.0.0", "--port", "8080", "--model", "BAAI/bge-small-zh-v1.5", "--cache-dir", str(tmp_path),
         "--embed-origin", "https://portal.example.gov.cn", "--embed-origin", "self", "--query-cache", "0"]
    )  # fmt: skip
    settings = app_gradio.settings_from_args(args, Settings())
    assert (settings.host, settings.port, settings.embedding_model) == ("0.0.0.0", 8080, "BAAI/bge-small-zh-v1.5")
    assert settings.cache_dir == tmp_path and settings.feedback_path == tmp_path / "feedback.jsonl"
    assert settings.embed_origins == ("https://portal.example.gov.cn", "self")
    assert settings.query_cache_size == 0


def test_defaults_come_from_the_settings() -> None:
    settings = app_gradio.settings_from_args(app_gradio.build_parser().parse_args([]), Settings())
    assert (settings.host, settings.port, settings.embed_origins) == ("127.0.0.1", 7860, ("*",))


def test_a_bad_port_or_origin_stops_before_loading_anything(capsys: pytest.CaptureFixture[str]) -> None:
    assert app_gradio.main(["--port", "70000"]) == 2
    assert "70000" in capsys.readouterr().err
    assert app_gradio.main(["--embed-origin", "javascript:alert(1) x"]) == 2
    assert "javascript:alert(1) x" in capsys.readouterr().err
    assert app_gradio.main(["--torch-threads", "0"]) == 2
    assert "--torch-threads" in capsys.readouterr().err
    assert app_gradio.main(["--query-cache", "-5"]) == 2
    assert "query_cache_size must be >= 0" in capsys.readouterr().err


def test_main_builds_warms_up_and_serves(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fake_assistant: Assistant
) -> None:
    import uvicorn

    import qa.factory

    built: list[Settings] = []
    encoders: list[object] = []
    served: dict[str, object] = {}

    def fake_build(settings: Settings, **kwargs: object) -> object:
        built.append(settings)
        encoders.append(kwargs["encoder"])
        kwargs["progress"]("building the index …")  # type: ignore[operator]
        return fake_assistant

    loaded: list[Settings] = []

    def fake_load(settings: Settings, progress: object) -> FakeEncoder:
        loaded.append(settings)
        return FakeEncoder()

    monkeypatch.setattr(qa.factory, "load_encoder", fake_load)
    threads: list[int] = []
    monkeypatch.setattr(app_gradio, "limit_torch_threads", threads.append)
    monkeypatch.setattr(qa.factory, "build_assistant", fake_build)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.update(app=app, **kwargs))
    assert app_gradio.main(["--port", "7999"]) == 0
    assert built[0].port == 7999
    assert isinstance(encoders[0], BatchingEncoder) and isinstance(encoders[0].inner, FakeEncoder)
    default = min(2, os.cpu_count() or 1)
    assert threads == [default, default]  # the main thread and the encoding thread
    assert loaded[0].encoder_threads == default and loaded[0].encoder_spinning is False  # the cores are shared
    assert served["host"] == "127.0.0.1" and served["port"] == 7999
    assert served["access_log"] is False  # one log line per request cost CPU that answering needs
    out = capsys.readouterr().out
    assert "building the index" in out and "assistant ready" in out and "http://127.0.0.1:7999/" in out


def test_a_model_that_cannot_load_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import qa.factory

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("no such model folder: /nowhere")

    monkeypatch.setattr(qa.factory, "load_encoder", broken)
    monkeypatch.setattr(app_gradio, "limit_torch_threads", lambda _threads: None)
    assert app_gradio.main(["--model", "/nowhere"]) == 4
    assert "/nowhere" in capsys.readouterr().err


def test_the_encoder_flag_chooses_the_backend() -> None:
    args = app_gradio.build_parser().parse_args(["--encoder", "torch"])
    assert app_gradio.settings_from_args(args, Settings()).encoder.value == "torch"


def test_onnx_runtime_spins_in_the_web_app_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    import qa.factory

    loaded: list[Settings] = []

    def stop_after_loading(settings: Settings, progress: object) -> None:
        loaded.append(settings)
        raise OSError("stop here")

    monkeypatch.setattr(qa.factory, "load_encoder", stop_after_loading)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: None)
    assert app_gradio.main(["--encoder-spinning"]) == 4
    assert loaded[0].encoder_spinning is True


def test_the_access_log_is_off_unless_asked_for() -> None:
    assert app_gradio.build_parser().parse_args([]).access_log is False
    assert app_gradio.build_parser().parse_args(["--access-log"]).access_log is True
