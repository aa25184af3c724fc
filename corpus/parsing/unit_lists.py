"""Split a list of unit names, repairing the typesetting noise of real notices.

- separators vary: 、 ， , ； and spaces;
- ``、`` inside a group name: "各区、县级市人民政府" is one addressee, as is "各县（市、区）";
- the 市 (区, 县, 省) prefix is printed once: "市人力资源社会保障局、法制局、财政局" names three 市 bureaus;
- trailing words that are not part of a name: "等", "等单位", "按职责分工负责".
"""

from __future__ import annotations

import re
from contextvars import ContextVar, Token
from itertools import pairwise

from corpus.parsing.persons import tagged
from corpus.parsing.short_forms import trailing_body

# Endings that close a unit's name for sure (a level character may still be followed by more of the name).
_STRONG_ENDINGS = (
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "会",
    "处",
    "室",
    "中心",
    "公司",
    "集团",
    "街道",
    "队",
    "所",
    "站",
    "社",
)
_STRONG_CHARS = frozenset(e[-1] for e in _STRONG_ENDINGS)
# Endings of unit names in Chinese government usage (general usage, not one notice's list): the strong ones
# and those that may also end a place or a common word.
_UNIT_ENDINGS = (
    *_STRONG_ENDINGS,
    "政府",
    "行",
    "馆",
    "联",
    "署",
    "校",
    "团",
    "组",
    "府",
    "区",
    "县",
    "市",
    "镇",
    # 镇街 (towns and sub-districts together, as 街镇 and 乡镇 are; general usage in Guangdong, Zhejiang and Hunan:
    # "县农林局、镇街", "相关镇街"): the places of a level named as a group.
    "镇街",
    "乡",
    "旗",
    "州",
    "单位",
    "部门",
    "机构",
    "海关",
    "法院",
    "企业",
    "支队",
    "大队",
    "总队",
    "科",
    "股",
    "宫",
    "台",
    "园",
    # 中储粮…直属库, 国家粮食储备库: depots are units of the grain and reserve system.
    "库",
    # 共青团中央 (团中央): the youth league's central committee, beside ministries in national plans.
    "团中央",
    # 市科协 (科学技术协会), 市政协: associations and the political consultative conference by their short forms.
    "协",
)
# Words of an administrative level that continue a group name after 、 ("各区、县级市"; 镇街 / 街镇, towns and
# sub-districts together, general usage in Guangdong and Zhejiang: "各平台、镇街").
_LEVEL_WORDS = re.compile(
    r"^(?:县级市|市辖区|自治县|县（市）|县（市、区）|市（县、区）|县区|县市|乡镇|镇街|街镇|街道|开发区|园区|功能区|管委会|"
    # The organ may carry its alternative in brackets ("各县、区人民政府（管委会）": zones run by a 管委会).
    # 特区 is a county-level division of its own (Guizhou's 六枝特区, general usage: "各县、特区、区人民政府").
    r"特区|省|市|县|区|旗|乡|镇)(?:人民政府|政府|党委|管委会)?(?:（[^（）]{2,8}）)?$"
)
# What ends a group name once it names its organ: 各县区人民政府, 各街道办事处, 各开发区管委会.
_ORGAN_END = re.compile(r"(?:人民政府|政府|党委|党工委|管委会|办事处)$")
# Level prefixes that a list prints once for all its bare department names.
_PREFIXES = ("市", "区", "县", "省", "州")
# Department endings that take a level prefix ("法制局" under "市…" is 市法制局); also the level's court and
# procuratorate and its people's organisations ("省法院、检察院", "省商务厅、供销社", "市总工会、妇联、科协"), and
# the level's own press and broadcaster ("市文广局、报业集团、广播电视台"), which a list prints bare after the
# level's first name as it does its bureaus (general usage).
_DEPARTMENT = re.compile(
    r"(?:局|委|办|厅|委员会|办公室|法院|检察院|供销社|工会|妇联|残联|科协|工商联|红十字会"
    r"|报业集团|广电集团|传媒集团|广播电视台|电视台|广播电台|日报社|报社)$"
)
# A name already bound to a place or a group does not take the prefix: 黄埔区政府, 海东工业园区管委会, 各县…
# (乡村振兴局 and 城市管理局 are bare department names, so 乡 and 市 count only after a place name.)
# Local offices of vertically managed regulators carry their place's name instead of a level prefix
# (上海银保监局, 深圳证监局, 黄埔海关, a district's 邮政管理局: general naming of 垂直管理 units), so a qualifier
# before them binds the name.
_BOUND = re.compile(
    # 城乡 ("urban and rural", 住房城乡建设厅) is part of a department's name, not a 乡.
    r"^(?:各|全|有关|相关|其他|其它|中国|国家|人行|人民银行)|[省县区州旗]|^.{2,}[市镇]|^.{2,}(?<!城)乡(?!村)"
    # 地方 ("local") is no place: 地方金融监管局 is the level's own bureau, as 地方税务局 is.
    r"|^(?!地方).{2,}(?:银保监局|银保监分局|证监局|金融监管局|金融监管分局|海关|海事局|通信管理局|邮政管理局|调查队)$"
    # A 分局 is a higher-level bureau's office in the place, named after the place or its parent bureau
    # (海曙自然资源规划分局 is 宁波市自然资源和规划局's office in 海曙): it never takes the list's level prefix.
    r"|^.{2,}分局$"
    # The Youth League's committee of a level is named 团 + the level's committee (团市委, 团县委): bound already.
    r"|^团[省市区县州]委"
)
# A slash also separates names in some tables' cells ("市发改委/市财政局").
_SPLIT = re.compile(r"[、，,；;\s/／]+")
_TRAILERS = re.compile(
    r"(?:按职责分工负责|按照职责分工负责|按职责负责|分别负责落实|分别落实|分别负责|共同负责|按职能分工负责|负责落实|负责|配合|参与|"
    # "…等有关部门", "…等省有关部门", "…等市直相关单位": the list's summary, not a unit.
    r"等(?:[省市区县州](?:直|级)?)?(?:各)?(?:有关|相关)?(?:部门|单位)|等)$"
)
# "（由市发改委牵头）", "（责成市财政局负责）"
_LEADERS = re.compile(r"^(?:由|请|责成|并由|其中)")
_ROLE_WORD = re.compile(r"(?:各|有关|相关)?(?:牵头|责任|配合|协办|参与|主要责任|其他责任)(?:单位|部门)")
_ROLE_STATEMENT = re.compile(r"为(?:牵头|配合|责任|主办|协办|参与|主要责任)(?:单位|部门)$")
_PAREN_OPEN, _PAREN_CLOSE = "（", "）"
# Pages that cannot nest parentheses print a name's inner one as angle brackets ("各县<市、区>人民政府"), and
# official documents print it as the hexagonal brackets of their document numbers ("各县〔市、区〕人民政府").
_OPENERS, _CLOSERS = frozenset("（<〈〔"), frozenset("）>〉〕")


