"""Response headers for embedding: ``Content-Security-Policy: frame-ancestors`` from the settings.

The app is meant to be framed by other sites, so it never sends
``X-Frame-Options`` (which cannot express an allow-list); the CSP
``frame-ancestors`` directive decides who may frame it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# A CSP source expression usable in frame-ancestors: a keyword, a scheme, or scheme://host[:port][/path].
_KEYWORDS = {"*", "'self'", "'none'"}
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:$", re.IGNORECASE)
_HOST_SOURCE = re.compile(
    r"^(?:[a-z][a-z0-9+.\-]*://)?"  # optional scheme
    r"(?:\*|(?:\*\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*|\[[0-9a-f:]+\])"  # host, *.host or [ipv6]
    r"(?::(?:\d{1,5}|\*))?"  # optional port
    r"(?:/[^\s;,]*)?$",  # optional path
    re.IGNORECASE,
)


def frame_ancestors(origins: Iterable[str]) -> str:
    """The ``frame-ancestors`` directive for ``origins``.

    ``("*",)`` allows any site to frame the app; ``()`` or ``("'none'",)`` none.

    Raises:
        ValueError: naming an origin that is not a valid CSP source expression.
    """
    sources: list[str] = []
    for origin in origins:
        value = origin.strip()
        lowered = value.lower()
        if lowered in {"self", "none"}:
            value = f"'{lowered}'"
        elif not (value in _KEYWORDS or _SCHEME.match(value) or _HOST_SOURCE.match(value)):
            raise ValueError(
                f"embed origin {origin!r} is not a valid frame-ancestors source "
                "(use *, 'self', 'none', a scheme like https:, or an origin like https://example.gov.cn)"
            )
        sources.append(value)
    if not sources or "'none'" in sources:
        return "frame-ancestors 'none'"
    return "frame-ancestors " + " ".join(dict.fromkeys(sources))


def content_security_policy(origins: Iterable[str]) -> str:
    """The CSP header value: who may frame the page, plus two directives that never get in Gradio's way."""
    return f"{frame_ancestors(origins)}; object-src 'none'; base-uri 'self'"


class SecurityHeadersMiddleware:
    """Pure ASGI middleware (safe for Gradio's streaming responses) setting the embedding headers."""

    def __init__(self, app: ASGIApp, *, csp: str) -> None:
        self.app = app
        self.csp = csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                del headers["x-frame-options"]
                headers["Content-Security-Policy"] = self.csp
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def cors_origin(origin: str, allowed: Iterable[str]) -> str | None:
    """The ``Access-Control-Allow-Origin`` value for a request from ``origin``, or None to refuse.

    The sites allowed to embed the page may also call the API from it (the ``<gradio-app>`` web component
    runs in the host page, so its questions are cross-origin requests): ``*`` allows any site.
    """
    sources = {a.strip().rstrip("/") for a in allowed}
    if "*" in sources:
        return "*"
    return origin if origin and origin.rstrip("/") in sources else None


class ApiCorsMiddleware:
    """CORS for ``/api/`` routes only (Gradio's own routes keep Gradio's rule); the API uses no cookies."""

    def __init__(self, app: ASGIApp, *, origins: Iterable[str]) -> None:
        self.app = app
        self.origins = tuple(origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        origin = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"origin"), "")
        allowed = cors_origin(origin, self.origins) if origin else None
        if scope["method"] == "OPTIONS" and origin:
            headers = [(b"vary", b"Origin"), (b"content-length", b"0")]
            if allowed:
                headers += [
                    (b"access-control-allow-origin", allowed.encode("latin-1")),
                    (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
                    (b"access-control-allow-headers", b"Content-Type"),
                    (b"access-control-max-age", b"600"),
                ]
            await send({"type": "http.response.start", "status": 204 if allowed else 403, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and allowed:
                headers = MutableHeaders(scope=message)
                headers["Access-Control-Allow-Origin"] = allowed
                headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)
