"""Who leads and who is responsible: label lines, inline parentheses, the first-listed rule.

The genre states roles in a handful of ways (all from general usage of
任务分工 notices, none from one notice):

- label lines after a task: ``牵头单位：X`` ``责任单位：Y`` (also 配合单位, 协办单位, 主要责任单位 / 其他责任单位;
  责任领导 and 完成时限 are not units);
- a parenthesis closing a task: ``（X牵头，Y按职责分工负责）``, ``（牵头单位：X；配合单位：Y）``, ``（X负责）``,
  ``（X牵头，Y配合）``;
- a line stating both roles in words: ``部门分工：X牵头，Y配合``; the task's own sentence: ``由X会同Y等部门负责落实``;
- a rule stated once, "列第一位者为牵头单位": the first unit of each later list leads;
- a rule stated once, "无牵头单位的，责任单位即为牵头单位": a task naming only 责任单位 is led by them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum

from corpus.parsing.unit_lists import (
    LEAD_MARKS,
    SAME_AS_ABOVE,
    clean_name,
    is_unit_list,
    leading_units,
    looks_like_unit,
    split_top_level,
    split_units,
)


class Role(Enum):
    """What a label or a verb says about the units it introduces."""

    LEAD = "lead"
    RESPONSIBLE = "responsible"
    # "X负责" alone: X carries the task (a lead); next to a 牵头 unit, X is responsible.
    SOLE = "sole"
    # "部门分工：X牵头，Y配合": the value states the roles itself, with the genre's verbs.
    STATED = "stated"
    IGNORED = "ignored"


# Label words (主办单位 is left out: government web pages print "主办单位：…" in every footer).
# Longest first so that 其他责任单位 wins over 责任单位 at the same position.
_LABELS: dict[str, Role] = {
    "第一责任单位": Role.LEAD,
    # Next to a 第一责任单位, 主要责任单位 are the others (see in_context).
    "主要责任单位": Role.LEAD,
    "牵头责任单位": Role.LEAD,
    "牵头责任部门": Role.LEAD,
    "其他责任单位": Role.RESPONSIBLE,
    # "牵头责任单位：X / 相关责任单位：Y" (general usage, as 其他责任单位): the units concerned beside the lead.
    "相关责任单位": Role.RESPONSIBLE,
    "相关责任部门": Role.RESPONSIBLE,
    # "牵头责任单位 / 协同责任单位" (安徽's 政府工作报告 分解 and others): the second are the other units.
    "协同责任单位": Role.RESPONSIBLE,
    "协同责任部门": Role.RESPONSIBLE,
    "配合责任单位": Role.RESPONSIBLE,
    "协办责任单位": Role.RESPONSIBLE,
    # "牵头责任单位 / 主要协作单位" (a county's 政府工作报告 分解): 主要 ranks the helpers among themselves; unlike
    # 主要责任单位 it never makes them lead (general usage: 协作, 配合, 协办, 参与 name units that assist).
    "主要协作单位": Role.RESPONSIBLE,
    "主要协作部门": Role.RESPONSIBLE,
    "主要配合单位": Role.RESPONSIBLE,
    "主要配合部门": Role.RESPONSIBLE,
    "主要协办单位": Role.RESPONSIBLE,
    "主要参与单位": Role.RESPONSIBLE,
    # Leaders are persons, never units: 牵头负责领导：金力。 分管县领导、包抓领导 columns.
    "牵头负责领导": Role.IGNORED,
    "牵头责任领导": Role.IGNORED,
    "牵头市领导": Role.IGNORED,
    "牵头县领导": Role.IGNORED,
    "牵头区领导": Role.IGNORED,
    "分管省领导": Role.IGNORED,
    "牵头省领导": Role.IGNORED,
    "分管市领导": Role.IGNORED,
    "分管县领导": Role.IGNORED,
    "分管区领导": Role.IGNORED,
    "包抓领导": Role.IGNORED,
    "负责领导": Role.IGNORED,
    # A line naming both roles in words of the genre: "部门分工：省发展改革委牵头，各地、各部门配合。"
    "部门分工": Role.STATED,
    "责任分工": Role.STATED,
    # The same under a task heading as one of its fields ("工作职责：市甲局牵头，各有关部门配合，责任人：某某。",
    # general usage of work plans whose tasks print 工作职责 / 工作任务 / 工作要求 fields).
    "工作职责": Role.STATED,
    "职责分工": Role.STATED,
    "牵头单位": Role.LEAD,
    "牵头部门": Role.LEAD,
    "主责单位": Role.LEAD,
    # "主办单位：X / 协办单位：Y" (general usage: the unit that runs a matter and those that help); a web page's
    # footer "主办单位：某市人民政府办公室" is told apart by the layout (a lone 主办 line with no helper beside it).
    "主办单位": Role.LEAD,
    "主办部门": Role.LEAD,
    # 承办 is the unit that undertakes a matter (人大建议 交办 and 督办 lists: 承办单位 / 协办单位); like 主办, a web
    # footer's "承办单位：某信息中心" (the site's builder) is told apart by the layout.
    "承办单位": Role.LEAD,
    "承办部门": Role.LEAD,
    "主责部门": Role.LEAD,
    # A department's own plan names its offices (处室, 科室, 股室) as other plans name bureaus (general usage).
    "牵头处室": Role.LEAD,
    "主办处室": Role.LEAD,
    "牵头科室": Role.LEAD,
    "责任处室": Role.RESPONSIBLE,
    "责任科室": Role.RESPONSIBLE,
    "责任股室": Role.RESPONSIBLE,
    "配合处室": Role.RESPONSIBLE,
    "协办处室": Role.RESPONSIBLE,
    "配合科室": Role.RESPONSIBLE,
    "责任单位": Role.RESPONSIBLE,
    "责任部门": Role.RESPONSIBLE,
    "配合单位": Role.RESPONSIBLE,
    "配合部门": Role.RESPONSIBLE,
    "协办单位": Role.RESPONSIBLE,
    "协助单位": Role.RESPONSIBLE,
    "参与单位": Role.RESPONSIBLE,
    "参加单位": Role.RESPONSIBLE,
    "协同单位": Role.RESPONSIBLE,
    # The same roles named 部门 instead of 单位, and 协作 beside 协同 (general usage of the genre).
    "参与部门": Role.RESPONSIBLE,
    "协办部门": Role.RESPONSIBLE,
    "协同部门": Role.RESPONSIBLE,
    "协助部门": Role.RESPONSIBLE,
    "协作单位": Role.RESPONSIBLE,
    "协作部门": Role.RESPONSIBLE,
    "实施单位": Role.RESPONSIBLE,
    "责任主体": Role.RESPONSIBLE,
    # The units answering for a task named with other words of the genre, read as 责任单位 is (general usage:
    # 负责单位, 落实单位, 执行单位, 实施主体 …); beside a 牵头 unit they are the others, beside helpers they lead.
    "负责单位": Role.RESPONSIBLE,
    "负责部门": Role.RESPONSIBLE,
    "具体负责单位": Role.RESPONSIBLE,
    "具体责任单位": Role.RESPONSIBLE,
    "直接责任单位": Role.RESPONSIBLE,
    "落实单位": Role.RESPONSIBLE,
    "落实部门": Role.RESPONSIBLE,
    "执行单位": Role.RESPONSIBLE,
    "实施部门": Role.RESPONSIBLE,
    "实施主体": Role.RESPONSIBLE,
    # Helpers named with other words of the genre (支持, 联办, 会办; a second-ranked 责任单位).
    "支持单位": Role.RESPONSIBLE,
    "支持部门": Role.RESPONSIBLE,
    "联办单位": Role.RESPONSIBLE,
    "会办单位": Role.RESPONSIBLE,
    "配合责任部门": Role.RESPONSIBLE,
    "协办责任部门": Role.RESPONSIBLE,
    "次要责任单位": Role.RESPONSIBLE,
    "第二责任单位": Role.RESPONSIBLE,
    # The body that supplies an indicator's figures ("牵头单位：X，数据提供单位：市统计局", general usage of a work
    # report's targets): a unit the task gives a duty, as 参加 or 支持. It is no helper of the work itself, so
    # beside a lone 责任单位 list it leaves that list responsible (not in HELPER_LABELS).
    "数据提供单位": Role.RESPONSIBLE,
    "数据提供部门": Role.RESPONSIBLE,
    "责任领导": Role.IGNORED,
    "牵头领导": Role.IGNORED,
    "分管领导": Role.IGNORED,
    "完成时限": Role.IGNORED,
    "完成时间": Role.IGNORED,
    "时间节点": Role.IGNORED,
    "时限要求": Role.IGNORED,
    "进度安排": Role.IGNORED,
    "责任人": Role.IGNORED,
    # The person in charge beside the units ("责任单位：市甲局，负责人：某某"): a person, never a unit.
    "负责人": Role.IGNORED,
    # Fields of a 民生实事 progress report: the project's person in charge and how far it has got.
    "项目责任人": Role.IGNORED,
    "项目负责人": Role.IGNORED,
    "实际完成情况": Role.IGNORED,
    "完成情况": Role.IGNORED,
    "进展情况": Role.IGNORED,
    "联系人": Role.IGNORED,
    "备注": Role.IGNORED,
    "时限": Role.IGNORED,
    "牵头": Role.LEAD,
    "配合": Role.RESPONSIBLE,
    "参与": Role.RESPONSIBLE,
    "协办": Role.RESPONSIBLE,
    "协助": Role.RESPONSIBLE,
    # "（主责：市发改委；协同：市财政局）": the short labels beside 牵头： / 配合： (general usage).
    "主责": Role.LEAD,
    "协同": Role.RESPONSIBLE,
    # "（牵头：市发改委；责任：市财政局）": 责任 beside the short 牵头 label names the other units (general usage).
    "责任": Role.RESPONSIBLE,
    # A 责任单位 line that lost its first character in a web copy (seen in the shipped notice).
    "任单位": Role.RESPONSIBLE,
}
_LABEL_WORDS = "|".join(sorted(_LABELS, key=len, reverse=True))
# "牵头单位：X" or, set as a heading, "【牵头单位】X" (also in tortoise-shell brackets, "〔牵头单位〕X").
# A bare role verb boxed right after a name ("市发改委【牵头】、市财政局") marks that unit, as "（牵头）"
# does, and is no label: the boxed verb counts only away from a name.
_BARE_VERBS = "牵头|配合|参与|协办|协助"
_LABEL = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])[【〔]\s*(?P<verb>{_BARE_VERBS})\s*[】〕]\s*：?"
    rf"|[【〔]\s*(?P<boxed>(?!(?:{_BARE_VERBS})\s*[】〕])(?:{_LABEL_WORDS}))\s*[】〕]\s*：?"
    rf"|(?P<plain>{_LABEL_WORDS})\s*：)"
)
# A value that opens with a boxed verb ("【牵头】市发改委【配合】市财政局") boxes every label so, names or not.
_BOXED_START = re.compile(rf"^\s*[【〔]\s*(?:{_BARE_VERBS})\s*[】〕]")
_LABEL_ANY = re.compile(rf"(?:[【〔]\s*(?P<boxed>{_LABEL_WORDS})\s*[】〕]\s*：?|(?P<plain>{_LABEL_WORDS})\s*：)")


def _label_pattern(text: str) -> re.Pattern[str]:
    return _LABEL_ANY if _BOXED_START.match(text) else _LABEL


_LABEL_LINE = re.compile(rf"^（?\s*(?:[【〔]\s*(?:{_LABEL_WORDS})\s*[】〕]|(?:{_LABEL_WORDS})\s*：)")
# Verbs that close a clause of units, longest first (non-greedy names before them take the longest verb).
_VERBS: dict[str, Role] = {
    "按职责分工负责": Role.RESPONSIBLE,
    "按照职责分工负责": Role.RESPONSIBLE,
    "按职能分工负责": Role.RESPONSIBLE,
    "按职责分工落实": Role.RESPONSIBLE,
    "按职责负责": Role.RESPONSIBLE,
    # The same said at more length (general usage): "按照各自职责分工负责", "按职责分工配合".
    "按照各自职责分工负责": Role.RESPONSIBLE,
    "按各自职责分工负责": Role.RESPONSIBLE,
    "按各自职责负责": Role.RESPONSIBLE,
    "按职责分工配合": Role.RESPONSIBLE,
    "按职责配合": Role.RESPONSIBLE,
    # Each of the units carries (its part of) the task, as "X负责" says: they lead when no unit leads and are
    # the others beside a 牵头 unit ("（国务院各部门分别负责）").
    "分别负责": Role.SOLE,
    # "（A、B分别负责落实）", "（X牵头，A、B分别负责落实）": each unit carries its own part (general usage of 要点).
    "分别负责落实": Role.SOLE,
    "分别落实": Role.SOLE,
    "共同负责": Role.SOLE,
    # "（市发改委牵头，各县区政府负总责）": each answers for the whole task in its area.
    "负总责": Role.SOLE,
    "分工负责": Role.RESPONSIBLE,
    "按分工负责": Role.RESPONSIBLE,
    "配合落实": Role.RESPONSIBLE,
    "支持配合": Role.RESPONSIBLE,
    "积极配合": Role.RESPONSIBLE,
    "密切配合": Role.RESPONSIBLE,
    "协调配合": Role.RESPONSIBLE,
    "协同配合": Role.RESPONSIBLE,
    "配合实施": Role.RESPONSIBLE,
    "参与实施": Role.RESPONSIBLE,
    "共同推进": Role.RESPONSIBLE,
    "共同落实": Role.RESPONSIBLE,
    "协同": Role.RESPONSIBLE,
    # "（市发改委牵头抓总，市财政局协同推进）", "（市发改委主责，市财政局配合）" (general usage of the genre).
    "协同推进": Role.RESPONSIBLE,
    "配合推进": Role.RESPONSIBLE,
    "参与推进": Role.RESPONSIBLE,
    "协助推进": Role.RESPONSIBLE,
    "主责": Role.LEAD,
    # "（市发改委主抓，市财政局协助）": the unit that takes the matter in hand (general usage beside 牵头).
    "主抓": Role.LEAD,
    # "（市甲局主办，市乙局、丙局协办）": the unit that runs the matter beside those that help, as the label words
    # 主办单位 / 协办单位 say (general usage of 人大建议 交办 lists and of a 政府工作报告's split).
    "主办": Role.LEAD,
    # "…按职责分工负责，各地级以上市人民政府结合实际落实": the governments below carry it out in their areas,
    # beside the units in charge, never leading it (general usage of a province's or city's 要点).
    "结合实际落实": Role.RESPONSIBLE,
    "结合实际抓好落实": Role.RESPONSIBLE,
    "结合实际贯彻落实": Role.RESPONSIBLE,
    # Carrying a task out: the units in charge when no unit leads, the others beside a 牵头 unit.
    "负责落实": Role.SOLE,
    "具体落实": Role.SOLE,
    "抓好落实": Role.SOLE,
    "组织落实": Role.SOLE,
    "推进落实": Role.SOLE,
    "组织实施": Role.SOLE,
    "具体实施": Role.SOLE,
    "具体负责": Role.SOLE,
    "落实": Role.SOLE,
    "分别牵头": Role.LEAD,
    "共同牵头": Role.LEAD,
    "牵头负责": Role.LEAD,
    "牵头落实": Role.LEAD,
    "牵头实施": Role.LEAD,
    "牵头抓总": Role.LEAD,
    "为牵头单位": Role.LEAD,
    "为牵头部门": Role.LEAD,
    # "（市发改委为牵头单位，市财政局为配合单位）": the role named after 为.
    "为配合单位": Role.RESPONSIBLE,
    "为配合部门": Role.RESPONSIBLE,
    "为责任单位": Role.RESPONSIBLE,
    "为参与单位": Role.RESPONSIBLE,
    "为协办单位": Role.RESPONSIBLE,
    "牵头": Role.LEAD,
    "配合": Role.RESPONSIBLE,
    "参与": Role.RESPONSIBLE,
    "参加": Role.RESPONSIBLE,
    "协助": Role.RESPONSIBLE,
    "协办": Role.RESPONSIBLE,
    "负责": Role.SOLE,
}
_VERB_CLAUSE = re.compile(rf"^(.*?)(?:{'|'.join(sorted(_VERBS, key=len, reverse=True))})$")
# The genre closes a list with 牵头 or 按职责分工 followed by any two-character verb, not only the common ones
# above: "（市商务局牵头推进）", "（县住建局牵头办理）", "（A、B按职责分工实施）" (a re-post may even swap 负责 for a
# synonym). The role is the one the head word states; the names before it must still read as units.
# "按职责分工分别负责", "按职责共同落实": an adverb may stand between the head word and its verb.
# "A、B分别牵头负责", "A、B按照职责分工分别牵头负责": 牵头 after the adverb or the duty phrase states the role (lead).
_ADVERB = r"(?:分别|共同|各自)"
_HEADED_VERB_CLAUSE = re.compile(
    rf"^(.*?)(?:{_ADVERB}?(?P<lead>牵头)|按(?:照)?(?:各自)?职(?:责|能)(?:分工)?(?:{_ADVERB}?(?P<duty_lead>牵头))?)"
    rf"{_ADVERB}?[\u4e00-\u9fff]{{2}}$"
)


def _verb_clause(clause: str) -> tuple[str, Role] | None:
    """Split a clause that closes a list of units with a verb into the names before it and the role it states."""
    verb = _VERB_CLAUSE.match(clause)
    headed = _HEADED_VERB_CLAUSE.match(clause)
    # The longer verb wins: "乙局按职责分工分别负责" closes on 按职责分工…, not on its last words 分别负责.
    if headed and (verb is None or len(headed.group(1)) < len(verb.group(1))):
        return headed.group(1), Role.LEAD if headed.group("lead") or headed.group("duty_lead") else Role.RESPONSIBLE
    if verb:
        return verb.group(1), _VERBS[clause[len(verb.group(1)) :]]
    return None


_CLAUSE_SPLIT = re.compile(r"[；，。]")
# Clauses a units parenthesis may also hold: a deadline, "下同", the first-listed rule itself.
_TIME_LIKE = re.compile(r"\d{4}|年底|年内|年前|月底|季度|前完成|长期|持续|每年|常态|逐年|分年度|下同|以下|同上")
# "排序第一的单位为牵头单位", "排位第一": the order a list is printed in, said in other words (general usage).
FIRST_LISTED = re.compile(
    r"(?:第一位|首位|第一个|首个|(?:排|列)(?:名|序|位)?(?:在|为|居)?第一|(?:排在|列在|排|列)(?:前位|前列))[^。；）]{0,12}?牵头"
    # "（第一责任单位为牵头单位，下同）": the first of a 责任单位 list leads (general usage beside 列第一位者).
    r"|第一(?:个)?责任(?:单位|部门)(?:即|均)?(?:为|是)牵头"
)
# "排在前位为牵头部门": the units placed in front lead, a whole first group of a list that groups its names
# ("A、B，C、D，各镇街": 、 inside a group, ， between groups), not only its first name.
FRONT_LISTED = re.compile(r"(?:排在|列在|排|列)(?:前位|前列)[^。；）]{0,12}?牵头")
_RULE_GROUP = re.compile(
    r"（[^（）]*(?:第一位|首位|第一个|(?:排|列)(?:名|序|位)?(?:在|为|居)?第一|第一责任(?:单位|部门)(?:即|均)?(?:为|是)牵头)[^（）]*）"
)
# "无牵头单位的，责任单位即为牵头单位，下同" (a covering letter's rule): a list of 责任单位 alone leads.
RESPONSIBLE_LEAD = re.compile(
    r"(?:无|没有|未(?:明确|列明|注明|标明)?|不设)牵头单位的?[，\s]*(?:其|所列)?责任单位(?:即|均|即均|均即|视)?为牵头单位"
)
# "市发改委（牵头）", also in square or tortoise-shell brackets: the unit so marked leads.
_MARKED_LEAD = re.compile(r"[（〔【\[]\s*牵头(?:单位)?\s*[）〕】\]]$")


@dataclass(frozen=True)
class RoleLists:
    """Units in the order the notice lists them; ``bare`` when no word said who leads."""

    lead: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()
    bare: bool = False
    # How many of ``responsible`` the list's first group holds, where it groups names ("A、B，C、D"); 0 if not.
    front: int = 0
    # The leads carry the task together only because a 负责 word said so ("A、B、C负责"), no 牵头 word.
    sole: bool = False

    @property
    def empty(self) -> bool:
        """Whether no unit was named."""
        return not self.lead and not self.responsible

    def merged(self, other: RoleLists) -> RoleLists:
        """Both lists, each unit once per role, this one's first."""
        return RoleLists(
            tuple(dict.fromkeys(self.lead + other.lead)),
            tuple(dict.fromkeys(self.responsible + other.responsible)),
            self.bare and other.bare,
            self.front if self.responsible else other.front,
        )

    def same_as_above(self, above: RoleLists) -> RoleLists:
        """Replace "同上" by the units the task above has in that role (all its roles when no word said which)."""
        if SAME_AS_ABOVE not in self.lead + self.responsible:
            return self
        if self.bare and self.responsible == (SAME_AS_ABOVE,):
            return above
        lead = [u for name in self.lead for u in (above.lead if name == SAME_AS_ABOVE else (name,))]
        responsible = [
            u for name in self.responsible for u in (above.responsible if name == SAME_AS_ABOVE else (name,))
        ]
        return RoleLists(tuple(dict.fromkeys(lead)), tuple(dict.fromkeys(responsible)), self.bare)

    def first_listed_leads(self, *, front: bool = False) -> RoleLists:
        """Apply "列第一位者为牵头单位": without a named lead, the first unit leads.

        With ``front`` ("排在前位为牵头部门") the list's whole first group leads where the list groups its names.
        """
        if self.sole and not self.responsible and len(self.lead) > 1:
            # "（A、B、C负责，列第一位者为牵头单位，下同）": the rule says which of the units in charge leads.
            return RoleLists(self.lead[:1], self.lead[1:], False)
        if self.lead or not self.responsible:
            return self
        count = self.front if front and self.front > 1 else 1
        return RoleLists(self.responsible[:count], self.responsible[count:], False)

    def responsible_lead(self) -> RoleLists:
        """Apply "无牵头单位的，责任单位即为牵头单位": without a named lead, every responsible unit leads."""
        if self.lead or not self.responsible:
            return self
        return RoleLists(self.responsible, (), False)