def split_top_level(value: str) -> list[str]:
    """Split on separators that are not inside （…） or <…>, keeping each piece stripped."""
    pieces: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(value):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and _SPLIT.fullmatch(char):
            pieces.append(value[start:i])
            start = i + 1
    pieces.append(value[start:])
    return [p.strip().strip("。.") for p in pieces if p.strip().strip("。.")]


def clean_name(name: str) -> str:
    """Drop words around a unit's name that are not part of it ("由…", "…等", "…按职责分工负责")."""
    previous = None
    while previous != name:
        previous = name
        name = _LEADERS.sub("", _TRAILERS.sub("", name)).strip().strip("。.")
    return name


# "同上" in a units cell or after a units label: the same units as the task above (tables of the genre write it where
# a cell was not merged with the one above); read as a unit here, replaced by the layout.
SAME_AS_ABOVE = "同上"
# The same in other hands: the ditto mark 〃 and "同前" (general usage of Chinese tables).
_DITTOS = frozenset({SAME_AS_ABOVE, "〃", "同前", "〃〃"})


# Marks a table's units cell prints before or after the unit in charge (tables of 政府工作报告 分解 and 任务清单:
# "*市建设局、市水务局", "▲发改局,各部门", "区农业农村委*、区财政局"); the header or a note says so when printed
# ("加*号为牵头部门", "带▲的为牵头单位"). No part of the name.
LEAD_MARKS = ("*", "＊", "▲", "△", "★", "☆")


def looks_like_unit(name: str) -> bool:
    """Whether ``name`` reads as a unit's name (ends as government units do; two characters or more)."""
    if name in _DITTOS:
        return True
    name = name.rstrip("".join(LEAD_MARKS))  # "区农业农村委*": the name before its lead mark
    # "市发展改革委（牵头）", "市发改委〔牵头〕", "各县（市、区）" → the name before; a body under two names may print
    # the second in angle brackets, as in merged offices' names ("新区科技和人才局〈区科技局〉").
    if _LEVEL_GROUP.match(name):
        return True
    name = re.sub(r"[（〔【\[〈][^（）〔〕【】\[\]〈〉]*[）〕】\]〉]$", "", name)
    if len(name) < 2 or any(c in name for c in "。！？：；") or "会同" in name:
        return False  # a sentence, or two units joined by 会同 ("X会同Y"): no one name
    if re.search(r"\d{4}|年|月底|前完成|持续|长期", name):
        return False
    if _QUANTITY.search(name):
        return False  # "新增2个乡镇建有托育机构": a target counted in figures, a task's words; no unit counts so
    if _ROLE_WORD.fullmatch(name):  # "各牵头单位", "责任单位": a role, not a unit
        return False
    if _ROLE_STATEMENT.search(name):  # "市发改委为牵头单位": a unit and its role, not a name
        return False
    if name.startswith("各") and not name.endswith(_UNIT_ENDINGS) and _ACTION_END.search(name):
        return False  # "各地级以上市人民政府结合实际落实": a group and what it does, a clause, not a name
    if _VERB_HANG.search(name):
        return False  # "超大城市按现有规定执行": a clause ending in a verb that a bank's 行 would let through
    if name.endswith("协") and len(name) < 3:
        return False  # "市协": an association is named by its field (科协, 政协); a level alone is a cut-off name
    return name.endswith(_UNIT_ENDINGS) or name.startswith("各")


