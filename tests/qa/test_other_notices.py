"""The assistant over notices other than 26号: answers come from that notice's own records.

Expected values are read off the fixture files by hand (line numbers given).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.answer import Intent
from qa.assistant import Assistant
from qa.factory import build_assistant
from qa.settings import Settings
from tests.fakes import FakeEncoder

NOTICES = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "notices"


def _assistant(name: str) -> Assistant:
    settings = Settings(notice_path=NOTICES / name, use_cache=False, decline_off_topic=False)
    return build_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)


@pytest.fixture(scope="module")
def guangzhou() -> Assistant:
    return _assistant("guangzhou_2006_gzbg.txt")


@pytest.fixture(scope="module")
def jiaxing() -> Assistant:
    return _assistant("jiaxing_2022_zfgzbg_table.txt")


def test_who_leads_a_guangzhou_task_is_its_parenthesis_lead(guangzhou: Assistant) -> None:
    # "（五）加快珠江新城金融商贸区建设…（牵头单位:市金融办;配合单位:市国土房管局、规划局）"
    answer = guangzhou.ask("谁牵头珠江新城金融商贸区建设")
    assert answer.intent is Intent.LEAD
    assert answer.citations[0].task == 5
    assert answer.citations[0].lead_units == ("市金融办",)
    assert "市金融办牵头" in answer.answer


def test_a_guangzhou_unit_short_form_lists_the_tasks_it_leads(guangzhou: Assistant) -> None:
    # 市经贸委 leads （一） and （六）; elsewhere it is a 配合单位.
    answer = guangzhou.ask("经贸委牵头哪些任务")
    assert answer.intent is Intent.UNIT_TASKS
    assert [c.task for c in answer.citations] == [1, 6]
    assert "市经贸委牵头的任务共2项" in answer.answer


def test_who_leads_a_task_with_only_responsible_units_says_no_lead_is_named(jiaxing: Assistant) -> None:
    # Row 2: "2 | 规上工业总产值突破2万亿元。 | 市经信局 |" (one unit, no '*': responsible only).
    answer = jiaxing.ask("谁牵头规上工业总产值")
    assert answer.citations[0].task == 2
    assert "没有写明牵头单位，责任单位：市经信局" in answer.answer
    assert "没有为它列出牵头单位和责任单位" not in answer.answer


def test_who_leads_a_starred_row_is_the_starred_unit(jiaxing: Assistant) -> None:
    # Row 11: "*市生态环境局、市生态创建办".
    answer = jiaxing.ask("谁牵头清新空气示范区")
    assert answer.citations[0].task == 11
    assert "由市生态环境局牵头" in answer.answer


def test_a_unit_leads_only_its_starred_rows(jiaxing: Assistant) -> None:
    # 市发展改革委: starred in row 9 only; rows 1 and 8 name it alone (responsible).
    answer = jiaxing.ask("市发展改革委牵头哪些工作任务")
    assert [c.task for c in answer.citations] == [9]


def test_a_unit_with_a_second_name_in_brackets_is_found_by_either_name(jiaxing: Assistant) -> None:
    # Row 6: "*市委组织部(市委人才办)、 市人力社保局".
    for question in ("市委组织部（市委人才办）牵头哪些任务", "市委人才办牵头哪些任务"):
        answer = jiaxing.ask(question)
        assert answer.intent is Intent.UNIT_TASKS, question
        assert [c.task for c in answer.citations] == [6], question


def test_declines_and_greetings_name_no_other_notice(jiaxing: Assistant, guangzhou: Assistant) -> None:
    for assistant in (jiaxing, guangzhou):
        for question in ("你好", "北京的天气怎么样"):
            text = assistant.ask(question).answer
            assert "海东" not in text and "26号" not in text and "《》" not in text and "（这份通知）" not in text
    assert "穗府办〔2006〕19号" in guangzhou.ask("你好").answer


def test_who_leads_a_task_named_by_its_titles_opening_is_that_task_not_a_shorter_one_sharing_its_words(
    tmp_path: Path,
) -> None:
    # A short task repeating most of the words asked ("推进…窗口设置") scores higher by its length alone; the title
    # opening with all of them is the task meant.
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "某县2021年工作要点\n一、总体安排\n"
        "（一）高水平推进“甲乙工程”，梳理业务办理情形，丰富应用场景，优化升级智能导办，巩固深化办理成果，"
        "全面推进第三批事项落实落地。（县甲局牵头，县乙局按职责分工负责）\n"
        "（二）推进“甲乙工程”窗口设置。（县丙局牵头）\n",
        encoding="utf-8",
    )
    settings = Settings(notice_path=notice, use_cache=False, decline_off_topic=False)
    assistant = build_assistant(settings, encoder=FakeEncoder(), progress=lambda _: None)
    answer = assistant.ask('谁牵头高水平推进"甲乙工程"')
    assert answer.intent is Intent.LEAD
    assert answer.citations[0].task == 1
    assert "县甲局牵头" in answer.answer
