"""jieba's prefix dictionary as a memory-mapped table: the same look-ups, the same cuts, nothing loaded."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from index import frequency_table
from index.frequency_table import FrequencyTable, frozen_frequencies, jieba_tokenizer

# A tiny dictionary in jieba's file format: word, frequency (and an optional tag).
FAKE_DICTIONARY = "污水 50\n污水处理 30\n处理 40\n能力 20\n提高 25\n收集 15\n"


@pytest.fixture
def fake_jieba(tmp_path: Path) -> jieba.Tokenizer:
    path = tmp_path / "dict.txt"
    path.write_text(FAKE_DICTIONARY, encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(path))
    tokenizer.tmp_dir = str(tmp_path)  # jieba's own marshal cache goes here, not into the shared temp folder
    tokenizer.initialize()
    return tokenizer


@pytest.fixture
def table(tmp_path: Path, fake_jieba: jieba.Tokenizer) -> FrequencyTable:
    FrequencyTable.write(tmp_path / "fake.freq", fake_jieba.FREQ, fake_jieba.total)
    return FrequencyTable(tmp_path / "fake.freq")


def test_the_table_holds_every_word_and_prefix_with_jiebas_frequency(table, fake_jieba):
    # Words keep their frequency; prefixes of words that are not words themselves are 0 ("污水处" of 污水处理).
    assert {word: table[word] for word in fake_jieba.FREQ} == fake_jieba.FREQ
    assert table["污水处"] == 0
    assert table.total == 50 + 30 + 40 + 20 + 25 + 15 == fake_jieba.total
    assert table.entries == len(fake_jieba.FREQ)


def test_a_missing_word_is_absent_through_every_lookup(table):
    assert "垃圾" not in table
    assert table.get("垃圾") is None
    assert table.get("垃圾", 1) == 1
    with pytest.raises(KeyError):
        table["垃圾"]


def test_a_prefix_with_frequency_zero_is_present_but_falsy(table):
    # jieba's get_DAG walks on while `frag in FREQ` and keeps a word only when FREQ[frag] is truthy.
    assert "污水处" in table
    assert not table.get("污水处")


def test_writes_go_to_the_overlay_and_win_over_the_file(table):
    table["污水"] = 7
    table["管网"] = 9
    assert table["污水"] == 7
    assert table["管网"] == 9
    assert table.overlay().get("污水") == 50
    assert "管网" not in table.overlay()


def test_a_jieba_tokenizer_cuts_the_same_with_the_table_as_with_its_dict(table, fake_jieba):
    frozen = jieba.Tokenizer()
    frozen.FREQ, frozen.total, frozen.initialized = table, table.total, True
    for text in ("提高污水收集处理能力", "污水处理厂建设", "提高能力，收集污水。abc 123"):
        assert frozen.lcut_for_search(text) == fake_jieba.lcut_for_search(text)
        assert frozen.lcut(text) == fake_jieba.lcut(text)


def test_add_word_changes_cuts_alike(table, fake_jieba):
    frozen = jieba.Tokenizer()
    frozen.FREQ, frozen.total, frozen.initialized = table, table.total, True
    for tokenizer in (frozen, fake_jieba):
        tokenizer.add_word("收集处理", freq=200000)
    assert frozen.total == fake_jieba.total == 180 + 200000
    assert frozen.lcut_for_search("提高污水收集处理能力") == fake_jieba.lcut_for_search("提高污水收集处理能力")
    assert "收集处理" in frozen.lcut("提高污水收集处理能力")


def test_a_file_that_is_not_a_table_is_refused(tmp_path):
    (tmp_path / "bad.freq").write_bytes(b"not a table at all, just some bytes")
    with pytest.raises(ValueError, match="not a frequency table"):
        FrequencyTable(tmp_path / "bad.freq")


def test_a_frequency_that_does_not_fit_is_refused(tmp_path):
    with pytest.raises(ValueError, match="frequency of '词' must be in"):
        FrequencyTable.write(tmp_path / "big.freq", {"词": 2**32}, 2**32)


def test_the_default_dictionary_is_written_once_then_mapped(tmp_path, monkeypatch):
    first = frozen_frequencies(tmp_path)
    files = list(tmp_path.glob("jieba-*.freq"))
    assert first is not None and len(files) == 1
    assert files[0].name.startswith(f"jieba-{jieba.__version__}-")
    monkeypatch.setattr(frequency_table, "_opened", {})
    written = files[0].stat().st_mtime_ns
    second = frozen_frequencies(tmp_path)
    assert second is not None and second.total == first.total
    assert files[0].stat().st_mtime_ns == written


def test_an_unchecked_jieba_version_gets_plain_jieba(tmp_path, monkeypatch):
    monkeypatch.setattr(frequency_table, "SUPPORTED_JIEBA", frozenset({"0.0.0"}))
    assert frozen_frequencies(tmp_path) is None
    tokenizer = jieba_tokenizer(tmp_path)
    assert isinstance(tokenizer.FREQ, dict) and tokenizer.initialized
    assert not list(tmp_path.glob("*.freq"))


def test_the_default_dictionary_cuts_the_same_from_the_table(tmp_path):
    plain, frozen = jieba_tokenizer(None), jieba_tokenizer(tmp_path)
    assert isinstance(frozen.FREQ, FrequencyTable)
    assert frozen.total == plain.total
    text = "推进县城基础设施向乡村延伸，提高污水收集处理能力。"
    assert frozen.lcut_for_search(text) == plain.lcut_for_search(text)
