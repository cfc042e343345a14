"""Calling the API as a member of the cast, with a token of the scope wanted."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from spbe.api.token_services import token_create
from spbe.organizations.actors import SYSTEM


def token_for(user: Any, *, scope: str = "read", days: int = 90, name: str = "dasbor") -> str:
    _token, text = token_create(actor=SYSTEM, user=user, name=name, scope=scope, days=days)
    return text


def bearer(text: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {text}"}


def get(path: str, token: str | None = None, **query: Any) -> Any:
    headers = bearer(token) if token else {}
    return Client().get(f"/api/v1{path}", query, **headers)


def queries_of(path: str, token: str, **query: Any) -> int:
    """How many database queries one call takes (to show that a list's grows with nothing)."""
    with CaptureQueriesContext(connection) as captured:
        response = get(path, token, **query)
    assert response.status_code == 200, response.content
    return len(captured.captured_queries)
