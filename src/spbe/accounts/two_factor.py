"""Two-factor sign-in (TOTP, RFC 6238): enrolment, codes, recovery codes, who must use it.

Writes go through these services, each in one transaction with its audit record
(``two_factor.*``). The code checks are our own on pyotp (docs/security.md says why).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any

import pyotp
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.accounts.models import RecoveryCode, TwoFactorDevice, TwoFactorPolicy, User
from spbe.audit.services import audit_record
from spbe.core.sealed_text import SealBroken, seal, unseal

logger = logging.getLogger(__name__)

ISSUER = "SPBE"
RECOVERY_CODE_COUNT = 10
# 16 symbols of a 32-letter alphabet: 80 random bits, so one SHA-256 is enough to keep them
# (as for API tokens); a slow password hash would cost seconds for ten codes per attempt.
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_RECOVERY_LENGTH = 16
# A code of the step before or after the current one is taken too (30 s of clock drift).
_DRIFT_STEPS = 1


class TwoFactorError(Exception):
    """A refusal the user can act on (a wrong code, nothing to confirm)."""


@dataclass(frozen=True)
class PolicyView:
    superusers: bool
    roles: list[str]


def current_policy() -> PolicyView:
    """The two-factor policy; without a saved one, superusers must and no role must."""
    policy = TwoFactorPolicy.objects.filter(pk=1).first()
    if policy is None:
        return PolicyView(superusers=True, roles=[])
    return PolicyView(superusers=policy.superusers, roles=list(policy.roles or []))


def is_required_for(user: Any) -> bool:
    """Whether the user must sign in with a second factor (and enrol before anything else)."""
    policy = current_policy()
    if user.is_superuser and policy.superusers:
        return True
    membership = getattr(user, "membership", None) if policy.roles else None
    return bool(membership and set(membership.roles) & set(policy.roles))


def confirmed_device(user: Any) -> TwoFactorDevice | None:
    return TwoFactorDevice.objects.filter(user=user, confirmed_at__isnull=False).first()


def has_two_factor(user: Any) -> bool:
    return confirmed_device(user) is not None


def device_secret(device: TwoFactorDevice) -> str:
    """The device's TOTP secret, opened with the field key; :class:`SealBroken` if no key of
    this installation opens it (a database restored without its key)."""
    return unseal(device.sealed_secret)


def provisioning_uri(device: TwoFactorDevice) -> str:
    """The otpauth:// address an authenticator app reads from the QR code."""
    return pyotp.TOTP(device_secret(device)).provisioning_uri(
        name=device.user.username, issuer_name=ISSUER
    )


def readable_secret(device: TwoFactorDevice) -> str:
    """The secret in groups of four, for typing into an app by hand."""
    secret = device_secret(device)
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def enrolment_begin(*, user: User) -> TwoFactorDevice:
    """A new unconfirmed secret for the user, or the one already waiting for its first code."""
    with transaction.atomic():
        device, _created = TwoFactorDevice.objects.select_for_update().get_or_create(
            user=user, defaults={"sealed_secret": seal(pyotp.random_base32(32))}
        )
        if device.confirmed_at is not None:
            raise TwoFactorError(_("Two-factor sign-in is already on for this account."))
        try:
            device_secret(device)
        except SealBroken:
            # Sealed under a key this installation no longer has, and never confirmed: no app
            # holds a secret anyone could still use, so the enrolment starts again with a new one.
            device.sealed_secret = seal(pyotp.random_base32(32))
            device.save(update_fields=["sealed_secret"])
        return device


