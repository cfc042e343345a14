"""Writing the audit log. Called inside the same transaction as the change it records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from django.db import models

from spbe.audit.models import AuditEvent

# Set on the request's user object by the API's token authentication (``spbe.api.auth``): a
# change made through the API is recorded with the name of the token it came with.
TOKEN_ATTRIBUTE = "spbe_api_token_name"


def _with_token(actor: Any, data: dict[str, Any] | None) -> dict[str, Any]:
    token = getattr(actor, TOKEN_ATTRIBUTE, None)
    return {**(data or {}), "token": token} if token else (data or {})


class AuditEntry(NamedTuple):
    """One change of a batch, for ``audit_record_many``."""

    action: str
    target: models.Model
    summary: str
    data: dict[str, Any]


def audit_record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None,
    summary: str,
    agency: Any = None,
    data: dict[str, Any] | None = None,
    object_ref: tuple[str, str] | None = None,
) -> AuditEvent:
    """Record one change; ``object_ref`` (type, id) names what changed when it is not one row.

    A change made through the API carries the token's name in ``data["token"]``.
    """
    object_type, object_id = (
        object_ref if target is None and object_ref else (target._meta.label_lower, str(target.pk))  # type: ignore[union-attr]
    )
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        agency=agency,
        action=action,
        object_type=object_type,
        object_id=object_id,
        summary=summary[:300],
        data=_with_token(actor, data),
    )


def audit_record_many(
    *, actor: Any, agency: Any, entries: Iterable[AuditEntry]
) -> list[AuditEvent]:
    """Record a batch of changes by one actor in one agency with a single insert, in order."""
    return AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=actor if getattr(actor, "pk", None) else None,
            agency=agency,
            action=entry.action,
            object_type=entry.target._meta.label_lower,
            object_id=str(entry.target.pk),
            summary=entry.summary[:300],
            data=_with_token(actor, entry.data),
        )
        for entry in entries
    )
