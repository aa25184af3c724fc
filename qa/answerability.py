"""Does the notice contain the kind of thing a question asks for (a number, a date)?

Retrieval finds the closest task even when the notice does not give what is asked
("…的GDP是多少" lands on the finance task). Before answering a fact question, the evidence is
checked for the asked kind of thing; when it is missing the answer says so and points to the
task that touches the topic ("通知提到了……，但没有写……").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from corpus.records import Notice, Task
from index.tokenize import Tokenizer
from qa import compose
from qa.lexicon import phrases as P
from qa.lexicon.derived import county_names, home_place, notice_text
from qa.lexicon.places import NOTICE_CITY
from qa.synonyms import SYNONYMS

# "哪几个" lists and "好几个" is no question: neither asks for a figure.
# "几十", "几万人" round a number, no question; "多少万方" still asks one.
_FIGURE = re.compile(rf"(?<![哪好几十])(?:多少(?:万|亿|千|百)|(?:{P.FIGURE_WORDS.pattern()})(?![百千万十]))")
_DATE = re.compile(P.DATE_WORDS.pattern())
# Each county's part asked ("每个县分几处", "各县平均多少"), and a figure a sentence gives per county ("各县建设…1个").
_PER_COUNTY = re.compile(r"(?:每个|每一个|每|各)县(?:各|分别|平均|能|要)?(?:分|摊|分到|分配|建|有)?(?:几|多少)")
_PER_COUNTY_IN_TEXT = re.compile(r"各县|每个县|每县|每一个县|县均")
# A year ("2025年", "2025"): a date, never the figure a question asks.
_YEAR = re.compile(r"(?<!\d)20\d\d(?:年)?")
# The marks closing a clause: a figure or a place belongs to the thing named in its own clause.
_CLAUSE_MARK = re.compile(r"[，,；;。]")
# Not "放在哪条任务", "写在哪一项": which task holds it, not where it is built.
_SITE_ASKED = re.compile(rf"(?:{P.SITE_ASK_WORDS.pattern()})(?!一?(?:条|项|部分|个任务|大项|块任务))")
# A town or township by name, as a list gives it ("威远镇、"): not the generic 乡镇/城镇.
_TOWN_IN_TEXT = re.compile(r"(?<![城乡])[\u4e00-\u9fff]{2}镇(?=[、，。,）)])")
_EVENT = re.compile(f"{P.EVENT_WORDS.pattern()}|{P.COMPLETION_WORDS.pattern()}")
_START_EVENT = re.compile(P.START_EVENT_WORDS.pattern())
_OCCURRENCE = re.compile(P.OCCURRENCE_WORDS.pattern())
_DAY_ASKED = re.compile(P.DAY_ASKED_WORDS.pattern())
_NUMERAL = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:万|千|百)?"
# "多少张", "几所", "多少个": a count of things, with the measure word that says what is counted. Not a count of
# the notice's own parts ("几个部分", "多少个单位"), which the task table answers, nor a list pointed at ("那几个里").
_COUNT_ASK = re.compile(
    rf"(?<![哪好这那])(?:多少|几)\s*({'|'.join(m.pattern() for m in P.COUNT_MEASURES)})"
    r"(?!\s*(?:部分|板块|任务|单位|部门|局|县|方面|项|条任务))"
)
_PEOPLE_COUNTED = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{P.PERSON_NOUN_ENDINGS.pattern()})(?:[？?呢啊吗]|$)")
# "多少米", "多少平方米": a figure asked in a measure the task may state (general usage).
_MEASURE_ASKED = re.compile(rf"(?:多少|几)\s*({P.MEASURE_ASKED_WORDS.pattern()})")
# A year ("2025年") or a network generation ("5G") is no count.
_NOT_A_COUNT = re.compile(r"20\d\d年|\d+(?!m2|m²)[a-z]", re.IGNORECASE)  # but "800m2" is an area
# Another document by its number ("东政办〔2022〕8号", "[2021]5号"): brackets of every width, after NFKC.
_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,8}?)?\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*第?\s*(\d{1,4})\s*号")
# The same typed without brackets ("东政办2023 26号", "东政办2023年26号文"): the issuer's prefix is then needed.
_BARE_DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,6}?(?:办|发|函|字|委|府|政))\s*(\d{4})\s*年?\s*第?\s*(\d{1,4})\s*号(?:文件|文)?"
)
# The notice by its number alone ("26号文", "26号文件"): staff call a document so; "26号任务" is a task.
_NUMBER_ONLY_DOC = re.compile(r"(?<![\d第])(\d{1,4})\s*号(?:文件|文)")
_REALTIME = re.compile(P.REALTIME_WORDS.pattern())
_AREA_ASKED = re.compile(r"面积|占地")
_LAND = next(m for m in P.COUNT_MEASURES if m.name == "land")  # the area measures ("亩", "平方米", "m2")
_AREA_IN_TEXT = re.compile(rf"{_NUMERAL}\s*(?:平方公里|{_LAND.pattern()})")
# A length asked ("多长", "全长多少公里"), and one stated ("20公里", "5km"); general usage.
_LENGTH_ASKED = re.compile(r"多长(?!时间)|多远|长度|全长|里程|多少公里|几公里|多少千米|多少米")
_LENGTH_IN_TEXT = re.compile(rf"{_NUMERAL}\s*(?:公里|千米|km|米|m)(?![2²])", re.IGNORECASE)
_PERCENT_IN_TEXT = re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之")
_NUMBER = re.compile(rf"\d|[一二两三四五六七八九十百千万]+({P.NUMERAL_MEASURES.pattern()})|百分之|全覆盖|全部")
_AMOUNT = re.compile(P.AMOUNT_WORDS.pattern(), re.IGNORECASE)
# "哪几家单位牵头" asks for units, which the notice gives; only facilities and places are declined.
_WHICH_PLACE = re.compile(rf"(?:{P.WHICH_PLACE_WORDS.pattern()})(?!个?(单位|部门|机构|局|项|条|任务|部分))")
# "垃圾怎么收集/收运", "怎么交通" are about the work, not a fee or a form.
_PROCEDURE = re.compile(rf"(?:{P.PROCEDURE_ASK_WORDS.pattern()})(?!导|通|集|运|储|购|回)")
_CONDITIONS = re.compile(P.CONDITION_ASK_WORDS.pattern())
_PROGRESS = re.compile(P.PROGRESS_WORDS.pattern())
_DETAIL = re.compile(P.DETAIL_ASK_WORDS.pattern())
# The text of a document a task names ("…办法全文发一份", "…细则里怎么规定的"): the plan names such rules,
# never quotes them (general usage of 办法/细则/条例). Not 方案 or 通知, which are this notice.
_DOCUMENT_CONTENT = re.compile(
    r"(?:办法|细则|条例|制度|规划|意见|规定)(?:的|里|里面|中)?(?:具体)?(?:全文|原文|具体内容|详细内容|内容|具体规定|怎么规定"
    r"|规定了?(?:什么|啥|哪些)|有哪些条款|条款|咋评分|怎么评分|怎么打分)"
)
# Asking for what a document says, not a fact about it: its text, standards or scoring (general usage).
_CONTENT_ASKED = re.compile(
    r"原文|全文|具体内容|详细内容|内容是|具体规定|怎么规定|咋规定|规定了?(?:什么|啥|哪些)|条款"
    r"|(?:哪些|什么|啥)标准|标准是|咋评分|怎么评分|怎么打分|发我|发给我|发一份"
)
_PROVINCE = re.compile(
    rf"(?:{P.OTHER_DOCUMENT_WORDS.pattern()})(?:的|那个|那份|出台的|印发的|发的)?.{{0,14}}?(?:方案|文件)"
)
# What a question may ask of a document: its date, number, issuer or length (not its title, which 26号 quotes).
_DOCUMENT_FACT = re.compile(P.DOCUMENT_FACT_WORDS.pattern())
_OUR_NOTICE = re.compile(f"{P.OUR_NOTICE_WORDS.pattern()}|{NOTICE_CITY.pattern()}")
_VERBS = frozenset(P.TOPICLESS_VERBS)
# A figure for the whole city, not one county's part (the notice's own wording).
_CITYWIDE = re.compile(P.CITYWIDE_WORDS.pattern())
_DATE_IN_TEXT = re.compile(rf"20\d\d年|\d{{1,2}}月|{P.DEADLINE_WORDS.pattern()}|“十[四五]五”|十[四五]五")
_GENERIC = frozenset(P.FACT_QUESTION_WORDS)
# A task's own number, pronouns for it and the words asking for "a figure" (general usage): no topic of their own.
_TASK_NUMBER_OR_FIGURE_WORD = re.compile(
    r"第?\s*[一二三四五六七八九十\d]+\s*(?:项|条|个)|量化|指标|目标|数字|数据|具体|任务|它|这条|这项|那条|那项"
    # a place in a list shown ("最后一条", "头一个", "倒数第二条"), which only picked the task
    r"|(?:最后|末尾|头|倒数第?[一二三四五六七八九十\d]*)(?:那|这)?一?(?:项|条|个)"
)


def _joined(one: str, other: str, sentence: str) -> bool:
    """Whether ``sentence`` names two places as one subject ("化隆县和民和县建设…", "民和、化隆两县")."""
    join = r"县?(?:和|与|及|、|以及)"
    return re.search(f"{one}{join}{other}|{other}{join}{one}", sentence) is not None


def _without_years(text: str) -> str:
    """``text`` with each year blanked out, its length kept (so positions still match)."""
    return _YEAR.sub(lambda y: " " * len(y.group(0)), text)


def _figure_of(head: str, sentence: str, *, rate: bool = False) -> bool:
    """Whether ``sentence`` gives a figure for ``head``: a number a few characters before or after it.

    A rate between them ("常住人口城镇化率达到40%") is the figure of the rate, not of the head.
    """
    sentence = sentence.lower()  # question tokens are lower-cased ("5g用户")
    at = sentence.find(head)
    while at >= 0:
        # Within its clause, and not a year: "做优X等品牌，到2025年" gives X no figure.
        after = _CLAUSE_MARK.split(_without_years(sentence[at + len(head) : at + len(head) + 12]))[0]
        m = _NUMBER.search(after)
        if m and (rate or "率" in head or "比例" in head or not re.search(r"率|比例|占比", after[: m.start()])):
            return True
        before = _CLAUSE_MARK.split(_without_years(sentence[max(0, at - 8) : at]))[-1]
        if _NUMBER.search(before):
            return True
        at = sentence.find(head, at + 1)
    return False


def _own_measure(text: str, known: Sequence[str], lowered: Sequence[str]) -> bool:
    """ "多少米范围内" asked of a task: the task states a figure in that measure ("500米"), and the question names
    at most one word, found in none of its sentences, that could point elsewhere.
    """
    asked = _MEASURE_ASKED.search(text)
    if asked is None or len(known) > 1 or any(k in s for k in known for s in lowered):
        return False
    return any(re.search(rf"\d(?:\.\d+)?\s*{asked.group(1)}", s) for s in lowered)


def _whole(tokens: Sequence[str]) -> list[str]:
    """The tokens that are not part of a longer one ("农民工", not also "农民" and "民工")."""
    return [t for t in tokens if not any(t in k and t != k for k in tokens)]


# A rate named in a question ("污水处理率", "失业率"): up to four characters before 率 (general usage).
_RATE_TERM = re.compile(r"[\u4e00-\u9fff]{2,4}率")


class Answerability:
    """Checks whether the notice's evidence holds the asked kind of fact."""

    def __init__(self, notice: Notice, tokenizer: Tokenizer, county_governments: Sequence[str] = ()) -> None:
        self.tokenizer = tokenizer
        self.vocabulary = frozenset(tokenizer(notice_text(notice)))
        home = home_place(notice)
        self._home_tokens = frozenset(tokenizer(home)) | {home, home.removesuffix("市")}
        self.counties = county_names(notice, county_governments)
        quoted = re.search(r"《(关于[^《》]+)》", notice.meta.title)
        self._cited_document = quoted.group(1) if quoted else ""
        # This notice's own number ("东政办〔2023〕26号" → ("东政办", "2023", 26)), to tell another one apart.
        own = _DOC_NUMBER.search(unicodedata.normalize("NFKC", notice.meta.doc_number))
        self._doc_number = (own.group(1) or "", own.group(2), int(own.group(3))) if own else None
        self._doc_number_text = notice.meta.doc_number
        # Words in a third of the tasks or more ("县城", "建设"): the notice's own theme, too common to show that a
        # sentence is about the thing asked.
        per_task = [set(tokenizer(t.text)) for t in notice.tasks]
        self._common = frozenset(
            w for w in set().union(*per_task) if 3 * sum(w in ws for ws in per_task) >= len(per_task)
        )
        # The years the notice names anywhere (its text and its date): a figure "of 2022" it never names is not in it.
        self._years = frozenset(re.findall(r"(?<!\d)(20\d\d)(?=\s*年)", notice_text(notice)))
        self._plain_text = re.sub(r"\s+", "", notice_text(notice))

    def focus(self, text: str) -> list[str]:
        """The content tokens of a question: what it is about, without question words or the home city."""
        return [
            t
            for t in dict.fromkeys(self.tokenizer(text))
            if len(t) > 1 and t not in _GENERIC and t not in self._home_tokens and not t.isdigit()
        ]

    def figure_beside(self, text: str, task: Task, term: str) -> bool:
        """Whether ``text`` asks a figure and a sentence of ``task`` that holds ``term`` gives one."""
        if not _FIGURE.search(text):
            return False
        return any(term in sentence and _NUMBER.search(sentence) for sentence in re.split(r"[。；]", task.text))

    def missing(self, text: str, tasks: Sequence[Task]) -> str | None:
        """Why the notice cannot answer ``text`` from ``tasks`` (best first).

        Returns:
            A sentence saying what is missing, or None when the evidence holds it (or the
            question asks for no number or date).
        """
        asks_figure = bool(_FIGURE.search(text)) and not re.search(r"几项|多少项|几个部分|第几", text)
        # "互助县2026年gdp目标": a target of a Latin term (GDP, CPI) the notice never uses asks for its figure.
        if re.search(r"目标|指标", text) and any(t.isascii() and t not in self.vocabulary for t in self.focus(text)):
            asks_figure = True
        asks_date = bool(_DATE.search(text))
        if not (asks_figure or asks_date) or not tasks:
            return None
        focus = self.focus(text)
        if not focus:
            return None
        lowered = [s.lower() for t in tasks for s in t.sentences]
        unnamed_years = [y for y in re.findall(r"(?<!\d)(20\d\d)(?=\s*年)", text) if y not in self._years]
        if asks_figure and unnamed_years:
            # "2022年的城镇化率": the notice sets targets; a year it never names has no figure in it.
            known = _whole([t for t in focus if t in self.vocabulary])
            return self._touches([self._surface(text, t) for t in known], tasks[0], f"{unnamed_years[0]}年的具体数字")
        if asks_figure:
            rate = self._rate_not_given(text, focus, tasks[0])
            if rate is not None:
                return rate
            found = (
                self._amount_or_share(text, focus, tasks, lowered)
                or self._count(text, focus, tasks, lowered)
                or self._area(text, focus, tasks, lowered)
                or self._length(text, focus, tasks, lowered)
            )
            if found is not None:
                return found
        if asks_date and (_OCCURRENCE.search(text) or (_DAY_ASKED.search(text) and not self._dated(focus, tasks))):
            # "…下次哪天办": a plan says how often, never when the next one is.
            known = _whole([t for t in focus if t in self.vocabulary])
            return self._touches(known, tasks[0], "某一场（次）活动的具体日期，只写了要做什么、由谁负责")
        expanded = " ".join(SYNONYMS.get(t, "") for t in focus)
        unknown = [t for t in focus if t not in self.vocabulary and not any(t in w for w in expanded.split())]
        known = [t for t in focus if t not in unknown]
        what = "具体时间" if asks_date and not asks_figure else "具体数字"
        event = _EVENT.search(text)
        # Dated: a sentence with a date names the event, or every word the question is about ("5G基站…建成":
        # "加快部署5G基站，到2025年…"); one shared word is not enough ("医院" does not date a new building).
        about = _whole(
            [
                w
                for w in focus
                if not _EVENT.fullmatch(w) and not _DATE.fullmatch(w) and not (event and w in event.group(0))
            ]
        )
        # The event's own sentence must also hold a word of what it is about, when the question names one: "千兆
        # 网络…哪年全覆盖" is not dated by "到2025年…5G全覆盖".
        # A start ("开工") is dated only by a date said of it: a deadline for the work is no start date.
        starts = event is not None and _START_EVENT.fullmatch(event.group(0)) is not None
        dated = event is not None and any(
            _DATE_IN_TEXT.search(s)
            and (
                (event.group(0) in s and (not about or any(w in s.lower() for w in about)))
                or (about and not starts and all(w in s.lower() for w in about))
            )
            for t in tasks
            for s in t.sentences
        )
        if what == "具体时间" and event is not None and not dated:
            # "…哪天开业", "…啥时候建成": the notice plans tasks; it dates no facility's opening.
            asked = f"{event.group(0)}的具体时间"
            whole = [self._surface(text, t) for t in _whole(known)]
            return self.gap(whole, tasks[0], asked) if whole else f"通知没有写{asked}。"
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
        if _own_measure(text, known, lowered):
            return None
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
        # Answerable when the word asked about has a figure next to it, or, failing that, when some
        # sentence with a number holds one of the question's words: declining an answerable question
        # costs more than quoting a near figure.
        if any(_figure_of(h, s, rate=asks_rate) for h in heads for s in lowered):
            return None
        # The sentence must hold a word of the question that is not the notice's own theme ("县城"), and for a rate
        # a percentage ("单位缴费比例" is not answered by a sentence about the same people without one).
        specific = [k for k in known if len(k) >= 2 and k not in heads and k not in self._common]
        numbered = _PERCENT_IN_TEXT if asks_rate else _NUMBER
        # In the same clause, and not a year: "做优循化线椒等县域品牌，到2025年，…达到62%" gives 线椒 no figure.
        clauses = [c for s in lowered for c in re.split(r"[，,；;。：:]", s)]
        if any(numbered.search(_without_years(c)) and any(k in c for k in specific) for c in clauses):
            return None
        whole = [t for t in known if not any(t in k and t != k for k in known)]
        subject = [t for t in whole if t not in heads] or whole
        asked = f"{heads[0]}的{what}" if heads and heads[0] not in subject else what
        return self.gap(subject, tasks[0], asked)

    def _dated(self, focus: Sequence[str], tasks: Sequence[Task]) -> bool:
        """Whether a sentence of ``tasks`` holding a word of the question gives a date (a year, a month, a deadline)."""
        known = [t for t in focus if t in self.vocabulary]
        return any(_DATE_IN_TEXT.search(s) and any(k in s.lower() for k in known) for t in tasks for s in t.sentences)

    def _count(self, text: str, focus: Sequence[str], tasks: Sequence[Task], lowered: list[str]) -> str | None:
        """A count of things ("…要建多少个") where the evidence gives no such count, only a rate or coverage.

        Answerable only when a sentence of ``tasks`` holds one of the question's words and a number with a
        measure word of the asked kind ("5个", "2万套"); a year, "5G" or a percentage is no count.
        """
        asked = _COUNT_ASK.search(text)
        if asked is None:
            return None
        group = next(m for m in P.COUNT_MEASURES if asked.group(1) in m.entries)
        if asked.group(1) == "个" and _PEOPLE_COUNTED.match(text, asked.end()):
            # "几个工作人员": a count of people; "1所实验室" in the same sentence is no such count.
            group = next(m for m in P.COUNT_MEASURES if "人" in m.entries)
        figure = re.compile(rf"{_NUMERAL}(?:{group.pattern()})")
        known = _whole([t for t in focus if t in self.vocabulary])
        if not known:
            return None
        # A word of the notice's own theme ("县城") shows nothing unless the question has no other.
        specific = [k for k in known if k not in self._common] or known
        for sentence in lowered:
            plain = _NOT_A_COUNT.sub(" ", sentence)
            if figure.search(plain) and any(k in sentence for k in specific):
                return None
        if _own_measure(text, known, lowered):
            return None
        # What the notice does say about it (a rate, a coverage), so the reader sees why there is no count.
        # The sentence that holds most of the question's words (by characters: "5g基站" over "新建").
        said = max(tasks[0].sentences, key=lambda s: sum(len(k) for k in known if k in s.lower()), default="")
        said = said.rstrip("。；") if any(k in said.lower() for k in known) else ""
        figures = said and _NUMBER.search(_NOT_A_COUNT.sub(" ", said.lower()))
        shown = f"（只写了「{said}」）" if figures and len(said) <= 80 else ""
        return self.gap([self._surface(text, t) for t in known], tasks[0], "具体数量" + shown)

    def _area(self, text: str, focus: Sequence[str], tasks: Sequence[Task], lowered: list[str]) -> str | None:
        """An area asked ("每处多大面积") where no sentence about the thing gives one ("800m2", "10万亩")."""
        if not _AREA_ASKED.search(text):
            return None
        return self._measure_not_given(text, focus, tasks, lowered, (_AREA_ASKED, _AREA_IN_TEXT), "具体面积")

    def _length(self, text: str, focus: Sequence[str], tasks: Sequence[Task], lowered: list[str]) -> str | None:
        """A length asked ("那条高速有多长") where no sentence about the road gives one ("新建20公里").

        Only when the task pointed to states no length at all: "多少米范围" of a task with "500米覆盖率" is its figure.
        """
        if not _LENGTH_ASKED.search(text) or any(_LENGTH_IN_TEXT.search(s) for s in tasks[0].sentences):
            return None
        return self._measure_not_given(text, focus, tasks, lowered, (_LENGTH_ASKED, _LENGTH_IN_TEXT), "具体长度")

    def _measure_not_given(
        self,
        text: str,
        focus: Sequence[str],
        tasks: Sequence[Task],
        lowered: list[str],
        patterns: tuple[re.Pattern[str], re.Pattern[str]],
        what: str,
    ) -> str | None:
        """The note that ``what`` is not given, unless a sentence about the thing asked states the measure.

        Args:
            patterns: how the measure is asked (its words are no topic) and how a sentence states it.
        """
        asked, stated = patterns
        known = _whole([t for t in focus if t in self.vocabulary and not asked.fullmatch(t)])
        specific = [k for k in known if k not in self._common] or known
        if not specific or any(stated.search(s) and any(k in s for k in specific) for s in lowered):
            return None
        return self.gap([self._surface(text, t) for t in specific], tasks[0], what)

    @staticmethod
    def _surface(text: str, token: str) -> str:
        """A lower-cased token as the question typed it ("5g" → "5G")."""
        at = text.lower().find(token)
        return text[at : at + len(token)] if at >= 0 else token

    def _amount_or_share(
        self, text: str, focus: Sequence[str], tasks: Sequence[Task], lowered: list[str]
    ) -> str | None:
        """An amount the notice does not state (an investment, a subsidy), or one county's share of a total."""
        known = _whole([t for t in focus if t in self.vocabulary])
        amount = _AMOUNT.search(text)
        asks_rate = bool(re.search(r"率|比例|占比|百分", text))
        if amount is not None and not any(_figure_of(amount.group(0), s, rate=asks_rate) for s in lowered):
            subject = [t for t in known if amount.group(0) not in t and t not in amount.group(0)]
            said = P.AMOUNT_NAMES.get(amount.group(0), amount.group(0))  # "补多少": the subsidy
            if not subject:
                return f"通知没有写{said}的具体数字。"
            return self.gap(subject, tasks[0], f"{said}的具体数字")
        asked = [c for c in self.counties if c in text]
        if not asked:
            return self._per_county(text, known, tasks, lowered)
        if tasks[0].lead_units and all(any(c in u for c in asked) for u in tasks[0].lead_units):
            return None  # a task the county's government leads alone (task 4, 化隆县): its figures are the county's
        topic = [t for t in known if not any(c in t for c in asked)]
        figures = [s for s in lowered if _NUMBER.search(s) and any(t in s for t in topic)]
        # Answered by a sentence that names the asked counties with a figure next to one of them, or
        # names only them ("民和县…产值达到70亿元", "化隆县和民和县建设…17个").
        others = [c for c in self.counties if c not in asked]

        def names_only(counties: Sequence[str], s: str) -> bool:
            return (
                all(c in s for c in counties)
                and (any(_figure_of(c, s) for c in counties) or all(c in counties for c in self.counties if c in s))
                # "化隆县和民和县建设…17个" asked of 化隆县 alone: the figure is the two counties' together.
                and not any(_joined(c, o, s) for c in counties for o in others)
            )

        # One sentence for them all, or one for each ("化隆…15亿元。循化…15亿元" asked of 化隆 and 循化).
        answered = any(names_only(asked, s) for s in figures) or all(
            any(names_only([c], s) for s in figures) for c in asked
        )
        # Not answered by a figure for the whole city or for several counties named together
        # ("全市…累计改造2万套", "以互助…、民和…等县城为主体…21处"): that is not one county's share.
        shared = any(_CITYWIDE.search(s) or sum(c in s for c in self.counties if c not in asked) >= 1 for s in figures)
        # Nor by the task of another county: "民和县的城镇化率" from a task about 化隆县 alone, whose figure
        # sentence names no county of its own.
        elsewhere = not any(c in tasks[0].text for c in asked) and any(
            c in tasks[0].text for c in self.counties if c not in asked
        )
        if not answered and (shared or elsewhere) and topic and figures:
            which = "、".join(f"{c}县" for c in asked)
            return self.gap(topic, tasks[0], f"{which}分到的具体数字")
        return None

    def _per_county(self, text: str, known: Sequence[str], tasks: Sequence[Task], lowered: list[str]) -> str | None:
        """ "21处网点每个县分几处": each county's part of a figure the notice gives only in total, if so."""
        if not _PER_COUNTY.search(text):
            return None
        topic = [t for t in known if t not in self._common and not _PER_COUNTY.fullmatch(t)]
        figures = [s for s in lowered if _NUMBER.search(_without_years(s)) and any(t in s for t in topic)]
        # Given per county ("各县建设公益性公墓1个") when the figure's sentence says so.
        if not topic or not figures or any(_PER_COUNTY_IN_TEXT.search(s) for s in figures):
            return None
        return self.gap(topic, tasks[0], "每个县分到的具体数字")

    @staticmethod
    def asks_procedure(text: str) -> bool:
        """Whether ``text`` asks how or where one gets something done ("…去哪办", "怎么申请")."""
        return bool(_PROCEDURE.search(text))

    def unanswerable(self, text: str, tasks: Sequence[Task]) -> str | None:
        """A kind of question a task-division plan cannot answer, about a topic it touches.

        Which exact facilities or where one is, a person's procedure or conditions, and how far
        the work has got. Returns the sentence to decline with (pointing to ``tasks[0]``), or None.
        """
        if not tasks:
            return None
        known = _whole([t for t in self.focus(text) if t in self.vocabulary])
        if _WHICH_PLACE.search(text):
            # "…建在哪几个县" is answered when a sentence about it names counties ("建设互助县、民和县非遗综合馆").
            counties_asked = re.search(r"哪(?:几|些)?个?县", text)
            named = counties_asked and any(
                any(k in s for k in known) and any(c in s for c in self.counties) for t in tasks for s in t.sentences
            )
            if not named:
                return self._touches(known, tasks[0], "具体是哪些、建在什么位置")
        if _PROCEDURE.search(text):
            return self._touches(known, tasks[0], "个人办理的手续、地点和收费")
        if _CONDITIONS.search(text):
            # "以…为基本条件" states conditions; "改善业务用房条件" is about buildings.
            # The sentence must be about the thing asked: its most specific word ("孵化基地"), not any word.
            topic = [k for k in known if not _CONDITIONS.search(f"啥{k}") and k not in ("要求", "门槛")]
            specific = [k for k in topic if len(k) == max((len(x) for x in topic), default=0)]
            stated = any(
                re.search(r"(为|基本|符合|满足)条件|条件(是|为)", s) and any(k in s for k in specific)
                for t in tasks
                for s in t.sentences
            )
            return None if stated else self._touches(known, tasks[0], "需要满足的具体条件")
        if _PROGRESS.search(text):
            return self._touches(known, tasks[0], "落实进展或评比结果（它是任务分工方案，只写要做什么、由谁负责）")
        if _DOCUMENT_CONTENT.search(text):
            return self._touches(known, tasks[0], "它的具体内容（只提到了名称）")
        detail = _DETAIL.search(text)
        if detail and not any(detail.group(0) in t.text for t in tasks):
            return self._touches(
                known, tasks[0], "具体标准、材料、考核办法或新闻进展（它是任务分工方案，只写要做什么、由谁负责）"
            )
        return None

    def own_number(self, text: str) -> re.Match[str] | None:
        """Where ``text`` names this notice by its own number ("东政办〔2023〕26号", "东政办2023 26号", "26号文").

        The number must not be read as a task ("…26号由谁印发" is not about task 26).
        """
        if self._doc_number is None:
            return None
        for pattern in (_DOC_NUMBER, _BARE_DOC_NUMBER):
            for m in pattern.finditer(text):
                prefix, year, number = m.group(1) or "", m.group(2), int(m.group(3))
                own_prefix, own_year, own_number = self._doc_number
                same_issuer = not prefix or prefix.endswith(own_prefix) or own_prefix.endswith(prefix)
                if (year, number) == (own_year, own_number) and same_issuer:
                    return m
        for m in _NUMBER_ONLY_DOC.finditer(text):
            if int(m.group(1)) == self._doc_number[2]:
                return m
        return None

    def asks_a_procedure(self, text: str) -> bool:
        """Whether ``text`` asks how to apply or what to hand in, which a task-division plan never says."""
        return bool(_PROCEDURE.search(text) or _DETAIL.search(text))

    def other_document(self, text: str) -> str | None:
        """A question about another document: one with another number, or the provincial one the notice implements.

        Returns:
            The sentence to decline with, or None when the question is about this notice.
        """
        numbered = _DOC_NUMBER.search(text) or _BARE_DOC_NUMBER.search(text)
        if numbered is not None and self._doc_number is not None:
            prefix, year, number = numbered.group(1) or "", numbered.group(2), numbered.group(3)
            own_prefix, own_year, own_number = self._doc_number
            same_issuer = not prefix or prefix.endswith(own_prefix) or own_prefix.endswith(prefix)
            if (year, int(number)) != (own_year, own_number) or not same_issuer:
                return (
                    f"这份通知是{self._doc_number_text}，我只能回答它的内容；"
                    f"通知没有写{re.sub(r'(文件|文)$', '', numbered.group(0).strip())}文件的内容。"
                )
            return None
        if not self._cited_document or _OUR_NOTICE.search(text):
            return None
        quoted = re.search(r"《([^《》]+)》", text)
        if quoted and quoted.end() < len(text) and text[quoted.end()] == "》":
            quoted = None  # the inner title of this notice's own (《海东市贯彻落实《关于…》任务分工方案》)
        if (_PROVINCE.search(text) or quoted) and _CONTENT_ASKED.search(text):
            # "把《…》原文发我", "省里那个…方案具体有哪些标准": the notice names the document, it does not hold it.
            name = f"《{quoted.group(1)}》" if quoted else "这份文件"
            return f"这份通知只提到了{name}的名称，没有收录它的内容；我只能回答这份任务分工方案的内容。"
        cited = quoted is not None and quoted.group(1) == self._cited_document
        if (_PROVINCE.search(text) or cited) and _DOCUMENT_FACT.search(text):
            return (
                f"这份通知只引用了《{self._cited_document}》的名称，没有写它的印发日期、文号或条数；"
                "我只能回答这份任务分工方案的内容。"
            )
        return None

    def _rate_not_given(self, text: str, focus: Sequence[str], task: Task) -> str | None:
        """ "污水处理率要达到百分之多少": a rate the notice never names, asked of a task that sets no percentage.

        Task 16 plans sewage treatment "基本实现全覆盖" but gives no rate; quoting it would read as the rate. A rate
        worded otherwise ("垃圾处理率") is still answered where the task sets a percentage (92%).
        """
        m = _RATE_TERM.search(text)
        if m is None or m.group(0) in self._plain_text:
            return None
        if any("%" in s or "％" in s or "百分" in s for s in task.sentences):
            return None
        known = _whole([t for t in focus if t in self.vocabulary])
        return self._touches(known, task, f"{m.group(0)}的具体数字")

    def _touches(self, known: Sequence[str], task: Task, what: str) -> str:
        return self.gap(known, task, what) if known else f"通知没有写{what}。"

    def gap(self, known: Sequence[str], task: Task, what: str) -> str:
        """The sentence "通知提到了X（见第N项），但没有写Y。"."""
        # The words named are what the question is about, not the asked event or a bare verb ("建成", "新建").
        shown = [k for k in known if not _EVENT.fullmatch(k) and not _OCCURRENCE.search(k) and k not in _VERBS]
        shown = [k for k in shown if not any(k in o and k != o for o in shown)] or list(known)
        return f"通知提到了{'、'.join(shown[:3])}（见{compose.task_label(task)}），但没有写{what}。"

    def realtime(self, text: str) -> str | None:
        """A question about today's state of something the notice never mentions ("今天天气")."""
        if not _REALTIME.search(text):
            return None
        # A county named as where the asker is going ("下午要去民和县调研") is the setting, not the asked thing.
        for county in self.counties:
            text = re.sub(rf"{county}(县(人民政府|政府)?)?", " ", text)
        focus = [t for t in self.focus(text) if not _REALTIME.fullmatch(t)]
        expanded = " ".join(SYNONYMS.get(t, "") for t in focus)
        if focus and all(t not in self.vocabulary and t not in expanded for t in focus):
            return "通知是一份任务分工方案，不含实时信息。"
        return None

    def task_gap(self, text: str, task: Task) -> str | None:
        """For a question about one task named by its number: what it asks that the task does not say.

        A "when" question of a task with no date or deadline anywhere in it, or a figure of a kind the task
        does not give ("第9项的投资是多少"); None when the task may answer it.
        """
        if _DATE.search(text) and not any(_DATE_IN_TEXT.search(s) for s in task.sentences):
            return f"{compose.task_label(task)}没有写完成时间或时间要求。"
        # The task's own number and the words that ask for "a figure" are no topic the task must name.
        asked = _TASK_NUMBER_OR_FIGURE_WORD.sub("", text)
        return self.missing(asked, [task]) if asked.strip() else None

    def missing_site(self, text: str, task: Task) -> str | None:
        """For "选在哪个乡镇" about a topic of ``task``: the note when no sentence naming it names a place.

        A place is one of the notice's counties or a town or township named in a list ("威远镇、"); a town or
        village asked for is answered only by a town.
        """
        if not _SITE_ASKED.search(text):
            return None
        asked = re.sub(r"(?:哪)?个?(?:乡镇|镇|村|地方)", "", _SITE_ASKED.sub("", text))
        known = [t for t in self.focus(asked) if t in self.vocabulary]
        if not known:
            return None
        # A town or village asked for ("哪个乡镇") is below a county: a county named there does not answer it.
        below_county = re.search(r"乡镇|镇|乡|村|街道|社区", text) is not None
        for sentence in task.sentences:
            if not any(t in sentence for t in known):
                continue
            if _TOWN_IN_TEXT.search(sentence):
                return None  # a list of towns names the sites of the sentence ("以威远镇、积石镇…为主体，建设…")
            # A county must be in the clause about the thing: "各县建设公益性公墓1个，化隆县和民和县建设…站点"
            # names no place for the 公墓.
            clauses = [c for c in _CLAUSE_MARK.split(sentence) if any(t in c for t in known)]
            if not below_county and any(county in c for c in clauses for county in self.counties):
                return None
        return self.gap(known, task, "具体地点或选址")

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
