"""``import-results``: the portal's results into an evaluation, from the command line.

    spbe pemdi import-results pematangsiantar/2026 hasil.xlsx --user koordinator --dry-run

The arguments and the work are here, apart from the command file, so that the ``spbe pemdi``
command can offer the same subcommand: it adds ``add_arguments`` to its ``import-results``
parser and calls ``import_results``. The import runs as the named user, whose rights are
checked and who is recorded in the audit log, exactly as on the page.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import CommandError, OutputWrapper
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused
from spbe.evaluations.external_services import ImportRefused
from spbe.evaluations.lookup import UnknownEvaluation, evaluation_from_reference
from spbe.evaluations.result_import import ResultPlan, results_import, results_preview
from spbe.organizations.actors import SYSTEM, actor_for

USAGE_ERROR = 2
REFUSED = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "evaluation", help=_("the evaluation: agency/year (e.g. pematangsiantar/2026) or its id")
    )
    parser.add_argument("file", type=Path, help=_("CSV or Excel file (.xlsx)"))
    parser.add_argument(
        "--user",
        help=_(
            "who imports (a koordinator or an assigned assessor), as the audit log records it; "
            "without it, the system (the server's operator)"
        ),
    )
    parser.add_argument(
        "--framework", help=_("the framework id when the agency has several evaluations that year")
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("list the changes and write nothing")
    )


def import_results(
    *,
    evaluation: str,
    file: Path,
    user: str | None = None,
    framework: str | None = None,
    dry_run: bool = False,
    out: OutputWrapper,
    err: OutputWrapper,
    **options: Any,
) -> None:
    """List the changes the file makes (``dry_run``) or make them; ``CommandError`` if refused."""
    try:
        found = evaluation_from_reference(evaluation, framework=framework)
    except UnknownEvaluation as error:
        raise CommandError(str(error), returncode=USAGE_ERROR) from error
    actor = SYSTEM
    if user is not None:
        person = get_user_model().objects.filter(username=user).first()
        if person is None:
            raise CommandError(
                _("No user is called %(user)s.") % {"user": user}, returncode=USAGE_ERROR
            )
        actor = actor_for(person)
    try:
        content = file.read_bytes()
    except OSError as error:
        raise CommandError(
            _("File %(path)s does not exist.") % {"path": file}, returncode=USAGE_ERROR
        ) from error
    run = results_preview if dry_run else results_import
    try:
        plan = run(actor=actor, evaluation=found, content=content, today=timezone.localdate())
    except PermissionDenied as error:
        raise CommandError(
            _("%(user)s may not import results into %(evaluation)s now: %(reason)s")
            % {"user": user or _("The system"), "evaluation": found, "reason": error},
            returncode=REFUSED,
        ) from error
    except ImportRefused as refused:
        for row in refused.errors:
            err.write(f"{row.place}: {row.message}")
        raise CommandError(refused.message, returncode=REFUSED) from refused
    except ActionRefused as refused:
        raise CommandError(refused.message, returncode=REFUSED) from refused
    _report(plan, out, dry_run=dry_run)


def _report(plan: ResultPlan, out: OutputWrapper, *, dry_run: bool) -> None:
    for change in plan.changes:
        out.write(
            _("Row %(line)s: %(subject)s %(field)s: %(old)s → %(new)s")
            % {
                "line": change.line,
                "subject": change.subject,
                "field": change.field,
                "old": _shown(change.old),
                "new": _shown(change.new),
            }
        )
    summary = _("%(changes)s change(s) in %(rows)s row(s); %(unchanged)s row(s) unchanged.") % {
        "changes": len(plan.changes),
        "rows": plan.rows,
        "unchanged": plan.unchanged,
    }
    if dry_run:
        summary += " " + _("Nothing was written (--dry-run).")
    out.write(summary)


def _shown(value: str | None) -> str:
    if value is None or value == "":
        return "—"
    return value if len(value) <= 60 else value[:59] + "…"
