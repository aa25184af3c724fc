"""Does the notice contain the kind of thing a question asks for (a number, a date)?

Retrieval finds the closest task even when the notice does not give what is asked
("…的GDP是多少" lands on the finance task). Before answering a fact question, the evidence is
checked for the asked kind of thing; when it is missing the answer says so and points to the
task that touches the topic ("通知提到了……，但没有写……").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.records import Notice, Task
from index.tokenize import Tokenizer
from qa import compose
from qa.lexicon import phrases as P
from qa.lexicon.derived import home_place, notice_text
from qa.synonyms import SYNONYMS

# "哪几个" lists and "好几个" is no question: neither asks for a figure.
_FIGURE = re.compile(rf"(?<![哪好几十])(?:{P.FIGURE_WORDS.pattern()})")
_DATE = re.compile(P.DATE_WORDS.pattern())
_EVENT = re.compile(P.EVENT_WORDS.pattern())
_REALTIME = re.compile(P.REALTIME_WORDS.pattern())
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万]+(个|所|家|处|座|项|类|条|级|张)|百分之|全覆盖|全部")
_DATE_IN_TEXT = re.compile(r"20\d\d年|\d{1,2}月|年底|年内|年前|“十[四五]五”|十[四五]五|期间|前完成")
# Question words that say what kind of fact is wanted, not what about (general usage).
_GENERIC = frozenset(
    [
        "至少",
        "最少",
        "规模",
        "面积",
        "数量",
        "人数",
        "长度",
        "总量",
        "占比",
        "不少于",
        "不低于",
        "每年",
        "目标",
        "指标",
        "要求",
        "标准",
        "比例",
        "达到",
        "多少",
        "几",
        "年",
        "完成",
        "实现",
        "时间",
        "期限",
        "内容",
        "情况",
        "措施",
        "具体",
        "是",
        "要",
        "个",
        "到",
        "建",
        "建设",
        "什么时候",
        "何时",
        "哪年",
        "哪一年",
        "时候",
        "多大",
        "多长",
        "多高",
        "数字",
        "金额",
        "要求",
        "计划",
        "预计",
        "能",
        "会",
        "有",
        "没有",
        "可以",
        "市",
        "县",
        "全市",
        "每个",
        "每",
        "一个",
    ]
)


def _figure_of(head: str, sentence: str, *, rate: bool = False) -> bool:
    """Whether ``sentence`` gives a figure for ``head``: a number a few characters before or after it.

    A rate between them ("常住人口城镇化率达到40%") is the figure of the rate, not of the head.
    """
    sentence = sentence.lower()  # question tokens are lower-cased ("5g用户")
    at = sentence.find(head)
    while at >= 0:
        after = sentence[at + len(head) : at + len(head) + 12]
        m = _NUMBER.search(after)
        if m and (rate or "率" in head or "比例" in head or not re.search(r"率|比例|占比", after[: m.start()])):
            return True
        before = sentence[max(0, at - 8) : at]
        if _NUMBER.search(before):
            return True
        at = sentence.find(head, at + 1)
    return False


class Answerability:
    """Checks whether the notice's evidence holds the asked kind of fact."""

    def __init__(self, notice: Notice, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocabulary = frozenset(tokenizer(notice_text(notice)))
        home = home_place(notice)
        self._home_tokens = frozenset(tokenizer(home)) | {home, home.removesuffix("市")}

    def focus(self, text: str) -> list[str]:
        """The content tokens of a question: what it is about, without question words or the home city."""
        return [
            t
            for t in dict.fromkeys(self.tokenizer(text))
            if len(t) > 1 and t not in _GENERIC and t not in self._home_tokens and not t.isdigit()
        ]

    def missing(self, text: str, tasks: Sequence[Task]) -> str | None:
        """Why the notice cannot answer ``text`` from ``tasks`` (best first).

        Returns:
            A sentence saying what is missing, or None when the evidence holds it (or the
            question asks for no number or date).
        """
        asks_figure = bool(_FIGURE.search(text)) and not re.search(r"几项|多少项|几个部分", text)
        asks_date = bool(_DATE.search(text))
        if not (asks_figure or asks_date) or not tasks:
            return None
        focus = self.focus(text)
        if not focus:
            return None
        expanded = " ".join(SYNONYMS.get(t, "") for t in focus)
        unknown = [t for t in focus if t not in self.vocabulary and not any(t in w for w in expanded.split())]
        known = [t for t in focus if t not in unknown]
        what = "具体时间" if asks_date and not asks_figure else "具体数字"
        event = _EVENT.search(text)
        dated = event is not None and any(
            event.group(0) in s and _DATE_IN_TEXT.search(s) for t in tasks for s in t.sentences
        )
        if what == "具体时间" and event is not None and not dated:
            # "…哪天开业": the notice plans tasks; it dates no facility's opening.
            return f"通知没有写{event.group(0)}的具体时间。"
        if what == "具体时间":
            # A "when" question about a topic the notice plans is answered with a note (see
            # missing_date); only a term the notice never uses (a Latin name) is declined.
            latin = [t for t in unknown if t.isascii()]
            return f"通知没有写“{'、'.join(latin)}”的具体时间。" if latin else None
        # Everyday Chinese words may be missing from the notice and still mean one of its topics;
        # a Latin term (GDP, CPI) or a question made only of unknown words names something it lacks.
        latin = [t for t in unknown if t.isascii()]
        if latin or (unknown and not known):
            return f"通知没有写“{'、'.join(latin or unknown)}”的{what}。"
        # The figure must sit with the thing asked about: the content word nearest the question word
        # ("投资多少" asks about 投资, not about the 老旧小区 the question also names).
        asked_at = _FIGURE.search(text)
        position = asked_at.start() if asked_at else 0
        before = [t for t in known if 0 <= text.find(t) < position]
        after = [t for t in known if text.find(t) >= position]
        # The two content words nearest before the question word and the one after it.
        asks_rate = bool(re.search(r"率|比例|占比|百分", text))
        heads = sorted(before, key=lambda t: (text.find(t) + len(t), len(t)), reverse=True)[:1]
        heads += sorted(after, key=lambda t: (text.find(t), -len(t)))[:1]
        for task in tasks:
            for sentence in task.sentences:
                if any(_figure_of(h, sentence, rate=asks_rate) for h in heads):
                    return None
        whole = [t for t in known if not any(t in k and t != k for k in known)]
        subject = [t for t in whole if t not in heads] or whole
        asked = f"{heads[0]}的{what}" if heads and heads[0] not in subject else what
        return self.gap(subject, tasks[0], asked)

    def gap(self, known: Sequence[str], task: Task, what: str) -> str:
        """The sentence "通知提到了X（见第N项），但没有写Y。"."""
        return f"通知提到了{'、'.join(known[:3])}（见{compose.task_label(task)}），但没有写{what}。"

    def realtime(self, text: str) -> str | None:
        """A question about today's state of something the notice never mentions ("今天天气")."""
        if not _REALTIME.search(text):
            return None
        focus = [t for t in self.focus(text) if not _REALTIME.fullmatch(t)]
        expanded = " ".join(SYNONYMS.get(t, "") for t in focus)
        if focus and all(t not in self.vocabulary and t not in expanded for t in focus):
            return "通知是一份任务分工方案，不含实时信息。"
        return None

    def missing_date(self, text: str, tasks: Sequence[Task]) -> str | None:
        """For a "when" question about a topic the notice plans but gives no date for: the note to add."""
        if not _DATE.search(text) or not tasks:
            return None
        known = [t for t in self.focus(text) if t in self.vocabulary]
        if not known:
            return None
        for task in tasks:
            for sentence in task.sentences:
                if _DATE_IN_TEXT.search(sentence) and any(t in sentence for t in known):
                    return None
        return self.gap(known, tasks[0], "具体时间")
