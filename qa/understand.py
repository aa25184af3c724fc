"""Understanding a question: what it asks (intent) and about what (units, section, task, topic).

Rules, not a model: the notice is small and its question types are few, and
staff need the same question to get the same answer every time. Retrieval
decides *which* task; these rules decide *what* to say about it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import opencc

from corpus.numerals import read_number
from corpus.records import Notice
from corpus.units import find_unit_mentions
from qa.answer import Intent
from qa.lexicon import phrases as P
from qa.lexicon.phrases import TASK_NOUN_LEADS, TASK_NOUNS_COLLOQUIAL
from qa.lexicon.slips import NOT_A_SLIP_AFTER, ROLE_WORD_SLIPS


class Role(StrEnum):
    """Which part a unit plays in a unit question."""

    LEAD = "lead"  # 牵头
    ANY = "any"  # 参与 / 负责 / 配合 / 涉及: leads or is responsible


@dataclass(frozen=True)
class Understanding:
    """The parsed form of one question."""

    text: str  # the normalised question
    intent: Intent
    topic: str  # the question with framing removed: what retrieval should look for
    units: tuple[str, ...] = ()  # canonical units mentioned
    role: Role | None = None
    section: int | None = None
    task: int | None = None  # an explicit "第16项"
    meta_field: str | None = None
    leans_on_history: bool = False  # "那配合单位有哪些", "这项由谁牵头"


# --- patterns -------------------------------------------------------------------------------
_LEAD = re.compile(
    rf"谁(来)?({P.IN_CHARGE_VERBS.pattern()})|牵头(单位|部门|的|人)|哪(个|家|些|一个)?(单位|部门|机构|局)?(来)?(牵头|主抓|主管|统筹)"
    rf"|哪(个|家|一个)(单位|部门|机构|局)(来)?(负责|管|抓)|{P.LEAD_ASK_WORDS.pattern()}"
)
_RESPONSIBLE = re.compile(P.RESPONSIBLE_ASK_WORDS.pattern())
_UNIT_TASK_WORDS = re.compile(
    rf"{P.UNIT_TASK_QUESTION_WORDS.pattern()}|都(有|要|管|负责|干|做)|干(什么|啥)|做(什么|啥)"
    r"|(牵头|负责|参与)的?(任务)?(是)?哪一?(条|项|个)"
    r"|几(个|件|样)?活"  # "几个活", "几件活": tasks (general usage, colloquial)
    r"|在哪(一|几)?(条|项|个任务|些任务|部分)(?![街路巷道大])"  # "林草局在哪条": where it appears, no street
)
_FACT = re.compile(P.FACT_ASK_WORDS.pattern() + r"|到20\d\d|20\d\d年")
_SECTION_WORD = re.compile(P.SECTION_MENTIONS.pattern())
_SECTION_NUMBER = re.compile(rf"第\s*([一二三四五六七八九十\d]{{1,3}})\s*({P.SECTION_ORDINAL_NOUNS.pattern()})")
_SECTION_NUMERAL_HEAD = re.compile(r"^\s*([一二三四五六七八])\s*[、.]")
_TASK_NUMBER = re.compile(
    r"(?:第\s*([一二三四五六七八九十\d]{1,3})\s*(?:项|条|个任务|号任务)|任务\s*(\d{1,2})(?!\d|年|%|万|亿)"
    r"|(?<![\d月年一二三四五六七八九十])([一二三四五六七八九十]{1,3}|\d{1,2})\s*号任务)"
)
_META = {
    "doc_number": re.compile(P.DOC_NUMBER_WORDS.pattern()),
    "dates": re.compile(
        r"(什么时候|何时|哪天|哪一天|几月|几号|日期|时间|哪年|哪一年|年份)(.*)?(发布|印发|发的|成文|出台|下发|公布|签发|写的)"
        r"|(发布|印发|成文|出台|下发|公布|签发|落款)(的)?(日期|时间|是哪天|是几号|是什么时候|于)|成文日期|发布日期|落款"
    ),
    "issuer": re.compile(
        r"(哪个|哪家|什么)(单位|部门|机关)(发|印发|发布|出台|下发)|谁(发|印发|发布|出台|下发)|发文机关|发文单位|印发单位"
    ),
    "title": re.compile(r"(标题|题目|名称|全称|名字)(是|叫)?|叫什么"),
    "count": re.compile(r"(一共|总共|共|总计)?(有)?(多少|几)(项|条|个)(任务|工作)|任务(总数|数量)|(几|多少)个部分"),
    "subject": re.compile(r"主题分类|主题词|属于(什么|哪)类"),
    "addressees": re.compile(
        r"发给(谁|哪些)|(发|下发|印发|发送)(给|到|至)(了)?(谁|(哪些|哪几个?)(单位|部门))|主送|发至|印发给|送达"
    ),
    "purpose": re.compile(r"为了落实|落实(哪个|什么)(文件|方案)|依据|根据(哪个|什么)(文件|方案)|上位文件"),
}
# "X的编号": the number of a road, project or item X, said with 的 (general usage); the notice's own number is asked
# with 文号/字号 or with the document named.
_THINGS_NUMBER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,}的编号")
_PERSON = re.compile(f"({P.OFFICIAL_TITLES.pattern()})({P.PERSON_ASKS.pattern()})")
# The notice is a plan: it gives no prices, opening hours, phone numbers, application paperwork or
# progress of individual cases. Questions asking for those are not covered.
_SERVICE_INFO = re.compile(
    rf"{P.SERVICE_INFO_WORDS.pattern()}|几点(开门|关门|下班|上班|发车|起飞)|(要|需要)(带)?(哪些|什么)材料"
)
# Attempts to re-instruct the assistant: it only ever reports what the notice says.
_INSTRUCTION = re.compile(
    rf"忽略.{{0,8}}(指令|规则|设定|要求|提示)|{P.INSTRUCTION_WORDS.pattern()}",
    re.IGNORECASE,
)
_META_CONTEXT = re.compile(P.DOCUMENT_WORDS.pattern())
_ANAPHORA = re.compile(f"^({P.OPENING_POINTERS.pattern()})|{P.POINTERS_ANYWHERE.pattern()}")
_FRAME = re.compile(
    r"请问|请|麻烦|帮我|我想(知道|问|了解)|想问(一下)?|问一下|告诉我|文件里|通知里|方案里|方案中|文件中|通知中|里面|"
    rf"(是)?(由)?(谁|哪(个|些|家|一个)?(单位|部门|机构|局)?)(来)?({P.IN_CHARGE_VERBS.pattern()})(的)?|"
    r"牵头(单位|部门)?|责任(单位|部门)|负责(单位|部门)|配合(单位|部门)?|参与(单位|部门)?|协助|有哪些|是哪些|是什么|是谁|是哪个|哪些|什么|怎么办|怎么样|怎么|"
    r"如何|咋办|咋整|咋|啥|吗|呢|吧|啊|呀|的|了|单位|部门|机构|？|\?|。|，|,|！|!|\s|"
    # "配合部门分别是哪几个": asking for each of several, no topic (general usage).
    r"分别|各自|哪几(?:个|家|项|条)?(?![个家项条县乡镇村区市地])|"
    # "牵头的是哪条": which task, asked the way 哪个 asks (general usage).
    r"(?<!第)哪一?(?:条|项)(?![县乡镇村区市地街路巷道])|"
    # "责任单位都有谁", "都是谁负责": asking words around 谁 (general usage), never part of a topic.
    r"都?(?:有|是)(?=谁|哪)|都(?=有|是|由|在)|谁|"
    # "帮我查下那个": asking to look something up names nothing to look for (general usage).
    r"查一下|查下|查查|查一查|看一下|看看|说说|讲讲|(?:那|这)个(?![局单部县项任])"
)


# Tags and template syntax ("<img …>", "{{7*7}}", "${x}") pasted or typed as probes carry no question.
_MARKUP = re.compile(r"<[^<>]{0,500}>|\{\{[^{}]{0,200}\}\}|\$\{[^{}]{0,200}\}|\{%[^{}]{0,200}%\}")


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalize_question(text: str) -> str:
    """NFKC, traditional → simplified characters, drop control characters, mend role-word slips, collapse whitespace."""
    # Lone surrogates (from broken clients) cannot be encoded for OpenCC; they carry nothing.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _to_simplified().convert(unicodedata.normalize("NFKC", text))
    # Markup pasted from web pages ("<img src=x onerror=…>") carries no question.
    text = _MARKUP.sub(" ", text)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = _ROLE_WORD_SLIP.sub(lambda m: ROLE_WORD_SLIPS[m.group(0)], text)
    if re.search(r"[\u4e00-\u9fff]", text):
        text = _TASK_IN_ENGLISH.sub(r"第\1项", text)  # "task 7 谁配合": the Chinese way (English alone is translated)
    text = re.sub(r"\s+", " ", text).strip()
    # "牵头的呢 有财政局吗": a space after a question's closing particle ends that clause (general usage).
    return re.sub(r"(?<=[\u4e00-\u9fff][呢吗吧]) (?=[\u4e00-\u9fff])", "，", text)


# "task 10", "item #3" typed among Chinese words (general usage).
_TASK_IN_ENGLISH = re.compile(r"(?i)(?<![a-z])(?:task|item)\s*(?:no\.?\s*)?#?\s*(\d{1,2})(?!\d)\s*")
_ROLE_WORD_SLIP = re.compile(
    "|".join(f"(?<![{NOT_A_SLIP_AFTER[s]}]){s}" if s in NOT_A_SLIP_AFTER else s for s in ROLE_WORD_SLIPS)
)


_COLLOQUIAL_TASK = re.compile(
    f"(?P<lead>{TASK_NOUN_LEADS.pattern()})(?:{TASK_NOUNS_COLLOQUIAL.pattern()})(?![动力跃泼])"
)


# "头一个叫什么", "开头那条": the first one of a list, in everyday words (general usage).
# Not 头 ending a word ("牵头那个", "带头的"): only 头 or 开头 on its own, then 一个/一项/一条.
_HEAD_ONE = re.compile(r"(?<![牵带领龙街码源口镜当上])(?:开)?头一?(个|项|条)")


def plain_ordinals(text: str) -> str:
    """Everyday ordinals read plainly: "头一个叫什么" → "第一个叫什么", "第六个部分" → "第六部分", "任务4" → "第4项"."""
    text = _NUMBER_OF_A_LINE.sub(r"第\1项", _TASK_N.sub(r"第\1项", text))
    text = _NUMBER_OPENING_A_QUESTION.sub(r"第\1项", text)
    text = _NUMBER_POINTED_AT.sub(lambda m: f"第{m[1] or m[2]}项", text)
    return _NTH_PART.sub(r"\1", _HEAD_ONE.sub(r"第一\1", text))


# "我要22的责任单位": a bare number whose line or target is asked is a task's number (general usage).
_NUMBER_OF_A_LINE = re.compile(r"(?<![\d.%．第])(\d{1,2})(?=的(?:牵头|责任|配合|目标))")


# "27谁牵头", "12讲的啥": a bare number opening a question about a task is its number (general usage); not a
# figure ("30万亩", "5G") or a year.
_NUMBER_OPENING_A_QUESTION = re.compile(
    r"^\s*(\d{1,2})(?=\s*(?:谁|由谁|是谁|归谁|讲|说|写|是什么|是啥|是干啥|干啥|干什么|的内容|内容|具体|牵头|配合|责任|呢))"
)


# "18那条", "那个8条的": a bare number pointed at as one task, after or before the pointer (general usage); not
# "那8条" (eight tasks) or "这个8条任务" (a count).
_NUMBER_POINTED_AT = re.compile(r"(?<![\d.%．第])(\d{1,2})(?:那|这)(?:条|项)|(?:那个|这个)(\d{1,2})(?:条|项)(?![\d任])")


# "X牵头的有没有", "它配合的任务有吗": whether a unit has tasks in a role, the verb said before 有没有 (general usage);
# read as "X有没有牵头的任务".
_ROLE_TASKS_OR_NOT = re.compile(
    r"^(?P<who>(?:那|那么)?[\u4e00-\u9fff]{1,16}?)(?P<role>牵头|配合|参与)的(?:任务|事|工作)?"
    r"(?:有没有|有吗|有没|有不|有木有)[？?]?$"
)


# "只算配合的", "光看牵头的": one role of the last list kept, said the way "只要配合的" is (general usage).
_ONLY_A_ROLE = re.compile(r"(?:只算|只看|只统计|光算|光要|光看|仅算|仅看)(?=(?:牵头|配合|责任)(?:单位)?的?[？?。]?$)")


# "它是哪些任务的责任单位": the tasks "it" (the unit talked about) is on in that role (general usage), said the way
# "它当责任单位的任务有哪些" is; 它 is the unit, not a task whose line is asked.
_IT_IS_ON_WHICH = re.compile(
    r"(?P<who>它|他们|它们|该单位|该局|这个单位|这个局)(?:都)?是(?:哪些|哪几个|哪几项|哪几条|什么|哪个|哪项|哪条)(?:任务|项目|工作)?的"
    r"(?P<role>责任|配合|牵头)单位"
)


# "任务4", "任务 12呢": a task by its number written after the noun, as in a list heading (general usage); not
# "任务1到5" (a range) or a figure ("任务3个").
_TASK_N = re.compile(r"(?<![第\d])任务\s*(\d{1,2})(?![\d项条个年%.．\-到至~、和])")


# "第六个部分", "第3个板块": a measure word between the ordinal and the part (general usage).
_NTH_PART = re.compile(rf"(第\s*[0-9一二三四五六七八九十]+)\s*个\s*(?=(?:{P.SECTION_MENTIONS.pattern()}))")


# "随便举个林草局牵头的任务", "说两个…的例子": an example of a list asked for; the list answers it (general
# usage). Only before a question about tasks ("…的任务", "…的工作").
_AN_EXAMPLE = re.compile(
    r"^(?:请|麻烦)?(?:你)?(?:随便)?(?:举|说|讲|给我?|来|列)(?:一|两|几|三|俩)?个(?:例子)?[，,:：]?(?=.{2,}的(?:任务|工作|事))"
)
_RECALL_AT_END = re.compile(rf"(?:{P.RECALL_PARTICLES.pattern()})[?？。!！]*$")
# "噢搞错了，…": a correction's opener, an interjection allowed in front of it.
_CORRECTION_OPENER = (
    rf"^(?:哦|噢|喔|啊|呃|哎|唉)?[，,\s]*(?:我|是我)?(?:{P.CORRECTION_OPENERS.pattern()})"
    # "不是这个，…", "改一下，…": only with a pause after them ("不是这个局牵头的吗" asks)
    r"|^(?:不是这个|不是这条|不是这项|改一下|更正一下|纠正一下)(?=[，,\s])"
)
# "问的是责任单位不是牵头": after a correction, the role denied at the end adds nothing to the role asked.
_ROLE_DENIED_AT_END = re.compile(r"(?<=单位)[，,\s]*(?:而)?不是(?:牵头|责任|配合)(?:单位)?(?:的)?$")
# "不是商务局，是水务局": the same question of what was meant (no question word of its own).
_NOT_THIS_BUT_THAT = re.compile(
    r"^(?:不是|并非)([^，,\s吗呢]{1,12})[，,\s]*(?:而)?(?:我问的|我要的|我说的|问的|要的)?是(?:说|问)?"
    r"([^，,\s谁哪几吗呢啥么]{1,14})$"
)
_CORRECTION = re.compile(
    # After a correction a bare 是 says what was meant ("…错了，是X").
    rf"(?:{_CORRECTION_OPENER})[，,。!！\s]*"
    rf"(?:{P.MEANT_OPENERS.pattern()}|应该是|是)?[，,\s]*"
    rf"|^(?:{P.MEANT_OPENERS.pattern()})[，,\s]*"
    # "不是，我问的是…": a bare 不是 corrects only before saying what was meant ("不是各县政府牵头的…" filters);
    # after the pause a bare 我要/要 says it too ("不是，要配合的").
    rf"|^不是[，,\s]+(?:{P.MEANT_OPENERS.pattern()}|我想要|我要|要)[，,\s]*"
    # "不是小区，我问的是…": what was not meant, then what was (the thing denied is left behind with the answer)
    rf"|^不是[^，,\s]{{1,10}}[，,\s]+(?:{P.MEANT_OPENERS.pattern()})[，,\s]*"
)
# "同上，只要牵头单位", "同上 民政局呢": the question before, changed as said (general usage).
_SAME_AS_ABOVE = re.compile(r"^同上[，,\s]+(?:但是|只是|不过|就是)?(?:那|那么)?(?P<rest>.+?)(?:呢|的呢)?[?？]?$")
# "有人社局没", "是它牵头不": a yes-no question closed by 没/不 instead of 吗 (general usage).
_CLOSING_NOT = re.compile(r"(?<=[\u4e00-\u9fff])(?:没有?|不)[?？]?$")
# Question words and particles: a correction that has one asks a whole question (general usage).
_ASKS = re.compile(r"[谁哪几吗呢啥么]|多少|什么|有没有")
_ROLE_NOUN_ALONE = re.compile(r"(?:牵头|责任|配合|参与)(?:单位|部门)|谁牵头|谁配合")
# "分别是哪两条", "哪三个单位": a number after 哪 asks which ones, as 哪几 does (general usage).
_WHICH_NUMBER = re.compile(r"哪([两二三四五六七八九十俩仨])(?=[个条项家])")


# "…谁牵头 分别说下": a request to tell, after a question that already says what is asked (general usage).
_TELL_ME_AT_END = re.compile(
    r"(?<=[\u4e00-\u9fff])[，,\s]*(?:你)?(?:分别|各自|都|再|简单)?"
    r"(?:说下|说一下|讲下|讲一下|说说|讲讲|告诉我|介绍一下|报下|报一下|报一报|念下|念一下"
    r"|发下|发一下|发一次|发一遍|说一遍|说一次|报一次|报一遍|重复一下|重复一遍)"
    r"[吧呀啊呗。.!！]*$"
)


# "把这几条的编号报一下", "把它的牵头单位念一下": 把 before a pointer adds nothing to what is pointed at
# (general usage).
_TAKE_THESE = re.compile(r"^(?:请|麻烦)?(?:你)?(?:帮我|给我)?把(?=这|那|它|上面|刚才|前面)")


# "…分别有哪几条，列出来看看", "…还有吗，全部列出来": a request to list after a question that already asks for
# the list (general usage). Only after a break ("把第七部分里牵头的局罗列一下" is one request).
_LIST_REQUEST_AT_END = re.compile(
    r"(?<=[\u4e00-\u9fff？?])[，,？?\s]+(?:请|麻烦)?(?:你)?(?:全部|全都|全|都|一起|再|给我|帮我)*"
    r"(?:列一下|列下|列出来|列出|罗列一下|罗列下|列举一下|列一列)(?:看看|看下|看一下)?[吧呀啊呗。.!！]*$"
)


# "…哪几条 只说编号": a request for the numbers only, after a question that already asks (general usage).
_NUMBERS_ONLY_AT_END = re.compile(
    rf"(?<=[\u4e00-\u9fff])[，,\s]*(?:{P.NUMBERS_ONLY_REQUESTS.pattern()})[吧呀啊。.!！]*$"
)


# "…有交通局吗，都有谁", "…有财政局吗，全列一下": a yes-no question about a line, then a request for the whole line
# (general usage). The tail is read away here; the executor finds it in the question itself and puts the whole line
# first (qa/executor.py, _WHOLE_LINE_ASKED).
_WHOLE_LINE_AFTER_YES_NO = re.compile(
    r"(?<=[吗么])[，,\s]*(?:那)?(?:都有谁|都有哪些|还有谁|都是谁|全列一下|全部列一下|都列一下|全列出来|全部列出来|都列出来|列一下"
    r"|全说一下)(?:给我|让我|我)?(?:看看|看一下|看下)?[吧呀啊呢。.!！？?]*$"
)


# "列一下第三部分的", "帮我列出住建局牵头的": a request to list ahead of what is listed (general usage).
_LIST_REQUEST_AHEAD = re.compile(
    r"^(?:请|麻烦)?(?:你)?(?:再|帮我|给我)*(?:列一下|列下|列出来?|罗列一下|列举一下|列一列)[，,：:\s]*(?![来看])(?=\S{3,})"
)


# "有没有重合的", "那有没有一样的": a yes-or-no question about something of those shown (general usage).
_HAS_OR_NOT_ONES = re.compile(r"^(?P<then>那|那么)?有没有(?P<what>[^，,？?\s]{1,8}?)的[？?]*$")
# "责任单位呢，有没有林草局": the same asked in a clause after a comma, of one thing named (general usage).
_HAS_OR_NOT_AFTER_A_CLAUSE = re.compile(r"(?P<before>[，,])有没有(?P<what>[^，,？?\s的]{1,8})[？?]*$")
# "目标数是多少", "指标值": the target itself, asked by its number (general usage).
_TARGET_NUMBER = re.compile(r"(目标|指标)(?:数字|数值|数|值)(?=是|为|有|定|多少|呢|[？?]|$)")


# "应急局牵头的是第几项", "残联配合第几条": which tasks a unit has in a role, asked by their numbers (general usage).
_ROLE_WHICH_NUMBER = re.compile(r"(牵头|配合|负责|参与)(?:了)?(的)?(是)?第几(?=[条项个])")


# "X当责任单位的全列出来", "它牵头的都列一下": a request to list right after "the ones of a role", which is the list
# asked for (general usage).
_ROLE_ONES_LISTED = re.compile(
    r"^(?P<ones>(?!把|请把|帮我把)[^，,]{2,}?(?:牵头|单位|配合|参与|负责)的)(?:任务|事项)?(?:全部|全都|全|都|给我|帮我)*"
    r"(?:列一下|列下|列出来|列出|罗列一下|列举一下)(?:看看|看下|看一下)?[吧呀啊呗。.!！]*$"
)


# "…当责任单位的有那些": 那 typed for 哪 at the end of a question, the most common slip of the pair (general usage);
# only where 那些/那几个 ends the question, so a pointer ("那些任务里…") is never read as asking.
_WHICH_TYPED_AS_THAT = re.compile(r"(?<=[有是])那(些|几个|几项|几条|几家)(?=(?:任务|单位|部门)?[？?。！!呀啊呢]*$)")


# "不管牵头还是责任", "无论是牵头还是配合": both roles, which is what a unit's tasks are when no role is said
# (general usage).
_EITHER_ROLE = re.compile(
    r"(?:不管|无论|不论)(?:是)?(?:牵头|配合|责任|参与)(?:单位)?(?:的)?还是(?:牵头|配合|责任|参与)(?:单位)?(?:的)?"
    r"(?:都算)?[，,\s]*"
)


# "牵头单位就一个市商务局的任务": "only one, and it is X" is "only X" (general usage); a count alone
# ("就一个的任务") stays a count.
_ONE_NAMED_ALONE = re.compile(
    r"(?<=牵头单位|责任单位|配合单位)(?:就|只有|只|仅|仅有)(?:一个|1个)(?=[市各]|[\u4e00-\u9fff]{1,3}县)"
)


# "除了这条它还配合别的吗": the task shown set aside, others asked, which "它还牵头别的吗" says alone
# (general usage).
_BESIDES_THE_ONE_SHOWN = re.compile(
    r"^(?P<then>那|那么)?除了?(?:这个|这项|这条|这一项|这一条|这个任务|这件事)(?:以外|之外|外)?[，,\s]*"
    r"(?=(?:它|他们|该单位|该局)?(?:另外|又)?还[^，,。？?]{0,6}(?:别的|其他|其它))"
)


# "把配合单位中含水务局的都筛出来", "拎出X牵头的": tasks picked out by a unit in a role, asked as "…的是哪几条"
# (general usage: 挑/找/筛/拎/选/捡 + 出来 ask for the ones that match).
_PICKED_OUT = re.compile(
    r"^(?P<then>那|那么)?(?:请|麻烦)?(?:你)?(?:帮我|给我)?"
    r"(?:把(?P<body>[^，,。？?]{2,24}?(?:牵头|配合|负责|参与|单位[^，,。？?]{0,3}(?:有|含|包括|包含)[^，,。？?]{2,16}?)的)(?:任务|那几条|那几项|那些)?"
    r"(?:都|全|全部)?(?:挑|找|筛|拎|选|捡)出来"
    r"|(?:挑|找|筛|拎|选|捡)出(?:来)?(?P<body2>[^，,。？?]{2,24}?(?:牵头|配合|负责|参与|单位[^，,。？?]{0,3}(?:有|含|包括|包含)[^，,。？?]{2,16}?)的)"
    r"(?:任务|那几条|那几项|那些)?)(?:一下|吧|呗|来)?[。？?！!]*$"
)


# "财政局在方案里是牵头还是配合": which role a unit plays, answered by its tasks in each role (general usage).
# Not with a task pointed at ("这项里X是牵头还是配合" checks one line).
_LEAD_OR_HELPING = re.compile(
    r"^(?P<who>[^，,。？?\s这那它项条在里]{2,14}?)(?:在(?:这个|这份|本|整个)?(?:方案|文件|通知|分工)(?:里|中|里面|里头|当中))?"
    r"(?:到底)?(?:是|算|属于|当|作为)(?:牵头(?:单位)?还是(?:配合|责任)(?:单位)?|(?:配合|责任)(?:单位)?还是牵头(?:单位)?)"
    r"(?:的)?(?:啊|呀|呢|哈)?[？?。]*$"
)


# "牵头单位就林草局一家？", "配合的只有水务局吗": whether the line shown has that unit alone, asked as
# "是只有X牵头吗" asks it (general usage).
_ALONE_ON_THE_LINE = re.compile(
    r"^(?:那|那么)?(?P<role>牵头|配合|责任)(?:单位|部门|的)?(?:就|只有|只|仅有|仅)"
    # A unit's name: no number ("只有一个的"), no 的 ("只有X的任务" asks for tasks), no 是 ("就是X" guesses X,
    # not X alone).
    r"(?P<who>(?![是有一二两三四五六七八九十\d])[^，,。？?\s哪几谁啥么吗的]{2,14}?)(?:一家|一个|一个单位|一个部门)?"
    r"(?:吗|么|吧|嘛|对吧|是吧)?[？?。]*$"
)


# "教育局在这里头对不对", "牵头是住建局，是吧": a statement with a tag asking it back, asked as "…吗" asks
# (general usage).
_TAG_QUESTION = re.compile(r"(?<=[\u4e00-\u9fff])[，,\s]*(?:对不对|对吧|是吧|没错吧|对吗|对么|没错吗)[？?。]*$")


# "原文好像漏了个字", "写成任单位了": a remark on a misprint in the notice, beside the question it goes with; the
# question is read without it (general usage; the notice itself prints one label short of a character).
_MISPRINT_ASIDE = re.compile(
    r"[，,\s]*(?:原文|文件|文中|通知)?(?:里|上)?(?:那行|这行|那里|那一?栏)?(?:印得|写得|打得|印的|写的)?(?:好像|似乎|应该|可能|估计)?(?:是)?"
    r"(?:(?:漏|少|缺|掉)了?(?:一?个)?字|写成了?[^，,。？?\s]{1,6}?了|有(?:个|一个)?错别字)"
)
# "责任单位那行", "牵头单位这一栏": the line itself (general usage).
_LINE_POINTED = re.compile(r"(?<=(?:牵头|责任|配合)单位)(?:那|这)(?:一)?(?:行|栏|块)(?:里|里面|上)?")
# "前面那个养老的是谁牵头": an earlier task pointed at by its topic, read as "养老那条…" (general usage);
# not a unit ("前面那个住建局的…" names the unit).
_EARLIER_BY_TOPIC = re.compile(
    r"^(?P<then>那|那么)?(?:前面|刚才|上面|之前|最开始|一开始)(?:说的|问的|提到的|讲的)?(?:那个|那条|那项|那一条|那一项)"
    # A topic's words only: no unit (局, 委…), no role and no question word ("刚才那个数字是哪年的…").
    r"(?P<topic>(?:(?!牵头|配合|负责|参与|多少|什么)[^\W\d_局委办府厅是哪几谁啥呢吗的]){2,8}?)的(?:那条|那项)?"
    r"(?=是|由|谁|哪|牵头|配合|责任|目标|几|多少)"
)


# "同一条里还有谁": the task just spoken of, said as "这条里" (general usage).
# Only when the task's own units are asked ("同一条里的住建局…" names a unit of it, asked about in its own right).
_THE_SAME_TASK = re.compile(
    r"^(?P<then>那|那么)?(?:在)?同一(?:条|项|个任务)"
    r"(?=(?:里|中|上)?(?:面|头)?的?(?:还有|还|别的|其他|其它|另外|谁|哪|有|牵头|责任|配合))"
)


# "哪家牵头了养老那项", "谁配合了X那条": which of the units shown has that role on the task named by its topic,
# asked as "哪个也是X那条的牵头单位" (general usage).
_WHICH_HAS_ROLE_ON_THAT = re.compile(
    r"(?P<which>哪个|哪家|哪一个|哪几个|哪些|谁)(?:还|也)?(?P<role>牵头|配合)了?(?P<topic>[\u4e00-\u9fff]{2,10}?)那(?:条|项|个任务)"
    r"(?P<end>[？?。]*)$"
)
# "这里面它配合的去掉，还剩几条": the unit's tasks less those it helps on, asked as "它牵头的有几条"; less the
# ones it leads, as "它参与但不牵头的有几条" (general usage).
_ROLE_TAKEN_OUT = re.compile(
    r"^(?P<then>那|那么)?(?:其中|这里面|这些里|里面)?(?:把)?(?P<who>它|该局|该单位)?(?P<role>牵头|配合)的(?:任务)?(?:去掉|去除|除掉|拿掉|刨掉|扣掉)"
    r"[，,\s]*(?:还)?(?:剩下|剩|其余|余下)(?:的)?(?:还有|有)?(?P<ask>几项|几条|几个|多少项|多少条|哪些|哪几项|哪几条)"
    r"(?:呢|啊)?[？?。]*$"
)


# "A和B在同一个任务里吗", "A跟B是不是在一条里": whether two units share a task, answered by the tasks both take part
# in (none: they do not) (general usage).
_IN_ONE_TASK_TOGETHER = re.compile(
    r"^(?P<a>[^，,。？?\s和跟与及第项条是哪谁几]{2,14}?)(?:和|跟|与|及)(?P<b>[^，,。？?\s和跟与及第项条是哪谁几]{2,14}?)"
    r"(?:(?:是不是|是否|有没有)?(?:在|出现在|在不在)(?:同一|一)|同一)(?:个|条|项)(?:任务)?(?:里|中|里面|当中)?"
    r"(?:吗|么|没有?|不)?[？?。]*$"
)


# "X除了这条还在哪条里", "X除了这项还参与了哪些": X's tasks other than the one shown, asked as "X还参与了哪些别的任务"
# (the role kept when one is said) (general usage).
_UNIT_BESIDES_THIS_ONE = re.compile(
    r"^(?P<then>那|那么)?(?P<who>[^，,。？?\s这那它]{2,14}?)除了?(?:这条|这项|这个任务|这一条|这一项|这个)(?:以外|之外|外)?[，,\s]*"
    r"(?:它)?(?:还|另外还|又)(?P<verb>参与了?|牵头了?|配合了?|在|有|出现在|负责了?)(?:别的)?(?:哪条|哪项|哪些|哪几条|哪几项|哪个|什么)"
    r"(?:任务)?(?:里|中)?(?:呢|啊)?[？?。]*$"
)


def everyday_forms(text: str, *, follow_up: bool = True) -> str:
    """Everyday forms read as their plain equivalents.

    "配合的有谁来着" → "配合的有谁"; "错了，我要的是配合单位" → "那配合单位呢"; "这里头有财政局没" → "这里头有财政局吗";
    "是哪三项" → "是哪几项". ``follow_up``: whether earlier turns exist; without them "…来着" keeps its
    particle, which marks the question as pointing back (and so asked back).
    """
    if follow_up:
        text = _RECALL_AT_END.sub("", text)
    for request in (_TELL_ME_AT_END, _NUMBERS_ONLY_AT_END, _LIST_REQUEST_AT_END):
        told = request.sub("", text)
        # "责任单位再报一下": a line named alone is what is asked for too.
        if told != text and (_ASKS.search(told) or re.fullmatch(r"(?:那|那么)?(?:牵头|责任|配合)单位", told)):
            text = told
    text = _AN_EXAMPLE.sub("", text)
    text = _TARGET_NUMBER.sub(r"\1", text)
    if follow_up:
        # "有没有重合的" asks as "有重合的吗" does (general usage).
        text = _HAS_OR_NOT_ONES.sub(r"\g<then>有\g<what>的吗", text)
        # "责任单位呢，有没有林草局": the clause after the last comma asks whether, as "有林草局吗" does.
        text = _HAS_OR_NOT_AFTER_A_CLAUSE.sub(r"\g<before>有\g<what>吗", text)
    text = _LIST_REQUEST_AHEAD.sub("", text)
    text = _ROLE_TASKS_OR_NOT.sub(r"\g<who>有没有\g<role>的任务", text)
    text = _ONLY_A_ROLE.sub("只要", text)
    text = _IT_IS_ON_WHICH.sub(r"\g<who>当\g<role>单位的任务有哪些", text)
    text = _TAG_QUESTION.sub("吗", text)
    aside = _MISPRINT_ASIDE.sub("", text)
    # "哪条少了个字" asks where the misprint is: that is the question, not an aside.
    if aside != text and len(aside) >= 2 and not re.search(r"哪(?:一)?[条项个行]", text):
        text = aside
    text = _LINE_POINTED.sub("", text)
    if follow_up:
        text = _UNIT_BESIDES_THIS_ONE.sub(
            # The role the verb says is kept; any other verb (在, 有) is taking part in any role.
            lambda m: (
                f"{m['then'] or ''}{m['who']}还{m['verb'][:2] if m['verb'][:2] in ('牵头', '配合') else '参与'}"
                "了哪些别的任务"
            ),
            text,
        )
        text = _WHICH_HAS_ROLE_ON_THAT.sub(
            lambda m: f"{m['which']}也是{m['topic']}那条的{'牵头' if m['role'] == '牵头' else '配合'}单位{m['end']}",
            text,
        )
        text = _ROLE_TAKEN_OUT.sub(
            lambda m: (
                f"{m['then'] or ''}{m['who'] or '它'}{'参与但不牵头' if m['role'] == '牵头' else '牵头'}的有{m['ask']}"
            ),
            text,
        )
        text = _THE_SAME_TASK.sub(r"\g<then>这条", text)
        text = _EARLIER_BY_TOPIC.sub(r"\g<then>\g<topic>那条", text)
        text = _ALONE_ON_THE_LINE.sub(lambda m: f"是只有{m['who']}{'牵头' if m['role'] == '牵头' else '配合'}吗", text)
    text = _IN_ONE_TASK_TOGETHER.sub(r"\g<a>和\g<b>都参与的任务有哪些", text)
    text = _LEAD_OR_HELPING.sub(r"\g<who>参与了哪些任务", text)
    # Picked out of what was shown ("其中"), when anything was.
    text = _PICKED_OUT.sub(
        lambda m: f"{m['then'] or ''}{'其中' if follow_up else ''}{m['body'] or m['body2']}是哪几条", text
    )
    text = _TAKE_THESE.sub("", text)
    text = _WHOLE_LINE_AFTER_YES_NO.sub("", text)
    # One clause naming whose ones ("不光牵头，所有参与的都列一下" and "把牵头的都列出来" are read whole).
    text = _ROLE_ONES_LISTED.sub(r"\g<ones>", text)
    text = _WHICH_TYPED_AS_THAT.sub(r"哪\1", text)
    text = _EITHER_ROLE.sub("", text)
    text = _ONE_NAMED_ALONE.sub("只有", text)
    if follow_up:
        text = _BESIDES_THE_ONE_SHOWN.sub(r"\g<then>", text)
    same = _SAME_AS_ABOVE.match(text) if follow_up else None
    if same is not None:
        text = f"那{same['rest']}呢"
    meant = _NOT_THIS_BUT_THAT.match(text) if follow_up else None
    if meant is not None:
        text = f"那{meant.group(2)}呢"
    corrected = _corrected(text)
    if corrected != text and corrected:
        # A correction that names only a role asks the same task for that role.
        # So does one that names only another unit or task ("不对，我是说卫健委"): the same question of it.
        text = corrected if _whole_question(corrected) else f"那{corrected}呢"
    # Not "教育局有 财政局没有" (one has it, the other not): the 有 and the closing 没 in one clause only.
    if not re.search(r"[吗么哪几谁啥]|多少|什么|有没有|是不是|没有?[^有]|有[^，,\s]*[，,\s]", text):
        text = _CLOSING_NOT.sub("吗", text)
    text = _HAS_OR_NOT_AT_END.sub("有任务吗", text)
    text = _A_NOT_A.sub(lambda m: "是否" + next(verb for verb in m.groups() if verb), text)
    text = _ROLE_WHICH_NUMBER.sub(lambda m: f"{m[1]}{m[2] or ''}{m[3] or ''}哪", text)
    text = _NAMED_IN_IT.sub(r"提到\1", text)
    return _WHICH_NUMBER.sub("哪几", text)


# "点了X的名": the text names X, said as "提到X" (general usage).
# Not 重点/要点/地点… (点 there ends a word) nor 名单/名称/名额 after 的.
_NAMED_IN_IT = re.compile(
    r"(?<![重要地焦亮特终起站观优难盲热一两三四五六七八九十几])点了([\u4e00-\u9fff]{2,14}?)的名(?![单称额次])(?:字)?"
)


# "参不参与", "参与不参与", "牵不牵头": a yes-or-no question about the verb, read as "是否参与" (general usage).
_A_NOT_A = re.compile(
    "|".join(
        # longest first: "参与不参与" before "参不参与"
        [rf"{v}不({v})" for v in P.A_NOT_A_VERBS.entries]
        + [rf"{v[0]}不({v})" for v in P.A_NOT_A_VERBS.entries if len(v) > 1]
    )
)


# "残联有没有活儿": whether a unit has a task at all, said as "有任务吗" (general usage).
# "城投公司有没有分到活", "残联分到任务了吗" too: assigned work asked of it (general usage).
_HAS_OR_NOT_AT_END = re.compile(
    r"(?:有没有(?:分到|派到|摊到|轮到|分配到?)?|(?:分到|派到|摊到|轮到|分配到?|有)了?)"
    rf"(?:任务|工作|事儿?|{P.TASK_NOUNS_COLLOQUIAL.pattern()})(?:了?(?:吗|么|没|没有))?[？?]?$"
)


def opens_with_correction(text: str) -> bool:
    """Whether ``text`` opens by correcting the last answer ("不对，…", "噢，写错了，…")."""
    return re.match(_CORRECTION_OPENER, text) is not None


def correction_remainder(text: str) -> str:
    """What ``text`` says was meant after correcting the last answer ("不对，我是说X" → "X"); "" when no correction."""
    corrected = _corrected(text)
    return corrected.strip("，,。!！ ") if corrected != text else ""


def _corrected(text: str) -> str:
    """``text`` without a correction's opener, and without a role denied after the role meant."""
    corrected = _CORRECTION.sub("", text)
    return _ROLE_DENIED_AT_END.sub("", corrected) if corrected != text else text


