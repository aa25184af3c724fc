"""Tests for models.dequantise: Q4_0 blocks expanded by hand and round-tripped."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from models import dequantise as nc
from tests.models.synthetic import quantize_q4_0


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
