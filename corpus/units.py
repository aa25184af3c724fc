"""Unit names: the notice's canonical names and the short forms staff type.

One alias table serves the whole product (question understanding, the task
browser's filter, the evaluation labels). Canonical names are spelled exactly
as in the notice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corpus.records import Notice, Task

ALL_COUNTIES = "各县人民政府"
# 各县人民政府 is the four county governments (task 32 names them: 互助、民和、化隆、循化).
COUNTY_GOVERNMENTS: tuple[str, ...] = ("互助县人民政府", "民和县人民政府", "化隆县人民政府", "循化县人民政府")

# Short forms → canonical name. Each canonical name also matches itself and,
# for 市… bureaus, itself without the 市 prefix (added in build_alias_table).
_ALIASES: dict[str, tuple[str, ...]] = {
    "市发展改革委": (
        "发改委",
        "发改局",
        "发展改革局",
        "发展和改革委员会",
        "发展改革委员会",
        "发展改革部门",
        "发改部门",
        "发改",
    ),
    "市工业信息化局": ("工信局", "工业和信息化局", "工业信息化部门", "工信部门", "经信局", "工信"),
    "市自然资源和规划局": ("自然资源局", "自然资源规划局", "自然资源部门", "规划局", "自规局", "国土局", "国土资源局"),
    "市住房建设局": (
        "住建局",
        "住房和城乡建设局",
        "住房城乡建设局",
        "住房建设部门",
        "住建部门",
        "建设局",
        "住建委",
        "住建",
    ),
    "市生态环境局": ("生态环境部门", "环保局", "环境保护局", "生态局", "环保部门"),
    "市市场监管局": ("市场监管局", "市场监督管理局", "市监局", "市场监管部门", "工商局"),
    "市交通运输局": ("交通局", "交通运输部门", "交通部门", "交运局"),
    "市农业农村局": ("农业农村部门", "农业局", "农牧局", "农业部门"),
    "市商务局": ("商务部门",),
    "市文体旅游广电局": (
        "文旅局",
        "文体旅游广电局",
        "文化旅游局",
        "文体局",
        "文化局",
        "旅游局",
        "文化和旅游局",
        "文旅部门",
        "广电局",
        "体育局",
    ),
    "市品牌产业促进局": ("品牌局", "品牌产业局", "品牌促进局"),
    "市水务局": ("水利局", "水务部门", "水利部门"),
    "市教育局": ("教育部门", "教体局"),
    "市公安局": ("公安部门",),
    "市民政局": ("民政部门",),
    "市人力资源社会保障局": ("人社局", "人力资源和社会保障局", "人力资源社会保障局", "人社部门", "劳动局", "人社"),
    "市卫生健康委": ("卫健委", "卫健局", "卫生健康委员会", "卫生健康局", "卫生局", "卫生部门", "卫健部门", "卫健"),
    "市应急局": ("应急管理局", "应急部门"),
    "市消防救援支队": ("消防支队", "消防救援支队", "消防部门", "消防队"),
    "市乡村振兴局": ("乡村振兴局", "乡村振兴部门", "扶贫办", "扶贫局"),
    "市林草局": ("林草局", "林业和草原局", "林业局", "林草部门", "林业部门"),
    "市城管局": ("城管局", "城市管理局", "城市管理综合执法局", "城管部门", "城管"),
    "海东城投公司": ("城投公司", "城投", "城投集团"),
    "市政务服务监管局": ("政务服务监管局", "政务服务局", "政务局", "政务服务中心", "政务服务部门"),
    "市财政局": ("财政局", "财政部门"),
    "市残联": ("残联", "残疾人联合会"),
    "海东工业园区管委会": ("园区管委会", "工业园区管委会", "海东工业园区"),
    "市邮政管理局": ("邮政管理局", "邮政局", "邮政部门"),
    "市金融办": ("金融办", "金融工作办公室", "金融局", "地方金融监管局", "金融部门"),
    "人行海东中心支行": ("人行", "人民银行", "人民银行海东中心支行", "中国人民银行", "央行", "人行海东"),
    "各县人民政府": ("各县政府", "各县", "四县政府", "四个县", "县政府"),
    "互助县人民政府": ("互助县政府", "互助县", "互助土族自治县"),
    "民和县人民政府": ("民和县政府", "民和县", "民和回族土族自治县"),
    "化隆县人民政府": ("化隆县政府", "化隆县", "化隆回族自治县"),
    "循化县人民政府": ("循化县政府", "循化县", "循化撒拉族自治县"),
}


@dataclass(frozen=True)
class UnitMention:
    """A unit found in a question: where, as typed, and what it means."""

    start: int
    end: int
    surface: str
    unit: str


def build_alias_table(notice: Notice) -> dict[str, str]:
    """Map every accepted spelling to its canonical unit name.

    Canonical names from the notice map to themselves; a 市… name also
    matches without 市. County governments are added even though three of
    them appear in the notice only as members of 各县人民政府.
    """
    canonical = {u for task in notice.tasks for u in task.units} | set(COUNTY_GOVERNMENTS)
    table: dict[str, str] = {}
    for unit in sorted(canonical):
        table[unit] = unit
        if unit.startswith("市") and len(unit) > 3:
            table.setdefault(unit[1:], unit)
    for unit, aliases in _ALIASES.items():
        table.setdefault(unit, unit)
        for alias in aliases:
            table.setdefault(alias, unit)
    return table


def find_unit_mentions(text: str, table: dict[str, str]) -> list[UnitMention]:
    """Find unit names in ``text``, longest spelling first, without overlaps.

    Args:
        text: a normalised question.
        table: from :func:`build_alias_table`.

    Returns:
        Mentions in the order they appear.
    """
    taken = [False] * len(text)
    found: list[UnitMention] = []
    for alias in sorted(table, key=len, reverse=True):
        start = text.find(alias)
        while start != -1:
            end = start + len(alias)
            if not any(taken[start:end]):
                found.append(UnitMention(start, end, alias, table[alias]))
                for i in range(start, end):
                    taken[i] = True
            start = text.find(alias, end)
    return sorted(found, key=lambda m: m.start)


def expand_unit(unit: str) -> tuple[str, ...]:
    """Return the names under which ``unit`` can appear on a units line.

    A county government also acts through 各县人民政府.
    """
    if unit in COUNTY_GOVERNMENTS:
        return (unit, ALL_COUNTIES)
    return (unit,)


def tasks_for_unit(tasks: Iterable[Task], unit: str, *, include_responsible: bool) -> list[tuple[Task, str, str]]:
    """List the tasks ``unit`` leads (and, if asked, is responsible for).

    Returns:
        ``(task, role, as_named)`` triples in task order, where role is
        ``"lead"`` or ``"responsible"`` and ``as_named`` is the name on the
        units line (the unit itself or 各县人民政府).
    """
    names = expand_unit(unit)
    result: list[tuple[Task, str, str]] = []
    for task in tasks:
        lead = next((n for n in names if n in task.lead_units), None)
        if lead is not None:
            result.append((task, "lead", lead))
            continue
        if include_responsible:
            responsible = next((n for n in names if n in task.responsible_units), None)
            if responsible is not None:
                result.append((task, "responsible", responsible))
    return result
