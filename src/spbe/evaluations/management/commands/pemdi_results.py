"""``spbe pemdi_results import-results EVALUATION FILE --user USER [--dry-run]``.

Imports the national portal's results (item verdicts, or indicator values with notes and
recommendations) into an evaluation; ``--dry-run`` lists the changes and writes nothing. A
file with a bad row changes nothing and lists every bad row. Exit status: 2 for a bad argument
(unknown evaluation, user or file), 1 when the import is refused.

Kept apart from ``spbe pemdi`` (evidence items) until the two are merged; the work is in
``spbe.evaluations.result_import_command``.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from spbe.evaluations.result_import_command import add_arguments, import_results


class Command(BaseCommand):
    # System checks import every view and add seconds to each run; `spbe check` runs them.
    requires_system_checks: list[str] = []

    help = _("Import the results of the national evaluation portal (Indeks Pemdi).")

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        add_arguments(
            commands.add_parser(
                "import-results",
                help=_("item verdicts or indicator values from a CSV or Excel file"),
            )
        )

    def handle(self, *args: Any, **options: Any) -> None:
        import_results(out=self.stdout, err=self.stderr, **options)
