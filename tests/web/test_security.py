"""frame-ancestors from the settings; no X-Frame-Options."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient

from web.security import SecurityHeadersMiddleware, content_security_policy, frame_ancestors


@pytest.mark.parametrize(
    ("origins", "expected"),
    [
        (("*",), "frame-ancestors *"),
        (("https://portal.haidong.gov.cn",), "frame-ancestors https://portal.haidong.gov.cn"),
        (
            ("self", "https://*.gov.cn", "http://127.0.0.1:8080"),
            "frame-ancestors 'self' https://*.gov.cn http://127.0.0.1:8080",
        ),
        (("https:",), "frame-ancestors https:"),
        ((), "frame-ancestors 'none'"),
        (("none",), "frame-ancestors 'none'"),
        (("https://a.cn", "https://a.cn"), "frame-ancestors https://a.cn"),
    ],
)
def test_frame_ancestors(origins: tuple[str, ...], expected: str) -> None:
    assert frame_ancestors(origins) == expected


@pytest.mark.parametrize("bad", ["https://a.cn; script-src *", "not an origin", "https://a.cn,https://b.cn", ""])
def test_a_bad_origin_is_refused_by_name(bad: str) -> None:
    with pytest.raises(ValueError, match="embed origin"):
        frame_ancestors([bad])


def small_app(origins: tuple[str, ...]) -> FastAPI:
    app = FastAPI()
    app.add_middleware(SecurityHeadersMiddleware, csp=content_security_policy(origins))

    @app.get("/")
    def index() -> PlainTextResponse:
        return PlainTextResponse("ok", headers={"X-Frame-Options": "DENY"})

    return app


def test_middleware_sets_csp_and_drops_x_frame_options() -> None:
    response = TestClient(small_app(("https://portal.example.gov.cn",))).get("/")
    assert response.headers["content-security-policy"] == content_security_policy(["https://portal.example.gov.cn"])
    assert "frame-ancestors https://portal.example.gov.cn" in response.headers["content-security-policy"]
    assert "x-frame-options" not in response.headers
    assert response.headers["x-content-type-options"] == "nosniff"
