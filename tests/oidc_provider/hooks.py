"""Tokens a misbehaving provider would issue, each for one test user, signed with its real key."""

from typing import Any

# The ID token of this user names another application as its audience.
OTHER_AUDIENCE = "other-audience"
# The ID token of this user expired an hour before it was issued.
EXPIRED = "expired"


def id_token(claims: dict[str, Any], user: Any, **_kwargs: Any) -> dict[str, Any]:
    if user.username == OTHER_AUDIENCE:
        claims["aud"] = "another-application"
    if user.username == EXPIRED:
        claims["exp"] = claims["iat"] - 3600
    return claims