# Labels of units that help ("配合单位"): next to them and without a 牵头 label, 责任单位 are the ones in charge.
HELPER_LABELS = frozenset(
    {
        "配合单位",
        "配合部门",
        "协办单位",
        "协办部门",
        "协助单位",
        "协助部门",
        "协同单位",
        "协同部门",
        "协作单位",
        "协作部门",
        "参与单位",
        "参与部门",
        "协同责任单位",
        "配合责任单位",
        "主要协作单位",
        "主要协作部门",
        "主要配合单位",
        "主要配合部门",
        "主要协办单位",
        "主要参与单位",
        # The short labels of a parenthesis ("（责任主体：X；协同：Y）") and offices' labels help the same way.
        "配合",
        "协同",
        "协助",
        "协办",
        "参与",
        "配合处室",
        "协办处室",
        "配合科室",
        "支持单位",
        "支持部门",
        "联办单位",
        "会办单位",
        "配合责任部门",
        "协办责任部门",
        "次要责任单位",
        "第二责任单位",
    }
)
# 责任主体 / 责任处室 / 责任科室 name the units answering for a task as 责任单位 does (general usage).
IN_CHARGE_LABELS = frozenset(
    {
        "责任单位",
        "责任部门",
        "责任主体",
        "责任处室",
        "责任科室",
        "负责单位",
        "负责部门",
        "具体负责单位",
        "具体责任单位",
        "直接责任单位",
        "落实单位",
        "落实部门",
        "执行单位",
        "实施部门",
        "实施主体",
    }
)


