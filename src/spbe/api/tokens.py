"""The form of a personal access token: ``spbe_<prefix>_<secret>``.

The prefix (8 characters) is stored in clear, so that a token can be named and revoked by it;
of the whole token only the SHA-256 is stored, so that a stolen database does not give the
token away. Pure Python: no Django imports.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

PREFIX = "spbe_"
PREFIX_LENGTH = 8
_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l: read aloud or retyped safely


@dataclass(frozen=True)
class NewToken:
    text: str  # shown to its owner once, never stored
    prefix: str
    digest: str


def new_token() -> NewToken:
    prefix = "".join(secrets.choice(_ALPHABET) for _ in range(PREFIX_LENGTH))
    text = f"{PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    return NewToken(text=text, prefix=prefix, digest=token_digest(text))


def token_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prefix_of(text: str) -> str | None:
    """The prefix of something that looks like a token, else None."""
    if not text.startswith(PREFIX):
        return None
    prefix, separator, secret = text[len(PREFIX) :].partition("_")
    if len(prefix) != PREFIX_LENGTH or not separator or not secret:
        return None
    return prefix
