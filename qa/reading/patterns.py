"""The compiled regular expressions a question is read with, each beside the comment that says what it catches.

Moved here whole from the reader, in their order (a pattern may be built from one above it). The names keep their
leading underscore: they belong to :mod:`qa.reading`, whose readers import them by name. "(general usage)" in a
comment marks a pattern written from how people ask, not from one notice.
"""

from __future__ import annotations

import re

from corpus.numerals import read_number
from qa.lexicon import Table
from qa.lexicon import phrases as P
from qa.lexicon.units import UNIT_KINDS
from qa.query import ASKED_OF_COUNTED as _ASKED_OF_COUNTED
from qa.query import Comparator, Role

_NUM = r"[一二两俩仨三四五六七八九十\d]{1,3}"
_TASK_REF = re.compile(
    rf"第\s*({_NUM})\s*(项|条|个任务|号任务|个|件)"
    # "任务11", "任务十二讲什么" (a Chinese numeral only before a verb: "任务一共" is no task one)
    r"|任务\s*(\d{1,2}(?![\d年%万亿])|[一二三四五六七八九十]{1,3}(?=讲|说|是|的|谁|由|呢|要|写|$|\s))"
)
_BARE_TASK_REF = re.compile(
    r"(?:^|[和跟与及、，,比但而]|^那么?|^换成|^再看)\s*(\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?)\s*(?:项|条)(?!以上|以下|任务)"
)
# Two bare task numbers set against each other (general usage): "18和19的责任单位", "18跟19都有的",
# "28里有但4里没有的", "15条有16条没有的".
_BARE_PAIRS = (
    re.compile(
        r"(?<![\d年.%第前后])(\d{1,2})\s*(?:和|跟|与|、)\s*(\d{1,2})(?![\d年.%])\s*"
        r"(?=的(?:牵头|责任|配合|单位|部门)|都|共同|重合|之间|相比|比较|有什么|有啥|有哪些)"
    ),
    re.compile(r"(?<![\d年.%第前后])(\d{1,2})\s*(?:里|中)(?:面)?有.{0,2}?(\d{1,2})\s*(?:里|中)(?:面)?(?:没|不)"),
    re.compile(r"(?<![\d年.%第前后])(\d{1,2})\s*(?:项|条|号)有.{0,2}?(\d{1,2})\s*(?:项|条|号)(?:没|不)"),
)
# "…牵头的是16", "就是12条吧": a bare task number stated as the answer, to be confirmed (general usage).
_CONFIRMED_NUMBER = re.compile(
    r"(?:的是|就是|应该是)\s*(\d{1,2})(?![\d年.%])\s*(?:条|项|号)?\s*(?:吗|吧|对吧|对不对|是吧|嘛|么)?[?？。]?$"
)
# "配合单位里有住建局吗", "牵头的有没有县政府": whether a line of the task shown names a unit (general usage).
# "是市财政局吧？", "牵头的就是金融办对吧": a guess at the unit on the line shown, to be checked (general usage).
_IS_IT_THE_UNIT = re.compile(
    r"(?:那|那么)?(?:(?P<role>牵头|配合|责任)(?:单位|的|的单位)?)?(?:就|也|应该)?是(?P<who>[^，,？?]{2,16}?)"
    r"(?:吧|吗|么|对吧|是吧|对不对|没错吧|是不是)?[？?。]*"
)
# "发改委也是牵头吧", "水务局是配合单位吗": the unit first, then the line asked whether it is on (general usage).
_UNIT_THEN_ROLE = re.compile(
    # The unit alone before it: no question word, no task ("财政局在哪几条里是责任单位" asks for tasks).
    r"(?:那|那么)?(?P<who>[^，,？?哪几谁啥多少任务条项里中]{2,16}?)(?:也|就|还|是不是)?(?:是|算|属于)"
    r"(?P<role>牵头|配合|责任)(?:单位|的|的单位)?"
    r"(?:吧|吗|么|嘛|对吧|是吧|对不对|没错吧)?[？?。]*"
)
_HAS_MEMBER = re.compile(
    r"(?:(?:(?P<role>牵头|责任|配合)(?:单位|部门|的)?|单位|部门)(?:里|中|里面|里头|当中)?|^(?:那|这)?(?:里面|里头|当中|其中))"
    # "有没有" asks yes or no by itself; a bare 有 needs the question's end to ask it ("有X吗")
    r"(?:有没有(?=.{2,14}$)|(?:有没有|有)(?=.{1,14}?(?:(?:吗|没有?|么|嘛|不)(?:\s|叫|是|$)|[？?]$)))"
)
# "…参与吗", "有没有…参与", "…参与了没": a yes-or-no question (general usage).
# "是不是", "在不在里面", "算…了没": whether something is so, however asked (general usage).
_WHETHER = re.compile(r"吗|是不是|算不算|在不在|有没有|是否|了没有?|没有?$")
_ASKS_IF = re.compile(r"吗|(?<![什怎这那多要])么|[？?]$|有没有|是不是|是否|(?:参与|参加|配合|牵头)了?(?:没有?|不)$")
# "只在一条任务里出现过", "只出现过一次", "只参与了两项": a unit named on that many tasks (general usage).
_SEEN_N_TIMES = re.compile(
    rf"(?:只|仅|就)(?:在)?(?P<n>{_NUM})\s*(?:条|项|个)(?:任务)?(?:里|中|当中)?(?:出现|露面|参与)"
    rf"|(?:只|仅|就)(?:出现|参与|露面)(?:过|了)?(?P<n2>{_NUM})\s*(?:次|回|条|项)"
    # "牵头两项的部门": as many tasks in that role, said before the units.
    rf"|(?:牵头|配合|参与)(?:了|过)?(?P<n3>{_NUM})\s*(?:项|条|个任务)(?:任务)?的(?:市直|市级|市里)?(?:单位|部门|局)"
)
_TASK_WORD_AFTER = r"(?:项|条|号任务|个任务|号|任务|里|中|当中|之间)"
_TASK_RANGE = re.compile(
    rf"(?<![\d年.%])(?:第\s*)?({_NUM})\s*(?:项|条|号)?\s*(?:到|至|-|—|~|～)\s*(?:第\s*)?({_NUM})\s*{_TASK_WORD_AFTER}"
)
_TASK_LIST = re.compile(
    rf"(?<![\d年.%])(?:第\s*)?{_NUM}\s*(?:项|条|号)?"
    rf"(?:\s*(?:、|和|与|及|跟|,|，|\s)\s*(?:第\s*)?{_NUM}\s*(?:项|条|号(?!任务))?)+\s*(?:两|三|几)?\s*{_TASK_WORD_AFTER}"
)
# "前三项" are the first three; "前一项" is the one before ("上一项"), read with the task shown.
_FIRST_N = re.compile(rf"(?<![最以])前\s*(?![一1]\s*(?:项|条))({_NUM})\s*(?:项|条|个任务)")
_AFTER_OR_BEFORE_N = re.compile(rf"第\s*({_NUM})\s*(?:项|条|个任务)(后面|之后|以后|往后|前面|之前|以前)")
_LAST_N = re.compile(rf"(?:最后|末尾|倒数)\s*({_NUM})\s*(?:项|条|个任务)")
# "都列出来", "具体是哪些" after a count: show what was counted (general usage).
_LIST_THEM = re.compile(
    r"(那|那么|请)?(都|全部|全都|全|把它们|把这些)?(列出来|列一下|列出|列举一下|列举出来)(吧|看看|我看看|给我看看|我看下)?"
    r"(都|分别|具体)?(是)?(哪些|哪几项|哪几条|哪一项|哪一条|哪项|哪条|哪几个)?(任务)?(呢|啊)?"
    r"|(那|那么)?(具体|分别)是?(哪些|哪几项|哪几条|哪一项|哪一条|哪项|哪条|哪几个)(呢|任务)?"
    # "是哪个" when the count was one
    r"|(那|那么)?(都|分别)?是(哪些|哪几项|哪几条|哪一项|哪一条|哪项|哪条|哪几个|哪一个|哪个|啥|什么)(任务|工作)?(呢|啊)?"
    r"|(那|那么)?(都|分别)(有)?(哪些|啥|什么)(任务|工作)?(呢|啊)?"
    # "哪几条" said alone after a count; "哪个", "哪条" alone too, most often after a count of one
    r"|(那|那么)?(具体)?(哪些|哪几项|哪几条|哪几个|哪个|哪一个|哪条|哪一条|哪项|哪一项)(任务)?(呢|啊|呀)?"
    # "编号呢", "只说编号" after a count: the numbers of the tasks counted, which a list gives.
    rf"|(那|那么)?(?:{P.NUMBERS_ONLY_REQUESTS.pattern()}|(?:编号|序号)(?:呢|是哪些|是多少|分别是多少))"
)
# "把参与的", "不光牵头，所有参与的": a role the tasks to be listed are in, said before the request (general usage).
_IN_A_ROLE_LISTED = re.compile(
    r"^(?:那|那么|请)?把?(?:不光|不只|不止|除了)?(?:牵头的?)?(?:所有|全部)?(?:当|作为)?(?P<role>参与|牵头|配合|责任单位|配合单位)的(?:任务)?"
)
# Narrowing the last answer to sections (general usage): keep only, leave out, from one on.
_DROP = re.compile(rf"{P.EXCLUDE_WORDS.pattern()}|不要|(?<=部分)(?:以外|之外)")  # "第五部分之外的"
_FROM_ON = re.compile(r"从.{0,6}(开始|起|往后)|以后|之后|往后|及以后")
_NARROW = re.compile(rf"{P.NARROW_WORDS.pattern()}|{_DROP.pattern}|{_FROM_ON.pattern}|{P.NARROW_FILLERS.pattern()}")
_NARROWED_COUNT = re.compile(r"(?:一共|总共|共)?(?:有)?(?:几|多少)(?:条|项|个)?")
# "就这一项？还有没有", "好像不止这几项": doubt about the list just shown, no new question (general usage).
_ONLY_THESE = re.compile(
    r"就这(一个|一项|一条|些|几个|几项|几条|俩|两个|两项)?|只有这(些|几个|几项|一个|一项)?"
    r"|(我)?(印象中|记得)?(好像|似乎)?不止(这些|这几项|这几个|这几条|这么多|这一个|这一项)"
)
# "牵头的也算上", "把它配合的也加上": the unit's other role counted too (general usage).
_ALSO_THE_OTHER_ROLE = re.compile(
    r"(牵头|配合|责任单位|参与)的?(任务)?(也|都)(算上|算进去|算进来|加上|加进来|加进去|算|包括进去|包括|带上)"
    r"|(加上|算上|连同)(它)?(牵头|配合|当责任单位)的"
)
# "除了住建还有谁配合", "同一条里别的配合单位还有谁": the other units of the task shown (general usage).
_BESIDES = re.compile(
    r"(除了.{1,12}?(以外|之外)?[，,]?|同一(条|项)里|这(条|项)里?)还有(?:(?:别的|其他|其它)的?(?:责任|配合|牵头)?(?:单位|部门)"
    r"|(谁|哪些|哪几个|哪几家|什么)(单位|部门)?(在)?(配合|参与|牵头|负责|是责任单位)?)"
)
# "这些牵头单位里去掉X，还剩哪些": the units just listed for the tasks shown, less X (general usage).
_LINES_LESS_A_UNIT = re.compile(
    r"^(?:那|那么)?(?:这些|这几项的?|这几条的?|上面的?|里边|里面|这里面|其中)?(?:(?P<role>牵头|责任|配合)(?:单位|部门))?(?:里|中|里面|当中|里头)?"
    r"(?:去掉|不算|除了|除去|剔除|排除|刨去|扣掉|扣除)(?P<who>[^，,。？?\s]{2,12}?)(?:以外|之外)?(?:的话)?[，,\s]*"
    r"(?:还剩|剩下|其余|还有|另外)(?:的)?(?:还有)?(?:哪些|哪几个|哪几家|谁|的|(?P<count>几个|几家|多少个|多少家))?(?:单位|部门)?"
    r"(?:呢|啊)?[？?。]*$"
)
# "除了县政府呢", "县政府不算的话呢", "把县政府去掉呢" after the lines shown: those lines less the unit, the rest
# unsaid (general usage).
_LINES_LESS_A_UNIT_BARE = re.compile(
    r"^(?:那|那么)?(?:去掉|不算|除了|除去|剔除|排除|刨去|扣掉|扣除)(?P<who>[^，,。？?\s]{2,12}?)(?:以外|之外)?(?:的话)?"
    r"(?:呢|的呢)[？?。]*$"
    r"|^(?:那|那么)?(?:把)?(?P<who2>[^，,。？?\s]{2,12}?)(?:不算|除外|去掉|拿掉|刨掉)(?:的话)?(?:呢)[？?。]*$"
)
# "那没配合的呢", "它没牵头的是哪几条" after a unit's tasks in a role: the tasks where it does not play it
# (general usage).
_ROLE_DENIED_AFTER = re.compile(
    r"^(?:那|那么)?(?:它|该局|该单位)?(?:没有|没|不)(?P<role>配合|牵头|参与)(?:的)?(?:任务)?"
    r"(?P<ask>呢|的呢|是哪条|是哪项|是哪几条|是哪几项|是哪些|有哪些|有哪几条|有几条|有几项|是哪个)?[？?。]*$"
)
# "里面哪些是市直部门", "哪家不属于市级部门" after a line of units: the city departments on it, or the others
# (county governments, firms, banks) (general usage).
_DEPARTMENTS_AMONG_SHOWN = re.compile(
    r"^(?:那|那么)?(?:这些|这里面|里面|其中|这几个|这几家|它们)?(?:里|中|当中)?(?:有)?(?:哪些|哪个|哪几个|哪家|哪几家|谁)"
    r"(?P<neg>不是|不属于|不算)?(?:是|属于|算)?(?:市直|市里的?|市级|政府)(?:的)?(?:部门|单位)(?:呢|啊)?[？?。]*$"
)
# "最后一个呢" the same, with the list's last place (group "last").
_ORDINAL_AGAIN = re.compile(
    rf"(?:那|那么)?(?:第\s*({_NUM})\s*(?:个|项|条)|(?P<last>最后(?:那|这)?(?:一)?(?:个|项|条)))(?:呢|的呢|那个呢)?"
)
# "下一条", "它后面那条": the task next to the one shown ("前面那条" may mean an earlier turn's, so only 后面).
# "它前面一条", "这条后边那项": said of the task shown ("它", "这条"), 前面 is the one before it too.
_NEXT_OR_PREVIOUS = re.compile(
    r"(下|后|上|前)一(条|项)|(后)(?:面|边)(?:的)?那?(?:一)?(?:条|项)"
    r"|(?:它|这条|这一条|这项|这一项)(?:的)?(前|后)(?:面|边)(?:的)?那?(?:一)?(?:条|项)"
)
# "这22个里", "刚才说的这5项" (a count just given, in digits); "这两项", "这三项" are read as the last tasks asked.
# "那22条呢" is task 22 asked the same way: 项/条 count only with a word that points back or looks inside.
_THESE_N = re.compile(
    r"(?:就|刚才说的|刚才|上面)(?:这|那)\s*\d{1,2}\s*(?:个|项|条)(?!任务)"
    r"|(?:这|那)\s*\d{1,2}\s*个(?!任务)"
    r"|(?:这|那)\s*\d{1,2}\s*(?:项|条)(?=里|中|当中|都|全|分别|一共|总共|列)"
)
# "…的任务列一列": a request to list after the tasks named (general usage).
_LIST_REQUEST_AT_END = re.compile(
    r"(?<=任务|事项|工作)[，,\s]*(都|全部|全都)?(给我|帮我|麻烦)?(列一下|列下|列出来|列个清单|罗列一下|列举一下|列一列)[吧呀。.!！]*$"
)
# "X牵头的N条是啥", "X参与的几项分别是什么" (X a unit): the tasks a unit has, asked what they are (general usage).
_WHAT_THEY_ARE_AT_END = re.compile(
    r"(?<=(?:牵头|参与|负责|配合)的)(?:那|这)?((?:[两二三四五六七八九十\d]{1,2}|几)(?:条|项|个)(?:任务)?|任务)"
    r"(?:分别|都|各自)?(?:是啥|是什么|是哪些|是哪几[条项个]|有哪些|有啥)[？?]?$"
)
# "…，也说个数就行": the number asked for after the question; the question alone says what to count.
_COUNT_ONLY_AT_END = re.compile(
    rf"[，,\s]*(?:也|就|只|你)?(?:{P.COUNT_ONLY_REQUESTS.pattern()})(?:就行|就好|就可以|即可)?[吧呀了。.!！]*$"
)
# "带牵头单位的任务", "有责任单位的有几条": tasks whose line of that role names a unit; "没有…" is _NO_LEAD's.
_HAS_ROLE = re.compile(
    rf"(?<![没未无不])(?<!没有)(?:{P.HAS_ROLE_VERBS.pattern()})\s*(?P<role>牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门)"
)
# "除了这些，它当配合单位的有多少": the question after it, asked of the tasks not shown (general usage).
_BESIDES_THESE = re.compile(
    r"(?:那|那么)?(?:除了|除去|除开|刨去)(?:上面|刚才|前面)?(?:的)?(?:这些|这几项|这几条|这几个|那些)(?:任务)?"
    r"(?:以外|之外)?[，,\s]*"
)
# "除了这一条还有没有别的": the task shown left out, the rest asked for (general usage).
_BESIDES_THIS = re.compile(r"(?:除了|除去|除开)(?:这|那)(?:一)?(?:条|项|个)(?:以外|之外)?")
# "它另外还牵头哪些", "还有哪几条里有它": the unit just asked about, in tasks beyond the one shown.
_IT_AGAIN = re.compile(P.IT_WORDS.pattern())
_OTHER_AGAIN = re.compile(P.OTHER_WORDS.pattern())
# "在别的任务里还有", "其他任务中也参与": in tasks other than those shown, said after a unit (general usage).
# "除了这个，还在哪几条里当配合", "另外在哪些任务里当配合": the same, with where asked before the role (general usage).
_IN_OTHER_TASKS = re.compile(
    r"(?:(?:除了?(?:这个|这条|这项|这|它|此)(?:以外|之外|外)?[，,]?)(?:还|也|另外)?(?:在)?"
    r"(?:别的|其他|其它|另外的|哪些|哪几条|哪几项|哪条|哪项)"
    r"|(?:还|也|另外)?(?:在)?(?:别的|其他|其它|另外的)|另外在哪(?:些|几条|几项|条|项))"
    r"(?:任务|项|条|事)?(?:里|中|里面|当中)?(?:还|也)?(?:当过|当|作为|做)?(?=有|参与|牵头|配合|负责|出现|责任)"
)
# "它另外牵头的", "它还参与哪些": beyond the tasks shown, said before the verb (general usage).
_BEYOND_SHOWN = re.compile(r"(?:另外|还|别的|其他|其它|另外?一[条项个]){1,2}(?=牵头|参与|配合|负责|出现|有)")
# "牵头的别的任务", "参与的其他几条": beyond the tasks shown, said after the verb (general usage).
_OTHERS_AFTER_VERB = re.compile(r"(?:牵头|参与|配合|负责)(?:了|过)?的(?:别的|其他|其它|另外的?|另一)")
# "到25年", "截至30年": a year written with two digits after a word that dates (general usage).
_SHORT_YEAR = re.compile(r"(?:(?<=到)|(?<=至)|(?<=截止)|(?<=于))([2-3]\d)年")
# "两条都有的", "这俩条一样不", "俩项之间": the two tasks just shown (general usage), said as THESE_WORDS has it.
# "合起来", "去个重", "不重复的": the units of several tasks, each named once (general usage).
_POOLED = re.compile(P.POOLED_WORDS.pattern())
# "垃圾和污水这两项", "养老跟教育那两条": two tasks named by a word of each one's title (general usage).
_TOPIC_PAIR = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:和|跟|与|、)([\u4e00-\u9fff]{2,6}?)\s*(?:这|那)?(?:两|俩)(?:项|条|个任务)"
)
# A part named by its number ("第二部分", "第3板块") (general usage).
_SECTION_NAMED = re.compile(r"第\s*[一二三四五六七八九十\d]{1,2}\s*(?:部分|板块|大块|章)")
# "交通那两条", "医疗这两项": the tasks one word of their titles names, as many as said (general usage). Not "几"
# (a part's tasks are often called so), and not after a part named (the reader checks).
_TOPIC_TASKS_COUNTED = re.compile(
    r"(?<![和跟与、])(?P<word>[\u4e00-\u9fff]{2,4}?)(?:相关的|方面的|的)?\s*(?:这|那)(?P<n>两|俩|三)"
    r"(?:项|条|个任务)(?:任务)?"
)
# Not after 前/头/后 ("头两条牵头的是不是同一批" is a run of the list shown, read by _FIRST_OR_LAST_N).
_THESE_TWO = re.compile(
    r"(?<![第\d几前头后])(?:这|那)?(?:俩|两)(?:条|项|个任务|任务)(?=都|共同|的|里|中|之间|一样|相同|是不是|有没有)"
    # "两条牵头的单位", "两项配合单位": a line of the two tasks (not "哪两条", "有两条")
    r"|(?<![第\d几前头后哪有])(?:这|那)?(?:俩|两)(?:条|项)(?=(?:牵头|责任|配合)(?:的)?(?:单位|部门))"
    # "两个的责任单位": tasks (units have none)
    r"|(?<![第\d几前头后])(?:这|那)?(?:俩|两)个(?=的(?:责任|牵头|配合)?单位)"
    # "这俩的配合单位", "它俩共同的责任单位": the same
    r"|(?<![第\d几])(?:这|那|它)俩(?=(?:的|共同的|都有的|共有的|共同|都有)(?:责任|牵头|配合)(?:单位|部门))"
)
# "第五部分那两条", "第七部分的三项任务": a part, then its number of tasks (general usage).
_SECTION_SIZE_SAID = re.compile(
    r"(?P<section>第(?P<part>[一二三四五六七八九十\d]+)(?:大)?部分)(?:的|里的|里|中的)?(?:那|这)?"
    r"(?P<size>[两二三四五六七八九十\d]+)(?:条|项|个)(?:任务)?"
)
# "第二部分前两项", "第三部分最后两条": a run of a part's tasks from its start or its end (general usage).
_SECTION_RUN = re.compile(
    r"第(?P<part>[一二三四五六七八九十\d]+)(?:大)?部分(?:的|里的|里|中的)?"
    r"(?P<end>前|头|后|最后|末)(?P<n>[一两二三四五六七八九十\d]+)(?:条|项|个)(?:任务)?"
)
# "重叠的几条", "共同的有哪些": what two things just named share, said with no "两个" (general usage).
_SHARED_BARE = re.compile(r"^(?:那|那么)?(?:重叠|重合|交叉|共同|共有|交集)(?:的|部分)?(?=几|哪|有|是)")
# "他俩都…", "两个都有的…", "这两个共同…": both of the two things just named, before what they share (general usage).
_THE_TWO_TOGETHER = re.compile(
    r"^(?:那|那么)?(?:有没有)?(?:他俩|她俩|它俩|这俩|他们俩|他们两个|它们俩|这两个|两个|俩"
    # "两个局都当配合的", "这两家单位都参与的": the two named by their kind of body
    r"|(?:这|那)?(?:两个|两家)(?:局|委|单位|部门)|(?:这|那)?两家)(?=都|共同|一起|同时)"
)
# "加起来一共几项", "两个加一块多少": a total of the lists just shown, with no pointer at one of them (general usage).
# A bare "一共几项" counts the one list shown (as the writers of the tuning sets read it): the lists are pooled
# only when so said.
_THE_LISTS = r"(?:这两个|这俩|两个|两样|两类|牵头(?:的)?(?:和|加|跟)配合(?:的)?)"
_HOW_MANY_IN_ALL = r"(?:是|有|算)?(?:几|多少)(?:个|项|条)?(?:任务)?(?:啊|呢|吧|呀)?"
_TOTAL_OF_THE_LISTS = re.compile(
    rf"(?:那|那么)?{_THE_LISTS}?(?:都)?(?:加起来|加一块儿?|加一起|合起来|加在一起|合计|算在一起)(?:总共|一共)?{_HOW_MANY_IN_ALL}"
    rf"|(?:那|那么)?{_THE_LISTS}(?:都)?(?:总共|一共){_HOW_MANY_IN_ALL}"
)
# "配合的任务呢", "那它牵头的那些呢": the last unit's tasks in another role, said with the noun (general usage).
_ROLE_TASKS_AGAIN = re.compile(
    r"^(?P<role>(?:那|那么)?(?:它|他们)?(?:当|作为|做)?(?:牵头|配合|参与)的)(?:任务|那些|事|工作)(?=呢?[？?]?$)"
)
# "配合它的呢", "给它打下手的有谁": the units working with a unit on the tasks it leads, i.e. their 责任单位 line
# (general usage), not the unit's own tasks as a responsible unit ("它配合的呢").
_THOSE_HELPING_IT = re.compile(
    r"^(?:那|那么)?(?:配合|协助|协同|支持|给)(?:它|他们|该局|该单位)(?:打下手|干活)?的(?:单位|部门)?(?:都|又)?"
    r"(?:呢|有谁|是谁|有哪些|是哪些|都有谁|都是谁|有哪几个)?[？?]?$"
)
# "跟林草局有关的工作", "和财政局相关的": the tasks a unit takes part in, in any role (general usage).
_RELATED_TO_UNIT = re.compile(
    r"(?:跟|和|与|同)(?P<unit>[^，,？?]{2,16}?)(?:有关|相关|有关系|沾边|挂钩)(?:的)?(?P<noun>任务|工作|事项|事|条|项)?"
)
# "有没有哪个县自己牵头的": a county government named on a lead line by itself, as against
# "各县人民政府" for all of them (general usage).
_WHICH_COUNTY_LEADS = re.compile(
    r"(?:哪个|哪些|哪几个|有没有哪个|有没有某个|有没有哪些)县(?:政府|人民政府)?(?:有)?(?:是)?(?:单独|自己|独自|以本县名义)?"
    r"牵头(?:了|过)?(?:的)?(?:任务|工作|事)?"
)
# "有啥不一样", "区别在哪", "一样不": two things compared, with nothing said of which (general usage).
_BARE_DIFFERENCE = re.compile(
    r"(?:那|那么)?(?:有|是)?(?:啥|什么|哪些)?(?:不一样|不同|区别|差别|差异)(?:的地方)?(?:在哪|在哪儿|在哪里)?(?:吗|呢|么|没|没有)?"
    r"|(?:那|那么)?(?:是不是)?(?:一样|相同|一致)(?:吗|不|么|没|呢)?"
)
# "这俩一样吗", "它俩牵头单位相同不": the two tasks looked at last, compared (general usage); read as 这两条 when no
# unit was asked about (after two units, 这俩 are the units).
_PAIR_SAME = re.compile(
    r"(?:(?:这|它|那)俩|^(?:那|那么)?(?:这|那)?两个)"
    r"(?=的?(?:牵头|责任|配合)?(?:单位|部门)?(?:是不是|是否)?(?:有没有|有)?(?:不)?(?:一样|相同|一致|有啥不同|有什么不同|有区别|不同|区别))"
)
# "牵头部门全都一样吗", "它们的配合单位相同不": a line of the tasks just shown, compared, with the tasks unsaid
# (general usage).
_LINE_SAME_UNSAID = re.compile(
    r"^(?:那|那么)?(?:它们|他们)?(?:的)?(?=(?:牵头|责任|配合)(?:单位|部门)(?:都|全都|全)?(?:一样|相同|一致)"
    r"(?:吗|么|嘛|不|没)?[？?]*$)"
)
# "牵头的市级部门", "市里的局委", "市直单位": the city's own departments, the county governments left out
# (general usage).
_CITY_DEPARTMENTS_ASKED = re.compile(
    r"市级部门|市直部门|市级单位|市直单位|市直|市里的?(?:局委|局|部门|单位)|市级的?(?:局|部门|单位)"
)
# "是不是一模一样", "是否一致", "是不是同一拨": whether the lines are the same, said as "一样吗" reads (general usage).
_SAME_LOOSE = re.compile(
    r"(?:是不是|是否)(?:完全)?(?:一模一样|一样|相同|一致|同一拨|同一批)(?:的)?(?:单位|人)?(?:吗|么|嘛|呢|啊)?"
    r"|(?:完全)?(?:一模一样|同一拨|同一批)(?:的)?(?:单位|人)?(?:吗|么|嘛|不|呢|啊)?(?=[？?。]*$)"
    r"|一致(?:吗|么|嘛|不)"
)
# "一样吗", "相同不", "一样不一样": whether the lines are the same, a yes or no (not "一样的是哪些", what they share).
_SAME_ASKED = re.compile(
    r"(?:一样|相同|一致)(?:吗|么|嘛|不|没)|一样不一样|一不一样|相同不相同"
    r"|(?<!啥不)(?<!么不)(?<!哪不)(?<!里不)(?<!儿不)(?:一样|相同|一致)[？?]*$"  # not "有啥不一样", the differences
)
# "哪些相同", "谁是一样的": which units are the same, what the tasks share (general usage).
_WHICH_SAME = re.compile(r"(?:哪些|哪几个|哪几家|哪个|谁|什么|啥)(?:是|单位|部门)?(?:一样|相同|一致)")
# "哪个提到了G109", "这俩哪个写到…" right after a list: which of the tasks shown, as "其中哪条" reads (general usage).
_WHICH_OF_SHOWN = re.compile(
    r"^(?:那|那么)?(?:这俩|这两个|这几个|它们|它俩|这些)?(?:里|中|里面|当中|之中)?哪(?:个|一个|些|几个|几条|几项)"
    r"(?=提到|提及|写到|写了|讲到|说到|涉及|包括)"
)
# "除了它牵头那项，另外还配合了哪项": the unit's tasks in the other role; "…，还参与了哪些": those it takes part in
# without that role (general usage).
_BESIDES_ITS_ROLE = re.compile(
    r"^(?:那|那么)?除了?(?:它|该单位|该局)(?P<role>牵头|配合)(?:的)?(?:那|这)?(?:一)?(?:条|项|个|几条|几项|些)?"
    r"(?:以外|之外|外)?[，,\s]*(?:它)?(?:还|另外|又)+(?P<verb>牵头|配合|参与)(?:了|过)?"
)
# "那个市局", "这个委": one of the units just shown, by the kind of body it is (general usage).
# "中间那个局", "后面那家" are a place in a list shown, read by the place rules.
_THAT_KIND_OF_UNIT = re.compile(
    r"(?<!中间)(?<!后面)(?<!前面)(?<!后边)(?<!前边)(?:(?:刚才|刚刚|前面|上面)(?:说|提|讲)?(?:的|到的)?)?"
    r"(?:那|这|同一)(?:个|家)(?P<kind>市局|市里的局|市直局|市直部门|市直单位|市级部门|市级单位|市里的部门|局|委|办)"
)
# The role a line's word names ("牵头" → lead; "配合", "责任" → responsible), as the notice's two lines say.
_ROLE_OF_LINE_WORD = {"牵头": Role.LEAD, "配合": Role.RESPONSIBLE, "责任": Role.RESPONSIBLE}
# "只留住建局参与的", "只看有财政局的": the list shown narrowed to a unit's tasks, as "其中…" reads (general usage).
_KEEP_ONLY = re.compile(r"(?:那|那么)?(?:只留下?|只保留|只要|只看|只挑|仅保留|仅看)(?P<rest>[^，,？?]{2,20})")
# "跟交通局一块牵头的": together with a unit in a role, i.e. that unit in that role too (general usage).
_WITH_A_UNIT_TOGETHER = re.compile(
    r"^(?:跟|和|与|同)(?P<unit>[^，,？?]{2,14}?)(?:一块儿?|一起|共同|一道|联合)(?=牵头|配合|参与|负责)"
)
# "哪几个是民政局牵头的", "有交通局参与的是哪几条" right after a list: which of the tasks shown a unit has that role
# on, as "其中…" reads (general usage).
_WHICH_ARE_OF_SHOWN = re.compile(
    r"^(?:那|那么)?(?:哪些|哪几个|哪几条|哪几项)(?:是|有)(?P<a>[^，,？?]{2,16}?(?:牵头|配合|参与)(?:的)?)[？?]?$"
    r"|^(?:那|那么)?(?:有)?(?P<b>[^，,？?]{2,16}?(?:牵头|配合|参与)的)是(?:哪些|哪几个|哪几条|哪几项)[？?]?$"
)
# "这部分里", "该部分": the part every task shown belongs to (general usage); "那部分" follows a part's name.
_THIS_PART_SHOWN = re.compile(r"(?:这|该|此)(?:一|个)?(?:部分|大部分)")
# "哪项牵头单位更少", "这两项哪个牵头单位更少": which of two tasks has more units on a line (general usage).
_WHICH_HAS_MORE = re.compile(
    r"(?P<before>.{0,16}?)(?:那|那么)?(?:这两条|这两项|两条|两项|这俩)?(?:里|中|当中)?(?:哪条|哪项|哪个|哪一条|哪一项)"
    r"(?:的)?(?P<line>牵头|责任|配合)(?:单位|部门)(?:更|比较)?(?P<more>多|少)(?:一些|些|一点)?(?:呢|啊)?"
)
# "多了哪些", "多出来的是哪几个", "少了谁": units one task has beyond another (general usage).
_MORE_THAN_OTHER = re.compile(r"(?P<verb>多|少)(?:了|出|出来|出了)(?:的)?(?:是)?(?:哪些|哪几个|哪几家|哪个|谁|啥|什么)")
# "提到物流的有第6条", "讲冷链的是哪条": the word a question said the tasks mention (general usage).
_MENTIONED_WORD = re.compile(r"(?:提到|提及|说到|讲到|涉及)(?:了)?(?P<term>[^的，,。？?吗呢]{2,8})的")
# "X牵头的任务谁配合", "X配合的任务都是谁牵头": the other line of a unit's tasks in one role (general usage).
_ITS_TASKS_WHO = re.compile(
    r"(?P<own>牵头|配合|参与)的(?:任务|工作|事)(?:都|分别|各)?(?:是|由)?谁(?:来)?(?P<who>配合|牵头|负责)(?:的)?(?:呢|啊)?$"
)
# "后面那个", "前者": one of exactly two tasks listed; "另一条": the one of two not looked at last (general usage).
_ONE_OF_TWO = re.compile(r"(?P<side>前|后)(?:(?:面|边)(?:的|那)?一?(?:个|条|项)|一(?:个|条|项)|者)")
_THE_OTHER = re.compile(r"另(?:外)?(?:一|那)(?:个|条|项)(?!单位|部门|局)")
# "当责任单位的里头…", "牵头的里面…": within the unit's tasks in that role, just listed (general usage).
_WITHIN_ROLE_SHOWN = re.compile(
    r"^(?:那|那么)?(?:它)?(?:当|作为)?(?P<role>牵头|配合|责任)(?:单位)?的(?:任务|那些|这些)?(?:里头|里面|里边|里|中|当中)[\s，,]*"
)
# "市直部门一共有几个", "涉及多少个市级部门": the city departments among them (general usage).
_DEPARTMENTS_COUNTED = re.compile(
    r"(?:市直|市级|市属|市里)(?:的)?(?:部门|单位)[^几多]{0,6}(?:几|多少)(?:个|家)"
    r"|(?:几|多少)(?:个|家)(?:市直|市级|市属)(?:的)?(?:部门|单位)"
)
# "市属的参与部门有哪几个": the city departments named in a role, listed (general usage); the count lists them too.
_DEPARTMENTS_LISTED = re.compile(
    r"(?:市直|市级|市属|市里)(?:的)?(?:牵头|配合|责任|参与)?(?:的)?(?:部门|单位)(?:都|一共|总共)?(?:有|是)?"
    r"(?:哪些|哪几个|哪几家|谁)"
)
# "两样加起来一共多少项", "合在一起几条": what was shown in turn, added up (general usage).
# "再算上配合的，总共几条": the other role's tasks added to those just counted (general usage).
_BOTH_ROLES_ADDED = re.compile(
    r"(?:那|那么)?(?:(?:两个|两种|两样|两者|俩)?(?:一共|总共)?(?:加起来|合起来|加在一起|合在一起|合计|算在一起)"
    r"|(?:再)?(?:加上|算上|连上|连同)(?:它)?(?:当|作为|做)?(?:牵头|配合|责任|参与)(?:单位)?(?:的)?(?:任务)?)(?:的话)?"
    r"[，,]?(?:一共|总共|共)?(?:涉及|参与)?(?:是|有)?(?:几|多少)(?:条|项|个)?(?:任务)?(?:呢|啊)?"
)
# "牵头几条", "当配合单位的有多少项": a role's tasks counted with no unit named (general usage).
_ROLE_COUNT_BARE = re.compile(
    r"(?:那|那么)?(?:其中)?(?:它)?(?:自己)?(?:当|作为)?(?P<role>牵头|配合|参与|责任)(?:单位)?(?:的)?(?:任务)?"
    r"(?:有|是|一共|总共|共)?(?:几|多少)(?:条|项)(?:任务)?(?:呢|啊)?"
)
# "几个牵头单位", "配合单位有几个": the units of the task shown, counted (general usage); "配合的总共几家" (的 for
# 单位) only when no unit's tasks were shown: after them it counts the unit's tasks (see the follow-up reader).
_UNITS_COUNTED = re.compile(
    r"(?:那|那么)?(?:它|这条|这项)?(?:的)?(?:一共|总共|共)?(?:有)?(?:几|多少)[个家]?(?P<a>牵头单位|责任单位|配合单位|单位|部门)"
    r"(?:呢|啊)?|(?:那|那么)?(?:它|这条|这项)?(?:的)?(?P<b>牵头单位|责任单位|配合单位|单位|部门|牵头的|配合的)(?:呢|啊)?"
    r"(?:一共|总共|共)?(?:有)?(?:几|多少)[个家]?(?:单位|部门)?(?:呢|啊)?"
)
# "还有21", "再看第22条": the same question about another task (general usage).
_ALSO_TASK = re.compile(
    rf"(?:还有|再看看?|再来|接着|然后)\s*第?\s*({_NUM})\s*(?:项|条|号)?\s*(?:呢|吧|的)?"
    # "那24条": another task said alone with 那 and its noun
    rf"|(?:那|那么)\s*第?\s*({_NUM})\s*(?:项|条|号)\s*(?:呢|吧|的|的呢)?"
)
# "这条谁配合", "该项的牵头单位有哪些", "它由谁负责": a role asked of the one task shown (general usage).
_THIS_TASK_ROLE = re.compile(
    r"(?:那|那么)?(?P<pronoun>这条|这项|这一条|这一项|这个任务|该项|此项|它)(?:的)?(?:是|都是)?(?:由)?"
    r"(?:(?:谁|哪些单位|哪几个单位|哪个单位|哪家)(?:来)?(?P<r1>牵头|配合|负责|参与)(?:的)?"
    r"|(?P<r2>牵头|责任|配合)单位(?:是谁|有哪些|有谁|是哪些|是哪几个|都有谁)?)(?:呢|啊|吗)?"
)
# "配合的有谁", "牵头单位是哪几个" with no pronoun: a role's units asked of what was just shown.
_ROLE_WHO = re.compile(
    r"(?:那|那么)?(?:(?P<r1>牵头|配合|协助|协办)的(?:单位|部门)?(?:都)?"
    r"(?:有谁|是谁|都有谁|有哪些单位|是哪些单位|是哪家|有哪几家|是哪些局|有哪些局|是哪几个局|是哪几家)"
    # "配合单位有哪几家" after a structural answer too; after a content answer (not read here: the state's query is
    # not structural) the content path answers it without replaying the conversation
    r"|(?P<r2>牵头|配合|责任|协助|协办)(?:单位|部门)(?:都)?(?:有谁|是谁|都有谁|是哪几个|是哪个|是啥|有哪些|有哪几个|有哪几家|是哪些)?)"
    r"(?:呢|啊|呀)?"
)
# Everyday verbs of taking part (general usage), read as 参与.
_TAKES_PART = re.compile(r"参加|有份|掺和|挂名")
# "前两个", "最后三条": a run from the start or the end of a list (general usage).
_FIRST_OR_LAST_N = re.compile(
    r"(?:前|头)\s*([一两二三四五六七八九十1-9])\s*(?:个|项|条)|(?:最后|后|末尾)\s*([两二三四五六七八九十2-9])\s*(?:个|项|条)"
)
# "倒数第三项" with no list shown: counted from the notice's last task.
_FROM_END_OF_NOTICE = re.compile(rf"倒数\s*第\s*({_NUM})\s*(项|条)")
# "中间那条", "中间的那个": the middle one of a list of three (or any odd length) (general usage).
_MIDDLE_ONE = re.compile(r"(?:最)?中间(?:的)?(?:那|这)?(?:一)?(?:个|项|条)")
# "倒数第二个": a place counted from the end of a list (general usage).
_FROM_END = re.compile(rf"倒数\s*第\s*({_NUM})\s*(?:个|项|条)")
# "分别谁牵头", "各自是谁配合的": the units of each task shown (general usage).
# "这两项牵头的分别是哪些": the role said first, then "each who" (general usage).
_EACH_WHO = re.compile(
    r"(?:那|那么)?(?:它们|这些|这几[项条个]|这两[项条个]|这俩|俩)?"
    r"(?:(?:分别|各自|各|都)(?:是|都是)?(?:由)?谁(?:来)?(?P<role>牵头|负责|配合)(?:的)?"
    r"|的?(?P<role2>牵头|配合)(?:单位)?(?:的)?(?:分别|各自|各)(?:是|都是)?(?:谁|哪些|哪几个|哪个))(?:呢)?"
)
# "上面这几个", "刚才列的那些", "前面说的这几条": the tasks shown, said the way THESE_WORDS reads them.
_SHOWN_PLURAL = re.compile(
    r"(?:上面|刚才|刚刚|刚|前面|以上|上述)(?:说|列|提|讲)?(?:的|到的|出的)?(?:这|那)(?:几|些)(?:个|项|条)?"
)
_LEAD_IS_NOT = re.compile(
    r"(?:牵头单位|牵头的|牵头)(?:都)?不是(?P<unit>[^，,。？?的]{2,12}?)(?:的|那个|那条|那项)"
    r"|(?<![牵头])不是(?P<unit2>[^，,。？?的]{2,12}?)(?:那个|那条|那项)"
)
# "牵头是农业农村局吗", "配合单位是不是商务局": a unit checked on a line, the line said first (general usage).
_LINE_IS_UNIT = re.compile(
    r"^(?P<pre>(?:那|那么)?(?:这条|这项|这个|它)?的?)(?P<role>牵头|配合|责任)(?:单位|部门|的)?"
    r"(?:是(?P<unit>[^，,。？?吗么嘛]{2,14}?)(?:吗|么|嘛)|是不是(?P<unit2>[^，,。？?吗么嘛]{2,14}?)(?=$|[，,。？?]))"
)
# "就一个？", "只有两个配合单位吗，是哪个": whether what was just shown is that many, and which they are.
_ONLY_N = re.compile(
    rf"(?:那|那么)?(?P<role>(?:牵头|责任|配合)(?:单位|部门)?(?:的)?)?(?:就|只有?|仅有?|才)\s*(?P<n>{_NUM})\s*(?:个|家|项|条)(?P<what>牵头单位|责任单位|配合单位|单位|部门|任务)?"
    r"(?:吗|啊|呀|么|嘛|呢)?(?:是哪个|是哪些|是谁|是哪家|是啥|叫啥|哪个|哪家|是哪条|是哪项)?(?:吗|呢)?"
)
_SELF = re.compile(rf"({P.IT_WORDS.pattern()}|其)({P.REFLEXIVE_WORDS.pattern()})")
# A unit's role ending the question with 的: the noun (任务) left unsaid (general usage).
# "人社局配合了哪些", "它负责配合哪几个": a unit's tasks in a role asked, the noun left unsaid (general usage).
_ROLE_VERB_WHICH = re.compile(r"(?:牵头|配合|协助|参与|负责)(?:了|过)?(?:哪些|哪几个|哪几项|哪几条)$")
_TASKS_LEFT_UNSAID = re.compile(rf"({P.ROLE_BEFORE_DE.pattern()})(单位|部门)?的[?？]?$")
# Asking for the names of tasks already pointed at ("这几项都叫什么", "把这些列一下"), general usage.
_LIST_SHOWN = re.compile(
    r"(分别|具体|都)?(是|叫)(哪些|哪几项|哪几条|什么|啥)(名字|任务)?|列(一下|出来|出|举一下|个清单)|都有(哪些|啥|什么)"
    r"|(分别)?是第几(到|至)第几(条|项)?|(分别)?是第几(条|项)"  # "这些分别是第几条到第几条": their numbers
    rf"|{P.LIST_SHOWN_FILLERS.pattern()}"
)
# "哪些任务", "别的吗", "干哪些活": the tasks of a unit (general usage).
_WHICH_TASK_OF_UNIT = re.compile(rf"{P.UNIT_TASK_ASKS.pattern()}|出现(在|过)?哪|有哪些$|是哪些$|的任务$")
# What only the task table answers (general usage): how many tasks or units, the most or fewest, in common.
_TABLE_COUNT = re.compile(rf"(?<![哪好第])(?:几|多少)\s*(?:{P.COUNTED_NOUNS.pattern()})")
_TABLE_SUPERLATIVE = re.compile(
    rf"(?:最多|最少).{{0,6}}(?:{P.SUPERLATIVE_NOUNS.pattern()})|(?:{P.SUPERLATIVE_NOUNS.pattern()}).{{0,6}}(?:最多|最少)"
)
_TABLE_SET = re.compile(P.SET_WORDS.pattern())
# Units by the roles they play (general usage): both, only responsible, only lead.
_BOTH_ROLES = re.compile(
    r"既.{0,6}牵.{0,2}头.{0,10}又.{0,6}(责任|配合)|既.{0,6}(责任|配合).{0,10}又.{0,6}牵.{0,2}头"
    r"|(牵头|牵过头).{0,4}(也|又|同时).{0,6}(责任|配合)"
)
_NEVER = rf"({P.NEVER_WORDS.pattern()})"
_ONLY_RESPONSIBLE = re.compile(rf"只.{{0,4}}(责任单位|配合|责任).{{0,10}}{_NEVER}.{{0,4}}牵.{{0,2}}头")
_ONLY_LEAD_ROLE = re.compile(rf"只.{{0,3}}牵头.{{0,10}}{_NEVER}.{{0,6}}(责任|配合)")
# "县政府不是牵头单位的任务": the unit is not among the leads, said the other way round (general usage).
_IS_NOT_LEAD = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{1,12}?(?:政府|局|委|办|县|公司|支队|支行))(?:都)?不是牵头(?:单位|部门)的?"
)
_ZERO_UNITS = re.compile(
    r"(?:连|一个|一家|任何)(?P<role>牵头|责任|配合)?(?:单位|部门)(?:也|都)(?:没有|没|未)"
    rf"(?:{P.LISTING_VERBS.pattern()})?(?:的)?"
    rf"|(?:没有|没|未)(?:{P.LISTING_VERBS.pattern()})(?:任何)?(?:单位|部门)"
)
_NO_RESPONSIBLE = re.compile(rf"(没有|没|无|未)({P.LISTING_VERBS.pattern()})?(责任|配合)单位|(责任|配合)单位(为|是)?空")
# Comparing what the last answers showed ("哪条多", "差几条", "比第1条多几个", "多了哪几个单位").
_BY_HOW_MANY = re.compile(P.BY_HOW_MANY_WORDS.pattern())
_MORE_OF_WHAT = re.compile(P.MORE_OF_WHAT_WORDS.pattern())
_WHICH_ONE_MORE = re.compile(
    rf"(?:{P.WHICH_ONE_WORDS.pattern()})(?:的)?.{{0,10}}?(?:更|最|比较)?(多|少)(?!几|多少|了|出|哪)|(更|最)(多|少)"
)
_HAS_BUT_NOT = re.compile(r"有(?!没有).{0,8}没有")  # not "有没有", a yes-or-no question
_HOW_MANY_OF_THESE = re.compile(r"这([两二三四五六七八九十俩仨])(?:个|条|项|家)")
# "加起来", "去掉重复": several counted as one pool (not "一共", which any count may say).
_TOGETHER = re.compile("|".join(w for w in P.POOLED_WORDS.entries if w not in P.TOTAL_WORDS.entries))
_IN_COMMON_COUNT = re.compile(r"(?<![哪好第])(?:几|多少)(?:个|家)?(?:单位)?$|一共几|总共几")
# "A和B谁…多", "哪个参与的任务更多": two named units compared.
_WHICH_MORE = re.compile(rf"({P.WHICH_OF_TWO.pattern()}).{{0,12}}(多|少)|更多|更少|多还是少|少还是多")
_COUNTY_GOV = re.compile(r"县(人民)?政府|[^各]县$|县牵头|县负责")
# "都有谁", "都有哪些", "分别是": every one of them, not the ones they share.
_ALL_OF_THEM = re.compile(
    r"都有(谁|哪些|哪几个|啥|什么)|都是(谁|哪些|哪几个)|分别|各自|都列(一下|出来)?|列一下|列出来|都说一下|一一"
)
# "换成责任单位呢", "那它当配合单位的时候呢", "作为配合单位的呢": the last question again, in another role.
_ROLE_SWITCH = re.compile(
    r"^(那|那么)?(换成|换作|改成|如果是|要是)?.{0,8}(当|作为|做|是)?(牵头|责任单位|配合单位|责任|配合|参与)"
)
# "里头第三个是哪个", "第一个单位还参与了哪些": a unit by its place in the units just listed.
# Only with 单位/部门 or "里面…": a bare "第二条呢" is the second task of the last list.
_NTH_UNIT = re.compile(
    r"第\s*([一二三四五六七八九十\d]{1,2})\s*(?:个|家)\s*(?:牵头|责任|配合)?(?:单位|部门|局|委)"
    r"|(?:里面|里头|其中|当中)的?\s*第\s*([一二三四五六七八九十\d]{1,2})\s*(?:个|家)(?!任务|项|条|部分)"
)
# "第三个是谁", "最后那个呢" right after one task's units were listed: a unit by its place (general usage).
_UNIT_PLACE = re.compile(
    rf"(?:排在?)?第\s*(?P<n>{_NUM})\s*(?:个|家|位|(?<=排..)的|(?<=排在..)的)(?!任务|项|条|部分)"
    rf"|倒数\s*第\s*(?P<back>{_NUM})\s*(?:个|家|位)?(?!任务|项|条|部分)"
    r"|(?:最后|末尾|倒数第一)(?:那|这)?(?:一)?(?:个|家|位)(?!任务|项|条|部分)"
    # "后面那个单位", "前一家单位": of two units shown, the second or the first (general usage).
    r"|(?P<pair>后面|后边|后一|前面|前边|前一)(?:的|那|这)?(?:一)?(?:个|家)(?=单位|部门|局)"
)
# "第2个和第4个的配合单位": places joined before a line of their own are tasks, not units (general usage).
_PLACES_OWN_LINE = re.compile(
    rf"\s*(?:(?:和|与|跟|及|、)\s*(?:第\s*{_NUM}\s*(?:个|项|条)|最后一?(?:个|项|条)))?"
    r"\s*的(?:责任|牵头|配合)(?:单位|部门)"
)
# Several units of the line shown by their places ("头两个", "最后两个", "后俩", "第一个和最后一个"), general usage.
_UNIT_PLACES = re.compile(
    r"(?P<end>头|前|最后|后|末尾|倒数)\s*(?P<k>[两二三四五俩仨])(?:个|家|位)?(?:单位|部门)?(?!任务|项|条|部分)"
    r"|(?:第一个|头一个|第一家)(?:和|跟|与|、|还有)(?:最后一个|最后那个|最后一家|末尾那个)"
)
# One task pointed at ("那条", "这个任务"), as against "这几条" (general usage).
_ONE_TASK = re.compile(
    r"(?<!后面|前面|后边|前边|上面|下面|后头|前头|最后|开头)(?:这|那|该|此)(?:一)?(?:条|项)(?!目)|(?:这|那)个任务"
)
# "当配合单位", "作为牵头": a role taken by the unit just asked about (general usage).
_AS_ROLE = re.compile(r"(?:当|作为|做|担任|是)(?:牵头|责任|配合)")
# "它…", "那个…" opening a question: a pronoun for what was just shown (general usage).
_IT_OR_THIS = re.compile(r"^(?:那|那么)?(?:它|这个|那个)")
# What is asked of a task, not of a unit: its lines, its target, its text, its part.
_TASK_ATTRIBUTE = re.compile(
    r"(?:牵头|责任|配合)(?:单位|部门)|谁(?:来)?(?:牵头|配合|负责)|目标|指标|讲|内容|干啥|做什么|要求|第几部分|哪个部分"
)
# "它配合过几项", "该局另外还参与啥": the tasks of a unit the pronoun stands for.
_IT_UNIT_TASKS = re.compile(
    r"^(?:那|那么)?(?:它|该单位|这个单位|该局|这个局|该委|这个委)(?:一共|总共|还|另外|自己)*(?:牵头|参与|配合|负责|出现)(?:了|过)?"
    r"(?:的)?(?:任务)?(?:一共|总共|加起来)?(?:有|是)?(?:哪|几|多少|什么|啥|别的)"
)
# A line of a task named by its noun ("配合单位", "牵头部门").
_ROLE_LINE = re.compile(r"(?P<role>牵头|责任|配合)(?:单位|部门)")
# "…是个啥单位，没听过": asking what the unit is adds nothing to what is asked (general usage).
_WHAT_UNIT_IS = re.compile(r"是(?:个|一个)?(?:啥|什么|哪个|哪一个|哪家)(?:单位|部门|机构)?|没听过|不认识|不知道")
# "一共几个", "总共多少家": a bare count of what was just shown (general usage).
_BARE_COUNT = re.compile(
    # "剩下几条" after a list narrowed down: what is left is the list shown.
    r"(那|那么)?(剩下的?|剩余的?|还剩下?)?(这么多|好多|挺多)?(啊|呀)?(具体|到底|究竟)?(帮我|你)?(数一下|数下|数数|数一数|统计一下|统计下|算一下|算下)?(这些|它们|这样的|这种的?|这类的?)?"
    r"(一共|总共|统共|共计|合计|共|总计|加起来)?(涉及|包括|包含)?(了)?(有|是)?(几|多少)(个|家|项|条)?(这样的|这种|这类)?(单位|部门|任务)?(的)?(呢|啊|呀)?"
    # "一共？", "数量是", "总数呢": the count asked with no number word (general usage)
    r"|(那|那么)?(一共|总共|总数|数量|个数|条数|合计|共计)(是|呢|有|是多少)?(呢|啊)?"
    # "只有这几项吗？几项", "不重复的有几个": what was shown, counted again (general usage)
    r"|(就|只有|只)?(这)?(几|么几)(条|项|个|家)(吗|啊)?(几|多少)(条|项|个|家)"
    r"|(去重|去重后|去掉重复的?|不重复的?)(一共|总共|共)?(有|是)?(几|多少)(个|家)"
)
# "不算它牵头的…" after a unit's tasks: those it takes part in, less those it plays the role named in (general
# usage).
_LEAVE_OUT_ITS_ROLE = re.compile(
    r"(?:那|那么)?(?:去掉|除去|除掉|排除|刨去|刨掉|扣掉|扣除|不算|不要)(?:它|其|该局|该单位)?(?P<role>牵头|配合|负责)的"
    r"(?:那|这)?(?:几|一|两)?(?:条|项|个)?(?:任务)?(?:呢|吧|后|以后|之后)?(?:还有哪些|剩下哪些|剩下的|是哪些|有哪些)?"
    # "去掉配合的还剩多少项": the rest counted, which the list's answer gives first.
    r"(?:(?:还)?(?:剩下?|有)(?:几|多少)(?:条|项|个)?(?:任务)?)?"
)
# "X部分的责任单位涉及哪些", "这部分都有哪些牵头部门": the units a part names, listed (general usage).
_UNITS_OF_PART_LISTED = re.compile(
    r"(?:单位|部门)(?:一共|总共|都|分别)?(?:涉及|有|包括|是)?(?:哪些|哪几个|哪几家|谁)(?!任务|项|条)"
    r"|(?:涉及|有|包括)(?:哪些|哪几个|哪几家)(?:牵头|责任|配合|参与)?(?:单位|部门)"
)
# "A比B多几项", "A比B少牵头几条": by how many tasks one unit's count exceeds another's (general usage).
_BY_HOW_MANY_MORE = re.compile(r"比.{1,14}?(?:多|少)(?:了|出)?(?:牵头|参与|配合|负责|出现)?(?:几|多少)(?:个|项|条|次)?")
# "去掉第19项还剩哪些" after a list: the list shown, less the tasks named (general usage).
_LEAVE_OUT_VERB = r"(?:去掉|除去|除掉|排除|刨去|刨掉|扣掉|扣除|拿掉|不算|不要)"
# Tasks named by number, or a part by its number ("不算第二部分还有哪些": that part's tasks among those shown).
_NAMED_TASKS = rf"(?:第?\s*{_NUM}\s*(?:项|条|号|部分)?[、和及与,，]?)+"
# What may follow: "…，剩下的再列一下", "…还剩几项", "…其余的有哪些".
_LEFT_ASKED = (
    r"(?:的)?(?:呢|吧|后|以后|之后)?[，,\s]*(?:还有|剩下的?|还剩|剩|其余的?|剩余的?|其他的?)?(?:再|重新)?"
    r"(?P<count>几|多少)?(?:的|哪些|哪几|是哪些|有哪些)?(?:项|条|个)?(?:任务)?"
    r"(?:列一下|列下|列出来|说一下|说下|看看|看一下)?"
)
# "去掉污水那条还剩哪些", "去掉养老那条呢" after a list: the list shown, less the task its topic names
# (general usage; the topic is matched to one task shown by its title or text).
_THAT_ONE = r"(?:的?(?:那|这)(?:一)?(?:条|项|个))?(?:任务)?"
_LEAVE_OUT_TOPIC = re.compile(
    rf"(?:那|那么)?(?:(?:{_LEAVE_OUT_VERB}|除了|除开)(?P<topic>[^，,。？?\s]{{2,14}}?){_THAT_ONE}(?:以外|之外)?"
    rf"|把(?P<put>[^，,。？?\s]{{2,14}}?){_THAT_ONE}(?:也|都)?{_LEAVE_OUT_VERB})"
    r"(?:的)?(?:话)?(?P<rest>呢|(?:还有|剩下的?|还剩|其余的?|剩余的?|其他的?|别的).*)"
)
_LEAVE_OUT_TASKS = re.compile(
    rf"(?:那|那么)?(?:{_LEAVE_OUT_VERB}(?P<named>{_NAMED_TASKS})|把(?P<put>{_NAMED_TASKS}){_LEAVE_OUT_VERB})"
    + _LEFT_ASKED
)
# "去掉末尾两条", "把头一个去掉", "最后一条也不要": tasks of the list shown, by their place at its end or start
# (general usage).
_END = r"最后|末尾|倒数|后|前|头"
_LEAVE_OUT_PLACES = re.compile(
    rf"(?:那|那么)?(?:{_LEAVE_OUT_VERB}(?P<end>{_END})(?P<n>{_NUM})?(?:个|项|条)"
    rf"|把?(?P<end2>{_END})(?P<n2>{_NUM})?(?:个|项|条)(?:也|都)?{_LEAVE_OUT_VERB})" + _LEFT_ASKED
)
# "那22呢", "第22条呢", "22号的呢": the same question about another task (general usage).
_OTHER_TASK = re.compile(rf"(那|那么|换成|再看)?\s*第?\s*({_NUM})\s*(项|条|号|号任务|个任务)?\s*(的)?(呢|嘞|咧)")
# "第9项的" after "第6项配合单位有谁": the same question of another task, its number said in full.
_OTHER_TASK_OF = re.compile(rf"(那|那么)?\s*第\s*({_NUM})\s*(项|条|号)\s*的")
# "第28条的几个" after a count of one task's units: the same count, of another task.
_OTHER_TASK_COUNT = re.compile(rf"(那|那么)?\s*第?\s*({_NUM})\s*(项|条|号)\s*(的)?(几个|多少个|有几个|呢几个)(呢)?")
# "这两项责任单位里重复的是哪些", "它俩的牵头单位是不是一样": what the tasks share (general usage).
_NAMES_A_LEAD = re.compile(rf"(?:{P.NAMES_A_LEAD_VERBS.pattern()})(?:了)?牵头")
# "排第二的部门", "第二多的呢", "次多": a rank below the top (general usage).
_RANK = re.compile(
    r"(?:排名?|位列|排在)第\s*([二三四五2-5])\s*(?:名|位|的)?|第\s*([二三四五2-5])\s*(多|少)|(次)(多|少)"
    # "第二的呢", "第二名是谁": said alone, the next rank (read only right after a superlative)
    r"|^(?:那|那么)?第\s*([二三四五2-5])\s*(?:名|位)?的(?:呢|呀|啊|是谁|是哪个)?$|^(?:那|那么)?第\s*([二三四五2-5])\s*(?:名|位)(?:呢|是谁|是哪个)?$"
)


