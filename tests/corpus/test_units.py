"""Short unit names staff type resolve to the notice's canonical names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import load_notice, read_notice_text
from corpus.units import COUNTY_GOVERNMENTS, UnitMention, build_alias_table, find_unit_mentions, tasks_for_unit

TABLE = build_alias_table(load_notice())


@pytest.fixture(scope="module")
def table() -> dict[str, str]:
    return build_alias_table(load_notice())


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("住建局", "市住房建设局"),
        ("发改委", "市发展改革委"),
        ("人社局", "市人力资源社会保障局"),
        ("卫健委", "市卫生健康委"),
        ("文旅局", "市文体旅游广电局"),
        ("工信局", "市工业信息化局"),
        ("自然资源局", "市自然资源和规划局"),
        ("应急局", "市应急局"),
        ("林草局", "市林草局"),
        ("城管局", "市城管局"),
        ("教育局", "市教育局"),
        ("民政局", "市民政局"),
        ("人行", "人行海东中心支行"),
        ("人民银行", "人行海东中心支行"),
        ("城投公司", "海东城投公司"),
        ("消防支队", "市消防救援支队"),
        ("园区管委会", "海东工业园区管委会"),
        ("市住房建设局", "市住房建设局"),
        ("化隆县", "化隆县人民政府"),
        # A word written out or contracted (general usage).
        ("人力资源社保局", "市人力资源社会保障局"),
        ("市人力资源和社会保障局", "市人力资源社会保障局"),
        ("工业和信息化局", "市工业信息化局"),
        ("住房和城乡建设局", "市住房建设局"),
        ("市场监督管理局", "市市场监管局"),
        ("应急管理局", "市应急局"),
        ("发展和改革委员会", "市发展改革委"),
    ],
)
def test_a_short_form_resolves_to_its_canonical_unit(table, typed, canonical):
    assert [m.unit for m in find_unit_mentions(f"{typed}牵头哪些任务", table)] == [canonical]


def test_every_canonical_unit_of_the_notice_is_in_the_table(table):
    for task in load_notice().tasks:
        for unit in task.units:
            assert table[unit] == unit


def test_the_longest_spelling_wins_and_mentions_do_not_overlap(table):
    mentions = find_unit_mentions("市自然资源和规划局和人民银行", table)
    assert [(m.surface, m.unit) for m in mentions] == [
        ("市自然资源和规划局", "市自然资源和规划局"),
        ("人民银行", "人行海东中心支行"),
    ]


def every_alias_searched(text: str, table: dict[str, str]) -> list[UnitMention]:
    """The plain way, kept here as the reference: try every spelling, longest first."""
    taken = [False] * len(text)
    found = []
    for alias in sorted(table, key=len, reverse=True):
        start = text.find(alias)
        while start != -1:
            end = start + len(alias)
            if not any(taken[start:end]):
                found.append(UnitMention(start, end, alias, table[alias]))
                taken[start:end] = [True] * (end - start)
            start = text.find(alias, end)
    return sorted(found, key=lambda m: m.start)


def test_the_notice_lines_give_the_mentions_every_spelling_would(table):
    lines = [line for line in read_notice_text().splitlines() if line.strip()]
    assert sum(1 for line in lines if find_unit_mentions(line, table)) >= 30
    for line in lines:
        assert find_unit_mentions(line, table) == every_alias_searched(line, table), line


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(TABLE)) | st.text(alphabet="市县局委和的人民政府牵头哪些", max_size=3), max_size=6)
)
def test_run_together_spellings_give_the_mentions_every_spelling_would(pieces):
    text = "".join(pieces)
    assert find_unit_mentions(text, TABLE) == every_alias_searched(text, TABLE)


def test_a_spelling_added_to_a_table_is_found_from_then_on(table):
    assert find_unit_mentions("某某办牵头哪些任务", table) == []
    grown = {**table, "某某办": "市某某办公室"}
    assert [m.unit for m in find_unit_mentions("某某办牵头哪些任务", grown)] == ["市某某办公室"]


def test_a_county_leads_its_own_task_and_those_of_all_counties():
    notice = load_notice()
    led = tasks_for_unit(notice.tasks, "化隆县人民政府", include_responsible=False)
    by_name = [t.number for t, _, named in led if named == "化隆县人民政府"]
    as_member = [t.number for t, _, named in led if named == "各县人民政府"]
    assert by_name == [4]
    assert as_member == [t.number for t in notice.tasks if "各县人民政府" in t.lead_units]
    assert len(COUNTY_GOVERNMENTS) == 4


def test_taking_part_adds_the_tasks_a_unit_is_responsible_for():
    notice = load_notice()
    rows = tasks_for_unit(notice.tasks, "市财政局", include_responsible=True)
    assert [(t.number, role) for t, role, _ in rows] == [
        (18, "responsible"),
        (19, "responsible"),
        (20, "responsible"),
        (28, "responsible"),
        (29, "responsible"),
    ]
    assert tasks_for_unit(notice.tasks, "市财政局", include_responsible=False) == []


def test_a_four_character_name_is_also_known_by_the_initials_of_its_two_words(table):
    # General usage: 乡村振兴局 → 乡振局, 交通运输局 → 交运局; a form with the same character twice is no form.
    assert table["乡振局"] == "市乡村振兴局" and table["交运局"] == "市交通运输局"
    assert "农农局" not in table


def test_a_kind_of_body_said_alone_is_the_one_unit_of_that_kind_the_notice_names():
    # 26号 names one 管委会 (海东工业园区管委会) on task 5's 责任单位 line.
    table = build_alias_table(load_notice())
    assert table["管委会"] == "海东工业园区管委会"