# Labels naming the unit that undertakes a matter (承办): in charge alone, under a 牵头 unit beside one.
_UNDERTAKING_LABELS = ("承办单位", "承办部门")


def in_context(label: str, role: Role, labels_present: set[str]) -> Role:
    """The role of ``label`` given the other labels of its table or task.

    主要责任单位 leads unless a 第一责任单位 is named too; then 第一 leads and 主要 are the others.
    承办单位 leads unless a 牵头单位 is named too; then it carries the task out under the lead.
    责任单位 lead when 配合单位 (or 协办单位 …) are named beside them and no 牵头 label is:
    "（责任单位：X；配合单位：Y）" puts X in charge and Y in support (general usage of the genre).
    """
    if label == "主要责任单位" and "第一责任单位" in labels_present:
        return Role.RESPONSIBLE
    if label in _UNDERTAKING_LABELS and any(
        w.startswith("牵头") and _LABELS.get(w) is Role.LEAD for w in labels_present
    ):
        # 承办 names the unit in charge only where no 牵头 unit is named: beside one, it carries the task out under it.
        return Role.RESPONSIBLE
    if label in IN_CHARGE_LABELS and labels_present & HELPER_LABELS and not _names_lead(labels_present - {label}):
        return Role.LEAD
    return role


def in_charge_scheme(label_sets: list[set[str]]) -> bool:
    """Whether a notice's label lines pair 责任单位 with 配合单位 (or 协办单位 …) and never name a lead.

    A notice keeps one scheme for all its tasks: where some tasks print "责任单位：X" beside "配合单位：Y"
    and no task has a 牵头 label, 责任单位 are the units in charge, also in a task that needs no helper.
    """
    in_charge = any(labels & IN_CHARGE_LABELS and labels & HELPER_LABELS for labels in label_sets)
    return in_charge and not any(_names_lead(labels) for labels in label_sets)


def _names_lead(labels: set[str]) -> bool:
    return any(_LABELS.get(w) is Role.LEAD or w in ("主办单位", "主办部门") for w in labels)


# A label set apart from its value by spaces instead of a colon ("牵头单位　市发改委"), as a form's field or a
# table of fields flattened to text prints it.
_SPACED_LABEL = re.compile(rf"^(?P<label>{_LABEL_WORDS})[ \t\u3000]+(?P<value>\S.*)$")


