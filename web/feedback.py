"""Feedback on answers from the page (👍/👎 on a reply) and from scripts (``POST /api/feedback``).

Both go through :func:`record_feedback`: the values are checked here with Chinese
messages naming the bad value, then :func:`qa.feedback.make_record` stamps the
record and :meth:`qa.feedback.FeedbackStore.append` returns only once it is fsynced.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from qa.feedback import MAX_COMMENT_CHARS, MAX_TEXT_CHARS, FeedbackRecord, FeedbackStore, Rating, make_record
from web.validation import SHOWN_CHARS, CleanStr

THANKS = "已记录您的反馈，谢谢。"


class FeedbackInputError(ValueError):
    """A feedback value that cannot be stored; the message is Chinese and names the value."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class FeedbackRequest(BaseModel):
    """``POST /api/feedback``: ``{"rating": "up"|"down", "question", "answer", "tasks": [16], "comment"}``."""

    model_config = ConfigDict(extra="forbid")

    rating: str
    question: CleanStr
    answer: CleanStr = ""
    tasks: list[StrictInt] = Field(default_factory=list)
    comment: CleanStr = ""
    notice: CleanStr | None = None  # the library's id of the notice the answer came from; None: the default one


def _shown(value: str) -> str:
    return repr(value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…")


def parse_rating(value: object) -> Rating:
    """``"up"``/``"down"`` (also 👍/👎, +1/-1).

    Raises:
        FeedbackInputError: naming the value.
    """
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return Rating.parse(value.strip())
    except ValueError:
        shown = _shown(value) if isinstance(value, str) else repr(value)
        raise FeedbackInputError("rating", f"rating 应为 up（👍）或 down（👎），收到 {shown}") from None


def check_texts(question: str, answer: str, comment: str) -> None:
    """Lengths the store accepts.

    Raises:
        FeedbackInputError: naming the field, its length and the limit.
    """
    if len(comment) > MAX_COMMENT_CHARS:
        raise FeedbackInputError("comment", f"comment（意见）最多 {MAX_COMMENT_CHARS} 字，收到 {len(comment)} 字")
    for name, value in (("question", question), ("answer", answer)):
        if len(value) > MAX_TEXT_CHARS:
            raise FeedbackInputError(name, f"{name} 最多 {MAX_TEXT_CHARS} 字，收到 {len(value)} 字")
    if not question.strip():
        raise FeedbackInputError("question", "question 不能为空：请给出被评价的问题")


def check_tasks(tasks: Sequence[int], known: Collection[int]) -> tuple[int, ...]:
    """The cited task numbers, each one of the notice's.

    Raises:
        FeedbackInputError: naming the unknown numbers and the valid range.
    """
    unknown = [t for t in tasks if isinstance(t, bool) or not isinstance(t, int) or t not in known]
    if unknown:
        span = f"{min(known)}–{max(known)}" if known else "无"
        raise FeedbackInputError("tasks", f"tasks 中的 {unknown!r} 不是本通知的任务序号（{span}）")
    return tuple(dict.fromkeys(tasks))


def record_feedback(
    store: FeedbackStore,
    known_tasks: Collection[int],
    *,
    rating: object,
    question: str,
    answer: str = "",
    tasks: Sequence[int] = (),
    comment: str = "",
    notice: str = "",
) -> FeedbackRecord:
    """Check, stamp and durably store one piece of feedback; returns the stored record.

    ``notice`` names the notice the answer came from (its id), ``known_tasks`` are that notice's numbers.

    Raises:
        FeedbackInputError: a bad value (nothing is stored).
        OSError: the file could not be written (nothing is acknowledged).
    """
    parsed = parse_rating(rating)
    check_texts(question, answer, comment)
    numbers = check_tasks(tasks, known_tasks)
    try:
        record = make_record(parsed, question, answer, numbers, comment.strip(), notice=notice)
    except (ValueError, TypeError) as exc:  # a rule of the store's that the checks above missed
        raise FeedbackInputError("feedback", f"反馈无法记录：{exc}") from None
    return store.append(record)