# The places of a level named as a group by the level's word and the places counted with it: "镇（街道）",
# "县（市、区）", "乡（镇）" (general usage of a county's or district's lists, with or without 各).
_LEVEL_GROUP = re.compile(r"^[乡镇县区市]（[^（）]*[乡镇县区市街道][^（）]*）$")


# A count in figures with its measure word ("2个", "1.5万名", "30所"): a target's words; units' names hold none.
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:万|千|百)?(?:个|所|家|名|项|处|座|条|户|套|张|辆|台|间|公里|亩|人次?)")


# Verbs ending in 行 ("执行", "实行"): a clause that ends so is no bank's name (人民银行, 开发银行, 分行).
_VERB_HANG = re.compile(r"(?:执行|进行|实行|施行|运行|推行|先行|试行|履行|举行|可行)$")


# How a clause about a group ends when it says what the group does (the genre's verbs of carrying a task out).
_ACTION_END = re.compile(r"(?:落实|实施|推进|负责|配合|执行|办理|参与|协助)$")


# Organs that several places listed together share, printed once after the last place (general usage:
# "人民大垸、荒湖管理区" names 人民大垸管理区 and 荒湖管理区, "甲镇、乙镇人民政府" both towns' governments).
_SHARED_ORGAN = re.compile(r"(?:管理区|人民政府|政府|管委会|办事处|开发区|街道)$")
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")


def join_group_names(parts: list[str]) -> list[str]:
    """Rejoin 、-split pieces of one group name: ["各区", "县级市人民政府"] → ["各区、县级市人民政府"].

    Also places that share one organ printed after the last of them: ["人民大垸", "荒湖管理区"] →
    ["人民大垸、荒湖管理区"], one group as "各县、市、区人民政府" is; only a short name that reads as no unit
    on its own, before a short place name and the shared organ.
    """
    joined: list[str] = []
    for part in parts:
        # Only an unfinished group continues ("各区" + "县级市人民政府"); one that already names its organ
        # ("各县区人民政府") is a whole unit, and "园区管委会" after it is the next one.
        unfinished = bool(joined) and _unfinished_group(joined[-1])
        if joined and _shares_organ(joined[-1], part):
            # Every bare place before it shares the organ too ("甲、乙、丙市政府": three places, one organ printed).
            start = len(joined) - 1
            while start > 0 and _bare_place(joined[start - 1]):
                start -= 1
            joined[start:] = ["、".join([*joined[start:], part])]
        elif joined and (level := _level_organ(part)) and _place_of_level(joined[-1], level):
            # Places of one level printed with it, the organ once after the last ("甲市、乙市、丙市政府").
            start = len(joined) - 1
            while start > 0 and _place_of_level(joined[start - 1], level):
                start -= 1
            joined[start:] = ["、".join([*joined[start:], part])]
        elif joined and (
            (unfinished and _LEVEL_WORDS.match(part))
            or _shares_organ_pair(joined[-1], part)
            or _second_category(joined[-1], part)
        ):
            joined[-1] = f"{joined[-1]}、{part}"
        else:
            joined.append(part)
    return joined


# The openings of a group of places, 各 and its synonyms in the genre ("相关市、县政府", "有关县、区政府").
_GROUP_OPENING = re.compile(r"^(?:相关|有关)")


def _unfinished_group(name: str) -> bool:
    """Whether ``name`` opens a group name that goes on after 、 ("各区", "相关市": the organ comes later)."""
    if _ORGAN_END.search(name):
        return False  # "各县区人民政府" is whole, and "园区管委会" after it is the next unit
    if name.endswith(("部门", "单位")):
        return False  # "各有关部门" names its bodies: "乡镇人民政府" after it is the next unit, no level of it
    if name.startswith("各"):
        return True
    # 相关 / 有关 open a group only before a level word: "有关单位" is whole, "相关市" waits for "县政府".
    opening = _GROUP_OPENING.match(name)
    return opening is not None and _LEVEL_WORDS.match(name[opening.end() :]) is not None


# A place of a level and its government: "丙市政府", "丁县人民政府".
_PLACE_LEVEL_ORGAN = re.compile(r"^[\u4e00-\u9fff]{2,5}(?P<level>[市县区州])(?:人民政府|政府)$")


def _level_organ(part: str) -> str:
    """The level of a place's government named by ``part`` ("丙市政府" → 市), or "" when it is none."""
    m = _PLACE_LEVEL_ORGAN.match(part)
    return m.group("level") if m is not None and not part.startswith(("各", "有关", "相关")) else ""


