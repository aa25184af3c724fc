"""Unit lists are split the way the notice means them, typesetting noise repaired."""

from __future__ import annotations

import pytest

from corpus.parsing.text import normalize_line
from corpus.parsing.unit_lists import (
    is_unit_list,
    leading_units,
    looks_like_unit,
    peel_unit_runs,
    peel_units,
    split_units,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("市人力资源社会保障局、法制局、财政局", ("市人力资源社会保障局", "市法制局", "市财政局")),
        ("市发改委、市场监管局", ("市发改委", "市市场监管局")),
        ("市发改委、黄埔区政府、海东城投公司", ("市发改委", "黄埔区政府", "海东城投公司")),
        ("市城建局、乡村振兴局", ("市城建局", "市乡村振兴局")),
        ("财政局、发改局", ("财政局", "发改局")),
        ("各区、县级市人民政府，市政府各部门", ("各区、县级市人民政府", "市政府各部门")),
        ("各县（市、区）政府、市教育局", ("各县（市、区）政府", "市教育局")),
        ("市财政局，市民政局;市教育局", ("市财政局", "市民政局", "市教育局")),
        ("市发改委等有关部门", ("市发改委",)),
        ("区", ()),
        ("市级各有关部门及各县市区政府", ("市级各有关部门", "各县市区政府")),
        ("市财政局以及各县区人民政府", ("市财政局", "各县区人民政府")),
        ("市住房和城乡建设局", ("市住房和城乡建设局",)),
        # Round 7: 城乡 in a department's name is no 乡, and "等省有关部门" summarises the list.
        ("省发展改革委、住房城乡建设厅", ("省发展改革委", "省住房城乡建设厅")),
        ("省财政厅、能源局等省有关部门", ("省财政厅", "省能源局")),
        ("市商务局等市直相关单位", ("市商务局",)),
        # Round 11: the level printed once after a group name, and local tax bureaus / the bank's branch under it.
        ("各县（市、区）政府，市财政局、教育局", ("各县（市、区）政府", "市财政局", "市教育局")),
        ("市财政局、国家税务局、地方税务局、人民银行", ("市财政局", "市国家税务局", "市地方税务局", "市人民银行")),
        ("市财政局、人民银行宁波市中心支行", ("市财政局", "人民银行宁波市中心支行")),
        ("省发展改革委、国家统计局调查总队", ("省发展改革委", "国家统计局调查总队")),
    ],
)
def test_split_units_repairs_the_genres_noise(value, expected):
    assert split_units(normalize_line(value)) == expected


def test_spaces_from_line_wrapping_inside_a_name_are_removed_first():
    assert split_units(normalize_line("市人力 资源社会保障局、市财政局")) == ("市人力资源社会保障局", "市财政局")


@pytest.mark.parametrize(
    ("name", "expected"), [("市发改委", True), ("含租赁", False), ("2023年底", False), ("区", False)]
)
def test_looks_like_unit(name, expected):
    assert looks_like_unit(name) is expected


def test_is_unit_list_needs_every_piece_to_be_a_unit():
    assert is_unit_list("市发改委、市财政局")
    assert not is_unit_list("王家庄至昆仑路段")


def test_peel_units_takes_prefixed_names_off_the_end_of_run_together_text():
    assert peel_units("供水城市各县区政府") == ("供水城市", ("各县区政府",))
    assert peel_units("增长10%以上市发改委市统计局") == ("增长10%以上", ("市发改委", "市统计局"))
    assert peel_units("没有单位的句子") == ("没有单位的句子", ())


def test_a_level_char_before_a_name_opening_with_one_belongs_to_that_name():
    # 市场监管局 opens with the 市 of 市场: the 县 or 市 printed before it is the name's own prefix.
    assert peel_units("压缩开办时间。县市场监管局、县税务局") == ("压缩开办时间。", ("县市场监管局", "县税务局"))
    assert peel_units("市发改委市市场监管局") == ("", ("市发改委", "市市场监管局"))
    # A level char inside the task's words stays there: nothing that ends a name comes before it.
    assert peel_units("规范各县区市场") == ("规范各县区市场", ())


def test_a_role_word_is_not_a_unit():
    assert not looks_like_unit("各牵头单位")
    assert not looks_like_unit("责任单位")


