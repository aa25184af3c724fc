"""Round 23 rules, each on a small hand-made notice or value (no real notice's wording)."""

from __future__ import annotations

from corpus.parsing.unit_lists import split_units


def test_hexagonal_brackets_inside_a_name_hold_its_inner_list_as_parentheses_do():
    assert split_units("各县〔市、区〕人民政府，甲新区管委会") == ("各县〔市、区〕人民政府", "甲新区管委会")
    assert split_units("各市〔州〕人民政府、省甲局") == ("各市〔州〕人民政府", "省甲局")


def test_a_special_district_is_a_level_word_of_a_group_name():
    assert split_units("各县、特区、区人民政府，各开发区管委会") == ("各县、特区、区人民政府", "各开发区管委会")


def test_a_local_financial_bureau_printed_bare_takes_the_lists_level_prefix():
    assert split_units("省甲厅、地方金融监管局") == ("省甲厅", "省地方金融监管局")
    # A regulator's local office named after its place still takes none.
    assert split_units("省甲厅、某某银保监局") == ("省甲厅", "某某银保监局")


def test_the_levels_press_and_broadcaster_printed_bare_take_the_lists_level_prefix():
    assert split_units("市甲局、报业集团、广播电视台") == ("市甲局", "市报业集团", "市广播电视台")
    assert split_units("县甲局、电视台") == ("县甲局", "县电视台")
