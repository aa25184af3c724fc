"""The Hugging Face ``BertModel`` state dict, dequantised from a parsed E5S1 file."""

from __future__ import annotations

import numpy as np

from models.dequantise import Q4_BLOCK, Q4_BLOCK_BYTES, dequantize_q4_0
from models.reader import DTYPE_Q4_0, E5Bin, E5Header, check_elements

# fp16 halves the folder (~235 MB instead of ~470 MB); the rounding it adds is far below the
# Q4 error already in the weights. config.json asks transformers to compute in float32.
WEIGHT_DTYPE = np.float16
_DEQUANT_CHUNK_ELEMENTS = 1 << 22


def _tensor_into(e5: E5Bin, name: str, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """Like ``E5Bin.tensor`` but dequantises in row chunks so the 250k-row embedding never sits in fp32."""
    entry = e5.entry(name)
    check_elements(entry, shape)
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
