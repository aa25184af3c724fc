"""Command line: ``python -m qa ask|tasks|info`` (a stable interface: scripts depend on it).

Exit codes:
    0  answered (every batch line answered)
    1  a batch ran but some lines were malformed (each reported on its own output line)
    2  usage error (bad arguments)
    3  an input file (batch file, notice) is missing, unreadable or malformed
    4  the model or index could not be loaded
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from index.encoder import EncoderBackend
from index.fusion import FusionMode
from qa.settings import Settings, cache_dir_overrides
from qa.startup import resume_gc

if TYPE_CHECKING:
    from qa.answer import Answer

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INPUT, EXIT_MODEL = 0, 1, 2, 3, 4


class UsageError(Exception):
    """Bad command-line arguments."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print and exit; we report in JSON when asked
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m qa", description="任务分工问答助手（内置：海东市东政办〔2023〕26号；--notice 换用其他通知）"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON")
        p.add_argument("--notice", type=Path, help="parse another notice file of the same form")
        p.add_argument("--notices", type=Path, metavar="DIR", help="a folder of notices to answer from as well")
        p.add_argument("--no-builtin", action="store_true", help="with --notices: leave out the built-in notice")
        p.add_argument("--notice-id", metavar="ID", help="answer from this notice of the library (its file name stem)")
        p.add_argument(
            "--model", help="sentence-transformers model name or path (default: built-in multilingual-e5-small)"
        )
        p.add_argument("--cache-dir", type=Path, help="where the model folder and index cache live")
        p.add_argument(
            "--no-cache", action="store_true", help="build the index in memory; do not read or write the cache"
        )
        p.add_argument("--fusion", choices=[m.value for m in FusionMode], help="how BM25 and dense rankings are fused")
        p.add_argument(
            "--encoder",
            choices=[m.value for m in EncoderBackend],
            help="what runs the embedding model (default onnx; torch where the model folder has no onnx/model.onnx)",
        )

    ask = sub.add_parser("ask", help="answer a question")
    common(ask)
    ask.add_argument("question", nargs="?", help="the question (omit with --batch)")
    ask.add_argument("--history", action="append", default=[], help="an earlier question (repeat, oldest first)")
    ask.add_argument("--batch", type=Path, help='JSON lines {"id", "question", "history"}; one answer line per input')

    tasks = sub.add_parser("tasks", help="print the parsed tasks")
    common(tasks)
    info = sub.add_parser("info", help="print the settings and model location")
    common(info)
    feedback = sub.add_parser("feedback", help="print the stored feedback on answers")
    common(feedback)
    parse = sub.add_parser("parse", help="parse a notice file (.txt/.docx/.pdf/.html) and report what was understood")
    parse.add_argument("file", type=Path, help="the notice file")
    parse.add_argument("--report", action="store_true", help="list tasks without units and skipped lines, with why")
    parse.add_argument("--json", action="store_true", help="print JSON")
    return parser


def settings_from_args(args: argparse.Namespace, base: Settings) -> Settings:
    overrides: dict[str, Any] = {
        "notice_path": args.notice,
        "embedding_model": args.model,
        "fusion": args.fusion,
        "encoder": args.encoder,
    }
    if args.cache_dir is not None:
        overrides.update(cache_dir_overrides(args.cache_dir))
    if args.no_cache:
        overrides["use_cache"] = False
    if args.notices is not None:
        overrides["notices_dir"] = args.notices
    if args.no_builtin:
        overrides["include_builtin"] = False
    return base.with_overrides(**overrides)


def _library_mode(args: argparse.Namespace, settings: Settings) -> bool:
    return settings.uses_library or args.notice_id is not None


