"""Telling chat from a question about the notice: small talk names nothing the notice is about.

The reader's own rule (:meth:`qa.reading.reader.QueryReader.is_smalltalk`) accepts a message made only of
greetings, thanks and the like. People chat in longer ways (thanks with praise, a goodbye with a
reason, a complaint about the wait), and a retrieval answer to such a message is a random task. The signal used here
is robust to new wordings: the message has a chat word (:mod:`qa.lexicon.phrases`) and, once the chat
words are taken out, no content word of the notice is left: no unit, task or section reference, no
role or question word, and no token of the notice's own vocabulary (its titles and text).
"""

from __future__ import annotations

import re

from corpus.records import Notice
from corpus.units import find_unit_mentions
from index.tokenize import Tokenizer
from qa.lexicon import Table
from qa.lexicon import phrases as P
from qa.lexicon.derived import home_place, notice_text
from qa.lexicon.places import CITIES, PROVINCES
from qa.lexicon.synonyms import SYNONYMS
from qa.reading.speaker import SELF_INTRO_HEAD


def _rx(*tables: Table) -> re.Pattern[str]:
    """The tables' entries as one alternation, longest first; a Latin entry only as a whole word ("hi", not "which")."""
    entries = sorted({e for t in tables for e in t}, key=len, reverse=True)
    alternatives = [rf"(?<![a-z]){re.escape(e)}(?![a-z])" if e.isascii() else re.escape(e) for e in entries]
    return re.compile("|".join(alternatives), re.IGNORECASE)