def restates(text: str) -> bool:
    """Whether ``text`` corrects the last answer with a whole question of its own ("错了，我想问第三条有哪些配合单位").

    Such a question is read afresh: its "第三条" is the notice's task 3, not the third task of the list just shown.
    """
    corrected = _corrected(text)
    # "不对，我问的是它当配合单位的": 它 still points at the earlier answer's unit or task. "养老那条" names the task
    # about a topic, no earlier one.
    topic = topic_that_task(corrected)
    plain = corrected if topic is None else corrected[: topic[1]] + corrected[topic[2] :]
    return corrected != text and _whole_question(corrected) and not re.search(r"它|这|那|其|上面|刚才", plain)


def _whole_question(text: str) -> bool:
    """A question word, or a role asked of something named ("第三条有哪些配合单位"), not a role or a name alone."""
    if _ROLE_NOUN_ALONE.fullmatch(text):
        return False
    return bool(_ASKS.search(text) or _ROLE_NOUN_ALONE.search(text))


def plain_task_words(text: str) -> str:
    """Colloquial nouns for a task read as 任务 ("有几个活" → "有几个任务", "啥差事" → "啥任务")."""
    return _COLLOQUIAL_TASK.sub(lambda m: m["lead"] + "任务", text)


# "污水那条由谁来牵头", "养老托育那项": a topic named, then 那条 for "the task about it" (general usage). Not after a
# unit's name, a pronoun, a relative clause or a place in a list ("住建局那条", "它牵头的那项", "最后那条").
_TOPIC_THAT_TASK = re.compile(
    r"(?P<topic>[\u4e00-\u9fff]{2,}?)(?<![局委办府司队行会它这那个些的])"
    r"(?<!最后|上面|前面|刚才|刚刚|下面|后面|其中|里面|开头|末尾|之前|之后|以上)"
    r"(那|这)(一)?(条|项|个任务|件事)(?![街路巷])"
)


