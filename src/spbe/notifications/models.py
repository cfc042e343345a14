"""Notifications: the in-app inbox row, its deliveries by email and WhatsApp, the preferences."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    WHATSAPP = "whatsapp", _("WhatsApp")


class Mode(models.TextChoices):
    OFF = "off", _("Off")
    IMMEDIATE = "immediate", _("Immediately")
    DIGEST = "digest", _("Daily digest")


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    # Claimed by a sender until its lease expires (notify_rules.LEASE, in next_attempt_at);
    # a delivery still sending after that is given back by the next pass (sender.py).
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    RETRYING = "retrying", _("Retrying")
    FAILED = "failed", _("Failed")


# The statuses a sender may claim.
PENDING = (DeliveryStatus.QUEUED, DeliveryStatus.RETRYING)


class Notification(models.Model):
    """One message to one person; the row is their inbox entry, always kept."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    agency = models.ForeignKey(
        "organizations.Agency",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        verbose_name=_("agency"),
    )
    # What happened, e.g. "claim-returned"; the events of later work name their own.
    kind = models.CharField(_("kind"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body"), blank=True)
    # The page it is about, as a path ("/evaluasi/3/indikator/7/"); channels make it absolute.
    link = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"))
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return self.title


class Delivery(models.Model):
    """A notification's journey through one channel: at most one per notification and channel."""

    notification = models.ForeignKey(
        Notification,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("notification"),
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED
    )
    # Sent with the others of the same person and channel in the daily digest.
    digest = models.BooleanField(_("in the daily digest"), default=False)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["notification", "channel"], name="one_delivery_per_channel"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.channel} {self.status}"


class ChannelPreference(models.Model):
    """How one person wants one channel: off, immediately, or a daily digest at an hour (WIB)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="channel_preferences"
    )
    channel = models.CharField(max_length=20, choices=Channel.choices)
    mode = models.CharField(max_length=20, choices=Mode.choices, default=Mode.IMMEDIATE)
    digest_hour = models.PositiveSmallIntegerField(default=7)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "channel"], name="one_preference_per_channel"),
            models.CheckConstraint(
                condition=models.Q(digest_hour__lte=23), name="digest_hour_in_the_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.channel}: {self.mode}"


class WhatsAppNumber(models.Model):
    """A person's WhatsApp number, normalised to 62… (``spbe.notify_rules.normalise_whatsapp``).

    Kept here rather than on the user: the accounts app has no profile, and only notifications
    read it.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="whatsapp"
    )
    number = models.CharField(max_length=20)

    def __str__(self) -> str:
        return self.number