# A place in a list or a run of it ("第三个", "前两项", "最后那个", "分别"): about tasks shown; a task pointed at
# ("那垃圾处理那条呢": 垃圾 is a complaint word and a task's subject) likewise (general usage).
_POINTS_AT_A_LIST = re.compile(
    r"第\s*[一二三四五六七八九十\d]+\s*[个项条]|[前头后]\s*[两二三四五六七八九十\d]\s*[个项条]|最后|倒数|中间|分别|它们|这几"
    r"|[\u4e00-\u9fff][那这]一?[项条](?!回答|答案|消息|回复)"
)
_CHAT = _rx(
    P.GREETINGS,
    P.THANKS,
    P.ABOUT_YOU,
    P.COMPLAINTS,
    P.LAUGHTER,
    P.GOODBYES,
    P.TESTING,
    P.PRAISE,
    P.NAME_WORDS,
    P.WORKDAY_REMARKS,
    P.LONG_ANSWER_REMARKS,
    P.AGREEMENT,
)
# The same alternation tried at every position, so that chat words that overlap all count: in
# "麻烦问下，能帮我查哪些东西不" the entries "能帮我查" and "查哪些东西" share a character, and a left-to-right
# scan would keep only the first.
_CHAT_AT = re.compile(rf"(?=({_CHAT.pattern}))", re.IGNORECASE)
# "没别的了吗", "就这些吗": a goodbye word asked about is a question on the last answer, not a goodbye (general usage).
_GOODBYE_ASKED = re.compile(rf"(?:{_rx(P.GOODBYES).pattern})[吗么嘛][？?]*$", re.IGNORECASE)
# An opinion or forecast asked about the plan (general usage): declined as such, never thanked for.
_OPINION_OF_THE_PLAN = re.compile(
    rf"(?:{_rx(P.OPINION_WORDS).pattern}).*(?:方案|通知|文件|任务|政策|落实|实现|完成)"
    rf"|(?:方案|通知|文件|任务|政策).*(?:{_rx(P.OPINION_WORDS).pattern})"
)
# An office holder's name asked ("行长叫啥"), general usage.
_PERSON_NAMED = re.compile(rf"(?:{_rx(P.OFFICIAL_TITLES).pattern})(?:{_rx(P.PERSON_ASKS).pattern})")
# Praise in internet slang: a run of sixes ("666"; general usage), as a pattern rather than a list of runs.
_SIXES = re.compile(r"(?<!\d)6{3,}(?!\d)")
_FILLERS = _rx(P.CHAT_FILLERS, P.SMALLTALK_FILLERS, P.FILLERS)
# What makes a message a question about the notice even among chat words (general usage): a task,
# section or number, a role, a count or "which", a follow-up ("还有别的吗", "它", "第二个").
# Pronouns too vague to tell (VAGUE_POINTERS: "刚才", "这个", "其") are left out.
_POINTERS = "|".join(p for p in P.PRONOUNS if p not in P.VAGUE_POINTERS.entries)
_ASKS = re.compile(
    rf"\d|{P.QUESTION_MARKERS.pattern()}|{P.HELP_ASKS.pattern()}"
    rf"|{P.MORE_WORDS.pattern()}|{_POINTERS}|{P.THESE_WORDS.pattern()}"
)
_PUNCT = re.compile(r"[\W_]+")
_MAX_CHAT_REST = 6  # Chinese characters left besides chat words and fillers
# "跟我们这边统计的一样": the answer matches the speaker's own figures, stated, not asked (general usage).
_SAME_AS_OURS = re.compile(
    r"^(?:跟|和|与)(?:我|咱)[^，,。？?吗么]{0,10}(?:一样|一致|相同|差不多)[的了啊呀哈嘛]*[。.!！~～]*$"
)
_SEPARATOR = re.compile(r"[\s，,。.！!？?~～、；;：:]+")
# Announcing questions without asking one ("想请教几个关于县城城镇化方案的问题"), general usage.
_ANNOUNCES_QUESTIONS = re.compile(
    r"(?:(想|要|有)(请教|问|咨询|了解)(一下|下)?|有)(几个|一些|一点|些|点|个)(关于[^？?]{0,24}?的)?(问题|事|情况)[。.！!~～]*$"
)
# "我是乐都区农业局的，请多指教", "我在平安区商务局工作": a speaker saying where they work, and asking nothing yet.
_SELF_INTRO_ONLY = re.compile(
    rf"{SELF_INTRO_HEAD}(?P<who>[^，,。.!！？?\s]{{1,16}}?(?:{P.WORKPLACE_NOUNS.pattern()}))(?:的|上班|工作|任职|办公)*"
    r"(?:[小老][\u4e00-\u9fff])?(?:[，,。.!！~～\s]+(?P<rest>[^？?]{0,16}))?$",
    re.IGNORECASE,
)
_ASKS_SOMETHING = re.compile(r"[谁哪几吗么]|多少|什么|啥|怎么|如何|是否|有没有|能不能")
# What makes the words after a self-introduction a question though no question word is said: a check ending in 吧
# ("…是我们县牵头吧"), a role line or a task by its number (general usage).
_CHECKS_THE_NOTICE = re.compile(r"吧[。.!！]?$|牵头|配合单位|责任单位|任务\s*\d|第[\d一二三四五六七八九十]+[项条]")
# A message addressed to the assistant: its subject, then what is said of it (general usage).
_ADDRESSED = re.compile(rf"^(?:{P.POLITE_OPENERS.pattern()})?[，,\s]*(?:{P.ASSISTANT_SUBJECTS.pattern()})")
# What makes such a message a question about a notice after all: a task, part, role or document word (the notice's own
# topics are its vocabulary, checked below).
_NOTICE_ASKED = re.compile(r"牵头|配合|责任|参与|任务|第|项|条|部分|通知|文件|方案|政策")
# A language or dialect ("青海话", "普通话"): what the assistant speaks, not a place asked about.
_LANGUAGE = re.compile(rf"(?:普通|本地|当地|家乡|老家|土|{_rx(PROVINCES, CITIES).pattern})话|方言")
_ASSISTANT = _rx(P.ASSISTANT_WORDS)
# "比问办公室的人靠谱多了": praise by comparison with asking people (general usage).
_BETTER_THAN = re.compile(
    r"^比[^，,。？?]{1,14}?(?:靠谱|强|快|好用|方便|省事|准)(?:多了|多啦|太多了|得多)[啊呀哈！!。~～]*$"
)
# What a trailing part may ask for though it says no question word ("负责人电话", "总投资"): the kinds of thing a
# plan does not give, which the answerability check must see (qa/answerability.py), general usage. A person asked
# for ("是谁") is checked apart: asked of the assistant ("你们这系统是谁在维护") it is chat.
_ASKED_FOR_KINDS = _rx(
    P.CONTACT_WORDS,
    P.AMOUNT_WORDS,
    P.SERVICE_INFO_WORDS,
    P.SITE_ASK_WORDS,
    P.OFFICIAL_TITLES,
    P.PROCEDURE_WORDS,
    P.PROGRESS_WORDS,
    P.DATE_WORDS,
    P.FIGURE_WORDS,
)
_ASKED_FOR_A_PERSON = _rx(P.PERSON_ASKS)
# What a trailing part asks with besides question words ("配合的呢", "咋样", "是不是"), general usage.
_ASKS_IN_A_TAIL = re.compile(r"[呢咋啥？?]|怎样|如何|是不是|对吗|对吧|没有?$|[不否]$")
_CONTEXT_OPENER = re.compile(rf"^(?:{P.CONTEXT_OPENERS.pattern()})")
_OFFICE_WORK = _rx(P.OFFICE_WORK_WORDS)
# How many papers ("三个材料", "两份"): a quantity, no topic, in a remark on one's work (general usage).
_QUANTITY = re.compile(r"[一二两三四五六七八九十几\d]+[个份篇件次场]")
_MEETING_OR_PAPER = _rx(P.MEETINGS_AND_PAPERS)
_OPENER = re.compile(rf"^(?:{P.POLITE_OPENERS.pattern()})[\s，,。.！!？?~～、；;：:]*")
# Longest first (the table's pattern), so "哎呀" is not cut to "哎".
_INTERJECTION = re.compile(rf"^(?:{P.INTERJECTIONS.pattern()})[\s，,。.！!~～、…]*", re.IGNORECASE)


