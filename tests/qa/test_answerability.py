"""Does the notice hold what a question asks for: amounts, one county's share, places, procedures, progress."""

from __future__ import annotations

import pytest

from corpus import load_notice
from corpus.notice_lexicon import lexicon_for
from corpus.units import build_alias_table
from index.tokenize import Tokenizer, notice_user_words
from qa.answerability import Answerability


@pytest.fixture(scope="module")
def notice():
    return load_notice()


@pytest.fixture(scope="module")
def check(notice) -> Answerability:
    tokenizer = Tokenizer(notice_user_words(notice, build_alias_table(notice)))
    return Answerability(notice, tokenizer, lexicon_for(notice).county_governments)


def task(notice, number: int):
    return next(t for t in notice.tasks if t.number == number)


def test_the_counties_are_read_from_the_notice_and_its_data_file(check):
    assert set(check.counties) == {"互助", "化隆", "循化", "民和"}


def test_an_amount_the_task_does_not_state_is_missing_and_the_task_is_named(check, notice):
    # Task 21 (老旧小区) states 2万套 but no money at all.
    gap = check.missing("老旧小区改造的资金有多少", [task(notice, 21)])
    assert gap is not None and "第21项" in gap and "资金的具体数字" in gap


def test_an_amount_the_task_states_is_answerable(check, notice):
    # Task 21: "到2025年全市县城老旧小区房屋累计改造2万套".
    assert check.missing("老旧小区一共要改多少套", [task(notice, 21)]) is None


def test_one_countys_share_of_a_citywide_figure_is_missing(check, notice):
    # Task 21 gives the city's total (2万套), not 循化's part of it.
    gap = check.missing("循化县要改造多少套老旧小区", [task(notice, 21)])
    assert gap is not None and "循化县分到的具体数字" in gap


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("新建的婚姻登记中心具体位置在哪", "具体是哪些、建在什么位置"),
        ("婚姻登记怎么办理", "个人办理的手续"),
        ("婚姻登记中心建好了吗", "落实进展"),
    ],
)
def test_a_kind_of_fact_a_plan_does_not_give_points_to_the_task(check, notice, question, what):
    # Task 22 plans "新建婚姻登记中心5个" and says nothing of places, procedures or progress.
    gap = check.unanswerable(question, [task(notice, 22)])
    assert gap is not None and gap.startswith("通知提到了") and "第22项" in gap and what in gap


def test_conditions_the_notice_states_are_not_declined(check, notice):
    # Task 4: "以合法稳定就业和合法稳定住所（含租赁）为基本条件" for settling in the county towns.
    assert check.unanswerable("农业转移人口落户要满足什么条件", [task(notice, 4)]) is None


def test_asking_which_units_is_not_asking_for_places(check, notice):
    assert check.unanswerable("婚姻登记中心哪几家单位负责", [task(notice, 22)]) is None


def test_the_provincial_plans_date_or_length_is_another_documents(check):
    reason = check.other_document("省政府那份实施方案有几个部分")
    assert reason is not None and "《关于青海省推进以县城为重要载体的城镇化建设的实施方案》" in reason
    assert check.other_document("这份分工方案有几个部分") is None
    assert check.other_document("省里的实施方案叫什么名字") is None  # its title is quoted in the notice


def test_a_figure_of_one_county_alone_is_answerable(check, notice):
    # Task 5: "民和县依托…打造全省重要的铝、镁产品精深加工基地，产值达到70亿元。"
    assert check.missing("民和县铝镁加工基地产值能有多少", [task(notice, 5)]) is None


def test_a_figure_shared_by_counties_named_together_is_not_one_countys(check, notice):
    # Task 6: "以互助威远镇、循化积石镇、化隆群科新区、民和川口镇等县城为主体…" — one figure for all four.
    gap = check.missing("化隆县要建几处大型零售网点", [task(notice, 6)])
    assert gap is not None and "化隆县分到的具体数字" in gap


def test_a_figure_for_the_counties_asked_named_together_is_answerable(check, notice):
    # Task 22: "化隆县和民和县建设城乡殡仪服务站点17个" — the two counties asked, with their figure.
    assert check.missing("民和县和化隆县的殡仪服务站点建几个", [task(notice, 22)]) is None