def _check_notice_id(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int | None:
    """Exit 2 naming the valid ids when ``--notice-id`` is not one of the library (None: fine)."""
    if args.notice_id is None:
        return None
    from qa.factory import library_entries

    ids = [e.notice_id for e in library_entries(settings, progress=lambda m: print(m, file=err))]
    if args.notice_id in ids:
        return None
    from qa.library import UnknownNoticeError

    return _fail(out, err, args.json, EXIT_USAGE, f"用法错误：{UnknownNoticeError(args.notice_id, ids).chinese}")


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command == "parse":  # reads one file; needs no settings
            return _parse(args, out, err)
        settings = settings_from_args(args, Settings.from_env())
    except (UsageError, ValueError) as exc:
        return _fail(out, err, as_json, EXIT_USAGE, f"用法错误：{exc}（python -m qa --help 查看用法）")
    if args.command == "tasks":
        return _tasks(args, settings, out, err)
    if args.command == "info":
        return _info(args, settings, out, err)
    if args.command == "feedback":
        return _feedback(args, settings, out, err)
    return _ask(args, settings, out, err)


def _fail(out: TextIO, err: TextIO, as_json: bool, code: int, message: str) -> int:
    if as_json:
        _emit(out, {"error": message, "exit_code": code})
    else:
        print(message, file=err)
    return code


def _emit(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def _tasks(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from corpus import load_notice
    from corpus.export import tasks_payload

    try:
        if _library_mode(args, settings):
            from qa.factory import library_entries

            failed = _check_notice_id(args, settings, out, err)
            if failed is not None:
                return failed
            entries = library_entries(settings, progress=lambda m: print(m, file=err))
            notice = next(e.notice for e in entries if args.notice_id in (None, e.notice_id))
        else:
            notice = load_notice(settings.notice_path)
    except (OSError, ValueError) as exc:
        from corpus.parser import NoticeParseError
        from corpus.readers.errors import reason_in_chinese

        source = settings.notices_dir if settings.uses_library else settings.notice_path
        what = "无法解析通知" if isinstance(exc, NoticeParseError) else "无法读取通知文件"
        return _fail(out, err, args.json, EXIT_INPUT, f"{what} {source}：{reason_in_chinese(exc)}")
    if args.json:
        payload = tasks_payload(notice)
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for t in notice.tasks:
        out.write(f"{t.number:>2}. [{t.section}] {t.title}\n    牵头：{'、'.join(t.lead_units) or '—'}\n")
        out.write(f"    责任：{'、'.join(t.responsible_units) or '—'}\n")
    return EXIT_OK


def _parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``qa parse FILE [--report] [--json]``: tasks found, tasks without units, skipped lines and why."""
    from corpus.formats import read_notice_document
    from corpus.parser import NoticeParseError, parse_notice_with_report
    from corpus.readers.errors import reason_in_chinese

    try:
        text = read_notice_document(args.file)
    except OSError as exc:
        return _fail(out, err, args.json, EXIT_INPUT, f"无法读取通知文件 {args.file}：{exc.strerror or exc}")
    except ValueError as exc:
        return _fail(out, err, args.json, EXIT_INPUT, f"无法读取通知文件 {args.file}：{reason_in_chinese(exc)}")
    try:
        notice, report = parse_notice_with_report(text)
    except NoticeParseError as exc:
        return _fail(out, err, args.json, EXIT_INPUT, f"无法解析通知 {args.file}：{exc.chinese}")
    except Exception as exc:  # a parser bug must still not end in a traceback for the person loading a notice
        logging.getLogger(__name__).debug("parsing %s failed", args.file, exc_info=True)
        message = f"无法解析通知 {args.file}：解析程序出错（{type(exc).__name__}），请把这份文件交给维护人员"
        return _fail(out, err, args.json, EXIT_INPUT, message)
    if args.json:
        payload: dict[str, Any] = {
            "file": str(args.file),
            "doc_number": notice.meta.doc_number,
            "title": notice.meta.title,
            "tasks": [
                {
                    "task": t.number,
                    "label": t.label,
                    "title": t.title,
                    "lead_units": list(t.lead_units),
                    "responsible_units": list(t.responsible_units),
                }
                for t in notice.tasks
            ],
        }
        if args.report:
            payload["report"] = report.to_json()
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    meta = notice.meta
    out.write(f"{meta.doc_number or '（无文号）'} {meta.title or meta.plan_title}\n")
    kinds = "、".join(k.chinese for k in report.layouts) or "—"
    out.write(f"共找到 {len(notice.tasks)} 项任务，{len(notice.sections)} 个部分；版式：{kinds}\n")
    for t in notice.tasks:
        out.write(f"{t.label or t.number:>6} {t.title}\n       牵头：{'、'.join(t.lead_units) or '—'}")
        out.write(f"｜责任：{'、'.join(t.responsible_units) or '—'}\n")
    if args.report:
        missing = "、".join(report.tasks_without_units) or "无"
        out.write(f"\n没有单位的任务：{missing}\n")
        if report.first_listed_rule_line is not None:
            rule = report.first_listed_rule_line
            out.write(
                f"第{rule}行规定“列第一位者为牵头单位”，各任务按此读出牵头单位（该行之前只列单位、未标角色的任务也适用）\n"
            )
        for note in report.notes:
            out.write(f"请核对：{note}\n")
        out.write(f"跳过的行（{len(report.skipped)}）：\n")
        for line in report.skipped:
            out.write(f"  第{line.line_no}行 {line.reason}：{line.text[:40]}\n")
    return EXIT_OK


def _info(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from qa.factory import describe, locate_model

    try:
        location = locate_model(settings, progress=lambda m: print(m, file=err))
    except (OSError, ValueError) as exc:
        return _fail(out, err, args.json, EXIT_MODEL, f"无法定位嵌入模型：{exc}")
    data = describe(settings, location)
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for key, value in data.items():
            out.write(f"{key}: {value}\n")
    return EXIT_OK


def _feedback(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from qa.feedback import FeedbackStore

    try:
        log = FeedbackStore(settings.feedback_path).read()
    except OSError as exc:
        return _fail(out, err, args.json, EXIT_INPUT, f"无法读取反馈文件 {settings.feedback_path}：{exc}")
    if args.json:
        payload = {
            "path": str(settings.feedback_path),
            "count": len(log.records),
            "records": [r.to_json() for r in log.records],
            "skipped_lines": list(log.skipped_lines),
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for r in log.records:
        notice = f"【{r.notice}】" if r.notice else ""  # which notice of a library the answer came from
        tasks = f"第{'、'.join(str(t) for t in r.tasks)}项" if r.tasks else "（未引用任务）"
        out.write(f"{r.time} {'👍' if r.rating == 'up' else '👎'} {r.question} → {notice}{tasks} {r.comment}\n")
    out.write(f"共{len(log.records)}条反馈（{settings.feedback_path}）\n")
    return EXIT_OK


def _batch_items(path: Path) -> Iterator[tuple[int, Any, str | None, list[str], str | None]]:
    """Yield (line number, id, question, history, error) for each non-blank line."""
    with open(path, encoding="utf-8-sig") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield line_no, None, None, [], f"第{line_no}行不是合法的 JSON：{exc.msg}"
                continue
            if not isinstance(item, dict):
                yield line_no, None, None, [], f"第{line_no}行应是 JSON 对象"
                continue
            question, history = item.get("question"), item.get("history", [])
            if history is None:
                history = []
            if not isinstance(question, str):
                yield line_no, item.get("id"), None, [], f"第{line_no}行缺少字符串字段 question"
            elif not isinstance(history, list) or not all(isinstance(h, str) for h in history):
                yield line_no, item.get("id"), None, [], f"第{line_no}行的 history 应是字符串列表"
            else:
                yield line_no, item.get("id"), question, history, None


def _ask(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    if args.batch is None and not args.question:
        return _fail(out, err, args.json, EXIT_USAGE, "用法错误：请给出问题，或用 --batch 指定问题文件")
    if args.batch is not None and args.question:
        return _fail(out, err, args.json, EXIT_USAGE, "用法错误：--batch 与单个问题不能同时使用")
    if args.batch is not None and not args.batch.is_file():
        return _fail(out, err, args.json, EXIT_INPUT, f"找不到问题文件：{args.batch}")
    from qa.factory import build_assistant, build_library_assistant

    if _library_mode(args, settings):
        try:
            failed = _check_notice_id(args, settings, out, err)
        except (OSError, ValueError) as exc:
            return _fail(out, err, args.json, EXIT_INPUT, f"无法读取通知文件夹 {settings.notices_dir}：{exc}")
        if failed is not None:
            return failed
    try:
        if _library_mode(args, settings):
            library = build_library_assistant(settings, progress=lambda m: print(m, file=err))
            notice_id = args.notice_id

            def ask(question: str, history: list[str]) -> Answer:
                return library.ask(question, history, notice=notice_id)
        else:
            assistant = build_assistant(settings, progress=lambda m: print(m, file=err))
            ask = assistant.ask
    except (OSError, ValueError, RuntimeError) as exc:
        return _fail(out, err, args.json, EXIT_MODEL, f"无法加载模型或索引：{exc}")
    resume_gc()  # start-up is over (see qa.startup); a long batch collects as usual

    if args.batch is None:
        answer = ask(args.question, args.history)
        if args.json:
            _emit(out, answer.to_json())
        else:
            out.write(answer.answer + "\n")
            for c in answer.citations:
                source = f"{c.notice.short_label} " if c.notice is not None else ""
                out.write(f"  · {source}第{c.task}项「{c.title}」 牵头：{'、'.join(c.lead_units) or '—'}\n")
        return EXIT_OK

    failures = 0
    try:
        for line_no, item_id, question, history, error in _batch_items(args.batch):
            if error is not None:
                failures += 1
                _emit(out, {"id": item_id, "line": line_no, "error": error})
                continue
            answer = ask(question or "", history)
            data = answer.to_json(item_id)
            if not args.json:
                out.write(f"[{item_id}] {answer.answer}\n")
            else:
                _emit(out, data)
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(out, err, args.json, EXIT_INPUT, f"读取问题文件失败：{exc}")
    return EXIT_PARTIAL if failures else EXIT_OK
