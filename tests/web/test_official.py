"""Official style: 〈〉 inside 《》, parts in Chinese numerals, dates without leading zeros."""

from __future__ import annotations

from web.official import book_title, nest_title_marks, official_date, official_style


def test_dates_lose_their_leading_zeros() -> None:
    assert official_date("成文日期：2023年05月09日") == "成文日期：2023年5月9日"
    assert official_date("2023-05-09发布") == "2023年5月9日发布"
    assert official_date("2023年4月14日") == "2023年4月14日"


def test_title_marks_inside_title_marks_become_single() -> None:
    assert nest_title_marks("《印发《方案》的通知》") == "《印发〈方案〉的通知》"
    assert nest_title_marks("《甲》和《乙》") == "《甲》和《乙》"
    plan = "贯彻落实《关于推进城镇化的实施方案》任务分工方案"
    assert book_title(plan) == "《贯彻落实〈关于推进城镇化的实施方案〉任务分工方案》"


def test_official_style_fixes_parts_dates_and_marks_together() -> None:
    assert official_style("第3部分，2023年05月09日，《印发《方案》》") == "第三部分，2023年5月9日，《印发〈方案〉》"
    assert official_style("第16项") == "第16项"  # task numbers stay in digits, as the notice writes them
