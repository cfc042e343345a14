"""``spbe restore FOLDER``: a backup written by ``spbe backup`` into this installation, which
must be empty (``docs/operations.md``). A refusal is one line on standard error and exit
status 2; nothing is changed then."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.backup.restore import backup_restore
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM


class Command(BaseCommand):
    help = _("Restore a backup into this installation, which must be empty.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", help=_("the folder written by `spbe backup`"))

    def handle(self, *args: Any, folder: str, **options: Any) -> None:
        source = Path(folder).expanduser().absolute()
        if not source.is_dir():
            raise CommandError(_("No folder %(path)s.") % {"path": source}, returncode=2)
        try:
            restored = backup_restore(actor=SYSTEM, folder=source)
        except ActionRefused as refused:
            raise CommandError(refused.message, returncode=2) from refused
        self.stderr.write(
            _("Restored the backup of %(created_at)s: the database and %(files)s files.")
            % {"created_at": restored.created_at, "files": restored.files}
        )
