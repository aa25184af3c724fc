"""Start the web app: the Gradio chat and task browser mounted on FastAPI, plus the HTTP API.

    python app_gradio.py [--host 127.0.0.1] [--port 7860] [--model NAME] [--cache-dir DIR] [--query-cache N]
                         [--access-log]

Routes: ``/`` the page (``/?embed=1`` or ``/embed`` without header and footer, for
iframes), ``POST /api/ask``, ``POST /api/feedback``, ``GET /api/tasks`` (+ ``.csv``, ``.xlsx``),
``GET /api/matrix.png``, ``POST /api/chat`` (the page's chat),
``GET /healthz``; Gradio API names ``/ask``, ``/ask_json`` and ``/feedback``.
Nothing is built at import time: :func:`create_app` takes a ready assistant and opens the
feedback store at ``settings.feedback_path`` (the file is created on the first record).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# Gradio must not phone home (analytics, version checks) from an air-gapped office.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from fastapi import FastAPI

from index.encoder import EncoderBackend
from qa.assistant import Assistant
from qa.library import LibraryAssistant
from qa.settings import Settings, cache_dir_overrides
from qa.startup import pause_gc, resume_gc

log = logging.getLogger("app_gradio")


def create_app(settings: Settings, assistant: Assistant, library: LibraryAssistant | None = None) -> FastAPI:
    """The FastAPI app with the API routes, the embedding headers and Gradio mounted at ``/``.

    ``library``: the notices questions may pick (``--notices``, or uploads allowed); None: ``assistant``'s alone.
    """
    import gradio as gr

    from qa.feedback import FeedbackStore
    from web.api import build_router, install_error_handlers
    from web.notice_upload import build_upload_router
    from web.security import ApiCorsMiddleware, SecurityHeadersMiddleware, content_security_policy
    from web.service import Service
    from web.ui import HEAD, UiConfig, build_blocks, theme

    csp = content_security_policy(settings.embed_origins)  # raises ValueError naming a bad origin
    service = Service(
        assistant,
        feedback=FeedbackStore(settings.feedback_path),
        library=library,
        notice_id=settings.notice_path.stem,
    )
    app = FastAPI(title="任务分工问答 API", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.add_middleware(SecurityHeadersMiddleware, csp=csp)
    app.add_middleware(ApiCorsMiddleware, origins=settings.embed_origins)  # the web component asks from its host page
    install_error_handlers(app)
    # Before the mount at "/", which would catch everything.
    app.include_router(build_router(service, max_question_chars=settings.max_question_chars))
    app.include_router(build_upload_router(library, settings.library_dir, allowed=settings.allow_upload))
    blocks = build_blocks(
        service, UiConfig(max_question_chars=settings.max_question_chars, allow_upload=settings.allow_upload)
    )
    return gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        server_name=settings.host,
        server_port=settings.port,
        footer_links=[],
        run_history=False,
        show_error=False,
        ssr_mode=False,
        mcp_server=False,
        enable_monitoring=False,
        pwa=False,
        theme=theme(),
        head=HEAD,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python app_gradio.py",
        description="任务分工问答（网页；内置海东市东政办〔2023〕26号，--notices 加载通知库）",
    )
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default 7860)")
    parser.add_argument(
        "--model", help="sentence-transformers model name or path (default: built-in multilingual-e5-small)"
    )
    parser.add_argument("--cache-dir", type=Path, help="where the model folder and index cache live")
    parser.add_argument("--notices", type=Path, metavar="DIR", help="a folder of notices to answer from as well")
    parser.add_argument("--no-builtin", action="store_true", help="with --notices: leave out the built-in notice")
    parser.add_argument(
        "--allow-upload",
        action="store_true",
        help="let an administrator add notices at /admin/notices (saved into --notices DIR; default: off)",
    )
    parser.add_argument(
        "--encoder",
        choices=[m.value for m in EncoderBackend],
        help="what runs the embedding model (default onnx; torch where the model folder has no onnx/model.onnx)",
    )
    parser.add_argument(
        "--torch-threads",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="CPU threads for the encoder, torch or ONNX Runtime (default: 2, or 1 on a one-core machine; "
        "1 on a CPU shared with busy work)",
    )
    parser.add_argument(
        "--query-cache",
        type=int,
        dest="query_cache_size",
        metavar="N",
        help="question vectors kept in memory (default 1024; 0 turns the cache off, e.g. to load-test the model)",
    )
    parser.add_argument(
        "--encoder-spinning",
        action="store_true",
        help="let ONNX Runtime's threads busy-wait for work between model calls (its own default, the lowest "
        "latency on an otherwise idle machine; default here: off, the HTTP and answering threads need the cores)",
    )
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="log every HTTP request (uvicorn's access log; default: off, it cost each reply CPU time that "
        "answering needs; errors are logged either way)",
    )
    parser.add_argument(
        "--embed-origin",
        action="append",
        dest="embed_origins",
        metavar="ORIGIN",
        help="a site allowed to embed the page in an iframe (repeat; default: any)",
    )
    return parser


def settings_from_args(args: argparse.Namespace, base: Settings) -> Settings:
    overrides: dict[str, object] = {
        "host": args.host,
        "port": args.port,
        "embedding_model": args.model,
        "encoder": args.encoder,
        "query_cache_size": args.query_cache_size,
    }
    if args.cache_dir is not None:
        overrides.update(cache_dir_overrides(args.cache_dir))
    if args.embed_origins:
        overrides["embed_origins"] = tuple(args.embed_origins)
    if args.notices is not None:
        overrides["notices_dir"] = args.notices
    if args.no_builtin:
        overrides["include_builtin"] = False
    if args.allow_upload:
        overrides["allow_upload"] = True
    return base.with_overrides(**overrides)


def limit_torch_threads(threads: int) -> None:
    """Cap the encoder's CPU threads.

    All question encoding runs in one thread (web.batching), so intra-op
    parallelism is the only parallelism torch gets. On a dedicated two-core
    machine two threads were faster (wrk, loopback: one client p50 25 ms vs 31 ms;
    eight clients p50 76 ms vs 102 ms, 122 vs 94 replies/s). On a CPU shared
    with other busy processes the two threads waited on each other (one encoding
    took 265 ms instead of 29 ms): pass --torch-threads 1 there.

    Only when torch is loaded (the torch backend): ONNX Runtime takes its threads from the
    settings when its session is created, and the server must not import torch for nothing.
    """
    if "torch" not in sys.modules:
        return
    import torch

    torch.set_num_threads(threads)


def show_progress(message: str) -> None:
    """Start-up progress (model folder, index build) goes to the console as it happens."""
    print(message, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the assistant (showing progress), warm it up, and serve until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        settings = settings_from_args(args, Settings.from_env())
        from web.security import frame_ancestors

        frame_ancestors(settings.embed_origins)  # a bad origin stops the start, naming it
    except ValueError as exc:
        print(f"设置有误：{exc}", file=sys.stderr)
        return 2

    if args.torch_threads < 1:
        print(f"设置有误：--torch-threads must be >= 1, got {args.torch_threads}", file=sys.stderr)
        return 2

    from qa.factory import build_assistant, build_library_assistant, load_encoder
    from web.batching import BatchingEncoder

    started = time.perf_counter()
    pause_gc()  # until the assistant is built and warmed up (see qa.startup)
    try:
        # Questions asked at the same moment share one model call (see web.batching). ONNX Runtime's threads
        # do not spin unless asked: on two cores the HTTP and answering threads need the time they would burn
        # waiting (8 clients on a loaded machine: 12-14 ms of server CPU per reply instead of 19-28 ms).
        settings = settings.with_overrides(encoder_threads=args.torch_threads, encoder_spinning=args.encoder_spinning)
        encoder = BatchingEncoder(load_encoder(settings, show_progress))
        library = (
            build_library_assistant(settings, encoder=encoder, progress=show_progress)
            if settings.uses_library
            else None
        )
        assistant = (
            library.default
            if library is not None
            else build_assistant(settings, encoder=encoder, progress=show_progress)
        )
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"无法加载模型或索引：{exc}", file=sys.stderr)
        resume_gc()
        return 4
    # After building (the index build may use every core); in the encoding thread too, which does not
    # pick the setting up from the main thread.
    limit_torch_threads(args.torch_threads)
    encoder.run_in_worker(lambda: limit_torch_threads(args.torch_threads))
    from web.intro import example_questions

    # Warm-up with the notice's own first example, so the first visitor does not pay for lazy initialisation.
    assistant.ask(next(iter(example_questions(assistant.notice)), "一共有多少项任务"))
    print(f"assistant ready in {time.perf_counter() - started:.1f}s", flush=True)
    resume_gc()

    import uvicorn

    app = create_app(settings, assistant, library)
    print(f"serving on http://{settings.host}:{settings.port}/  (embed: /?embed=1, API: POST /api/ask)", flush=True)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="info",
        access_log=args.access_log,
        timeout_graceful_shutdown=5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
