"""``spbe two_factor_rekey``: seal every TOTP secret again under the current field key.

Run after putting a new key in ``SPBE_FIELD_KEY`` and the old one in ``SPBE_FIELD_OLD_KEYS``
(docs/security.md, "Two-factor secrets at rest"); then the old key can be removed. A secret no
key opens is named and left as it is (the admin resets that user's two-factor sign-in); the exit
status is 1 while one remains.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from spbe.accounts.models import TwoFactorDevice
from spbe.core.sealed_text import SealBroken, reseal


class Command(BaseCommand):
    help = _("Seal every two-factor secret again under the current field key (SPBE_FIELD_KEY).")

    def handle(self, *args: Any, **options: Any) -> None:
        resealed, broken = 0, []
        with transaction.atomic():
            for device in TwoFactorDevice.objects.select_for_update().select_related("user"):
                try:
                    device.sealed_secret = reseal(device.sealed_secret)
                except SealBroken:
                    broken.append(device.user.username)
                    continue
                device.save(update_fields=["sealed_secret"])
                resealed += 1
        self.stdout.write(_("Sealed again under the current key: %(count)s") % {"count": resealed})
        for username in broken:
            self.stdout.write(
                _("No field key opens the two-factor secret of %(user)s; reset it in the admin.")
                % {"user": username}
            )
        if broken:
            raise CommandError(_("Some secrets could not be opened."), returncode=1)
