"""The one limit on failed sign-ins, for every way in (``/accounts/login/``, ``/admin/login/``).

Counts live in the database (``SignInCounter``), so all processes share them. A username that
fails ``SPBE_LOGIN_MAX_FAILURES`` times within ``SPBE_LOGIN_LOCK_MINUTES`` is locked for that
many minutes (the account, not the address), and the lock is audited. An address that fails
``SPBE_LOGIN_MAX_ADDRESS_FAILURES`` times over any usernames waits as well, but locks no account:
the same users sign in from other addresses. docs/security.md says why this is our own code.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from spbe.accounts.models import SignInCounter
from spbe.audit.services import audit_record

Kind = SignInCounter.Kind


def _max_failures(kind: str) -> int:
    if kind == Kind.USERNAME:
        return int(settings.SPBE_LOGIN_MAX_FAILURES)
    return int(settings.SPBE_LOGIN_MAX_ADDRESS_FAILURES)


def _period() -> datetime.timedelta:
    return datetime.timedelta(minutes=int(settings.SPBE_LOGIN_LOCK_MINUTES))


def normal_username(username: str) -> str:
    return (username or "").strip().lower()[:150]


def locked_until(*, username: str, address: str) -> datetime.datetime | None:
    """Until when a sign-in as ``username`` from ``address`` is refused; None: it may try."""
    now = timezone.now()
    mine = Q(kind=Kind.USERNAME, key=normal_username(username)) | Q(
        kind=Kind.ADDRESS, key=address[:150]
    )
    until = SignInCounter.objects.filter(mine, locked_until__gt=now).values_list(
        "locked_until", flat=True
    )
    return max((moment for moment in until if moment), default=None)


def _count(*, kind: str, key: str, username: str, address: str) -> None:
    now = timezone.now()
    counter, _created = SignInCounter.objects.select_for_update().get_or_create(
        kind=kind, key=key, defaults={"window_start": now}
    )
    if counter.window_start <= now - _period() or (
        counter.locked_until and counter.locked_until <= now
    ):
        counter.failures, counter.window_start, counter.locked_until = 0, now, None
    counter.failures += 1
    if counter.failures >= _max_failures(kind) and not counter.locked_until:
        counter.locked_until = now + _period()
        audit_record(
            actor=None,
            action="signin.lock" if kind == Kind.USERNAME else "signin.address_wait",
            target=None,
            object_ref=(f"signin.{kind}", key[:40]),  # the full key is in data
            summary=key,
            data={
                "username": username,
                "address": address,
                "failures": counter.failures,
                "until": counter.locked_until.isoformat(),
            },
        )
    counter.save()


def record_failure(*, username: str, address: str) -> None:
    """Count one failed sign-in for the username and for the address; lock at the limit."""
    name = normal_username(username)
    with transaction.atomic():
        if name:
            _count(kind=Kind.USERNAME, key=name, username=name, address=address)
        if address:
            _count(kind=Kind.ADDRESS, key=address[:150], username=name, address=address)


def record_success(*, username: str) -> None:
    """A right password clears the username's failures (never the address's)."""
    with transaction.atomic():
        SignInCounter.objects.filter(
            kind=Kind.USERNAME, key=normal_username(username), locked_until__isnull=True
        ).delete()