def spaced_label(line: str) -> str:
    """``line`` with a colon after a label that only spaces set apart from its units ("牵头单位 市发改委")."""
    m = _SPACED_LABEL.match(line)
    if m is None or not is_unit_list(m.group("value")):
        return line
    return f"{m.group('label')}：{m.group('value')}"


def units_label_spans(text: str) -> list[tuple[int, int]]:
    """Where labels naming units ("牵头单位：", "责任科室：") start in a text, and where their values start.

    Only labels of two words or more ("单位", "部门", "科室" after the role): a bare "牵头：" may be a sentence's.
    """
    return [
        (m.start(), m.end())
        for m in _LABEL.finditer(text)
        if (plain := m.group("plain")) and len(plain) >= 4 and _LABELS[plain] in (Role.LEAD, Role.RESPONSIBLE)
    ]


def is_label_line(line: str) -> bool:
    """Whether a canonical line starts with a role label ("牵头单位：", "（配合单位：")."""
    return bool(_LABEL_LINE.match(line))


def label_role(word: str) -> Role | None:
    """The role a header or label word names (whitespace ignored), or None."""
    return _LABELS.get(re.sub(r"\s+", "", word).rstrip("："))


def parse_labelled(text: str) -> list[tuple[str, Role, str]]:
    """Split ``牵头单位：X；配合单位：Y`` into (label, role, value) triples, in order."""
    found = list(_label_pattern(text).finditer(text))
    present = {m.groupdict().get("verb") or m.group("boxed") or m.group("plain") for m in found}
    triples = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        label = m.groupdict().get("verb") or m.group("boxed") or m.group("plain")
        value = _strip_unbalanced(text[m.end() : end].strip().strip("；，。"))
        triples.append((label, in_context(label, _LABELS[label], present), value))
    return triples


def _strip_unbalanced(value: str) -> str:
    """Drop a closing bracket that closes the label's own parenthesis, not a name's ("各街办（新区）" keeps its own)."""
    while value and value[-1] in "）]】〕" and value.count("（") < value.count("）") + (value[-1] != "）"):
        value = value[:-1].rstrip("；，。 ")
    return value


def units_for(role: Role, value: str) -> RoleLists:
    """The units of one labelled value; a unit marked "（牵头）" leads whatever the label says."""
    if role is Role.IGNORED:
        return RoleLists()
    if role is Role.STATED:
        return parse_inline(value) or RoleLists()
    lead: list[str] = []
    other: list[str] = []
    # The first-listed rule is often stated inside the first list: "…、工商联（列第一位者为牵头单位，下同）".
    value = _RULE_GROUP.sub("", value)
    # A note closing the list names which of its units leads ("…、市财政局（市发改委为牵头单位）") or only
    # repeats the label's role ("（并列牵头）"): general usage of the genre, no part of the last name.
    named_lead: tuple[str, ...] = ()
    if (note := _LEAD_NOTE.search(value)) is not None:
        value = value[: note.start()]
        named_lead = split_units(note.group("units")) if note.group("units") else ()
    for unit in split_units(value):
        if _MARKED_LEAD.search(unit):
            lead.append(_MARKED_LEAD.sub("", unit).strip())
        elif unit.startswith(LEAD_MARKS) or unit.endswith(LEAD_MARKS):
            # "*市建设局", "▲发改局", "区农业农村委*": a mark before or after a name in a cell says it leads.
            lead.append(unit.strip("".join(LEAD_MARKS)).strip())
        else:
            other.append(unit)
    if named_lead and set(named_lead) <= set(other):
        lead, other = [*lead, *named_lead], [u for u in other if u not in named_lead]
    if role in (Role.LEAD, Role.SOLE):
        return RoleLists(tuple(lead + other), ())
    return RoleLists(tuple(lead), tuple(other), front=0 if lead else _front_group_size(value))


def _front_group_size(value: str) -> int:
    """How many units the first group of a grouped list holds ("A、B，C、D，E" → 2), or 0 when it groups none."""
    groups = [g for g in re.split(r"[，,]", value) if g.strip()]
    if len(groups) < 2 or "、" not in groups[0]:
        return 0
    return len(split_units(groups[0]))


# "（市发改委为牵头单位）", "（市发改委牵头）", "（并列牵头）", "（共同牵头）" closing a list of units.
_LEAD_NOTE = re.compile(
    r"[（(](?:(?P<units>[^（）()]{2,30}?)(?:为牵头(?:单位|部门)|牵头)|并列牵头|共同牵头|联合牵头)[）)]$"
)


def label_value_roles(role: Role, value: str) -> RoleLists:
    """The roles of a label line's value: its units, or the roles it says in words ("责任单位：X牵头，Y配合").

    A value that is no list of units but says who leads with the genre's verbs is read as said, as the same
    value inside a parenthesis is; any other value is read as the label's units.
    """
    if role not in (Role.IGNORED, Role.STATED) and value and not is_unit_list(value):
        trimmed = units_part(value)
        if trimmed is None:
            stated = parse_inline(value) if not _label_pattern(value).search(value) else None
            if stated is not None and not stated.bare and not stated.empty:
                return stated
        else:
            # "责任单位：A、B按职责分工负责，C结合实际落实": the units without the verbs closing their clauses.
            value = trimmed
    return units_for(role, value)


# A lead named with the part it leads ("市甲局牵头集体企业、市乙局牵头国有企业"): a verb after each unit, the
# scope after the verb (general usage where a task splits by sector). Each such item is a lead of the task.
_SCOPED_LEAD = re.compile(r"^(?P<unit>.{2,30}?)牵头(?P<scope>[\u4e00-\u9fff]{1,10})$")
_SCOPE_CLAUSES = re.compile(r"([，,；;])")


def _scoped_leads(content: str) -> str:
    """The content with a clause of scoped leads ("A牵头甲、B牵头乙") said as one ("A、B牵头"); else as it is."""
    pieces = _SCOPE_CLAUSES.split(content)
    for i, clause in enumerate(pieces):
        label, colon, body = clause.rpartition("：") if "：" in clause else ("", "", clause)
        items = body.split("、")
        matches = [_SCOPED_LEAD.match(item) for item in items]
        if len(items) < 2 or not all(m is not None and is_unit_list(m.group("unit")) for m in matches):
            continue
        pieces[i] = label + colon + "、".join(m.group("unit") for m in matches if m is not None) + "牵头"
    return "".join(pieces)


# A plan's indicators are typed before their units ("（预期性指标，牵头单位：X；责任单位：Y）"): the type names no unit.
_INDICATOR_KIND = re.compile(r"(?:预期性|约束性|指导性|激励性|导向性|监测性)(?:指标)?")


def parse_inline(content: str) -> RoleLists | None:
    """Read the roles in one parenthesis' content, or None when it is not about units ("含租赁")."""
    content = _scoped_leads(content)
    if first := _label_pattern(content).search(content):
        lists = RoleLists()
        # "（市发改委牵头；责任单位：市财政局）": a clause stating a role in words before the first label.
        prefix = content[: first.start()].strip("；;，,、 ")
        if prefix and not _INDICATOR_KIND.fullmatch(prefix):
            stated = parse_inline(prefix)
            if stated is None or stated.bare:
                return None
            lists = stated
        for _label, role, value in parse_labelled(content):
            if role not in (Role.IGNORED, Role.STATED) and value and not is_unit_list(value):
                trimmed = units_part(value)
                if trimmed is None:
                    # "（责任单位：市发改委牵头，市财政局配合）": the value says who leads with the genre's verbs.
                    stated = parse_inline(value) if not _label_pattern(value).search(value) else None
                    if stated is None or stated.bare:
                        return None
                    lists = lists.merged(stated)
                    continue
                value = trimmed
            lists = lists.merged(units_for(role, value))
        return None if lists.empty else lists
    assigned: dict[Role, list[str]] = {Role.LEAD: [], Role.RESPONSIBLE: [], Role.SOLE: []}
    pending: list[str] = []
    saw_verb = False
    stopped = False  # a full stop closed a clause stating roles: a remark may follow
    for clause, stop in _clauses_with_stops(content):
        if FIRST_LISTED.search(clause) or RESPONSIBLE_LEAD.search(clause):
            continue  # the rule itself ("…。排名第一的为牵头单位，下同"), read by the layout, names no unit
        if stopped and (_REMARK_OPENING.match(clause) or not _states_units(clause)):
            # "（X牵头，Y配合，各县区政府负责落实。以下均需各县区政府落实，不再列出）": after the roles' full stop,
            # a remark about scope (general usage, as after a label's list) names no unit of this task.
            break
        stopped = stop and (saw_verb or _verb_clause(clause) is not None)
        if (together := _together_clause(clause)) is not None:
            # "（市住建局会同市财政局负责）": the unit before 会同 leads, those after it take part.
            assigned[Role.LEAD].extend([*pending, *together.lead])
            assigned[Role.RESPONSIBLE].extend(together.responsible)
            pending = []
            saw_verb = True
            continue
        if verb := _verb_clause(clause):
            names, verb_role = verb
            if names and not is_unit_list(names):
                return None
            if not names and not pending:
                return None
            named = list(split_units(names)) if names else []
            if verb_role is Role.LEAD and named and set(named) <= set(pending):
                # "（责任单位：市发改委、市财政局，市发改委牵头）": the list, then which of them leads.
                assigned[Role.LEAD].extend(named)
                pending = [u for u in pending if u not in named]
                saw_verb = True
                continue
            assigned[verb_role].extend([*pending, *named])
            pending = []
            saw_verb = True
        elif is_unit_list(clause):
            pending.extend(split_units(clause))
        elif _TIME_LIKE.search(clause):
            continue
        else:
            return None
    if not saw_verb:
        if any(_MARKED_LEAD.search(u) for u in pending):
            # "（市发改委（牵头）、市财政局）": the mark says who leads, the others take part.
            return units_for(Role.RESPONSIBLE, "、".join(pending))
        return RoleLists((), tuple(dict.fromkeys(pending)), bare=True) if pending else None
    # Units after the last verb ("X牵头，Y、Z") take part without a word for it.
    responsible = assigned[Role.RESPONSIBLE] + pending
    lead = assigned[Role.LEAD]
    sole = not lead
    if lead:
        responsible = assigned[Role.SOLE] + responsible
    else:
        lead = assigned[Role.SOLE]
    # "（市发改委、市财政局按分工负责，市发改委牵头）": the list, then which of them leads; a lead is not also
    # one of the others.
    responsible = [u for u in responsible if u not in lead]
    return RoleLists(tuple(dict.fromkeys(lead)), tuple(dict.fromkeys(responsible)), sole=sole and not responsible)


