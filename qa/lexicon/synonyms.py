"""Everyday words → the notice's own terms, appended to BM25 queries (see :mod:`qa.synonyms`).

Source: general usage (the everyday word people type for a thing the notice names formally), each
pair checked against the notice's wording. Specific to this notice's topics (county-town services).
"""

from __future__ import annotations

SOURCE = "general usage: everyday words for the notice's terms, checked against the notice"

# everyday word(s) → notice terms (space-separated)
TABLE: dict[tuple[str, ...], str] = {
    ("医共体",): "医疗卫生共同体 县域医疗卫生共同体",
    ("暖气", "取暖", "供暖"): "供热 集中供暖",
    ("遛弯", "散步", "锻炼", "跑步", "踢球", "打球", "运动"): "健身 全民健身 健身步道 体育公园",
    ("停车", "停不下车", "车位"): "停车场 停车位",
    ("充电",): "充电桩 充电设施",
    ("淹", "积水", "进水", "排水不畅"): "内涝 排水 易涝",
    ("买菜", "菜市场"): "农贸市场",
    ("网速", "信号", "宽带", "上网"): "千兆光纤 5G基站 宽带",
    ("上学难", "读书"): "义务教育 学校",
    ("托儿", "带娃", "带孩子", "没人带"): "托育 托班",
    ("看病",): "医疗服务 医院",
    ("打工", "找工作", "没活干", "就业难", "失业"): "就业 职业技能培训",
    ("户口",): "落户",
    ("电梯",): "加装电梯 老旧小区",
    ("坑坑洼洼", "坑洼", "路烂"): "道路 老旧小区",
    ("班车", "公交车", "坐车"): "公共交通 客运",
    ("煤气",): "燃气 天然气",
    ("自来水", "水质", "水发黄"): "供水 水厂 供水管网",
    ("地震",): "抗震 加固",
    ("泥石流", "滑坡", "塌方"): "地质灾害",
    ("贷款", "银行网点"): "金融 信贷",
    ("残疾",): "残疾人",
    ("安葬", "墓地", "下葬", "殡葬"): "公益性公墓 殡仪",
    ("结婚",): "婚姻登记",
    ("洋芋", "土豆"): "马铃薯",
    ("台阶", "轮椅"): "无障碍 适老化",
    ("工厂", "厂子"): "产业 工业",
    ("老师",): "教师",
    ("拆老房", "老建筑", "拆了"): "历史建筑 老建筑",
    ("臭水", "又黑又臭"): "黑臭水体",
    ("倒垃圾", "垃圾没人"): "垃圾分类 生活垃圾",
    # The notice types county towns as "X型县城" (生态农牧型, 文旅融合型); jieba cuts 打造成 as 打/造成.
    ("类型", "什么型", "哪一型", "定位成"): "型县城 打造为",
    ("打造成",): "打造",
    # Spoken forms of the notice's verbs of listing ("列进名录" for 列入, "纳进来" for 纳入).
    ("列进", "列到"): "列入",
    ("纳进", "纳到"): "纳入",
}
SYNONYMS: dict[str, str] = {word: terms for words, terms in TABLE.items() for word in words}