def test_ji_splits_only_between_two_units():
    assert is_unit_list("市财政局及各县区政府")
    assert not is_unit_list("市财政局及时拨付资金")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "教育局经开区高新园（邹区镇）各街道市国有公司",
            ("教育局", "经开区", "高新园（邹区镇）", "各街道", "市国有公司"),
        ),
        ("住建局五星街道南大街街道", ("住建局", "五星街道", "南大街街道")),
        ("区政府办公室市财政局", ("区政府办公室", "市财政局")),
        ("市委组织部市委宣传部", ("市委组织部", "市委宣传部")),
        ("区投资促进局县乡村振兴局", ("区投资促进局", "县乡村振兴局")),
        ("团市委市妇联", ("团市委", "市妇联")),
    ],
)
def test_leading_units_splits_names_run_together_without_separators(text, units):
    assert leading_units(text) == (units, len(text))


def test_leading_units_stops_where_the_tasks_text_resumes():
    assert leading_units("民政局各街道提升改造8家养老服务中心。") == (("民政局", "各街道"), 6)
    assert leading_units("文体旅局晋陵公司推进大庙弄核心区改造。") == (("文体旅局", "晋陵公司"), 8)
    assert leading_units("推进背街小巷整治。") == ((), 0)


def test_a_group_name_whose_pieces_are_one_character_each_stays_whole():
    # "各县、市、区政府": 县 and 市 alone are too short to be units, but they are pieces of one addressee.
    assert split_units("市交通局、滁州经开区管委会等，各县、市、区政府") == (
        "市交通局",
        "滁州经开区管委会",
        "各县、市、区政府",
    )


def test_a_grain_depot_is_a_unit():
    assert is_unit_list("市发改委、各县市区人民政府、中储粮株洲直属库")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("市财政局和市统计局", ("市财政局", "市统计局")),
        ("市场监督管理局与市商务局", ("市场监督管理局", "市商务局")),
        ("市住房和城乡建设局、市人力资源和社会保障局", ("市住房和城乡建设局", "市人力资源和社会保障局")),
        ("国家发展和改革委员会", ("国家发展和改革委员会",)),
        ("市文化和旅游局", ("市文化和旅游局",)),
    ],
)
def test_he_and_yu_split_only_between_two_units(value, expected):
    assert split_units(value) == expected


def test_a_regulators_local_office_named_after_its_place_does_not_take_the_lists_prefix():
    # 上海银保监局 and 上海证监局 are named by their city; only the bare 税务局 is a 市 department.
    assert split_units("市高院、上海银保监局、上海证监局、税务局") == (
        "市高院",
        "上海银保监局",
        "上海证监局",
        "市税务局",
    )


def test_a_group_that_already_names_its_organ_is_whole_and_the_next_piece_is_another_unit():
    assert split_units("各县区人民政府、园区管委会") == ("各县区人民政府", "园区管委会")
    assert split_units("各开发区、园区管委会") == ("各开发区、园区管委会",)


def test_a_unit_named_after_its_city_takes_no_level_prefix_from_the_list():
    # 宁波供电局 carries its city's name (jieba tags 宁波 as a place); 财政局 is a bare 市 department.
    assert split_units("市发改委、财政局、宁波供电局") == ("市发改委", "市财政局", "宁波供电局")


def test_a_branch_office_keeps_its_name_in_a_list_of_prefixed_units():
    # Made-up list: a 分局 is a higher-level bureau's office named after its place, never 区-prefixed.
    assert split_units("区发改局、甲乙自然资源规划分局、公安分局") == ("区发改局", "甲乙自然资源规划分局", "公安分局")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only prefixed names without ``bare``: the 区 of 小区 opens a false name.
        ("加快推进老旧小区改造住建局各区政府", ("加快推进老旧小区改造", ("住建局", "各区政府"))),
        ("完善城市排水管网建设水务局住建局", ("完善城市排水管网建设", ("水务局", "住建局"))),
        ("推进甲项目市发改委住建局", ("推进甲项目", ("市发改委", "住建局"))),
        ("推进乙项目各区住建局", ("推进乙项目", ("各区住建局",))),
    ],
)
def test_peel_units_with_bare_names_takes_known_bodies_printed_without_a_prefix(text, expected):
    assert peel_units(text, bare=True) == expected


