"""``spbe import agency.zip [--update]``: an agency export as a new agency of this installation
(``docs/export-format.md``). A refusal is one line on standard error and exit status 2; nothing
is changed then."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.archive.agency_import import agency_import
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM


class Command(BaseCommand):
    help = _("Import an agency export as a new agency.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", help=_("the zip file written by `spbe export`"))
        parser.add_argument(
            "--update",
            action="store_true",
            help=_("if this export was imported already, do nothing instead of refusing"),
        )

    def handle(self, *args: Any, archive: str, update: bool, **options: Any) -> None:
        path = Path(archive)
        if not path.is_file():
            raise CommandError(_("No file %(path)s.") % {"path": path}, returncode=2)
        try:
            outcome = agency_import(actor=SYSTEM, path=path, update=update)
        except ActionRefused as refused:
            raise CommandError(refused.message, returncode=2) from refused
        if outcome.imported:
            self.stderr.write(
                _("%(slug)s imported: %(users)s users, %(evaluations)s evaluations.")
                % {
                    "slug": outcome.agency.slug,
                    "users": outcome.counts.get("users", 0),
                    "evaluations": outcome.counts.get("evaluations", 0),
                }
            )
        else:
            self.stderr.write(
                _("%(slug)s: this export was imported already; nothing to do.")
                % {"slug": outcome.agency.slug}
            )
