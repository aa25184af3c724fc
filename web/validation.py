"""Input hygiene for the HTTP API and the page: text that can always be stored and sent back, and
422 replies that say in Chinese exactly which field was wrong and what arrived instead.

JSON allows ``"\\ud800"`` (a lone surrogate) and Python's parser allows ``NaN``; neither can be
written back as UTF-8 JSON, so they are cleaned or refused at the door instead of failing on the
way out.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import AfterValidator

# JSON names of Python types, for messages about what arrived instead.
_JSON_TYPES = {
    type(None): "null",
    bool: "布尔值",
    int: "数字",
    float: "数字",
    str: "字符串",
    list: "数组",
    dict: "对象",
}
SHOWN_CHARS = 40  # how much of a bad value a message quotes


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (surrogate pairs are joined into one character)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


CleanStr = Annotated[str, AfterValidator(clean_text)]


def json_safe(value: Any) -> Any:
    """``value`` with every string cleaned (:func:`clean_text`), for echoing a client's ``id`` back.

    Raises:
        ValueError: naming a non-finite number (NaN, Infinity), which JSON cannot carry.
    """
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"不能是 NaN 或 Infinity（JSON 不支持），收到 {value!r}")
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(str(k)): json_safe(v) for k, v in value.items()}
    return value


def describe_value(value: Any) -> str:
    """``字符串 "abc…"`` / ``数字 5`` / ``null``: what arrived, briefly."""
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    if value is None:
        return kind
    shown = json.dumps(value, ensure_ascii=False, default=str)
    if len(shown) > SHOWN_CHARS:
        shown = shown[:SHOWN_CHARS] + "…"
    return f"{kind} {shown}"


def field_name(loc: Sequence[str | int]) -> str:
    """``("body", "history", 0)`` → ``history[0]``."""
    name = ""
    for part in loc[1:] if loc and loc[0] in {"body", "query", "path", "header"} else loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def describe_error(error: dict[str, Any]) -> str:
    """One pydantic validation error in Chinese, naming the field and the value that arrived."""
    kind, loc = error.get("type", ""), tuple(error.get("loc", ()))
    name, ctx = field_name(loc), error.get("ctx") or {}
    where = "查询参数" if loc[:1] == ("query",) else "字段"
    got = describe_value(error.get("input"))
    if kind == "json_invalid":
        position = loc[-1] if loc and isinstance(loc[-1], int) else "?"
        return f"请求体不是合法的 JSON（第{position}个字符附近：{ctx.get('error', '格式错误')}）"
    if kind == "missing":
        return f"缺少{where} {name}" if name else "缺少请求体：应为 JSON 对象"
    if kind in {"model_attributes_type", "dict_type", "model_type"}:
        return f'请求体应为 JSON 对象（如 {{"question": "谁牵头污水处理"}}），收到 {got}'
    if kind == "string_type":
        return f"{where} {name} 应为字符串，收到 {got}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"{where} {name} 应为整数，收到 {got}"
    if kind in {"list_type", "tuple_type"}:
        return f"{where} {name} 应为数组，收到 {got}"
    if kind == "extra_forbidden":
        return f"未知字段 {name}（值为 {got}），请检查拼写"
    if kind == "string_pattern_mismatch":
        return f"{where} {name} 的取值 {got} 不在允许范围内（{ctx.get('pattern', '')}）"
    if kind == "value_error":
        reason = str(ctx.get("error", error.get("msg", "")))
        return f"{where} {name} {reason}"
    return f"{where} {name} 有误：{error.get('msg', kind)}（收到 {got}）"


def plain_errors(errors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors without the echoed input (may be huge or not encodable), each with a Chinese message."""
    return [
        {"loc": list(error.get("loc", ())), "type": error.get("type", ""), "msg": describe_error(error)}
        for error in errors
    ]


def unprocessable(message: str, detail: list[dict[str, Any]]) -> JSONResponse:
    """A 422 reply: ``{"error": message, "detail": [{"loc", "type", "msg"}]}``."""
    return JSONResponse({"error": message, "detail": detail}, status_code=422)


async def validation_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's request-validation errors as a 422 with Chinese, field-precise messages."""
    errors = plain_errors(exc.errors() if isinstance(exc, RequestValidationError) else [])
    message = "；".join(dict.fromkeys(e["msg"] for e in errors)) or "请求格式有误"
    return unprocessable("请求格式有误：" + message, errors)
