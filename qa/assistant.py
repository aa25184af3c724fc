"""The assistant: understand a question, retrieve, and answer with cited tasks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from corpus.notice_lexicon import lexicon_for
from corpus.numerals import chinese_numeral, read_number
from corpus.parsing.tagging import tagger
from corpus.records import Notice, Task
from corpus.units import find_unit_mentions, tasks_for_unit
from index.hybrid import HybridRetriever, Retrieval
from index.tokenize import Tokenizer
from qa import compose
from qa.answer import Answer, Citation, Intent
from qa.answerability import Answerability
from qa.conversation import EMPTY, State
from qa.evidence import evidence_for, longest_common_substring, phrase_owner
from qa.executor import Executor
from qa.lexicon import phrases as P
from qa.lexicon.derived import home_place, notice_places, notice_text
from qa.lexicon.glossary import translate_english
from qa.lexicon.places import CITIES, PROVINCES
from qa.query import (
    ASKED_OF_COUNTED,
    ASKED_OF_ROLE,
    Asked,
    Comparator,
    Condition,
    Counted,
    Op,
    Property,
    Query,
    UnitArg,
)
from qa.query import Role as QueryRole
from qa.query_reader import QueryReader
from qa.reading.patterns import _ORDINAL_IN_SECTION
from qa.reading.speaker import Speaker
from qa.scope import ScopeGuard
from qa.smalltalk import SmallTalk
from qa.synonyms import expand
from qa.understand import (
    QuestionReader,
    Role,
    Understanding,
    correction_remainder,
    everyday_forms,
    normalize_question,
    opens_with_correction,
    plain_ordinals,
    plain_task_words,
    restates,
    strip_frame,
    topic_that_task,
)
from qa.unit_names import UnitName, UnitNames, UnitStems

# A follow-up made only of what kind of fact is wanted ("到2025年要实现什么目标") leans on the previous task.
_GENERIC = re.compile(P.FACT_KIND_WORDS.pattern() + r"|20\d\d")


_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# An English word of a question that mixes languages ("which tasks does 民政局 lead"); not "5G", "P2".
_ENGLISH_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])")
# "大通县…", "城西区的…": a county or district named at the question's start (general usage of place names);
# not 县级/县域, which name a kind of place ("X县城" is X县's seat).
_COUNTY_AT_START = re.compile(r"^(?:请问|问一下|我想知道|想问|那|在)*([\u4e00-\u9fff]{2,3}?)(县|区|旗)(?![级域委])")
# "城西镇…", "X县Y乡的…": a town or township by its name (general usage of place names). The character before
# 镇/乡 must not make a kind of place ("小镇", "乡镇", "重点镇", "每个镇", "城乡") or a word ("返乡", "下乡").
_TOWN = re.compile(
    r"(?:^|(?<=[县区市，,\s]))(?:请问|问一下|那)?([\u4e00-\u9fff](?<![各每本全这那哪个些的和与及等])"
    r"[\u4e00-\u9fff](?<![城乡村小大各每本全这那哪个些的和与及等县市区省集重名古强新返回下还思家故同入老点制型级心]))"
    r"(镇|乡)(?![村镇政级长街])"
)
# A unit checked against a topic ("工信局参与老旧小区改造吗"): a yes-or-no question, with no open question word in it.
_CHECK_ASKED = re.compile(
    r"吗|(?<![什怎这那多要])么|有没有|是不是|是否|(?:参与|参加|配合|牵头|负责)了?(?:没有?|不)[？?]?$"
)
_OPEN_QUESTION = re.compile(r"哪|几|谁|什么|啥|多少|怎么|如何|为什么|第\d|部分")
_CHECK_FRAMING = re.compile(P.UNIT_CHECK_FRAMING.pattern())
_POINTS_BACK = re.compile(r"[这它其该此]|上面|刚才|前面|上一")
_HAS_ASKED = re.compile(r"有没有|有[^，,。？?]*(?:吗|么|没)")
_LEAD_ASKED = re.compile(P.LEAD_WORDS.pattern())
_RESPONSIBLE_ASKED = re.compile(r"配合|责任单位|协助|协办")
# A figure asked ("多少套", "目标是多少", "比例"), not a count of tasks or parts (general usage).
_FIGURE_ASKED = re.compile(r"多少(?![项条部])|几(?:个|套|处|所|家|座)(?![部])|比例|目标|指标|占比")
# A figure or a size asked ("扩建多大", "多长"), as of a task named by its number; not "哪几家", which asks names
# (general usage).
_FIGURE_OF_A_TASK = re.compile(rf"(?<!哪)(?:{_FIGURE_ASKED.pattern})|多大|多长|多高|多宽|多远|多少钱")
# A figure set for each county alike ("各县…每个储备库", "每县建成一所"), not a total to share out (the notice).
_EACH_COUNTY_FIGURE = re.compile(r"各县|每个|每县|各个县|县均|每一个")
_FIGURE_FRAMING_WORDS = frozenset(P.FIGURE_QUESTION_FRAMING.entries)
_MIN_CHECKED_TOPIC = 2  # characters: "污水" names a task; one character names nothing
_MIN_CHECKED_PHRASE = 3  # characters of the notice's wording a checked topic must share with its task ("污水处理")
# A longer topic is a description ("…的时候，X管不管"), which the content path reads with the unit's help.
_MAX_CHECKED_TOPIC = 8
_CHECKED_SHARE = 0.5  # of the topic's characters, in one run of the task's text
_CHECKED_AMONG = 3  # the task holding that wording must also be among the topic's top retrieved tasks
# "具体点", "详细说说", "后面的呢": more of the last answer, or the next one (general usage).
_MORE_OR_NEXT_PATTERN = (
    r"(?:再|能不能|能否|可以)?(?:讲|说|讲得|说得)?(?:再)?(?:具体|详细|展开)(?:点|一点|些|一些|说说|讲讲|说一下|讲一下|说下|讲下)?"
    r"(?:吗|吧|呢|啊|呀)?[?？。.]?"
    r"|(?:那|那么)?(?:后面|后边|下面|下边|接下来|再往后)(?:的|那个|那些|几个|那几个)?(?:呢|吗|啊)?[?？]?"
)
_MORE_OR_NEXT = re.compile(_MORE_OR_NEXT_PATTERN)
# With no earlier turn: words that point at an answer before, or a number asked of nothing (general usage).
_NEEDS_AN_EARLIER_ANSWER = re.compile(
    r"^(?:那|那么)?(?:上一(?:条|项|个)|上条|上个|前[两二三四几]个|这个数字?|那个数字?|刚才(?:那|说的))"
    r"|^(?:是)?第几(?:项|条|个)(?:啊|呀|呢)?[?？]?$"
    # "说的那个比例是多少", "这几家单位各管什么", a bare "指标定的多少": which one is not said (general usage)
    r"|(?:^|说的|提到的|讲的|写的)(?:那|这)个(?:指标|目标|数字?|比例|要求)"
    r"|^(?:那|那么)?(?:这|那)(?:几个|几家|些|两个|两家|俩)(?:单位|部门|局)"
    # "这一部分共有几条", "一样的问题，换成…": a part or a question pointed at, when none was asked (general usage)
    r"|^(?:那|那么)?(?:这|那|该)(?:一|个)?(?:部分|板块|大块)"
    r"|^(?:那|那么)?(?:同样的|一样的|同一个|相同的)(?:问题|问法)"
    r"|^(?:那|那么)?(?:这个|那个)?(?:目标|指标|比例|年份|目标年份|完成时间)(?:值)?(?:是|有|定的|定了)?(?:多少|几|哪年|哪一年|什么时候)(?:呢|啊|呀)?[?？]?$"
    r"|^(?:那|那么)?(?:我是说|我说的是|我问的是|是)?(?:另一个|另外一个|另一项|另一条|另外那个|另外那项)(?:呢|的呢)?"
    # "哪个更高", "那哪条多": a comparison with nothing named to compare (general usage)
    r"|^(?:那|那么)?(?:哪个|哪一个|哪条|哪一条|哪项|哪一项)(?:的)?(?:比例|占比|比率|指标|目标|数字|数|值)?"
    r"(?:更|比较)?(?:多|少|高|低|大|小|早|晚)(?:一些|一点|些)?(?:呢|啊|呀)?[?？]?$"
    # "那数字是多少", "换成另一个局呢": a figure or a unit pointed at, when none was shown (general usage)
    r"|^(?:那|这)个?(?:数字|数|比例|指标)(?:是|有)?(?:多少|几)"
    # "它牵头的有哪几条", "该局还参与哪些": a unit pointed at as the subject, when none was named (general usage)
    r"|^(?:那|那么)?(?:它|该单位|这个单位|该局|这个局|该部门|这个部门)(?:还|另外|一共|总共|自己|都)*"
    r"(?:牵头|参与|配合|负责|当|作为)"
    # "他们还管啥", "人家都负责哪些": bodies pointed at as the subject, when none was named (general usage)
    r"|^(?:那|那么)?(?:他们|她们|它们|人家)(?:单位|部门)?(?:还|另外|一共|总共|自己|都|又|具体|到底|主要)*"
    r"(?:要)?(?:管|牵头|参与|配合|负责|干|做|当|作为)"
    # "具体点", "详细说说", "后面的呢", "数字是多少啊": more of an answer, the next one, or its figure, when nothing was
    # shown (general usage)
    rf"|^(?:{_MORE_OR_NEXT_PATTERN})$"
    r"|^(?:数字|数|比例|指标|目标)(?:是|有|定的|要求)?(?:多少|几)(?:呢|啊|呀)?[?？]?$"
    # "这两条比比哪个早", "那儿的要求呢", "具体哪一年": two things, a place or a date pointed at, when nothing was
    # shown (general usage)
    r"|^(?:那|那么)?(?:比一下|比比|对比一下|比较一下)?(?:这俩|它俩|这两个|这两项|这两条)"
    r"|^(?:那|那么)?(?:那里|那儿)的"  # not 这里: "这里的任务一共几项" may mean the notice
    r"|^(?:那|那么)?(?:具体)?(?:是)?(?:哪年|哪一年|什么时候|啥时候|几月|哪个月)(?:呢|啊|呀)?[?？]?$"
    # "同上，换成…", "按刚才的再…", "跟上面一样…": the question before, when none was asked (general usage)
    r"|^同上|^(?:那|那么)?(?:就|再)?(?:按|照|按照|跟|和)(?:刚才|刚刚|上面|前面|之前|上次)(?:的|那样|一样|那个|那些|说的)"
    # "那个工程谁负责", "这个项目谁牵头": a thing pointed at by its kind alone, when none was named (general usage)
    r"|^(?:那|这)个(?:工程|项目|事|事情|事儿|活儿?|工作|任务)(?:是|该|应该|到底)?(?:谁|由谁|归谁|哪个|哪家)"
    # "跟上一个比…", "和刚才那条一样吗": compared with an answer before, when none was given (general usage)
    r"|(?:跟|和|与|同|比)(?:上一(?:条|项|个)|上条|上个|前一(?:条|项|个)|刚才(?:那|说的)(?:个|条|项)?)"
    # "这几条里…", "那两项中…": within a list, when none was shown (general usage)
    r"|^(?:那|那么)?(?:这|那)(?:几|两|三|四|五|些)(?:条|项|个)(?:任务)?(?:里|中|里面|当中|之中|里头)"
    # "数一下", "统计一下" typed alone: nothing shown to count (general usage)
    r"|^(?:帮我|你)?(?:数一下|数数|数一数|统计一下|算一下|算算|汇总一下)(?:吧|呢|啊)?[?？]?$"
    # "列一下", "全部列出来" typed alone: nothing said or shown to list (general usage)
    r"|^(?:请|麻烦)?(?:你)?(?:再|帮我|给我|都|全部|全都)*(?:列一下|列下|列出来|罗列一下|列举一下|列一列|列个清单)"
    r"(?:吧|呢|啊|呀)?[?？。!！]?$"
    # "后面那个呢", "下一条": a neighbour in a list, when none was shown (general usage)
    r"|^(?:那|那么)?(?:(?:后面|前面|下面|上面|后边|前边)(?:的|那|这)?一?|下一)(?:个|条|项)(?:呢|的呢)?[?？]?$"
    # "比它多吗", "跟它比呢": compared with something pointed at, when nothing was shown (general usage)
    r"|^(?:那|那么)?(?:比|跟|和|与)(?:它|这个|那个)(?:比)?"
)
# "它是第几部分的", "剩下的呢", "其中哪个最多": a pronoun or the rest of a list opening the first message; later in a
# conversation the answers before may have shown what it points at (general usage).
_OPENS_WITH_A_REFERENCE = re.compile(r"^(?:那|那么)?(?:它|它们|其中|剩下|剩余|其余|余下|另外那|另一)")
# "其中哪条…", "这里面哪项…": a question within the list just shown (general usage); the listed task asked for must
# rank among the first few for the question's words, or it is no answer.
_WITHIN_SHOWN = re.compile(
    r"^(?:那|那么)?(?:其中|这里面|这里头|这些里|这几条里|这几项里|这些任务里|里面)(?:的)?(?:哪|有没有)"
)
_WITHIN_SHOWN_RANK = 5
# "回到第一个问题，…", "说回最开始那个，…": back to the conversation's first question (general usage).
_BACK_TO_FIRST = re.compile(
    r"(?:那|那么)?(?:再)?(?:回到|说回|回头说|返回|回)(?:最开始|一开始|开头|最早|最初|第一个|头一个)(?:的|问的|那个|说的)*"
    r"(?:问题|那个|那个问题)?[，,\s]*"
)
# "刚才第一个问的那个局，…", "第二个问的那条…", "刚开头说的那部分里…": a turn by its place in the conversation,
# the rest asked right after it (general usage). Only with 问/说 after the place: "第一个谁牵头" is a place in a list.
_BACK_TO_NTH = re.compile(
    r"(?:那|那么)?(?:再)?(?:回到|说回|回头说)?(?:刚才|刚刚|之前|前面)?(?:我)?"
    r"(?:第(?P<n>[一二三四五六\d])个|最开始|一开始|开头|刚开头|最早|最初|头一个)"
    r"(?:问的|问题|问|说的|提的)(?:的)?(?P<what>那个局|那个单位|那个|那条|那项|那部分|那一部分)?[，,\s]*"
)
# "谁牵头", "牵头是谁", "配合的是哪些单位": the units in a role asked for, and nothing else (general usage).
_WHO_IN_ROLE = re.compile(
    r"(?:那|那么)?(?:(?:是)?谁(?:来)?(?P<role>牵头|配合|负责)(?:的)?(?:呢)?"
    r"|(?P<role2>牵头|配合)(?:单位|部门|的)?(?:是|有)?(?:谁|哪个单位|哪些单位|哪个部门|哪些部门|哪几个|哪家)(?:呢)?)"
)
# "那条里的那个办法叫啥": what the one task shown says, asked by pointing at it with no role or unit word
# (general usage).
_TASK_POINTED = re.compile(r"那条|这条|那项|这项|该项|此项|那一条|这一条|那一项|这一项|那个任务|这个任务")
_POINTER_WORD = re.compile(r"还有|别的|其他|里面|里头|其中|回到|这里|那里|刚才|前面|上面")
_ROLE_OR_UNIT_WORD = re.compile(r"牵头|配合|负责|参与|责任|单位|部门|谁|哪个局|哪些局|几个局")
# "换成另一个局呢", "换个别的单位": another unit, not named (general usage).
_ANOTHER_UNIT_UNNAMED = re.compile(
    r"(?:那|那么)?(?:换成|换个|换)(?:另一个|另外一个|别的|其他)(?:的)?(?:局|单位|部门)"
    r"|(?:那|那么)?(?:另一个|另外一个|别的)(?:局|单位|部门)(?:呢|的呢)?[？?]?$"
    # "那个局呢" alone: "what about that one" switches to a unit it does not name (general usage).
    r"|(?:那么)?(?:那|这)(?:个|家)(?:局|单位|部门|委)(?:呢|的呢)[？?]?$"
)
# "是哪几个县", "这条提到了哪些县", "这是说哪个县的": which counties the last answer's task names (general usage).
_WHICH_COUNTIES = re.compile(
    r"(?:那|那么)?(?:里面|这里面|里头|其中|这条|那条|这项|它|这个|这)?(?:具体|到底|分别)?"
    r"(?:是说|说的是|是|都是|都有|点名了?|提到了?|说了|写了|涉及|包括|指)?"
    r"(?:哪|哪些|哪几)个?县(?:的)?(?:呢|啊|呀)?[？?]?"
)
# "两个加一起几条", "这俩合起来一共多少项": the last two lists together (general usage).
_TWO_ADDED = re.compile(
    r"(?:那|那么)?(?:这|那)?(?:两个|俩|两者|二者|两样|两次|两边|两类|两种|两份)(?:的)?(?:任务)?"
    r"(?:加一起|加起来|合起来|加在一起|合在一起|合计|一共|总共|总计)(?:一共|总共)?(?:是|有)?(?:几|多少)(?:条|项|个)?(?:任务)?"
    r"(?:呢|啊)?[？?]?"
)
# "总共涉及几条" after one unit's tasks in each role, listed in turn: both lists, added. A bare "一共几项" there
# counts the list just shown (so the question sets' writers read it, dev39 and dev41 against dev43 and dev46).
_TOTAL_OF_BOTH_ROLES = re.compile(
    r"(?:那|那么)?(?:加起来|合起来|加一起|总共|总计|合计)(?:一共|总共)?(?:涉及|参与|是|有)?(?:了)?"
    r"(?:几|多少)(?:条|项|个)(?:任务)?(?:呢|啊)?[？?]?"
)
# "那互助县的牵头单位呢" asks a units line, not a figure.
_ROLE_ASKED_AGAIN = re.compile(r"牵头|责任|配合|单位|部门|任务")
# "那X的Y呢": the last question's ask, of what is named now (general usage).
_ELLIPTIC_ASK = re.compile(r"(?:那|那么)?(?P<what>[\u4e00-\u9fff]{4,}?)(?:又)?(?:呢|嘞)[？?]?")
# "两个列表重合的有几条", "两者都有的是哪些": the tasks both of the last two lists hold (general usage).
_TWO_OVERLAP = re.compile(
    r"(?:那|那么)?(?:这|那)?(?:两个|俩|两者|二者|两边|两次)(?:里|中|当中)?(?:的)?(?:重合|重叠|交叉|共同|都有|相同|一样)(?:的)?"
    r"(?:是|有)?(?:哪几条|哪几项|哪些任务|哪些|几条|几项)(?:呢|啊)?[？?]?"
)
# "…是一样的数吗", "…相同吗": whether two counties' figures are the same (general usage).
_SAME_FIGURE = re.compile(
    r"(?:的)?(?:是|都是)?(?:一样|相同|一致)(?:的)?(?:数|数字|目标|指标)?(?:吗|么|嘛|不|吧)?[？?]?"
    r"|(?:的)?(?:数|数字|目标|指标)?(?:是不是|是否)(?:一样|相同|一致)(?:的)?[？?]?"
)
# "哪项任务…", "有…目标的任务", "第12项…": a task asked for or named (general usage).
_TASK_ASKED = re.compile(r"哪(?:一|几)?(?:项|条|个)|任务|第\s*[\d一二三四五六七八九十]+\s*[项条]")
# "它主打啥产业", "那它的呢": a question opening with 它 (general usage).
_IT_OPENING = re.compile(r"(?:那|那么)?它(?!们)的?")
# "剩下两个县呢", "其余的县呢": the counties no earlier turn named, asked the same question (general usage).
_OTHER_COUNTIES = re.compile(
    r"(?:那|那么)?(?:剩下|剩余|其余|其他|另外)的?(?P<n>[两俩二三2-9])?个?县(?:的)?(?:呢|咋样|怎么样)?[？?]?"
)
# A kind asked of a thing ("打造成什么型县城", "哪种类型的产业"): the task naming "…型<thing>" (general usage: X型Y
# names a kind of Y).
_KIND_ASKED = re.compile(
    r"(?:什么|啥|哪种|哪一种|何种|哪类|什么样的?)(?:类)?型的?(?P<thing>[\u4e00-\u9fff]{2,4}?)(?:呢|啊|吗)?[？?]?$"
)
# Two counties, as a follow-up ("那互助和民和呢", "A县跟B县分别多少"): the last question, of both (general usage).
_TWO_COUNTIES_ALONE = re.compile(
    r"(?:那|那么|换成)?(?P<a>[\u4e00-\u9fff]{2})(?:县)?(?:和|跟|与|、|还有)(?P<b>[\u4e00-\u9fff]{2})(?:县)?(?:的)?"
    r"(?:呢|分别(?:是)?(?:多少|几)?(?:呢)?|各(?:是|自)?(?:多少|几)(?:呢)?|(?:又)?(?:是)?多少(?:呢)?)?[？?]?"
)
# A county alone, as a follow-up ("那民和呢", "循化县的呢", "化隆是哪种"): the last question, of that county.
_COUNTY_ALONE = re.compile(
    r"(?:那|那么|换成)?(?P<county>[\u4e00-\u9fff]{2})(?:县)?(?:那边|这边|那块|这块|那儿|那里)?(?:的)?"
    r"(?:呢|是哪种|是哪一种|是什么|是啥|怎么样|咋样|的话呢"
    # "民和县分到多少" after a figure: that county's share of it (general usage)
    r"|(?:又|还|能|可以)?(?:分到|分得|分了|摊到|占|有|是)(?:多少|几)(?:个|套|处|所|家|座|条)?(?:呢)?)?[？?]?"
)
# "哪个比例更高", "这两个哪个多": which of two figures just quoted is higher or lower (general usage).
_WHICH_FIGURE = re.compile(
    r"(?:那|那么)?(?:这两个|两个|这俩|俩|两者|二者)?(?:里|中|之中)?(?:哪个|哪一个|哪项|哪条|谁)(?:的)?"
    r"(?:比例|占比|比率|指标|目标|数字|数|值)?(?:更|比较)?(?P<dir>高|低|多|少|大|小)(?:一些|一点|些)?(?:呢|啊|呀)?[？?]?"
)
# "循化和化隆谁的高": two counties named, then which of their figures is higher (the rest read as _WHICH_FIGURE).
_TWO_COUNTIES = re.compile(
    r"(?:那|那么)?(?P<a>[\u4e00-\u9fff]{2})(?:县)?(?:和|跟|与|同|、|比)"
    r"(?P<b>[\u4e00-\u9fff]{2})(?:县)?(?:比|相比|比较)?(?:的)?[，, ]?"
)
# "养老和托育各是哪项": two topics, the task of each (general usage).
_TWO_TOPICS_WHICH = re.compile(
    r"^(?:请问)?(?P<a>[^，,。？?和跟与及、\s]{2,10})(?:和|跟|与|及|、|还有)(?P<b>[^，,。？?\s]{2,10}?)(?:的)?"
    r"(?:分别|各自|各)(?:是|在|属于)?(?:哪条|哪项|哪一条|哪一项|第几条|第几项|哪个任务|哪两条|哪两项)(?:任务)?"
    r"(?:呢|啊|呀)?[？?]?$"
)
# "跟失业率上限比谁低" after a figure: that figure against the one named (general usage).
_AGAINST_A_FIGURE = re.compile(
    r"^(?:那|那么)?(?:跟|和|与|同|比)(?P<other>[^，,。？?\s]{2,16}?)(?:比|相比|比较|比起来)?(?:的话)?[，, ]?"
    r"(?:哪个|哪一个|谁)(?:的)?(?:更|比较)?(?P<dir>高|低|多|少|大|小)(?:一些|些)?(?:呢|啊)?[？?]?$"
)
# "各县分别几处", "每个县各多少套": a figure asked of every county at once (general usage).
_EACH_COUNTY_ASKED = re.compile(
    r"^(?:那|那么)?(?:各县|每个县|四个县|四县|各个县)(?:分别|各自|各)(?:是|有|要|建)?(?P<rest>(?:几|多少).{0,6})$"
)
# "哪个县最高", "四县里谁的最高": which county's figure, of all the counties (general usage).
_WHICH_COUNTY = re.compile(
    r"(?:那|那么)?(?:这)?(?:(?:四个县|几个县|各县|四县|这几个县)(?:里|中|当中|之中|里面)?(?:哪个县?|哪一个县?|谁)"
    r"|哪个县|哪一个县|哪县)(?:的)?"
    r"(?:产值|目标|比例|指标|数字|数)?(?:最|更|比较)?(?P<dir>高|低|多|少|大|小)(?:一些|些)?(?:呢|啊|呀)?[？?]?"
)
# A figure in a quoted sentence: a percentage, or a number with its measure word ("92%", "70亿元", "2万套").
_FIGURE_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*(%|％|万|亿)?(元|亿元|万元|套|个|所|处|场|亩|万亩|m2|平方米)?")
# Readings that describe the tasks they are about by a condition on the table, so "那条" needs no earlier answer.
_DESCRIBED_BY_STRUCTURE = frozenset({Op.FILTER, Op.ARGMAX, Op.ARGMIN, Op.INTERSECT, Op.DIFFERENCE})
# "…是第几项", "…在哪一条", "…是几号任务": the number of the task about something (general usage).
# Quotation marks around a campaign's name ("一件事一次办"), printed ASCII or curly: no part of a title's words.
_QUOTES = re.compile(r"[\"“”‘’'「」『』]")
# A title's opening names its task only when it is long enough to be more than a verb and a word.
_MIN_OPENING = 6
# A phrase printed by one task alone, long enough to be more than two common words ("出口加工基地").
_MIN_PHRASE = 6
_WHICH_NUMBER_ASKED = re.compile(
    r"(?:是|在|属于|对应)(?:第几|哪一|哪个|哪)(?:项|条|个任务|号)|(?:是|在)几号|第几(?:项|条)(?:任务)?(?:啊|呀|呢)?$"
)
# A reference back to something shown earlier ("乡村那条", "那个项目", "这个县", "上面说的", "换成…"):
# with no earlier turn there is nothing to refer to (general usage).
# "那第三个的…", "倒数第三条呢": a place in the list shown, taken off to offer the rest of the question about each task.
_PLACE_IN_LIST = re.compile(r"^(?:那|那么)?(?:倒数)?第\s*[一二三四五六七八九十\d]{1,3}\s*个|呢$")
# "第条谁牵头", "第项的责任单位": an ordinal whose number was left out.
_NUMBER_LEFT_OUT = re.compile(r"第\s*(?:项|条|个任务|部分)")
# "哪几种", "哪些地方": which kinds or things, listed by a sentence, not counted by it.
_WHICH_KINDS = re.compile(r"哪(?:几|些)(?:种|类|样|处|个地方)")
_BACK_REFERENCE = re.compile(
    r"(那|这)(一)?(条|项)|(那|这)个(项目|任务|事|局|单位|部门|县(?!城)|地方)"
    r"|(上面|刚才|前面|之前|上次|刚刚)(说|讲|提|问|列)(的|过|到)|^(那|那么)?换成|来着[?？。]?$"
    # "这个怎么办" (the thing itself unnamed), "他们单位的…" (a body not named): nothing to pick with no turn before.
    r"|^(那|这)个(?=[咋怎啥什如要能呢吗该]|$)|(他们|她们|人家|我们|咱们)的?(部门|单位|局)"
)
# Pointing at what an earlier answer showed ("上面那几个", "刚才那个数", "就上面这几项"): with nothing shown
# before, there is nothing to point at, whatever else the question says (general usage).
_SHOWN_BEFORE = re.compile(
    r"(上面|刚才|前面|之前|上次|刚刚)(说|讲|提|问|列|给)?(的|过|到|出)?(的)?((那|这)(几|些|个|一?项|一?条|数)|第)"
    r"|(再|重新)(说|讲|发|念)(一遍|一下|一次)|重复一(遍|下)|^(这|它|他们)俩"  # "把刚才那个再讲一遍", "这俩有什么共同点"
)
# "公安局牵头的那一项", "它配合的那条", "交通局牵头那个任务": the task a unit has in a role, pointed at as one
# (general usage). It is that task when the unit has one in the role; with several, which one is asked back.
_ROLE_TASK = re.compile(
    rf"(?P<pronoun>{P.IT_WORDS.pattern()})?(?:当|作为|是|负责)?(?P<role>牵头|配合|作为责任单位参与)(?:单位)?的?"
    r"那(?:一)?(?:项|条|个任务|个)(?:任务|工作)?"
)
# "先看金融办", "再看看应急局这块": a unit to look at next, with nothing else asked (general usage).
_LOOK_AT = re.compile(
    # "我想查一下<unit>的", "帮我看看<unit>": the speaker's own wish to look said instead of an order (general usage)
    r"(?:那|那么|好|好的|行)?[，,]?(?:先|再|然后|接着|下面|还有|最后|我想|我要|我|想|帮我|给我|请|麻烦)+(?:来)?"
    r"(?:看看|看一下|看下|看|查查|查一下|查下|说说|说一下)"
    r"(?P<who>[^，,。？?！!]+?)(?:的|这块|这边|吧|呢)?[。.！!]?"
)
# The notice itself named in front of one of its parts or tasks ("这个文件里第三部分…"), general usage.
_DOCUMENT_BEFORE_A_PART = re.compile(
    r"^(?:这份|这个|本|该)?(?:通知|文件|方案)(?:里面|里头|里|中|当中|上)?[，,\s]*(?=第)"
)
# "牵头那俩是谁", "配合的就仨？哪仨": a line of the task shown, asked by its size (general usage).
_LINE_BY_ITS_SIZE = re.compile(
    r"(?:那|那么)?(?P<role>牵头|配合|责任)(?:单位|的|的单位)?(?:那|就|只有|就是)?"
    r"(?:俩|两个|两家|仨|三个|三家|几个|几家)(?:吗|么)?[？?，,\s]*(?:都|分别)?"
    r"(?:是谁|是哪些|哪俩|哪仨|哪几个|哪几家|有谁|是哪几个|是哪俩|是哪几家)[？?]*"
)
# "前一个部分", "前面那个部分": the part shown before the one shown last (general usage).
_EARLIER_PART = re.compile(r"(?:前一个|前面那个|前面的那个|前面那一个|之前那个|刚才前面那个)(?:部分|板块)")
# "刚这个有几家", "上面这些一共几个": the answer just given pointed at, before a count of units (general usage).
_POINTER_BEFORE_A_COUNT = re.compile(
    r"^(?:那|那么)?(?:刚|刚才|刚刚|上面)(?:这个|那个|这些|那些|这里|说的)?"
    r"(?=(?:一共|总共|共)?(?:有)?(?:几|多少)(?:家|个)(?:单位)?(?:啊|呀|呢)?[？?]?$)"
)
# "那<unit>配合的呢", "<unit>当责任单位的呢": a named unit's tasks in a role, with 呢 for 有哪些 (general usage).
_UNIT_IN_A_ROLE_ELLIPTIC = re.compile(
    r"(?:那|那么)?(?P<unit>[^，,。？?\s]{2,16}?)(?<![没不未非有])(?P<role>牵头|配合|参与|当配合单位|当责任单位|作为责任单位|作为配合单位)"
    r"的(?:任务)?呢[？?]?"
)
# "他们自己牵头哪些", "人家当配合的呢": the people of the unit just asked about, as 它 (general usage); not
# "他们俩", "他们都…", two units.
_THEY_OF_ONE_UNIT = re.compile(r"^(?P<then>那|那么)?(?:他们|她们|他|她|人家)(?!俩|两|几|各|分别|都|一起|共同)")
# "那它一共几条" after a part's tasks: 它 is the part, and its tasks are those shown (general usage).
_IT_COUNTED = re.compile(r"^(?P<then>那|那么)?它(?=(?:一共|总共|共|一共有|总共有|有)?(?:几|多少))")
# "林草局那条", "金融办的那项": the task of a unit, pointed at (general usage).
_UNIT_THAT_TASK = re.compile(r"(?:的)?(?:那|这)(?:一)?(?:条|项|个任务|件事)(?:任务|工作)?")
# A unit on more tasks than this, none of them shown, points at no task by "那条": nothing is guessed or offered.
_MAX_TASKS_OFFERED_FOR_A_UNIT = 6
# A date asked of a figure the question quotes ("70亿元…哪年") or of an end ("到哪年为止"): when the notice gives
# none, there is nothing to quote (general usage). Not of an award ("评上"): a reported set reads it as asking the plan.
_DATED_ASK = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万|亿|个|所|处|套)|为止|截止|到期")
# "轮岗要多长时间", "期限几个月": a length of time asked, not a deadline ("多久能建成" asks when) (general usage).
_LENGTH_ASK = re.compile(r"(?:要|需要|得|期限|为期|持续|轮|派驻|挂职)(?:是)?(?:多长时间|多长|几个月|几天|几周|几年)")
# "第999项谁牵头": a task number, to be checked against the notice's last task.
_TASK_NUMBER = re.compile(r"第\s*([一二两三四五六七八九十百千\d]{1,5})\s*(?:项|条|号任务|个任务)")
# "第九部分讲了什么": a part by its number (general usage), to tell when the notice has no such part.
_PART_NUMBER = re.compile(rf"第\s*([一二两三四五六七八九十百\d]{{1,4}})\s*(?:{P.SECTION_REF_NOUNS.pattern()})")
# "目标是什么", "有啥指标": a target asked for (general usage).
_TARGET_ASKED = re.compile(r"目标|指标")
_TYPE_ASKED = re.compile(P.TYPE_ASK_WORDS.pattern())
# "那第四条呢", "第三条谁配合": another place said alone, after a place in a part was asked (general usage).
_ANOTHER_PLACE = re.compile(
    r"(?P<then>那|那么)?第\s*(?P<nth>[一二两三四五六七八九十\d]{1,3})\s*(?:条|项|个)"
    r"(?P<rest>(?:呢|的呢|谁牵头|谁配合|的牵头单位|的责任单位|的配合单位|讲的啥|讲什么|是啥|是什么)?)"
)
# "说错了，不是民政局是残联", "不是第七部分 是第八部分": one word of the last question put right (general usage).
_OWNED_UP = rf"(?:哦|噢|啊)?[，,\s]*(?:{P.CORRECTION_OPENERS.pattern()}|口误)"  # "说错了", "噢，口误"
_SWAPPED = re.compile(
    rf"(?:{_OWNED_UP}[，,\s]*)?不是(?P<old>[^，,\s是]{{2,14}}?)[，,\s]*"
    r"(?:而)?是(?P<new>[^，,\s]{2,14}?)(?:那条|那项|那个)?(?:才对|的|呢|啊|吧|哈)?[。.!！]*"
)
# "不是配合，要牵头的", "说错了，我是想问配合单位", "噢我问的是牵头的": the role of the last question put right
# (general usage).
_ROLE_PUT_RIGHT = re.compile(
    rf"(?:(?:我|是我)?(?:{_OWNED_UP}|不是(?:问)?(?:牵头|配合|责任)(?:单位|的)?|更正一下|更正)[，,\s]*)+"
    r"(?:我|哦我|噢我)?(?:是)?(?:想|要)?(?:问|要)?(?:的)?(?:是)?(?:问)?(?P<new>牵头|配合|责任)(?:单位|的|的任务)?"
    r"(?:呢|吧|啊)?[。.!！]*"
    r"|(?:哦|噢|啊)?[，,\s]*我(?:要|问|想问|想要)的是(?P<meant>牵头|配合|责任)(?:单位|的|的任务)?(?:呢|吧|啊)?[。.!！]*"
)
_ROLE_WORD_IN_QUESTION = re.compile(r"(牵头|配合|责任)(单位)?")
# "不，是人社局", "不对，应该是财政局": a unit put right with the wrong one left unsaid (general usage).
_PUT_RIGHT = re.compile(
    rf"(?:{_OWNED_UP}|不|不是)[，,\s]*(?:应该|我说的|我问的)?是(?P<new>[^，,\s]{{2,12}}?)(?:才对|的|呢|吧)?[。.!！]*"
)
_PART_SAID = re.compile(r"第[一二三四五六七八九十\d]{1,3}部分")
_TASK_SAID = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3})\s*[条项]")


def _tasks_said(text: str) -> set[int | None]:
    """The task numbers ``text`` names as "第N条/项"."""
    return {read_number(m.group(1)) for m in _TASK_SAID.finditer(text)}


_POINTS_AT_IT = re.compile(P.IT_WORDS.pattern())  # "它", "该局": the unit a follow-up is about
# "再说一遍", "把刚才的重复一下": the last answer again (general usage).
_REPEAT = re.compile(
    r"(请|麻烦)?(你|您)?(把)?(刚才|上面)?(那个|的|那句|那条)?(再|重新)?(说|讲|发|念|重复)(一遍|一下|一次)(吧|好吗|呗)?"
)
# "回到殡仪那条 谁配合", "一开始说的那个谁来牵头": back to an earlier turn, by its topic or as the
# first one, and what is asked of it now (general usage).
_FIRST_TURN = r"(?:最开始|一开始|最早|刚开始|开头|第一个|最初)(?:问|说|提)?(?:的)?"
_BACK_TO = re.compile(
    rf"^(?:那|那么|好|好的)?[，, ]?(?:(?:回到|再回到|说回|回头说|倒回去说|还是说回|我们回到)(?:刚才|前面|之前)?(?:的)?"
    rf"(?P<ref>{_FIRST_TURN}|[^，,。？?\s]{{2,8}}?)|(?P<first>{_FIRST_TURN}))"
    r"(?:那条|那项|那个|那一条|那一项|那个任务|那个问题|那件事|那里|那)(?:任务)?[，,。 ]?(?:的)?(?P<rest>.*)$"
)
# "还是说回林草局，它配合的有哪些": back to a unit asked about before, then the rest asked of it (general usage).
_BACK_TO_UNIT = re.compile(
    r"^(?:那|那么|好|好的)?[，, ]?(?:还是)?(?:再)?(?:回到|说回|问回|聊回|回头说)(?:刚才|前面|之前)?(?:的|说的)?"
    r"(?P<unit>[^，,。？?\s]{2,12}?)(?:那边|这边|的)?[，,。 ]+(?P<rest>.+)$"
)
# "回到刚才那个列表，里面…": the last list of tasks shown, then the rest asked of it (general usage).
_BACK_TO_LIST = re.compile(
    r"^(?:那|那么|好|好的)?[，, ]?(?:回到|再回到|说回|回头看|回去看|再看)(?:刚才|前面|之前|上面)?(?:的)?(?:那个|那张)?"
    r"(?:列表|清单|名单|那几条|那几项|那些任务)[，,。 ]?(?P<rest>.*)$"
)
# Only a place in a list, with nothing else ("第五条呢", "最后一个呢"): a follow-up, not a question of its own.
_BARE_ORDINAL = re.compile(r"(那|那么)?第\s*([一二三四五六七八九十\d]{1,3})\s*(个|项|条)\s*(呢|吗)?[?？。]?")
_BARE_LAST = re.compile(r"(那|那么)?最后(那|这)?(一)?(个|项|条)\s*(呢|吗)?[?？。]?")
# What refers to an earlier answer (a pronoun, a place in a list, "还有别的吗", "换成…"): when the earlier turns
# showed nothing (small talk, declines), the question is read as if asked first.
_REFERS_BACK = re.compile(
    rf"{P.BACK_POINTERS.pattern()}|第\s*[一二三四五六七八九十\d]{{1,3}}\s*(个|项|条)"
    rf"|最后(那|这)?(一)?(个|项|条)|换成|{P.MORE_WORDS.pattern()}|另(?:外)?(?:一|那)?(?:个|项|条)"
)
# A unit named only by its kind ("局里", "那个局", "我们单位"): with nothing before it, ask which one.
# A question that asks for a unit (who, which, the most) names none by design (general usage).
_UNIT_ASKED = re.compile(rf"{P.WHICH_UNIT_WORDS.pattern()}|最多|最少|(几|多少)个?(单位|部门|局)")
# "局里" only opening the question: "责任单位里", "市直部门里" name a role or a group, not one unit.
_UNNAMED_UNIT = re.compile(
    r"^(那|那么|请问)?(局|部门|单位)(里面|里头|里|(?=\s?(负责|牵头|参与|配合|要|该|都|的任务)))|(那|这)(个|家)(局|部门|单位|委)|(我们|咱们|咱|本)(局|单位|部门|委)"
)
# Words every task of the notice is about, and bare role words: a question made only of these
# ("县城", "牵头单位", "局里的") names nothing to look for (the notice: 以县城为重要载体的城镇化).
# A word this long that one task alone holds names the notice's own matter ("失业率", "二甲医院").
_RARE_TERM_CHARS = 3
_COUNT_OF_NOTHING = re.compile(f"{P.TOTAL_WORDS.pattern()}|{P.COUNT_WORDS.pattern()}|多少|几")
_UBIQUITOUS = re.compile(f"{P.NOTICE_TOPIC_WORDS.pattern()}|{P.BARE_WORDS.pattern()}")
_EVERY_TASK_HAS = re.compile(P.EVERY_TASK_HAS.pattern())
# What follows a unit that is the question's subject: its tasks or its role ("…有没有分到任务",
# "…在这个方案里有啥活", "…是责任单位吗"), not a facility asked about ("…医院谁负责"). General usage.
_UNIT_SUBJECT = re.compile(
    r"(都|也|还|一共|总共|共|具体|到底|在.{0,8}?(里|中|里面|当中)|有没有|是不是|是否|能不能|又|要|需要|得|会)*"
    r"(牵头|负责|参与|配合|涉及|承担|分到|分了|分配|出现|列入|列为|当|作为|担任"
    r"|是.{0,3}(牵头|责任|配合|参与)(单位|部门)|是哪|在(哪|几)"
    r"|有(没有)?(啥|什么|哪些|哪几项|几项|多少项|多少)?(任务|活|工作|分工|职责|份)"
    r"|的(任务|职责|分工)|干(什么|啥|嘛)|做(什么|啥)|管(什么|啥))"
)


@dataclass(frozen=True)
class _Context:
    """What an earlier turn was about, for follow-ups."""

    understanding: Understanding
    task: int | None


def _tasks_offered(answer: Answer) -> tuple[int, ...]:
    """The tasks a which-task question back offers ("第4项谁牵头", "第28项谁牵头"), in order; none otherwise."""
    if answer.intent is not Intent.CLARIFY or not answer.suggestions:
        return ()
    numbers = [re.match(r"第(\d+)项", s) for s in answer.suggestions]
    if not all(numbers):
        return ()
    return tuple(dict.fromkeys(int(m.group(1)) for m in numbers if m))


def _covered(topic: str, title: str) -> set[int]:
    """The places of ``topic``'s characters that a two-character run shared with ``title`` covers."""
    return {j for i in range(len(topic) - 1) if topic[i : i + 2] in title for j in (i, i + 1)}