def _matching_step(device: TwoFactorDevice, code: str) -> int | None:
    """The time step whose code is ``code``, if it is a current one not used before."""
    code = "".join(code.split())
    if not (code.isascii() and code.isdigit() and len(code) == 6):
        return None
    try:
        totp = pyotp.TOTP(device_secret(device))
    except SealBroken:
        # The recovery codes (hashes, no key needed) still sign the user in; the admin resets.
        logger.error("two-factor secret of %s cannot be opened with the field keys", device.user_id)
        return None
    now = timezone.now()
    current = totp.timecode(now)
    for offset in range(-_DRIFT_STEPS, _DRIFT_STEPS + 1):
        step = current + offset
        if step > device.last_step and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def enrolment_confirm(*, user: User, code: str) -> list[str]:
    """Turn two-factor on with the first right code; returns the recovery codes (shown once)."""
    with transaction.atomic():
        device = TwoFactorDevice.objects.select_for_update().filter(user=user).first()
        if device is None or device.confirmed_at is not None:
            raise TwoFactorError(_("There is no two-factor enrolment waiting for a code."))
        step = _matching_step(device, code)
        if step is None:
            raise TwoFactorError(_("The code is wrong or has expired. Try the newest code."))
        device.confirmed_at, device.last_step = timezone.now(), step
        device.save(update_fields=["confirmed_at", "last_step"])
        codes = _new_recovery_codes(user)
        audit_record(actor=user, action="two_factor.enrol", target=user, summary=user.username)
        return codes


def _hash(code: str) -> str:
    normal = "".join(code.lower().split()).replace("-", "")
    return hashlib.sha256(normal.encode()).hexdigest()


def _new_recovery_codes(user: User) -> list[str]:
    RecoveryCode.objects.filter(user=user).delete()
    codes = [
        "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    RecoveryCode.objects.bulk_create(RecoveryCode(user=user, code_hash=_hash(c)) for c in codes)
    return ["-".join(code[i : i + 4] for i in range(0, len(code), 4)) for code in codes]


def recovery_codes_regenerate(*, user: User) -> list[str]:
    """New recovery codes for the user; the old ones stop working. Shown once."""
    with transaction.atomic():
        if confirmed_device(user) is None:
            raise TwoFactorError(_("Turn on two-factor sign-in first."))
        codes = _new_recovery_codes(user)
        audit_record(
            actor=user, action="two_factor.recovery_regenerate", target=user, summary=user.username
        )
        return codes


def unused_recovery_codes(user: Any) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


def verify_second_factor(*, user: User, code: str, address: str) -> bool:
    """Check a sign-in's second step: an authenticator code, or else an unused recovery code.

    Every outcome is audited (``two_factor.verify``, ``two_factor.recovery_used``,
    ``two_factor.failure``); the caller counts a failure in the sign-in limit.
    """
    with transaction.atomic():
        device = (
            TwoFactorDevice.objects.select_for_update()
            .filter(user=user, confirmed_at__isnull=False)
            .first()
        )
        if device is None:
            return False
        step = _matching_step(device, code)
        if step is not None:
            device.last_step = step
            device.save(update_fields=["last_step"])
            audit_record(
                actor=user,
                action="two_factor.verify",
                target=user,
                summary=user.username,
                data={"address": address},
            )
            return True
        used = RecoveryCode.objects.filter(
            user=user, code_hash=_hash(code), used_at__isnull=True
        ).update(used_at=timezone.now())
        if used:
            audit_record(
                actor=user,
                action="two_factor.recovery_used",
                target=user,
                summary=user.username,
                data={"address": address, "left": unused_recovery_codes(user)},
            )
            return True
    audit_record(
        actor=None,
        action="two_factor.failure",
        target=user,
        summary=user.username,
        data={"address": address},
    )
    return False


def two_factor_disable(*, user: User, by: Any) -> None:
    """Turn two-factor off: the user themselves (when not required) or an admin's reset."""
    with transaction.atomic():
        if by.pk == user.pk and is_required_for(user):
            raise TwoFactorError(
                _("Your role must use two-factor sign-in; it cannot be turned off.")
            )
        TwoFactorDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        audit_record(
            actor=by,
            action="two_factor.disable" if by.pk == user.pk else "two_factor.reset",
            target=user,
            summary=user.username,
        )


def policy_set(*, superusers: bool, roles: list[str], by: Any) -> TwoFactorPolicy:
    """Save who must use two-factor sign-in (the admin's page), audited."""
    with transaction.atomic():
        before = current_policy()
        policy, _created = TwoFactorPolicy.objects.update_or_create(
            pk=1, defaults={"superusers": superusers, "roles": sorted(set(roles))}
        )
        audit_record(
            actor=by,
            action="two_factor.policy",
            target=policy,
            summary=", ".join(policy.roles) or "-",
            data={
                "superusers": superusers,
                "roles": policy.roles,
                "superusers_before": before.superusers,
                "roles_before": before.roles,
            },
        )
        return policy