_TOGETHER = re.compile(r"^(?P<lead>[^，。；：]{2,60}?)会同(?P<others>.{2,160})$")


def _together_clause(clause: str) -> RoleLists | None:
    """A clause "X会同Y、Z负责" as X leading with Y and Z; None unless both sides read as units."""
    m = _TOGETHER.match(clause)
    if m is None or not is_unit_list(m.group("lead")):
        return None
    others = m.group("others")
    if (verb := _verb_clause(others)) is not None:
        others = verb[0]
    if not others or not is_unit_list(others):
        return None
    return RoleLists(split_units(m.group("lead")), split_units(others))


# How a remark after the units' full stop opens: it speaks of the tasks ("以下均需…落实，不再列出"), not of this one.
_REMARK_OPENING = re.compile(r"^(?:以下|以上|上述|下同|具体|此项|本项|各项)")


def _states_units(clause: str) -> bool:
    """Whether a clause lists units, or closes a list of units with a role verb ("市财政局配合")."""
    if is_unit_list(clause):
        return True
    verb = _verb_clause(clause)
    return verb is not None and bool(verb[0]) and is_unit_list(verb[0])


def units_part(value: str) -> str | None:
    """The units of a labelled value that goes on after its list, or None when the value is not a list of units.

    What may follow the list in the genre: a verb closing it ("责任单位：X、Y按职责分工负责"), the
    first-listed rule ("…，排在首位的为牵头单位，下同"), "下同" or a deadline, and after a full stop a
    remark about scope ("。具体任务均涉及相关市（州）人民政府，不再做分工，下同。"), which names no unit.
    A clause that is none of these before any full stop makes the whole value prose.
    """
    kept: list[str] = []
    closed = False  # a verb or a full stop ended the list: what follows is no longer the label's value
    for clause, stop in _clauses_with_stops(value):
        if FIRST_LISTED.search(clause) or RESPONSIBLE_LEAD.search(clause):
            continue
        if closed or (kept and _REMARK_OPENING.match(clause)):
            # "责任单位：X，Y，以下均需Y落实，不再逐一列出": a remark about the items below ends the list, even
            # after a comma; it names no unit of this task.
            if not kept:
                return None
            break
        if (verb := _verb_clause(clause)) and verb[0] and is_unit_list(verb[0]):
            if verb[1] is Role.LEAD:
                return None  # "责任单位：X牵头，Y配合" says more than the label; not read here
            kept.append(verb[0])
            closed = stop
        elif is_unit_list(clause):
            kept.append(clause)
            closed = stop
        elif not _TIME_LIKE.search(clause):
            return None
    return "，".join(kept) if kept else None


def _clauses_with_stops(content: str) -> list[tuple[str, bool]]:
    """Top-level clauses of ``content`` split at ；，。, each with whether a full stop ends it."""
    clauses: list[tuple[str, bool]] = []
    depth, start = 0, 0
    for i, char in enumerate(content):
        if char == "（":
            depth += 1
        elif char == "）":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_SPLIT.fullmatch(char):
            clauses.append((content[start:i].strip(), char == "。"))
            start = i + 1
    clauses.append((content[start:].strip(), False))
    return [(c, stop) for c, stop in clauses if c]


def _split_clauses(content: str) -> list[str]:
    """Top-level clauses of ``content`` split at ；，。."""
    return [clause for clause, _ in _clauses_with_stops(content)]


# Units may close a task in （…）, […], 【…】 or 〔…〕 (a document number's 〔2023〕 holds no units, so it is skipped).
_OPENERS, _CLOSERS = "（[【〔", "）]】〕"


def trailing_groups(text: str) -> list[tuple[int, int, str]]:
    """Top-level （…） groups of ``text`` as (start, end, content), outermost only.

    A group still open where the text ends runs to the end: a page cut (or a closing bracket the printer
    dropped) after "〔牵头单位：X；配合单位：Y" still names the task's units, and reading only the labelled
    part after the last "；" would lose the leads.
    """
    groups: list[tuple[int, int, str]] = []
    depth, start = 0, -1
    for i, char in enumerate(text):
        if char in _OPENERS:
            if depth == 0:
                start = i
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1, text[start + 1 : i]))
    if depth and text[start + 1 :].strip():
        groups.append((start, len(text), text[start + 1 :].rstrip()))
    return groups


def inline_roles(text: str) -> tuple[RoleLists, str]:
    """Roles stated in parentheses of a task's text, and the text without them.

    A parenthesis counts when it reads as units: named roles anywhere, or a
    bare list of units only where it ends a sentence or the paragraph (an
    aside such as "各部门（市发改委、市财政局）要…" is not a role statement).
    """
    lists = RoleLists()
    kept: list[str] = []
    cursor = 0
    found = False
    for start, end, content in trailing_groups(text):
        roles = parse_inline(content)
        if roles is None:
            continue
        if roles.bare and not _ends_statement(text, start, end):
            continue
        kept.append(text[cursor:start])
        cursor = end
        lists = roles if not found else lists.merged(roles)
        found = True
    kept.append(text[cursor:])
    return lists, "".join(kept).strip()


# Units printed BEFORE the task's text (general usage of the genre's 要点 and 清单): boxed,
# "1.【市住建局、各区政府】推进…", or as a clause closed by a colon, "（一）市发改委牵头：加快…".
_LEADING_BOX = re.compile(r"^[【〔［\[]\s*([^【】〔〕［］\[\]]{2,120}?)\s*[】〕］\]]\s*(?=\S)")
_LEADING_CLAUSE = re.compile(r"^([^：。；！？（）]{2,80}?)[：:]\s*(?=\S)")
# A unit (or units) alone before the colon opening an item, its name possibly holding a parenthesis:
# "14.市卫生局：负责…", "23.各区县政府（地区管委会）：落实属地责任…" — a plan dividing work by unit (general usage).
# "推进甲项目建设牵头单位：X" (a title run into its label) ends in a label word: a label, not the item's units.
_ENDS_IN_LABEL = re.compile(rf"(?:{_LABEL_WORDS})$")
_LEADING_UNITS = re.compile(r"^((?:[^：。；！？（），]|（[^（）]*）){2,60}?)：\s*(?=\S)")


def leading_roles(text: str) -> tuple[RoleLists, str]:
    """Roles stated before the task's text ("【X、Y】推进…", "X牵头，Y配合：推进…"), and the text after them.

    They read as the same words closing the task would: a box may hold a bare list of units (who leads is left
    to the notice's rules, as for a bare closing parenthesis); a clause before a colon must say who does what
    with a role word ("X牵头：", "X负责："), since "目标：…" or "重点：…" opens ordinary prose, unless it names
    units alone ("市卫生局：负责…"): the item is those units' duties, and they lead it.
    """
    if (m := _LEADING_BOX.match(text)) is not None:
        roles = parse_inline(m.group(1))
        if roles is not None and not roles.empty:
            return roles, text[m.end() :].strip()
    if (m := _LEADING_CLAUSE.match(text)) is not None:
        roles = parse_inline(m.group(1))
        if roles is not None and not roles.empty and not roles.bare:
            return roles, text[m.end() :].strip()
    if (
        (m := _LEADING_UNITS.match(text)) is not None
        and is_unit_list(m.group(1))
        and not _ENDS_IN_LABEL.search(m.group(1))
    ):
        # The units the item is about, its duties after the colon: they carry it, as "（X负责）" says.
        return RoleLists(split_units(m.group(1)), ()), text[m.end() :].strip()
    return RoleLists(), text


