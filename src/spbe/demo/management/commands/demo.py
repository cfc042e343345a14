"""``spbe demo``: prepare the database and load the Kota Pematangsiantar demo (idempotent)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.demo import data
from spbe.demo.loader import load_demo


class Command(BaseCommand):
    help = _("Migrate, load the catalogue and the Kota Pematangsiantar demo. Safe to run again.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help=_("load even when DEBUG is off"))

    def handle(self, *args: Any, force: bool, **options: Any) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "The demo creates users with a known password. It refuses to load when DEBUG is off; add --force if you really mean it."
                )
            )
        call_command("migrate", verbosity=0)
        call_command("catalog", "load", stdout=self.stdout)
        load_demo(say=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Demo ready. Users: admin, koordinator, pimpinan, asesor, asesor-internal, pic-<unit> (e.g. pic-kominfo, pic-bappeda). Password for all: %(password)s"
                )
                % {"password": data.PASSWORD}
            )
        )
