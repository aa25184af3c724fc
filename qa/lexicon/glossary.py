"""A small English → Chinese glossary, so an English question is answered (in Chinese).

General usage only: question words and everyday topics, never the wording of any question set.
Longest entries are replaced first.
"""

from __future__ import annotations

import re

SOURCE = "general usage: common English question words and public-service topics"

ENGLISH: dict[str, str] = {
    "who is responsible for": "谁负责",
    "which units are responsible for": "责任单位",
    "which departments are responsible for": "责任单位",
    "what units are responsible for": "责任单位",
    "who is in charge of": "谁负责",
    "who leads": "谁牵头",
    "who is leading": "谁牵头",
    "which unit leads": "哪个单位牵头",
    "which department leads": "哪个部门牵头",
    "which tasks does": "哪些任务",
    "which tasks": "哪些任务",
    "which task does": "哪项任务",
    "which task": "哪项任务",
    "what tasks": "哪些任务",
    "how many tasks": "多少项任务",
    "how many sections": "几个部分",
    "how many": "多少",
    "how much": "多少",
    "responsible units": "责任单位",
    "the longest list of responsible units": "责任单位最多",
    "the most responsible units": "责任单位最多",
    "most responsible units": "责任单位最多",
    "the most tasks": "任务最多",
    "on the responsible list": "作为责任单位",
    "count of": "多少",
    "number of": "多少",
    "don't name any": "没有写",
    "do not name any": "没有写",
    "don't name": "没有写",
    "do not name": "没有写",
    "don't have": "没有",
    "do not have": "没有",
    "which section is": "哪个部分",
    "which section": "哪个部分",
    "who supports": "谁配合",
    "supports": "配合",
    "when was": "什么时候",
    "published": "发布",
    "budget": "预算是多少",  # a budget asked is always an amount
    "investment": "投资",
    "loans": "贷款",
    "loan": "贷款",
    "banks": "银行",
    "subsidy": "补贴",
    "subsidies": "补贴",
    "issued": "印发",
    "this notice": "这份通知",
    "the notice": "通知",
    "under what": "多少以内",
    "share of": "比例",
    "users": "用户",
    "proportion of": "比例",
    "no lead unit": "没有牵头单位",
    "no lead units": "没有牵头单位",
    "without a lead unit": "没有牵头单位",
    "without lead units": "没有牵头单位",
    "lead unit": "牵头单位",
    "lead units": "牵头单位",
    "as a responsible unit": "作为责任单位",
    "as responsible unit": "作为责任单位",
    "as the responsible unit": "作为责任单位",
    "as a lead unit": "作为牵头单位",
    "as the lead unit": "作为牵头单位",
    "responsible unit": "责任单位",
    "lead": "牵头",
    "leads": "牵头",
    "leading": "牵头",
    "responsible": "负责",
    "take part in": "参与",
    "involved in": "参与",
    "task": "任务",
    "tasks": "任务",
    "section": "部分",
    "what is the target for": "目标",
    "target": "目标",
    "sewage treatment": "污水处理",
    "sewage": "污水",
    "wastewater": "污水",
    "garbage": "垃圾",
    "waste": "垃圾",
    "trash": "垃圾",
    "water supply": "供水",
    "heating": "供热",
    "gas": "燃气",
    "old residential communities": "老旧小区",
    "old residential compounds": "老旧小区",
    "old residential areas": "老旧小区",
    "old housing": "老旧小区房屋",
    "renovated": "改造",
    "renovation": "改造",
    "new energy vehicles": "新能源汽车",
    "public services": "公共服务",
    "villages": "乡村",
    "rural areas": "乡村",
    "countryside": "乡村",
    "education resources": "教育资源",
    "old neighborhoods": "老旧小区",
    "old neighbourhoods": "老旧小区",
    "hospital": "医院",
    "hospitals": "医院",
    "school": "学校",
    "schools": "学校",
    "education": "教育",
    "elderly care": "养老",
    "childcare": "托育",
    "employment": "就业",
    "jobs": "就业",
    "job training": "职业技能培训",
    "parking": "停车",
    "charging": "充电",
    "transport": "交通",
    "traffic": "交通",
    "roads": "道路",
    "flood": "内涝",
    "floods": "内涝",
    "broadband": "宽带",
    "finance": "金融",
    "land": "用地",
    "culture": "文化",
    "sports": "体育",
    "fitness": "健身",
    "tourism": "旅游",
    "agriculture": "农业",
    "housing": "住房",
    "environment": "生态环境",
    "pollution": "污染",
    "output value": "产值",
    "kilometers": "公里",
    "kilometres": "公里",
    "km": "公里",
    "expressway": "高速公路",
    "expressways": "高速公路",
    "who signed": "谁签发",
    "signed": "签发",
    "what about the other one": "另一个呢",
    # Follow-ups: what was just shown ("of these"), a place in it ("the second one"), "and …?" for "那…呢".
    "which of them": "其中哪些",
    "which of these": "其中哪些",
    "which of those": "其中哪些",
    "of these": "其中",
    "of those": "其中",
    "of them": "其中",
    "among them": "其中",
    "among these": "其中",
    "the first one": "第一个",
    "the second one": "第二个",
    "the third one": "第三个",
    "the fourth one": "第四个",
    "the last one": "最后一个",
    "mention": "提到",
    "mentions": "提到",
    "mentioning": "提到",
    "the other one": "另一个",
    "aluminum and magnesium": "铝镁",
    "aluminium and magnesium": "铝镁",
    "aluminum": "铝",
    "aluminium": "铝",
    "magnesium": "镁",
    "processing base": "加工基地",
    "industrial park management committee": "工业园区管委会",
    "industrial park": "工业园区",
    "management committee": "管委会",
    # Common English names of Chinese city bodies (general usage: the names such bodies use in English).
    "municipal": "市",
    "water affairs bureau": "水务局",
    "water resources bureau": "水务局",
    "bureau of water resources": "水务局",
    "natural resources and planning bureau": "自然资源和规划局",
    "natural resources bureau": "自然资源和规划局",
    "human resources and social security bureau": "人社局",
    "agriculture and rural affairs bureau": "农业农村局",
    "bureau of agriculture and rural affairs": "农业农村局",
    "emergency management bureau": "应急局",
    "ecology and environment bureau": "生态环境局",
    "ecological environment bureau": "生态环境局",
    "commerce bureau": "商务局",
    "bureau of commerce": "商务局",
    "industry and information technology bureau": "工信局",
    "market supervision bureau": "市场监管局",
    "urban management bureau": "城管局",
    "forestry and grassland bureau": "林草局",
    "rural revitalization bureau": "乡村振兴局",
    "disabled persons' federation": "残联",
    "disabled persons federation": "残联",
    "finance office": "金融办",
    "bureau of education": "教育局",
    "bureau of civil affairs": "民政局",
    "the development and reform commission": "发改委",
    "development and reform commission": "发改委",
    "civil affairs bureau": "民政局",
    "education bureau": "教育局",
    "transport bureau": "交通运输局",
    "water bureau": "水务局",
    "housing bureau": "住建局",
    "housing and construction bureau": "住建局",
    "housing and urban-rural development bureau": "住建局",
    "bureau of housing and urban-rural development": "住建局",
    "as a responsible supporting unit": "作为责任单位",
    "as a supporting unit": "作为责任单位",
    "supporting units": "配合单位",
    "supporting unit": "配合单位",
    "urbanization rate": "城镇化率",
    "health commission": "卫健委",
    "finance bureau": "财政局",
    "county governments": "各县人民政府",
    "document number": "文号",
    "issuing authority": "印发单位",
    "who issued": "哪个单位印发",
    "date of issue": "成文日期",
    "unemployment rate": "失业率",
    # a ceiling asked ("rate cap?"): the most it may be
    "cap": "上限是多少",
    "ceiling": "上限是多少",
    "sewage treatment rate": "污水处理率",
    "target for": "目标",
    "the target": "目标",
    "who is the mayor": "市长是谁",
    "who is the director": "局长是谁",
    "who is the head": "负责人是谁",
    "who is the party secretary": "书记是谁",
    "mayor": "市长",
    "director": "局长",
    "head of": "负责人",
    "party secretary": "书记",
    "phone number": "电话",
    "telephone": "电话",
    "contact person": "联系人",
    "hello": "你好",
    "good morning": "早上好",
    "good afternoon": "下午好",
    "good evening": "晚上好",
    "i work at": "我在",
    "i work in": "我在",
    "i work for": "我在",
    "i am from": "我来自",
    "i'm from": "我来自",
    "thanks a lot": "谢谢",
    "many thanks": "谢谢",
    "thank you": "谢谢",
    "thanks": "谢谢",
    "thx": "谢谢",
    "good job": "不错",
    "well done": "不错",
    "nice work": "不错",
    "great job": "不错",
    # asking which language it speaks: what it can do is the answer
    "can you speak english": "你能做什么",
    "do you speak english": "你能做什么",
    "what can you do": "你能做什么",
    "who are you": "你是谁",
}


