"""The factory wires the assistant; a warm start with a valid cache encodes nothing but questions."""

from __future__ import annotations

from qa.factory import build_assistant
from qa.settings import Settings
from tests.fakes import CountingEncoder, FakeEncoder


def test_a_warm_start_reencodes_neither_the_notice_nor_the_off_topic_references(tmp_path):
    settings = Settings(cache_dir=tmp_path)
    cold = CountingEncoder()
    build_assistant(settings, encoder=cold, progress=lambda _: None)
    assert cold.documents > 0 and cold.queries > 0
    warm = CountingEncoder()
    assistant = build_assistant(settings, encoder=warm, progress=lambda _: None)
    assert (warm.documents, warm.queries) == (0, 0)
    assert assistant.ask("自然资源局牵头哪些任务").citations[0].task == 30


def test_without_the_cache_everything_is_built_in_memory(tmp_path):
    settings = Settings(cache_dir=tmp_path, use_cache=False)
    build_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)
    assert not (tmp_path / "index").exists()


def test_a_follow_up_encodes_only_itself_when_the_earlier_question_is_remembered(tmp_path):
    encoder = CountingEncoder()
    assistant = build_assistant(Settings(cache_dir=tmp_path), encoder=encoder, progress=lambda _: None)
    assistant.ask("谁牵头污水处理")
    before = encoder.queries

    assistant.ask("那配合单位有哪些", ["谁牵头污水处理"])

    assert encoder.queries - before == 1  # the follow-up's own query; the earlier one came from the cache


def test_with_the_question_cache_off_every_question_reaches_the_encoder(tmp_path):
    encoder = CountingEncoder()
    assistant = build_assistant(
        Settings(cache_dir=tmp_path, query_cache_size=0), encoder=encoder, progress=lambda _: None
    )
    assistant.ask("谁牵头污水处理")
    before = encoder.queries

    assistant.ask("谁牵头污水处理")

    assert encoder.queries - before == 1
