"""``python -m qa parse FILE --report``: what a new notice was understood as, or why it was not."""

from __future__ import annotations

import io
import json

from qa.cli import EXIT_INPUT, EXIT_OK, main
from tests.documents import to_docx

NOTICE = "一、总则\n1. 甲任务。（市发改委牵头，市财政局按职责分工负责）\n2. 乙任务。\n\n相关链接\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_report_lists_tasks_tasks_without_units_and_skipped_lines(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(NOTICE, encoding="utf-8")
    code, out, _ = run("parse", str(path), "--report", "--json")
    data = json.loads(out)
    assert code == EXIT_OK
    assert [(t["label"], t["lead_units"], t["responsible_units"]) for t in data["tasks"]] == [
        ("1", ["市发改委"], ["市财政局"]),
        ("2", [], []),
    ]
    assert data["report"]["tasks_without_units"] == ["2"]
    assert data["report"]["skipped_lines"] == [{"line": 5, "text": "相关链接", "reason": "不属于任何任务的文字"}]


def test_the_readable_report_says_how_many_tasks_were_found(tmp_path):
    path = tmp_path / "n.docx"
    path.write_bytes(to_docx(NOTICE))
    code, out, _ = run("parse", str(path), "--report")
    assert code == EXIT_OK
    assert "共找到 2 项任务" in out
    assert "没有单位的任务：2" in out


def test_a_notice_that_cannot_be_parsed_exits_3_with_a_chinese_message_naming_the_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("一、总则\n1. 甲。\n牵头单位：甲局\n牵头单位：乙局\n", encoding="utf-8")
    code, out, _ = run("parse", str(path), "--json")
    assert code == EXIT_INPUT
    error = json.loads(out)["error"]
    assert "第4行" in error and "牵头单位：乙局" in error


def test_a_missing_file_exits_3(tmp_path):
    code, _, err = run("parse", str(tmp_path / "none.txt"))
    assert code == EXIT_INPUT
    assert "无法读取通知文件" in err


def test_qa_tasks_reads_a_notice_in_any_format(tmp_path):
    path = tmp_path / "notice.bin"  # the name says nothing: the content is a Word document
    path.write_bytes(to_docx(NOTICE))
    code, out, _ = run("tasks", "--json", "--notice", str(path))
    assert code == EXIT_OK
    assert [t["lead_units"] for t in json.loads(out)["tasks"]] == [["市发改委"], []]


def test_a_damaged_pdf_exits_3_with_a_chinese_reason_and_no_traceback(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(b"%PDF-1.4 not really a PDF")
    code, _, err = run("parse", str(path))
    assert code == EXIT_INPUT
    assert "PDF 文件已损坏" in err and "Traceback" not in err


def test_a_parser_failure_of_another_kind_still_exits_3_with_a_chinese_message(tmp_path, monkeypatch):
    import corpus.parser

    def broken(text):
        raise IndexError("list index out of range")

    monkeypatch.setattr(corpus.parser, "parse_notice_with_report", broken)
    path = tmp_path / "n.txt"
    path.write_text(NOTICE, encoding="utf-8")
    code, out, _ = run("parse", str(path), "--json")
    assert code == EXIT_INPUT
    assert "解析程序出错（IndexError）" in json.loads(out)["error"]


def test_the_readable_report_asks_to_check_what_the_parser_could_not_settle(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(
        "序号 | 工作任务 | 牵头单位 | 督办科室意见 | 完成时限\n1 | 推进甲项目 | 市发改委 | 按月调度 | 2024年底\n",
        encoding="utf-8",
    )
    code, out, _ = run("parse", str(path), "--report")
    assert code == EXIT_OK
    assert "请核对：第1行表头中未识别的列：督办科室意见" in out
