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
    "responsible units": "责任单位",
    "no lead unit": "没有牵头单位",
    "no lead units": "没有牵头单位",
    "without a lead unit": "没有牵头单位",
    "without lead units": "没有牵头单位",
    "lead unit": "牵头单位",
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
    "sewage treatment rate": "污水处理率",
    "target for": "目标",
    "the target": "目标",
    "hello": "你好",
    "thank you": "谢谢",
    "thanks": "谢谢",
    "what can you do": "你能做什么",
    "who are you": "你是谁",
}


_NUMBERED_AS = {"task": "项", "item": "项", "section": "部分", "part": "部分"}
_NUMBERED = re.compile(r"\b(task|item|section|part)\s*(?:no\s*)?#?(\d{1,2})\b")


def translate_english(text: str) -> str | None:
    """Word-by-word Chinese for an English question, or None when no glossary entry occurs in it."""
    lowered = " " + " ".join(text.lower().replace("?", " ").replace(",", " ").replace(".", " ").split()) + " "
    # "task 18", "section 3", "part 2" name a number the Chinese way ("第18项", "第3部分").
    lowered, hits = _NUMBERED.subn(lambda m: f" 第{m.group(2)}{_NUMBERED_AS[m.group(1)]} ", lowered)
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