def _title_words(topic: str, title: str) -> str:
    """The part of ``topic`` that ``title`` shares, as a run of the topic's characters (for the question back)."""
    places = sorted(_covered(topic, title))
    return "".join(topic[j] for j in places)


def _blended_titles(topic: str, tasks: Sequence[Task]) -> list[Task]:
    """Two tasks whose titles together share every character of ``topic`` (in runs of two), neither alone.

    Each must share at least half of it, with a run of three characters or more (a two-character word such as
    城市 is shared by many titles by chance: "智慧城市" is no blend of 智慧县城 and 城市群); any other task sharing as
    much makes the blend unclear (none then).
    """
    shares = [(t, _covered(topic, t.title)) for t in tasks if longest_common_substring(topic, t.title) >= 3]
    shares = [(t, c) for t, c in shares if 2 * len(c) >= len(topic)]
    whole = set(range(len(topic)))
    pairs = [
        (a, b)
        for i, (a, ca) in enumerate(shares)
        for b, cb in shares[i + 1 :]
        if ca | cb == whole and ca != whole and cb != whole
    ]
    return list(pairs[0]) if len(pairs) == 1 and len(shares) == 2 else []


class Assistant:
    """Answers questions about one notice, citing its tasks."""

    def __init__(
        self,
        notice: Notice,
        retriever: HybridRetriever,
        reader: QuestionReader,
        tokenizer: Tokenizer,
        *,
        max_citations: int = 3,
        max_question_chars: int = 500,
        scope: ScopeGuard | None = None,
    ) -> None:
        self.notice = notice
        self.retriever = retriever
        self.reader = reader
        self.tokenizer = tokenizer
        self.max_citations = max_citations
        self.max_question_chars = max_question_chars
        self.scope = scope
        self._tasks = {t.number: t for t in notice.tasks}
        # Punctuation dropped, as from the questions the texts are matched against.
        self._task_texts = {t.number: re.sub(r"[\W_]", "", t.text) for t in notice.tasks}
        self._holding: dict[str, tuple[Task, ...]] = {}  # the tasks whose texts hold a word (the scope check's)
        self.query_reader = QueryReader(notice, reader.alias_table)
        self.executor = Executor(notice)
        self.unit_names = UnitNames(reader.alias_table)
        self.unit_stems = UnitStems(reader.alias_table)
        self._lexicon = lexicon_for(notice)  # county names: this notice's own, if it ships any
        self.answerability = Answerability(notice, tokenizer, self._lexicon.county_governments)
        self.smalltalk = SmallTalk(notice, tokenizer, reader.alias_table)
        self.speaker = Speaker(reader.alias_table)
        self.suggestions = compose.suggestions_for(notice, reader.alias_table)
        # City units by how many tasks they lead, most first: readings for a unit named only by its kind.
        led: dict[str, int] = {}
        for t in notice.tasks:
            for unit in t.lead_units:
                if unit.startswith("市"):
                    led[unit] = led.get(unit, 0) + 1
        self._busiest_units = sorted(led, key=lambda u: (-led[u], u))
        self._places = notice_places(notice)
        self._notice_text = notice_text(notice)
        self._home = home_place(notice)

    # --- entry point ------------------------------------------------------------------------
    def ask(self, question: str, history: Sequence[str] = ()) -> Answer:
        """Answer ``question``; ``history`` holds earlier user questions, oldest first.

        The earlier questions are answered again, in order, to know what the last answer showed
        (its tasks and unit): the same history always gives the same follow-up answer.

        Raises:
            TypeError: if ``question`` is not a string or ``history`` not a sequence of strings.
        """
        if not isinstance(question, str):
            raise TypeError(f"question must be str, got {type(question).__name__}")
        if isinstance(history, str) or not all(isinstance(h, str) for h in history):
            raise TypeError("history must be a sequence of str (earlier user questions, oldest first)")
        history = [h for h in history if h.strip()][-4:]
        return self._respond(question, history, lambda: self._replay(history))[0]

    def _placed_first(self, query: str, text: str, ranked: list[int]) -> list[int]:
        """ "化隆县是哪种类型的县城": of the top three, the task with one sentence naming the counties asked
        and a notice term the question's everyday words stand for (类型 → 型县城) goes first.

        A task that names the county elsewhere (四县政府要强化规划引领) or has the term about no county (生态县城)
        rests on the question's words apart; the sentence holding both answers it.
        """
        places = [c for c in self.answerability.counties if c in text]
        terms = expand(query)[len(query) :].split()
        if not places or not terms:
            return ranked
        for n in ranked[:3]:
            sentences = self._tasks[n].sentences
            if any(all(p in s for p in places) and any(t in s for t in terms) for s in sentences):
                return [n, *(m for m in ranked if m != n)]
        return ranked

    def _two_topics(self, question: str, text: str) -> tuple[Answer, Query] | None:
        """ "养老和托育各是哪项": each topic's task, as "X是哪一项" would find it, one line each.

        None when a part names a unit (a unit's tasks are another question) or either topic finds no task.
        """
        m = _TWO_TOPICS_WHICH.match(text)
        if m is None or find_unit_mentions(text, self.reader.alias_table):
            return None
        found: list[tuple[str, Citation]] = []
        for topic in (m.group("a"), m.group("b")):
            said = self._respond(f"{topic}是哪一项", [], EMPTY)[0]
            if not said.in_scope or not said.citations or said.intent is Intent.CLARIFY:
                return None
            found.append((topic, said.citations[0]))
        lines = [
            f"{topic}：{compose.task_label(self._tasks[c.task])}（牵头：{compose.units_text(c.lead_units)}）"
            for topic, c in found
        ]
        cited = tuple(dict.fromkeys(c.task for _, c in found))
        citations = tuple(next(c for _, c in found if c.task == n) for n in cited)
        answer = Answer(
            question=question, intent=Intent.TOPIC, in_scope=True, answer="\n".join(lines), citations=citations
        )
        return answer, Query(Op.LOOKUP, Asked.TASKS, tasks=cited, note="topics", text=text)

    def _place_in_the_same_part(self, text: str, last: str) -> str:
        """ "那第四项呢" right after "第三部分第二项谁牵头": the fourth task of that part, as "第三部分第四项" reads."""
        m = _ANOTHER_PLACE.fullmatch(text)
        said = _ORDINAL_IN_SECTION.search(plain_ordinals(normalize_question(last))) if m is not None else None
        if m is None or said is None or said["nth"] is None:
            return text
        part, place = read_number(said["part"]), read_number(m["nth"])
        if part not in self.query_reader.section_numbers or place is None:
            return text
        if not 1 <= place <= len(self.notice.tasks_in((part,))):
            return text
        return f"{m['then'] or ''}第{chinese_numeral(part)}部分第{chinese_numeral(place)}项{m['rest']}"

    def _swapped_in_last_question(self, text: str, history: Sequence[str]) -> str | None:
        """ "不是第七部分，是第八部分" → the last question with 第七部分 put as 第八部分; None when it names neither.

        The word put right is found in the last question as typed, or as another name of the same unit
        ("民政局" for "市民政局"); a word the last question does not hold corrects something else.
        """
        role = _ROLE_PUT_RIGHT.fullmatch(text)
        if role is not None:
            return _role_put_right(plain_ordinals(normalize_question(history[-1])), role["new"] or role["meant"])
        m = _SWAPPED.fullmatch(text)
        if m is None:
            return self._put_right_in_last_question(text, history[-1])
        last = plain_ordinals(normalize_question(history[-1]))
        old, new = m["old"], m["new"]
        if old == new or new in last:
            return None
        if old in last:
            return last.replace(old, new, 1)
        said = find_unit_mentions(old, self.reader.alias_table)
        if len(said) != 1 or not find_unit_mentions(new, self.reader.alias_table):
            return None
        for mention in find_unit_mentions(last, self.reader.alias_table):
            if mention.unit == said[0].unit:
                return last[: mention.start] + new + last[mention.end :]
        return None

    def _put_right_in_last_question(self, text: str, last_question: str) -> str | None:
        """ "不，是人社局", "不对，是第四部分": the one unit or part the last question named, put right without being
        said again; None when the correction names no such thing or the last question names several."""
        put = _PUT_RIGHT.fullmatch(text)
        if put is None:
            return None
        new, last = put["new"], plain_ordinals(normalize_question(last_question))
        parts = _PART_SAID.findall(last) if _PART_SAID.fullmatch(new) else []
        if len(parts) == 1:
            return last.replace(parts[0], new, 1)
        mentions = find_unit_mentions(last, self.reader.alias_table)
        said = find_unit_mentions(new, self.reader.alias_table)
        # Only a unit said alone: "是教育局做责任单位的…" is a whole question of its own.
        if len({u.unit for u in mentions}) != 1 or len(said) != 1 or said[0].end - said[0].start != len(new):
            return None
        return last[: mentions[0].start] + new + last[mentions[0].end :]

    def _back_to_a_named_turn(
        self, question: str, text: str, history: Sequence[str]
    ) -> tuple[Answer, Query | None] | None:
        """ "再问回第12条，…", "说回残联，它…": the rest asked right after the latest turn that named the task or
        unit, as if the turns between had not been asked; a unit no turn named is put for "it".

        None when the question goes back to neither (other rules decide).
        """
        back = _BACK_TO_UNIT.match(text) if history else None
        if back is None:
            return None
        task = _TASK_SAID.fullmatch(back["unit"])
        if task is not None:
            n = read_number(task.group(1))
            answered = self._asked_after_the_latest(question, back["rest"], history, lambda h: n in _tasks_said(h))
            if answered is not None:
                return answered
        if not _POINTS_AT_IT.search(back["rest"]):
            return None
        said = find_unit_mentions(back["unit"], self.reader.alias_table)
        if len(said) != 1 or said[0].end - said[0].start != len(back["unit"]):
            return None
        unit = said[0].unit
        answered = self._asked_after_the_latest(
            question,
            back["rest"],
            history,
            lambda h: any(m.unit == unit for m in find_unit_mentions(h, self.reader.alias_table)),
        )
        if answered is not None:
            return answered
        answer, query = self._respond(_POINTS_AT_IT.sub(back["unit"], back["rest"], count=1), [], EMPTY)
        return replace(answer, question=question), query

    def _asked_after_the_latest(
        self, question: str, rest: str, history: Sequence[str], names_it: Callable[[str], bool]
    ) -> tuple[Answer, Query | None] | None:
        """``rest`` answered right after the latest earlier turn ``names_it`` holds for (normalised); None if none."""
        turns = [i for i, h in enumerate(history) if names_it(plain_ordinals(normalize_question(h)))]
        if not turns:
            return None
        earlier = list(history[: turns[-1] + 1])
        answer, query = self._respond(rest, earlier, _once(lambda: self._replay(earlier)))
        return replace(answer, question=question), query

    def _back_to_an_earlier_turn(
        self, question: str, text: str, history: Sequence[str]
    ) -> tuple[Answer, Query | None] | None:
        """ "回到殡仪那条 谁配合": the rest asked as if the conversation had stopped at that turn.

        The turn is the first one ("最开始那个") or the latest whose question names the topic; None when
        there is no earlier turn or none names it (other rules decide).
        """
        listed = _BACK_TO_LIST.match(text)
        if listed is not None and len(history) >= 2:
            # The latest earlier turn whose answer showed a list; the rest is asked right after it.
            for turn in range(len(history) - 2, -1, -1):
                earlier = history[: turn + 1]
                shown = self._replay(earlier)
                if len(shown.tasks) >= 2:
                    rest = listed.group("rest").strip("，,。 ") or earlier[-1]
                    again, query = self._respond(rest, earlier, shown)
                    return replace(again, question=question), query
            return None
        m = _BACK_TO.match(text)
        if m is None or len(history) < 2:
            return None
        ref = m.group("ref") or ""
        if m.group("first") or re.fullmatch(_FIRST_TURN, ref):
            turn = 0
        else:
            named = [i for i, h in enumerate(history) if ref in normalize_question(h)]
            if not named or named[-1] == len(history) - 1:
                return None  # the topic of the last turn: no going back, the follow-up rules read it
            turn = named[-1]
        rest = m.group("rest").strip("，,。 ")
        earlier = history[: turn + 1]
        if not rest:
            again, query = self._respond(earlier[-1], earlier[:-1], lambda: self._replay(earlier[:-1]))
        else:
            again, query = self._respond(rest, earlier, lambda: self._replay(earlier))
        return replace(again, question=question), query

    def _speaker_unit(
        self, question: str, text: str, history: Sequence[str], state: State | Callable[[], State]
    ) -> str | tuple[Answer, Query | None]:
        """The speaker's own unit put in for "我们" ("我是卫健委的" earlier, then "我们牵头哪些").

        Returns:
            ``text`` with the speaker's unit named; or the whole answer: to a self-introduction (that unit's
            tasks), or a clarifying question when "我们单位" comes with no introduction to say which unit.
        """
        unit = self.speaker.introduced(text)
        if unit is not None:
            said, query = self._respond(f"{unit}参与哪些任务", history, state)
            lead_in = f"好的，您是{unit}的，下面说的“我们”都按{unit}理解。\n"
            return replace(said, question=question, answer=lead_in + said.answer), query
        opening = self.speaker.opening(text) or self.speaker.named_inline(text)
        place = self.speaker.place_said(text) if opening is None else None
        if place is not None and self.smalltalk.is_smalltalk(text):
            place = None  # "您好，我是民和县教育局的，刚调过来" asks nothing: small talk, answered below
        earlier = [normalize_question(h) for h in history]
        unit: str | None
        if opening is not None:
            unit, text = opening
            text = self.speaker.with_another(text, unit) or text
        else:
            if place is not None:
                # "化隆县的，帮我查下市教育局配合几项": the speaker's place said first; the question is the rest.
                text = place.rest
            own = place.county if place is not None and place.speaks_for_county else None
            unit = own or self.speaker.unit_in(earlier)
        county = (
            place.county
            if place is not None
            else unit
            if unit in self._lexicon.county_governments  # "我是化隆县的，…我们县牵头几项"
            else self.speaker.county_in(earlier)
        )
        if county is not None:
            text = self.speaker.put_in_county(text, county)  # "本县配合的" after "化隆县政府办的，"
        elif (said_county := self.speaker.refers_to_county(text)) is not None:
            # "我们县牵头哪些" with no county said before: which county is not said; ask, offering each.
            readings = tuple(self.speaker.put_in_county(text, c) for c in self._lexicon.county_governments[:4])
            asked = self._ask_unit(question, said_county, readings, what="县")
            return asked, Query(Op.CLARIFY, note="unit", text=text)
        said = self.speaker.refers_to_self(text)
        if said is None:
            return text
        if unit is None and self.answerability.asks_a_procedure(text):
            # "我们局想申请…要报啥材料": whichever unit it is, the notice holds no procedure; declined below.
            return text
        if unit is None:
            # "我们牵头哪些" with no "我是…的" before it: whose tasks is not said.
            readings = tuple(self.speaker.put_in(text, u) for u in self._busiest_units[:3])
            return self._ask_unit(question, said, readings), Query(Op.CLARIFY, note="unit", text=text)
        return self.speaker.put_in(text, unit)

    def _replay(self, history: Sequence[str]) -> State:
        """Answer the earlier questions again, in order, to know what the last answer showed."""
        state = EMPTY
        for i, earlier in enumerate(history):
            answer, query = self._respond(earlier, history[:i], state)
            state = self._next_state(state, answer, query, last=i == len(history) - 1)
        return state

    def _respond(
        self, question: str, history: Sequence[str], state: State | Callable[[], State]
    ) -> tuple[Answer, Query | None]:
        """Answer one question given the earlier questions and what the last answer showed."""
        text = question.strip()
        if not text:
            return self._message(
                question, "请输入您的问题，例如：" + "；".join(f"“{s}”" for s in self.suggestions) + "。"
            ), None
        if len(text) > self.max_question_chars:
            message = f"问题太长了（{len(text)}字）。请把问题精简到{self.max_question_chars}字以内，一次问一件事。"
            return self._message(question, message), None
        normalised = plain_ordinals(normalize_question(text))
        if not any(ch.isalnum() for ch in normalised) and not self.query_reader.is_smalltalk(normalised):
            if re.fullmatch(r"[?？!！。.…，,~～\s]+", text):
                # "？？": the user is lost, not off the subject; asked back, with questions to pick from.
                message = "没有看懂您的意思，请用文字说一下想了解什么，也可以点下面的问题。"
                return Answer(
                    question=question, intent=Intent.CLARIFY, in_scope=True, answer=message,
                    suggestions=self.suggestions,
                ), None  # fmt: skip
            return self._message(question, "没有看懂这个问题，请用文字描述您想了解的内容。"), None
        own = self.answerability.own_number(normalised)
        if own is not None:
            # "东政办〔2023〕26号由谁印发": the notice itself, not task 26.
            normalised = normalised[: own.start()] + "这份通知" + normalised[own.end() :]
        speaking = self._speaker_unit(question, normalised, history, state)
        if isinstance(speaking, tuple):
            return speaking
        normalised = speaking
        # "不对吧", "答错了哦": a correction with nothing meant after it is a complaint, small talk below.
        meant = correction_remainder(normalised).strip("吧呢啊呀哦噢嘛啦了哈")
        if (
            not history
            and meant
            and not restates(normalised)
            and not self.smalltalk.is_smalltalk(meant)
            and not self.smalltalk.announces_questions(normalised)  # "我想问个问题" corrects nothing
        ):
            # A correction pointing at "the other one" as the first turn: there is no answer to correct, so what is
            # meant is unsaid.
            return self._clarify(question), Query(Op.CLARIFY, note="correction", text=normalised)
        if self.smalltalk.is_smalltalk(normalised):
            # Chat with nothing of the notice in it (thanks with praise, a goodbye, a run of sixes), before the
            # English path (digits have no Chinese) and before any follow-up reading.
            return self._smalltalk(question, normalised), Query(Op.SMALLTALK, text=normalised)
        if history:
            normalised = self._place_in_the_same_part(normalised, history[-1])
        named_turn = self._back_to_a_named_turn(question, normalised, history)
        if named_turn is not None:
            return named_turn
        swapped = self._swapped_in_last_question(normalised, history) if history else None
        if swapped is not None:
            # "说错了，不是民政局是残联": the last question again with the word put right, in its own context.
            again, query = self._respond(swapped, history[:-1], lambda: self._replay(history[:-1]))
            return replace(again, question=question), query
        if history and restates(normalised):
            # "错了，我想问第三条有哪些配合单位": a whole question again, read as if asked first.
            history, state = [], EMPTY
        first = _BACK_TO_FIRST.match(normalised) if len(history) >= 2 else None
        nth = _BACK_TO_NTH.match(normalised) if len(history) >= 2 and first is None else None
        turn = (read_number(nth["n"]) if nth["n"] else 1) if nth is not None else None
        if first is not None and normalised[first.end() :].strip():
            # "回到最开始那个，一共几项": the rest asked right after the first question, as if the turns between
            # had not been asked.
            normalised = normalised[first.end() :].strip()
            history = list(history[:1])
            state = _once(lambda: self._replay(history))
        elif nth is not None and turn is not None and 1 <= turn <= len(history) and normalised[nth.end() :].strip():
            # "第二个问的那条有几个配合单位": the same, right after that turn; "那部分里…" keeps pointing at its part.
            rest = normalised[nth.end() :].strip()
            normalised = ("这部分" + rest) if nth["what"] in ("那部分", "那一部分") else rest
            history = list(history[:turn])
            state = _once(lambda: self._replay(history))
        # "不对，是城管局": a correction is read before "不对" could be taken for chat in front.
        if opens_with_correction(normalised):
            normalised = everyday_forms(normalised, follow_up=bool(history))
        # "好的，那残联参与哪项": the chat in front says nothing about what is asked.
        normalised = self.smalltalk.without_leading_chat(normalised)
        # "那责任单位呢，好像挺多的": a remark after what is asked says nothing about it either.
        normalised = self.smalltalk.without_trailing_remark(normalised, follow_up=bool(history))
        # "这份通知第二部分里…", "文件里第3项…": the notice named before a part or task of it says nothing more.
        normalised = _DOCUMENT_BEFORE_A_PART.sub("", normalised, count=1)
        normalised = self._look_at_unit(normalised)
        # Worked out at most once from here on: a replay of the conversation answers every earlier turn again.
        state = _once(state)
        sized = _LINE_BY_ITS_SIZE.fullmatch(normalised) if history else None
        if sized is not None and state().one_task is not None:
            normalised = f"它的{sized['role']}单位有哪些"  # "牵头那俩是谁" after a task: its lead units
        shown_part = state().query.sections if history and state().query is not None else ()
        if shown_part and len(state().tasks) > 1 and _IT_COUNTED.match(normalised):
            normalised = _IT_COUNTED.sub(lambda m: m["then"] or "", normalised, count=1)
        if history and _THEY_OF_ONE_UNIT.match(normalised) and state().unit is not None:
            # "他们当配合的有哪些" after one unit's tasks: 他们 are the people of that unit, read as 它.
            normalised = _THEY_OF_ONE_UNIT.sub(lambda m: f"{m['then'] or ''}它", normalised, count=1)
        normalised = everyday_forms(normalised, follow_up=bool(history))  # "…谁来着", "错了 我要的是…", "有X没"
        if len(history) >= 2 and _EARLIER_PART.search(normalised):
            # "前面那个部分…" after two parts were shown: the part shown before the last one, by its number.
            earlier = self._part_shown_before(history)
            if earlier is not None:
                normalised = _EARLIER_PART.sub(f"第{chinese_numeral(earlier)}部分", normalised, count=1)
        if history:
            # "刚这个有几家" after a line of units: the line just shown, counted as a bare "有几家" is.
            normalised = _POINTER_BEFORE_A_COUNT.sub("", normalised, count=1)
        role_of_unit = _UNIT_IN_A_ROLE_ELLIPTIC.fullmatch(normalised)
        if (
            role_of_unit is not None
            and find_unit_mentions(role_of_unit["unit"], self.reader.alias_table)
            and (not history or len(state().tasks) <= 1)
        ):
            # "<unit>配合的呢": that unit's tasks in that role, asked the short way. After a list it may narrow
            # the list instead ("这几条里<unit>当配合单位的呢"), which the reader works out.
            normalised = f"{role_of_unit['unit']}{role_of_unit['role']}的有哪些"
        # "民政牵头的", "财政和住建都配合的": a bare stem where a body acts is that body.
        normalised = plain_task_words(self.unit_stems.spell_out(normalised))
        normalised = self.query_reader.each_in_turn(normalised)  # "A牵头的和B牵头的" → "A和B分别牵头的"
        normalised = self.query_reader.related_as_taking_part(normalised)  # "跟X有关的任务": X's tasks
        two = self._two_topics(question, normalised)
        if two is not None:
            return two
        back = self._back_to_an_earlier_turn(question, normalised, history)
        if back is not None:
            return back
        if history and _REPEAT.fullmatch(re.sub(r"[\W_]", "", normalised)):
            again, query = self._respond(history[-1], history[:-1], lambda: self._replay(history[:-1]))
            return replace(again, question=question), query
        picked = self._offer_picked(normalised, state()) if history else None
        if picked is not None:
            # "第二个" or "28" after "您问的是哪一项？": the question offered for that task, as if clicked.
            answer, query = self._respond(picked, [], EMPTY)
            return replace(answer, question=question), query
        county_asked = normalised
        normalised, same_task = self._another_county(normalised, state, history) if history else (normalised, None)
        if normalised != county_asked and same_task is None:
            share = self._county_share_missing(question, normalised, state)
            if share is not None:
                return share, Query(Op.DECLINE, note="county share", text=normalised)
        if _ANOTHER_UNIT_UNNAMED.match(normalised):
            # "换成别的单位呢": which unit is not said; any unit picked here would be a guess.
            return self._clarify(question), Query(Op.CLARIFY, note="unit", text=normalised)
        if _NUMBER_LEFT_OUT.search(normalised):
            # "第条谁牵头": the task's number was left out; any task named here would be a guess.
            return self._clarify(question), Query(Op.CLARIFY, note="no number", text=normalised)
        beyond = self._beyond_the_last_task(question, normalised)
        if beyond is not None:
            return beyond, Query(Op.CLARIFY, note="no such task", text=normalised)
        pointed = self._role_task(normalised, state)
        if isinstance(pointed, Answer):
            return replace(pointed, question=question), Query(Op.CLARIFY, note="role task", text=normalised)
        pointed = self._unit_task(pointed, state)
        if isinstance(pointed, Answer):
            return replace(pointed, question=question), Query(Op.CLARIFY, note="unit task", text=normalised)
        normalised = pointed
        leans_back = self._leans_back(normalised) or bool(_SHOWN_BEFORE.search(normalised))
        if history and (leans_back or _NEEDS_AN_EARLIER_ANSWER.search(normalised)) and state().empty:
            # The earlier turns showed nothing to refer to (small talk, declines): as if asked first.
            history = []
        if not history:
            county = _COUNTY_ALONE.fullmatch(normalised)
            if county is not None and county.group("county") in self.answerability.counties:
                # "那互助呢" with nothing before it: which question about that county is not said.
                name = f"{county.group('county')}县"
                asks = (f"提到{name}的任务有哪些", f"{name}人民政府牵头哪些任务")
                return self._clarify(question, asks), Query(Op.CLARIFY, note="county", text=normalised)
            several = self._ambiguous_reference(question, normalised)
            if several is not None:
                return several, Query(Op.CLARIFY, note="fragment", text=normalised)
        normalised = self._topic_for_that_task(normalised)
        if not history:
            unnamed = None if self.answerability.asks_a_procedure(normalised) else self._unnamed_unit(normalised)
            if unnamed is not None:
                return self._ask_unit(question, *unnamed), Query(Op.CLARIFY, note="unit", text=normalised)
            bare = self._bare_reference(normalised)
            needs_earlier = _NEEDS_AN_EARLIER_ANSWER.search(normalised) or _OPENS_WITH_A_REFERENCE.search(normalised)
            if bare is None and needs_earlier:
                bare = ()  # "上一条…", "前两个…", "这个数字…", a bare "第几项": nothing shown yet to point at
            pointed_back = needs_earlier or _SHOWN_BEFORE.search(normalised)
            if (
                bare is not None
                and not pointed_back
                and self.query_reader.read(normalised).op in _DESCRIBED_BY_STRUCTURE
            ):
                bare = None  # "责任单位只有一家的那条是哪条": 那条 is the task the condition describes
            if bare is not None:
                return self._clarify(question, bare), Query(Op.CLARIFY, note="fragment", text=normalised)
            named = self._only_units(normalised)
            if named:
                asked = Query(Op.CLARIFY, note="units", units=tuple(UnitArg(u) for u in named), text=normalised)
                return self._ask_what_of_units(question, named), asked
        notes: list[str] = []
        if not _CJK.search(normalised):
            translated = translate_english(normalised)
            if translated is None:
                if not self._matches_notice_words(normalised):
                    message = f"没有看懂这个问题。请用中文描述您想了解的内容，例如：“{self.suggestions[0]}”。"
                    return self._message(question, message), None
            else:
                notes.append(f"（按中文理解为：“{translated}”）")
                normalised = translated
        elif len(_ENGLISH_WORD.findall(normalised)) >= 2:
            # "which tasks does 民政局 lead": English around the notice's own names, read the same way.
            translated = translate_english(normalised)
            if translated is not None and translated != "".join(_CJK_RUN.findall(normalised)):
                notes.append(f"（按中文理解为：“{translated}”）")
                normalised = translated
        if self.query_reader.is_smalltalk(normalised) or (notes and self.smalltalk.is_smalltalk(normalised)):
            # The second: English chat ("Hello there, I work at …") is only seen as chat once in Chinese.
            return self._smalltalk(question, normalised), Query(Op.SMALLTALK, text=normalised)
        # Last name first: replacing one does not move the names before it.
        for name in reversed(self.unit_names.unknown(normalised, known_text=self._notice_text)):
            if name.candidates:
                return self._which_unit(question, normalised, name), Query(Op.CLARIFY, note="unit", text=normalised)
            if name.suggestion is not None:
                notes.insert(0, f"您是不是要问{name.suggestion}？以下按{name.suggestion}回答。")
                normalised = normalised[: name.start] + name.suggestion + normalised[name.start + len(name.surface) :]
            elif self._asks_about_unit(normalised, name.surface):
                return self._unknown_unit(question, name.surface), None
        place = self._foreign_place(normalised)
        if place is not None:
            return self._other_place(question, place), None
        elsewhere = self.answerability.other_document(normalised)
        if elsewhere is not None:
            return self._decline(question, elsewhere), None
        compared = self._figures_compared(question, normalised, history) if len(history) >= 2 else None
        if compared is None and history:
            compared = self._figure_against_named(question, normalised, history)
        if compared is None and history:
            compared = self._each_county_declined(question, normalised, history)
        if compared is None and history:
            compared = self._county_figures_compared(question, normalised, history)
        if compared is not None:
            return compared, Query(Op.LOOKUP, Asked.TARGET, note="figures compared", text=normalised)
        both = self._two_counties_asked_again(normalised, state) if history else None
        normalised = both or normalised
        which_county = self._which_county_meant(question, normalised, history)
        if which_county is not None:
            return which_county, Query(Op.CLARIFY, note="which county", text=normalised)
        both_roles = len(state().roles_listed) >= 2
        added = self._two_lists_added(normalised, history, both_roles=both_roles) if len(history) >= 2 else None
        if added is not None and added.note == "two overlap" and not added.tasks:
            said = "前面两次列出的任务没有重合的。"
            return Answer(question=question, intent=Intent.QUERY, in_scope=True, answer=said, count=0), added
        if added is not None:
            answer = self.executor.answer(question, added)
            overlap = added.note == "two overlap"
            lead_in = "前面两次都列出的，是" if overlap else "前面两次列出的任务合起来（重复的只算一次）"
            return replace(answer, answer=lead_in + answer.answer), added
        elliptic = _ELLIPTIC_ASK.fullmatch(normalised) if history else None
        if (
            elliptic is not None
            and any(c in normalised for c in self.answerability.counties)
            and any(_FIGURE_ASKED.search(normalize_question(h)) for h in history[-2:])
            and not _ROLE_ASKED_AGAIN.search(normalised)
        ):
            # "那民和县的这个比例呢" after a figure asked of another county: that figure, asked of this county.
            normalised = elliptic["what"] + "是多少"
        counties = self._counties_of_last(question, normalised, history) if history else None
        if counties is not None:
            return counties, Query(Op.LOOKUP, Asked.TEXT, note="counties named", text=normalised)
        query = self.query_reader.read(normalised, state)
        if query.op is Op.CLARIFY and query.note == "which task" and query.tasks:
            rest = re.sub(r"^(?:那|那么)?(?:它|其)的?", "的", normalised)
            if re.search(r"哪一?(?:项|条)|第几|哪个任务", rest):
                rest = "讲了什么"  # "这是哪一项" after a list: each task offered by name
            tasks = [self._tasks[n] for n in query.tasks]
            return self._which_task(question, f"刚才列出了{len(tasks)}项任务", tasks, rest), query
        if query.op is Op.CLARIFY and query.note == "beyond list" and query.tasks:
            # "第四个的配合单位" after two tasks: the same question offered about each task shown.
            rest = _PLACE_IN_LIST.sub("", normalised).strip("，,。？? ")
            rest = rest if len(rest) >= 2 and rest not in ("的呢", "是啥", "是什么") else "讲了什么"
            tasks = [self._tasks[n] for n in query.tasks]
            lead_in = f"刚才只列出了{len(tasks)}项任务，没有您说的那一个"
            return self._which_task(question, lead_in, tasks, rest), query
        if query.op is Op.CLARIFY and query.note == "which unit" and query.units:
            rest = re.sub(
                r"^(?:那|那么)?(?:它|该单位|这个单位|该局|这个局"
                r"|(?:那|这)(?:个|家)(?:市局|市里的局|市直部门|市级部门|市里的部门|局|委|办))",
                "",
                normalised,
            )
            return self._which_unit_shown(question, [u.name for u in query.units], rest), query
        if query.op is Op.CLARIFY and query.note == "which part" and query.sections:
            # "那它的第一条讲啥" after two parts: the same question offered of each part.
            rest = re.sub(r"^(?:那|那么)?它的?", "", normalised)
            return self._clarify(question, tuple(f"第{chinese_numeral(n)}部分{rest}" for n in query.sections)), query
        if query.op is Op.CLARIFY:
            return self._clarify(question), query
        offer = state().query if history and query.op is Op.CONTENT else None
        if offer is not None and offer.note == "offered":
            # "那配合的呢" right after "您问的是哪一项？": still not said which, so the same offer, of this line.
            line = self.reader.read(normalised).intent
            rest = {Intent.LEAD: "谁牵头", Intent.RESPONSIBLE: "的责任单位有哪些"}.get(line)
            if rest is not None:
                tasks = [self._tasks[n] for n in offer.tasks]
                ask = self._which_task(question, f"上一个问题对应{len(tasks)}项任务", tasks, rest)
                return ask, Query(Op.CLARIFY, note="which task", tasks=offer.tasks, text=normalised)
        if query.op is Op.CONTENT and history and self.query_reader.asks_a_line_of_each(normalised):
            # "责任单位呢" after a list, or after the other line of each task listed ("它们各由谁牵头"): the
            # conversation is replayed to see what the last answer showed.
            query = self.query_reader.line_of_each_shown(normalised, state()) or query
            one = state().one_task if query.op is Op.CONTENT else None
            line = self.query_reader.line_asked(normalised)
            if (
                one is not None
                and state().units
                and self.query_reader.line_shown_of(one, state().units) in (line, None)
            ):
                one = None  # the line already shown is read with the sentence asked about, on the content path
            if one is not None:
                # "责任单位是谁" after one task was shown with no line of it (its title, a unit's one task): that
                # task's line. After a line was shown the content path reads it with the sentence asked about.
                query = Query(Op.LOOKUP, line, tasks=(one,), text=normalised)
        if query.op is Op.CONTENT and (not history or state().empty) and self._fragment(normalised):
            return self._clarify(question), replace(query, op=Op.CLARIFY, note="fragment")
        if query.op is Op.CONTENT and history and _MORE_OR_NEXT.fullmatch(normalised):
            # "具体点", "后面的呢" after an answer no rule above read it against: the task shown in full, or,
            # after several, which one is asked back (retrieval would name a random task).
            shown = state().tasks
            if len(shown) == 1:
                again, read = self._respond(f"第{shown[0]}项讲了什么", [], EMPTY)
                return replace(again, question=question), read
            offers = tuple(f"第{n}项讲了什么" for n in shown[:5])
            return self._clarify(question, offers), replace(query, op=Op.CLARIFY, note="fragment")
        if query.op is Op.DECLINE:
            reason = {
                "contact": "通知只写单位名称和分工，没有写地址、电话等联系方式。",
                "current": "通知是任务分工方案，写的是目标和分工，没有现状或统计数据。",
                "status": "通知是任务分工方案，写的是要做什么、由谁负责，没有写进展或完成情况。",
                "validity": "通知没有写有效期或废止时间。",
                "occasion": "通知是任务分工方案，写的是要做什么、多久做一次，没有写某一次活动的时间和地点。",
                "opinion": "我只能说明通知写了什么、由谁负责，不对方案作评价或预测。",
                "reason": "通知是任务分工方案，写的是要做什么、由谁负责，没有写原因。",
                "name": "通知只写要建设或提升的数量和类别，没有写具体是哪一家、叫什么名字。",
                "person": "通知只写单位名称和分工，没有写任何人员的姓名或职务安排。",
            }.get(query.note, "通知是任务分工方案，只写各单位负责哪些任务，不涉及个人事项的办理和资格。")
            touched = self._touched_topic(normalised, query.note)
            return self._decline(question, touched + reason), query
        if query.op is Op.LOOKUP and query.asked in (Asked.TEXT, Asked.TARGET) and len(query.tasks) == 1:
            # "第7项哪年完成": a date or figure the task named does not give is declined, the task pointed to.
            gap = self.answerability.task_gap(normalised, self._tasks[query.tasks[0]])
            if gap is not None:
                return self._decline(question, gap), query
        if query.op is Op.CONTENT:
            checked = self._unit_checked_on_topic(question, normalised)
            if checked is not None:
                return checked
        figure_of_one = (
            query.op is Op.LOOKUP
            and query.asked is Asked.TEXT
            and len(query.tasks) == 1
            and _FIGURE_OF_A_TASK.search(normalised) is not None
        )
        if figure_of_one:
            # "第10项储备库扩建多大": the sentence of that task stating the figure, not the whole task.
            u = replace(self.reader.read(normalised), intent=Intent.FACT, task=query.tasks[0])
            answer = self._answer(question, u, task_hint=query.tasks[0])
        elif query.structural:
            answer = self.executor.answer(question, query)
        elif query.op is Op.CONTENT and self.query_reader.looks_structural(normalised):
            # A count, superlative or set question the rules could not read: ask back, never guess a task.
            return self._clarify(question, structural=True), Query(Op.CLARIFY, note="structural", text=normalised)
        elif same_task is not None and query.op is Op.CONTENT:
            # "互助呢" after what the task just shown says of 民和: that task says it of 互助 too.
            answer = self._answer(question, self.reader.read(normalised), task_hint=same_task)
        else:
            several = None
            if not history and query.op is Op.CONTENT:
                # A first question only: after an answer, the task shown is what a bare figure question means.
                u = self.reader.read(normalised)
                several = self._figure_in_several(question, u.text) if u.intent is Intent.FACT and not u.units else None
            answer = several or self._content(question, normalised, history, state)
        if notes and answer.in_scope:
            answer = replace(answer, answer="".join(notes) + "\n" + answer.answer)
        return answer, query

    def _unit_checked_on_topic(self, question: str, text: str) -> tuple[Answer, Query] | None:
        """ "工信局参与老旧小区改造吗": the task of the topic, found without the unit, checked for the unit.

        Ranking with the unit in the question would favour a task that names the unit (task 16 names 工信局, task
        21 does not), turning a "no" into a confident answer about the wrong task. The topic alone finds the task;
        the executor then says yes or no from its units lines, in the role the verb asks.
        """
        if not _CHECK_ASKED.search(text) or _OPEN_QUESTION.search(text):
            return None
        if self.answerability.realtime(text) is not None:
            return None  # "民和今天下雨没": a real-time fact, declined on the content path
        mentions = find_unit_mentions(text, self.reader.alias_table)
        # A county named without 政府 is a place ("循化县城…吗"), not a unit checked against a task.
        if not mentions or any(m.unit.endswith("人民政府") and "政府" not in m.surface for m in mentions):
            return None
        taken = {i for m in mentions for i in range(m.start, m.end)}
        rest = "".join(ch for i, ch in enumerate(text) if i not in taken)
        topic = re.sub(r"[\W_\d]", "", _CHECK_FRAMING.sub("", re.sub(r"^(?:那么|那)", "", rest)))
        if not _MIN_CHECKED_TOPIC <= len(topic) <= _MAX_CHECKED_TOPIC or _POINTS_BACK.search(topic):
            return None  # "那工信局参与吗", "这条有它吗": the task shown, read as a follow-up
        retrieval = self._retrieve(topic)
        if not retrieval.fused or not self._in_scope(retrieval):
            return None
        # The topic must be the notice's own wording, held by one task more than by any other ("老旧小区改造" in
        # task 21): a topic in everyday words ("孩子上学难，教育局管吗") is left to the content path, where the unit
        # helps find the task.
        best = phrase_owner(topic, self._task_texts, min_run=_MIN_CHECKED_PHRASE)
        if best is None or best not in {h.task for h in retrieval.fused[:_CHECKED_AMONG]}:
            return None
        if longest_common_substring(topic, self._task_texts[best]) < _CHECKED_SHARE * len(topic):
            return None  # most of the topic is not the notice's wording: a description, not a name
        leads, responsible = _LEAD_ASKED.search(text), _RESPONSIBLE_ASKED.search(text)
        role = QueryRole.ANY
        if leads and not responsible:
            role = QueryRole.LEAD
        elif responsible and not leads:
            role = QueryRole.RESPONSIBLE
        units = tuple(dict.fromkeys(UnitArg(m.unit, role) for m in mentions))
        note = "member" if _HAS_ASKED.search(text) else "check"
        query = Query(Op.LOOKUP, ASKED_OF_ROLE.get(role, Asked.UNITS), units=units, tasks=(best,), note=note, text=text)
        return self.executor.answer(question, query), query

    def _content(
        self, question: str, text: str, history: Sequence[str], state: Callable[[], State] = lambda: EMPTY
    ) -> Answer:
        """A question about the content: the understanding rules and retrieval."""
        understanding = self.reader.read(text)
        if history:
            within = self._picked_within_shown(understanding, text, state)
            if within is not None:
                return self._answer(question, understanding, task_hint=within)
            resolved = self._resolve_followup(understanding, history, state)
            if resolved is not None:
                return replace(resolved, question=question)
            current = self._current_task(understanding, state)
            if current is not None:
                return self._answer(question, understanding, task_hint=current)
        return self._answer(question, understanding)

    def _picked_within_shown(self, u: Understanding, text: str, state: Callable[[], State]) -> int | None:
        """ "其中哪条提到X" after a list: the listed task retrieval ranks first, when it ranks among the first few.

        The list bounds the answer: a task outside it is not what "其中" asks about.
        """
        if not _WITHIN_SHOWN.match(text) or len(state().tasks) < 2:
            return None
        shown = state().tasks
        fused = [h.task for h in self._retrieve(u.topic or u.text).fused]
        picked = next((n for n in fused if n in shown), None)
        return picked if picked is not None and fused.index(picked) < _WITHIN_SHOWN_RANK else None

    def _current_task(self, u: Understanding, state: Callable[[], State]) -> int | None:
        """The task a figure or date follow-up stays on ("每年至少几场" after a task was shown), if any.

        In a conversation the task just shown is the likeliest subject: a fact question naming no unit stays
        on it when retrieval ranks it among the first three for the question's own words.
        """
        placed = self._county_of_the_task_shown(u, state)
        if placed is not None:
            return placed
        if u.intent is not Intent.FACT or u.units or u.task is not None:
            return None
        current = state().one_task
        if current is None:
            return None  # after a list, which task is meant is not known
        if not any(t in self.answerability.vocabulary for t in self.answerability.focus(u.text)):
            return current  # "每个扩多大": no word of the notice of its own, so nothing else it could be about
        fused = self._retrieve(u.topic or u.text).fused
        ranked = [h.task for h in fused[:3]]
        if current not in ranked or ranked[0] == current:
            return None
        # Only when about as close as the first: a question naming another task's topic goes there.
        return current if self._close({h.task: h.score for h in fused}, ranked[0], current) else None

    def _county_of_the_task_shown(self, u: Understanding, state: Callable[[], State]) -> int | None:
        """The task just shown, when a content follow-up asks about a county that task speaks of.

        After task 1 was shown, "民和要建成什么" asks what task 1 says of 民和 (its sentence on 民和), not what
        retrieval finds for the words alone (task 2 also speaks of 民和). Only when every other content word of the
        question is the task's own wording or no task's: "民和的铝镁产值" after task 1 names task 5's topic and
        goes there.
        """
        places = [c for c in self.answerability.counties if c in u.text]
        # "循化县" reads as the county's government: as a place, it is no unit asked about.
        if u.intent not in (Intent.FACT, Intent.TOPIC) or u.task is not None:
            return None
        if any(not any(unit.startswith(p) for p in places) for unit in u.units):
            return None
        current = state().one_task
        if not places or current is None:
            return None
        task = self._tasks[current]
        if not any(all(p in s for p in places) for s in task.sentences):
            return None
        words = [w for w in self.answerability.focus(u.text) if not any(p in w for p in places)]
        # A word found in no task ("造成" of 打造成, as the tokenizer cuts it) points nowhere else either.
        elsewhere = [w for w in words if w not in task.text and any(w in t for t in self._task_texts.values())]
        return None if elsewhere else current

    def _next_state(self, state: State, answer: Answer, query: Query | None, *, last: bool = True) -> State:
        """What a follow-up to ``answer`` can refer to."""
        if query is not None and not answer.in_scope and answer.pointed is not None:
            # "化隆…几个" declined as one county's share of a joint figure, then "那互助呢": the same
            # question of the task the decline pointed at.
            pointed = answer.pointed
            recent = (*[t for t in state.recent if t != pointed], pointed)[-4:]
            return replace(state, tasks=(pointed,), query=query, question=query.text, remaining=(), recent=recent)
        if query is not None and query.op is Op.CLARIFY and query.note == "units" and len(query.units) == 1:
            # "住建局" alone was asked back ("您想了解…的什么"): "它牵头哪些" next is about that unit.
            unit = query.units[0].name
            return replace(state, unit=unit, recent_units=_recent_with(state.recent_units, unit))
        offered = _tasks_offered(answer)
        if len(offered) >= 2:
            # "您问的是哪一项：第4项…、第28项…" and then "那配合的呢", "第二个": the tasks offered were shown.
            listed = Query(Op.LIST, Asked.TASKS, tasks=offered, note="offered", text=query.text if query else "")
            return replace(
                state, tasks=offered, listed=offered, query=listed, remaining=(), units=(), offered=answer.suggestions
            )
        if query is not None and query.op is not Op.SMALLTALK and not answer.in_scope:
            # "林草局的办公地址在哪" declined, then "那它牵头哪些": the one unit the declined question named is "it".
            named = {m.unit for m in find_unit_mentions(query.text, self.reader.alias_table)}
            if len(named) == 1:
                unit = named.pop()
                return replace(state, unit=unit, recent_units=_recent_with(state.recent_units, unit))
            return state
        if query is None or query.op in (Op.SMALLTALK, Op.CLARIFY) or not answer.in_scope:
            return state
        shown = tuple(c.task for c in answer.citations)
        if query.note == "more" and not shown:
            return state
        if query.note == "counties named":
            # "是哪几个县" named the counties of the figure asked before: "那互助呢" asks that figure again.
            return replace(state, tasks=shown)
        unit = query.units[0].name if query.units and query.units[0].name else None
        remaining: tuple[int, ...] = ()
        if query.op is Op.CONTENT:
            u = self.reader.read(query.text)
            if u.intent is Intent.UNIT_TASKS and u.units:
                role = QueryRole.LEAD if u.role is Role.LEAD else QueryRole.ANY
                # "还有别的吗" after the tasks a unit leads: none, the list was complete (every writer of the
                # question sets read it so; "它当配合的呢" asks for the other role in so many words).
                query = Query(Op.LIST, Asked.TASKS, units=tuple(UnitArg(n, role) for n in u.units), text=query.text)
                # "X和Y分别牵头哪些", then "它牵头的…": either unit, asked back; one unit is "it".
                unit = u.units[0] if len(u.units) == 1 else None
            elif shown and last:
                ranking = self._retrieve(u.topic or u.text).fused
                close = [h.task for h in ranking if h.task not in shown][:3]
                remaining = tuple(close)
        if query.op in (Op.ARGMAX, Op.ARGMIN) and query.asked is Asked.UNITS:
            # "它一共几次" after "哪个部门牵头最多": the unit that answer named, when it named one.
            winners = self.executor.execute(query).units
            unit = winners[0] if len(winners) == 1 else unit
        if query.note.startswith("nth-unit:"):
            # "最后一个是哪个" picked one unit of a task's line: "它还配合了哪些" is that unit.
            picked = self.executor.execute(query).units
            unit = picked[0] if len(picked) == 1 else unit
        if (
            query.op is Op.FILTER
            and query.prop in (Property.LEAD_COUNT, Property.RESPONSIBLE_COUNT)
            and query.condition == Condition(Comparator.EQ, 1)
            and shown
        ):
            # "那个单位还配合了几项" after the tasks with one unit on a line: that unit, when it is one for all.
            lines = [
                self._tasks[n].lead_units if query.prop is Property.LEAD_COUNT else self._tasks[n].responsible_units
                for n in shown
            ]
            alone = {u for line in lines for u in line}
            unit = alone.pop() if len(alone) == 1 else unit
        if unit is None and state.unit is not None and len(shown) >= 2 and set(shown) == set(state.tasks):
            # "一共几项" after a unit's tasks counts the same list: "其中它牵头的" still means that unit.
            unit = state.unit
        units_shown: tuple[str, ...] = ()
        # One task's units only: after several tasks, "这两个" are the tasks, not the first task's units. A count of
        # one line ("配合单位几个") lists them too: "第四个是谁" counts on that line.
        line_counted = query.op is Op.COUNT and query.counted in ASKED_OF_COUNTED
        # A content answer's own task is its first; the related tasks it names after it show no units.
        own = shown[:1] if query.op is Op.CONTENT else shown
        if len(own) == 1 and (
            answer.intent in (Intent.LEAD, Intent.RESPONSIBLE) or query.op is Op.LOOKUP or line_counted
        ):
            task = self._tasks[own[0]]
            asked = query.asked if query.op is Op.LOOKUP else ASKED_OF_COUNTED[query.counted] if line_counted else None
            if answer.intent is Intent.LEAD or asked is Asked.LEAD_UNITS:
                units_shown = task.lead_units
            elif answer.intent is Intent.RESPONSIBLE or asked is Asked.RESPONSIBLE_UNITS:
                units_shown = task.responsible_units
            elif asked is Asked.UNITS:
                units_shown = task.units
            if query.op is Op.LOOKUP and query.excluded:
                # "第9项谁牵头，县政府不算" showed the line less those: "它" is what was shown.
                units_shown = tuple(u for u in units_shown if u not in query.excluded)
        listed = shown if len(shown) >= 2 else state.listed
        recent = (*[t for t in state.recent if t != shown[0]], shown[0])[-4:] if shown else state.recent
        recent_units = _recent_with(state.recent_units, unit) if unit else state.recent_units
        ranked = query if query.op in (Op.ARGMAX, Op.ARGMIN) else state.ranked if len(shown) <= 1 else None
        roles_listed: tuple[QueryRole, ...] = ()
        if query.op in (Op.LIST, Op.COUNT) and len(query.units) == 1 and unit is not None and not query.tasks:
            role = query.units[0].role
            before = state.roles_listed if state.unit == unit else ()
            roles_listed = tuple(dict.fromkeys((*before, role)))
        return State(
            tasks=shown,
            unit=unit,
            recent_units=recent_units,
            query=query,
            remaining=remaining,
            question=query.text,
            listed=listed,
            recent=recent,
            units=units_shown,
            ranked=ranked,
            roles_listed=roles_listed,
        )

    # --- dispatch -----------------------------------------------------------------------------
    def _answer(
        self, question: str, u: Understanding, *, task_hint: int | None = None, context_topic: str = ""
    ) -> Answer:
        if u.intent is Intent.OUT_OF_SCOPE:
            return self._decline(question)
        if u.intent is Intent.META:
            return self._meta(question, u)
        if u.intent is Intent.SECTION and u.section is not None:
            return self._section(question, u.section)
        if u.intent is Intent.UNIT_TASKS:
            return self._unit_tasks(question, u)
        hint = task_hint if task_hint is not None else u.task
        return self._about_task(question, u, task_hint=hint, context_topic=context_topic)

    def _matches_notice_words(self, text: str) -> bool:
        """Whether any token of ``text`` occurs in the notice ("5G" does; "alert('x')" does not)."""
        # Single characters ("1" in "OR 1=1") match everywhere; a real term has two or more.
        return any(len(token) > 1 and token in self.retriever.bm25.idf for token in self.tokenizer(text))

    def _touched_topic(self, text: str, note: str) -> str:
        """ "通知提到了X（见第N项）。" when a status or current-figure question is about a planned topic."""
        if note not in ("status", "current", "occasion", "reason", "name"):
            return ""
        known = [t for t in self.answerability.focus(text) if t in self.answerability.vocabulary and len(t) >= 2]
        if not known:
            return ""
        retrieval = self._retrieve(" ".join(known))
        if not retrieval.fused or not self._in_scope(retrieval):
            return ""
        task = self._tasks[retrieval.fused[0].task]
        found = [t for t in known if t in task.text]
        return f"通知提到了{'、'.join(found[:3])}（见{compose.task_label(task)}）。" if found else ""

    def _decline(self, question: str, reason: str = "", *, pointed: int | None = None) -> Answer:
        answer = compose.out_of_scope_answer(self.notice, self.suggestions, reason)
        return Answer(
            question=question,
            intent=Intent.OUT_OF_SCOPE,
            in_scope=False,
            answer=answer,
            suggestions=self.suggestions,
            pointed=pointed,
        )

    def _smalltalk(self, question: str, text: str) -> Answer:
        return Answer(
            question=question,
            intent=Intent.SMALLTALK,
            in_scope=True,
            answer=compose.smalltalk_answer(self.notice, text, self.suggestions),
            suggestions=self.suggestions,
        )

    def _clarify(self, question: str, suggestions: tuple[str, ...] = (), *, structural: bool = False) -> Answer:
        suggestions = suggestions or self.suggestions
        text = compose.clarify_structural_answer(suggestions) if structural else compose.clarify_answer(suggestions)
        return Answer(
            question=question,
            intent=Intent.CLARIFY,
            in_scope=True,
            answer=text,
            suggestions=suggestions,
        )

    def _beyond_the_last_task(self, question: str, text: str) -> Answer | None:
        """ "第999项谁牵头", "第九部分讲了什么": the notice has no such task or part; say how many it has instead."""
        last = max(self._tasks)
        for m in _TASK_NUMBER.finditer(text):
            n = read_number(m.group(1))
            if n is not None and n > last:
                rest = text[m.end() :].strip("，,、 的") or "讲了什么"
                final = f"第{self.notice.sections[-1].numeral}部分有哪些任务" if self.notice.sections else "有哪些任务"
                suggestions = (f"第{last}项{rest}", "一共有多少项任务", final)
                said = f"通知共有{last}项任务（第1至{last}项），没有第{n}项。"
                return self._not_in_notice(question, said, suggestions)
        parts = len(self.notice.sections)
        for m in _PART_NUMBER.finditer(text):
            n = read_number(m.group(1))
            if parts and n is not None and n > parts:
                # Of a notice in eight parts: say so, not a task of the nearest words.
                last_part = self.notice.sections[-1].numeral
                suggestions = (f"第{last_part}部分有哪些任务", "分了几个部分", "一共有多少项任务")
                said = f"通知共分{parts}个部分（第一至第{last_part}部分），没有第{chinese_numeral(n)}部分。"
                return self._not_in_notice(question, said, suggestions)
        return None

    @staticmethod
    def _not_in_notice(question: str, said: str, suggestions: tuple[str, ...]) -> Answer:
        """A clarifying answer: what the notice lacks, then the suggested questions."""
        text = compose.not_in_notice(said, suggestions)
        return Answer(question=question, intent=Intent.CLARIFY, in_scope=True, answer=text, suggestions=suggestions)

    def _role_task(self, text: str, state: Callable[[], State]) -> str | Answer:
        """ "公安局牵头的那一项…" → "第28项…" when the unit has one task in that role; several: ask which.

        Returns:
            The question with the task put in by number, the question as it was (no such phrase, no unit
            before it, or no task in that role), or a clarifying answer listing the unit's tasks in the role.
        """
        m = _ROLE_TASK.search(text)
        if m is None:
            return text
        if m.group("pronoun"):
            unit, start = state().unit, m.start()
        else:
            before = [u for u in find_unit_mentions(text, self.reader.alias_table) if u.end == m.start()]
            unit, start = (before[-1].unit, before[-1].start) if before else (None, m.start())
        if unit is None or re.search(r"除了?$", text[:start]):
            return text  # "除了它牵头那条，还…": that task set aside, the unit's others asked
        lead = m.group("role") == "牵头"
        tasks = [t for t in self.notice.tasks if unit in (t.lead_units if lead else t.responsible_units)]
        if len(tasks) == 1:
            # "公安牵头落户那件事 都有谁配合": the words describing the task go with the phrase.
            after = re.sub(r"^[^，,。？?\s]{1,8}?(的活儿?|的任务|的事儿?|的工作|那块)", "", text[m.end() :])
            return f"{text[:start]}第{tasks[0].number}项{after}"
        if not tasks:
            return text
        rest = text[m.end() :].strip("，,、 ") or "讲了什么"
        role = "牵头" if lead else "作为责任单位参与"
        return self._which_task(text, f"{unit}{role}的任务有{len(tasks)}项", tasks, rest)

    def _unit_task(self, text: str, state: Callable[[], State]) -> str | Answer:
        """ "林草局那项由谁配合" → "第13项由谁配合": the task of a unit, pointed at with 那项.

        The task is the one shown that names the unit; else the one it leads; else the one it is on. With
        several, which one is asked back (its tasks as suggestions); a unit on many tasks is left as it is.
        """
        for m in find_unit_mentions(text, self.reader.alias_table):
            that = _UNIT_THAT_TASK.match(text, m.end)
            if that is None:
                continue
            shown = [n for n in state().tasks if m.unit in self._tasks[n].units]
            led = [t.number for t in self.notice.tasks if m.unit in t.lead_units]
            on = [t.number for t in self.notice.tasks if m.unit in t.units]
            for picked in (shown, led, on):
                if len(picked) == 1:
                    return f"{text[: m.start]}第{picked[0]}项{text[that.end() :]}"
            offered = shown or (led if len(led) <= _MAX_TASKS_OFFERED_FOR_A_UNIT else [])
            if not offered or self.query_reader.read(text).op is Op.DECLINE:
                return text  # "住建局这项工作的对接人是谁": what no task says is declined, whichever task it is
            rest = text[that.end() :].strip("，,、 ") or "讲了什么"
            tasks = [self._tasks[n] for n in offered]
            return self._which_task(text, f"{m.unit}牵头的任务有{len(tasks)}项", tasks, rest)
        return text

    def _bare_reference(self, text: str) -> tuple[str, ...] | None:
        """With no earlier turn: a reference back ("那条", "上面说的") or a bare task number ("18").

        Returns:
            The suggestions to ask back with (``()``: the general ones), or None when neither.
        """
        number = re.fullmatch(r"(\d{1,2})[。.？?！!]?", text)
        ordinal = _BARE_ORDINAL.fullmatch(text)
        if ordinal is not None and ordinal.group(3) != "个" and not (ordinal.group(1) or ordinal.group(4)):
            # "第三十条" on its own names one task: it is shown whole (title, text, lead and responsible units).
            # "那第四条呢" is a follow-up to nothing, and "第三个" could count anything: both are asked back.
            return None
        if number is not None or ordinal is not None:
            n = int(number.group(1)) if number is not None else read_number(ordinal.group(2))
            return (f"第{n}项谁牵头", f"第{n}项讲了什么", f"第{n}项的责任单位有哪些") if n in self._tasks else ()
        if _BARE_LAST.fullmatch(text) or _SHOWN_BEFORE.search(text):
            return ()
        if not _BACK_REFERENCE.search(text) or re.search(r"最多|最少|第.多|第.少", text):
            return None  # "牵头单位最多的那一条" describes its task: a superlative, not a reference back
        # "污水处理那一项由谁牵头" names its topic; "乡村那条", "民和那个项目" name too little to pick one task.
        named = _UBIQUITOUS.sub("", strip_frame(_BACK_REFERENCE.sub("", text)))
        # "这条哪年完成": when a task is to be done is asked of it, as its figures are; "那条具体咋说的" asks
        # its words (general usage).
        named = re.sub(
            r"有|几个?|几项|多少|是|谁|哪一?年|什么时候|啥时候|几时|完成|截止|时限|期限|时间|哪(个|些|项|条)?"
            r"|什么|啥|要|目标|怎么|怎样|如何|咋|该|弄|办|具体|原文|内容|意思|(?:说|讲|写)(?:的|了)?",
            "",
            named,
        )
        named = re.sub(r"[\W_]", "", named)
        titled = sum(named in t.title for t in self._tasks.values()) == 1
        one = titled or sum(named in t.text for t in self._tasks.values()) == 1
        before = re.sub(
            r"[\W_]", "", re.sub(r"^(请问|问一下|那么|那|这)", "", text[: _BACK_REFERENCE.search(text).start()])
        )
        # "哪个局牵头托育那条": the framing before the topic is no part of it.
        opens_with_it = before == named or re.sub(r"[\W_]", "", strip_frame(before)) == named
        if len(named) == 2 and one and opens_with_it and not find_unit_mentions(text, self.reader.alias_table):
            return None  # "拉面那条", "医疗那条": a word one task's text or title alone has names its topic
        return () if len(named) <= 2 else None

    def _ambiguous_reference(self, question: str, text: str) -> Answer | None:
        """ "X那条…" with nothing before it, where X is in the titles of several tasks: ask which one.

        "那条" points at one task; when the words in front of it title two or more ("基础设施": tasks 8
        and 25), picking one would be a guess. Each task is offered as the same question about it.
        """
        m = _BACK_REFERENCE.search(text)
        if m is None or m.start() == 0:
            return None
        topic = re.sub(r"^(请问|问一下|那么|那|这)", "", text[: m.start()]).strip()
        if len(topic) < 2:
            return None
        tasks = [t for t in self.notice.tasks if topic in t.title]
        where = "的标题里"
        if not tasks and len(topic) == 2 and not find_unit_mentions(topic, self.reader.alias_table):
            # "落户那条": a word no title has and a few tasks' texts do (one alone names its task).
            tasks = [t for t in self.notice.tasks if topic in t.text]
            where = "里" if len(tasks) <= 3 else ""
        if not tasks and len(topic) >= 4:
            # "向乡村延伸覆盖那个任务": no title has the words, but two titles share them out between them (基础设施
            # 向乡村延伸, 公共服务向乡村覆盖): the asker blended two tasks, and picking one would be a guess.
            tasks = _blended_titles(topic, self.notice.tasks)
            where = "的标题里" if tasks else ""
            topic = "、".join(_title_words(topic, t.title) for t in tasks) if tasks else topic
        if len(tasks) < 2 or not where:
            return None
        rest = text[m.end() :].strip() or "讲了什么"
        return self._which_task(question, f"“{topic}”出现在{len(tasks)}项任务{where}", tasks, rest)

    def _offer_picked(self, text: str, state: State) -> str | None:
        """The offered question a bare pick names ("第二个", "28", "后面那个"), after a which-task question back."""
        if not state.offered or len(state.offered) != len(state.tasks):
            return None
        bare = re.sub(r"^(?:那|那么|就|要|选|是)*|(?:吧|呢|啊|的|那个|那条|那项|这个)*[。.!！?？]*$", "", text)
        number = re.fullmatch(r"第?\s*(\d{1,2})\s*(?:项|条)?", bare)
        if number is not None and int(number.group(1)) in state.tasks:
            return state.offered[state.tasks.index(int(number.group(1)))]
        place = re.fullmatch(r"第([一二三四1-4])个|(前面|前一个|前者|上面)|(后面|后一个|后者|下面|最后一个)", bare)
        if place is None:
            return None
        if place.group(1):
            i = read_number(place.group(1)) or 0
            return state.offered[i - 1] if 1 <= i <= len(state.offered) else None
        if len(state.offered) != 2:
            return None
        return state.offered[0] if place.group(2) else state.offered[-1]

    def _which_task(self, question: str, lead_in: str, tasks: Sequence[Task], rest: str) -> Answer:
        """Ask which of ``tasks`` is meant, offering the same question (``rest``) about each of the first four."""
        readings = tuple(f"第{t.number}项{rest}" for t in tasks[:4])
        listed = "、".join(compose.task_label(t) for t in tasks[:4]) + ("等" if len(tasks) > 4 else "")
        answer = f"{lead_in}：{listed}。您问的是哪一项？请点下面的问题。"
        return Answer(question=question, intent=Intent.CLARIFY, in_scope=True, answer=answer, suggestions=readings)

    def _which_unit_shown(self, question: str, names: Sequence[str], rest: str) -> Answer:
        """Ask which of the units just shown "它" means, offering the same question (``rest``) about each."""
        readings = tuple(f"{name}{rest}" for name in names[:4])
        answer = f"刚才说到{'、'.join(names)}，您问的是哪一个？请点下面的问题。"
        return Answer(question=question, intent=Intent.CLARIFY, in_scope=True, answer=answer, suggestions=readings)

    def _topic_for_that_task(self, text: str) -> str:
        """ "污水那一条谁来牵头" → "污水谁牵头" when the topic points at one task only (in titles, else in texts).

        A topic in several titles ("交通那条") was asked back about just before; one in no task is left as
        it is, and so is one found in several texts: 那条 then points at nothing the notice settles.
        """
        found = topic_that_task(text)
        if found is None:
            return text
        topic, start, end = found
        titled = [t for t in self.notice.tasks if topic in t.title]
        counts = {t.number: t.text.count(topic) for t in self.notice.tasks if topic in t.text}
        if len(titled) == 1:
            own = counts.pop(titled[0].number, 0)
            # "管网" titles task 11 but fills four others almost as much: which one is meant is unclear.
            one = len(counts) <= 1 or own >= 2 * max(counts.values())
        else:
            one = not titled and len(counts) == 1
        if not titled and not counts:
            # "防洪排涝那条": no task has the words together; one task has each of them ("防洪", "排涝").
            words = [w for w in self.tokenizer(topic) if len(w) >= 2]
            holding = [t for t in self.notice.tasks if words and all(w in t.text for w in words)]
            one = len(words) >= 2 and len(holding) == 1
        return text[:start] + text[end:] if one else text

    def _another_county(
        self, text: str, state: Callable[[], State], history: Sequence[str] = ()
    ) -> tuple[str, int | None]:
        """ "那民和呢" after a question about one county (or about no county): that question, of the one named.

        "剩下两个县呢" names the counties no earlier turn named.

        Returns:
            The earlier question with the county put in (in place of the one it named), or ``text`` unchanged;
            and the task the last answer rested on when its text names that county too (the same passage
            is asked of another county), else None.
        """
        rest = _OTHER_COUNTIES.fullmatch(text)
        if rest is not None:
            said = [c for c in self.answerability.counties if any(c in turn for turn in history)]
            others = [c for c in self.answerability.counties if c not in said]
            wanted = read_number(rest["n"]) if rest["n"] else len(others)
            if said and others and wanted == len(others):
                text = "那" + "和".join(f"{c}县" for c in others) + "呢"
                earlier = state().question
                named = [c for c in self.answerability.counties if c in earlier]
                if len(named) == 1 and state().query is not None and state().query.op is Op.CONTENT:
                    return re.sub(rf"{named[0]}(?:县)?", "和".join(f"{c}县" for c in others), earlier, count=1), None
            return text, None
        m = _COUNTY_ALONE.fullmatch(text)
        if m is None or m.group("county") not in self.answerability.counties:
            return text, None
        earlier, last = state().question, state().query
        about_content = last is not None and (
            last.op is Op.CONTENT or (last.op is Op.LOOKUP and last.asked in (Asked.TEXT, Asked.TARGET))
        )
        if not earlier or not about_content:
            return text, None
        county = m.group("county")
        named = [c for c in self.answerability.counties if c in earlier]
        if county in named:
            return text, None
        shown = state().one_task
        same = shown if shown is not None and named and county in self._tasks[shown].text else None
        if named:
            return re.sub(rf"{named[0]}(?:县)?", f"{county}县", earlier, count=1), same
        return f"{county}县{earlier}", None

    def _part_shown_before(self, history: Sequence[str]) -> int | None:
        """The part the latest turn before the last one named, when it differs from the last one's; else None."""
        last = self.reader.read(normalize_question(history[-1])).section
        for earlier in reversed(history[:-1]):
            section = self.reader.read(normalize_question(earlier)).section
            if section is not None:
                return section if section != last else None
        return None

    def _kind_owner(self, text: str) -> int | None:
        """ "打造成什么型县城": the one task that names a kind of that thing ("…打造为生态农牧型县城"), else None."""
        m = _KIND_ASKED.search(text)
        if m is None:
            return None
        kind_of = re.compile(rf"[\u4e00-\u9fff]{{2,8}}型{re.escape(m['thing'])}")
        owners = [n for n, t in self._task_texts.items() if kind_of.search(t)]
        return owners[0] if len(owners) == 1 else None

    def _two_counties_asked_again(self, text: str, state: Callable[[], State]) -> str | None:
        """ "那A县跟B县呢", "A和B分别多少" after a question about one county: that question, of both; else None.

        Both are put in where the earlier question named one county (or said "我们县"), as for "剩下两个县呢".
        Only when their figures could not be given side by side (:meth:`_county_figures_compared`).
        """
        pair = _TWO_COUNTIES_ALONE.fullmatch(text)
        if pair is None or pair["a"] == pair["b"] or not {pair["a"], pair["b"]} <= set(self.answerability.counties):
            return None
        earlier, last = state().question, state().query
        if last is None or not (last.op is Op.CONTENT or last.asked is Asked.TARGET):
            return None
        both = f"{pair['a']}县和{pair['b']}县"
        named = [c for c in self.answerability.counties if c in earlier]
        if len(named) == 1:
            return re.sub(rf"{named[0]}(?:县)?", both, earlier, count=1)
        own = re.sub(rf"{P.SELF_COUNTY_WORDS.pattern()}", both, earlier, count=1)  # "我们县青稞酒…"
        return own if own != earlier else None

    def _county_share_missing(self, question: str, text: str, state: Callable[[], State]) -> Answer | None:
        """ "那民和县呢" after a figure of a task that names no county: declined, as the notice gives no county's share.

        Quoting the task's figure again would present the whole city's number as the county's.
        """
        shown = state().one_task
        counties = [c for c in self.answerability.counties if c in text]
        if shown is None or len(counties) != 1 or not _FIGURE_ASKED.search(text):
            return None
        task = self._tasks[shown]
        figures = [sentence for sentence in task.sentences if re.search(r"\d", sentence)]
        if counties[0] in task.text or not figures or any(_EACH_COUNTY_FIGURE.search(f) for f in figures):
            return None  # "各县…每个储备库扩建800m2": the same figure holds for every county
        said = f"通知没有分县写出这个数字，{counties[0]}县的份额没有写（见{compose.task_label(task)}）。"
        return self._decline(question, said, pointed=shown)

    def _figures_compared(self, question: str, text: str, history: Sequence[str]) -> Answer | None:
        """ "哪个比例更高" after two figures were quoted: the two compared, the higher (or lower) one first.

        Only when the last two answers each quoted one task's sentence with a figure of the same kind (a
        percentage, or a number with the same measure word); otherwise other rules decide.
        """
        m = _WHICH_FIGURE.fullmatch(text)
        if m is None:
            return None
        quoted: list[tuple[Citation, float, str]] = []
        for i in (len(history) - 2, len(history) - 1):
            figure = _quoted_figure(self.ask(history[i], history[:i]), (Intent.FACT, Intent.TOPIC))
            if figure is None:
                return None
            quoted.append(figure)
        (_, a, unit_a), (_, b, unit_b) = quoted
        if unit_a != unit_b or a == b:
            return None  # not of one kind, or equal: said by the answers themselves
        return _higher_of_two(question, quoted, m.group("dir"))

    def _each_county_declined(self, question: str, text: str, history: Sequence[str]) -> Answer | None:
        """ "各县分别几处" after a figure: declined as each county's share is, when the notice gives none of them.

        None (other rules decide) when any county's share is answered.
        """
        m = _EACH_COUNTY_ASKED.match(text)
        if m is None or not self.answerability.counties:
            return None
        said = [self.ask(f"{c}{m.group('rest')}", history) for c in self.answerability.counties]
        if any(a.in_scope for a in said):
            return None
        # The task each county's decline looked in ("见第6项「…」"), said once.
        seen = re.search(r"（见第\d+项「[^」]+」）", said[0].answer)
        return self._decline(question, f"通知没有分县写出这个数字{seen.group(0) if seen else ''}。")

    def _figure_against_named(self, question: str, text: str, history: Sequence[str]) -> Answer | None:
        """ "跟失业率上限比谁低" after a figure was quoted: it against the figure the words name.

        The named figure is what "X是多少" would quote; only when both are of one kind and differ.
        """
        m = _AGAINST_A_FIGURE.match(text)
        if m is None or any(c in m.group("other") for c in self.answerability.counties):
            return None  # "跟循化比哪个高" compares counties: the county rule's
        quoted: list[tuple[Citation, float, str]] = []
        for said in (self.ask(history[-1], history[:-1]), self._respond(f"{m.group('other')}是多少", [], EMPTY)[0]):
            figure = _quoted_figure(said)
            if figure is None:
                return None
            quoted.append(figure)
        (_, a, unit_a), (_, b, unit_b) = quoted
        if unit_a != unit_b or a == b:
            return None
        return _higher_of_two(question, quoted, m.group("dir"))

    def _county_figures_compared(self, question: str, text: str, history: Sequence[str]) -> Answer | None:
        """ "循化和化隆谁的高", "哪个县最低", "化隆和循化呢" after one county's figure was quoted: the counties'
        figures in that passage, compared (or, for "…呢", both given).

        Each county's figure is what "那化隆呢" would quote; only when all are of one kind (a percentage, or
        a number with the same measure word) and each sentence names its county; otherwise other rules decide.
        """
        m = _TWO_COUNTIES.match(text)
        which_county = _WHICH_COUNTY.fullmatch(text)
        if which_county is not None:
            counties, direction = tuple(self.answerability.counties), which_county.group("dir")
        elif m is not None and m.group("a") != m.group("b"):
            counties = (m.group("a"), m.group("b"))
            which = _WHICH_FIGURE.fullmatch(text[m.end() :])
            both = re.fullmatch(r"(?:的)?(?:呢|的呢|分别呢|分别是多少|各是多少|各多少)[？?]?", text[m.end() :])
            same = _SAME_FIGURE.fullmatch(text[m.end() :])
            if which is None and both is None and same is None:
                return None
            direction = which.group("dir") if which is not None else "=" if same is not None else ""
        else:
            return None
        if len(counties) < 2 or not set(counties) <= set(self.answerability.counties):
            return None
        quoted = self._county_figures(counties, history)
        if quoted is None:
            return None
        names = [f"{c}县" for c in counties]
        values = [v for _, v, _ in quoted]
        lines = [
            f"{n}：{_format_figure(v, u)}（第{c.task}项「{c.title}」：「{c.evidence}」）"
            for n, (c, v, u) in zip(names, quoted, strict=True)
        ]
        cited = tuple({c.task: c for c, _, _ in reversed(quoted)}.values())[::-1]
        each = "、".join(f"{n}{_format_figure(v, u)}" for n, (_, v, u) in zip(names, quoted, strict=True))
        if not direction:
            head = each + "。"
        elif direction == "=":
            # "两个县的数一样吗": yes or no, with each figure.
            head = f"{'一样' if len(set(values)) == 1 else '不一样'}：{each}。"
        else:
            best = (max if direction in "高多大" else min)(values)
            top = [n for n, v in zip(names, values, strict=True) if v == best]
            figure = _format_figure(best, quoted[0][2])
            if len(top) == len(names):
                head = f"{'和'.join(names)}一样，都是{figure}。"
            elif len(names) == 2:
                other = next(i for i, n in enumerate(names) if n not in top)
                beaten = _format_figure(values[other], quoted[other][2])
                head = f"{top[0]}（{figure}）比{names[other]}（{beaten}）更{direction}。"
            else:
                head = f"{'和'.join(top)}{'并列' if len(top) > 1 else ''}最{direction}，{figure}。"
        said = head + "\n" + "\n".join(lines)
        return Answer(question=question, intent=Intent.FACT, in_scope=True, answer=said, citations=cited)

    def _which_county_meant(self, question: str, text: str, history: Sequence[str]) -> Answer | None:
        """Asked back which county is meant, when any one quoted would be a guess.

        "它主打啥产业" right after a question naming two counties: 它 is either. "产值目标多少" as a first question:
        one task gives that figure county by county, in a sentence for each, and no county is named.
        """
        counties = self.answerability.counties
        if any(c in text for c in counties) or find_unit_mentions(text, self.reader.alias_table):
            return None
        if history:
            it = _IT_OPENING.match(text)
            before = normalize_question(history[-1])
            named = [c for c in counties if c in before]
            if it is None or len(named) < 2 or find_unit_mentions(before, self.reader.alias_table):
                return None
            rest = text[it.end() :]
        else:
            if (
                not _FIGURE_ASKED.search(text)
                or _TASK_ASKED.search(text)
                or self.reader.read(text).intent is not Intent.FACT
            ):
                return None  # "哪项任务写了产值" asks which task; "第12项…" names it
            words = {w for w in self.tokenizer(text) if w not in _FIGURE_FRAMING_WORDS and len(w) >= 2}

            def county_of(sentence: str) -> str | None:
                # A sentence with the asked words and a figure, about exactly one county.
                if not re.search(r"\d", sentence) or not all(w in sentence for w in words):
                    return None
                about = [c for c in counties if c in sentence]
                return about[0] if len(about) == 1 else None

            per_task = [{county_of(s) for s in t.sentences} - {None} for t in self.notice.tasks] if words else []
            holding = [sorted(named, key=counties.index) for named in per_task if named]
            if len(holding) != 1 or len(holding[0]) < 2:
                return None
            named, rest = holding[0], "的" + text
        suggestions = tuple(f"{c}县{rest}" for c in named)
        said = compose.which_county_answer([f"{c}县" for c in named], suggestions)
        return replace(self._clarify(question, suggestions), answer=said)

    def _two_lists_added(self, text: str, history: Sequence[str], *, both_roles: bool = False) -> Query | None:
        """ "两个加一起几条" after two lists of tasks (a unit's lead tasks, then its others): both, counted.

        Each task once. Only lists: a content answer cites related tasks besides its own, which are no list.
        With ``both_roles`` (the last two lists were one unit's, in each role) "总共几条" adds them too.
        """
        overlap = _TWO_OVERLAP.fullmatch(text)
        total = both_roles and _TOTAL_OF_BOTH_ROLES.fullmatch(text)
        if not (_TWO_ADDED.fullmatch(text) or overlap or total):
            return None
        answers = [self.ask(history[-2], history[:-2]), self.ask(history[-1], history[:-1])]
        lists = (Intent.UNIT_TASKS, Intent.QUERY, Intent.SECTION)
        if not all(a.in_scope and a.citations and a.intent in lists for a in answers):
            return None
        first, second = ({c.task for c in a.citations} for a in answers)
        if overlap:
            # "两者都有的是哪些": the tasks both lists hold.
            return Query(Op.LIST, Asked.TASKS, tasks=tuple(sorted(first & second)), note="two overlap", text=text)
        tasks = tuple(sorted(first | second))
        return Query(Op.COUNT, Asked.COUNT, tasks=tasks, counted=Counted.TASKS, note="two added", text=text)

    def _counties_of_last(self, question: str, text: str, history: Sequence[str]) -> Answer | None:
        """ "是哪几个县" after a task's answer: the counties the sentence quoted names (or the task's text does).

        Not the notice's four counties: after a figure of funeral service points the question is which counties it is
        for ("化隆县和民和县建设…17个").
        """
        if not _WHICH_COUNTIES.fullmatch(text):
            return None
        last = self.ask(history[-1], history[:-1])
        if not last.in_scope or not last.citations:
            return None
        task = self._tasks[last.citations[0].task]
        counties = self.answerability.counties
        source = last.citations[0].evidence
        if not any(c in source for c in counties):
            source = "".join(s for s in task.sentences if any(c in s for c in counties))
        if not source:
            return None  # a task of 各县人民政府 names no county: which counties those are is the notice's own
        named = "、".join(f"{c}县" for c in sorted((c for c in counties if c in source), key=source.find))
        said = f"{compose.task_label(task)}点名的县：{named}。\n{compose.quote(source)}"
        cited = (Citation.of(task, evidence=source, score=1.0),)
        return Answer(question=question, intent=Intent.FACT, in_scope=True, answer=said, citations=cited)

    def _county_figures(
        self, counties: Sequence[str], history: Sequence[str]
    ) -> list[tuple[Citation, float, str]] | None:
        """Each county's figure in the passage last asked about, as "那化隆呢" would quote it; None unless all are
        quoted from a sentence naming their county, with a figure of one kind."""
        last = self.ask(history[-1], history[:-1])
        quoted: list[tuple[Citation, float, str]] = []
        for county in counties:
            # The county the last answer quoted is that answer; "那民和呢" right after 民和 is no new question.
            quoted_it = last.citations and county in last.citations[0].evidence
            said = last if quoted_it else self.ask(f"那{county}呢", history)
            figure = _quoted_figure(said, naming=county)
            if figure is None:
                return None
            quoted.append(figure)
        return quoted if len({u for _, _, u in quoted}) == 1 else None

    def _leans_back(self, text: str) -> bool:
        """Whether a question only refers to an earlier answer: a reference and no content word of its own."""
        if not _REFERS_BACK.search(text) or find_unit_mentions(text, self.reader.alias_table):
            return False
        return not self.smalltalk.content_words(text)

    def _unnamed_unit(self, text: str) -> tuple[str, tuple[str, ...]] | None:
        """A unit named only by its kind ("局里", "那个局"), and questions that name a unit in its place.

        Returns:
            The words as typed and up to three readings with the city units that lead most tasks (the ones
            the question names left out), or None when every unit is named.
        """
        if _UNIT_ASKED.search(text):
            # "单位里谁牵头最多": the unit is what is asked, not one referred to.
            return None
        mentions = find_unit_mentions(text, self.reader.alias_table)
        for m in _UNNAMED_UNIT.finditer(text):
            # "民政局里": the 局 closes a unit's name, which is named.
            if any(u.start <= m.start() < u.end for u in mentions):
                continue
            named = {u.unit for u in mentions}
            units = [u for u in self._busiest_units if u not in named][:3]
            return m.group(0), tuple(text[: m.start()] + u + text[m.end() :] for u in units)
        return None

    def _look_at_unit(self, text: str) -> str:
        """ "先看金融办", "再看看应急局这块" → "<unit>参与了哪些任务": a unit to look at is its tasks."""
        m = _LOOK_AT.fullmatch(text)
        if m is None:
            return text
        mentions = find_unit_mentions(m["who"], self.reader.alias_table)
        if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(m["who"]):
            return text
        return f"{mentions[0].unit}参与了哪些任务"

    def _only_units(self, text: str) -> tuple[str, ...]:
        """The units a question names when it names nothing else ("住建局", "卫健委 民政局？"); () otherwise."""
        mentions = find_unit_mentions(text, self.reader.alias_table)
        rest = text
        for m in reversed(mentions):
            rest = rest[: m.start] + rest[m.end :]
        if not mentions or re.sub(r"[\W_]|和|与|跟|及|呢|吗|嘛|啊|呀", "", rest):
            return ()
        return tuple(dict.fromkeys(m.unit for m in mentions))

    def _ask_what_of_units(self, question: str, units: tuple[str, ...]) -> Answer:
        """Ask back what is wanted of units named with no question ("发改委？")."""
        if len(units) == 1:
            unit = units[0]
            suggestions = (f"{unit}牵头哪些任务", f"{unit}参与了哪些任务", f"{unit}牵头几项任务")
        else:
            pair = "和".join(units[:2])
            suggestions = (f"{pair}都参与的任务", f"{units[0]}牵头哪些任务", f"{units[1]}牵头哪些任务")
        answer = f"您想了解{'、'.join(units)}的什么？例如：{'；'.join(f'“{s}”' for s in suggestions)}。"
        return Answer(question=question, intent=Intent.CLARIFY, in_scope=True, answer=answer, suggestions=suggestions)

    def _ask_unit(self, question: str, surface: str, readings: tuple[str, ...], *, what: str = "单位") -> Answer:
        answer = f"“{surface}”指的是哪个{what}？请把{what}名称说完整" + (
            f"，例如：{'；'.join(f'“{r}”' for r in readings)}。" if readings else "。"
        )
        return Answer(question=question, intent=Intent.CLARIFY, in_scope=True, answer=answer, suggestions=readings)

    def _fragment(self, text: str) -> bool:
        """A content question with nothing to look for: only role words or the notice's own subject ("县城")."""
        rest = _UBIQUITOUS.sub("", strip_frame(text))
        if _EVERY_TASK_HAS.search(rest):
            # "有哪些要求": what every task has, with only a verb of having or saying around it.
            rest = re.sub(r"^(?:都)?(?:有|提出了?|提了?|定了?)", "", _EVERY_TASK_HAS.sub("", rest))
        # "有几个", "一共多少": a count of nothing named.
        rest = re.sub(r"^(?:有|是)?$", "", _COUNT_OF_NOTHING.sub("", rest))
        # "对吗", "是不是" alone: a check of something not said.
        rest = re.sub(r"^(?:对|对不对|是不是|没错|是这样)(?:么|嘛|不)?$", "", rest)
        return not re.sub(r"[\W_]", "", rest)

    def _which_unit(self, question: str, text: str, name: UnitName) -> Answer:
        """Ask back which unit an ambiguous short form ("资源局") means, each reading a suggestion."""
        readings = [text[: name.start] + unit + text[name.start + len(name.surface) :] for unit in name.candidates]
        answer = compose.which_unit_answer(name.surface, name.candidates)
        return Answer(
            question=question, intent=Intent.CLARIFY, in_scope=True, answer=answer, suggestions=tuple(readings)
        )

    def _unknown_unit(self, question: str, surface: str) -> Answer:
        return self._decline(question, f"通知列出的牵头单位和责任单位中没有“{surface}”。")

    def _other_place(self, question: str, place: str) -> Answer:
        # A notice whose issuer names no place (a table excerpt) has no home place to name.
        if place.endswith(("镇", "乡")):
            # A town may well lie in the notice's own city: the notice names none by this name.
            return self._decline(question, f"通知没有写到{place}，也没有按乡镇分解任务。")
        home = f"只涉及{self._home}，" if self._home else ""
        return self._decline(question, f"通知{home}没有写{place}的情况。")

    def _asks_about_unit(self, text: str, surface: str) -> bool:
        """Whether an unknown unit is the question's subject ("烟草局负责哪几项"), not a facility asked about."""
        before = text[: text.find(surface)]
        mention = r"(?:提到|提及|提了|涉及|写到|写了|说到|讲到|包含|含有)(?:了)?"
        if re.search(mention + "$", before) or re.match(mention, surface):
            # "提到敬老院的任务": a word looked for in the text, not a unit asked about.
            return False
        after = text[text.find(surface) + len(surface) :]
        # "关于退役军人事务局这块，方案里有它的事吗": the unit is the subject of a question about tasks.
        about_its_tasks = re.match(r"(这一块|这块|这边|那边|方面)", after) and re.search(
            r"任务|哪项|哪一项|分工|职责", after
        )
        return bool(_UNIT_SUBJECT.match(after) or about_its_tasks)

    def _foreign_place(self, text: str) -> str | None:
        """Another place as the question's subject.

        That is a place the notice does not name, or "X市" / "X的" for a neighbour it only mentions.
        """
        for place in sorted((*PROVINCES, *CITIES), key=len, reverse=True):
            start = text.find(place)
            if start < 0 or place in self._home or any(place in alias for alias in self.reader.alias_table):
                continue
            if text[start : start + len(place) + 2] in self._notice_text:
                # A name the notice itself uses ("西宁绕城高速"): a topic of the notice, not another place.
                continue
            after = text[start + len(place) : start + len(place) + 1]
            at_start = not re.sub(r"^(请问|问一下|我想知道|想问|那|在)", "", text[:start])
            # The place is the subject: it opens the question or is named as a city, province or district.
            # A neighbour the notice names (西宁) is declined only as "西宁市…" or opening "西宁的…".
            as_subject = after in ("市", "省", "区", "州") or (at_start and after not in ("、", "和", "到", "，"))
            if as_subject and (place not in self._places or (after != "" and (after in "市省区州" or at_start))):
                return place
        county = _COUNTY_AT_START.match(text)
        if county is not None and county[1] + county[2] not in self._notice_text:
            # A county the notice never names, of any province: no table lists them all, so jieba's tagger tells a
            # place name ("大通县", "湟中" + 区) from words before 县 or 区 ("老小区", "除了县政府").
            first = tagger().lcut(text[county.start(1) :])[0]
            if first.flag == "ns" and county[1] + county[2] in (first.word, first.word + county[2]):
                return county[1] + county[2]
        # A town may follow its county's name, which is no part of it ("X县Y镇", "X Y镇"); a township (乡) only
        # there, since 乡 alone ends too many everyday words ("城里乡下").
        counties = "|".join(map(re.escape, self.answerability.counties))
        after_county = re.sub(rf"(?:{counties})县?", "，县", text) if counties else text
        town = _TOWN.search(after_county)
        if town is None or (town[2] == "乡" and not after_county[: town.start(1)].endswith("县")):
            return None
        named = town[1] + town[2]
        # A town the notice names, in its text or in a unit's name ("相关镇街区" of another notice's lines), is no
        # other place; one it never names is: its tasks stop at the counties.
        aliases = self.reader.alias_table
        if named in self._notice_text or any(named in name for name in (*aliases, *aliases.values())):
            return None
        return named

    def _message(self, question: str, text: str) -> Answer:
        return Answer(
            question=question, intent=Intent.OUT_OF_SCOPE, in_scope=False, answer=text, suggestions=self.suggestions
        )

    # --- follow-ups -------------------------------------------------------------------------
    def _context(self, history: Sequence[str]) -> _Context | None:
        """The most recent earlier turn that was about a task or a unit."""
        for i in range(len(history) - 1, -1, -1):
            if self.smalltalk.is_smalltalk(history[i]):
                continue  # "你好，问个事": a greeting names no task, whatever retrieval finds for its words
            u = self.reader.read(history[i])
            if u.leans_on_history and i > 0:
                earlier = self._context(history[:i])
                if earlier is not None:
                    u = self._merge(u, earlier)
                    if u.intent is Intent.UNIT_TASKS or u.task is not None:
                        return _Context(u, u.task)
            if u.intent is Intent.UNIT_TASKS and u.units:
                return _Context(u, None)
            if u.intent in (Intent.META, Intent.SECTION):
                continue
            if u.task is not None:
                return _Context(u, u.task)
            retrieval = self._retrieve(u.topic or u.text)
            if retrieval.fused and self._in_scope(retrieval):
                return _Context(u, self._titled_first(u.text, [h.task for h in retrieval.fused])[0])
        return None

    def _merge(self, u: Understanding, context: _Context) -> Understanding:
        """Fill what a follow-up leaves out from the earlier turn."""
        previous = context.understanding
        if previous.intent is Intent.UNIT_TASKS and previous.units:
            role = u.role
            if re.search(r"参与|配合|涉及|负责", u.text):
                role = Role.ANY
            elif re.search(r"牵头", u.text):
                role = Role.LEAD
            if u.units and u.intent not in (Intent.LEAD, Intent.RESPONSIBLE):
                return replace(u, intent=Intent.UNIT_TASKS, role=role or previous.role)
            if not u.units and u.intent is not Intent.FACT:
                return replace(u, intent=Intent.UNIT_TASKS, units=previous.units, role=role or previous.role)
        # A bare follow-up ("那配合单位有哪些") inherits the earlier topic, so a third turn still knows it.
        topic = u.topic if len(_GENERIC.sub("", u.topic)) >= 2 else previous.topic
        return replace(u, task=u.task if u.task is not None else context.task, topic=topic)

    def _resolve_followup(
        self, u: Understanding, history: Sequence[str], state: Callable[[], State] = lambda: EMPTY
    ) -> Answer | None:
        # "那需要…配合": a bare 需要 names no topic of its own.
        own_words = re.sub(r"需要|要", "", _GENERIC.sub("", u.topic))
        explicit = re.search(
            r"这项|该项|此项|它|其|这个|那个|上述|这条|那条|那项|这一条|那一条|这一项|那一项"
            r"|^(?:那|那么)?(?:里面|这里面|里头|这里头|其中|当中|这里边|里边)",
            u.text,
        )
        if u.intent in (Intent.META, Intent.SECTION) or u.task is not None:
            return None
        if not explicit and (len(own_words) >= 3 or (not u.leans_on_history and len(own_words) >= 2)):
            # The question names its own topic ("那垃圾处理呢，谁牵头"): answer it on its own.
            return None
        if u.intent is Intent.UNIT_TASKS:
            return None
        context = self._context(history)
        shown = state().tasks
        if context is None and len(shown) == 1:
            # The earlier words name no task ("第三部分的头一条讲啥" reads as a part), but the last answer
            # showed one: that is the task meant.
            context = _Context(u, shown[0])
        if context is None:
            return None
        if len(shown) == 1 and context.task is not None and context.task != shown[0]:
            # The last answer showed one task ("第三个谁牵头" after a part's list): that is the task meant,
            # not what the earlier words alone retrieve.
            context = _Context(context.understanding, shown[0])
        # "这条谁配合" after a unit's one task: 这条 is that task, as a bare "谁配合" is.
        who = _WHO_IN_ROLE.fullmatch(
            re.sub(r"^(?:那|那么)?(?:这条|这项|该项|此项|这一条|这一项)", "", u.text.strip("？?。 "))
        )
        if context.understanding.intent is Intent.UNIT_TASKS and who and len(shown) == 1:
            # "谁牵头", "牵头是谁" after a unit's one task: who has that role on the task, not the unit's
            # tasks in that role.
            intent = Intent.LEAD if "牵头" in (who.group("role"), who.group("role2")) else Intent.RESPONSIBLE
            return self._answer(u.text, replace(u, intent=intent, task=shown[0]), task_hint=shown[0])
        if (
            context.understanding.intent is Intent.UNIT_TASKS
            and len(shown) == 1
            and explicit
            and not _ROLE_OR_UNIT_WORD.search(u.text)
            and self._says_of_task(u.text, shown[0])
        ):
            # "那条里的那个办法叫啥" after a unit's one task: what that task says, not the unit's tasks again.
            about = replace(u, intent=u.intent if u.intent is Intent.FACT else Intent.TOPIC, task=shown[0])
            return self._answer(u.text, about, task_hint=shown[0])
        merged = self._merge(u, context)
        if merged.intent is Intent.UNIT_TASKS:
            return self._unit_tasks(u.text, merged)
        if merged.task is None:
            return None
        if merged.intent is Intent.TOPIC and u.units and len(own_words) < 3:
            # "配合的有人行吗": a unit named about the earlier task → its units.
            merged = replace(merged, intent=Intent.RESPONSIBLE)
        return self._answer(u.text, merged, task_hint=merged.task, context_topic=context.understanding.topic)

    def _says_of_task(self, text: str, number: int) -> bool:
        """Whether a word of ``text`` (not a pointer like 那条 or 还有) is in the words of task ``number``."""
        body = self._tasks[number].text
        return any(
            len(token) >= 2 and token in body and not (_TASK_POINTED.fullmatch(token) or _POINTER_WORD.fullmatch(token))
            for token in self.tokenizer(text)
        )

    # --- answers about one task (lead, responsible, fact, topic) ---------------------------
    def _about_task(self, question: str, u: Understanding, *, task_hint: int | None, context_topic: str = "") -> Answer:
        query = u.topic if len(u.topic) >= 2 else u.text
        if context_topic:
            # A follow-up ("这项由谁牵头") quotes the sentence the earlier question was about.
            query = f"{context_topic} {u.topic}".strip()
        retrieval = self._retrieve(query)
        if task_hint is not None:
            ranked = [task_hint] + [h.task for h in retrieval.fused if h.task != task_hint]
        else:
            if not retrieval.fused or not self._in_scope(retrieval):
                return self._decline(question)
            ranked = [h.task for h in retrieval.fused]
            owner = phrase_owner(re.sub(r"[\W_]", "", query), self._task_texts, min_run=_MIN_PHRASE)
            owner = owner if owner is not None else self._kind_owner(u.text)
            if owner is not None:
                ranked = [owner, *(n for n in ranked if n != owner)]
            if u.intent in (Intent.TOPIC, Intent.LEAD, Intent.RESPONSIBLE):
                # Only for "what does this unit do" questions: a figure asked of a unit's task is found by its
                # words (a unit-first ranking cost fact answers on a reported set; see README).
                ranked = self._involving(u.units, ranked)
            ranked = self._placed_first(query, u.text, ranked)
            top = [self._tasks[n] for n in ranked[:3]]
            # "…去哪办" read as asking who is responsible is still a person's procedure.
            checked = u.intent in (Intent.FACT, Intent.TOPIC) or self.answerability.asks_procedure(u.text)
            gap = self.answerability.realtime(u.text) or (
                self.answerability.missing(u.text, top) or self.answerability.unanswerable(u.text, top)
                if checked
                else None
            )
            if gap is not None:
                # A decline that names the task it looked in ("见第22项"): a follow-up goes on from that task
                # (another county's share, "那互助呢"; who leads it, "这个归谁牵头"). Not when the question was
                # about a unit: "它" next is that unit. Other declines leave nothing to refer to (what "这个"
                # means after them is asked back).
                named = compose.task_label(self._tasks[ranked[0]]) in gap
                county = any(c in u.text for c in self.answerability.counties)
                pointed = ranked[0] if named and (county or not u.units) else None
                return self._decline(question, gap, pointed=pointed)
        which_number = _WHICH_NUMBER_ASKED.search(u.text) if task_hint is None and not u.units else None
        if which_number:
            ranked = self._titled_first(u.text, ranked)
        elif task_hint is None and not u.units and u.intent in (Intent.LEAD, Intent.RESPONSIBLE):
            ranked = self._opening_first(u.topic, ranked)
        scores = {h.task: h.score for h in retrieval.fused}
        query_tokens = self.tokenizer(query)
        # A follow-up about the task just shown rests on that task alone. Otherwise the answer rests on the task it
        # gives and on those it names as about as close; a task retrieval merely ranked next is no part of it, and
        # citing it would offer a pile of passages as the answer (so no evidence is looked up for it either).
        candidates = ranked[: 1 if task_hint is not None else self.max_citations]
        cited = [candidates[0], *(n for n in candidates[1:] if self._close(scores, ranked[0], n))]
        # The counties the question names: a figure or a type is quoted from the sentence about them.
        places = tuple(c for c in self.answerability.counties if c in u.text)
        citations = [
            self._cite(
                self._tasks[n],
                retrieval,
                query_tokens,
                scores.get(n, 0.0),
                # "提到哪几种灾害" asks which kinds, not a figure: any sentence may answer it.
                prefer_numbers=u.intent is Intent.FACT and not _WHICH_KINDS.search(u.text),
                prefer_targets=bool(_TARGET_ASKED.search(u.text)),
                prefer_types=bool(_TYPE_ASKED.search(u.text)),
                places=places,
            )
            for n in cited
        ]
        primary = self._tasks[ranked[0]]
        lead = citations[0]
        if u.intent is Intent.LEAD:
            text = f"{compose.lead_sentence(primary)}\n{compose.quote(lead.evidence)}"
        elif u.intent is Intent.RESPONSIBLE:
            text = f"{compose.responsible_sentence(primary)}\n{compose.quote(lead.evidence)}"
        elif u.intent is Intent.FACT:
            text = (
                f"根据{compose.task_label(primary)}：「{lead.evidence}」\n"
                f"牵头单位：{compose.units_text(primary.lead_units)}；责任单位：{compose.units_text(primary.responsible_units)}。"
            )
        elif u.task is not None and task_hint == u.task:
            # "第32项讲了什么": the whole task, not one sentence.
            text = f"{compose.topic_sentence(primary)}\n{compose.quote(primary.text)}"
        else:
            text = f"{compose.topic_sentence(primary)}\n{compose.quote(lead.evidence)}"
        if u.intent in (Intent.FACT, Intent.TOPIC, Intent.LEAD, Intent.RESPONSIBLE):
            site = self.answerability.missing_site(u.text, primary)
            if site is not None:
                # "…选在哪个乡镇": the notice plans it but names no site; the task is pointed to, not quoted.
                return self._decline(question, site)
        if u.intent in (Intent.FACT, Intent.TOPIC):
            undated = self.answerability.missing_date(u.text, [primary])
            if undated is not None and task_hint is None and (_DATED_ASK.search(u.text) or _LENGTH_ASK.search(u.text)):
                # "X产值70亿元是哪年达到": the date of a figure quoted, which the notice does not give; the task
                # is pointed to, not quoted.
                return self._decline(question, undated)
            if undated is not None:
                text += "\n" + undated
        others = [self._tasks[n] for n in cited[1:]]
        if which_number:
            # "养老那块是第几条": the number of one task is asked; others are named only when as close.
            text = f"{compose.topic_sentence(primary)}\n{compose.quote(lead.evidence)}"
        if others and task_hint is None:
            text += "\n" + compose.also_related(others)
        return Answer(question=question, intent=u.intent, in_scope=True, answer=text, citations=tuple(citations))

    def _figure_in_several(self, question: str, text: str) -> Answer | None:
        """ "覆盖率该是多少": a figure whose words several tasks' figures share, with nothing to pick one; asked back.

        Every word the question has besides the framing of a figure ask must be in one sentence with a number; when
        two or more tasks have such a sentence, any one quoted would be a guess.
        """
        words = {w for w in self.tokenizer(text) if w not in _FIGURE_FRAMING_WORDS and (len(w) >= 2 or w.isdigit())}
        if not words:
            return None

        def has(word: str, sentence: str) -> bool:
            # "比例" is said of any percentage ("…率达到90%" sets a share without the word).
            return word in sentence or (word in P.SHARE_WORDS.entries and bool(re.search(r"[%％]", sentence)))

        holding = [
            task
            for task in self.notice.tasks
            if any(re.search(r"\d", s) and all(has(w, s) for w in words) for s in task.sentences)
        ]
        if len(holding) < 2:
            return None
        shown = [w for w in words if not any(w != other and w in other for other in words)]  # 覆盖率, not 覆盖 too
        named = "、".join(sorted(shown, key=text.find))
        rest = "的" + re.sub(r"^(?:请问|问一下)", "", text)
        return self._which_task(question, f"通知里有{len(holding)}项任务写到“{named}”的数字", holding, rest)

    def _titled_first(self, text: str, ranked: list[int]) -> list[int]:
        """ "特色农产品那条是第几项": the one task whose title holds the words before 第几项 comes first."""
        which_number = _WHICH_NUMBER_ASKED.search(text)
        if which_number is None:
            return ranked
        core = re.sub(r"(?:那|这)(?:一)?(?:条|项|个任务|个)$|的$|写$", "", text[: which_number.start()].strip())
        titled = [n for n in ranked if len(core) >= 2 and core in self._tasks[n].title]
        return titled + [n for n in ranked if n != titled[0]] if len(titled) == 1 else ranked

    def _opening_first(self, topic: str, ranked: list[int]) -> list[int]:
        """ "谁牵头高水平推进X": the one task whose title opens with the words asked about comes first.

        A shorter task that only shares most of those words ("推进X综合窗设置") may score higher by its length alone;
        a title that opens with the whole topic is the task meant. Quotation marks are no part of the words.
        """
        core = _QUOTES.sub("", topic)
        if len(core) < _MIN_OPENING:
            return ranked
        opening = [n for n in ranked if _QUOTES.sub("", self._tasks[n].title).startswith(core)]
        return opening + [n for n in ranked if n != opening[0]] if len(opening) == 1 else ranked

    def _involving(self, units: Sequence[str], ranked: list[int]) -> list[int]:
        """``ranked`` with the tasks that name one of ``units`` (as a unit or in their text) first.

        A question naming a unit ("邮政管理局负责的是哪一块") is about a task of that unit: a task that
        never names it is no answer, however close its words.
        """
        if not units:
            return ranked
        named = {
            n for n in ranked if any(unit in self._tasks[n].units or unit in self._tasks[n].text for unit in units)
        }
        return [n for n in ranked if n in named] + [n for n in ranked if n not in named]

    def _retrieve(self, query: str) -> Retrieval:
        return self.retriever.retrieve(query, bm25_query=expand(query))

    def _close(self, scores: dict[int, float], best: int, other: int) -> bool:
        top = scores.get(best, 0.0)
        return top > 0 and scores.get(other, 0.0) >= 0.8 * top

    def _cite(
        self,
        task: Task,
        retrieval: Retrieval,
        query_tokens: list[str],
        score: float,
        *,
        prefer_numbers: bool,
        prefer_targets: bool = False,
        prefer_types: bool = False,
        places: tuple[str, ...] = (),
    ) -> Citation:
        evidence = evidence_for(
            task,
            self.retriever.dense.sentence_scores(task.number, retrieval.passage_scores),
            query_tokens,
            self.retriever.bm25.idf,
            prefer_numbers=prefer_numbers,
            prefer_targets=prefer_targets,
            prefer_types=prefer_types,
            places=places,
        )
        return Citation.of(task, evidence=evidence, score=score)

    def _in_scope(self, retrieval: Retrieval) -> bool:
        if self.scope is None:
            return True
        if self._names_a_rare_notice_term(retrieval.query):
            # A figure asked of a term one task alone holds, where that task gives a figure beside it: the
            # question is about the notice even where its wording sounds like the everyday off-topic examples.
            return True
        # Only the notice's own sentences: the everyday phrasings are written to sound like everyday
        # questions, so counting them made off-topic questions look closer (dev: declined 0.93 -> 0.80).
        sentences = retrieval.passage_scores[self.retriever.dense.sentence_mask]
        return self.scope.in_scope(sentences, retrieval.query_vector)

    def _names_a_rare_notice_term(self, text: str) -> bool:
        """Whether ``text`` asks a figure of a word (three or more characters) one task alone holds, beside a figure.

        "失业率最多能到多少": only task 17 says 失业率, in a sentence with "3.5%以内"; the dense scope check may
        still find the wording closer to its everyday off-topic examples.
        """
        for token in set(self.tokenizer(text)):
            if len(token) < _RARE_TERM_CHARS:
                continue
            holding = self._tasks_holding(token)
            if len(holding) == 1 and self.answerability.figure_beside(text, holding[0], token):
                return True
        return False

    def _tasks_holding(self, token: str) -> tuple[Task, ...]:
        """The tasks whose text holds ``token``, found once per word."""
        if token not in self._holding:
            self._holding[token] = tuple(task for task in self._tasks.values() if token in task.text)
        return self._holding[token]

    # --- answers from the records alone ---------------------------------------------------
    def _unit_tasks(self, question: str, u: Understanding) -> Answer:
        include_responsible = u.role is Role.ANY
        parts: list[str] = []
        citations: list[Citation] = []
        seen: set[int] = set()
        for unit in u.units:
            rows = tasks_for_unit(
                self.notice.tasks, unit, include_responsible=include_responsible, lexicon=self._lexicon
            )
            parts.append(self._unit_paragraph(unit, rows, include_responsible))
            if not rows and not include_responsible:
                # A unit that leads nothing: the tasks it is responsible for, which the paragraph names, are cited.
                rows = tasks_for_unit(self.notice.tasks, unit, include_responsible=True, lexicon=self._lexicon)
            if self._one_county(unit) and _ONE_ASKED.search(u.text):
                # "X县政府牵头的是哪一条": one task asked for, the one it leads by its own name; the tasks all
                # county governments lead together are named in the text ("X县牵头哪些" cites them too).
                own = [row for row in rows if row[2] == unit]
                rows = own or rows
            for task, role, as_named in rows:
                if task.number in seen:
                    continue
                seen.add(task.number)
                citations.append(
                    Citation.of(task, evidence=_units_line(task, role), score=1.0, role=role, as_named=as_named)
                )
        return Answer(
            question=question,
            intent=Intent.UNIT_TASKS,
            in_scope=True,
            answer="\n".join(parts),
            citations=tuple(citations),
        )

    def _one_county(self, unit: str) -> bool:
        """Whether ``unit`` is one county's government, which also leads as one of all the county governments."""
        return bool(self._lexicon.all_counties) and unit in self._lexicon.county_governments

    def _unit_paragraph(self, unit: str, rows: list[tuple[Task, str, str]], include_responsible: bool) -> str:
        led = [t for t, role, _ in rows if role == "lead"]
        responsible = [t for t, role, _ in rows if role == "responsible"]
        listing = compose.task_labels
        counties = self._lexicon.all_counties
        if self._one_county(unit):
            own = [t for t, role, named in rows if role == "lead" and named == unit]
            shared = [t for t, role, named in rows if role == "lead" and named == counties]
            text = f"{unit}：以本县名义单独牵头{len(own)}项" + (f"（{listing(own)}）" if own else "")
            text += f"；作为“{counties}”之一共同牵头{len(shared)}项" + (f"：{listing(shared)}" if shared else "") + "。"
            return text
        if not include_responsible:
            if led:
                return f"{unit}牵头的任务共{len(led)}项：{listing(led)}。"
            others = tasks_for_unit(self.notice.tasks, unit, include_responsible=True, lexicon=self._lexicon)
            if others:
                joined = listing([t for t, _, _ in others])
                return f"通知中{unit}没有牵头的任务；它作为责任单位参与{len(others)}项：{joined}。"
            return f"通知中没有列出{unit}牵头或参与的任务。"
        text = f"{unit}共涉及{len(rows)}项任务：牵头{len(led)}项" + (f"（{listing(led)}）" if led else "")
        text += (
            f"，作为责任单位参与{len(responsible)}项" + (f"（{listing(responsible)}）" if responsible else "") + "。"
        )
        return text

    def _section(self, question: str, number: int) -> Answer:
        section = self.notice.section(number)
        tasks = [self._tasks[n] for n in section.tasks]
        lines = [f"{compose.section_label(section)}共{len(tasks)}项任务："]
        lines += [f"{t.number}. {t.title}（牵头：{compose.units_text(t.lead_units)}）" for t in tasks]
        citations = tuple(Citation.of(t, evidence=t.sentences[0] if t.sentences else t.title, score=1.0) for t in tasks)
        return Answer(
            question=question, intent=Intent.SECTION, in_scope=True, answer="\n".join(lines), citations=citations
        )

    def _meta(self, question: str, u: Understanding) -> Answer:
        led = max((t.number for t in self.notice.tasks if t.lead_units), default=0)
        text = compose.meta_answer(
            self.notice.meta, u.meta_field, len(self.notice.sections), len(self.notice.tasks), led
        )
        return Answer(question=question, intent=Intent.META, in_scope=True, answer=text)