# A task closed by a dash and its units instead of a parenthesis: "推进甲项目。——市发改委牵头，市财政局配合".
_DASH_CLAUSE = re.compile(r"(?:——|－－|—)\s*([^—]+?)[。；]?$")


def dash_roles(text: str) -> tuple[RoleLists, str]:
    """Roles stated after a dash closing the task ("…——X牵头，Y配合"), and the text before the dash.

    Only a clause that says who does what counts (a role word or label); a bare list after a dash may be
    an example or an aside.
    """
    m = _DASH_CLAUSE.search(text)
    if m is None:
        return RoleLists(), text
    roles = parse_inline(m.group(1).strip())
    if roles is None or roles.bare:
        return RoleLists(), text
    return roles, text[: m.start()].rstrip()


# Labels run into the task's paragraph after a sentence: "…完成改造100个。责任单位：市住建局、市财政局。"
# Boxed labels too: "…。【牵头单位】X【配合单位】Y", "…。〔牵头单位〕X〔配合单位〕Y".
_RUN_IN_LABEL = re.compile(rf"(?<=[。；])\s*(?=(?:{_LABEL_WORDS})\s*：|[【〔]\s*(?:{_LABEL_WORDS})\s*[】〕])")


# A task line whose labels follow its title after a space only ("1.推进甲项目建设 牵头单位：X 责任单位：Y", the
# space lost in normalising): only the labels that name units (…单位：, …部门：) are trusted without a full stop.
_RUN_IN_UNIT_LABEL = re.compile(r"(?<=[^\s：:])\s*(?=(?:牵头|责任|配合|协办|主办|协同|参与)(?:单位|部门)\s*：)")


def run_in_labels(text: str) -> tuple[RoleLists, str]:
    """Roles labelled at the end of a task's paragraph ("…。牵头单位：X；配合单位：Y。"), and the text before them.

    Only when every labelled value reads as units: "…。责任单位要加强配合" has no colon, and a value
    that is prose ("责任单位：各部门要…") makes the whole tail prose. Labels closing an item's first sentence
    after a comma, a remark after them ("甲工程，牵头部门：X。进度较慢的为乙县。"), are read up to that full stop.
    """
    m = _RUN_IN_LABEL.search(text) or _RUN_IN_UNIT_LABEL.search(text)
    if m is None or not text[: m.start()].strip():
        return RoleLists(), text
    lists = _labelled_units(text[m.end() :])
    if lists is not None and not lists.empty:
        return lists, text[: m.start()].strip()
    return _first_sentence_labels(text)


def _labelled_units(tail: str) -> RoleLists | None:
    """The units a run of labels names, or None where a labelled value is prose (no units)."""
    lists = RoleLists()
    for _label, role, value in parse_labelled(tail):
        if role is Role.IGNORED:
            continue
        if not value or not is_unit_list(value):
            return None
        lists = lists.merged(units_for(role, value))
    return lists


# A units label closing an item's first sentence after a comma (general usage of progress reports and 民生工程
# lists: "1、农村道路工程，牵头部门：市交通局。建设进度较慢的为甲县。" names the project, its lead, then how far it
# has got): the label's value ends at the sentence's full stop, and the remark after it is the item's text.
_COMMA_UNIT_LABEL = re.compile(r"[，,]\s*(?=(?:牵头|责任|配合|协办|主办|协同|参与)(?:单位|部门)\s*：)")


def _first_sentence_labels(text: str) -> tuple[RoleLists, str]:
    """Roles labelled after a comma in the first sentence ("甲，牵头部门：X。…"), and the text without them."""
    m = _COMMA_UNIT_LABEL.search(text)
    if m is None or not text[: m.start()].strip() or "。" in text[: m.start()]:
        return RoleLists(), text
    stop = text.find("。", m.end())
    end = len(text) if stop < 0 else stop
    lists = _labelled_units(text[m.end() : end])
    if lists is None or lists.empty:
        return RoleLists(), text
    return lists, f"{text[: m.start()].strip()}。{text[end + 1 :].strip()}"


# "由发展改革委会同农业部、财政部等部门研究提出落实意见", "由国土资源部负责落实": a 分工 notice of the State
# Council's kind names the units inside the task's sentence; the unit after 由 leads, those after 会同 take part.
# The list after 由 may set a group apart from the departments with a comma and hold a parenthesis inside a name
# ("由市甲局、乙局，各县（市）、区人民政府负责落实"); the whole must still read as a list of units.
_PROSE_ASSIGNMENT = re.compile(
    r"由(?P<lead>(?:[^，。；：“”（）]|（[^（），。；]{1,8}）|，(?!，)){2,60}?)(?:会同(?P<others>[^，。；：“”]{2,160}?))?"
    r"(?:等(?:有关|相关)?(?:部门|单位))?(?=研究|负责|牵头|提出|落实|组织实施)"
)


# The verbs naming the units that help the lead in a sentence; 协办 beside 主办 ("此项工作由X主办，Y协办。") as 配合
# beside 牵头 (general usage: 主办 / 协办 name the unit that runs a matter and those that assist it).
_HELPER_VERBS = "配合|参与|协助|协同|协办"


# The same said in two clauses (general usage of the genre): "该项工作由市发改委牵头，市财政局、市住建局配合。",
# "由省经贸委负责，省农业厅、省环保局配合，加快…" (负责 / 承办 beside 配合 name the lead as 牵头 does).
_PROSE_LEAD_AND_HELPERS = re.compile(
    r"由(?P<lead>[^，。；：“”（）]{2,60}?)(?:牵头(?:负责)?|负责|承办|主办)[，,](?P<others>[^，。；：“”（）]{2,160}?)"
    rf"(?:等(?:有关|相关)?(?:部门|单位))?(?:{_HELPER_VERBS})"
)


# The same two clauses without 由, each a clause of its own (general usage): "由某副市长负责，市发改委牵头，相关部门
# 配合，尽快…" — the person in charge comes first (no unit), then the lead and the helpers, each closed by a comma;
# "…，市甲局负责，市乙局配合。" says it with 负责 beside 配合, as the clauses with 由 do.
_CLAUSE_LEAD_AND_HELPERS = re.compile(
    r"(?:^|(?<=[，,。；]))(?P<lead>[^，,。；：“”（）由]{2,60}?)(?:牵头(?:负责)?|负责|主办)[，,](?P<others>[^，,。；：“”（）]{2,160}?)"
    rf"(?:等(?:有关|相关)?(?:部门|单位))?(?:{_HELPER_VERBS})(?=[，,。；]|$)"
)


# A team the lead forms with the units taking part (general usage): "X牵头，组成由Y、Z参加的联合检查组",
# "成立由X牵头、Y参与的工作专班" — X leads, Y and Z take part.
_JOINT_TEAM = re.compile(
    r"(?:^|(?<=[：，,。；]))(?P<lead>[^，,。；：“”（）由]{2,40}?)牵头[，,、]\s*(?:组成|成立|组建)由"
    r"(?P<others>[^，,。；：“”（）]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:参加|参与)的"
)
_TEAM_LED_BY = re.compile(
    r"(?:组成|成立|组建)由(?P<lead>[^，,。；：“”（）]{2,40}?)牵头[、，,](?P<others>[^，,。；：“”（）]{2,120}?)"
    r"(?:等(?:有关|相关)?(?:部门|单位))?(?:参加|参与)的"
)


# A government body: named at its level (市…, 区…, 省…) or by an organ's ending (发展改革委, 中央农办, …人民政府).
_AUTHORITY = re.compile(
    r"^(?:[市区县省州乡镇]|国家|中央|国务院)"
    # Bodies of service a township or county plan assigns: 卫生院, 农技站, 畜牧站, 派出所, 文化馆.
    r"|(?:局|委|办|厅|部|署|政府|管委会|办事处|委员会|办公室|中心|支队|大队|院|站|所|馆)(?:（[^（）]*）)?$"
    # A field's department named by the organ word (older plans: "由公安部门负责", "由公安、交通部门负责").
    r"|部门$"
)


