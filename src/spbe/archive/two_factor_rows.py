"""A member's two-factor sign-in in an export made with credentials, and back.

The TOTP secret is sealed under this installation's field key (``core.sealed_text``), which the
installation that imports does not have: the export carries it opened, beside the password
hash, and the import seals it under its own key. Such an export is a credential file, to be
kept as a backup is (docs/security.md). Without credentials nothing of it is exported: an
imported user then has no usable password at all, so no sign-in to protect.
"""

from __future__ import annotations

import re
from typing import Any

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from spbe.accounts.models import RecoveryCode, TwoFactorDevice
from spbe.core.errors import ActionRefused
from spbe.core.sealed_text import SealBroken, seal, unseal

_BASE32 = re.compile(r"[A-Z2-7]{16,64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def two_factor_row(user: Any) -> dict[str, Any] | None:
    """The user's confirmed authenticator app and recovery codes (hashes), or None."""
    device = TwoFactorDevice.objects.filter(user=user, confirmed_at__isnull=False).first()
    if device is None:
        return None
    try:
        secret = unseal(device.sealed_secret)
    except SealBroken as error:
        raise ActionRefused(
            _(
                "The two-factor secret of %(user)s cannot be opened with this installation's "
                "keys; reset their two-factor sign-in before exporting with credentials."
            )
            % {"user": user.username}
        ) from error
    return {
        "secret": secret,
        "confirmed_at": device.confirmed_at.isoformat() if device.confirmed_at else None,
        "last_step": device.last_step,
        "recovery_codes": [
            {"hash": code.code_hash, "used_at": code.used_at.isoformat() if code.used_at else None}
            for code in RecoveryCode.objects.filter(user=user).order_by("pk")
        ],
    }


def two_factor_restore(user: Any, row: Any) -> None:
    """Give the imported user the app and recovery codes of ``row``; a row that is not one the
    export writes refuses the import."""
    if not isinstance(row, dict):
        raise _refused(user)
    secret, codes = row.get("secret"), row.get("recovery_codes")
    confirmed_at = parse_datetime(str(row.get("confirmed_at") or ""))
    last_step = row.get("last_step")
    if (
        not isinstance(secret, str)
        or not _BASE32.fullmatch(secret)
        or confirmed_at is None
        or not isinstance(last_step, int)
        or isinstance(last_step, bool)
        or not isinstance(codes, list)
        or not all(isinstance(c, dict) and _SHA256.fullmatch(str(c.get("hash"))) for c in codes)
    ):
        raise _refused(user)
    TwoFactorDevice.objects.create(
        user=user, sealed_secret=seal(secret), confirmed_at=confirmed_at, last_step=last_step
    )
    RecoveryCode.objects.bulk_create(
        RecoveryCode(
            user=user,
            code_hash=code["hash"],
            used_at=parse_datetime(str(code.get("used_at") or "")),
        )
        for code in codes
    )


def _refused(user: Any) -> ActionRefused:
    return ActionRefused(
        _("The two-factor sign-in of %(user)s in the export cannot be read.")
        % {"user": user.username}
    )
