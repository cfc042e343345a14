"""What the workflow's events left in the inboxes, for the tests of ``test_events_*``."""

from __future__ import annotations

from typing import Any

from spbe.notifications.models import Notification


def inbox_rows(kind: str | None = None) -> dict[str, list[Notification]]:
    """Every notification written, by recipient's username (of one kind when given)."""
    rows = Notification.objects.select_related("recipient").order_by("pk")
    if kind:
        rows = rows.filter(kind=kind)
    found: dict[str, list[Notification]] = {}
    for row in rows:
        found.setdefault(row.recipient.username, []).append(row)
    return found


def recipients(kind: str | None = None) -> set[str]:
    return set(inbox_rows(kind))


def only_row(user: Any, kind: str) -> Notification:
    rows = inbox_rows(kind).get(user.username, [])
    assert len(rows) == 1, rows
    return rows[0]