def prose_roles(text: str) -> RoleLists:
    """Roles a task states in its own sentence ("由X会同Y、Z等部门负责落实"): X leads, Y and Z take part.

    The sentence assigns the task only when X is a government body: "由企业负责实施" or "由项目业主单位负责建设"
    says who does the work on the ground, not which unit of the plan answers for it.
    """
    if not (led_by_person := units_under_person(text)).empty:
        return led_by_person.units
    lists = RoleLists()
    for pattern in (_PROSE_LEAD_AND_HELPERS, _CLAUSE_LEAD_AND_HELPERS, _JOINT_TEAM, _TEAM_LED_BY):
        if not lists.empty:
            break  # the clauses without 由 only where no sentence said it with 由
        for m in pattern.finditer(text):
            lead, others = m.group("lead"), m.group("others")
            if all(_AUTHORITY.search(u) for u in split_units(lead)) and is_unit_list(lead) and is_unit_list(others):
                lists = lists.merged(RoleLists(split_units(lead), split_units(others)))
    for m in _PROSE_ASSIGNMENT.finditer(text):
        lead, others = m.group("lead"), m.group("others") or ""
        if not all(_AUTHORITY.search(u) for u in split_units(lead)):
            continue
        if is_unit_list(lead) and (not others or is_unit_list(others)):
            lists = lists.merged(RoleLists(split_units(lead), split_units(others)))
    if not lists.empty:
        return lists
    together = _opening_together(text)
    if not together.empty:
        return together
    each_own = _opening_each_own(text)
    if not each_own.empty:
        return each_own
    in_charge = _opening_in_charge(text)
    return in_charge if not in_charge.empty else _closing_sentence(text)


# A person in charge, then the units that carry the task out (general usage of a government's 分工 of its work
# report): "由某某同志负责，市甲局、市乙局承办。", "请某某、某某同志负责，市甲局承办。" — persons (同志) are never
# units, and with a person in charge no unit leads: the units are the responsible ones.
_PERSON_THEN_UNITS = re.compile(
    r"(?:由|请)[^，,。；：“”（）]{1,40}?同志(?:牵头)?负责[，,](?P<units>[^，,。；：“”（）]{2,200}?)"
    r"(?:等(?:有关|相关)?(?:部门|单位))?(?:承办|办理|负责落实|落实)(?=[。；]|$)"
)


@dataclass(frozen=True)
class PersonSentence:
    """The units of a text's "由X同志负责，A、B承办" sentences and where the first one starts (-1: none)."""

    units: RoleLists
    start: int

    @property
    def empty(self) -> bool:
        """Whether no such sentence named units."""
        return self.units.empty


def units_under_person(text: str) -> PersonSentence:
    """The units of each "由X同志负责，A、B承办" sentence, all responsible (X is a person); else none."""
    lists, start = RoleLists(), -1
    for m in _PERSON_THEN_UNITS.finditer(text):
        if is_unit_list(units := m.group("units")):
            lists = lists.merged(RoleLists((), split_units(units)))
            start = m.start() if start < 0 else start
    return PersonSentence(lists, start)


# A task's last sentence naming only its units and their verb, as a parenthesis would ("…年内开工。市甲局牵头。",
# "…。市甲局、市乙局负责。"), or its last clause after a comma ("…，确保年内完成，市甲局负责。"): general usage of
# short 分工 texts that print no parenthesis.
_CLOSING_SENTENCE = re.compile(
    r"(?:^|(?<=[。；，,]))(?P<units>[^，,。；：“”（）由]{2,60}?)(?P<verb>牵头负责|负责落实|牵头|负责)。?$"
)


def _closing_sentence(text: str) -> RoleLists:
    """The units of a task's closing sentence "X牵头。" / "X负责。" (X government bodies); else none."""
    m = _CLOSING_SENTENCE.search(text.strip())
    if m is None or m.start() == 0:
        return RoleLists()  # the whole text is the sentence: a task that says nothing but who does it is no task's
    units = m.group("units")
    if not is_unit_list(units) or not all(_AUTHORITY.search(u) for u in split_units(units)):
        return RoleLists()
    return RoleLists(split_units(units), ())


# A sentence opening with the unit in charge and its partners, without 由 (general usage of 分工 and 要点 texts):
# "市住建局会同市财政局、市自然资源局加快推进…" — the units run straight into the sentence's verb.
_OPENING_TOGETHER = re.compile(r"(?:^|(?<=[。；]))(?P<lead>[^，,。；：“”（）由]{2,40}?)会同(?P<rest>[^，,。；]+)")
_OTHERS_BEFORE_GROUP = re.compile(r"^(?P<names>.+?)等(?:有关|相关)?(?:部门|单位)")


def _opening_together(text: str) -> RoleLists:
    """Roles of the first sentence opening "X会同Y…" where X is a government body and Y names units; else none.

    Y ends at "等部门" / "等单位" or, run into the verb, where the last name ends; a partner that is no unit's
    name ("会同编制、发展改革等单位", sectors) makes the sentence name no units: better none than wrong ones.
    """
    for m in _OPENING_TOGETHER.finditer(text):
        lead = m.group("lead")
        if not is_unit_list(lead) or not all(_AUTHORITY.search(u) for u in split_units(lead)):
            continue
        rest = m.group("rest")
        if grouped := _OTHERS_BEFORE_GROUP.match(rest):
            others = grouped.group("names")
            if is_unit_list(others):
                return RoleLists(split_units(lead), split_units(others))
            continue
        *whole, last = rest.split("、")
        if not all(looks_like_unit(p) for p in whole):
            continue
        names, _ = leading_units(last)
        if names:
            return RoleLists(split_units(lead), split_units("、".join([*whole, *names])))
    return RoleLists()


# An item whose text opens with the units as its subject, each doing its own part (general usage: "甲、乙、丙等部门，
# 要各负其责，切实…", "市甲局、市乙局按职责分工负责…"): no one leads, all are responsible, as a parenthesis
# "（X、Y按职责分工负责）" says.
_OPENING_EACH_OWN = re.compile(
    r"^(?P<units>[^，,。；：“”（）由]{2,80}?)[，,]?\s*(?:要|应|须|必须|应当)?(?:各负其责|各司其职|按(?:照)?职责分工负责)"
)


def _opening_each_own(text: str) -> RoleLists:
    """Units opening a text as its subject, "X、Y等部门，要各负其责" (government bodies): responsible; else none."""
    m = _OPENING_EACH_OWN.match(text.strip())
    if m is None:
        return RoleLists()
    units = m.group("units")
    if not is_unit_list(units) or not all(_AUTHORITY.search(u) for u in split_units(units)):
        return RoleLists()
    return RoleLists((), split_units(units))


# An item whose text opens with the unit in charge and its verb, with no comma (general usage of 实施意见 that
# assign each item in its first words): "（九）市甲局负责对…进行整治。" — as a lone "（X负责）" does, X leads.
# What X is in charge of follows in the same clause: "市甲局负责。" alone says only who does it, and is no task's.
# The unit may stand in a clause of its own, "（九）市甲局负责，对…进行整治。" (general usage, as "X负责，Y配合，…"
# opens an item with its helpers): X leads the same.
_OPENING_IN_CHARGE = re.compile(r"^(?P<lead>[^，,。；：“”（）由]{2,40}?)负责[，,]?\s*(?P<rest>[^，,。；]{2,})")
# The units it oversees, named before "等…部门": "X负责督促Y等相关职能部门完善…" — Y carry the work out under X.
_OVERSEEN = re.compile(r"^(?:督促|指导|组织|协调)(?P<names>[^，,。；]{2,60}?)等(?:有关|相关)?(?:职能)?(?:部门|单位)")


def _opening_in_charge(text: str) -> RoleLists:
    """Roles of a text opening "X负责…" (X government bodies): X leads, units it oversees take part; else none."""
    m = _OPENING_IN_CHARGE.match(text.strip())
    if m is None:
        return RoleLists()
    lead = m.group("lead")
    if not is_unit_list(lead) or not all(_AUTHORITY.search(u) for u in split_units(lead)):
        return RoleLists()
    overseen = _OVERSEEN.match(m.group("rest"))
    others = overseen.group("names") if overseen is not None else ""
    return RoleLists(split_units(lead), split_units(others) if others and is_unit_list(others) else ())


# A sentence opening with the unit that leads it: "市甲局牵头，负责组织开展对…的专项整治。" (general usage of a
# 分工 stated in prose, as a news report or a short notice gives it: one sentence per unit, no number).
_OPENING_LEAD = re.compile(r"^(?P<units>[^，,。；：（）“”]{2,40}?)牵头(?:负责)?[，,]\s*(?=\S)")
# Fewer such sentences in a paragraph are ordinary prose that mentions a lead, not a list of tasks.
_MIN_RUN_IN_TASKS = 3


# The word a report puts before the list it announced ("要求县级部门牵头实施好八项行动。即甲局牵头，…"): it opens the
# first sentence of the list and names no unit.
_LIST_LEAD_IN = re.compile(r"^(?:即|具体为|具体是|分别是|分别为)[：:，,]?\s*")


