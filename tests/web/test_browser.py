"""The task browser: tasks JSON equal to the CLI's, unit and word filters, CSV, Excel, matrix picture."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from corpus import load_notice
from corpus.export import tasks_payload
from corpus.units import build_alias_table
from qa.assistant import Assistant
from qa.cli import main as cli_main
from web.browser import (
    COLUMNS,
    ROLE_COLUMN,
    TEXT_COLUMN,
    RoleFilter,
    Selection,
    download_name,
    find_cjk_font,
    matrix_layout,
    render_matrix,
    select_tasks,
    split_words,
    to_csv,
    to_xlsx,
)

PNG = b"\x89PNG\r\n\x1a\n"


def cli_tasks_json() -> dict:
    out = io.StringIO()
    assert cli_main(["tasks", "--json"], stdout=out) == 0
    return json.loads(out.getvalue())


def select(assistant: Assistant, **kwargs: str) -> Selection:
    return select_tasks(assistant.notice, build_alias_table(assistant.notice), **kwargs)


def test_tasks_payload_equals_the_cli_output(fake_assistant: Assistant) -> None:
    payload = tasks_payload(fake_assistant.notice)
    assert json.loads(json.dumps(payload, ensure_ascii=False)) == cli_tasks_json()
    assert len(payload["tasks"]) == 34


def test_no_filter_lists_all_34_tasks_in_order(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant)
    assert selection.numbers == tuple(range(1, 35))
    assert selection.message == "共 34 项任务。"


def test_unit_alias_is_understood(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant, unit="住建局")
    assert selection.units == ("市住房建设局",)
    assert 16 in selection.numbers
    for row in selection.rows:
        assert "市住房建设局" in row.task.units
    lead_only = select(fake_assistant, unit="住建局", role="lead")
    assert set(lead_only.numbers) == {t.number for t in fake_assistant.notice.tasks if "市住房建设局" in t.lead_units}
    assert "仅牵头" in lead_only.message


def test_a_county_finds_its_own_tasks_and_those_of_all_counties(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant, unit="化隆县", role="lead")
    assert selection.units == ("化隆县人民政府",)
    roles = {row.task.number: row.roles for row in selection.rows}
    assert roles[4] == (("化隆县人民政府", "lead", "化隆县人民政府"),)
    assert any(as_named == "各县人民政府" for rs in roles.values() for _, _, as_named in rs)
    row_16 = next(r for r in selection.rows if r.task.number == 16)
    assert row_16.role_text() == "化隆县人民政府：牵头（作为各县人民政府之一）"


def test_words_must_all_occur(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant, words="污水  处理")
    assert 16 in selection.numbers
    assert all("污水" in r.task.title + r.task.text for r in selection.rows)
    assert select(fake_assistant, words="污水 不存在的词").rows == ()
    assert split_words("５Ｇ，基站、 覆盖") == ("5g", "基站", "覆盖")


def test_unknown_unit_says_so_by_name(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant, unit="火星局")
    assert selection.rows == ()
    assert "火星局" in selection.message


def test_bad_role_is_refused_by_name(fake_assistant: Assistant) -> None:
    with pytest.raises(ValueError, match="'boss'"):
        select(fake_assistant, unit="住建局", role="boss")
    assert RoleFilter.parse("lead") is RoleFilter.LEAD


def test_csv_has_a_bom_a_header_and_the_full_text(fake_assistant: Assistant) -> None:
    body = to_csv(select(fake_assistant, unit="卫健委"))
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [*COLUMNS, ROLE_COLUMN, TEXT_COLUMN]
    by_number = {int(r[0]): r for r in rows[1:]}
    task_18 = fake_assistant.notice.task(18)
    assert by_number[18][1] == task_18.title
    assert by_number[18][-1] == task_18.text
    assert "市卫生健康委：牵头" in by_number[18][5]


def test_excel_opens_with_the_same_rows(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant)
    workbook = load_workbook(io.BytesIO(to_xlsx(selection)))
    sheet = workbook["任务分工"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == [*COLUMNS, TEXT_COLUMN]
    assert len(values) == 35
    assert values[16][0] == 16 and values[16][3] == "市住房建设局、各县人民政府"
    assert sheet.auto_filter.ref == "A1:F35"  # filter arrows over the header and every row


def test_excel_first_sheet_says_which_notice_and_filter(fake_assistant: Assistant) -> None:
    selection = select(fake_assistant, unit="住建局", words="污水", role="lead")
    workbook = load_workbook(io.BytesIO(to_xlsx(selection, source="某办《某方案》（某号）")))
    assert workbook.sheetnames == ["说明", "任务分工"]
    note = dict(workbook["说明"].iter_rows(min_row=2, values_only=True))
    assert note["来源"] == "某办《某方案》（某号）"
    assert note["筛选条件"] == "单位：市住房建设局（仅牵头）；关键词：污水"
    assert note["任务数"] == "1（全文共34项）"
    assert workbook["任务分工"].auto_filter.ref == "A1:G2"


def test_download_names_reflect_the_notice_and_every_filter(fake_assistant: Assistant) -> None:
    stem = "海东市县城城镇化建设任务分工"
    assert download_name(select(fake_assistant), stem) == stem
    assert download_name(select(fake_assistant, unit="住建局"), stem) == f"{stem}-市住房建设局-牵头或责任"
    both = select(fake_assistant, unit="住建局 卫健委", words="污水/医院", role="lead")
    assert download_name(both, stem) == f"{stem}-市住房建设局、市卫生健康委-仅牵头-污水医院"
    assert download_name(select(fake_assistant, words="老旧 小区"), stem) == f"{stem}-老旧、小区"


def test_without_a_notice_a_download_gets_a_plain_name(fake_assistant: Assistant) -> None:
    assert download_name(select(fake_assistant, unit="住建局")) == "任务分工-市住房建设局-牵头或责任"


def test_matrix_orders_units_by_lead_count(fake_assistant: Assistant) -> None:
    layout = matrix_layout(fake_assistant.notice.tasks)
    assert layout.units[0] == "各县人民政府"
    assert set(layout.units) == {u for t in fake_assistant.notice.tasks for u in t.units}


def test_matrix_is_a_png(fake_assistant: Assistant) -> None:
    full = render_matrix(fake_assistant.notice, dpi=40)
    assert full.startswith(PNG)
    some = render_matrix(fake_assistant.notice, [15, 16], dpi=40)
    assert some.startswith(PNG) and len(some) < len(full)
    assert render_matrix(fake_assistant.notice, [], dpi=40).startswith(PNG)


def test_cjk_font_lookup_returns_a_file_or_none() -> None:
    font = find_cjk_font()
    assert font is None or font.is_file()


def test_an_unknown_unit_is_answered_with_units_of_the_same_notice() -> None:
    guangzhou = load_notice(
        Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "notices" / "guangzhou_2006_gzbg.txt"
    )
    selection = select_tasks(guangzhou, build_alias_table(guangzhou), unit="烟草局")
    assert selection.unknown_unit == "烟草局" and not selection.rows
    assert (
        selection.message == "没有找到单位「烟草局」。请输入单位全称或常用简称，如：市经贸委、市国土房管局、市规划局。"
    )
