"""Calling the API as a member of the cast, with a token of the scope wanted."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from spbe.api.token_services import token_create
from spbe.organizations.actors import SYSTEM
from spbe.planning.models import Action


def token_for(user: Any, *, scope: str = "read", days: int = 90, name: str = "dasbor") -> str:
    _token, text = token_create(actor=SYSTEM, user=user, name=name, scope=scope, days=days)
    return text


def bearer(text: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {text}"}


def get(path: str, token: str | None = None, **query: Any) -> Any:
    headers = bearer(token) if token else {}
    return Client().get(f"/api/v1{path}", query, **headers)


def send(
    method: str, path: str, token: str | None = None, body: Any = None, *, if_match: str = ""
) -> Any:
    """``method`` (post, put, patch, delete) with a JSON body; ``if_match='"3"'`` sends it as
    the If-Match header."""
    headers = bearer(token) if token else {}
    if if_match:
        headers["HTTP_IF_MATCH"] = if_match
    call = getattr(Client(), method)
    return call(f"/api/v1{path}", data=body or {}, content_type="application/json", **headers)


def an_action(cast: Any) -> Action:
    """The cast's evaluation's one action (made once, without the services' audit event):
    indicator 1 from 1 to 2, led by the PIC's unit."""
    action = Action.objects.filter(evaluation=cast.evaluation).order_by("pk").first()
    if action is None:
        assessment = cast.evaluation.assessments.get(indicator__number=1)
        action = Action.objects.create(
            evaluation=cast.evaluation,
            indicator=assessment.indicator,
            from_value=Decimal(1),
            to_level=2,
            cost=Decimal(10),
            lead_unit=cast.unit,
            deadline=datetime.date(2026, 12, 15),
        )
    return action


def queries_of(path: str, token: str, **query: Any) -> int:
    """How many database queries one call takes (to show that a list's grows with nothing).
    The call is the token's second: its first in a minute also writes its last-used time."""
    get(path, token, **query)
    with CaptureQueriesContext(connection) as captured:
        response = get(path, token, **query)
    assert response.status_code == 200, response.content
    return len(captured.captured_queries)
