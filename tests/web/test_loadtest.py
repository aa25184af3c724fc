"""The load test's guards: loopback only, and replies compared up to score rounding."""

from __future__ import annotations

import pytest

from web.loadtest import main, require_loopback, same_reply


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


def test_replies_are_compared_up_to_score_rounding() -> None:
    reply = {"answer": "甲", "citations": [{"task": 16, "score": 0.728782}]}
    assert same_reply({"answer": "甲", "citations": [{"task": 16, "score": 0.728785}]}, reply)
    assert not same_reply({"answer": "甲", "citations": [{"task": 16, "score": 0.75}]}, reply)
    assert not same_reply({"answer": "乙", "citations": [{"task": 16, "score": 0.728782}]}, reply)
    assert not same_reply({"answer": "甲", "citations": []}, reply)
