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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that frame a question (who/which/lead/responsible …) or carry no topic.
# They are dropped from documents too, so "牵头" in a units line or "负责" in
# task 32 cannot decide a ranking.
FRAME_WORDS = _words(
    """
    谁 哪 哪些 哪个 哪家 哪几 哪几个 哪几项 哪项 哪一项 什么 啥 咋 怎么 怎样 怎么办 怎么样 如何 为何 为什么
    是否 有没有 能否 可以 能 会 吗 呢 吧 啊 呀 嘛 哦 么 了 的 地 得 着 过 和 与 及 或 及其 以及 并 并且 而 在
    对 把 被 将 从 向 于 由 给 让 为 以 就 都 也 还 又 是 有 要 需要 应该 应当 请问 请 一下 告诉 我 我们 你
    你们 他 它 这 那 这个 那个 这项 那项 该 其 此 个 些 一些 等 等等 之 牵头 负责 主管 分管 管 责任 单位 部门
    机构 配合 参与 协助 协同 涉及 承担 主抓 抓 落实 任务 工作 事项 事情 事 问题 方面 内容 一项 第几 几项
    多少项 项 条 规定 文件 通知 方案 里 中 上 下 说 讲 提到 要求 关于 有关 相关 目前 现在 具体 主要 一共 总共
    情况
    """
)
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
