"""The whole app in its own process with the fake encoder, for tests that kill or load a real server.

    python -m tests.web.fake_server --port 8123 --cache-dir /tmp/x

Wired as ``app_gradio.main`` wires it (batching encoder, feedback at ``<cache-dir>/feedback.jsonl``),
served by uvicorn on 127.0.0.1 only. :func:`spawn` starts it and waits for ``/healthz``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.web.fake_server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cache-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

    import uvicorn

    from app_gradio import create_app
    from qa.factory import build_assistant
    from qa.settings import Settings
    from tests.fakes import FakeEncoder
    from web.batching import BatchingEncoder

    settings = Settings(
        cache_dir=args.cache_dir, use_cache=False, feedback_path=args.cache_dir / "feedback.jsonl", port=args.port
    )
    assistant = build_assistant(settings, encoder=BatchingEncoder(FakeEncoder()), progress=lambda _message: None)
    app = create_app(settings, assistant)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", timeout_graceful_shutdown=2)
    return 0


@dataclass
class ServerProcess:
    url: str
    process: subprocess.Popen[bytes]

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


def spawn(port: int, cache_dir: Path, timeout: float = 90.0) -> ServerProcess:
    """Start the fake-encoder server on ``127.0.0.1:port`` and wait until ``/healthz`` answers."""
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "tests.web.fake_server", "--port", str(port), "--cache-dir", str(cache_dir)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    server = ServerProcess(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the test server exited with code {process.returncode}")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the test server on port {port} did not answer /healthz within {timeout:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