def test_a_rate_of_an_amount_word_is_the_rate_asked(check, notice):
    # Task 4: "到“十四五”末常住人口城镇化率达到40%": 人口 is an amount word, the rate is what is asked.
    assert check.missing("十四五末常住人口的城镇化率要到多少", [task(notice, 4)]) is None


def test_a_count_where_the_task_gives_only_a_rate_is_missing_and_says_what_is_given(check, notice):
    # Task 12: "加快部署5G基站，到2025年…5G全覆盖，5G用户占比达到65%" — a year, a coverage and a share, no count.
    gap = check.missing("全市一共要新建几个5G基站", [task(notice, 12)])
    assert gap is not None and "第12项" in gap and "具体数量" in gap and "65%" in gap


def test_a_count_with_a_measure_of_another_kind_is_missing(check, notice):
    # Task 20 gives "一所…供养服务设施" and "覆盖率达到100%", but no number of beds (张).
    gap = check.missing("养老机构的床位一共有多少张", [task(notice, 20)])
    assert gap is not None and "第20项" in gap and "具体数量" in gap


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("各县公益性公墓要建几个", 22),  # "各县建设公益性公墓1个"
        ("二甲医院每县要几所", 18),  # "每个县均有1所二甲医院"
        ("老旧小区要改造多少套房", 21),  # "累计改造2万套"
    ],
)
def test_a_count_the_task_states_is_answerable(check, notice, question, number):
    assert check.missing(question, [task(notice, number)]) is None


def test_when_a_facility_is_finished_is_missing_when_no_dated_sentence_names_it(check, notice):
    # Task 1 names the 拉面 incubator in群科新区 without a date.
    gap = check.missing("拉面企业孵化基地哪年能建好", [task(notice, 1)])
    assert gap is not None and "第1项" in gap and "建好的具体时间" in gap


def test_when_a_facility_is_finished_is_answerable_from_a_dated_sentence(check, notice):
    # Task 12: "加快部署5G基站，到2025年基本实现…5G全覆盖".
    assert check.missing("5G基站啥时候能建成", [task(notice, 12)]) is None


def test_the_date_of_the_next_occurrence_of_an_event_is_missing(check, notice):
    # Task 29 says "每年召开政银企对接活动不低于5场", never when the next one is.
    gap = check.missing("政银企对接活动下次啥时候办", [task(notice, 29)])
    assert gap is not None and "第29项" in gap


@pytest.mark.parametrize(
    "question", ["东政办〔2022〕8号规定了什么", "青政办[2023]26号有几项任务", "东政办(2023)31号的内容"]
)
def test_a_document_with_another_number_is_another_document(check, question):
    answer = check.other_document(question)
    assert answer is not None and "东政办〔2023〕26号" in answer


def test_this_notices_own_number_is_not_another_document(check):
    assert check.other_document("东政办〔2023〕26号一共几项任务") is None


@pytest.mark.parametrize(
    "question",
    ["东政办〔2023〕26号是谁发的", "东政办2023年26号文的标题", "东政办 2023 26号有几部分", "26号文件由谁印发"],
)
def test_this_notices_own_number_is_found_in_every_form(check, question):
    assert check.own_number(question) is not None


@pytest.mark.parametrize("question", ["26号任务谁牵头", "第26号文件", "5号文件说了什么"])
def test_a_task_numbered_26_or_another_number_alone_is_not_this_notice(check, question):
    assert check.own_number(question) is None


def test_another_number_typed_without_brackets_is_another_document(check):
    answer = check.other_document("东政办2022年5号文件说了什么")
    assert answer is not None and "东政办2022年5号文件" in answer


def test_a_gap_names_what_is_asked_about_not_the_asked_event_or_a_bare_verb(check, notice):
    # Task 24: "建强用好县级融媒体中心", no date.
    gap = check.missing("县级融媒体中心哪年能建成", [task(notice, 24)])
    assert gap is not None and gap.startswith("通知提到了县级、融媒体中心（") and "建成的具体时间" in gap


def test_a_standard_or_papers_the_plan_does_not_state_are_declined_pointing_to_the_task(check, notice):
    # Task 21 is about old residential areas (the notice) and states no standard of any kind.
    gap = check.unanswerable("老旧小区改造补贴标准是啥", [task(notice, 21)])
    assert gap is not None and "老旧小区" in gap and "第21项" in gap


def test_todays_state_of_something_is_realtime_even_where_a_county_is_where_one_goes(check):
    # 民和 is one of the notice's counties; 天气 is in no task.
    assert check.realtime("明天天气好不好 我要去民和县出差") is not None


