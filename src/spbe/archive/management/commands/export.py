"""``spbe export AGENCY -o agency.zip [--with-credentials]``: one agency's whole workspace
(``docs/export-format.md``). AGENCY is the agency's short name (slug). A refusal is one line on
standard error and exit status 2."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.archive.export import agency_export
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency


class Command(BaseCommand):
    help = _("Export one agency's whole workspace to a zip file.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("agency", help=_("the agency's short name (slug)"))
        parser.add_argument("-o", "--output", required=True, help=_("the zip file to write"))
        parser.add_argument(
            "--with-credentials",
            action="store_true",
            help=_("include the users' password hashes"),
        )

    def handle(self, *args: Any, agency: str, output: str, **options: Any) -> None:
        found = Agency.objects.filter(slug=agency).first()
        if found is None:
            raise CommandError(
                _("No agency has the short name %(slug)s.") % {"slug": agency}, returncode=2
            )
        target = Path(output)
        if not target.parent.is_dir():
            raise CommandError(
                _("The folder %(folder)s does not exist.") % {"folder": target.parent}, returncode=2
            )
        # Written beside the target and renamed at the end: a failed export leaves no half file.
        handle, partial = tempfile.mkstemp(dir=target.parent, prefix=".spbe-export-")
        try:
            with os.fdopen(handle, "wb") as out:
                manifest = agency_export(
                    actor=SYSTEM,
                    agency=found,
                    out=out,
                    with_credentials=options["with_credentials"],
                )
            os.replace(partial, target)
        except ActionRefused as refused:
            raise CommandError(refused.message, returncode=2) from refused
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
        self.stderr.write(
            _("%(slug)s exported to %(path)s: %(files)s files.")
            % {"slug": found.slug, "path": target, "files": len(manifest["files"])}
        )