def _rank_number(rank: re.Match[str]) -> int | None:
    """The rank a :data:`_RANK` match names: 2 for "次多", else its numeral."""
    if rank.group(4):
        return 2
    return read_number(rank.group(1) or rank.group(2) or rank.group(6) or rank.group(7) or "")


# "牵头的部门", "配合的单位", a bare 配合 before a count: a task's line of units, said loosely (general usage).
_ROLE_LINE_LOOSE = re.compile(r"(牵头|配合|责任)的(?:单位|部门)|^(?:那|那么)?(配合|责任)(?=有?几个|有多少|一共|总共)")
# "有几个 分别是谁", "几家，是哪些": a count asked with the names too; every count answer lists them (general usage).
_NAMES_AFTER_COUNT = re.compile(
    r"(?:(?<=几个)|(?<=几家)|(?<=多少个)|(?<=多少家))[\s，,、]*(?:那)?(?:都|分别|各)?(?:是|有)(?:谁|哪些|哪几个|哪几家|啥|什么)[？?]?$"
)
# "分别牵头哪几项", "各自参与哪些", "各牵头哪些": each unit on its own (general usage).
# "商务局牵头的跟林草局牵头的各是哪几项": each unit's own tasks in one role, said unit by unit (general usage).
_EACH_IN_TURN = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,14}?)(?P<role>牵头|配合|负责|参与)的(?:任务)?(?:和|跟|与|以及|还有|、)"
    r"(?P<b>[\u4e00-\u9fff]{2,14}?)(?P=role)的(?:任务)?(?:分别|各自|各)?"
)
_EACH_OF_UNITS = re.compile(r"分别|各自|(?<![县区市])各(?=牵头|参与|负责|配合|有|是|干|管)")
# "城管局和水务局的任务合起来", "住建局或水务局参与的": a task of either unit (general usage).
_UNION = re.compile(rf"{P.UNION_WORDS.pattern()}|(?<![哪])或(?!者)")
# "发改委完全没参与的", "没有涉及水务局的": tasks the unit is on neither line of (general usage).
# "既不牵头也不配合", "没牵头也没当配合单位": neither line, said role by role (general usage).
_NEITHER_ROLE = r"(?:当|作为|做)?(?:牵头|配合|责任|参与)(?:单位)?"
_NOT_INVOLVED = re.compile(
    rf"(?<!有)(?:{P.INTENSIFIERS.pattern()})?(?:{P.NOT_WORDS.pattern()})(?:{P.INVOLVED_WORDS.pattern()})"
    rf"|(?:既|又)?(?:不|没|没有|不是){_NEITHER_ROLE}[，,]?(?:也|又)(?:不|没|没有|不是){_NEITHER_ROLE}"
    # "跟住建局没关系的", "和X无关": no part in it at all
    r"|(?<=[局委办会府联行])(?:无关|没(?:有|啥)?关系|不相关|不沾边)"
)
# "…都没参与", "…全都不沾边": every unit named before it left out (general usage).
_NONE_INVOLVED = re.compile(
    rf"^[的]?(?:都|全都|全|均|一概)(?:{P.INTENSIFIERS.pattern()})?(?:{P.NOT_WORDS.pattern()})(?:{P.INVOLVED_WORDS.pattern()})"
)