def _place_of_level(name: str, level: str) -> bool:
    """Whether ``name`` is a place of ``level`` alone, no organ ("甲市" for 市), sharing the organ after it."""
    return re.fullmatch(rf"[\u4e00-\u9fff]{{2,5}}{level}", name) is not None and not name.startswith(
        ("各", "有关", "相关", "省", "市", "县", "区", "州")
    )


def _bare_place(name: str) -> bool:
    """Whether ``name`` is a place's name with no organ ("甲州"), one that reads as no unit on its own."""
    return _PLACE_NAME.fullmatch(name) is not None and not looks_like_unit(name)


def _shares_organ(before: str, part: str) -> bool:
    """Whether ``before`` is a place's name sharing the organ that ends ``part`` ("人民大垸" + "荒湖管理区")."""
    organ = _SHARED_ORGAN.search(part)
    if organ is None or not _PLACE_NAME.fullmatch(before) or looks_like_unit(before):
        return False
    head = part[: organ.start()]
    return _PLACE_NAME.fullmatch(head) is not None and not head.startswith(("市", "县", "区", "省", "州", "各"))


# Two organs of one place printed together (general usage for zones and counties: "高新区党工委和管委会").
_ORGAN_PAIR = re.compile(r"(?:党工委|党委)和(?:管委会|人民政府|政府)$")
_PLACE_END = re.compile(r"(?:区|县|市|镇|乡)$")


def _shares_organ_pair(before: str, part: str) -> bool:
    """Whether ``before`` is a place without its organs sharing the pair that ends ``part``.

    "城乡一体化示范区、高新区党工委和管委会": both zones' 党工委和管委会, printed once after the last zone.
    """
    pair = _ORGAN_PAIR.search(part)
    if pair is None or _ORGAN_END.search(before) or _ORGAN_PAIR.search(before):
        return False
    return bool(_PLACE_END.search(before)) and bool(_PLACE_END.search(part[: pair.start()]))


# The two kinds of body a group of the genre names together ("市直有关部门、单位", "各部门、单位"), either first.
_CATEGORY_PAIRS = {"单位": "部门", "部门": "单位"}


def _second_category(before: str, part: str) -> bool:
    """Whether ``part`` is the second kind of body of one group name ending ``before`` ("有关部门" + "单位").

    "市直有关部门、单位" names one group, the departments and other units of the level, as "各有关部门和单位"
    does; the second word alone names no body of its own. After 等 the pair is the list's summary instead
    ("X等部门、单位"), cut off with 等 before this is asked, so "X" does not end in either word.
    """
    other = _CATEGORY_PAIRS.get(part)
    return other is not None and before.endswith(other) and len(before) > len(other)


# A township's list prints 乡/镇 once ("乡甲站、卫生院、派出所"); 乡村振兴局, 乡镇政府 and 镇江… are no such prefix.
_TOWNSHIP_PREFIX = re.compile(r"^[乡镇](?![村镇江])")
# A township's own offices end in 站, 所, 院 or 中心 as well as 办 (its 卫生院, 派出所, 畜牧站, 服务中心).
_TOWNSHIP_OFFICE = re.compile(r"(?:站|所|院|中心)$")


def _township_office(unit: str) -> bool:
    """Whether a bare name in a township's list is one of its offices, taking the 乡/镇 printed once."""
    return bool(_TOWNSHIP_OFFICE.search(unit) or _DEPARTMENT.search(unit)) and not _BOUND.search(unit)


# Whether the notice being read names its provincial departments (厅) without 省 (see ``names_ting_bare``): then a
# bare 厅 in a list is left bare, the 省 printed before it not being a prefix printed once for the list.
_TING_BARE: ContextVar[bool] = ContextVar("ting_bare", default=False)
_LIST_SEPARATOR = re.compile(r"[、，,；;]")


def names_ting_bare(text: str) -> bool:
    """Whether a list of the notice prints 省 again after bare 厅 names ("省甲委、乙厅、丙厅、省丁局").

    Only a province has 厅, so a 厅 needs no 省 to be known, and some provinces print it without (四川's style:
    "省发展改革委、环境保护厅、交通运输厅、省统计局"). A list printing 省 once leaves every later name bare; one that
    prints it again on a later name after bare 厅 names shows the notice names its 厅 bare as written: in such a
    notice no list's bare 厅 takes the 省 of the name before it (its bare 局, 委 still do).
    """
    for line in text.splitlines():
        pieces = [
            re.split(r"[：:]", p)[-1].strip("。．.）)（( ") for p in _LIST_SEPARATOR.split(re.sub(r"\s+", "", line))
        ]
        after_level, ting = False, 0
        for piece in pieces:
            if _has_prefix(piece, "省") and looks_like_unit(piece):
                if after_level and ting:
                    return True
                after_level, ting = True, 0
            elif after_level and piece.endswith("厅") and looks_like_unit(piece) and _takes_prefix(piece):
                ting += 1
            else:
                after_level, ting = False, 0
    return False


