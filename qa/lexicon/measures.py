"""Measure words that make a number a quantified target ("62%", "2万套", "1所")."""

from __future__ import annotations

from qa.lexicon import Table, words

MEASURES = Table(
    "measure words after a number",
    "general usage: Chinese measure words and units of quantity",
    words(
        "% ％ 个百分点 万亩 亩 亿元 万元 元 万套 套 万户 户 万人 人 所 个 家 处 座 张 辆 条 项 吨 公里 千米 米 平方米"
        " 公顷 分钟 小时 天 倍 床 间 台 千瓦 兆瓦 场 次 期 批 名 位 栋 幢"
    ),
)
