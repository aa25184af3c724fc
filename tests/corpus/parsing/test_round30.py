"""Round 30 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parser import parse_notice
from corpus.parsing.roles import Role, label_value_roles
from corpus.parsing.tables import Column, run_together_row
from corpus.parsing.unit_lists import looks_like_unit, split_units


def units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.lead_units, t.responsible_units) for t in parse_notice(text).tasks]


RUN_TOGETHER = [Column.NUMBER, Column.TASK, Column.TASK, Column.RESPONSIBLE, Column.OTHER]


def test_a_run_together_units_cell_whose_names_are_all_separated_is_read_whole_where_peeling_stops_inside() -> None:
    # Peeling from the right stops inside 市规划和自然资源局 (和 reads as a conjunction) and at 团市委, yet every name
    # is set off by a separator: the whole cell after the task's full stop is the units.
    row = run_together_row(
        "3修建甲公园。年底前建成。市甲局、市规划和自然资源局，团市委、市乙局等部门，各区政府",
        RUN_TOGETHER,
        3,
        require_units=False,
        bare=True,
        glued_cells=True,
    )
    assert row is not None
    assert row.text == "修建甲公园。年底前建成。"
    assert row.roles.responsible == ("市甲局", "市规划和自然资源局", "团市委", "市乙局", "各区政府")


def test_two_names_glued_in_a_run_together_cell_are_left_to_the_peeling_that_finds_the_cell_border() -> None:
    columns = [Column.NUMBER, Column.TASK, Column.LEAD, Column.RESPONSIBLE]
    row = run_together_row(
        "1修建乙桥。市甲局各区政府、市乙局", columns, 1, require_units=False, bare=True, glued_cells=True
    )
    assert row is not None
    assert (row.roles.lead, row.roles.responsible) == (("市甲局",), ("各区政府", "市乙局"))


def test_a_run_together_units_cell_closing_on_the_genres_verb_takes_its_columns_role() -> None:
    # "…按职责分工负责" closes the cell's list as it closes a label's value; the column (主要责任单位) names the role.
    columns = [Column.NUMBER, Column.TASK, Column.LEAD, Column.OTHER]
    row = run_together_row(
        "1修建丙站。区甲局、区乙局等按职责分工负责全年", columns, 1, require_units=False, bare=True, glued_cells=True
    )
    assert row is not None
    assert (row.roles.lead, row.roles.responsible) == (("区甲局", "区乙局"), ())


def test_the_youth_leagues_committee_of_a_level_takes_no_prefix_from_its_list() -> None:
    assert split_units("市甲局、团市委、妇联") == ("市甲局", "团市委", "市妇联")
    assert split_units("县甲局、团县委") == ("县甲局", "团县委")


def test_a_levels_word_with_the_places_counted_with_it_in_a_parenthesis_is_a_group_name() -> None:
    assert looks_like_unit("镇（街道）")
    assert looks_like_unit("县（市、区）")
    assert not looks_like_unit("镇（甲）")
    assert split_units("镇（街道）、区甲局") == ("镇（街道）", "区甲局")


def test_a_list_closing_on_by_duty_each_is_read_without_the_verb() -> None:
    # "按职责分工分别负责": the adverb between the head word and its verb is no part of the last name.
    roles = label_value_roles(Role.RESPONSIBLE, "县甲局、县乙局，乡镇人民政府按职责分工分别负责。")
    assert roles.responsible == ("县甲局", "县乙局", "乡镇人民政府")
    notice = "一、总则\n（一）做好甲事。\n责任单位：县甲局、各有关部门，乡镇人民政府按职责分工分别负责。\n"
    assert units(notice)[0][1:] == ((), ("县甲局", "各有关部门", "乡镇人民政府"))


def test_a_group_that_names_its_bodies_is_whole_and_a_level_after_it_is_the_next_unit() -> None:
    assert split_units("各有关部门，乡镇人民政府") == ("各有关部门", "乡镇人民政府")
    assert split_units("各区、县级市人民政府") == ("各区、县级市人民政府",)
