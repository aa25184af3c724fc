"""Reply formatting: answer first, cited tasks with highlighted evidence, everything escaped."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from qa.answer import Answer, Citation, Intent
from qa.assistant import Assistant
from web.chat import (
    COLLAPSE_CHARS,
    OPEN_CARDS,
    escape_user_text,
    format_answer,
    format_citation,
    format_error,
    highlight,
    section_titles,
)

SECTIONS = {3: "第三部分「持续改善环境质量，打造宜居生活空间」"}


def citation(**overrides: object) -> Citation:
    values: dict[str, object] = {
        "task": 16,
        "title": "提高污水收集处理能力",
        "section": 3,
        "lead_units": ("市住房建设局", "各县人民政府"),
        "responsible_units": ("市发展改革委", "市水务局"),
        "text": "提高污水收集处理能力。开展污水处理差别化精准提标。",
        "evidence": "开展污水处理差别化精准提标。",
        "score": 0.9,
    }
    values.update(overrides)
    return Citation(**values)  # type: ignore[arg-type]


def answer(**overrides: object) -> Answer:
    values: dict[str, object] = {
        "question": "谁牵头污水处理",
        "intent": Intent.LEAD,
        "in_scope": True,
        "answer": "第16项「提高污水收集处理能力」由市住房建设局、各县人民政府牵头。\n原文：「开展污水处理提标。」",
        "citations": (citation(),),
    }
    values.update(overrides)
    return Answer(**values)  # type: ignore[arg-type]


def visible_text(markup: str) -> str:
    """Roughly what a reader sees: tags dropped, the few entities we emit decoded."""
    text = re.sub(r"<[^>]+>", "", markup)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#x27;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


def test_user_text_with_html_is_shown_literally() -> None:
    shown = escape_user_text("<img src=x onerror=alert(1)>")
    assert "<" not in shown and ">" not in shown
    assert shown == "&lt;img src=x onerror=alert\\(1\\)&gt;"


def test_user_text_markdown_is_neutralised() -> None:
    shown = escape_user_text("**粗体** # 标题 [链接](javascript:alert(1)) `代码`")
    assert "\\*\\*粗体\\*\\*" in shown
    assert "\\[链接\\]\\(javascript:alert\\(1\\)\\)" in shown.replace("\\:", ":")
    assert "\\`代码\\`" in shown


def test_long_user_text_is_cut_with_its_length() -> None:
    shown = escape_user_text("问" * 1000, limit=300)
    assert shown.endswith("…（共1000字）")
    assert shown.count("问") == 300


@given(st.text(max_size=200))
def test_escaped_user_text_never_contains_a_tag(text: str) -> None:
    assert "<" not in escape_user_text(text)


def test_highlight_escapes_then_marks_the_evidence() -> None:
    text = "第一句<b>粗</b>。证据句 & 更多。最后一句。"
    marked = highlight(text, "证据句 & 更多。")
    assert marked == "第一句&lt;b&gt;粗&lt;/b&gt;。<mark>证据句 &amp; 更多。</mark>最后一句。"


def test_highlight_without_the_evidence_in_the_text_only_escapes() -> None:
    assert highlight("a<b", "牵头单位：市住房建设局") == "a&lt;b"
    assert highlight("a<b", "") == "a&lt;b"


def test_reply_puts_the_answer_first_then_the_cited_task() -> None:
    reply = format_answer(answer(), SECTIONS)
    answer_at = reply.index("由市住房建设局、各县人民政府牵头")
    card_at = reply.index('class="qa-cite"')
    assert answer_at < card_at
    card = reply[card_at:]
    for part in ("第16项", "提高污水收集处理能力", SECTIONS[3], "牵头单位", "市住房建设局", "责任单位", "市水务局"):
        assert part in card
    assert "<mark>开展污水处理差别化精准提标。</mark>" in card
    assert "\n" not in reply and "\n\n" not in reply  # one HTML block: Markdown leaves it alone
    assert "<br>" in reply  # the answer's line break survives


def test_long_task_text_is_collapsible_and_short_text_is_not() -> None:
    short = format_citation(citation(), SECTIONS)
    assert "<details>" not in short
    long_text = "提高污水收集处理能力。" + "长" * COLLAPSE_CHARS + "开展污水处理差别化精准提标。"
    long = format_citation(citation(text=long_text), SECTIONS)
    assert "<details><summary>任务原文" in long
    assert "相关句子已标出" in long
    assert "<mark>开展污水处理差别化精准提标。</mark>" in long


def test_notice_text_is_escaped_in_every_field() -> None:
    evil = "<script>alert(1)</script>"
    reply = format_answer(
        answer(
            answer=evil,
            citations=(citation(title=evil, lead_units=(evil,), responsible_units=(evil,), text=evil, evidence=""),),
        ),
        SECTIONS,
    )
    assert "<script>" not in reply
    assert visible_text(reply).count(evil) == 5


def test_unit_question_marks_the_unit_and_its_role() -> None:
    cite = citation(role="lead", as_named="各县人民政府", evidence="牵头单位：市住房建设局、各县人民政府")
    card = format_citation(cite, SECTIONS)
    assert '<span class="qa-role qa-role-lead">牵头</span>' in card
    assert "、<mark>各县人民政府</mark>" in card
    resp = format_citation(citation(role="responsible", as_named="市水务局"), SECTIONS)
    assert '<span class="qa-role qa-role-responsible">责任</span>' in resp
    assert "<mark>市水务局</mark>" in resp


def test_many_citations_fold_after_the_first_few() -> None:
    cites = tuple(citation(task=n) for n in range(1, OPEN_CARDS + 4))
    reply = format_answer(answer(intent=Intent.UNIT_TASKS, citations=cites), SECTIONS)
    assert f"引用的任务（{len(cites)}项）" in reply
    assert "<details><summary>其余3项任务</summary>" in reply


def test_out_of_scope_reply_has_no_cards_and_is_marked() -> None:
    reply = format_answer(
        answer(intent=Intent.OUT_OF_SCOPE, in_scope=False, answer="抱歉，这份通知没有涉及这个问题。", citations=()),
        SECTIONS,
    )
    assert 'class="qa-reply qa-out"' in reply
    assert "qa-cite" not in reply


def test_error_reply_is_a_chinese_apology_without_details() -> None:
    reply = format_error()
    assert "抱歉" in reply and "Traceback" not in reply


def test_section_titles_name_every_part(fake_assistant: Assistant) -> None:
    titles = section_titles(fake_assistant.notice)
    assert len(titles) == 8
    assert titles[3].startswith("第三部分「")
