"""Unit names a question types that the notice does not list: slips, short forms and other bodies."""

from __future__ import annotations

import pytest

from corpus import load_notice
from corpus.units import build_alias_table
from qa.lexicon.derived import notice_text
from qa.unit_names import UnitName, UnitNames, UnitStems


@pytest.fixture(scope="module")
def names() -> UnitNames:
    return UnitNames(build_alias_table(load_notice()))


@pytest.fixture(scope="module")
def words() -> str:
    return notice_text(load_notice())


def only(names: UnitNames, words: str, text: str) -> UnitName:
    found = names.unknown(text, known_text=words)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("水务句", "市水务局"),  # the ending itself slipped (句 for 局, same sound)
        ("商物局", "市商务局"),  # 3 characters, one slip (物 for 务, same sound)
        ("住键局", "市住房建设局"),  # 3 characters, same sound
        ("城官局", "市城管局"),
        ("工业信息化句", "市工业信息化局"),
        ("邮政管现局", "市邮政管理局"),  # 5 characters: any one character may slip (现 for 理)
        ("生态坏境局", "市生态环境局"),  # 坏 for 环: not the same sound, still a slip of a long name
        ("市品牌产业促近局", "市品牌产业促进局"),
    ],
)
def test_a_one_character_slip_of_a_unit_name_is_read_as_that_unit(names, words, typed, meant):
    found = names.unknown(f"{typed}牵头哪几项", known_text=words)
    if meant is None:
        assert [n for n in found if n.suggestion] == []
    else:
        assert [(n.surface, n.suggestion) for n in found] == [(typed, meant)]


def test_a_slip_inside_a_name_whose_beginning_is_also_an_alias_covers_the_whole_name(names, words):
    # "市自然资源" alone reads as the unit; the slip 划→画 comes after it, so the surface is the whole name.
    name = only(names, words, "市自然资源和规画局负责哪些")
    assert (name.surface, name.start, name.suggestion) == ("市自然资源和规画局", 0, "市自然资源和规划局")


@pytest.mark.parametrize("body", ["税务局", "烟草局", "公路局", "国税局", "畜牧局", "民族局"])
def test_a_real_body_one_character_from_a_unit_is_not_corrected(names, words, body):
    # 税务局/水务局, 烟草局/林草局, 公路局/公安局, 国税局/国土局, 畜牧局/农牧局, 民族局/民政局.
    name = only(names, words, f"{body}负责什么")
    assert (name.surface, name.suggestion, name.candidates) == (body, None, ())


def test_another_level_of_government_is_not_a_slip_of_the_city_unit(names, words):
    # 交通运输厅 is the province's office: only the ending differs from 交通运输局, and both are endings.
    name = only(names, words, "交通运输厅负责什么")
    assert name.suggestion is None


@pytest.mark.parametrize(
    ("typed", "units"),
    [
        # 资源: 市自然资源和规划局 (自然资源局) and 市人力资源社会保障局.
        ("资源局", {"市自然资源和规划局", "市人力资源社会保障局"}),
        # 监管: 市场监管局, 政务服务监管局, and 地方金融监管局 (an alias of 市金融办).
        ("监管局", {"市市场监管局", "市政务服务监管局", "市金融办"}),
    ],
)
def test_a_short_form_of_several_units_names_them_all(names, words, typed, units):
    name = only(names, words, f"{typed}牵头了什么")
    assert name.suggestion is None and set(name.candidates) == units


def test_a_short_form_of_one_unit_is_that_unit(names, words):
    # Only 市乡村振兴局 has 振兴 before 局.
    name = only(names, words, "振兴局参与了哪些")
    assert (name.suggestion, name.candidates) == ("市乡村振兴局", ())


def test_a_long_unknown_name_keeps_its_whole_name(names, words):
    name = only(names, words, "退役军人事务局参与了吗")
    assert (name.surface, name.suggestion) == ("退役军人事务局", None)


def test_known_units_and_words_of_the_notice_are_not_reported(names, words):
    assert names.unknown("住建局和民政局都牵头的", known_text=words) == []
    assert names.unknown("医院和学校谁负责", known_text=words) == []


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("市残帘牵头哪些", "市残联"),  # the last character slipped into one of the same sound (lián)
        ("化龙县有几项", "化隆县人民政府"),  # lóng for 隆
    ],
)
def test_a_same_sound_slip_of_a_name_without_a_unit_ending_is_found(names, words, typed, meant):
    name = only(names, words, typed)
    assert name.suggestion == meant and name.start == 0


def test_a_known_unit_is_not_read_as_a_slip_of_itself_with_a_word_before_it(names, words):
    # 是 and 市 share a sound, but "民政局" is a unit the notice names: nothing is unknown.
    assert names.unknown("哪几项是民政局牵头的", known_text=words) == []


