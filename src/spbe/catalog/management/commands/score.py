"""``spbe score``: score indicator values with the one scoring engine.

With ``--items`` (evidence-item verdicts) or ``--external`` (external index values) it scores
the estimate instead (:mod:`spbe.scoring.estimate`): each indicator is valued from its items,
its external index or, for an indicator none of whose items has a verdict, the level FILE
gives. The output is that of a plain score plus, per indicator, the value, its source and the
item that blocks the next level.

It reads the framework from the library files, never the database, so it runs on a fresh
checkout with no secret and no database (see ``spbe.manage``).
"""

from __future__ import annotations

import datetime
import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.catalog.error_wording import (
    describe_missing_capability,
    describe_scoring_error,
    describe_unknown_framework,
)
from spbe.catalog.estimate_files import read_external_values, read_item_statuses
from spbe.catalog.presenters import (
    estimate_as_json,
    estimate_as_table,
    machine_numbers_note,
    result_as_json,
    result_as_table,
)
from spbe.catalog.value_files import ValueFileError, read_value_file
from spbe.library.convert import scoring_framework
from spbe.library.files import LibraryFile, UnknownFramework, library_file_for
from spbe.scoring import ScoringInputError, parse_values, score
from spbe.scoring.batch import BatchValues
from spbe.scoring.estimate import Estimate, estimate
from spbe.scoring.model import ScoreResult, ScoringFramework
from spbe.scoring.values import keyed_by_indicator