def topic_that_task(text: str) -> tuple[str, int, int] | None:
    """ "污水那条由谁来牵头" → ("污水", 2, 4): the topic and where its pointer 那条 stands, if the question opens so."""
    m = _TOPIC_THAT_TASK.search(text)
    if m is None or (m.start() != 0 and not re.match(r"[\s，,。？?]", text[m.start() - 1])):
        return None
    # "那污水那条呢", "还是说养老那条": the words that open a follow-up are no part of the topic.
    opener = re.match(r"(?:那么|那|还有|还是说|还是问|我说的是|我问的是|说的是|关于)(?=..)", m["topic"])
    topic = m["topic"][opener.end() :] if opener else m["topic"]
    if re.fullmatch(r"(?:它|该局|该单位)?(?:当|作为)?(?:牵头|配合|参与|负责|责任)(?:单位)?(?:的)?", topic):
        return None  # "牵头那条谁配合": the task a unit leads, among its tasks shown; no topic
    return topic, m.end("topic"), m.end()


def strip_frame(text: str) -> str:
    """Remove question framing, leaving the topic words ("谁牵头污水处理" → "污水处理")."""
    return _FRAME.sub("", text)


class QuestionReader:
    """Classifies questions against one notice (its sections and unit names)."""

    def __init__(self, notice: Notice, alias_table: dict[str, str]) -> None:
        self.notice = notice
        self.alias_table = alias_table
        self.section_titles = {s.number: s.title for s in notice.sections}
        # Distinctive halves of section titles ("基础设施建设", "实施保障") for "…那一部分".
        self._section_phrases: list[tuple[str, int]] = []
        for s in notice.sections:
            for part in re.split(r"[，、]", s.title):
                self._section_phrases.append((part, s.number))

    def read(self, question: str) -> Understanding:
        """Classify a normalised question (no history: see :meth:`Assistant.ask`)."""
        text = normalize_question(question)
        mentions = find_unit_mentions(text, self.alias_table)
        units = tuple(dict.fromkeys(m.unit for m in mentions))
        without_units = text
        for m in sorted(mentions, key=lambda m: -m.start):
            without_units = without_units[: m.start] + without_units[m.end :]
        topic = strip_frame(without_units)
        leans = bool(_ANAPHORA.search(text)) or len(topic) <= 1

        task = self._task_number(text)
        section = self._section(text)
        meta_field = self._meta_field(text)

        # "谁牵头精简项目审批手续" asks who leads a task about procedures, not for a procedure itself.
        service = _SERVICE_INFO.search(text) and not re.search(r"谁牵头|由谁|哪个单位|哪个部门|牵头单位|责任单位", text)
        if _PERSON.search(text) or service or _INSTRUCTION.search(text):
            # The notice names offices, never people, and holds no service information
            # (prices, hours, addresses, paperwork, case progress): such questions are not covered.
            return Understanding(text, Intent.OUT_OF_SCOPE, topic, units)
        if meta_field is not None and section is None and task is None:
            return Understanding(text, Intent.META, topic, units, meta_field=meta_field)
        if section is not None and not _LEAD.search(text) and not _RESPONSIBLE.search(text):
            return Understanding(text, Intent.SECTION, topic, units, section=section)

        asks_lead = bool(_LEAD.search(text))
        asks_responsible = bool(_RESPONSIBLE.search(text))
        if units and self._asks_for_tasks_of_unit(text, topic, asks_lead):
            role = (
                Role.LEAD
                # "牵头或作为责任单位的": either line, so every task the unit is on.
                if re.search(r"牵头|主抓|主管|统筹", text) and not re.search(r"参与|配合|涉及|协助|责任单位", text)
                else Role.ANY
            )
            return Understanding(text, Intent.UNIT_TASKS, topic, units, role=role, task=task, leans_on_history=False)
        if asks_responsible and not re.search(r"谁(?:来|一起|一块儿?|共同|联合|也)?牵头|牵头(单位|部门)", text):
            intent = Intent.RESPONSIBLE
        elif asks_lead:
            intent = Intent.LEAD
        elif _FACT.search(text):
            intent = Intent.FACT
        else:
            intent = Intent.TOPIC
        return Understanding(text, intent, topic, units, task=task, leans_on_history=leans)

    def _asks_for_tasks_of_unit(self, text: str, topic: str, asks_lead: bool) -> bool:
        """A unit is the subject and the question wants its tasks, not a topic's units."""
        if re.search(r"谁|哪个(单位|部门)|哪家", text):
            return False  # the unit is part of the topic ("…由谁牵头")
        # "…牵头的吗", and the clipped "…牵头的是？" / "…负责的有" that leaves its object unsaid (general usage).
        role_at_end = re.search(r"(牵头|负责|参与|配合|涉及)(了)?(单位|部门)?(的)?(是|有)?(吗|呢)?[?？。…\s]*$", text)
        if not _UNIT_TASK_WORDS.search(text) and not role_at_end:
            return False
        # What is left after removing units and framing must be (almost) only task words.
        rest = re.sub(
            r"任务|工作|事项|事情|事|哪几项|几项|多少项|多少个|清单|都|职责|分工|干|做|项|参与|涉及|主抓|主管|统筹|管|哪条|哪个"
            r"|是哪一|哪一|作为|当|担任|单位|部门"
            r"|负责|牵头|在|里面|文件|通知|方案|中|里"
            r"|这回|这次|那边|这边|咱们|我们|要|活儿?|的"  # colloquial framing ("住建那边要干的活", general usage)
            # whether it has any ("…有没有牵头的", "…是不是没有牵头任务"), general usage
            r"|有没有|有没|是不是没有|是不是没|是否没有|是不是|是否"
            r"|说说|讲讲|介绍一下|介绍下|介绍|聊聊|情况"  # "讲讲林草局的情况": the unit's part in the notice
            r"|列一下|列下|列出来|列出|列举一下|列举|罗列一下|给我|帮我|一下"  # a request to list ("…的任务列一下")
            r"|在哪(一|几)?(条|项|个任务|些任务|部分)(里|中|里面)?"
            # both roles put together ("牵头的和当配合单位的合起来", general usage): still the unit's own tasks
            r"|责任|和|以及|合起来|加起来|合在一起|加在一起|所有|全部",
            "",
            topic,
        )
        return len(rest) <= 2

    def _task_number(self, text: str) -> int | None:
        m = _TASK_NUMBER.search(text)
        if not m:
            return None
        number = read_number(m.group(1) or m.group(2) or m.group(3))
        if number is None or not any(t.number == number for t in self.notice.tasks):
            return None
        return number

    def _section(self, text: str) -> int | None:
        m = _SECTION_NUMBER.search(text)
        if m:
            number = read_number(m.group(1))
            if number in self.section_titles:
                return number
        m = _SECTION_NUMERAL_HEAD.match(text)
        if m:
            return read_number(m.group(1))
        has_section_word = bool(_SECTION_WORD.search(text))
        if has_section_word and re.search(r"最后(一|一个)?(部分|板块|章|节|大项|方面|块)", text):
            return max(self.section_titles)
        if has_section_word or re.search(r"讲了(什么|啥|哪些)|包括(哪些|什么|啥)|有哪些(内容|任务)", text):
            best: tuple[int, int] | None = None
            for phrase, number in self._section_phrases:
                overlap = longest_common_substring(phrase, text)
                # Without a word like 部分, only a whole title part ("实施保障") names a section;
                # "公共服务…有哪些内容" is a topic question that shares a few words with a title.
                if overlap < 4 or (not has_section_word and overlap < len(phrase)):
                    continue
                if best is None or overlap > best[0]:
                    best = (overlap, number)
            if best is not None:
                return best[1]
        return None

    def _meta_field(self, text: str) -> str | None:
        for name, pattern in _META.items():
            if pattern.search(text):
                if name == "title" and not _META_CONTEXT.search(text):
                    continue  # "县长叫什么名字" is not about the notice's title
                if name == "doc_number" and _THINGS_NUMBER.search(text) and not _META_CONTEXT.search(text):
                    continue  # "那段改建工程的编号": the number of a thing the text names, not the notice's
                if name in ("count", "dates") and not (_META_CONTEXT.search(text) or len(text) <= 12):
                    continue
                if name == "dates" and re.search(r"到20\d\d|完成|实现|达到", text):
                    continue
                return name
        return None


def longest_common_substring(a: str, b: str) -> int:
    """Length of the longest run of characters that ``a`` and ``b`` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
