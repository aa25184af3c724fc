"""Reply formatting: answer first, cited tasks with highlighted evidence, everything escaped; the copy text."""

from __future__ import annotations

import re

from qa.answer import Answer, Citation, Intent
from qa.assistant import Assistant
from web.chat import (
    COLLAPSE_CHARS,
    COMPACT_AFTER,
    COMPACT_OPEN,
    FEW_LINES,
    answer_text,
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


def test_the_first_cited_task_is_open_and_the_others_are_folded_as_related() -> None:
    cites = (citation(task=16), citation(task=17, title="加强城市防洪排涝"), citation(task=15, title="推进垃圾分类"))
    reply = format_answer(answer(citations=cites), SECTIONS)
    assert reply.count('class="qa-cite"') == 3
    folded = reply.index('<details class="qa-related"><summary>相关任务（2）</summary>')
    assert reply.index('data-task="16"') < folded < reply.index('data-task="17"') < reply.index('data-task="15"')


def test_a_unit_answer_lists_its_tasks_one_line_each_as_links() -> None:
    cites = tuple(citation(task=n, title=f"任务{n}", role="lead", as_named="市住房建设局") for n in range(1, 30))
    reply = format_answer(answer(intent=Intent.UNIT_TASKS, citations=cites), SECTIONS)
    assert "涉及的任务（29项）" in reply
    assert "qa-clamp" not in reply  # a short answer is shown whole
    assert 'class="qa-cite"' not in reply  # no cards: 29 cards would be many screens in a 400×600 frame
    assert reply.count("<li>") == 29
    link = '<a class="qa-task-link" href="#task-7" data-task="7" title="查看第7项全文">'
    assert link + '<span class="qa-task-no">第7项</span></a>' in reply


def test_a_long_answer_over_a_list_shows_its_first_lines_and_a_button_for_the_rest() -> None:
    cites = tuple(citation(task=n, title=f"任务{n}", role="lead") for n in range(1, 30))
    said = "各县人民政府共涉及29项任务：" + "、".join(f"第{n}项「任务{n}」" for n in range(1, 30)) + "。"
    reply = format_answer(answer(intent=Intent.UNIT_TASKS, answer=said, citations=cites), SECTIONS)
    assert f'<div class="qa-clamp"><div class="qa-answer">{said}</div></div>' in reply  # all of it, folded by CSS
    assert '<button type="button" class="qa-expand" aria-expanded="false">展开全文</button>' in reply
    assert reply.index("qa-expand") < reply.index('<ol class="qa-compact')
    long_fact = format_answer(answer(answer="长" * 400), SECTIONS)
    assert "qa-clamp" not in long_fact  # a single task's answer is never cut


def test_any_answer_citing_more_than_a_few_tasks_is_a_compact_list() -> None:
    cites = tuple(citation(task=n) for n in range(1, COMPACT_AFTER + 2))
    assert '<ol class="qa-compact' in format_answer(answer(intent=Intent.TOPIC, citations=cites), SECTIONS)
    few = tuple(citation(task=n) for n in range(1, COMPACT_AFTER + 1))
    assert '<ol class="qa-compact' not in format_answer(answer(intent=Intent.TOPIC, citations=few), SECTIONS)


def test_a_citation_number_is_a_link_to_the_task() -> None:
    card = format_citation(citation(), SECTIONS)
    assert '<a class="qa-task-link" href="#task-16" data-task="16"' in card and "第16项</span></a>" in card


def test_a_count_is_shown_beside_its_sentence_and_with_its_list_of_tasks() -> None:
    cites = (citation(task=3, title="着力打造特色农产品产区"), citation(task=29, title="推进城乡融合"))
    reply = format_answer(answer(intent=Intent.QUERY, answer="市农业农村局牵头2项任务。", citations=cites, count=2),
                          SECTIONS)  # fmt: skip
    assert (
        '<div class="qa-headline"><div class="qa-count" title="答案中的数目"><span class="qa-count-n">2</span></div>'
        '<div class="qa-said"><div class="qa-answer">市农业农村局牵头2项任务。</div></div></div>'
    ) in reply
    assert reply.index("qa-count") < reply.index("涉及的任务（2项）") < reply.index('<ol class="qa-compact')
    assert reply.count("<li>") == 2


def test_a_count_of_units_is_not_called_a_number_of_tasks() -> None:
    # "第16项有几个责任单位": 2 units, from 1 task; only the sentence can say what the 2 counts.
    said = "第16项「提高污水收集处理能力」的责任单位共2个：市发展改革委、市水务局。"
    reply = format_answer(answer(intent=Intent.QUERY, answer=said, count=2), SECTIONS)
    assert '<span class="qa-count-n">2</span></div>' in reply
    assert "2项" not in visible_text(reply) and "2 项" not in visible_text(reply)
    assert "涉及的任务（1项）" in reply


def test_a_count_of_zero_is_shown_without_a_list() -> None:
    reply = format_answer(answer(intent=Intent.QUERY, answer="没有这样的任务。", citations=(), count=0), SECTIONS)
    assert '<span class="qa-count-n">0</span></div>' in reply and "qa-compact" not in reply
    assert visible_text(reply) == "0没有这样的任务。"


def test_each_line_of_a_list_names_the_lead_units_with_the_unit_asked_about_marked() -> None:
    cites = (
        citation(task=16, role="lead", as_named="市住房建设局", lead_units=("市住房建设局", "各县人民政府")),
        citation(task=18, title="增强医疗服务能力", role="responsible", as_named="市住房建设局",
                 lead_units=("市卫生健康委",), responsible_units=("市住房建设局",)),
        citation(task=33, title="加强组织领导", lead_units=(), responsible_units=("各县人民政府",)),
        citation(task=34, title="强化督促落实", lead_units=(), responsible_units=()),
    )  # fmt: skip
    reply = format_answer(answer(intent=Intent.UNIT_TASKS, answer="共4项。", citations=cites), SECTIONS)
    lines = re.findall(r"<li>.*?</li>", reply)
    assert [visible_text(line) for line in lines] == [
        "第16项 提高污水收集处理能力 牵头牵头单位：市住房建设局、各县人民政府",
        "第18项 增强医疗服务能力 责任牵头单位：市卫生健康委",
        "第33项 加强组织领导责任单位：各县人民政府",
        "第34项 强化督促落实",
    ]
    assert '<span class="qa-line-units">牵头单位：<mark>市住房建设局</mark>、各县人民政府</span>' in lines[0]
    assert "<mark>" not in lines[1]  # a responsible unit is not among the lead units shown


def test_a_list_of_more_than_a_few_tasks_is_marked_so_narrow_screens_keep_one_line_per_task() -> None:
    def list_classes(count: int) -> list[str]:
        cites = tuple(citation(task=n) for n in range(1, count + 1))
        return re.findall(r'<ol class="([^"]*)"', format_answer(answer(intent=Intent.QUERY, citations=cites), SECTIONS))

    assert list_classes(FEW_LINES) == ["qa-compact"]
    assert list_classes(FEW_LINES + 1) == ["qa-compact qa-many"]
    assert list_classes(COMPACT_OPEN + 1) == ["qa-compact qa-many", "qa-compact qa-many"]  # the folded rest too


def test_suggestions_are_chips_that_ask_that_question() -> None:
    reply = format_answer(
        answer(intent=Intent.CLARIFY, answer="您想问哪方面？", citations=(), suggestions=("谁牵头污水处理", 'a"<b>')),
        SECTIONS,
    )
    assert '<button type="button" class="qa-chip" data-ask="谁牵头污水处理">谁牵头污水处理</button>' in reply
    assert 'data-ask="a&quot;&lt;b&gt;"' in reply and "<b>" not in reply
    assert reply.index("您想问哪方面") < reply.index("qa-suggestions")


def test_small_talk_is_the_answer_and_its_chips_only() -> None:
    reply = format_answer(
        answer(intent=Intent.SMALLTALK, answer="您好！", citations=(), suggestions=("自然资源局牵头哪些任务",)),
        SECTIONS,
    )
    assert "qa-cite" not in reply and "qa-count" not in reply and 'data-ask="自然资源局牵头哪些任务"' in reply
    assert answer_text(answer(intent=Intent.SMALLTALK, answer="您好！", citations=()), "东政办〔2023〕26号") == "您好！"


def test_copy_text_is_the_answer_the_units_and_the_source_line() -> None:
    text = answer_text(answer(answer="第16项由市住房建设局、各县人民政府牵头。"), "东政办〔2023〕26号")
    assert text.splitlines() == [
        "第16项由市住房建设局、各县人民政府牵头。",
        "牵头单位：市住房建设局、各县人民政府",
        "责任单位：市发展改革委、市水务局",
        "出处：东政办〔2023〕26号 第16项",
    ]
    assert "<" not in text


def test_copy_text_names_the_other_cited_tasks_as_related() -> None:
    cites = (citation(task=16), citation(task=17, title="加强城市防洪排涝"), citation(task=15, title="垃圾分类"))
    text = answer_text(answer(answer="由市住房建设局牵头。", citations=cites), "东政办〔2023〕26号")
    assert text.splitlines()[1:] == [
        "牵头单位：市住房建设局、各县人民政府",
        "责任单位：市发展改革委、市水务局",
        "相关任务：第17项「加强城市防洪排涝」、第15项「垃圾分类」",
        "出处：东政办〔2023〕26号 第16项",
    ]


def test_copy_text_of_a_list_has_a_line_per_task_and_all_in_the_source_line() -> None:
    cites = (citation(task=11, title="合理布局建设地下管网", role="lead"), citation(task=16, role="responsible"))
    text = answer_text(answer(intent=Intent.UNIT_TASKS, answer="共2项。", citations=cites), "东政办〔2023〕26号")
    assert text.splitlines() == [
        "共2项。",
        "第11项「合理布局建设地下管网」（牵头）",
        "第16项「提高污水收集处理能力」（责任）",
        "出处：东政办〔2023〕26号 第11项、第16项",
    ]


def test_the_reply_and_copy_text_use_the_official_style() -> None:
    said = "见第3部分，《印发《实施方案》的通知》，2023年05月09日发布。"
    reply = format_answer(answer(answer=said), SECTIONS)
    assert "见第三部分，《印发〈实施方案〉的通知》，2023年5月9日发布。" in reply
    assert answer_text(answer(answer=said), "东政办〔2023〕26号").startswith("见第三部分，《印发〈实施方案〉的通知》")


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