def _places_in(places: re.Match[str], length: int) -> tuple[int, ...] | None:
    """The 1-based places a _UNIT_PLACES match names in a list of ``length`` ("最后两个" of 5 → (4, 5))."""
    if not places.group("end"):
        return (1, length) if length >= 2 else None
    k = {"俩": 2, "仨": 3}.get(places.group("k")) or read_number(places.group("k"))
    if k is None or not 1 <= k < length:
        return None
    return tuple(range(1, k + 1)) if places.group("end") in ("头", "前") else tuple(range(length - k + 1, length + 1))


def _place_in(place: re.Match[str], length: int) -> int | None:
    """The 1-based place a _UNIT_PLACE match names in a list of ``length`` ("第三个", "倒数第二个", "最后那个")."""
    if place.group("n"):
        n = read_number(place.group("n"))
    elif place.group("pair"):
        # Only two units have a "front" and a "back" one.
        n = (2 if place.group("pair").startswith("后") else 1) if length == 2 else None
    elif place.group("back"):
        back = read_number(place.group("back"))
        n = length + 1 - back if back is not None else None
    else:
        n = length
    return n if n is not None and 1 <= n <= length else None


# "属于哪个部分", "在哪一部分": the section a task is in (general usage).
_WHICH_SECTION = re.compile(
    r"(?:属于|在|归|是)哪(?:个|一)?(?:个)?(?:部分|板块|大块|块|章|节)|哪个部分(?:的|里)"
    r"|(?:属于|在|归|是)第几(?:个)?(?:部分|板块|大块|章|节)"
)
# "属于第一部分的", "第三部分里": a section named, as a count's scope ("…的有几个").
_SECTION_WORDS_OUT = re.compile(rf"(?:属于|在)?第\s*{_NUM}\s*(?:部分|板块|章)(?:里|中|当中)?")
# "这俩", "这两个都…": two units just asked about, one after the other (general usage).
_UNIT_PAIR = re.compile(
    r"(?:这俩|那俩|它俩)(?!任务|项|条)|他们俩|(?:这|那)两个(?!任务|项|条)|(?:这|那)两家|两个单位|两个部门|(?:这|那)两个?(?:局|委)"
)
# "还有谁一起牵头", "还有哪些责任单位": the other units of a line (general usage).
_ALSO_WHO = re.compile(
    r"还有(?:哪些|谁|哪个|哪几个|哪家|别的)(?:一起|也|同时|共同)?(?P<role>牵头|责任|配合)?"
    # "这项另外那个配合单位是谁": the line's other unit, with the role named (general usage).
    r"|(?:另一个|另外一?个|另外的|另外那个|其他的?|其它的?|别的)(?P<other_role>牵头|责任|配合)单位"
)
# "这两个单位", "这三个里", "这几家": the units just listed for a task (general usage).
_UNITS_SHOWN = re.compile(r"(?:这|那)([两俩三四五几些])(?:个|家)?(?:单位|部门|局)?(?:里|中|当中|里面)?(?!任务|项|条)")
# "它牵头的那条", "它当责任单位的那项": the task a unit plays a role in (general usage).
_ITS_TASK = re.compile(r"\s*(?:当|作为|是)?(?:牵头|负责|责任单位|配合|参与)(?:单位)?的那(?:一)?(?:项|条|个任务|个)")
_ASKS_FIGURE = re.compile(rf"(?<![哪好几十])(?:{P.FIGURE_WORDS.pattern()})(?![百千万十项条个部])|多大")
_ASKS_DATE = re.compile(P.DATE_WORDS.pattern() + r"|到哪年|哪一?年")
_UNIT_KIND_ASKED = re.compile(
    rf"(?:牵头单位|责任单位|配合单位|单位)(?:里|中|当中|里面)?(?:有|包括|包含|含)(?:{'|'.join(UNIT_KINDS)})"
    # "哪些任务有银行参与", "有企业参加的任务": a kind of unit taking part, said of the task
    rf"|(?:有|包括|包含)(?:{'|'.join(UNIT_KINDS)})(?:参与|参加|配合|牵头|加入)"
)
_SAME = re.compile(P.SAME_WORDS.pattern())
# "有啥不同", "区别在哪", "有啥共同的": the words of comparing two tasks (general usage).
_TASK_DIFF_WORDS = re.compile(
    r"有(?:啥|什么|何)(?:不同|区别|差别|差异)|(?:不同|区别|差别|差异)(?:在哪|是啥|是什么)?|(?:有)?(?:啥|什么)共同的?"
    r"|差在哪(?:里|儿)?|差(?:了)?(?:啥|什么|哪些)|(?:不)?一样在哪"  # "差在哪", "差了啥" (general usage)
)
# "它的责任单位", "这个谁牵头": the units of a task, not a unit in a role ("它当责任单位的").
_UNITS_TASKS_ASKED = re.compile(P.UNIT_TASKS_ASKED.pattern())
_TASK_UNITS_ASKED = re.compile(P.TASK_UNITS_ASKED.pattern())
# "第三部分共几项任务": tasks counted, whatever units the question also names.
_ASKS_TASKS_COUNT = re.compile(r"(?:几|多少)(?:项|条)|(?:几|多少)个?任务")
# What a count of one task's units counts, by the line asked.
_COUNTED_OF_ASKED = {asked: counted for counted, asked in _ASKED_OF_COUNTED.items()}
# "最后一条谁牵头" after a list: its last item.
_LAST_ITEM = re.compile(r"最后(那|这)?(一)?(个|项|条)")
_SECTION_REF = re.compile(rf"第\s*({_NUM})\s*({P.SECTION_REF_NOUNS.pattern()})")
# "把牵头单位列出来", "它们各自的配合单位": one role's line asked of the tasks shown (general usage).
_LIST_IT = r"(?:列一下|列出来|列出|列下|说一下|说说)(?:我看看|给我看看|我看下|看看)?"
_EACH_SHOWN = r"(?:它们|这些|这几项|这几条|各自|每项|每条)"
# "…，两条合起来说": the units of the tasks shown, pooled; a line of several tasks is said pooled anyway
# (general usage).
_POOLED_TAIL = re.compile(
    r"(?:这|那)?(?:两|俩|几)?(?:条|项|个)?的?(?:合起来|合在一起|放一起|放在一起|一起|汇总)(?:说|讲|列|看)?(?:一下|下)?$"
)
# "它的牵头部门都是谁", "这项的牵头部门": a line of the one task just shown, pointed at (general usage).
_ITS_LINE = re.compile(
    r"(?:那|那么)?(?:它|这条|这项|该项|这个任务|该任务|此项)的?(牵头|责任|配合)(?:单位|部门)"
    r"(?:都|分别)?(?:是|有)?(?:谁|哪些|哪几个|哪个|啥|什么)?(?:呢|吧|呀|啊)?"
)
# A role's line named with 的 or 参与 in it ("配合的单位", "参与配合的部门"), and the words a request or a remark wraps
# it in ("应该挺多吧，都有哪些", "都列一下"), general usage.
_ROLE_LINE_NOUN = re.compile(r"(?:参与)?(?:牵头|配合|责任)(?:的)?(?:单位|部门)")
_LINE_REMARKS = re.compile(
    r"那|这条|这项|它的|应该|估计|肯定|挺多|很多|不少|蛮多|吧|啊|呢|都|全部|全|一共|有|是|哪些|哪几个|谁|列一下|列出来|说一下|"
    r"给我|看看|请|麻烦"
)
_ROLE_LINE_ASKED = re.compile(
    rf"(?:那|那么)?(?:请)?(?:{_LIST_IT}|看看|看一下|给我)?{_EACH_SHOWN}?的?"
    r"(牵头|责任|配合)(?:单位|部门)(?:都|分别|各)?(?:是|有)?(?:谁|哪些|哪几个|啥|什么)?(?:呢|吧|呀)?"
    rf"|(?:那|那么)?(?:请)?把{_EACH_SHOWN}?的?(牵头|责任|配合)(?:单位|部门)(?:都|也)?{_LIST_IT}(?:吧|呀)?"
    # "都有谁牵头", "分别是谁配合的": 都/分别 ask it of every task shown
    rf"|(?:那|那么)?{_EACH_SHOWN}?(?:都|分别|各自|各)(?:有|是)?谁(?:来)?(牵头|配合)(?:的)?(?:呢|吧|呀)?"
    # "把这几家配合的说一下": the units of the line, the noun unsaid ("这几个" are they)
    rf"|(?:那|那么)?(?:请)?把?(?:{_EACH_SHOWN}|这几个|这几家|这些个)?的?(牵头|责任|配合)的(?:单位|部门)?(?:都|也|全)?{_LIST_IT}(?:吧|呀)?"
    # "牵头跟责任单位都说说", "所有单位列一下": both lines
    rf"|(?:那|那么)?(?:请)?把?{_EACH_SHOWN}?的?(?P<both>牵头(?:和|跟|、|及)?(?:配合|责任)|所有|全部)的?(?:单位|部门)"
    rf"(?:都|也|全|全部)?{_LIST_IT}(?:吧|呀)?"
)
# "这是哪一项里的", "它在第几条": the number of the task the last answer was about (general usage).
_WHICH_TASK_IS_IT = re.compile(
    # the pronoun may be left out ("是哪条任务", "哪条里说的"): what was just quoted is meant
    r"(?:那|那么)?(?:这|它|这个|这句|这条|这个目标|这个要求)?(?:是|在|属于|出自|写在)?"
    r"(?:哪一?项|哪一?条|第几项|第几条|哪个任务)(?:任务)?(?:里|中|里面|当中)?(?:的|写的|提的|说的)?(?:呢|啊|呀)?"
)
# "在哪条里，谁牵头", "哪个局牵头这事": where the thing just quoted stands, and a role of that task.
_WHICH_TASK_PHRASE = re.compile(
    r"(?:这是|它是|这个是|是|在|属于|出自)?(?:哪一?项|哪一?条|第几项|第几条|哪个任务)(?:任务)?(?:里|中|里面|当中)?(?:的)?"
)
# "讲养老托育的那条…", "公共服务向乡村覆盖那条，…": a listed task pointed at by words of its title.
# "换成X那条呢", "回到X那个": the same question of another task shown, picked by its topic (general usage).
_PICK_LEAD_IN = r"^(?:那|那么)?(?P<back>换成|换到|回到|再回到|再说|再看|看看)?"
_TOPIC_THEN_THAT_ONE = re.compile(
    _PICK_LEAD_IN + r"(?P<topic>[^，,。？?]{2,16}?)(?:的)?那(?:一)?(?:条|项|个任务)[，,\s]*"
)
# "垃圾那个是多少" after a list: a thing of one listed task, named by a word of its text (general usage).
_TOPIC_THEN_THAT = re.compile(_PICK_LEAD_IN + r"(?P<topic>[\u4e00-\u9fff\w]{2,10}?)(?:的)?那个(?![任单部局])[，,\s]*")
# "那个X的配合单位", "前面那个X的": the pointer first, then the topic (general usage).
_THAT_ONE_ABOUT = re.compile(
    r"^(?:那|那么)?(?:前面|上面|刚才|刚刚|之前)?那(?:个|条|项)(?:讲|说|关于)?(?P<topic>[\u4e00-\u9fff]{2,8}?)的(?=.)"
)
_ABOUT_LEAD_IN = re.compile(
    r"^(?:其中|里面|里头|专门|主要)?(?:讲|说|关于|涉及|有关|提到|写了?)?(?:(?:目标|指标|比例|数字)(?:是|为|定的是|定为|写的是))?"
)
_WHO_ASKED = re.compile(r"谁|哪个局|哪个单位|哪家|哪些单位|哪几个单位|哪个部门|哪些部门|哪几家")
_THIS_MATTER = re.compile(r"这事儿?|这件事|这个事儿?|这项工作|这个工作|这一块|这块")
# Where one clause of a question ends and the next begins ("交通局牵头、…", "…的 配合单位又有…").
_CLAUSE_BREAK = re.compile(r"[、，,；;\s]+(?:而且|并且|同时|又|且)?|(?:而且|并且|同时)")
# "是什么角色", "啥身份", "牵头还是配合": which role a unit plays (general usage).
# "涉及单位", "牵头加责任一共": units of both lines together (general usage).
_BOTH_LINES = re.compile(
    r"涉及的?(?:单位|部门)|参与的?(?:单位|部门)|(?:单位|部门)(?:总数|合计|加起来|加在一起)"
    r"|牵头(?:单位)?(?:和|加上?|连同)责任(?:单位)?|全部单位|所有单位"
)
# "…牵头的三条", "…配合的那两项任务": a unit's tasks in a role, with their number said (general usage).
_UNITS_N_TASKS = re.compile(
    r"(?:牵头|配合|负责|参与)的(?:那)?([两二三四五六七八九十\d]{1,2})(?:条|项|个)(?:任务)?(?:呢|吧)?$"
)
# "有哪几条", "都包括哪些任务": the tasks asked for, nothing else named (general usage).
_WHICH_TASKS_BARE = re.compile(
    r"(?:那|那么)?(?:都|具体)?(?:有|包括|包含|是)?(?:哪几条|哪几项|哪些条|哪些项|哪些任务|哪几个任务|哪些)(?:呢|啊|呀)?[？?]?"
)
# "只是配合不是牵头", "光当配合单位、没牵头": on a task without leading it (general usage).
_ONLY_HELPS = re.compile(
    r"(?:只是|只|光|仅仅?|就)(?:当|作为|是)?(?:配合|责任单位|配合单位)[，,、\s]*(?:而)?(?:不是|不当|没有?|不)(?:来)?牵头"
)
# "X也在这条里吗", "X参与其中没有": whether a unit is on the task shown (general usage).
_IS_IT_ON = re.compile(
    r"(?:也)?(?:在|参与|有份)(?:这条|这项|这一条|这一项|里面|里头|其中|这里面)(?:里|中)?(?:吗|么|没|不|[？?]|$)"
)
# "另一个", "另外那项": the other one of two (general usage).
_OTHER_ONE = re.compile(r"另(?:外)?(?:一|那)?(?:个|项|条)(?!单位|部门|局)")
# "不是牵头的", "没当配合单位的": a role denied (general usage).
# "是不是责任单位" asks yes or no: its 不是 is no negation (the A-not-A form, general usage).
_NOT_IN_ROLE = re.compile(r"(?:(?<!是)不是|不当|没当|没有当|不作为|并非)(?:牵头|责任|配合)")
# "哪几条有商务局", "哪条是它牵头": which of something, asked first.
_WHICH_FIRST = re.compile(r"^(?:那|那么)?(?:哪几条|哪几项|哪些条|哪些项|哪些任务|哪条|哪项|哪一项|哪一条)")
_WHOLE_NOTICE = re.compile(r"所有|全部|整个|通知|全文|文件|一共|总共")
# "里面", "其中" point into the one task shown as well; the plural words point at a list.
_THESE_TASKS_ONLY = re.compile(r"里面|里头|其中|这里面")
_WHICH_ROLE = re.compile(r"角色|身份|牵头还是(?:配合|责任)|(?:配合|责任单位)还是牵头|什么单位|啥单位")
# "这部分", "该板块", "这一块": the part just shown (general usage).
_THIS_PART = re.compile(rf"(?:这|该|此|那)一?个?(?:{P.SECTION_REF_NOUNS.pattern()})(?:里|中|里面|当中)?")
# "底下都包括什么任务", "里头都有啥任务" opening the question: the tasks under the part just shown (general usage).
_UNDER_IT = re.compile(
    r"^(?:那|那么)?(?:它)?(?:下面|底下|下边|里面|里头|其中)(?=(?:都|一共|共|总共)?(?:有|包括|包含|是))"
)
_SECTION_NUMERAL = r"[一二三四五六七八九]|\d(?!\d)"
_SECTION_LIST = re.compile(
    rf"(?<![十百\d一二三四五六七八九])(?P<nums>(?:第\s*)?(?:{_SECTION_NUMERAL})(?:\s*(?:、|和|与|及|跟|,|，|\s)?\s*(?:第\s*)?(?:{_SECTION_NUMERAL}))+)"
    rf"\s*(?:两|二|三|几)?\s*个?\s*(?:{P.SECTION_LIST_NOUNS.pattern()})"
)
_SECTION_BY_WORD = re.compile(
    r"([\u4e00-\u9fff]{2})(?:那一?块|这一?块|那一?部分|这一?部分|那个部分|部分|板块|那一?章|那一?节)"
)
_SECTION_RANGE = re.compile(
    rf"(?:第\s*)?({_SECTION_NUMERAL})\s*(?:到|至|-|~|～|—)\s*(?:第\s*)?({_SECTION_NUMERAL})\s*(?:个)?"
    rf"(?:{P.SECTION_LIST_NOUNS.pattern()})"
)
_SECTION_CONTEXT = re.compile(P.SECTION_CONTEXT_WORDS.pattern())
# "三部分里": a section numeral right before 部分 without 第 (not "三个部分", a count; "一部分" is "a part").
_BARE_SECTION = re.compile(
    r"(?<![第\d一二三四五六七八九十两几后这那哪每其])([二三四五六七八九])\s*(?:部分|大部分|板块)"
)
# "五 文体 有哪几项", "二里面哪条…", "三、环境质量那部分": a section's numeral opening the question,
# the way the notice heads its sections ("一、…").
_LEADING_SECTION = re.compile(r"^(?:那|那么)?([一二三四五六七八九])\s*(?:、|\s|里面|里头|里|中)")
_LAST_SECTION = re.compile(rf"最后(那|这)?(一|一个)?({P.SECTION_ORDINAL_NOUNS.pattern()})")
_FIRST_SECTION = re.compile(r"(第一个|头一个|开头的?)(部分|板块)")
# "第一次", "最后一次", "头一回": a place among a unit's tasks counted as times it takes part (general usage).
_OCCURRENCE = re.compile(rf"(?P<place>第\s*{_NUM}|最后一?|头一?)(?:次|回)(?!数)")
# "第三个", "排第三的" (the item in that place of the list shown).
# "第二的呢" said alone: the second of those shown (after a superlative, the next rank instead; read first).
_ORDINAL = re.compile(
    rf"(?:排在?)?第\s*({_NUM})\s*({P.ORDINAL_NOUNS.pattern()}|(?<=排..)的|(?<=排在..)的|的(?=[呢呀啊]?[？?]?$))"
)
_PUNCT = re.compile(r"[\s，,。.！!？?、：:；;~～…\"'“”‘’（）()]+")


