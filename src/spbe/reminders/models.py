"""What was reminded to whom: the record that makes ``spbe notify due`` idempotent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from spbe.reminders.due import Threshold

THRESHOLD_CHOICES = [(threshold.value, threshold.value) for threshold in Threshold]


class Reminder(models.Model):
    """One person reminded of one deadline at one threshold, once.

    The subject names the deadline with its day (``action:12:2026-12-01``), so a deadline that
    moves is reminded again, while the same deadline at the same threshold never is: a second
    run on the same day, or on the next days of the same threshold, finds the row and skips it.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    subject = models.CharField(_("subject"), max_length=120)
    threshold = models.CharField(_("threshold"), max_length=10, choices=THRESHOLD_CHOICES)
    day = models.DateField(_("reminded on"))
    notification = models.ForeignKey(
        "notifications.Notification", on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-day", "recipient", "subject"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "subject", "threshold"], name="unique_reminder"
            )
        ]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")

    def __str__(self) -> str:
        return f"{self.recipient} {self.subject} {self.threshold} {self.day}"