def test_todays_state_of_a_topic_the_notice_plans_is_not_realtime(check):
    assert check.realtime("现在民和县城的污水处理怎么安排") is None  # 污水处理: task 16


def test_a_site_asked_of_a_topic_whose_sentences_name_no_place_is_a_gap(check, notice):
    # Task 15 plans 生活垃圾焚烧处理设施 but names no county or town for them.
    gap = check.missing_site("生活垃圾焚烧处理设施选址在哪", task(notice, 15))
    assert gap is not None and gap.endswith("但没有写具体地点或选址。") and "第15项" in gap


def test_a_site_asked_of_a_sentence_that_names_towns_is_no_gap(check, notice):
    # Task 6: "以互助威远镇、循化积石镇、…等县城为主体…建设大型零售网点21处".
    assert check.missing_site("大型零售网点建在哪个镇", task(notice, 6)) is None


def test_a_town_asked_of_a_sentence_that_names_only_counties_is_a_gap(check, notice):
    # Task 22: "各县建设公益性公墓1个，化隆县和民和县建设城乡殡仪服务站点17个…": counties, no town.
    gap = check.missing_site("殡仪服务站点建在哪个镇", task(notice, 22))
    assert gap is not None and gap.endswith("但没有写具体地点或选址。")


def test_one_county_s_part_of_a_figure_two_counties_share_is_a_gap(check, notice):
    # Task 22: "化隆县和民和县建设城乡殡仪服务站点17个": the 17 are the two counties' together.
    gap = check.missing("民和县的城乡殡仪服务站点要建多少", [task(notice, 22)])
    assert gap is not None and gap.endswith("但没有写民和县分到的具体数字。")
    assert check.missing("化隆县和民和县的城乡殡仪服务站点要建多少", [task(notice, 22)]) is None


def test_a_year_or_a_figure_in_another_clause_is_no_figure_of_the_thing_asked(check, notice):
    # Task 3: "…做优循化线椒等县域品牌，到2025年，农产品加工转化率达到62%以上": 线椒 has no figure of its own.
    gap = check.missing("循化线椒的种植面积有多大", [task(notice, 3)])
    assert gap is not None and "第3项" in gap
    # The same sentence does give the 转化率 its figure.
    assert check.missing("农产品加工转化率定的目标是多少", [task(notice, 3)]) is None


def test_each_county_s_part_of_a_figure_given_only_in_total_is_a_gap(check, notice):
    # Task 6: "…以互助威远镇、循化积石镇、化隆群科新区、民和川口镇等县城为主体…建设大型零售网点21处": a total.
    gap = check.missing("大型零售网点各县平均建多少处", [task(notice, 6)])
    assert gap is not None and gap.endswith("但没有写每个县分到的具体数字。")


def test_a_figure_a_sentence_gives_per_county_answers_each_county_s_part(check, notice):
    # Task 22: "各县建设公益性公墓1个".
    assert check.missing("每个县的公益性公墓要建多少个", [task(notice, 22)]) is None


def test_a_county_named_in_another_clause_is_no_site_of_the_thing_asked(check, notice):
    # Task 22: "各县建设公益性公墓1个，化隆县和民和县建设城乡殡仪服务站点17个…": counties for the 站点, not the 公墓.
    assert check.missing_site("公益性公墓选址在哪个县", task(notice, 22)) is not None
    assert check.missing_site("殡仪服务站点建在哪", task(notice, 22)) is None


def test_a_figure_asked_in_ten_thousands_is_still_a_figure_asked(check, notice):
    # Task 25 names 循化夕昌水库 for its drinking-water works, with no figure of the reservoir.
    gap = check.missing("夕昌水库蓄水多少万立方米", [task(notice, 25)])
    assert gap is not None and "第25项" in gap
    # Task 21: "…累计改造2万套": the figure asked in 万 is given.
    assert check.missing("老旧小区一共改造多少万套", [task(notice, 21)]) is None


def test_how_to_apply_for_funds_is_a_procedure_asked(check):
    assert check.asks_procedure("专项资金如何申报") and check.asks_procedure("补助的申报流程")
    assert not check.asks_procedure("谁负责项目申报")


def test_a_question_without_a_site_asked_is_no_site_gap(check, notice):
    assert check.missing_site("生活垃圾焚烧处理设施谁牵头", task(notice, 15)) is None


