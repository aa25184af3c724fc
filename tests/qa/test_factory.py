"""The factory wires the assistant; a warm start with a valid cache encodes nothing but questions."""

from __future__ import annotations

import pytest

from qa.factory import build_assistant, describe
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

    # A follow-up read against the task shown ("那配合单位有哪些") needs no retrieval at all; one about a word of
    # the text still retrieves, and encodes only itself.
    assistant.ask("这条里提到雨污分流了吗", ["谁牵头污水处理"])

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


def test_the_phrasings_are_indexed_and_a_changed_file_rebuilds_the_index(tmp_path):
    phrasings = tmp_path / "phrasings.tsv"
    phrasings.write_text("11\t冬天家里暖气不热\n", encoding="utf-8")
    settings = Settings(cache_dir=tmp_path, phrasings_path=phrasings)
    first = build_assistant(settings, encoder=CountingEncoder(), progress=lambda _: None)
    assert [p.text for p in first.retriever.dense.passages if not p.is_sentence] == ["冬天家里暖气不热"]

    phrasings.write_text("11\t冬天家里暖气不热\n16\t污水直接排河里\n", encoding="utf-8")
    encoder = CountingEncoder()
    second = build_assistant(settings, encoder=encoder, progress=lambda _: None)

    assert encoder.documents > 0  # rebuilt, not the stale cache
    assert sum(not p.is_sentence for p in second.retriever.dense.passages) == 2


def test_a_malformed_phrasings_file_stops_the_build_naming_the_line(tmp_path):
    phrasings = tmp_path / "phrasings.tsv"
    phrasings.write_text("# ok\n99\t不存在的任务\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: task 99 is not in the notice"):
        build_assistant(Settings(cache_dir=tmp_path, phrasings_path=phrasings), encoder=FakeEncoder(),
                        progress=lambda _: None)  # fmt: skip


def test_the_off_topic_check_looks_at_the_notices_sentences_only(tmp_path):
    assistant = build_assistant(Settings(cache_dir=tmp_path, use_cache=False), encoder=FakeEncoder(),
                                progress=lambda _: None)  # fmt: skip
    seen: list[int] = []

    class RecordingScope:
        def in_scope(self, passage_scores, query_vector):
            seen.append(len(passage_scores))
            return True

    assistant.scope = RecordingScope()  # type: ignore[assignment]
    assistant.ask("城里没地方遛弯怎么办")

    dense = assistant.retriever.dense
    assert seen and set(seen) == {int(dense.sentence_mask.sum())} and len(dense.passages) > seen[0]


def test_info_names_the_phrasings_actually_indexed(tmp_path):
    assert describe(Settings())["phrasings_path"].endswith("everyday_phrasings.tsv")
    assert describe(Settings(notice_path=tmp_path / "other.txt"))["phrasings_path"] is None


def test_the_onnx_backend_loads_onnx_runtime_and_names_itself_apart_from_torch(synthetic_folder):
    from index.encoder import SentenceTransformerEncoder
    from index.onnx_encoder import OnnxEncoder
    from qa.factory import load_encoder

    _, folder, _ = synthetic_folder
    onnx = load_encoder(Settings(embedding_model=str(folder)), progress=lambda _: None)
    torch = load_encoder(Settings(embedding_model=str(folder), encoder="torch"), progress=lambda _: None)
    assert isinstance(onnx, OnnxEncoder) and isinstance(torch, SentenceTransformerEncoder)
    # The backend is part of the encoder's name, so the index cache keeps their vectors apart.
    assert onnx.name.endswith("/onnx") and torch.name.endswith("/torch")
    assert onnx.name.rsplit("/", 1)[0] == torch.name.rsplit("/", 1)[0]


def test_onnx_runtime_threads_spin_unless_the_settings_say_not_to(synthetic_folder):
    from index.onnx_encoder import ALLOW_SPINNING
    from qa.factory import load_encoder

    _, folder, _ = synthetic_folder

    def spinning(settings: Settings) -> str | None:
        options = load_encoder(settings, progress=lambda _: None).session.get_session_options()
        try:
            return options.get_session_config_entry(ALLOW_SPINNING)
        except RuntimeError:  # not set: ONNX Runtime's default, which spins
            return None

    assert spinning(Settings(embedding_model=str(folder), encoder_spinning=False)) == "0"
    assert spinning(Settings(embedding_model=str(folder))) is None


def test_a_folder_without_an_onnx_model_falls_back_to_torch_saying_so(synthetic_folder, tmp_path):
    import shutil

    from index.encoder import SentenceTransformerEncoder
    from qa.factory import load_encoder

    _, folder, _ = synthetic_folder
    plain = tmp_path / "user-model"
    shutil.copytree(folder, plain, ignore=shutil.ignore_patterns("onnx"))
    messages: list[str] = []
    encoder = load_encoder(Settings(embedding_model=str(plain)), progress=messages.append)
    assert isinstance(encoder, SentenceTransformerEncoder) and encoder.name.endswith("/torch")
    assert any("has no onnx/model.onnx" in m and "torch" in m for m in messages)


def test_the_model_fingerprint_ignores_the_pruned_tokenizer_written_on_first_load(tmp_path):
    # It is computed before the encoder loads (and writes the pruned files): counting them would rebuild the index.
    from qa.factory import _fingerprint

    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "tokenizer.json").write_text('{"model": {}}', encoding="utf-8")
    before = _fingerprint(str(tmp_path))
    (tmp_path / "pruned_tokenizer").mkdir()
    (tmp_path / "pruned_tokenizer" / "abc.json").write_text("{}", encoding="utf-8")
    assert _fingerprint(str(tmp_path)) == before
    (tmp_path / "tokenizer.json").write_text('{"model": {"type": "Unigram"}}', encoding="utf-8")
    assert _fingerprint(str(tmp_path)) != before
