"""jieba's part-of-speech tagger, loaded once and only when a caller needs it."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba.posseg


@lru_cache(maxsize=1)
def tagger() -> jieba.posseg.POSTokenizer:
    """A private part-of-speech tokenizer (``nr``: a person's name, ``ns``: a place name).

    Imported here: jieba's tagger loads its models on import (about a second), and few callers need it.
    A private tokenizer: the global one may carry another component's user dictionary.
    """
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())
