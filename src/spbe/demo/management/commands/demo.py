"""``spbe demo``: prepare the database and load the Kota Pematangsiantar demo (idempotent)."""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused
from spbe.demo import data
from spbe.demo.loader import load_demo
from spbe.demo.scale import load_scale


class Command(BaseCommand):
    help = _("Migrate, load the catalogue and the Kota Pematangsiantar demo. Safe to run again.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help=_("load even when DEBUG is off"))
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help=_("also add N synthetic agencies for load tests (clearly marked as synthetic)"),
        )
        parser.add_argument(
            "--seed", type=int, default=1, help=_("the seed the synthetic agencies are drawn from")
        )

    def handle(self, *args: Any, force: bool, scale: int, seed: int, **options: Any) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "The demo creates users with a known password. It refuses to load when DEBUG is off; add --force if you really mean it."
                )
            )
        call_command("migrate", verbosity=0)
        call_command("catalog", "load", stdout=self.stdout)
        load_demo(say=self.stdout.write)
        if scale:
            self._scale(scale, seed)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Demo ready. Users: admin, koordinator, pimpinan, asesor, asesor-internal, pic-<unit> (e.g. pic-kominfo, pic-bappeda). Password for all: %(password)s"
                )
                % {"password": data.PASSWORD}
            )
        )

    def _scale(self, count: int, seed: int) -> None:
        started = time.perf_counter()
        try:
            summary = load_scale(count=count, seed=seed, say=self.stdout.write)
        except ActionRefused as error:
            raise CommandError(error.message) from error
        self.stdout.write(
            _(
                "Synthetic agencies: %(created)s added, %(kept)s already there, in %(seconds).0f s. Fingerprint: %(fingerprint)s"
            )
            % {
                "created": summary.created,
                "kept": summary.kept,
                "seconds": time.perf_counter() - started,
                "fingerprint": summary.fingerprint,
            }
        )