def test_conditions_asked_of_a_thing_no_sentence_sets_conditions_for_are_a_gap(check, notice):
    # Task 1 names 拉面企业孵化基地; no sentence about it says "为…条件" (task 4's 落户 sentence does, about 落户).
    gap = check.unanswerable("拉面企业孵化基地进驻有什么条件", [task(notice, 1), task(notice, 4)])
    assert gap is not None and gap.endswith("但没有写需要满足的具体条件。")


def test_conditions_the_notice_states_for_the_thing_asked_are_no_gap(check, notice):
    # Task 4: "以合法稳定就业和合法稳定住所(含租赁)为基本条件，全面放开…的落户限制".
    assert check.unanswerable("落户要满足哪些条件", [task(notice, 4)]) is None


def test_where_to_get_it_done_is_a_procedure_asked():
    assert Answerability.asks_procedure("医保去哪办") and not Answerability.asks_procedure("医保由谁负责")


def test_when_a_listed_goal_is_reached_is_a_gap_when_no_sentence_dates_it(check, notice):
    # Task 2 plans 5A级景区 (互助北山 …) without a date for them.
    gap = check.missing("北山景区哪年能评为5A", [task(notice, 2)])
    assert gap is not None and "具体时间" in gap and "第2项" in gap


def test_a_figure_of_a_year_the_notice_never_names_is_missing(check, notice):
    # The notice names 2025 (its targets) but no figure of 2021; the 城镇化率 of task 4 is a target, not a statistic.
    gap = check.missing("2021年常住人口城镇化率是多少", [task(notice, 4)])
    assert gap is not None and "2021年的具体数字" in gap


def test_a_date_belongs_to_the_thing_its_sentence_names(check, notice):
    # Task 12 (the notice): "到2025年基本实现县城和重点乡镇5G全覆盖", while 千兆宽带 "全覆盖" has no year.
    assert check.missing("千兆宽带哪一年全覆盖", [task(notice, 12)]) is not None
    assert check.missing("5G哪一年全覆盖", [task(notice, 12)]) is None


def test_which_counties_is_answered_when_the_sentence_names_them(check, notice):
    # Task 23 (the notice): "建设互助县、民和县非遗综合馆".
    assert check.unanswerable("哪几个县要建非遗综合馆", [task(notice, 23)]) is None
    assert check.unanswerable("非遗综合馆建在哪条街上", [task(notice, 23)]) is not None


def test_an_area_printed_as_m2_answers_square_metres(check, notice):
    # Task 10 (the notice): "每个储备库扩建面积800m2".
    assert check.missing("储备库扩建面积是多少平方米", [task(notice, 10)]) is None


def test_a_measure_the_task_states_answers_a_bare_follow_up(check, notice):
    # Task 8 (the notice): "公共交通站点500米覆盖率100%"; the follow-up names only the measure and a generic word.
    assert check.missing("离站点多少米以内", [task(notice, 8)]) is None


def test_the_notices_own_theme_word_does_not_make_a_count_answerable(check, notice):
    # 县城 is in most tasks; task 21's "2万套" is about 老旧小区, not 公共租赁住房 (task 28 gives no number of homes).
    gap = check.missing("县城公共租赁住房要建多少套", [task(notice, 28), task(notice, 21)])
    assert gap is not None and "具体数量" in gap


def test_an_area_no_sentence_about_the_thing_gives_is_missing(check, notice):
    # Task 6 (the notice): "建设大型零售网点21处" - a count, no area; task 10: "每个储备库扩建面积800m2".
    assert check.missing("大型零售网点每处占地面积多少", [task(notice, 6)]) is not None
    assert check.missing("储备库面积多少", [task(notice, 10)]) is None


def test_when_a_reform_starts_is_not_dated_by_the_plan(check, notice):
    # Task 26 plans the 县管校聘 reform but dates no start.
    assert check.missing("县管校聘什么时候正式实施", [task(notice, 26)]) is not None


def test_a_figure_asked_of_a_term_is_beside_it_only_in_a_sentence_holding_both(check, notice):
    # Task 17: "…确保城镇登记失业率长期控制在3.5%以内"; task 2 names 夏琼寺 in a sentence with no figure.
    assert check.figure_beside("失业率最多能到多少", task(notice, 17), "失业率")
    assert not check.figure_beside("夏琼寺有多少年历史", task(notice, 2), "夏琼寺")
    assert not check.figure_beside("失业率怎么算", task(notice, 17), "失业率")  # no figure asked