USAGE_ERROR = 2


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _(
        "Compute the index, predicate, domain and aspect indices from indicator values. "
        'FILE is JSON ({"1": 3, …}) or CSV (indicator,value).'
    ) + (" " + machine_numbers_note())

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", help=_("JSON or CSV file of values; - for stdin"))
        parser.add_argument("--framework", help=_("framework id, e.g. spbe-2020 or pemdi-2026"))
        parser.add_argument(
            "--year", type=int, help=_("evaluation year (selects the predicate basis)")
        )
        parser.add_argument(
            "--revision",
            type=int,
            help=_("revision of the library file (it holds the latest only)"),
        )
        parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
        parser.add_argument(
            "--batch", metavar="FILE.jsonl", help=_("score one evaluation per JSON line")
        )
        parser.add_argument(
            "--items",
            metavar="FILE",
            help=_(
                "item verdicts, CSV (code,status) or JSON; FILE then gives the levels of the "
                "indicators without verdicts"
            ),
        )
        parser.add_argument(
            "--external",
            metavar="FILE",
            help=_('external index values, JSON ({"I5": {"value": 55.3, "year": 2026}})'),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        estimating = bool(options["items"] or options["external"])
        if options["batch"]:
            if options["file"] or options["framework"]:
                raise CommandError(
                    _("--batch takes its frameworks from the file; give no FILE or --framework."),
                    returncode=USAGE_ERROR,
                )
            if estimating:
                raise CommandError(
                    _("--items and --external score one evaluation; they do not go with --batch."),
                    returncode=USAGE_ERROR,
                )
            failures = BatchScorer(self.stdout).run(options["batch"])
            if failures:
                sys.exit(1)
            return
        if not options["framework"] or not (options["file"] or estimating):
            raise CommandError(
                _("Give --framework and a FILE, --items FILE or both, or --batch FILE.jsonl."),
                returncode=USAGE_ERROR,
            )
        try:
            library = library_file_for(options["framework"], options["revision"])
            if estimating:
                self.write_estimate(library, _estimate(library, options), options["json"])
                return
            raw = read_value_file(options["file"])
            result = _score(scoring_framework(library.document), raw, options["year"])
        except (UnknownFramework, ValueFileError) as error:
            raise CommandError(_message(error), returncode=USAGE_ERROR) from error
        except ScoringInputError as error:
            raise CommandError(describe_scoring_error(error), returncode=USAGE_ERROR) from error
        if options["json"]:
            self.stdout.write(_json(library, result_as_json(result)))
        else:
            self.stdout.write(result_as_table(result, title=_title(library)))

    def write_estimate(self, library: LibraryFile, result: Estimate, as_json: bool) -> None:
        if as_json:
            self.stdout.write(_json(library, estimate_as_json(result)))
        else:
            self.stdout.write(estimate_as_table(result, title=_title(library)))


class BatchScorer:
    """Scores a JSON-lines file line by line, so memory stays flat however long it is."""

    def __init__(self, out: Any) -> None:
        self.out = out
        # Each framework is read and made ready for its batch once, on its first line.
        self.frameworks: dict[tuple[str, int | None], BatchValues] = {}

    def run(self, path: str) -> int:
        try:
            handle = sys.stdin if path == "-" else open(path, encoding="utf-8-sig")  # noqa: SIM115
        except OSError as error:
            raise CommandError(
                _("File %(path)s cannot be read: %(problem)s") % {"path": path, "problem": error},
                returncode=USAGE_ERROR,
            ) from error
        failures = 0
        with handle:
            for line in handle:
                output = self.score_line(line)
                failures += "error" in output
                self.out.write(json.dumps(output, ensure_ascii=False))
        return failures

    def score_line(self, line: str) -> dict[str, Any]:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            return {
                "id": None,
                "error": _("The line is not valid JSON: %(problem)s") % {"problem": error.msg},
            }
        if not isinstance(item, dict):
            return {"id": None, "error": _("The line must be a JSON object.")}
        identifier = item.get("id")
        try:
            framework = item.get("framework")
            levels = item.get("levels")
            year = item.get("year")
            if not isinstance(framework, str):
                raise ValueFileError(_('"framework" is missing.'))
            if not isinstance(levels, dict):
                raise ValueFileError(_('"levels" must be an object such as {"1": 3}.'))
            if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
                raise ValueFileError(_('"year" must be a whole number such as 2024.'))
            reader = self.framework(framework, item.get("revision"))
            result = score(reader.framework, reader.values(levels), year=year)
        except (UnknownFramework, ValueFileError) as error:
            return {"id": identifier, "error": _message(error)}
        except ScoringInputError as error:
            return {"id": identifier, "error": describe_scoring_error(error)}
        return result_as_json(result, identifier=identifier)

    def framework(self, code: str, number: object) -> BatchValues:
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
            raise ValueFileError(_('"revision" must be a whole number.'))
        key = (code, number)
        if key not in self.frameworks:
            document = library_file_for(code, number).document
            self.frameworks[key] = BatchValues(scoring_framework(document))
        return self.frameworks[key]


def _score(framework: ScoringFramework, raw: dict[str, Any], year: int | None) -> ScoreResult:
    return score(framework, parse_values(framework, raw), year=year)


def _estimate(library: LibraryFile, options: dict[str, Any]) -> Estimate:
    """The estimate from the files the options name; the evaluation year defaults to this year."""
    framework = scoring_framework(library.document)
    for option, missing in (
        ("items", framework.item_rule is None),
        ("external", not framework.external_indices),
    ):
        if options[option] and missing:
            raise CommandError(describe_missing_capability(library, option), returncode=USAGE_ERROR)
    statuses = read_item_statuses(options["items"]) if options["items"] else {}
    externals = read_external_values(options["external"]) if options["external"] else {}
    claims = (
        keyed_by_indicator(framework, read_value_file(options["file"])) if options["file"] else {}
    )
    return estimate(
        framework,
        evaluation_year=options["year"] or datetime.date.today().year,
        item_statuses=statuses,
        external_values=externals,
        claimed=claims,
    )


def _json(library: LibraryFile, data: dict[str, Any]) -> str:
    data["revision"] = library.document.revision
    return json.dumps(data, ensure_ascii=False, indent=2)


def _title(library: LibraryFile) -> str:
    return _("%(title)s, revision %(revision)s") % {
        "title": library.document.short_title,
        "revision": library.document.revision,
    }


def _message(error: Exception) -> str:
    if isinstance(error, UnknownFramework):
        return describe_unknown_framework(error.args[0])
    return str(error)
