"""An uploaded file kept between a preview and its confirmation, in the user's own session.

A page that previews an import before applying it must apply exactly the file it previewed,
without asking for it again and without trusting anything the browser sends back but a token.
The bytes stay on the server, in the session of the user who uploaded them (so nobody else
can confirm them), under a key that names the page's subject, with a random token that the
confirmation form carries and the SHA-256 of the bytes, checked when they are read back. A
new upload for the same key replaces the old one; a confirmed or abandoned one is dropped.

Files kept this way are small (the result imports take at most 1 MB); evidence documents go
through the evidence app's storage instead.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

_PREFIX = "staged-upload:"


@dataclass(frozen=True)
class StagedUpload:
    token: str
    name: str
    content: bytes
    sha256: str
    meta: dict[str, Any]


def stage_upload(
    request: HttpRequest, key: str, *, name: str, content: bytes, meta: dict[str, Any]
) -> StagedUpload:
    """Keep ``content`` for ``key`` in the session, with JSON-able ``meta``; a fresh token."""
    staged = StagedUpload(
        token=secrets.token_urlsafe(16),
        name=name,
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        meta=meta,
    )
    request.session[_PREFIX + key] = {
        "token": staged.token,
        "name": name,
        "content": base64.b64encode(content).decode("ascii"),
        "sha256": staged.sha256,
        "meta": meta,
    }
    return staged


def staged_upload(request: HttpRequest, key: str, token: str) -> StagedUpload | None:
    """The upload kept for ``key`` if ``token`` is its token and its bytes are intact."""
    kept = request.session.get(_PREFIX + key)
    if not isinstance(kept, dict) or not token:
        return None
    if not secrets.compare_digest(str(kept.get("token", "")), token):
        return None
    try:
        content = base64.b64decode(kept["content"], validate=True)
    except (KeyError, ValueError, TypeError):
        return None
    if hashlib.sha256(content).hexdigest() != kept.get("sha256"):
        return None
    return StagedUpload(
        token=token,
        name=str(kept.get("name", "")),
        content=content,
        sha256=kept["sha256"],
        meta=dict(kept.get("meta") or {}),
    )


def discard_upload(request: HttpRequest, key: str) -> None:
    request.session.pop(_PREFIX + key, None)
