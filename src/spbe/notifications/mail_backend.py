"""The email backend of a production installation without ``EMAIL_HOST``: it refuses to send.

A silent console backend would lose every message; this one fails with a reason that the
delivery records and the log show.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend

NOT_CONFIGURED = "Email is not configured: set EMAIL_HOST (docs/notifications.md)."


class EmailNotConfigured(Exception):
    """Sending email was asked for, and no SMTP server is configured."""


class NotConfiguredBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        if email_messages and not self.fail_silently:
            raise EmailNotConfigured(NOT_CONFIGURED)
        return 0
