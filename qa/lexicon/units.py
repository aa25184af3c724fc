"""How unit names are built, to recognise a unit the notice does not name ("烟草局") or a misspelt one."""

from __future__ import annotations

from qa.lexicon import Table, words

UNIT_SUFFIXES = Table(
    "unit-name endings",
    "general usage: the endings of Chinese government bodies' names",
    words("局 委 办 厅 署 支队 大队 中心 公司 集团 管委会 委员会 办公室 联合会 协会 支行 银行 院"),
)
# Kinds of unit a question may ask about ("责任单位里有企业的任务"), each with the name parts that mark it
# (general usage: how Chinese company, bank, park, school and hospital names end).
UNIT_KINDS = {
    "企业": ("公司", "集团", "企业"),
    "公司": ("公司", "集团"),
    "银行": ("银行", "支行"),
    "金融机构": ("银行", "支行", "金融"),
    "园区": ("园区",),
    "学校": ("学校", "学院", "大学"),
    "医院": ("医院",),
}
# Words that end like a unit but are not one ("结局", "布局"): general usage.
NOT_UNITS = Table(
    "not unit names",
    "general usage: common words ending in a unit suffix",
    words(
        "布局 格局 结局 大局 全局 当局 开局 中心城区 市中心 中心城市 重点"
        " 手续办 怎么办 咋办 如何办 去哪办 在哪办 公办 民办 举办 创办 承办"
        " 督办 主办 代办 包办 难办 好办 来办 部分 全部 内部 外部 东部 西部"
        " 南部 北部 中部 局部 干部 部署 基站 车站 网站 客运站 加油站 场所"
        " 住所 诊所 厕所 派出所 医院 卫生院 学院 法院 影院 庭院 幼儿园 梯队"
        " 团队 排队 部队 队伍 中心 银行 总部"
    ),
)
# Real government bodies (general usage) that a notice may not list: never "corrected" into a unit of
# the notice one character away ("税务局" is not a typo of 水务局, "烟草局" not of 林草局).
COMMON_BODIES = Table(
    "common government bodies",
    "general usage: names of Chinese city and county government bodies",
    words(
        "税务局 统计局 审计局 烟草局 气象局 档案局 司法局 退役军人事务局 医保局 医疗保障局 信访局 粮食局 国资委 科技局"
        " 外事办 侨办 法院 检察院 人大 政协 纪委 监委 宣传部 组织部 统战部 团委 妇联 工会 科协 供销社 电力公司 供电局"
        " 自来水公司 燃气公司 铁路局 民航局 海关 边检 药监局 知识产权局 地震局"
        " 人防办 机关事务局 大数据局 数据局 住房公积金中心"
        # One character away from an alias of 26号 ("畜牧局"/农牧局, "公路局"/公安局, "国税局"/国土局),
        # yet bodies of their own, so never read as a slip.
        " 畜牧局 民族局 民宗局 人防局 水文局 文物局 农机局 环卫局 国税局 地税局 公路局"
    ),
)
# A unit typed as its bare stem ("民政牵头的", "财政和住建都配合的") is read as the unit only when the words
# around it say a body acts there; otherwise the stem is an ordinary word ("教育资源", "交通体系").
# Endings taken off an alias to get its stem (general usage: how a body's name ends).
STEM_ENDINGS = Table(
    "unit-name endings dropped in bare stems",
    "general usage: staff drop the ending of a body's name (民政局 → 民政, 发改委 → 发改)",
    words("局 委 办 部门 委员会 办公室"),
)
# What may follow a stem that names a body (general usage: role verbs and the particles before them).
STEM_ACTS = Table(
    "words after a body's stem",
    "general usage: role verbs and particles that follow the body that acts",
    words(
        "牵头 配合 参与 负责 作为 当 担任 主抓 协助 涉及 出现 有份 那边 那块 这边 单独 自己 都 也 还 在哪 在几"
        " 是哪 是几 是不是 没有 没 不是 不"
    ),
)
# Joins between two bodies ("人社和教育"): a stem joined to a body is a body too.
STEM_JOINS = Table("joins between bodies", "general usage: Chinese coordinating words", words("和 与 跟 及 同 、 或"))
# What may come right before a stem that names a body (general usage: function words that end the word before).
STEM_AFTER = Table(
    "words before a body's stem",
    "general usage: function words and pronouns that close the word before a name",
    words("那 问 看 查 说 是 让 由 把 请 就 再 咱们 我们 你们 咱 我 和 与 跟 及 同 、 或 还有 以及 加上"),
)