_NUMBERED_AS = {"task": "项", "item": "项", "section": "部分", "part": "部分"}
_NUMBER_WORDS = {
    "one": "一", "two": "二", "three": "三", "four": "四", "five": "五",
    "six": "六", "seven": "七", "eight": "八", "nine": "九", "ten": "十",
}  # fmt: skip
_NUMBERED = re.compile(
    rf"\b(task|item|section|part)\s*(?:no\s*)?#?(\d{{1,2}}|[一二三四五六七八九十]{{1,3}}|{'|'.join(_NUMBER_WORDS)})(?![\w])"
)
# "how many of these does X lead": the tasks shown that X leads, counted, said the Chinese way round.
_HOW_MANY_OF_SHOWN = re.compile(r"^ how many of (?:these|those|them) (?:(?:does|do|did|is|are) )?(?P<rest>.+?) $")
# "and part two?", "what about task 9?": the same question of what is named now ("那…呢").
_AND_THEN = re.compile(r"^ (?:and|what about|how about) (?P<rest>.+?) $")
# "by 2025", "until 2025": the plan's deadline, as Chinese writes it ("到2025年").
_BY_YEAR = re.compile(r"\b(?:by|until|till|before) (?:the end of )?(20[2-3]\d)\b")
# A year written alone ("mention 2025"): a year of the plan, as Chinese writes it.
_BARE_YEAR = re.compile(r"(?<![\d年])(20[2-3]\d)(?![\d年])")
# "items headed by the water bureau": the body said first, as Chinese says it ("水务局牵头的").
_LED_BY = re.compile(r"^ (?P<what>.*?)\b(?:led|headed) by (?P<who>.+?) $")


