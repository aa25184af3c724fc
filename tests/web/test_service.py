"""The service the routes share: here, what it reports about the question-vector cache."""

from __future__ import annotations

from pathlib import Path

from qa.factory import build_assistant
from qa.settings import Settings
from tests.fakes import FakeEncoder
from web.service import Service


def service(tmp_path: Path, cache_size: int) -> Service:
    settings = Settings(cache_dir=tmp_path, use_cache=False, query_cache_size=cache_size)
    return Service(build_assistant(settings, encoder=FakeEncoder(), progress=lambda _message: None))


def test_the_question_cache_report_counts_hits_and_misses(tmp_path: Path) -> None:
    svc = service(tmp_path, cache_size=8)
    svc.ask("停车场建设由哪个部门牵头")
    svc.ask("停车场建设由哪个部门牵头")

    assert svc.query_cache() == {"size": 8, "held": 1, "hits": 1, "misses": 1}


def test_without_a_question_cache_there_is_nothing_to_report(tmp_path: Path) -> None:
    assert service(tmp_path, cache_size=0).query_cache() is None
