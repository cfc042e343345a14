"""What the audit-log endpoint returns: one event per change, newest first."""

from __future__ import annotations

import datetime
from typing import Any

from ninja import Schema


class AuditEventOut(Schema):
    id: int
    at: datetime.datetime
    actor: str | None  # the username; None for the system
    agency: str | None  # the agency's slug; None for an installation-wide event
    action: str  # evaluation.create, claim.update, api_token.revoke, …
    object_type: str
    object_id: str
    summary: str
    data: dict[str, Any]  # the details; ``token`` names the API token a change came with


class AuditPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[AuditEventOut]
