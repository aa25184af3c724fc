"""The service the routes share: what it reports about the question-vector cache, and a library's notices
for the task browser and feedback."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.factory import build_assistant
from qa.library import UnknownNoticeError
from qa.settings import Settings
from tests.fakes import FakeEncoder
from web.feedback import FeedbackInputError
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


def test_a_library_lists_its_notices_default_first(library_service: Service) -> None:
    ids = [notice_id for notice_id, _ in library_service.notices()]
    assert ids == ["notice_haidong_2023_26", "guangzhou", "jiaxing"]
    assert library_service.home_id == "notice_haidong_2023_26"


def test_the_task_filter_follows_the_notice_picked(library_service: Service) -> None:
    # guangzhou: 市经贸委 leads （一） and （六）; the default notice has 34 tasks.
    assert library_service.select(unit="经贸委", role="lead", notice="guangzhou").numbers == (1, 6)
    assert library_service.select(notice="guangzhou").total == 8
    assert library_service.select().total == 34
    assert library_service.select(unit="住建局", role="lead").units == ("市住房建设局",)


def test_an_unknown_notice_in_a_filter_names_the_valid_ids(library_service: Service) -> None:
    with pytest.raises(UnknownNoticeError, match="guangzhou"):
        library_service.select(notice="nanjing")


def test_feedback_records_the_notice_its_answer_came_from(library_service: Service) -> None:
    record = library_service.record_feedback("up", "谁牵头珠江新城金融商贸区建设", "第5项…", [5], notice="guangzhou")
    assert record.notice == "guangzhou" and record.tasks == (5,)
    assert library_service.record_feedback("down", "谁牵头污水处理", tasks=[16]).notice == "notice_haidong_2023_26"


def test_feedback_checks_task_numbers_against_that_notice(library_service: Service) -> None:
    with pytest.raises(FeedbackInputError, match=r"1–8"):
        library_service.record_feedback("up", "问题", tasks=[16], notice="guangzhou")  # guangzhou has 8 tasks
    with pytest.raises(FeedbackInputError, match="nanjing") as refused:
        library_service.record_feedback("up", "问题", tasks=[1], notice="nanjing")
    assert refused.value.field == "notice"
