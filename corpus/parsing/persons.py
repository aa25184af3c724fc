"""People's names in a notice: leaders named in a table's 领导 column are never units.

Tables of the genre often carry a column such as 责任领导 or 区政府分管领导 holding
a person's name ("何海平", "张菁"). Flattened without separators, the name runs
into the unit cells after it ("…。何海平教育局经开区…"); jieba's part-of-speech
tagger (``nr``: a person's name) tells the name apart, so no list of names is needed.
"""

from __future__ import annotations

import re

from corpus.parsing.tagging import tagger

# Characters jieba reads before deciding; a name is at most 4 characters, a unit after it needs a few more.
_WINDOW = 10
# The most common Chinese surnames (general usage: the top of the national surname rankings, about 85% of
# people); jieba tags a lone surname, or nothing, when a name runs into the next word ("李明人社局").
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤芮"
)


def leading_name(text: str) -> str:
    """The person's name that opens ``text`` ("何海平教育局…" → "何海平"), or "" when it opens with something else."""
    for pair in tagger().lcut(text[:_WINDOW]):
        word, flag = pair.word, pair.flag
        return word if flag == "nr" and 2 <= len(word) <= 4 else ""
    return ""


def name_candidates(text: str) -> list[tuple[str, bool]]:
    """Ways ``text`` may open with a person's name: (name, whether jieba tagged it as one), jieba's first.

    A surname (from jieba or the common-surname list) may take one or two given-name characters.
    """
    candidates: list[tuple[str, bool]] = []
    tagged_name = leading_name(text)
    if tagged_name:
        candidates.append((tagged_name, True))
    if text[:1] in SURNAMES:
        candidates += [(text[:n], False) for n in (2, 3) if len(text) > n and text[:n] != tagged_name]
    return candidates


def is_person_list(cell: str) -> bool:
    """Whether a table cell holds only people's names ("张三", "王建国、李明")."""
    names = [n for n in re.split(r"[、，,；;\s]+", cell) if n]
    return bool(names) and all(2 <= len(n) <= 4 and (leading_name(n) == n or n[0] in SURNAMES) for n in names)


def tagged(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (word, part-of-speech) pairs by the same private tagger."""
    return [(p.word, p.flag) for p in tagger().lcut(text)]
