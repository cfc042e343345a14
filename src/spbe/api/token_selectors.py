"""Reading tokens: a user's own, and the token a request presents."""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.db.models import QuerySet

from spbe.api.models import ApiToken
from spbe.api.tokens import prefix_of, token_digest


def tokens_of(user: Any) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user)


def token_presented(text: str, *, now: datetime.datetime) -> ApiToken | None:
    """The usable token whose text this is (not revoked, not expired), else None."""
    prefix = prefix_of(text.strip())
    if prefix is None:
        return None
    token = ApiToken.objects.select_related("user").filter(prefix=prefix).first()
    if token is None or not secrets.compare_digest(token.digest, token_digest(text.strip())):
        return None
    if not token.usable(now) or not token.user.is_active:
        return None
    return token
