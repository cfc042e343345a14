"""The reminders as a Django task, for a scheduler that runs tasks rather than commands."""

from __future__ import annotations

from django.tasks import task

from spbe.reminders.clock import jakarta_today
from spbe.reminders.services import remind_due


@task
def queue_reminders() -> str:
    """Queue today's reminders (Asia/Jakarta), as ``spbe notify due`` does."""
    result = remind_due(today=jakarta_today())
    return f"reminded {result.people} people of {result.items} deadlines"
