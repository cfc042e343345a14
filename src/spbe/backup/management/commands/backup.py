"""``spbe backup -o FOLDER``: the whole installation (database and stored files) into a new
folder, while the server runs (``docs/operations.md``). A refusal is one line on standard error
and exit status 2; a failed backup leaves no folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.backup.make import backup_make
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM


class Command(BaseCommand):
    help = _("Back up the whole installation (database and files) into a new folder.")
    # A backup runs while the installation is in use. Django's system checks probe the
    # database (SQLite's JSON support, with one query), and on a database that a writer holds
    # locked that probe fails and reads as "SQLite does not support JSONFields", which
    # stopped the backup. `spbe check` runs the checks on demand; `migrate` still does.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "-o", "--output", required=True, help=_("the folder to write (new or empty)")
        )

    def handle(self, *args: Any, output: str, **options: Any) -> None:
        target = Path(output).expanduser().absolute()
        try:
            manifest = backup_make(actor=SYSTEM, output=target, now=timezone.now())
        except ActionRefused as refused:
            raise CommandError(refused.message, returncode=2) from refused
        self.stderr.write(
            _("Backup written to %(path)s: the %(engine)s database and %(files)s files.")
            % {
                "path": target,
                "engine": manifest["database"]["engine"],
                "files": len(manifest["files"]),
            }
        )
