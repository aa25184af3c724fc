"""Why a notice file could not be read, for programmers and, in Chinese, for the people who load it."""

from __future__ import annotations


class NoticeReadError(ValueError):
    """A notice file whose content cannot be read as text; :attr:`chinese` says why, for users."""

    def __init__(self, message: str, chinese: str) -> None:
        super().__init__(message)
        self.chinese = chinese

    def naming(self, path: object) -> NoticeReadError:
        """The same error with the file's name in front of both messages."""
        return NoticeReadError(f"{path}: {self}", self.chinese)


def reason_in_chinese(exc: BaseException) -> str:
    """The Chinese reason an error carries (``chinese``), else its own message."""
    return getattr(exc, "chinese", None) or str(exc)
