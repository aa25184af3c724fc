"""Units a section heading names for every task under it ("一、县示范区管委会牵头工作（8项）").

Task lists of the genre are often grouped by the unit that leads them: a heading
"一、X牵头工作" (or "X牵头的重点任务", "X牵头事项") and then numbered tasks that
name no unit of their own. A heading grouped by a leader ("一、王丹县长牵头重点
工作", "袁家军省长主抓重点工作") names a person, not a unit, and gives nothing.
"""

from __future__ import annotations

import re

from corpus.parsing.unit_lists import is_unit_list, looks_like_unit, split_units

# "X牵头工作", "X牵头的重点工作", "X牵头任务（8项）": the heading is the lead's name plus the words of a grouping.
_GROUPED_BY_LEAD = re.compile(
    r"^(?P<units>[^，。；：（）]{2,40}?)牵头(?:的)?(?:重点|主要)?(?:工作|任务|事项)(?:（[^（）]*）)?[。：]?$"
)

# The heading's whole text a unit's name, at most closed by a colon ("五、市国土资源局", "（三）县财政局：").
_UNIT_ONLY = re.compile(r"^(?P<units>[^，。；：（）“”]{2,30})[：:]?$")


def heading_lead(text: str) -> tuple[str, ...]:
    """The lead units a section heading names for its tasks, or () when it names none (or names a person).

    Args:
        text: the heading's text without its marker ("县示范区管委会牵头工作（8项）").

    Returns:
        The units as printed, in order; () unless every name reads as a unit.
    """
    match = _GROUPED_BY_LEAD.match(text.strip())
    if match is None:
        # A heading that is nothing but a unit's name ("五、市国土资源局") groups the measures that unit carries out
        # (plans dividing work by unit list each unit's measures under it), as "X主要工作任务：" does.
        named = _UNIT_ONLY.match(text.strip())
        if named is None or not is_unit_list(named.group("units")):
            return ()
        return split_units(named.group("units"))
    units = split_units(match.group("units"))
    if not units or not all(looks_like_unit(u) for u in units):
        return ()
    return units


def grouped_by_lead(text: str) -> tuple[str, ...]:
    """The lead units a heading names in words of grouping ("X牵头的工作"), or (); a bare unit's name gives ()."""
    return heading_lead(text) if _GROUPED_BY_LEAD.match(text.strip()) else ()


__all__ = ["grouped_by_lead", "heading_lead"]