def ting_bare(value: bool) -> Token[bool]:
    """Say whether the notice now read names its 厅 without 省; reset with the token returned."""
    return _TING_BARE.set(value)


def reset_ting_bare(token: Token[bool]) -> None:
    _TING_BARE.reset(token)


def inherit_prefix(units: list[str]) -> list[str]:
    """Give bare department names the level prefix the list printed once ("市…局、法制局" → 市法制局).

    The prefix is the one of the nearest unit before that prints it: a list may open with a group name and
    then print the level once for the departments after it ("各县（市、区）政府，市财政局、教育局" → 市教育局).
    """
    result: list[str] = []
    prefix: str | None = None
    tax_place = ""  # the place a tax bureau just before printed for its pair ("无锡国税局、地税局")
    for unit in units:
        own = next((p for p in _PREFIXES if _has_prefix(unit, p)), None)
        if own is None and _TOWNSHIP_PREFIX.match(unit):
            own = unit[0]
        if tax_place and unit in _BARE_TAX_BUREAUS:
            result.append(tax_place + unit)
            continue
        tax_place = _tax_bureau_place(unit) if own is None else ""
        if unit.startswith(_CITY_PROPER):
            # "市区执法局": named after the city proper, a place, it prints no level for the names after it.
            prefix = None
        elif own is not None:
            prefix = own
        elif prefix == "省" and unit.endswith("厅") and _TING_BARE.get():
            pass  # the notice names its 厅 without 省: a bare 厅 stays bare
        elif prefix is not None and (_takes_prefix(unit) or (prefix in "乡镇" and _township_office(unit))):
            unit = prefix + unit
        result.append(unit)
    return result


# Before 2018 each place had a 国税局 and a 地税局, and a list prints the pair with the place once
# ("无锡国税局、地税局", "宁波市国家税务局、地方税务局"): the bare second is the place's own, named by the first.
_BARE_TAX_BUREAUS = frozenset({"国税局", "地税局", "国家税务局", "地方税务局"})
_TAX_BUREAU = re.compile(r"(?:国税局|地税局|国家税务局|地方税务局)$")


def _tax_bureau_place(unit: str) -> str:
    """The place a tax bureau named after it prints ("无锡国税局" → "无锡"), or "" for any other unit."""
    m = _TAX_BUREAU.search(unit)
    if m is None or m.start() < 2 or not _opens_with_place(unit):
        return ""
    return unit[: m.start()]


# A local tax bureau or central-bank branch named bare inside a list under a level prefix ("市财政局、国家税务局、
# 地方税务局、人民银行"): the list's level names them (the 国家/地方税务局 of each level before 2018, the level's
# 人民银行 branch), unlike 国家发展改革委 or 人民银行某某中心支行, which name their body in full.
_LOCAL_UNDER_LEVEL = frozenset({"国家税务局", "地方税务局", "人民银行"})


# The city proper (市区), a place: a name opening with it is bound to it, not to the level 市.
_CITY_PROPER = "市区"
# A company of the level named bare by its business (城投公司, 国投公司, 供电公司) in a list under a level prefix is
# the level's own, as its bureaus are; a private company's full name (…有限公司) or one named after its place
# (海东城投公司: two characters of business after the place) is not.
_LEVEL_COMPANY = re.compile(r"^[^有限]{2,3}公司$")


def _takes_prefix(unit: str) -> bool:
    """Whether a bare department name takes the level prefix its list printed once."""
    if unit in _LOCAL_UNDER_LEVEL:
        return True
    if _LEVEL_COMPANY.match(unit):
        return not _BOUND.search(unit) and not _opens_with_place(unit)
    bare = unit.startswith("市场") or not _BOUND.search(unit)
    return bare and bool(_DEPARTMENT.search(unit)) and not _opens_with_place(unit)


def _opens_with_place(unit: str) -> bool:
    """Whether ``unit`` opens with a place's name (jieba's ``ns`` tag): "宁波电业局" is bound to its city already.

    A unit named after its place takes no level prefix from the list it is in (general naming of units that
    carry their city's or port's name instead of 市: 宁波电业局, 深圳证监局).
    """
    pairs = tagged(unit[:8])
    if not pairs:
        return False
    word, flag = pairs[0]
    if flag == "nt" and len(word) >= 4:
        # jieba reads some such names as one organisation's word ("某城铁路局"): its opening is the place.
        return any(tagged(word[:k]) == [(word[:k], "ns")] for k in (2, 3) if len(word) - k >= 2)
    return flag == "ns" and len(word) >= 2 and word not in _PLACE_NOUNS


# Words for a kind of place that jieba tags as a place's name: 城市管理局 is the level's urban-management bureau,
# named by its work, not after a place (城市管理执法局, 城镇建设局 alike).
_PLACE_NOUNS = frozenset({"城市", "城镇"})


def _has_prefix(unit: str, prefix: str) -> bool:
    # 市场监管局 starts with 市 but is a bare name; 市市场监管局 carries the prefix.
    return unit.startswith(prefix) and not (prefix == "市" and unit.startswith("市场"))


