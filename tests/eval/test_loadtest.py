"""The load test: its guards (loopback only, bounded), its checks, and a small run in CI against the app
in its own process (8 clients × 5 questions over HTTP, 2 × 3 through the Gradio queue)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from eval.loadtest import (
    PROBES,
    HttpTransport,
    LoadConfig,
    Outcome,
    Probe,
    Reply,
    RunResult,
    client_probes,
    is_correct,
    main,
    parse_html_reply,
    parse_json_reply,
    require_loopback,
    run_all,
    same_reply,
    server_query_cache,
)
from qa.assistant import Assistant
from qa.factory import build_assistant
from qa.settings import Settings
from tests.fakes import FakeEncoder
from tests.web.conftest import free_port
from tests.web.fake_server import spawn
from web.chat import format_answer, section_titles
from web.validation import clean_text


@pytest.fixture(scope="module")
def fake_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The assistant the fake web server runs: the real notice with the fake encoder, nothing cached."""
    cache_dir = tmp_path_factory.mktemp("loadtest-cache")
    settings = Settings(cache_dir=cache_dir, use_cache=False, feedback_path=cache_dir / "feedback.jsonl")
    return build_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:7860", "http://localhost:8000/", "http://[::1]:7860", "http://127.8.0.1"]
)
def test_loopback_urls_are_accepted(url: str) -> None:
    assert require_loopback(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["http://10.0.0.5:7860", "http://192.168.1.2", "http://example.gov.cn", "http://0.0.0.0"]
)
def test_other_targets_are_refused_by_name(url: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        require_loopback(url)
    assert main(["--url", url]) == 2


@pytest.mark.parametrize("argv", [["--clients", "0"], ["--questions", "0"], ["--gradio-clients", "-1"]])
def test_nonsense_counts_are_refused(argv: list[str]) -> None:
    assert main(["--url", "http://127.0.0.1:9", *argv]) == 2


def test_replies_are_compared_up_to_score_rounding() -> None:
    reply = {"answer": "甲", "citations": [{"task": 16, "score": 0.728782}]}
    assert same_reply({"answer": "甲", "citations": [{"task": 16, "score": 0.728785}]}, reply)
    assert not same_reply({"answer": "甲", "citations": [{"task": 16, "score": 0.75}]}, reply)
    assert not same_reply({"answer": "乙", "citations": [{"task": 16, "score": 0.728782}]}, reply)
    assert not same_reply({"answer": "甲", "citations": []}, reply)
    assert same_reply("<div>同</div>", "<div>同</div>") and not same_reply("<div>同</div>", "<div>异</div>")


def test_a_question_nobody_answers_is_an_error_not_an_exception() -> None:
    transport = HttpTransport(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    try:
        assert transport.ask(Probe("谁牵头污水处理", top=16)) is None
        assert transport.ask(Probe("文号是什么")) is None  # the closed connection is opened afresh, and fails again
    finally:
        transport.close()


def test_correctness_checks() -> None:
    reply = Reply(True, (16, 15, 9), "第16项「提高污水收集处理能力」由市住房建设局牵头", None)
    assert is_correct(Probe("谁牵头污水处理", top=16), reply)
    assert not is_correct(Probe("谁牵头污水处理", top=15), reply)
    assert is_correct(Probe("q", cites=frozenset({9, 16})), reply)
    assert not is_correct(Probe("q", cites=frozenset({30})), reply)
    assert not is_correct(Probe("q", in_scope=False), reply)
    assert not is_correct(Probe("q", says="太长"), reply)
    assert is_correct(Probe("城里没地方遛弯怎么办"), reply)  # no known answer: any well-formed reply


def test_a_run_that_got_the_surrogate_probe_wrong_can_still_be_printed_as_utf8() -> None:
    probe = Probe("谁牵头\ud800污水处理", top=16)
    result = RunResult("http", 1, 1, 0.5, [Outcome(probe, 0.03, Reply(True, (15,), "甲", None))], {})
    result.outcomes[0].consistent = False

    line = json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")

    assert json.loads(line)["wrong_questions"] == ["谁牵头\\ud800污水处理"]
    assert json.loads(line)["inconsistent_questions"] == ["谁牵头\\ud800污水处理"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [({"status": "ok", "query_cache": {"size": 1024, "held": 3, "hits": 1, "misses": 3}}, 1024),
     ({"status": "ok", "query_cache": None}, None), ({"status": "ok"}, None), (["odd"], None)],
)  # fmt: skip
def test_the_servers_question_cache_is_read_from_healthz(
    monkeypatch: pytest.MonkeyPatch, body: object, expected: int | None
) -> None:
    monkeypatch.setattr(httpx, "get", lambda url, timeout: httpx.Response(200, json=body))
    cache = server_query_cache("http://127.0.0.1:7860")
    assert (cache["size"] if cache else None) == expected


def test_the_question_mix_is_varied_and_mostly_checkable() -> None:
    assert len({p.question for p in PROBES}) == len(PROBES)
    assert sum(p.known for p in PROBES) >= 30
    assert any(p.history for p in PROBES) and any(len(p.question) >= 10_000 for p in PROBES)
    assert any(p.question == "" for p in PROBES) and any("\x00" in p.question for p in PROBES)
    assert any("忽略之前的指令" in p.question for p in PROBES) and any("<script>" in p.question for p in PROBES)
    firsts = {client_probes(PROBES, i, 3)[0] for i in range(8)}
    assert len(firsts) == 8  # clients ask different questions at the same moment


def test_both_reply_forms_are_parsed(fake_assistant: Assistant) -> None:
    answer = fake_assistant.ask("谁牵头污水处理")
    from_json = parse_json_reply(200, answer.to_json())
    from_html = parse_html_reply(format_answer(answer, section_titles(fake_assistant.notice)))
    assert from_json is not None and from_html is not None
    assert from_json.tasks == from_html.tasks == tuple(c.task for c in answer.citations)
    assert from_json.answer == from_html.answer == answer.answer
    assert from_json.in_scope is from_html.in_scope is True
    assert parse_json_reply(500, {"error": "抱歉"}) is None
    assert parse_json_reply(200, {"answer": "x"}) is None
    assert parse_html_reply('<div class="qa-reply qa-error"><div class="qa-answer">抱歉</div></div>') is None
    assert parse_html_reply(None) is None


def test_every_known_answer_holds_for_the_assistant(fake_assistant: Assistant) -> None:
    """The question mix itself is right (here with the fake encoder; the full run checks the real model).
    Questions are cleaned as the web layer cleans them (the engine is not given lone surrogates)."""
    for probe in PROBES:
        answer = fake_assistant.ask(clean_text(probe.question), list(probe.history))
        reply = parse_json_reply(200, answer.to_json(None))
        assert reply is not None and is_correct(probe, reply), probe.question[:40]


@pytest.mark.slow
def test_a_small_load_run_against_the_app_in_its_own_process(tmp_path: Path) -> None:
    server = spawn(free_port(), tmp_path)
    try:
        config = LoadConfig(server.url, clients=(8,), questions=5, gradio_clients=2, gradio_questions=3, deadline_s=120)
        logged: list[str] = []
        results = run_all(config, log=logged.append)
    finally:
        server.stop()
    http, gradio = results
    for result in results:
        summary = result.to_json()
        assert summary["errors"] == 0 and summary["wrong"] == 0 and summary["inconsistent"] == 0, summary
        assert all(summary["server_rss_mb"][k] for k in ("before", "peak", "after")), summary
        assert summary["p50_ms"] is not None and summary["throughput_per_s"]
    assert (http.clients, len(http.outcomes)) == (8, 40)
    assert (gradio.mode, len(gradio.outcomes)) == ("gradio", 6)
    assert http.to_json()["known_answer_replies"] >= 30
    assert any("--query-cache 0" in line for line in logged)  # the default server caches: the run says so
