"""Writing through the API as a member of the cast: a JSON body, a token, optional headers."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.api.helpers import bearer


def send(method: str, path: str, token: str, body: dict[str, Any], **headers: str) -> Any:
    """``method`` (put, post) with a JSON ``body``; ``if_match="3"`` sends If-Match: "3"."""
    extra = bearer(token)
    if "if_match" in headers:
        extra["HTTP_IF_MATCH"] = headers.pop("if_match")
    return getattr(Client(), method)(
        f"/api/v1{path}", data=body, content_type="application/json", **extra, **headers
    )