# "市级各有关部门及各县市区政府": 及 / 以及 / 和 / 与 join two units, split only when every side reads as a unit
# (住房和城乡建设局, 国家发展和改革委员会: "住房", "国家发展" are no units, so they stay whole).
_CONJUNCTION = re.compile(r"以及|及|和|与")


def _split_outside_parentheses(part: str) -> list[str]:
    """``part`` split at each conjunction outside its parentheses ("县直单位和各乡镇（街道）" → two pieces).

    A conjunction inside a name's parenthesis ("各县（市和区）") joins what the name covers, not two names.
    """
    depth, pieces, start = 0, [], 0
    for m in re.finditer(rf"[{''.join(_OPENERS)}{''.join(_CLOSERS)}]|{_CONJUNCTION.pattern}", part):
        if m.group(0) in _OPENERS:
            depth += 1
        elif m.group(0) in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append(part[start : m.start()])
            start = m.end()
    return [*pieces, part[start:]]


def split_conjunctions(parts: list[str]) -> list[str]:
    """Split pieces joined by 及 / 以及 when every side reads as a unit ("市财政局及各县区政府" → two units)."""
    result: list[str] = []
    for part in parts:
        sides = [clean_name(s) for s in _split_outside_parentheses(part)]
        # "各县区党委和政府": an organ named without its own level shares the one before it; one group, not two.
        # "各区县及园区": a kind of place after the conjunction, with no 各 or level of its own, is covered by the
        # 各 before it: the group names both kinds of place, as "各区、县级市" does; not a second unit.
        shared_organ = any(side in _GENERIC_HEADS or side == "党委" for side in sides[1:])
        if shared_organ or (_EACH_PLACE.match(sides[0]) and all(_bare_place_kind(s) for s in sides[1:])):
            sides = [part]
        if len(sides) > 1 and all(looks_like_unit(s) for s in sides):
            result.extend(sides)
        else:
            result.append(part)
    return result


# A kind of place printed bare (园区, 开发区, 乡镇, 街道): no organ ending, no level prefix, no 各 of its own.
_PLACE_KIND = re.compile(r"^[^各市区县省州]{0,3}(?:区|县|乡镇|镇|乡|街道)$")
# A group of places opened by 各, naming no organ ("各区县", "各县（市）"); in "各县区政府" the 各 covers an organ.
_EACH_PLACE = re.compile(r"^各[^（）]{0,5}(?:区|县|市|镇|乡|街道)(?:（[^（）]*）)?$")


def _bare_place_kind(side: str) -> bool:
    """Whether ``side`` is a kind of place named bare, covered by a 各 printed before it ("园区", "开发区")."""
    return bool(_PLACE_KIND.match(side))


# Words naming a kind of body, not a body: "部门、单位" after 等 closes a list ("区甲中心等部门、单位").
_CATEGORY_WORDS = frozenset({"部门", "单位", "机构", "部门单位", "单位部门"})


# Sectors sharing one organ word printed once after the last (general usage of older plans naming departments by
# their field, with no level): "公安、交通部门", "铁路、水利、电力等部门" — each piece before it is a field's bare
# word, no unit's name, so the whole is one group as printed ("宝安、龙岗区政府"); dropping "等部门" would leave no
# body's name at all.
_SECTOR = r"[\u4e00-\u9fff]{2,8}"
_SECTORS_SHARING_ORGAN = re.compile(rf"^(?P<sectors>{_SECTOR}(?:、{_SECTOR})+?)(?:等)?(?:部门|系统)$")


def _sectors_group(value: str) -> str | None:
    """``value`` as one group when it is fields' bare words sharing the organ word after the last; else None."""
    value = re.sub(r"\s+", "", value)
    m = _SECTORS_SHARING_ORGAN.match(value)
    if m is None:
        return None
    *before, last = m.group("sectors").split("、")
    if any(looks_like_unit(p) or p.startswith(("各", "有关", "相关")) for p in before):
        return None
    if looks_like_unit(last) or last.startswith(("各", "有关", "相关")):
        return None
    return value


def split_units(value: str) -> tuple[str, ...]:
    """Split a unit list on 、 ， , ； 及 and spaces, repairing group names and the dropped 市 prefix."""
    if (group := _sectors_group(value)) is not None:
        return (group,)
    parts = join_group_names(split_conjunctions([clean_name(p) for p in split_top_level(value)]))
    parts = [SAME_AS_ABOVE if p in _DITTOS else p for p in parts]
    # A single character ("区" where a copy was cut mid-name) is not a unit; "各县、市、区政府" was joined first.
    # A category word alone is the rest of a list's summary ("X等部门、单位"), naming no body either.
    parts = [p for p in parts if len(p.lstrip("*")) >= 2 and p not in _CATEGORY_WORDS]
    parts = [name for p in parts for name in _glued_names(p)]
    return tuple(dict.fromkeys(inherit_prefix(parts)))