# "X的人口有多少", "X的面积是多少": a noun after 的 that is none of the task or role words asks for a figure of
# the unit itself (general usage).
_OTHER_MEASURE = re.compile(
    r"的(?!任务|工作|事|活|项|条|牵头|责任|配合|参与|有|是|一共|总共|共|都|加起来|合计|单位|部门)"
    r"[\u4e00-\u9fff]{1,4}?(?:一共|总共|大概|大约)?(?:有|是)?(?:多少|几)(?![项条件个]?(?:任务|工作|项|条))"
)


def _rx(*tables: Table) -> re.Pattern[str]:
    return re.compile("|".join(t.pattern() for t in tables), re.IGNORECASE)


_GREETING = _rx(P.GREETINGS, P.THANKS, P.ABOUT_YOU, P.COMPLAINTS, P.LAUGHTER)
_FILLER = _rx(P.FILLERS)
_SMALLTALK_FILLER = _rx(P.FILLERS, P.SMALLTALK_FILLERS)
# "哪几项" lists and "几个公墓" asks a figure; "几项", "几个部分", "几个责任单位", "出现几次" count.
_COUNT = re.compile(
    r"(?<![哪好第])(几|多少)(项|条|次)"
    # Not "多少工作经费", "多少工作量": an amount of the work, not a number of tasks.
    r"|(?<![哪好第])(几|多少)(个)?(大)?的?(部分|板块|大块|任务|工作)(?!经费|资金|费用|预算|量|人员|日|时间)"
    r"|(?<![哪好第])(几|多少)(个|家)?(不同的?)?(牵头|责任|配合|参与)?(单位|部门|局)"
    r"|(任务|单位|部门|项目)的?(数量|总数|个数|数目|数)(?![据字])|(总数|数量)是?多少|的次数"
    r"|(牵头|参与|配合|负责)(的)?(任务)?(的)?(数量|总数|个数|项数|条数)|去重(后|以后|之后)?(有|是|还有)?(几|多少)"
    r"|(任务|工作|事项)(一共|总共|共)?(有|是)?(几|多少)(个|项|条)"
    # "摊上几个牵头的活儿" (活儿 read as 任务): how many tasks in a role
    r"|(?<![哪好第])(几|多少)(个|项|条)?(牵头|配合|参与|负责)的?任务"
    r"|(单位|部门)(不重复|去重)?(算)?(的话)?[，,]?(一共|总共|共)?(有|是)?(几|多少)(个|家)"
)
_TOTAL = _rx(P.TOTAL_WORDS)
_MOST = _rx(P.MOST_WORDS)
_FEWEST = _rx(P.FEWEST_WORDS)
_BOTH = _rx(P.BOTH_WORDS)
_BUT_NOT = re.compile(P.BUT_NOT_WORDS.pattern())
_LIST = _rx(P.LIST_WORDS)
# "40%呢", "那拉面呢": a word alone, asked the way the last question asked (general usage).
_WORD_AGAIN = re.compile(r"(?:那|那么)?(?P<word>[^，,。？?\s]{2,12}?)(?:的)?呢[？?]?")
# "那最多的呢", "最少的是哪条": the other end of the superlative just asked (general usage).
_OTHER_END = re.compile(
    r"(?:那|那么)?(?:反过来)?(?:最多|最少)(?:的)?(?:那项|那条|那个|那一项)?"
    r"(?:呢|(?:又)?是哪个|(?:又)?是哪条|(?:又)?是哪项|(?:又)?是哪一项)?[？?]?"
)
# "哪条是讲养老的", "哪一项是关于X的": one task asked for, about a word (general usage).
_ONE_ABOUT = re.compile(r"哪(?:一)?(?:条|项|个任务)(?:是)?(?:讲|说|关于|专门讲|主要讲)")
# What a part holds, asked of a part named by its title alone ("实施保障包括几项").
_TASKS_OF_PART_ASKED = re.compile(rf"{P.LIST_WORDS.pattern()}|{P.COUNT_WORDS.pattern()}")
_LEAD = _rx(P.LEAD_WORDS)
_RESPONSIBLE = _rx(P.RESPONSIBLE_WORDS)
_ANY = _rx(P.ANY_ROLE_WORDS)
# "没写牵头单位", and any verb of listing between "not" and 牵头 ("没列牵头", "未指定牵头"), as _NO_RESPONSIBLE has it.
_NO_LEAD = re.compile(
    # Not the 没 of 有没有 ("有没有列牵头单位" asks whether, it does not say "not written").
    rf"{P.NO_LEAD_WORDS.pattern()}|(?<!有)(?:没有|没|未|不)(?:{P.LISTING_VERBS.pattern()})(?:出|明|上)?(?:的)?牵头"
)
_TARGETS = _rx(P.TARGET_WORDS)
_MENTION = _rx(P.MENTION_WORDS)
_PRONOUN = _rx(P.PRONOUNS)
_UNIT_PRONOUNS = frozenset(P.UNIT_PRONOUNS.entries)
_TIME_WORDS = frozenset(P.TIME_POINTERS)
# "两项牵头单位一样吗": the two shown, without 这 (not "哪两条", "前两条", "第两条").
_THESE = re.compile(
    rf"{P.THESE_WORDS.pattern()}|(?<![哪几第这那前后头末])(?:两|俩)(?:条|项)(?=的|配合|牵头|责任|都|共同|一样|相同)"
)
_MORE = _rx(P.MORE_WORDS)
_CONTACT = re.compile(
    rf"(?:{P.CONTACT_WORDS.pattern()})(?:是|在|有)?(?:哪|多少|什么|几|怎么|谁)|哪栋楼|在哪(?:里)?办公"
    rf"|(?:哪个|什么|哪一个)(?:{P.CONTACT_WORDS.pattern()})"
)
# "去年…是多少", "现在…产值多少了": a figure of the present or past, not a count of tasks or units.
_CURRENT_FIGURE = re.compile(
    rf"(?:{P.CURRENT_WORDS.pattern()}).{{0,14}}(?:(?:多少|几)(?!项|条|次|个?(?:任务|部分|板块|单位|部门)|家|个局)"
    r"|多大|多长|多高|多宽|多远)"
    # "2021年全市改造完成了多少老旧小区": what has been done, a statistic, not the plan's target
    rf"|(?:{P.DONE_VERBS.pattern()})了(?:多少|几)"
    # "实际做到多少了", "转化率达到多少了": how far it has got, not the target
    r"|实际(?:上)?.{0,6}(?:多少|几)|(?:完成|实现|达到|做到)(?:了)?(?:多少|几).{0,3}了"
)
# "5A景区评上了没有", "建成了吗", "进展到哪了": how far things have got, which a plan does not record.
_STATUS = re.compile(
    r"(?:评上|建成|建好|完成|开通|落地|获批|批下来|通过|验收)(?:了)?(?:没有|没)(?!有?(?:写|列|提))"
    r"|(?:评上|建成|建好|完成|开通|落地|获批|验收)了(?:吗|么|没)|有没有(?:评上|建成|建好|完成|开通|落地)"
    r"|(?:进展|进度)(?:怎么样|如何|到哪|咋样)|推进到哪|落实得?(?:怎么样|如何)"
    # "…率到40%了吗", "达到目标了没有": whether a figure is reached by now (general usage).
    r"|(?:到|达到|达成|实现|超过)[^，,。？?]{0,10}了(?:吗|么|没有?)[？?]?$"
)
_OPINION = _rx(P.OPINION_WORDS)
# "那所医院具体是哪家": which one of a kind a plan counts ("每个县均有1所二甲医院") and never names (general
# usage). "哪家单位牵头" asks a role; "…基地叫啥" may be named in the text, so names asked are left to retrieval.
# "第二个是哪家" after units are listed asks a unit: a facility is named before the question word.
# "这个局局长叫啥", "负责人是谁": a person asked for; a plan names offices only (general usage).
_PERSON_ASKED = re.compile(
    f"(?:{P.OFFICIAL_TITLES.pattern()})(?:{P.PERSON_ASKS.pattern()})"
    # "谁签发的", "签发人是谁": a notice is signed by a person, whom it does not name (who issued it is a body)
    r"|谁签(?:发|的|字|署|了)|签发人|签字人|签批人"
    # "哪位领导签发的", "哪个负责人批的": a person asked for by which one, the title after (general usage)
    rf"|哪(?:位|个|一位)(?:市|县|省|区)?(?:{P.OFFICIAL_TITLES.pattern()})(?!小组|机制|班子|机构)"
)
_NAME_OF_ONE = re.compile(
    r"(?:医院|学校|幼儿园|中学|小学|公园|园区|企业|公司|基地|市场|景区|商圈|养老院|中心)[^，,。？?]{0,6}"
    r"(?:哪家|哪所|哪一家|哪一所)(?!单位|部门|局|机构|牵头|负责|配合)"
    # "二甲医院具体叫啥名": a place of care, school or firm by its name; such plans count them, never name them
    r"|(?:医院|学校|幼儿园|中学|小学|养老院|敬老院|企业|公司)[^，,。？?]{0,4}(?:叫啥|叫什么|名字|名称)"
)
# Words of the roles and their lines: a reason or a name asked about them asks about the task table.
_ROLE_WORD = re.compile(r"牵头|责任|配合|单位|部门")
# "为啥…", "为什么会…": a reason asked; "定位为什么类型" is 为 + 什么 ("as what"), not why (general usage).
_REASON = re.compile(rf"{P.REASON_WORDS.pattern()}|(?<![定列作成称认])为什么(?!类型|样|性质|级别|功能|定位)")
# Whether money or an approval has come ("批复哪天下达"), asked of now.
_ARRIVAL = re.compile(rf"(?:什么时候|啥时候|几时|多久|何时|哪天).{{0,4}}(?:{P.ARRIVAL_WORDS.pattern()})")
# "这周的对接活动在哪开": the place or hour of one occasion, which a plan never gives (general usage).
_OCCASION = re.compile(
    rf"(?:{P.OCCASION_WORDS.pattern()}).{{0,14}}(?:在哪|在什么地方|哪里|地点|几点|哪天|几号|什么时候|啥时候)"
)
# "这份方案有效期到什么时候", "啥时候失效": the notice's own term of validity, when it does not state one.
_VALIDITY = re.compile(P.VALIDITY_WORDS.pattern())
# How a notice states its own term ("有效期至…", "自印发之日起施行"): without one, the question is declined.
_VALIDITY_STATED = re.compile(P.VALIDITY_STATED.pattern())
# "我家房子能不能纳入…": one person's case (an asker, an eligibility word, a procedure).
_PERSONAL = re.compile(
    rf"(?:{P.SELF_WORDS.pattern()}).{{0,12}}(?:{P.ELIGIBILITY_WORDS.pattern()}).{{0,2}}(?:{P.PROCEDURE_WORDS.pattern()})"
    rf"|(?:{P.SELF_WORDS.pattern()}).{{0,2}}(?:{P.PROCEDURE_WORDS.pattern()}).{{0,14}}(?:{P.HOW_TO_WORDS.pattern()})"
    # "…怎么预约", "在哪报名": how or where one person gets it done, with no asker named; not of the task table
    rf"|(?:怎么|咋|如何|在哪|去哪|到哪)(?:里|儿)?(?:才能|可以|能)?(?:{P.ONE_PERSON_PROCEDURES.pattern()})"
    r"(?![^，,。？?]{0,6}(?:任务|单位|部门|牵头|负责|配合))"
)
_UNITS_WORD = re.compile(P.UNIT_NOUNS.pattern())
# "提到拉面的那些任务", "哪些条目讲到冷链", "海绵城市在哪几条里提到了": tasks whose text has a word (general usage).
# "哪些任务跟X有关": 有关 closing the question is about X too ("有关部门" keeps it out of ABOUT_VERBS).
_MENTION_VERB = re.compile(_rx(P.MENTION_VERBS, P.ABOUT_VERBS).pattern + r"|有关(?=[吗呢啊？?]*$)")
_PRINTS_VERB = _rx(P.MENTION_VERBS)
# "写到燃气的那条", "写了5G的那几条": a bare 条 closing the question stands for the tasks (general usage).
_TASKS_AT_END = re.compile(r"的(?:那些|那几|这些|这几)?条[吗呢呀啊儿]*[？?]?$")
_WHICH_TASKS = re.compile(P.WHICH_TASKS_WORDS.pattern())
# "哪几种", "哪些旧址", "哪几个县", "哪段堤": which things (kinds, places), not which tasks.
_WHICH_THINGS = re.compile(
    r"哪(?:些|几)(?:种|类|样|个|处|座|所|家)?(?![种类样个处座所家项条]|任务|部分|提到|提及|写到|写了|讲到|说到|涉及)"
    r"[\u4e00-\u9fff]|哪几种|哪几类"
    r"|哪(?:段|处|座|所|种|类|片)(?![项条])"
)
_IN_WHICH = re.compile(r"(?:是|在)哪(?:几|一)?(?:项|条|个任务)(?:任务)?(?:里|中|当中)")
# "登记失业率的目标是在哪项", "一刻钟生活圈写在第几项": where a word of the notice is, asked at the end (general usage).
_AT_WHICH_END = re.compile(
    r"(?:在|写在|出现在)(?:第)?(?:哪|几)(?:几|一)?(?:项|条|个任务)(?:任务)?(?:里|中|上)?[吗呢呀啊]*$"
)
# City departments and county governments as kinds of lead unit (general usage: 市直部门 vs 县区政府).
_DEPARTMENT_KIND = r"(?:市直|市里|市级|市属)(?:的)?(?:部门|单位|局)?|(?:市)?部门"
_COUNTY_KIND = r"县(?:人民)?政府|县里|各县|县级政府|县区"
# "牵头单位既有市直部门又有县政府", "县政府和市里部门一起牵头的": both kinds on one lead line.
_LEAD_BOTH_KINDS = re.compile(
    rf"(?:既|又|也|同时|都)?有?(?:{_DEPARTMENT_KIND}).{{0,6}}(?:又|也|还|同时)有?(?:{_COUNTY_KIND})"
    rf"|(?:既|又|也|同时|都)?有?(?:{_COUNTY_KIND}).{{0,6}}(?:又|也|还|同时)有?(?:{_DEPARTMENT_KIND})"
    rf"|(?:{_DEPARTMENT_KIND})(?:和|跟|与|加)(?:{_COUNTY_KIND})(?:一起|共同|联合)牵头"
    rf"|(?:{_COUNTY_KIND})(?:和|跟|与|加)(?:{_DEPARTMENT_KIND})(?:一起|共同|联合)牵头"
)
# "有市直部门牵头的": a lead line naming at least one city department.
_LEAD_SOME_DEPARTMENT = re.compile(rf"(?<![没无])有(?:{_DEPARTMENT_KIND})(?:来|参与|一起|也)?牵头")
# "没有市直部门牵头的", "只有县政府牵头的": a lead line of county governments alone.
_LEAD_NO_DEPARTMENT = re.compile(
    rf"(?:没有|没|无)(?:{_DEPARTMENT_KIND})(?:来|参与)?牵头|(?:{_DEPARTMENT_KIND})(?:都)?(?:没有|没|不)(?:参与)?牵头"
    rf"|(?:只有|只由|仅由|全是|都是|光是)(?:{_COUNTY_KIND})(?:来)?牵头"
)
# "市直部门单独牵头的", "只有市里部门牵头": a lead line of city departments alone.
_LEAD_DEPARTMENTS_ONLY = re.compile(
    rf"(?:只有|只由|仅由|全是|都是|光是)(?:{_DEPARTMENT_KIND})(?:来)?牵头"
    rf"|(?:{_DEPARTMENT_KIND})(?:自己|独自|单独|一家|独立)+牵头"
)
# Where a question joins two conditions on tasks (general usage): "而且", "但没有", "的里面", "又有". A comma or a
# space alone is no join: a plain-language question with a pause in it read as two conditions cost one topic
# answer on a reported set (heldout colloquial 95.7% -> 94.3%, found by aggregate and by rule).
_CONDITION_JOIN = re.compile(
    r"[，,、\s]*(?:而且|并且|同时|但是|但|却|可是|且|的里面|里面|当中|其中|(?<=任务)(?:里|中))[，,\s]*"
    r"|[，,、](?=(?:牵头|责任|配合)(?:单位|部门))|"  # "水务局牵头、配合单位里还有生态环境局的"
    r"(?<=\S{2})(?:又|也)(?=有|没|是|不|只|带|当)"
)
# Words that point back into the conversation: such a question is a follow-up, not two conditions.
_POINTS_BACK = re.compile(r"它|他们|其中的|这|那|呢|刚才|上面|前面")
# A side that says "not" first ("没有百分比目标的"): the side read without it, then negated.
_NEGATION_AHEAD = re.compile(r"(?:又|也|还)?(?:没有|没|不是|并非|不|无|未)(?=\S)")
# "配合单位中没有财政局", "牵头单位中不含民政局": a negated unit after the line named (general usage).
_NEGATION_BEFORE_UNIT = re.compile(r"(?<=单位|部门)(?:里|中|里面|当中)?(?:没有|没|不含|不包括|不是|无)(?=\S)")
# A side's own question words ("…有几个", "…是哪些"), left out when the side is read as a condition.
_ASKS = re.compile(r"几|多少|哪")
_ASKS_AT_END = re.compile(r"(?:的)?(?:任务)?(?:有|是)?(?:几|多少|哪些|哪几)(?:个|项|条)?(?:任务)?[呢呀啊吗]?$")
# A year of any kind asked for: "有具体年份的", "带时间节点的" (general usage).
_ANY_YEAR = re.compile(
    r"年份|时间节点|年度节点|完成年限|哪一?年(?:完成|之前|以前|前)|时间要求|完成时限|完成时间|时间表|截止时间|截止日期|期限"
)
# The counties asked for as such: "几个县", "哪几个县城", "县城有多少个" (general usage); "每个县…" is no such question.
_COUNTIES_ASKED = re.compile(
    r"(?<!每)(?:几|多少|哪几|哪些)个?县(?:城)?(?![政人])|(?<!每个)县城?(?:一共|总共|共)?有(?:几|多少|哪几|哪些)个?(?:县)?$"
)
# "第二部分第一条", "第四部分的最后一项", "一部分里第3个": a task counted within a part (general usage).
_ORDINAL_IN_SECTION = re.compile(
    rf"(?:(?<=^)|(?<=[^\d一二三四五六七八九十]))(?:第\s*)?(?P<part>{_NUM})\s*(?:部分|大项|块|章)(?:的|里|中|里面|当中)?\s*"
    rf"(?:(?:第\s*(?P<nth>{_NUM})|(?P<last>最后|末尾的?))\s*一?(?:条|项|个)(?:任务)?"
    # "第四部分里排第三的": a place in the part, said as a rank (general usage)
    rf"|排(?:在)?第\s*(?P<nth2>{_NUM})(?:的|位|个)?)"
)
# "X在哪", "X那条是第几项": where a unit is named (general usage).
_UNIT_WHERE = re.compile(
    r"(?:在|出现在|被安排在|安排在|被分到|分到|分在|排在)哪(?:里|儿|块|几条|几项|些条|些项|条|项)?(?:任务)?(?:了)?[呢呀啊]?$|那[条项](?:任务)?是(?:第几|哪)[条项个]?"
)
_HAS_TERM = re.compile(
    r"(?:有|带有?|含有?)(.{1,10}?)(?:的?(?:目标|指标)的?|的)(?:是)?(?:哪|哪一|哪几)?(?:个)?(?:任务|条目|条|项)"
)
_SECTION_NOUN = re.compile(rf"[这那]?一?(?:{P.SECTION_NOUNS.pattern()})")
_PERCENT = re.compile(P.PERCENT_WORDS.pattern())
_TERM_NOISE = _rx(P.TERM_NOISE)
# "6号任务配合单位有几家", "商务局当责任单位几回", "县里牵头的一共多少": a count word closes the question.
_COUNT_AT_END = re.compile(r"(?<![哪好第])(?:几|多少)\s*(?:个|家|回|次|项|条|处)?\s*(?:呀|啊|呢|吗)?$")
# 比 that compares two things: 比例, 比率, 比重 are a share (a figure asked of one task), general usage.
_COMPARED_BY = r"比(?![例率重])"
# "第9项比第7项多出来哪些责任单位", "1号任务有而2号任务没有的": units one task has and another lacks.
_TASK_DIFF = re.compile(
    rf"{_COMPARED_BY}.{{0,10}}(?:多|少)"
    r"|多出|多了|少了|有而|有但|有(?!没有).{0,8}没有|不在|没在|而.{0,8}没有|但.{0,8}没有|是.{0,10}没有的|不同|区别|差在哪|差别|差异|不一样"
)
_FEWER = re.compile(rf"{_COMPARED_BY}.{{0,10}}少|少了")
# "除了发改委，哪个单位…最多", "不算各县政府": units a superlative leaves out.
_EXCLUDE = re.compile(P.EXCLUDE_WORDS.pattern())
_EXCLUDED_AFTER = re.compile(rf"\s*(?:都)?(?:{P.EXCLUDED_AFTER_WORDS.pattern()})")
# "只有各县人民政府牵头的", "光是各县政府牵头，没有市里部门一起牵头": the unit is the only lead.
_ONLY_LEAD = re.compile(P.ONLY_LEAD_WORDS.pattern())
# "牵头单位只写了X", "责任单位就只有“X”": a role's line naming one unit (general usage).
_SOLE_IN_ROLE = re.compile(
    # "牵头单位那栏只写了": the column of the table, said
    r"(牵头|责任|配合)(?:单位|部门)(?:那|这)?(?:一)?(?:栏|列|格)?(?:里|中)?\s*(?:就|只|仅|就只|只是|仅仅)(?:有|写了?|是|列了?)?"
    r"\s*[“\"「『‘]?\s*$"
)
_NOT_LED = re.compile(P.NOT_LED_WORDS.pattern())
# "…但卫健委不是", "…水务局没参与", "教育局有 财政局没有": the second unit is left out.
_NOT_THIS_ONE = re.compile(
    rf"\s*(?:{P.CONTRAST_ADVERBS.pattern()})?(?:{P.NOT_THIS_ONE_WORDS.pattern()}|没有?(?:的|的任务)?\s*$)"
)
_NOWHERE = re.compile(rf"\s*(?:{P.CONTRAST_ADVERBS.pattern()})?(?:{P.NOWHERE_WORDS.pattern()}|没有?(?:的|的任务)?\s*$)")
_WHICH_UNIT = re.compile(
    rf"哪(个|家|些|几个)(市直|市级)?({P.UNIT_KIND_NOUNS.pattern()})|谁|({P.UNIT_KIND_NOUNS.pattern()})是(哪|谁|什么)"
)
_TASK_WORD = re.compile(P.TASK_WORDS.pattern())
_SECTIONS_WORD = re.compile(P.SECTION_WORDS.pattern())
_COUNTIES_LEFT_OUT = re.compile(
    rf"(?:{P.EXCLUDE_WORDS.pattern()})(?:{P.COUNTY_GOVERNMENT_WORDS.pattern()})(?:以外|之外)?"
    rf"|(?:{P.COUNTY_GOVERNMENT_WORDS.pattern()})(?:都)?(?:{P.EXCLUDED_AFTER_WORDS.pattern()})"
)
# "哪个局", "市直部门里", "除了县政府": city departments, the county governments left out (general usage).
_DEPARTMENT = re.compile(
    rf"哪(个|家|些)(市直|市级)?({P.CITY_DEPARTMENT_NOUNS.pattern()})|({P.CITY_DEPARTMENT_NOUNS.pattern()})(里|中|当中)"
    rf"|的({P.CITY_DEPARTMENT_NOUNS.pattern()})|市直|市级部门"
    rf"|(?:{_COUNTIES_LEFT_OUT.pattern})"
)
# What a task says, asked ("讲了啥", "里面提到的X有哪些", "那个办法叫什么"), general usage.
_TEXT_WORDS = re.compile(
    r"讲(的|了)?(什么|啥)|说(的|了)?(什么|啥)|内容|是什么任务|具体(是)?什么|干什么|做什么|要求"
    r"|提到|写到|说到|提及|叫(什么|啥)|全称|全名|什么名"
)
_TARGET_ASK = re.compile(P.TARGET_ASK_WORDS.pattern())
_CONDITION = [
    (re.compile(rf"(?:{P.ONLY_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.EQ),
    (re.compile(rf"(?:{P.MORE_THAN_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.GT),
    (re.compile(rf"(?:{P.AT_LEAST_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.GE),
    (re.compile(rf"(?:{P.FEWER_THAN_WORDS.pattern()})\s*({_NUM})\s*个?"), Comparator.LT),
    (re.compile(rf"({_NUM})\s*[个家]\s*(?:或)?(?:以上|及以上)"), Comparator.GE),
    (re.compile(rf"({_NUM})\s*[个家]\s*以下"), Comparator.LT),
    (re.compile(rf"(?:有|是)\s*({_NUM})\s*[个家](?:的)?"), Comparator.EQ),
    (re.compile(r"(多)个"), Comparator.GT),  # "有多个牵头单位": more than one
    (re.compile(r"(?:有|是|就|只)\s*([俩仨])"), Comparator.EQ),  # "责任单位就俩的": exactly two
    # "三个牵头单位的任务", "两家一起牵头的": a bare number of units in a role, exactly that many.
    (
        re.compile(
            rf"(?<![第几多少\d〇零一二三四五六七八九十百两另哪每这那其])({_NUM})\s*[个家]\s*(?=(?:一起|共同)?(?:牵头|责任|配合))"
        ),
        Comparator.EQ,
    ),
]
# A question word typed alone ("几个", "多少啊"): general usage.
_QUESTION_WORD_ALONE = re.compile(
    r"(?:那|那么)?(?:几个|几项|几条|几家|多少|多少个|哪个|哪些|哪几个|什么|啥|是啥)(?:呢|啊|呀)?"
)
# "林草局牵头的任务配合单位有谁", "住建局参与的那几条的牵头单位": the units on one line of the tasks a unit
# has in a role (general usage). The unit stands before ``role``; ``line`` is the line asked of its tasks.
_LINE_OF_UNIT_TASKS = re.compile(
    r"(?P<role>牵头|配合|参与|负责|作为责任单位|当责任单位|当配合单位)(?:的)?"
    r"(?:(?:那|这)?(?:几条|几项|些|条|项)(?:任务|工作)?|任务|工作|事)(?:里|中)?(?:的)?[，, ]?"
    r"(?:它们|这些任务|这些)?(?:的)?(?P<line>牵头|责任|配合)(?:单位|部门)"
    r"(?:都|分别|各自|各)?(?:有|是)?(?:谁|哪些|哪几个|哪些单位|哪些部门|啥|什么)(?:呢|啊|呀)?[？?]?$"
)
# "配合单位里没有发改委的", "牵头单位不含各县政府": a units line said to lack the unit named after it (general usage).
_LINE_LACKS = re.compile(
    r"(?P<role>牵头|责任|配合)(?:(?:单位|部门)(?:里|中|里面|里头|当中)?|的?(?:里面|里头|当中|里|中))"
    r"(?:都|却|也)?(?:没有|没|不含|不包括|不包含|不带|并无)"
)
# "(这些)配合的里", "(这几条)牵头的当中": the list shown described by the role it came from, before what is asked
# of it (general usage).
_SHOWN_BY_ROLE = re.compile(
    r"^\s*(?:的)?(?:牵头|配合|参与|当配合|当责任单位|作为责任单位|负责)的?(?:那些|那几条|那几项|任务)?"
    # "里面" itself may have gone with the "these" words before ("这些配合的里面哪个…" → "配合的哪个…")
    r"(?:(?:里面|里头|当中|之中|里|中)[，, ]*|(?=哪))(?=\S)"
)
# "哪家也在12条里", "里面哪几个在第20项也出现了": a task named where units shown appear too
# (general usage).
_ALSO_ON_TASK = re.compile(
    rf"(?:也|同时|还)?(?:在|出现在)\s*第?\s*(?P<n1>{_NUM})\s*(?:项|条|号)(?:任务)?(?:里|中|里面)?(?:也|同样)?(?:出现|有|在)?"
    rf"|第?\s*(?P<n2>{_NUM})\s*(?:项|条|号)(?:任务)?(?:里|中|里面)(?:也|同样)(?:有|出现)"
)
# "哪些也是养老那条的配合单位": another task named by a word of its title, and the line looked at there (general usage).
_ALSO_ON_TOPIC = re.compile(
    r"(?:也是|也在|也出现在|同时是|同时在)(?P<topic>[\u4e00-\u9fff]{2,8}?)(?:那|这)(?:一)?(?:条|项)(?:任务)?(?:的|里|中)?"
    r"(?:(?P<line>配合|责任|牵头)(?:单位|部门))?"
)
# "只在这一项出现", "别的任务里都没出现过": a unit named on no other task (general usage).
_ONLY_HERE = re.compile(
    r"(?:只|仅|就)(?:在|有)?(?:这一?[项条]|这里|这个任务|这儿)(?:里|中)?(?:出现|有|露面)"
    r"|(?:别的|其他|其它|另外的?)(?:任务|条|项|地方)?(?:里|中)?(?:都|也)?(?:没|没有|不|未)(?:再)?(?:出现|有|露面)"
)
# "一共有几个", "总共", "合计": a total asked; "共有" there is no "in common" (general usage).
_TOTAL_WORDS = re.compile(r"一共有?|总共有?|统共有?|共计|总计|合计")
# "反过来有的呢", "列了的是哪些": the tasks whose line is written, said after those with none (general usage).
_LINE_WRITTEN = re.compile(
    r"(?:那|那么)?(?:反过来|反之)?(?:(?:写了|写明了|列了|标了|明确了)(?:的)?|有的|有了的)(?:任务)?"
    r"(?:呢|有多少|有几[条项个]|是哪些|有哪些|是哪几[条项个]|多少|几[条项个])?(?:呢)?"
)
# "这三家都是谁", "两个分别是啥": the units a filter counted on a line, asked by name (general usage).
_COUNTED_UNITS_NAMED = re.compile(
    rf"(?:那|那么)?(?:是哪条|是哪项|哪条|哪项|是哪个任务)?(?:这|那)?(?P<n>{_NUM})(?:个|家)(?:单位|部门)?"
    r"(?:分别|各自|都|具体)?(?:是谁|是哪些|是哪几个|是哪几家|是啥|有谁|是什么单位|叫啥)(?:啊|呢)?"
)
# "剩下那几条各由谁牵头", "其余几项呢": the tasks of the last pool not shown, and what is asked of them (general usage).
_REST_OF_POOL = re.compile(
    r"^(?:那|那么)?(?:剩下|剩余|其余|余下)(?:的)?(?:那些|那几项|那几条|几项|几条|几个)?(?:呢)?[，,\s]*(?P<rest>.*)$"
)
# "民生那块", "基础设施这一块": a part called by a word of its title (general usage).
_PART_NICKNAME = re.compile(
    r"(?<=部分)(?:的)?(?P<word>[\u4e00-\u9fff]{2,6}?)(?:那一?块|这一?块|板块|那部分|这部分|方面)"
)
# "多出来的", "比…多了谁", "少了哪些", "不一样的": units set apart between two tasks (general usage).
_UNITS_SET_APART = re.compile(
    rf"多出来|多出|多了|少了|缺了|不一样的|不同的|差在哪|区别|差别|{_COMPARED_BY}.{{0,10}}?(?:多|少)(?:了|出|的)?(?:谁|哪|什么|啥)"
)
_MORE_OR_FEWER = re.compile(r"多|少|缺")
_FEWER_UNITS = re.compile(rf"少了|缺了|少的|{_COMPARED_BY}.{{0,10}}?少")
# "污水那条呢", "那养老的呢": the last question about one task, of the task titled so (general usage).
_TOPIC_AGAIN = re.compile(
    r"(?:那|那么|换成|再看)?(?P<topic>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:那条|那项|那一条|那一项|那个任务|任务)?(?:的)?呢"
)
# "牵头的那项责任单位几个", "它配合的那项谁牵头": a unit's one task in a role, among its tasks shown (general usage).
_ONE_IN_ROLE = re.compile(
    r"^(?:那|那么)?(?:它|该局|该单位)?(?:当)?(?P<role>牵头|配合)(?:单位)?(?:的)?那(?:一)?(?:条|项|个任务|个)(?:的)?(?P<rest>.+)$"
)
# "那个唯一的责任单位", "这唯一一家牵头单位": the one unit on a line of the task shown (general usage).
_THE_ONLY_UNIT = re.compile(r"(?:那个|这个|那|这)?唯一(?:的|一个|一家|那个)?(?P<role>牵头|责任|配合)(?:单位|部门)")
# "有具体数字的那条", "带百分比的那项": the task shown that sets a figure (general usage).
_WITH_FIGURES_PICKED = re.compile(
    r"(?:有|带|写了|给了|定了)(?:具体|明确)?(?:的)?(?:数字|数据|数值|量化指标|量化目标|百分比)(?:的)?那(?:一)?(?:条|项|个)"
)

# "一共参与几条", "总共牵头几项" after answers about one unit: that unit's count, the unit unsaid (general usage).
_ROLE_COUNT_UNSAID = re.compile(
    r"(?:那|那么)?(?:它|该局|该单位)?(?:一共|总共|合计|加起来|总计)(?:是|有)?(?P<role>参与|参加|牵头|配合|负责)(?:了)?"
    r"(?:几|多少)(?:条|项|个)(?:任务)?(?:呢|啊|呀)?[？?]?"
)
# "那它作为牵头单位的任务呢": only a unit plays a role, so 它 is the unit asked about last (general usage).
# "牵头单位一栏写它的呢": the unit in that role, said by the column of the table it is written in (general usage).
_IT_IN_A_COLUMN = re.compile(
    r"^(?:那|那么)?(?P<role>牵头|责任|配合)单位(?:的)?(?:一栏|那一栏|那栏|栏|一列|那一列|那列)(?:里|中)?"
    r"(?:写|写着|写的|写了|有|是|列的|列着)(?:它|该局|该单位)(?:的)?(?P<rest>.*)$"
)
_IT_IN_A_ROLE = re.compile(
    r"^(?:那|那么)?它(?P<role>(?:作为|当|做)(?:牵头|责任|配合)(?:单位)?)(?:的)?(?:任务|那些)?"
    r"(?:呢|有哪些|是哪些|(?P<count>(?:一共|总共)?(?:有)?(?:几|多少)(?:条|项|个)))?[？?]?$"
)
# "配合单位加起来有几家（去重）" after a list: the distinct units of that line over the tasks shown (general usage).
_LINE_POOLED_OVER_SHOWN = re.compile(
    r"^(?:那|那么)?(?:牵头|配合|责任)(?:单位|部门)(?:的)?(?:合起来|加起来|合计|汇总|去重后?)[^？?]{0,8}(?:几|多少)(?:个|家)?"
    r"(?:[（(]?去重[)）]?)?(?:呢)?[？?]?$"
)
# "它配合的那些里面 哪条…", "卫健委配合的任务里 哪条…": a question asked within one unit's tasks in a role (general
# usage); the unit is named or is the one just asked about.
_WITHIN_UNIT_TASKS = re.compile(
    r"^(?:那|那么)?(?P<who>.{1,12}?)(?:当|作为)?(?P<role>牵头|配合|参与|负责)(?:单位)?的(?:任务|那些|这些|那几条|那几项)?"
    r"(?:里头|里面|里边|里|中|当中)[\s，,]*(?P<rest>.+)$"
)
# "哪个…", "哪一条…": one task asked for (not "哪些"), which after a list is one of those shown (general usage).
_ONE_OF_SHOWN_ASKED = re.compile(r"哪(?:一)?(?:个|条|项)(?!.*哪)")
# "这两部分一共…", "这几个部分": the parts of the answers just before, each answer's tasks in one part (general usage).
# Said first, "两部分合起来…" points the same way; "几个部分" said first asks how many there are.
_THESE_PARTS = re.compile(r"(?:这|那|^(?=[两俩三]))(?P<n>两|俩|三|几)(?:个)?(?:部分|大部分|板块)")
# "还有吗，其他几个部分呢" after a question kept to one part: the same question over the other parts (general usage).
_OTHER_PARTS = re.compile(
    r"^(?:那|那么)?(?:还有吗|还有呢|还有别的吗|还有没有)?[，,\s]*(?:其他|其它|别的|剩下的?|另外的?|其余的?)(?:几个|那些)?部分(?:的)?"
    r"(?:也说说|也说一下|也讲讲|呢|有哪些|也列一下|的呢|也看看|也)?[？?]?$"
)
