"""Personal access tokens for the API (``docs/api.md``)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TokenScope(models.TextChoices):
    READ = "read", _("Read only")
    WRITE = "write", _("Read and write")


class ApiToken(models.Model):
    """A token acts as its user, with that user's roles, and never grants more; only the hash of
    the token is stored (``api.tokens``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=8, unique=True)
    digest = models.CharField(max_length=64, unique=True)
    scope = models.CharField(_("scope"), max_length=5, choices=TokenScope.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("access token")
        verbose_name_plural = _("access tokens")

    def __str__(self) -> str:
        return f"spbe_{self.prefix}… ({self.name})"

    def usable(self, now: datetime.datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at

    @property
    def writes(self) -> bool:
        return self.scope == TokenScope.WRITE


class IdempotencyKey(models.Model):
    """A create call made with an ``Idempotency-Key`` header, and the answer it got, so that a
    client's retry gets the same answer instead of a second record (``api.idempotency``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="idempotency_keys"
    )
    key = models.CharField(max_length=255)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    request_hash = models.CharField(max_length=64)
    response_status = models.PositiveSmallIntegerField(null=True)
    # The JSON as it was sent, kept as text so that a replay is byte for byte the same; empty
    # for an answer without a body (204).
    response_body = models.TextField(blank=True)
    # The headers of the answer that name what was made (``Location``, ``ETag``), replayed too.
    response_headers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="unique_idempotency_key")
        ]
        indexes = [models.Index(fields=["created_at"], name="idempotency_key_created")]

    def __str__(self) -> str:
        return f"{self.method} {self.path} ({self.key})"


class ApiCallCount(models.Model):
    """How many calls a token made in its current clock minute (``api.rate_limit``): one row per
    token, counted up in the database by one statement, so every process and machine shares
    the count and two concurrent calls never count as one."""

    token = models.OneToOneField(
        ApiToken, on_delete=models.CASCADE, primary_key=True, related_name="call_count"
    )
    # The minute's start, in seconds since the epoch.
    minute = models.BigIntegerField()
    calls = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"{self.token_id}: {self.calls} in minute {self.minute}"