def _glued_names(part: str) -> tuple[str, ...]:
    """A piece of a list that is several whole names run together, each printing its level ("市甲局市乙局"), split.

    A page that lost the separators inside a cell prints "市甲局市乙委市丙办" for "市甲局、市乙委、市丙办": each name
    still opens with its level and closes with an organ's word, so the names are told apart as at the end of
    run-together text (:func:`peel_units`). Only a piece read whole into two names or more, every one opening with
    the level the first prints (one level's bodies), is split; a piece leaving anything over ("市委市政府",
    "各县市区政府") or a level's character inside a word ("县政府园区服务中心", "市直园区管委会") stays as printed.
    """
    level = part[:1]
    if len(part) < 2 * 3 or level not in "市区县省州":
        return (part,)
    rest, names = peel_units(part)
    if rest or len(names) < 2 or any(name[:1] != level for name in names):
        return (part,)
    return names


def is_unit_list(value: str) -> bool:
    """Whether every piece of ``value`` reads as a unit's name (and there is at least one)."""
    if _sectors_group(value) is not None:
        return True
    parts = split_conjunctions([clean_name(p) for p in split_top_level(value)])
    parts = join_group_names([p for p in parts if p])
    return bool(parts) and all(looks_like_unit(p) for p in parts)


_LEVEL_CHARS = "市区县省州各"
# A unit that opens with its level prefix, at the end of a line: "…10%以上市发改委" → 市发改委.
_ENDING_GROUP = f"(?:{'|'.join(_UNIT_ENDINGS)})(?:（[^（）]*）)?$"
_NAME_PART = r"（[^（）]*）"  # a parenthesis inside a name: 各县（市、区）政府
_TRAILING_UNIT = re.compile(
    rf"(?:[{_LEVEL_CHARS}](?:[^{_LEVEL_CHARS}。，；、！？：\s（）]|{_NAME_PART}){{1,14}}?"
    rf"|各(?:[^各市。，；、！？：\s（）]|{_NAME_PART}){{0,8}}?){_ENDING_GROUP}"
)


def peel_units(text: str, *, bare: bool = False) -> tuple[str, tuple[str, ...]]:
    """Split run-together text and the unit names that end it: ("增长8%以上市发改委市统计局") → ("增长8%以上", units).

    Names that open with a level prefix (市, 区, 县, 省, 州, 各) are told apart without separators; with
    ``bare``, so are the known names of government bodies printed without one ("…改造住建局各区政府",
    ``corpus/parsing/short_forms.py``). The peeling stops at the first piece that is neither.
    """
    text, units, _glued = peel_unit_runs(text, bare=bare)
    return text, units


def peel_unit_runs(text: str, *, bare: bool = False) -> tuple[str, tuple[str, ...], tuple[bool, ...]]:
    """Like :func:`peel_units`, also saying where two names meet with no separator between them.

    Returns:
        The text before the names, the names, and for each pair of neighbouring names whether they are glued
        ("市发改委市财政局": True; "市发改委、市财政局": False). In a table whose cells run together, a cell's
        names are separated by 、 while two cells meet glued: the glued joins are the cell borders.
    """
    text = text.rstrip("。；，, ")
    units: list[str] = []
    glued: list[bool] = []
    while True:
        m = _TRAILING_UNIT.search(text)
        prefixed = m.group(0) if m is not None and len(m.group(0)) >= 3 else ""
        body = trailing_body(text) if bare else ""
        # A prefixed reading that reaches past a known bare name into the task's words ("区改造住建局": the 区 of
        # 小区) yields to the bare name; one whose extra characters are only places ("各区住建局") is one name.
        gap = prefixed[1 : len(prefixed) - len(body)] if body else ""
        if body and (not prefixed or (len(gap) > 0 and not set(gap) <= set(_PLACE_CHARS))):
            name = body
        elif prefixed:
            name = prefixed
        else:
            break
        text = text[: len(text) - len(name)]
        if _level_prefix_before(text, name):
            # "县市场监管局": the name's own 市 is the first character of 市场, so the level char before it opens it.
            name, text = text[-1] + name, text[:-1]
        units.insert(0, name)
        stripped = text.rstrip("、，, ")
        glued.insert(0, stripped == text)
        text = stripped
    # The join before the first name is the task's text, not another name.
    return text, tuple(units), tuple(glued[1:])


# A level char right before a name that itself opens with one ("县" + "市场监管局") opens the name when nothing that
# could end a place comes before it: the text's start, a separator, or the end of the previous name.
_BEFORE_LEVEL_PREFIX = "、，,。；局委办厅院室府队所站社心司团部会馆"


def _level_prefix_before(text: str, name: str) -> bool:
    """Whether the last character of ``text`` is a level prefix belonging to ``name`` rather than to the text."""
    if not text or text[-1] not in "市区县省州" or name[:1] not in "市区县省州":
        return False
    return len(text) == 1 or text[-2] in _BEFORE_LEVEL_PREFIX


# Characters of a place or level between a prefix and a body's name ("各区住建局", "市县两级").
_PLACE_CHARS = "市区县省州镇乡街道各级"