def run_in_lead_sentences(paragraph: str) -> list[tuple[str, RoleLists]] | None:
    """The sentences of a paragraph opening with "X牵头，…" one after another: each a task led by its X, else None.

    A news report or a short notice gives the division in prose, one sentence per unit, between sentences of its
    own (what was asked before the list, the goals after it); those sentences are no tasks. Two such sentences
    joined by a semicolon ("…；Y牵头，…。") are two tasks, and a lead-in word opening the list ("即X牵头，…") names
    no unit.

    Returns:
        (the sentence after its lead clause, its roles) for the longest run of such sentences, in order; None
        unless the run holds at least three (fewer are ordinary prose that mentions a lead).
    """
    best: list[tuple[str, RoleLists]] = []
    run: list[tuple[str, RoleLists]] = []
    for piece in _lead_pieces(paragraph):
        m = _OPENING_LEAD.match(piece)
        if m is None or not is_unit_list(m.group("units")):
            run = []
            continue
        run.append((piece[m.end() :], RoleLists(split_units(m.group("units")), ())))
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= _MIN_RUN_IN_TASKS else None


def _lead_pieces(paragraph: str) -> list[str]:
    """A paragraph's sentences, split again where a semicolon opens a clause with "X牵头，", lead-in words dropped."""
    pieces: list[str] = []
    for sentence in re.findall(r"[^。！？]+[。！？]?", paragraph):
        start = 0
        for m in re.finditer(r"[；;]", sentence):
            following = _OPENING_LEAD.match(sentence[m.end() :].strip())
            if following is not None and is_unit_list(following.group("units")):
                pieces.append(sentence[start : m.end()])
                start = m.end()
        pieces.append(sentence[start:])
    return [_LIST_LEAD_IN.sub("", p.strip(), count=1) for p in pieces if p.strip()]


# A clause closed by the unit that leads it: "推进甲项合作由县甲局牵头负责" (…由X牵头 / 由X牵头负责 / 由X负责).
_CLOSING_LEAD = re.compile(
    r"^(?P<task>[^。；：]{2,80}?)由(?P<units>[^，,。；：（）“”]{2,40}?)(?:牵头)?负责$|"
    r"^(?P<task2>[^。；：]{2,80}?)由(?P<units2>[^，,。；：（）“”]{2,40}?)牵头$"
)


def run_in_closing_lead_clauses(paragraph: str) -> list[tuple[str, RoleLists]] | None:
    """A sentence of clauses each closed by "由X牵头负责", one per task: each clause a task led by its X, else None.

    A report or a short plan lists its tasks in one sentence, one clause each, divided by semicolons
    ("推进甲项由县甲局牵头负责；乙项由县乙局牵头负责；…。"); the sentences around it (a heading run into the
    paragraph, a remark on progress) are no tasks. Read only where one sentence holds at least three clauses
    and every one of them closes so, naming units only.

    Returns:
        (the clause's task, its roles) per clause, in order; None unless such a sentence is found.
    """
    for sentence in re.findall(r"[^。！？]+", paragraph):
        clauses = [c.strip() for c in re.split(r"[；;]", sentence) if c.strip()]
        if len(clauses) < _MIN_RUN_IN_TASKS:
            continue
        found: list[tuple[str, RoleLists]] = []
        for clause in clauses:
            m = _CLOSING_LEAD.match(clause)
            if m is None:
                break
            task, names = m.group("task") or m.group("task2"), m.group("units") or m.group("units2")
            # As in a task's own sentence, only a government body answers for it ("由企业负责" names who works).
            if not is_unit_list(names) or not all(_AUTHORITY.search(u) for u in split_units(names)):
                break
            found.append((task, RoleLists(split_units(names), ())))
        else:
            return found
    return None


# A unit heading its own tasks (general usage of plans that divide work by unit): "（九）县公安局主要工作任务：",
# "市财政局工作职责：" — the measures under it are that unit's; the unit carries them as "（X负责）" says.
_UNIT_HEADING = re.compile(r"^(?P<units>[^：。；，,（）“”]{2,40}?)的?(?:主要|重点|具体)?(?:工作)?(?:任务|职责)[：:]")


def unit_heading_roles(text: str) -> RoleLists:
    """The unit a heading names as the owner of the tasks under it ("X主要工作任务：…"): it leads them."""
    m = _UNIT_HEADING.match(text)
    if m is None or not is_unit_list(m.group("units")):
        return RoleLists()
    return RoleLists(split_units(m.group("units")), ())


def _ends_statement(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return before.endswith(("。", "；", "！")) or not after or after[0] in "。；！"


__all__ = [
    "FIRST_LISTED",
    "HELPER_LABELS",
    "IN_CHARGE_LABELS",
    "RESPONSIBLE_LEAD",
    "Role",
    "RoleLists",
    "clean_name",
    "in_charge_scheme",
    "inline_roles",
    "is_label_line",
    "label_role",
    "label_value_roles",
    "leading_roles",
    "parse_inline",
    "parse_labelled",
    "prose_roles",
    "run_in_closing_lead_clauses",
    "run_in_labels",
    "run_in_lead_sentences",
    "spaced_label",
    "split_top_level",
    "unit_heading_roles",
    "units_for",
]


# The list a line's end leaves open: after an opening bracket never closed, after a role label's colon, or after
# the last label of a line of several fields ("牵头单位：A，配合单位：B、市", the page cut in the second).
_OPEN_LIST = re.compile(
    r"(?:[（(〔\[【][^（）()〔〕\[\]【】]*|^[^：]{0,12}[：:][^：]*|(?<=[，,；;])[^：:，,；;]{1,12}[：:][^：:]*)$"
)


def _names_no_units(labelled: str) -> bool:
    """Whether a "label：value" text's label is a field that names no units (完成时限, 备注, 责任领导)."""
    return label_role(labelled.split("：", 1)[0].lstrip("（(〔[【")) is Role.IGNORED


def cut_units_tail(line: str) -> bool:
    """Whether a text's last line is a units list the page cut before its end, so its units are unknown.

    Stores keep a page's first characters only and cut it wherever they stop: inside a name ("…、市税务局、人行芜湖")
    or right after a separator ("…、应急管理局、"). Such a list names only some of the task's units, so none of
    them is sure; a list ending on a whole name (a cut name trimmed away, or the list merely unclosed) is read as
    it stands. A label line cut inside its only name ("主办单位：甲建设发展有") names no unit at all.
    """
    line = line.strip()
    match = _OPEN_LIST.search(line)
    if match is None or line.endswith(("。", "；", "）", ")", "〕", "]", "】")):
        return False
    tail = match.group(0)
    if "：" in tail[:14] and (not is_label_line(line) or _names_no_units(tail)):
        return False  # prose, or a field naming no units ("完成时限：…", "备注：…") whose end cut no list of units
    pieces = re.split(r"[、，,；;]", tail.lstrip("（(〔[【").split("：", 1)[-1])
    if len(pieces) == 1 and is_label_line(line):
        # A label line whose one name stops short of any unit's ending ("主办单位：甲交通建设发展有", the page cut
        # inside "…有限公司"): the only name the task had is not all there.
        return bool(pieces[0]) and not looks_like_unit(clean_name(pieces[0]))
    if len(pieces) < 2 or not any(looks_like_unit(clean_name(p)) for p in pieces[:-1]):
        return False
    return not pieces[-1] or not looks_like_unit(clean_name(pieces[-1]))


def cut_at_a_label(line: str) -> bool:
    """Whether a text's last line is a units label alone ("责任单位", "配合单位："), the page cut before its value.

    A label printed with nothing after it at the very end of a text says the task goes on with units the store
    did not keep: the units read so far are only some of the task's, so none of them is sure.
    """
    role = label_role(line.strip())
    return role is not None and role is not Role.IGNORED


def cut_at_a_level(line: str) -> bool:
    """Whether a text's last line is a level prefix alone ("区", "市"), a name the page cut after its first character.

    A units cell printed on its own line (a table one cell per line) that holds only the opening of its first name
    shows the store stopped inside the cell: the row's units are not all there, so none of them is sure.
    """
    return line.strip() in _LEVEL_OPENINGS


# The characters a unit's name opens with when it names its level (区发改局, 市财政局, 各镇).
_LEVEL_OPENINGS = frozenset("省市区县州旗镇乡各")


def cut_short_of_a_name(line: str, roles: RoleLists, named: Collection[str]) -> bool:
    """Whether a text's last line ends on a unit that opens a longer name printed whole before it.

    A store that keeps a page's first characters only can stop right after a name's opening ("…、各县（市、区）"
    where the notice printed "各县（市、区）政府" above): the opening reads as a name of its own, but the longer one
    shows the page stopped inside it, so the list's units are not all there.
    """
    line = line.strip()
    if line.endswith(("。", "；", ";")):
        return False
    last = next((u for u in reversed((*roles.lead, *roles.responsible)) if line.endswith(u)), None)
    return last is not None and any(name != last and name.startswith(last) for name in named)