def _is_interjection(part: str) -> bool:
    """Whether ``part`` is an interjection and nothing else ("哎", "嗯嗯")."""
    m = _INTERJECTION.match(part)
    return m is not None and m.end() == len(part)


class SmallTalk:
    """Decides whether a message is chat, using the notice's own words as what is *not* chat."""

    def __init__(self, notice: Notice, tokenizer: Tokenizer, alias_table: dict[str, str]) -> None:
        self.tokenizer = tokenizer
        self.alias_table = alias_table
        # The notice's own city ("海东的方案你熟吗") names no task: every task is of it.
        home = home_place(notice)
        self.vocabulary = frozenset(t for t in tokenizer(notice_text(notice)) if len(t) >= 2) - {
            home,
            home.removesuffix("市"),
        }

    def is_smalltalk(self, text: str) -> bool:
        """Whether ``text`` (a normalised question) has a chat word and nothing the notice is about."""
        if _PUNCT.sub("", text) in P.WHOLE_MESSAGE_ACKS.entries:
            return True  # "好", "可以": an acknowledgement, nothing asked
        if _PERSON_NAMED.search(text):
            return False  # "他们局长叫啥": a person asked for (declined), not "你叫啥"
        if _OPINION_OF_THE_PLAN.search(text):
            return False  # "你觉得这方案靠谱不": a forecast asked, though 靠谱 is a word of praise too
        if self.announces_questions(text):
            return True  # "您好，想请教几个关于这个方案的问题": questions announced, none asked yet
        if self._is_chat(text) or _SAME_AS_OURS.match(text) or _BETTER_THAN.match(text):
            return True
        if self.about_the_assistant(text):
            return True
        if self.introduces_self(text):
            return True
        if self.remarks_on_work(text):
            return True
        # "冒昧问一句，你是真人吗": the opener is no content of its own ("麻烦你了" is chat as it is).
        opener = _OPENER.match(text)
        if opener is not None and opener.end() < len(text) and self._is_chat(text[opener.end() :]):
            return True
        # "下午好，今天在整理汇报材料", "下午好，我是互助县林草局的小陈": parts that are each chat on their own.
        # An interjection on its own ("哎 …") is part of the chat around it.
        parts = [p for p in _SEPARATOR.split(text) if p and not _is_interjection(p)]
        if len(parts) == 1 and parts[0] != text.strip():
            return self.is_smalltalk(parts[0])
        return len(parts) >= 2 and all(self.is_smalltalk(p) for p in parts)

    def about_the_assistant(self, text: str) -> bool:
        """Whether ``text`` says or asks something of the assistant itself ("你是哪个单位开发的", "你能记住…吗").

        The message has the assistant as its subject and, once words of software and conversation are out,
        names nothing a notice is about: no unit, place, number, task, part or role, no word of the notice, and
        no kind of thing asked for that a plan does not give (a person, a contact, an amount), which is declined.
        """
        m = _ADDRESSED.match(text)
        if m is None or re.search(r"[a-z]{2,}|\d", text, re.IGNORECASE):
            return False
        rest = _LANGUAGE.sub(" ", text[m.end() :])
        if _NOTICE_ASKED.search(rest) or _POINTS_AT_A_LIST.search(rest) or _ASKED_FOR_KINDS.search(rest):
            return False
        if find_unit_mentions(rest, self.alias_table) or any(word in rest for word in SYNONYMS):
            return False
        if any(place in rest for place in (*PROVINCES, *CITIES)):
            return False
        rest = _ASSISTANT.sub(" ", rest)
        return not [t for t in self.content_words(rest) if not _FILLERS.fullmatch(t)]

    @staticmethod
    def introduces_self(text: str) -> bool:
        """Whether ``text`` only says where its speaker works ("我是循化县财政局的小李"), asking nothing."""
        m = _SELF_INTRO_ONLY.match(text.strip())
        if m is None:
            return False
        rest = m.group("rest") or ""
        return not _ASKS_SOMETHING.search(rest) and not _CHECKS_THE_NOTICE.search(rest)

    def remarks_on_work(self, text: str) -> bool:
        """Whether ``text`` only tells what the speaker is working on ("我在准备周五的会议材料"), asking nothing.

        Staff say why they ask before asking; such a remark opens with the speaker or a time, asks nothing and
        names no unit, task or part, and its words of the notice are words of office work (材料, 汇报, 方案),
        not a topic (a complaint about a sewage plant names 污水, and is a question in plain words).
        """
        if not (_CONTEXT_OPENER.match(text) or _MEETING_OR_PAPER.match(text)):
            return False  # "材料总算能交了": the paper itself may open the remark
        # The paper worked on is no question, though its name may hold a word that asks ("任务台账": 任务).
        unpapered = _MEETING_OR_PAPER.sub(" ", text)
        if _ASKS.search(unpapered) or _ASKS_SOMETHING.search(unpapered):
            return False
        # A closing 呢 states ("还在改材料呢"); it asks only with a question word, which is checked above.
        if re.search(r"[？?]|[吗么]$", text) or find_unit_mentions(text, self.alias_table):
            return False
        if any(word in text for word in SYNONYMS):
            return False
        if not _MEETING_OR_PAPER.search(text):
            return False  # "我们县老人没人照看": a need in plain words, not a remark on work
        words_of_work = (_OFFICE_WORK, _FILLERS, _QUANTITY)
        return all(any(w.fullmatch(t) for w in words_of_work) for t in self.content_words(text))

    @staticmethod
    def announces_questions(text: str) -> bool:
        """Whether ``text`` announces questions without asking one ("我想问个问题", "有几个问题")."""
        return bool(_ANNOUNCES_QUESTIONS.search(text))

    def _is_chat(self, text: str) -> bool:
        """Whether ``text`` has a chat word and nothing the notice is about, as it stands."""
        if _POINTS_AT_A_LIST.search(text):
            return False  # "头三项各自叫什么": the names of tasks shown, not the assistant's
        if _GOODBYE_ASKED.search(text):
            return False
        chat = [(m.start(1), m.end(1)) for m in _CHAT_AT.finditer(text)]
        chat = [(start, end) for start, end in chat if not self._in_a_word(text, start, end)]
        chat += [m.span() for m in _SIXES.finditer(text)]
        if not chat:
            return False
        if find_unit_mentions(text, self.alias_table):
            return False
        kept = list(text)
        for start, end in chat:
            kept[start:end] = [" "] * (end - start)
        unchatted = "".join(kept)
        rest = _FILLERS.sub(" ", unchatted)
        # A Latin word left over is not in the notice's vocabulary but may well name a topic ("sewage").
        if _ASKS.search(unchatted) or re.search(r"[a-z]{2,}", rest, re.IGNORECASE):
            return False
        # An everyday word the assistant maps to the notice's terms ("看病" → 医疗服务) is a topic, not chat.
        if any(word in unchatted for word in SYNONYMS):
            return False
        # Chat is short once its chat words are out; a longer remainder describes something (a plain-language
        # problem the notice may well cover in other words), which retrieval and the scope check judge.
        if len(re.findall(r"[\u4e00-\u9fff]", rest)) > _MAX_CHAT_REST:
            return False
        # Content words are looked for before the fillers go: a filler may be part of one ("点" in "网点").
        return not [t for t in self.content_words(unchatted) if not _FILLERS.fullmatch(t)]

    def _in_a_word(self, text: str, start: int, end: int) -> bool:
        """Whether a chat word is a word of the notice or part of one ("垃圾"; "行" in "银行", "牛" in "牛羊")."""
        if text[start:end].lower() in self.vocabulary:
            return True
        for left in range(max(0, start - 3), start + 1):
            for right in range(end, min(len(text), end + 3) + 1):
                if (left, right) != (start, end) and text[left:right].lower() in self.vocabulary:
                    return True
        return False

    def without_leading_chat(self, text: str) -> str:
        """``text`` without the chat in front of a real question ("好的，那残联参与哪项" → "那残联参与哪项").

        Only whole leading parts (up to a space or a punctuation mark) that are small talk on their own are
        dropped; a message that is small talk through and through is returned as it is.
        """
        if self.is_smalltalk(text):
            return text
        rest = text
        while True:
            opener = _OPENER.match(rest) or _INTERJECTION.match(rest)
            if opener is not None and opener.end() < len(rest):
                rest = rest[opener.end() :]  # "麻烦问一下，…", "想确认一下…": a polite opener; "欸，…"
                continue
            m = _SEPARATOR.search(rest)
            if m is None or m.end() == len(rest) or not self.is_smalltalk(rest[: m.start()]):
                return rest
            rest = rest[m.end() :]

    def without_trailing_remark(self, text: str, *, follow_up: bool) -> str:
        """``text`` without a remark said after what is asked ("那责任单位呢，好像挺多的" → "那责任单位呢").

        A short trailing part (after a space or a punctuation mark) is dropped when it is chat on its own, or
        asks nothing and names nothing of the notice: no unit, number, question word or word of the notice
        ("刚手机卡了", "数不过来了"). It goes only after a question, or in a conversation (``follow_up``):
        a first message that asks nothing may say its need in the last part, in words the notice does not use.
        A message that is small talk through and through, or has Latin words (English is split by spaces, and
        its last word is no remark), is returned as it is.
        """
        if self.is_smalltalk(text) or re.search(r"[a-z]{2,}", text, re.IGNORECASE):
            return text
        rest = text
        while True:
            body = rest.rstrip("。.！!？?~～ ")
            cuts = list(_SEPARATOR.finditer(body))
            if not cuts or cuts[-1].start() == 0:
                return rest
            head, tail = body[: cuts[-1].start()], body[cuts[-1].end() :]
            if not (follow_up or self._asks(head)) or not self._is_remark(tail):
                return rest
            rest = head

    @staticmethod
    def _asks(text: str) -> bool:
        """Whether ``text`` has a question word or a word of a question about the notice."""
        return bool(_ASKS.search(text) or _ASKS_SOMETHING.search(text) or _ASKS_IN_A_TAIL.search(text))

    def _is_remark(self, part: str) -> bool:
        """Whether a part of a message asks nothing and names nothing of the notice ("好像挺多的")."""
        if self.is_smalltalk(part):
            return True
        han = len(re.findall(r"[\u4e00-\u9fff]", part))
        if not 2 <= han <= _MAX_CHAT_REST or re.search(r"[a-z\d]", part, re.IGNORECASE) or self._asks(part):
            return False
        if _ASKED_FOR_A_PERSON.search(part):
            return False
        if find_unit_mentions(part, self.alias_table) or any(word in part for word in SYNONYMS):
            return False
        if _ASKED_FOR_KINDS.search(part):
            return False
        return not [t for t in self.content_words(part) if not (_FILLERS.fullmatch(t) or t in P.SIZE_REMARKS.entries)]

    def content_words(self, text: str) -> list[str]:
        """The tokens of ``text`` the notice uses (two characters or more)."""
        return [t for t in self.tokenizer(_PUNCT.sub(" ", text)) if t in self.vocabulary]