def translate_english(text: str) -> str | None:
    """Word-by-word Chinese for an English question, or None when no glossary entry occurs in it."""
    lowered = " " + " ".join(text.lower().replace("?", " ").replace(",", " ").replace(".", " ").split()) + " "
    # "the second one's units": of it ("what's", "it's" are "… is").
    lowered = re.sub(
        r"(?<!what)(?<!who)(?<!that)(?<!it)(?<!there)(?<!here)(?<!where)(?<!how)(?<!let)(?<=\w)['’]s\b", " 的", lowered
    )
    led = _LED_BY.match(lowered)
    if led is not None:
        lowered = f" {led['who']} leads {led['what']} "
    shown = _HOW_MANY_OF_SHOWN.match(lowered)
    if shown is not None:
        lowered = f" 其中 {shown['rest']} 的有几项 "
    then = _AND_THEN.match(lowered)
    if then is not None:
        # "and which of them…" asks its own question after "那"; "and part two" asks the last one ("…呢").
        asks = re.match(r"(?:which|what|who|how|where|when)\b", then["rest"])
        lowered = f" 那 {then['rest']} " if asks else f" 那 {then['rest']} 呢 "
    # "task 18", "section 3", "part 2" name a number the Chinese way ("第18项", "第3部分").
    lowered, hits = _NUMBERED.subn(
        lambda m: f" 第{_NUMBER_WORDS.get(m.group(2), m.group(2))}{_NUMBERED_AS[m.group(1)]} ", lowered
    )
    lowered = _BY_YEAR.sub(r" 到\1年 ", lowered)
    lowered = _BARE_YEAR.sub(r"\1年", lowered)
    for english in sorted(ENGLISH, key=len, reverse=True):
        key = f" {english} "
        while key in lowered:
            lowered = lowered.replace(key, f" {ENGLISH[english]} ", 1)
            hits += 1
    if not hits:
        return None
    # Keep only the Chinese and any remaining words that may name a notice term ("5G"); drop English glue.
    kept = [w for w in lowered.split() if any("\u4e00" <= ch <= "\u9fff" for ch in w) or any(c.isdigit() for c in w)]
    chinese = "".join(kept)
    return chinese or None
