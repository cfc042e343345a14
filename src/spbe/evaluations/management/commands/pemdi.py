"""``spbe pemdi``: the Indeks Pemdi commands.

* ``spbe pemdi items FRAMEWORK``: the evidence items of a framework, from the library file. It
  reads the library files alone, so it runs on a fresh checkout with no secret and no database
  (see ``spbe.manage``).
* ``spbe pemdi import-results EVALUATION FILE --user USER [--dry-run]``: the national portal's
  results (item verdicts, or indicator values with notes and recommendations); the work is in
  ``spbe.evaluations.result_import_command``. Exit status 2 for a bad argument, 1 when the
  import is refused.

The command lives in evaluations, not catalog, because importing results writes evaluations. The items an evaluation copied for itself will be shown by the
same subcommand, given the evaluation instead of a framework, once evaluations hold items; until
then such an argument is answered in one line, with exit status 2.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.catalog.error_wording import describe_missing_capability, describe_unknown_framework
from spbe.catalog.item_catalogue import item_catalogue_as_json, item_catalogue_as_text
from spbe.evaluations.result_import_command import add_arguments as add_import_arguments
from spbe.evaluations.result_import_command import import_results
from spbe.library.files import UnknownFramework, library_file_for

USAGE_ERROR = 2


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _("Indeks Pemdi: the evidence items (butir) of a framework.")

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        items = commands.add_parser(
            "items", help=_("list the evidence items per indicator and level, from the library")
        )
        items.add_argument("framework", help=_("framework id, e.g. pemdi-2026"))
        items.add_argument("--indicator", type=int, help=_("only this indicator"))
        items.add_argument(
            "--revision",
            type=int,
            help=_("revision of the library file (it holds the latest only)"),
        )
        items.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
        add_import_arguments(
            commands.add_parser(
                "import-results",
                help=_("item verdicts or indicator values from a CSV or Excel file"),
            )
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "import-results":
            import_results(out=self.stdout, err=self.stderr, **options)
            return
        self.handle_items(**options)

    def handle_items(
        self,
        *,
        framework: str,
        indicator: int | None,
        revision: int | None,
        **options: Any,
    ) -> None:
        try:
            library = library_file_for(framework, revision)
        except UnknownFramework as error:
            raise CommandError(
                describe_unknown_framework(error.args[0])
                + " "
                + _("The items of an evaluation need the database and are not available yet."),
                returncode=USAGE_ERROR,
            ) from error
        document = library.document
        if document.item_rule is None:
            raise CommandError(
                describe_missing_capability(library, "items"), returncode=USAGE_ERROR
            )
        indicators = [i for i in document.indicators if indicator in (None, i.number)]
        if not indicators:
            raise CommandError(
                _("Indicator %(indicator)s does not exist in %(framework)s (1–%(last)s).")
                % {
                    "indicator": indicator,
                    "framework": framework,
                    "last": len(document.indicators),
                },
                returncode=USAGE_ERROR,
            )
        if options["json"]:
            data = item_catalogue_as_json(document, indicators)
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(item_catalogue_as_text(document, indicators))