# Heads that name no unit on their own ("区政府" + "办公室" is one unit, not two).
_GENERIC_HEADS = frozenset(
    {"办公室", "委员会", "管委会", "公司", "集团", "中心", "街道", "政府", "人民政府", "部门", "单位"}
)
_WEAK_ENDINGS = frozenset("市区县省州乡镇旗")
_MAX_SPAN = 20  # characters of one name, parentheses included
_MAX_RUN = 64  # characters of one run of names (a cell holds a handful)
# 市委 followed by more of a name is that committee's department (市委组织部), not a unit of its own.
_PARTY_COMMITTEE = re.compile(r"[省市区县州]委")
_NOT_IN_A_NAME = re.compile(r"[\d，、。；：！？“”\"]")
_MAX_NAME = 12


def leading_units(text: str) -> tuple[tuple[str, ...], int]:
    """Unit names run together at the start of ``text``, and how many characters they take.

    "教育局经开区高新园（邹区镇）各街道提升改造8家…" → (教育局, 经开区, 高新园（邹区镇）, 各街道), 18.
    Names end where jieba ends a word or, failing that, right after a character that
    closes a name (局, 委, 公司 …: jieba reads "局县" as one word). The longest run of
    text that splits into names wins; among its splits, the one with fewest names ending
    in a level character that opens the next name (各街道 | 市国有公司, not 各街道市 | 国有公司), then
    the fewest cuts inside a word, then the most names, then the most names opening
    with a level prefix.
    A name never opens with a verb (推进, 提升), nor has one right after a complete
    name: there the task's own text resumes.
    """
    # Names in one cell take a few dozen characters at most; reading further only costs time.
    text = text[:_MAX_RUN]
    pairs = tagged(text)
    bounds = {0}
    inner: set[int] = set()  # cuts inside a jieba word, after a closing character
    verbs: set[int] = set()
    lone_levels: set[int] = set()  # ends of one-character words that are level characters
    offset = 0
    for word, flag in pairs:
        if flag == "v" and len(word) >= 2:
            verbs.add(offset)
        if len(word) == 1 and word in _WEAK_ENDINGS:
            lone_levels.add(offset + 1)
        for k, char in enumerate(word[:-1]):
            if char in _STRONG_CHARS:
                inner.add(offset + k + 1)
        offset += len(word)
        bounds.add(offset)
    bounds |= inner
    limit = min(len(text), offset)
    # end → (-weak names, -cuts inside words, names, prefixed names, start of the last name)
    best: dict[int, tuple[int, int, int, int, int]] = {0: (0, 0, 0, 0, -1)}
    for end in sorted(b for b in bounds if 0 < b <= limit):
        for start in sorted(b for b in bounds if end - _MAX_SPAN <= b < end):
            if start not in best or not _is_name(text, start, end, verbs):
                continue
            weak, cuts, names, prefixed, _ = best[start]
            score = (
                weak
                - (end in lone_levels or (text[end - 1] in _WEAK_ENDINGS and text[end - 2 : end - 1] in _STRONG_CHARS)),
                cuts - (end in inner),
                names + 1,
                prefixed + (text[start] in _LEVEL_CHARS),
                start,
            )
            if end not in best or score[:4] > best[end][:4]:
                best[end] = score
    end = max(best)
    units: list[str] = []
    while end > 0:
        start = best[end][4]
        units.insert(0, text[start:end])
        end = start
    return tuple(units), sum(len(u) for u in units)


def _is_name(text: str, start: int, end: int, verbs: set[int]) -> bool:
    name = text[start:end]
    if name[0] == _PAREN_OPEN or _NOT_IN_A_NAME.search(name):
        return False
    inside = [v for v in verbs if start < v < end]
    # A name opening with a verb is the task's text resuming ("推进大庙弄核心区改造"), unless it is a whole
    # department's name with no other verb (jieba tags 安商 in 安商工作部 as a verb).
    if start in verbs and (inside or not name.endswith(_STRONG_ENDINGS)):
        return False
    # Inside a name a verb follows words that are no name yet (区投资促进局, 县乡村振兴局), never a complete one.
    if any(text[start:v].endswith(_STRONG_ENDINGS) for v in inside):
        return False
    # A closing character followed by a level prefix starts the next name (…促进局 | 县乡村振兴局); 团市委 stays one.
    if any(
        a in _STRONG_CHARS and b in _LEVEL_CHARS and len(name) - k >= 3 for k, (a, b) in enumerate(pairwise(name), 1)
    ):
        return False
    if name in _GENERIC_HEADS or (_PARTY_COMMITTEE.fullmatch(name) and text[end : end + 1] not in _LEVEL_CHARS):
        return False
    depth = 0
    for char in name:
        depth += (char == _PAREN_OPEN) - (char == _PAREN_CLOSE)
        if depth < 0:
            return False
    bare = re.sub(r"（[^（）]*）", "", name)
    return depth == 0 and 2 <= len(bare) <= _MAX_NAME and looks_like_unit(name)