# "是哪一条", "单独牵头的": a single task asked for, or the unit alone (general usage).
_ONE_ASKED = re.compile(r"哪一?[条项个](?!.*[哪些几])|是第几|单独|独自|以本县名义")


def _units_line(task: Task, role: str) -> str:
    """The notice's units line that names the unit, as evidence for a unit question."""
    if role == "lead":
        return f"牵头单位：{compose.units_text(task.lead_units)}"
    return f"责任单位：{compose.units_text(task.responsible_units)}"


def _recent_with(recent_units: tuple[str, ...], unit: str) -> tuple[str, ...]:
    """The units of recent answers, oldest first, with ``unit`` made the latest (the last four kept)."""
    return (*[u for u in recent_units if u != unit], unit)[-4:]


def _once(state: State | Callable[[], State]) -> Callable[[], State]:
    """``state`` as a function that works it out at most once (a replay of the conversation costs encodes)."""
    if not callable(state):
        return lambda: state
    memo: list[State] = []

    def get() -> State:
        if not memo:
            memo.append(state())
        return memo[0]

    return get


def _higher_of_two(question: str, quoted: Sequence[tuple[Citation, float, str]], direction: str) -> Answer:
    """Two quoted figures of one kind, the higher (or, for 低/少/小, the lower) first, each with its sentence."""
    (_, a, _), (_, b, _) = quoted
    top, other = (quoted[0], quoted[1]) if (a > b) == (direction in "高多大") else (quoted[1], quoted[0])
    lines = [f"{_format_figure(v, unit)}（第{c.task}项「{c.title}」：「{c.evidence}」）" for c, v, unit in (top, other)]
    text = f"{_format_figure(top[1], top[2])}更{direction}。\n" + "\n".join(lines)
    cited = (top[0],) if top[0].task == other[0].task else (top[0], other[0])
    return Answer(question=question, intent=Intent.FACT, in_scope=True, answer=text, citations=cited)


