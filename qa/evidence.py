"""Choosing the sentence of a task that best supports an answer."""

from __future__ import annotations

import re
from collections.abc import Mapping

from corpus.records import Task
from qa.lexicon import phrases as P
from qa.understand import longest_common_substring

_NUMBER = re.compile(r"\d|百分|[一二三四五六七八九十两]+(所|个|处|万|亿|场|套)")
# A target: a year it is due by, or a word that sets a level (qa.lexicon.phrases.TARGET_SENTENCE_WORDS).
_TARGET = re.compile(rf"到20\d\d年|{P.TARGET_SENTENCE_WORDS.pattern()}")
# A type stated: "打造为生态农牧型县城". 新型, 大型… only describe a thing, they do not name its type.
_TYPE = re.compile(r"[\u4e00-\u9fff](?<![新大小中类典巨微])型")


def best_sentence(
    task: Task,
    sentence_scores: Mapping[int, float],
    query_tokens: list[str],
    idf: Mapping[str, float],
    *,
    prefer_numbers: bool = False,
    prefer_targets: bool = False,
    prefer_types: bool = False,
    lexical_weight: float = 0.3,
    places: tuple[str, ...] = (),
) -> tuple[str, float]:
    """Return the sentence of ``task`` that best matches the question, and its score.

    score = dense similarity of the sentence
          + lexical_weight · (idf mass of query tokens found in the sentence / total idf mass)
    When the question asks for a figure (``prefer_numbers``) only sentences stating one compete,
    if the task has any.

    Args:
        task: the task to quote from.
        sentence_scores: dense similarity of the question to each of the task's own sentences, by
            sentence index (``DenseIndex.sentence_scores``; never the everyday phrasings).
        query_tokens: the question's BM25 tokens.
        idf: BM25 idf per token (unknown tokens count 1.0).
        prefer_numbers: favour sentences stating a figure (fact questions).
        prefer_targets: with ``prefer_numbers``, favour sentences stating a target ("目标是什么": "到2025年…达到…"),
            when the task has one, over a figure said in passing ("2至3岁").
        prefer_types: the question asks a type ("是什么类型"): sentences stating one ("生态农牧型") compete,
            when the task has any.
        places: places the question names ("民和县…"): when some sentence names them all, only such
            sentences compete, so one county's figure is not quoted for another's.
    """
    # A question asking for a figure is answered by a sentence that states one, when the task has any.
    numbered = prefer_numbers and any(_NUMBER.search(s) for s in task.sentences)
    targeted = numbered and prefer_targets and any(_NUMBER.search(s) and _TARGET.search(s) for s in task.sentences)
    typed = prefer_types and any(_TYPE.search(s) and all(p in s for p in places) for s in task.sentences)
    placed = bool(places) and any(
        all(p in s for p in places) and (not numbered or _NUMBER.search(s)) for s in task.sentences
    )
    weights = query_weights(query_tokens, idf)
    best: tuple[float, int] | None = None
    for index, dense in sentence_scores.items():
        sentence = task.sentences[index]
        if numbered and not _NUMBER.search(sentence):
            continue
        if targeted and not _TARGET.search(sentence):
            continue
        if placed and not all(p in sentence for p in places):
            continue
        if typed and not _TYPE.search(sentence):
            continue
        score = dense + lexical_weight * _overlap(sentence, weights)
        if best is None or score > best[0]:
            best = (score, index)
    if best is None:
        return (task.sentences[0] if task.sentences else task.title), 0.0
    return task.sentences[best[1]], best[0]


def sentences_per_place(
    task: Task,
    sentence_scores: Mapping[int, float],
    query_tokens: list[str],
    idf: Mapping[str, float],
    *,
    places: tuple[str, ...],
    prefer_numbers: bool = False,
    prefer_targets: bool = False,
    prefer_types: bool = False,
) -> str | None:
    """The best sentence about each of ``places``, in the task's order, when no one sentence names them all.

    "化隆和循化的产值目标" is answered by two sentences of task 5, one per county; quoting the best of either
    would leave the other county out. None when one sentence names every place, or some place has none.
    """
    if len(places) < 2 or any(all(p in s for p in places) for s in task.sentences):
        return None
    picked: list[str] = []
    for place in places:
        if not any(place in s for s in task.sentences):
            return None
        sentence, _ = best_sentence(
            task,
            sentence_scores,
            query_tokens,
            idf,
            prefer_numbers=prefer_numbers,
            prefer_targets=prefer_targets,
            prefer_types=prefer_types,
            places=(place,),
        )
        if place not in sentence:
            return None
        picked.append(sentence)
    return "".join(s for s in task.sentences if s in picked)


def evidence_for(
    task: Task,
    sentence_scores: Mapping[int, float],
    query_tokens: list[str],
    idf: Mapping[str, float],
    *,
    prefer_numbers: bool = False,
    prefer_targets: bool = False,
    prefer_types: bool = False,
    places: tuple[str, ...] = (),
) -> str:
    """What to quote of ``task``: a sentence for each place asked when no one sentence names them all, else the best."""
    preferences = {"prefer_numbers": prefer_numbers, "prefer_targets": prefer_targets, "prefer_types": prefer_types}
    per_place = sentences_per_place(task, sentence_scores, query_tokens, idf, places=places, **preferences)
    if per_place is not None:
        return per_place
    return best_sentence(task, sentence_scores, query_tokens, idf, places=places, **preferences)[0]


def query_weights(query_tokens: list[str], idf: Mapping[str, float]) -> dict[str, float]:
    """Each distinct question token's weight: its idf, floored at 0.1 (unknown tokens count 1.0)."""
    return {t: max(idf.get(t, 1.0), 0.1) for t in set(query_tokens)}


def lexical_overlap(text: str, query_tokens: list[str], idf: Mapping[str, float]) -> float:
    """Share of the question's idf mass whose tokens occur in ``text`` (0..1)."""
    return _overlap(text, query_weights(query_tokens, idf))


def _overlap(text: str, weights: Mapping[str, float]) -> float:
    total = sum(weights.values())
    if not total:
        return 0.0
    lowered = text.lower()
    return sum(w for t, w in weights.items() if t in lowered) / total


def phrase_owner(question: str, texts: Mapping[int, str], *, min_run: int) -> int | None:
    """The one text holding a run of ``question``'s Chinese of at least ``min_run`` characters no other text holds.

    "出口加工基地在哪" names a phrase one task alone prints; a longer task that repeats the phrase's common
    words (加工, 基地) may still outrank it on BM25 and dense scores, so the verbatim phrase decides.

    Returns:
        The key of that text, or None when no text holds such a run or two texts hold equally long ones.
    """
    # Only runs of Chinese characters: a year or a figure ("到2025年") is shared by many tasks' sentences.
    pieces = re.findall(r"[\u4e00-\u9fff]+", question)
    runs = sorted(
        ((max((longest_common_substring(p, t) for p in pieces), default=0), k) for k, t in texts.items()), reverse=True
    )
    if not runs or runs[0][0] < min_run or (len(runs) > 1 and runs[1][0] >= runs[0][0]):
        return None
    return runs[0][1]
