"""``python -m qa``: see :mod:`qa.cli`."""

from __future__ import annotations

import sys

from qa.startup import pause_gc, resume_gc

if __name__ == "__main__":
    pause_gc()  # before the heavy imports; qa.cli resumes it once the assistant is built
    from qa.cli import main

    try:
        status = main()
    finally:
        resume_gc()  # other commands never built an assistant: freeze now, sparing the collection at exit
    sys.exit(status)