def _quoted_figure(
    said: Answer, intents: tuple[Intent, ...] = (Intent.FACT,), *, naming: str = ""
) -> tuple[Citation, float, str] | None:
    """The figure an in-scope answer of one of ``intents`` quotes from its first citation, with that citation.

    None when it quotes no one figure, or (``naming``) its sentence does not name that place.
    """
    if said.intent not in intents or not said.in_scope or not said.citations:
        return None
    cited = said.citations[0]
    figure = _figure_in(cited.evidence) if naming in cited.evidence else None
    return (cited, *figure) if figure is not None else None


def _role_put_right(last: str, new: str) -> str | None:
    """``last`` with its one role said as ``new`` ("第9项由谁牵头", 配合 → "第9项由谁配合"); None when it says no
    role, or says the new one already."""
    said = {m[1] for m in _ROLE_WORD_IN_QUESTION.finditer(last)}
    wanted = "牵头" if new == "牵头" else "配合"
    if not said or said & ({"牵头"} if wanted == "牵头" else {"配合", "责任"}):
        return None
    return _ROLE_WORD_IN_QUESTION.sub(lambda m: wanted + (m[2] or ""), last)


def _figure_in(sentence: str) -> tuple[float, str] | None:
    """The one figure a quoted sentence gives (value, measure), ignoring years and names such as "5G".

    None when it gives no figure or several of different measures (which one was asked is not known).
    """
    found: list[tuple[float, str]] = []
    for m in _FIGURE_IN_TEXT.finditer(sentence):
        scale, measure = m.group(2) or "", m.group(3) or ""
        if not scale and not measure:
            continue  # a bare number: a year ("2025年" has 年 after it), "5G", a rank
        value = float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(scale, 1.0)
        found.append((value, "%" if scale in ("%", "％") else measure))
    kinds = {measure for _, measure in found}
    return found[-1] if found and len(kinds) == 1 else None


def _format_figure(value: float, measure: str) -> str:
    """A figure as the notice writes it ("92%", "70亿元", "2万套")."""
    if measure == "%":
        return f"{value:g}%"
    for scale, word in ((1e8, "亿"), (1e4, "万")):
        if value >= scale and value % scale == 0 and not measure.startswith(word):
            return f"{value / scale:g}{word}{measure}"
    return f"{value:g}{measure}"