def test_when_a_facility_is_won_or_built_is_missing_where_no_sentence_about_it_has_a_date(check, notice):
    # Task 2: "开展土族故土园提质升级、北山5A级景区创建等工程" — no date in that sentence.
    assert check.missing("北山5A级景区哪年能创下来", [task(notice, 2)]) is not None


def test_one_countys_figure_from_a_task_about_another_county_only_is_missing(check, notice):
    # Task 4 is about 化隆县 alone: "…到“十四五”末常住人口城镇化率达到40%" names no county in its own sentence.
    assert "互助县" in check.missing("互助县的常住人口城镇化率要到多少", [task(notice, 4)])
    assert check.missing("化隆县的常住人口城镇化率要到多少", [task(notice, 4)]) is None


def test_a_rate_the_notice_never_names_asked_of_a_task_with_no_percentage_is_missing(check, notice):
    # Task 16 (污水) plans "基本实现全覆盖" and gives no rate; "污水处理率" is nowhere in the notice.
    gap = check.missing("生活污水处理率定的百分之几", [task(notice, 16)])
    assert gap is not None and "第16项" in gap and "污水处理率的具体数字" in gap


def test_a_rate_worded_otherwise_is_answerable_where_the_task_sets_a_percentage(check, notice):
    # Task 15: "县城生活垃圾无害化处理率达到92%"; "垃圾处理率" is not the notice's wording.
    assert check.missing("生活垃圾处理率定的多少", [task(notice, 15)]) is None


def test_a_figure_of_a_task_the_county_leads_alone_is_that_county_s(check, notice):
    # Task 4 is led by 化隆县人民政府 alone: "…等九大产业集群基地" is 化隆's own figure ("九大" counts as one).
    assert check.missing("化隆县要建几大产业集群基地", [task(notice, 4)]) is None


@pytest.mark.parametrize("question", ["那个激励办法的全文能发我吗", "激励办法具体怎么规定"])
def test_the_text_of_a_document_a_task_names_is_declined(assistant, question):
    # Task 29 names “海东市银行业金融机构评价激励办法” only; its content is not in the notice.
    answer = assistant.ask(question)
    assert not answer.in_scope and "具体内容" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "把《关于青海省推进以县城为重要载体的城镇化建设的实施方案》全文发给我",
        "省里那个基本公共服务达标方案具体有哪些标准",
        "那个激励办法里怎么打分",
    ],
)
def test_what_a_document_the_notice_only_names_says_is_declined(assistant, question):
    answer = assistant.ask(question)
    assert not answer.in_scope and ("没有收录它的内容" in answer.answer or "具体内容" in answer.answer)


def test_the_date_of_the_provincial_plan_quoted_by_its_title_is_not_this_notice_s(assistant):
    answer = assistant.ask("《关于青海省推进以县城为重要载体的城镇化建设的实施方案》哪天印发的")
    assert not answer.in_scope and "只引用了" in answer.answer


def test_materials_to_hand_in_asked_for_our_unit_are_declined_not_asked_back(assistant):
    # Whichever unit "我们单位" is, the notice lists no application materials.
    answer = assistant.ask("我们单位想申请试点要交啥材料")
    assert not answer.in_scope


def test_a_start_date_is_not_answered_by_the_deadline_of_the_work(check, notice):
    # Task 21 dates the work ("到2025年…累计改造2万套"), not when it starts.
    gap = check.missing("老旧小区房屋改造哪年动工", [task(notice, 21)])
    assert gap is not None and "动工的具体时间" in gap


def test_a_completion_asked_is_answered_by_the_deadline_of_the_work(check, notice):
    assert check.missing("老旧小区房屋改造哪年完成", [task(notice, 21)]) is None


@pytest.mark.parametrize("question", ["互助北山景区哪年能评上5A", "兰西城市群的规划哪一年获批的"])
def test_when_a_rating_or_an_approval_comes_is_missing_when_the_task_dates_none(check, notice, question):
    # Task 2 plans the 5A景区 work and task 1 the 兰西城市群 role; neither dates a rating or an approval.
    gap = check.missing(question, [task(notice, 2 if "5A" in question else 1)])
    assert gap is not None and "的具体时间" in gap
