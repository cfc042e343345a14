"""Single sign-on with OpenID Connect: one identity provider, configured by ``SPBE_OIDC_*``.

The authorisation-code flow with PKCE (S256), state and nonce is authlib's Django client; it
checks the ID token's signature against the provider's published keys, and its issuer,
audience, expiry and nonce. This module decides who the token names: the claim
``SPBE_OIDC_CLAIM`` must match exactly one active user on ``SPBE_OIDC_USER_FIELD``. Nobody
is created unless ``SPBE_OIDC_CREATE_USERS`` is on, and then with no agency and no role.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from spbe.audit.services import audit_record

# The leeway for clock differences when the expiry and issue time are checked.
CLOCK_LEEWAY_SECONDS = 60


def is_configured() -> bool:
    return bool(getattr(settings, "SPBE_OIDC_ISSUER", ""))


def button_label() -> str:
    return str(settings.SPBE_OIDC_LABEL)


def password_login_only_for_admins() -> bool:
    """With SSO on, ``SPBE_OIDC_PASSWORD_LOGIN=admins`` keeps passwords for superusers only."""
    return is_configured() and settings.SPBE_OIDC_PASSWORD_LOGIN == "admins"


@functools.lru_cache(maxsize=4)
def _client_for(issuer: str, client_id: str, client_secret: str, scopes: str) -> Any:
    # One client per configuration and process: it keeps the provider's discovery document
    # and keys, and fetches the keys again when a token names a key it does not know. Authlib
    # is imported here, when SSO is first used: every command and process that loads the admin
    # imports this module, and most never sign anyone in through SSO.
    from authlib.integrations.django_client import OAuth

    registry = OAuth()
    return registry.register(
        "spbe",
        client_id=client_id,
        client_secret=client_secret,
        server_metadata_url=f"{issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": scopes, "code_challenge_method": "S256", "timeout": 10},
    )


def client() -> Any:
    return _client_for(
        settings.SPBE_OIDC_ISSUER,
        settings.SPBE_OIDC_CLIENT_ID,
        settings.SPBE_OIDC_CLIENT_SECRET,
        settings.SPBE_OIDC_SCOPES,
    )


def claims_options() -> dict[str, Any]:
    """The ID token must come from the configured issuer (whatever discovery says), for us.

    authlib checks the audience only when told to; without this an ID token for another
    application would be refused by the ``azp`` rule alone, and taken if it carried one.
    """
    return {
        "iss": {"essential": True, "values": [settings.SPBE_OIDC_ISSUER]},
        "aud": {"essential": True, "values": [settings.SPBE_OIDC_CLIENT_ID]},
        "exp": {"essential": True},
    }


@dataclass(frozen=True)
class Match:
    user: Any | None
    reason: str  # "matched", "created", "unknown", "ambiguous", "no_claim"
    value: str


def match_user(claims: dict[str, Any]) -> Match:
    """The one active user the token's claim names, or why there is none."""
    value = str(claims.get(settings.SPBE_OIDC_CLAIM) or "").strip()
    if not value:
        return Match(None, "no_claim", "")
    field = settings.SPBE_OIDC_USER_FIELD
    users = list(
        get_user_model().objects.filter(**{f"{field}__iexact": value, "is_active": True})[:2]
    )
    if len(users) == 1:
        return Match(users[0], "matched", value)
    if users:
        return Match(None, "ambiguous", value)
    if settings.SPBE_OIDC_CREATE_USERS:
        return _created(claims, field, value)
    return Match(None, "unknown", value)


def _created(claims: dict[str, Any], field: str, value: str) -> Match:
    username = value if field == "username" else str(claims.get("preferred_username") or value)
    User = get_user_model()
    with transaction.atomic():
        if User.objects.filter(username__iexact=username).exists():
            return Match(None, "unknown", value)
        user = User(
            username=username[:150],
            email=str(claims.get("email") or (value if field == "email" else ""))[:254],
            first_name=str(claims.get("given_name") or "")[:150],
            last_name=str(claims.get("family_name") or "")[:150],
        )
        user.set_unusable_password()
        user.save()
        audit_record(
            actor=None,
            action="oidc.user_create",
            target=user,
            summary=user.username,
            data={"claim": settings.SPBE_OIDC_CLAIM, "value": value, "sub": claims.get("sub")},
        )
    return Match(user, "created", value)