def test_peel_units_without_bare_names_keeps_them_in_the_text():
    assert peel_units("推进停车场建设交通局自然资源局") == ("推进停车场建设交通局自然资源局", ())


def test_a_unit_stated_with_its_role_is_not_a_units_name():
    assert not looks_like_unit("市发改委为牵头单位")
    assert looks_like_unit("市发改委")


def test_peel_unit_runs_says_which_neighbouring_names_meet_without_a_separator():
    # 市发改委 | 各县政府、市统计局: one glued join (a cell border), one 、 inside a cell.
    assert peel_unit_runs("增长6%。市发改委各县政府、市统计局") == (
        "增长6%。",
        ("市发改委", "各县政府", "市统计局"),
        (True, False),
    )
    assert peel_unit_runs("推进甲项目。发改委住建局", bare=True) == ("推进甲项目。", ("发改委", "住建局"), (True,))


def test_places_sharing_one_organ_printed_after_the_last_are_one_group():
    value = "市统计局，各乡、镇人民政府，甲湾、乙湖管理区，丙经济开发区"
    assert is_unit_list(value)
    assert split_units(value) == ("市统计局", "各乡、镇人民政府", "甲湾、乙湖管理区", "丙经济开发区")


def test_a_phrase_before_a_unit_is_not_joined_to_it_as_a_shared_organ():
    assert not is_unit_list("加强协调、市财政局")
    assert split_units("市发改委、县区政府") == ("市发改委", "县区政府")


def test_towns_and_sub_districts_named_together_after_a_group_stay_in_the_group():
    # "镇街" (towns and sub-districts together) continues a group as "县级市" does in "各区、县级市".
    assert split_units("区农业局，各园区、镇街") == ("区农业局", "各园区、镇街")


def test_a_kind_of_place_after_ji_with_no_each_of_its_own_stays_in_the_each_group():
    # "各甲县及园区": the 各 covers both kinds of place, one group; a unit after 及 is still a unit of its own.
    assert split_units("各乡镇及园区，县政府有关部门") == ("各乡镇及园区", "县政府有关部门")
    assert split_units("各县及开发区") == ("各县及开发区",)
    assert split_units("各县区政府及开发区") == ("各县区政府", "开发区")
    assert split_units("各乡镇及县农业局") == ("各乡镇", "县农业局")


def test_a_bureau_named_by_its_urban_work_takes_the_level_printed_once():
    # 城市 / 城镇 name a kind of place, not a place: the bureau is the level's own, as 法制办 after it is.
    assert split_units("县住房和城乡建设局、城市管理局、法制办") == ("县住房和城乡建设局", "县城市管理局", "县法制办")
    assert split_units("市甲局、城镇建设局") == ("市甲局", "市城镇建设局")
    assert split_units("市甲局、宁波电业局") == ("市甲局", "宁波电业局")


def test_a_company_of_the_level_named_by_its_business_takes_the_level_printed_once():
    # 城投公司 between the level's bureaus is the level's own company; the names after it keep the level too.
    assert split_units("县甲委员会、城投公司、乙局") == ("县甲委员会", "县城投公司", "县乙局")
    # A private company's full name, or one named after its place, is no body of the level.
    assert split_units("市甲局、某某水泥有限公司") == ("市甲局", "某某水泥有限公司")
    assert split_units("市甲局、宁波供电公司") == ("市甲局", "宁波供电公司")


def test_a_name_opening_with_the_city_proper_prints_no_level_for_the_names_after_it():
    assert split_units("市区执法局、城投公司") == ("市区执法局", "城投公司")


def test_a_tax_bureau_printed_bare_after_its_pair_named_by_a_place_takes_that_place():
    # The place printed once on the first of the pair names both; the level before it does not.
    assert split_units("市甲局、乙局，扬州国税局、地税局") == ("市甲局", "市乙局", "扬州国税局", "扬州地税局")
    assert split_units("常州市国家税务局、地方税务局、市丙局") == ("常州市国家税务局", "常州市地方税务局", "市丙局")
    # Under a level the pair still takes the level; a bureau of another kind named by a place passes on nothing.
    assert split_units("县丙局、国税局、地税局") == ("县丙局", "县国税局", "县地税局")
    assert split_units("市甲局、宁波电业局、乙局") == ("市甲局", "宁波电业局", "市乙局")
