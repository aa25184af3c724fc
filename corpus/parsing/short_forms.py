"""Names of government bodies as tables print them without a level prefix ("住建局", "发改委", "各区政府").

A table flattened to text with its cells run together ("加快推进老旧小区改造住建局各区政府2025年底前")
can be cut between the task's text and its units only where a unit name can be recognised. Names that open
with a level prefix (市, 区, 县 …) are told apart by that prefix (``corpus/parsing/unit_lists.py``); tables
of a single government often drop it, so the bare names are recognised here from a table of the short and
full forms of Chinese city and county government bodies (general usage: the departments of a city or county
government after the 2018 institutional reform, with the short forms in everyday use and some older names).
"""

from __future__ import annotations

# General usage: city and county government departments, their usual short forms and a few older names.
_BODIES = """
发改委 发改局 发展改革委 发展改革局 发展和改革局 发展和改革委员会
经信局 工信局 经济和信息化局 工业和信息化局 科技局 科学技术局 科技和经信局 教育局 教体局 教科局 教育和体育局
公安局 公安分局 民政局 司法局 财政局 人社局 人力资源和社会保障局 人力资源社会保障局
自然资源局 自然资源和规划局 自然资源规划局 资规局 自规局 国土局 规划局 生态环境局 环保局 生态环境分局
住建局 住房城乡建设局 住房和城乡建设局 城乡建设局 建设局 城管局 城市管理局 综合执法局 城管执法局
交通局 交通运输局 水务局 水利局 农业农村局 农业局 农村农业局 林业局 林草局 畜牧局 乡村振兴局
商务局 文旅局 文广旅局 文化和旅游局 文化广电旅游局 文广新局 文体旅局
卫健局 卫健委 卫生健康局 卫生健康委 卫生健康委员会 退役军人事务局 应急局 应急管理局 审计局
国资委 国资局 市场监管局 市场监督管理局 市监局 统计局 医保局 医疗保障局 体育局 信访局 粮食局 粮食和物资储备局
人防办 税务局 气象局 供电局 供电公司 消防救援大队 消防救援支队 大数据局 数据局 数据资源局 政务服务局
行政审批局 政务服务中心 政务服务管理局 机关事务局 机关事务管理局 金融办 金融局 外事办 侨办 民宗局 民族宗教局
档案局 地震局 知识产权局 药监局 烟草局 邮政局 城投公司 交投公司 住房公积金中心 公共资源交易中心 融媒体中心
政府办 政府办公室 编办 网信办 宣传部 组织部 统战部 政法委 团委 妇联 工会 科协 残联 红十字会 工商联 总工会
"""
BARE_BODIES: frozenset[str] = frozenset(_BODIES.split())
_LONGEST_FIRST = tuple(sorted(BARE_BODIES, key=len, reverse=True))


def trailing_body(text: str) -> str:
    """The longest known bare body name that ends ``text`` ("…老旧小区改造住建局" → "住建局"), or ""."""
    return next((name for name in _LONGEST_FIRST if text.endswith(name)), "")


def leading_body(text: str) -> str:
    """The longest known bare body name that opens ``text`` ("住建局推进…" → "住建局"), or ""."""
    return next((name for name in _LONGEST_FIRST if text.startswith(name)), "")


__all__ = ["BARE_BODIES", "leading_body", "trailing_body"]
