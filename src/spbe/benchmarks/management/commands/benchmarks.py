"""``spbe benchmarks import FILE.csv``: load published results (validated, idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.benchmarks.issue_wording import describe_issue
from spbe.benchmarks.services import ImportRejected, agency_links_refresh, published_results_import


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _("Import published Indeks SPBE results, and link agencies to their published names.")

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        load = commands.add_parser(
            "import", help=_("import a CSV in the format of spbe-results.csv")
        )
        load.add_argument("file", type=Path)
        commands.add_parser("link", help=_("suggest published names for agencies not yet linked"))

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "link":
            self.stdout.write(
                _("%(count)s agency link(s) refreshed.") % {"count": agency_links_refresh()}
            )
            return
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(_("File %(path)s does not exist.") % {"path": path}, returncode=2)
        try:
            summary = published_results_import(path=path)
        except ImportRejected as rejected:
            for issue in rejected.errors:
                self.stderr.write(describe_issue(issue))
            raise CommandError(rejected.message, returncode=2) from rejected
        for warning in summary.warnings:
            self.stdout.write(self.style.WARNING(_("warning: %(warning)s") % {"warning": warning}))
        self.stdout.write(
            _("%(created)s new, %(updated)s updated, %(unchanged)s unchanged.")
            % {
                "created": summary.created,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
            }
        )
        self.stdout.write(
            _("%(count)s agency link(s) refreshed.") % {"count": agency_links_refresh()}
        )
