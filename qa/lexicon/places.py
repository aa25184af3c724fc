"""Places a question may name, to tell when it asks about somewhere the notice does not cover.

Names only: whether the notice names a place is read from the notice text at run time
(:func:`qa.lexicon.derived.notice_places`), so nothing here is specific to one notice.
"""

from __future__ import annotations

from qa.lexicon import Table, words

PROVINCES = Table(
    "provinces and regions of China",
    "general usage: the 34 provincial-level divisions (short names)",
    words(
        "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽"
        " 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州"
        " 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
    ),
)
CITIES = Table(
    "cities, prefectures and districts",
    "general usage: provincial capitals, large cities and the prefectures and districts of Qinghai and Gansu",
    words(
        "石家庄 太原 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州"
        " 武汉 长沙 广州 海口 成都 贵阳 昆明 西安 兰州 西宁"
        " 呼和浩特 南宁 拉萨 银川 乌鲁木齐 深圳 苏州 青岛 大连 厦门 宁波 天水 定西 临夏 甘南 武威 张掖 酒泉 嘉峪关"
        " 海东 海北 海南州 海西 黄南 果洛 玉树 格尔木 德令哈 平安区 乐都区 湟中 湟源 门源 贵德"
        " 互助 民和 化隆 循化"
    ),
)
# Suffixes that make a word a place name when a question says "X市" / "X县" / "X区".
PLACE_SUFFIXES = Table("place suffixes", "general usage", words("省 市 县 区 州 镇 乡 村"))
# Words before 县 that name no county ("各县", "每个县"): not a county's short name.
NOT_COUNTY_NAMES = Table("not a county's name", "general usage", words("各 四 每个"))
# The city 26号 is issued for: a question naming it asks about this notice, not another document.
NOTICE_CITY = Table("the notice's city", "the notice: issued by 海东市人民政府办公室", words("海东"))
