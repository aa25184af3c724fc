"""Chinese tokenisation for BM25: jieba with a user dictionary made from the notice.

The same :class:`Tokenizer` instance tokenises documents and queries, so a
unit name or key term that stays whole in one stays whole in the other.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import jieba

from corpus.notice_lexicon import lexicon_for
from corpus.records import Notice
from index.frequency_table import jieba_tokenizer
from qa.lexicon.phrases import RETRIEVAL_FRAME_WORDS

# Words that frame a question or carry no topic, dropped from questions and documents (the lexicon's table).
FRAME_WORDS = frozenset(RETRIEVAL_FRAME_WORDS)
_PUNCT_OR_SPACE = re.compile(r"^[\s\W_]+$")
# Question-sized texts whose tokens are remembered: the last few questions, never the documents.
RECENT_TEXTS = 16
RECENT_TEXT_CHARS = 200


class Tokenizer:
    """jieba search-mode tokeniser with a user dictionary and frame-word filtering."""

    def __init__(
        self,
        user_words: Iterable[str] = (),
        *,
        stop_words: frozenset[str] = FRAME_WORDS,
        dictionary_cache: Path | None = None,
    ) -> None:
        """Build a private jieba tokenizer (the global one is left alone).

        Args:
            user_words: words to keep whole (unit names, key terms).
            stop_words: tokens to drop from documents and queries alike.
            dictionary_cache: a folder for jieba's dictionary as a memory-mapped table (written once,
                then mapped instead of loaded: ~1.5 s off a fresh process); None loads it as jieba does.
        """
        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba_tokenizer(dictionary_cache)
        # Stored as the tokeniser will see them (NFKC, lower case), or "5G基站" would never match.
        self.user_words = tuple(
            sorted({unicodedata.normalize("NFKC", w).lower() for w in user_words if w and len(w) > 1})
        )
        for word in self.user_words:
            # A high frequency makes jieba prefer the whole word over its parts.
            self._jieba.add_word(word, freq=200000)
        self.stop_words = stop_words
        # One answer tokenises the same question for BM25, for the quoted sentence and for the
        # answerability check; a few recent texts are enough to do that once per answer.
        self._recent = lru_cache(maxsize=RECENT_TEXTS)(self._tokens)

    def __call__(self, text: str) -> list[str]:
        """Tokenise ``text`` into lower-cased content tokens (search mode: words and their parts)."""
        if len(text) > RECENT_TEXT_CHARS:  # documents: tokenised once, at index build
            return list(self._tokens(text))
        return list(self._recent(text))

    def _tokens(self, text: str) -> tuple[str, ...]:
        text = unicodedata.normalize("NFKC", text).lower()
        tokens = []
        for token in self._jieba.lcut_for_search(text):
            token = token.strip()
            if not token or token in self.stop_words or _PUNCT_OR_SPACE.match(token):
                continue
            tokens.append(token)
        return tuple(tokens)


# The shipped notice's terms that jieba's general dictionary would split (data next to the notice).
KEY_TERMS = lexicon_for().key_terms


def notice_user_words(notice: Notice, aliases: Iterable[str] = ()) -> list[str]:
    """Words to keep whole: unit names and their aliases, quoted terms and key terms."""
    words = set(lexicon_for(notice).key_terms) | set(aliases)
    for task in notice.tasks:
        words.update(task.units)
        words.update(q for q in re.findall(r"“([^”]{2,8})”", task.text) if "、" not in q)
    return sorted(words)
