"""``spbe pemdi``: the Indeks Pemdi commands.

* ``spbe pemdi items FRAMEWORK``: the evidence items of a framework, from the library file. It
  reads the library files alone, so it runs on a fresh checkout with no secret and no database
  (see ``spbe.manage``).
* ``spbe pemdi items EVALUATION`` (``pematangsiantar/2026`` or an id): the evaluation's own
  items from the database, with each one's status as the portal shows it
  (``evaluations.item_listing``).
* ``spbe pemdi import-results EVALUATION FILE --user USER [--dry-run]``: the national portal's
  results (item verdicts, or indicator values with notes and recommendations); the work is in
  ``spbe.evaluations.result_import_command``. Exit status 2 for a bad argument, 1 when the
  import is refused.

The command lives in evaluations, not catalog, because importing results writes evaluations.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.catalog.error_wording import describe_missing_capability, describe_unknown_framework
from spbe.catalog.item_catalogue import item_catalogue_as_json, item_catalogue_as_text
from spbe.catalog.selectors import revision_has_items
from spbe.evaluations.item_listing import (
    evaluation_items_as_json,
    evaluation_items_as_text,
    indicator_numbers,
)
from spbe.evaluations.lookup import UnknownEvaluation, evaluation_from_reference
from spbe.evaluations.result_import_command import add_arguments as add_import_arguments
from spbe.evaluations.result_import_command import import_results
from spbe.library.files import UnknownFramework, library_file_for
from spbe.manage import names_an_evaluation

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
        items.add_argument(
            "framework",
            metavar="FRAMEWORK_OR_EVALUATION",
            help=_(
                "a framework id, e.g. pemdi-2026 (its library items), or an evaluation as "
                "agency/year or its id (its own items and their status)"
            ),
        )
        items.add_argument(
            "--framework",
            dest="evaluation_framework",
            help=_("with an evaluation: its framework, when the agency has several that year"),
        )
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
        if names_an_evaluation(framework):
            self.handle_evaluation_items(framework, indicator, **options)
            return
        try:
            library = library_file_for(framework, revision)
        except UnknownFramework as error:
            raise CommandError(
                describe_unknown_framework(error.args[0])
                + " "
                + _(
                    "To list an evaluation's items, name it as agency/year "
                    "(e.g. pematangsiantar/2026) or by its id."
                ),
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

    def handle_evaluation_items(
        self,
        reference: str,
        indicator: int | None,
        *,
        evaluation_framework: str | None,
        **options: Any,
    ) -> None:
        try:
            evaluation = evaluation_from_reference(reference, framework=evaluation_framework)
        except UnknownEvaluation as error:
            raise CommandError(str(error), returncode=USAGE_ERROR) from error
        if not revision_has_items(evaluation.revision):
            raise CommandError(
                _("%(evaluation)s has no evidence items: its framework %(framework)s has none.")
                % {"evaluation": reference, "framework": evaluation.revision.framework.code},
                returncode=USAGE_ERROR,
            )
        numbers = indicator_numbers(evaluation)
        if indicator is not None and indicator not in numbers:
            raise CommandError(
                _("Indicator %(indicator)s does not exist in %(framework)s (1–%(last)s).")
                % {
                    "indicator": indicator,
                    "framework": evaluation.revision.framework.code,
                    "last": max(numbers),
                },
                returncode=USAGE_ERROR,
            )
        if options["json"]:
            data = evaluation_items_as_json(evaluation, indicator)
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(evaluation_items_as_text(evaluation, indicator))
