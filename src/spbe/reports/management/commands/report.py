"""``spbe report``: write one report of an agency's evaluation to a file.

    spbe report pematangsiantar 2024 --format pdf -o laporan.pdf

The same renderer as the background task, run in the foreground; the operator at the server's
shell may read every agency, as the installation administrator may. A bad agency, year, format
or framework stops with exit status 2 and writes nothing; the file appears only once complete.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency
from spbe.reports.models import ReportFormat
from spbe.reports.render import render_report

USAGE_ERROR = 2


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _("Write a report (PDF, Excel, Word or slides) of an agency's evaluation to a file.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("agency", help=_("the agency's short name, e.g. pematangsiantar"))
        parser.add_argument("year", type=int, help=_("the evaluation year, e.g. 2024"))
        parser.add_argument(
            "--format",
            required=True,
            choices=[value for value, _label in ReportFormat.choices],
            help=_("pdf, xlsx, docx or pptx"),
        )
        parser.add_argument("-o", "--output", required=True, help=_("the file to write"))
        parser.add_argument(
            "--framework",
            help=_("the framework id when the agency has several evaluations that year"),
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help=_("the report's language (default: the installation's)"),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with translation.override(options["language"]):
            evaluation = _evaluation(options["agency"], options["year"], options["framework"])
            output = Path(options["output"])
            if not output.parent.is_dir():
                raise CommandError(
                    _("The folder %(folder)s does not exist.") % {"folder": output.parent},
                    returncode=USAGE_ERROR,
                )
            report = render_report(evaluation, ReportFormat(options["format"]), SYSTEM)
            _write_atomically(output, report.content)
            self.stdout.write(
                _("%(file)s written (%(size)s bytes).")
                % {"file": output, "size": len(report.content)}
            )


def _evaluation(slug: str, year: int, framework: str | None) -> Evaluation:
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise CommandError(
            _("No agency has the short name %(slug)s.") % {"slug": slug}, returncode=USAGE_ERROR
        )
    evaluations = (
        Evaluation.objects.filter(agency=agency)
        .select_related("agency", "revision__framework")
        .defer("revision__document")
    )
    that_year = evaluations.filter(year=year)
    if framework:
        that_year = that_year.filter(revision__framework__code=framework)
    found = list(that_year)
    if len(found) == 1:
        return found[0]
    if not found:
        years = ", ".join(
            f"{e.year} ({e.revision.framework.code})" for e in evaluations.order_by("year")
        )
        raise CommandError(
            _("%(agency)s has no evaluation for %(year)s%(framework)s. Its evaluations: %(list)s.")
            % {
                "agency": agency.name,
                "year": year,
                "framework": f" ({framework})" if framework else "",
                "list": years or _("none"),
            },
            returncode=USAGE_ERROR,
        )
    raise CommandError(
        _("%(agency)s has several evaluations for %(year)s; choose one with --framework: %(list)s.")
        % {
            "agency": agency.name,
            "year": year,
            "list": ", ".join(e.revision.framework.code for e in found),
        },
        returncode=USAGE_ERROR,
    )


def _write_atomically(path: Path, content: bytes) -> None:
    """Write beside the target, then rename: a reader never sees half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        # mkstemp makes the file private; give it the permissions any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
