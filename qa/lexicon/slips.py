"""Role and structure words mistyped or spelt the old way, read as meant ("配和的有谁" asks for 配合单位)."""

from __future__ import annotations

SOURCE = "general usage: same-sound slips of a pinyin input method on the notice's role words"

# Only pairs that are no word of their own, so a correct text never changes.
ROLE_WORD_SLIPS: dict[str, str] = {
    "责认": "责任",
    "配和": "配合",
    "参于": "参与",
    "负则": "负责",
    "牵投": "牵头",
    # 部份: an older variant spelling of 部分 still typed ("第二部份"); general usage, no word of its own.
    "部份": "部分",
}
# Same-sound slips of the unit ending 局 (jú) with a pinyin input method ("住房建设居", "民政句"); read as 局 only
# right after a stem that makes a known unit with it (general usage).
UNIT_ENDING_SLIPS: dict[str, str] = {"局": "居句据举剧菊桔聚"}
# A slip's characters that are right after these: "负责认定", "分配和使用", "搭配和".
NOT_A_SLIP_AFTER: dict[str, str] = {"责认": "负", "配和": "分搭调匹支装适"}
