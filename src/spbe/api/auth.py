"""Who calls the API: a personal access token (``Authorization: Bearer spbe_…``) or the
signed-in session of the pages' own calls (with CSRF). Either way the call acts as the user,
with that user's roles; a read-only token cannot write."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import HttpBearer, django_auth

from spbe.api.models import ApiToken
from spbe.api.rate_limit import token_rate_check
from spbe.api.token_selectors import token_presented
from spbe.audit.services import TOKEN_ATTRIBUTE
from spbe.core.errors import NotAllowed

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# ``last_used_at`` is news to its owner, not a log: written at most once this often per token.
LAST_USED_EVERY = datetime.timedelta(seconds=60)


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        now = timezone.now()
        found = token_presented(token, now=now)
        if found is None:
            return None
        token_rate_check(found, now=now)
        if request.method not in SAFE_METHODS and not found.writes:
            raise NotAllowed(_("This token may only read; create a read and write token."))
        token_used(found, now=now)
        setattr(found.user, TOKEN_ATTRIBUTE, found.name)  # the audit log names the token
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        return found.user


AUTH = [BearerToken(), django_auth]


def token_used(token: ApiToken, *, now: datetime.datetime) -> bool:
    """Record that the token was used now, unless that was recorded less than a minute ago.
    The age is checked in the UPDATE itself, so of two concurrent calls only one writes.
    True if this call wrote."""
    if token.last_used_at is not None and token.last_used_at > now - LAST_USED_EVERY:
        return False  # recorded less than a minute ago, as read with the token: no query
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USED_EVERY)
    return ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now) == 1


def token_name(request: HttpRequest) -> str | None:
    """The name of the token the call came with (for the audit log), None for a session."""
    token = getattr(request, "api_token", None)
    return token.name if token is not None else None