def test_another_character_of_another_sound_in_the_ending_is_no_slip(names, words):
    # 市残疾 is not 市残联: 疾 (jí) and 联 (lián) do not share a sound.
    assert all(n.suggestion != "市残联" for n in names.unknown("市残疾人怎么办", known_text=words))


# --- bare stems (UnitStems) ---------------------------------------------------------------


@pytest.fixture(scope="module")
def stems() -> UnitStems:
    return UnitStems(build_alias_table(load_notice()))


def test_a_stem_is_an_alias_less_its_ending_for_one_unit(stems):
    assert stems.stems["民政"] == "市民政局"  # 民政部门 less 部门
    assert stems.stems["财政"] == "市财政局"  # 财政局 less 局
    assert "住建" not in stems.stems  # already an alias of its own


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("民政牵头几大项", "市民政局牵头几大项"),
        ("水务配合的任务", "市水务局配合的任务"),
        ("财政和发改委都参与的", "市财政局和发改委都参与的"),  # joined to a body
        ("发改委和财政都参与的", "发改委和市财政局都参与的"),
        ("想问民政牵头几大项", "想问市民政局牵头几大项"),  # after a function word
    ],
)
def test_a_stem_where_a_body_acts_is_spelt_out(stems, typed, read):
    assert stems.spell_out(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "教育资源谁牵头",  # an ordinary word: no role word follows it
        "教育和医疗由谁牵头",  # joined to another ordinary word, and the body is what is asked
        "城市规划都有哪些单位参与",  # inside a longer word
        "养老服务都有谁参与",
        "民政局一共牵头了几项任务",  # the full name is found as itself
    ],
)
def test_a_stem_that_is_an_ordinary_word_is_left_alone(stems, typed):
    assert stems.spell_out(typed) == typed


@pytest.mark.parametrize(
    "text", ["刚才那两个局都参与的", "这俩单位都牵头的", "前面那几个部门呢", "两家单位都配合过哪些", "同一个局还管啥"]
)
def test_units_pointed_at_by_a_count_are_no_name(names, words, text):
    assert names.unknown(text, known_text=words) == []


def test_a_same_sound_character_inside_an_everyday_word_is_no_slip(names, words):
    # 现 sounds like 县, but "化隆现在" is 化隆 + 现在 (now), not a slip of 化隆县.
    assert [n for n in names.unknown("化隆现在的人口有多少", known_text=words) if n.suggestion] == []
    assert [n.suggestion for n in names.unknown("化隆线牵头哪几项", known_text=words)] == ["化隆县人民政府"]


@pytest.mark.parametrize(("typed", "surface"), [("省卫健委负责什么", "省卫健委"), ("国家交通局牵头啥", "国家交通局")])
def test_a_body_of_a_level_above_the_city_under_a_known_short_form_is_unknown(names, words, typed, surface):
    # The notice's units are the city's (市卫生健康委, 市交通运输局): the province's or the state's is another body.
    name = only(names, words, typed)
    assert name.surface == surface and name.suggestion is None


def test_a_province_office_said_with_its_own_ending_is_unknown_too(names, words):
    # 住建 is a short form of 市住房建设局; 厅 is a province's ending, so the whole name is another body.
    assert only(names, words, "省里的住建厅管哪些").surface == "省里的住建厅"


@pytest.mark.parametrize("text", ["县城居民增收", "根据通知精神", "举办培训班"])
def test_a_same_sound_character_of_the_ending_after_no_unit_stem_is_no_slip(names, words, text):
    # 居, 据 and 举 sound like 局, but "县城", "通知" and nothing make a unit with 局: no name is found.
    assert names.unknown(text, known_text=words) == []


@pytest.mark.parametrize("text", ["配合里那个市直局还牵头什么", "这项牵头的这个市级单位还干了啥"])
def test_a_body_pointed_at_by_its_level_is_no_slip_of_a_unit(names, words, text):
    # 市直局 is one character from 市监局 (市市场监管局), but it names a kind of body, not a unit.
    assert names.unknown(text, known_text=words) == []


@pytest.mark.parametrize(
    ("typed", "surface", "meant"),
    [("请问城管据牵头几项", "城管据", "市城管局"), ("那住建据配合哪几条", "住建据", "市住房建设局")],
)
def test_a_slipped_ending_after_a_short_form_of_the_unit_is_that_unit(names, words, typed, surface, meant):
    # 城管 and 住建 are short forms of 市城管局 and 市住房建设局 on their own; the 局 typed as 据 is a slip.
    found = only(names, words, typed)
    assert (found.surface, found.suggestion) == (surface, meant)
