"""``spbe doctor [--fix]``: do the stored evidence files and the database agree?

Reports files without rows, rows without files, hash mismatches, stuck text readings, jobs no
worker took within ``--waiting-minutes`` and readings marked running without a lease, one line each in the installation's language; ``--fix`` repairs what is safe
(``spbe.evidence.doctor``). The exit status is 1 while a problem remains, 0 otherwise.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from spbe.evidence.doctor import Findings, evidence_doctor

PROBLEMS_LEFT = 1


class Command(BaseCommand):
    help = _(
        "Check that the stored evidence files and the database agree; --fix repairs what is safe."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--fix",
            action="store_true",
            help=_("remove old files no row names, requeue or fail stuck readings"),
        )
        parser.add_argument(
            "--grace-minutes",
            type=int,
            default=60,
            help=_("keep files without a row younger than this (an upload may be committing)"),
        )
        parser.add_argument(
            "--waiting-minutes",
            type=int,
            default=30,
            help=_("report queued readings and pre-checks no worker took for this long"),
        )

    def handle(
        self, *args: Any, fix: bool, grace_minutes: int, waiting_minutes: int, **options: Any
    ) -> None:
        if grace_minutes < 0:
            raise CommandError(_("The grace period cannot be negative."), returncode=2)
        if waiting_minutes < 1:
            raise CommandError(_("The waiting time must be at least one minute."), returncode=2)
        findings = evidence_doctor(
            fix=fix,
            grace=datetime.timedelta(minutes=grace_minutes),
            waiting=datetime.timedelta(minutes=waiting_minutes),
        )
        for line in report_lines(findings):
            self.stdout.write(line)
        if findings.problems_left:
            raise CommandError(_("Problems remain."), returncode=PROBLEMS_LEFT)


def report_lines(findings: Findings) -> list[str]:
    """One line per finding and per repair, in the installation's language."""
    lines = []
    removed, young = set(findings.removed_files), set(findings.young_files)
    for name in findings.files_without_rows:
        if name in removed:
            lines.append(_("Removed a file no row names: %(name)s") % {"name": name})
        elif name in young:
            lines.append(
                _("File without a row, kept (younger than the grace period): %(name)s")
                % {"name": name}
            )
        else:
            lines.append(_("File without a row: %(name)s") % {"name": name})
    for name in findings.rows_without_files:
        lines.append(
            _("Stored file missing (restore it from a backup or upload it again): %(name)s")
            % {"name": name}
        )
    for mismatch in findings.hash_mismatches:
        lines.append(
            _("Hash mismatch (the bytes changed; restore them from a backup): %(name)s")
            % {"name": mismatch.name}
        )
    requeued, failed = set(findings.requeued_readings), set(findings.failed_readings)
    for pk in findings.stuck_readings:
        if pk in requeued:
            lines.append(_("Stuck text reading of version %(pk)s queued again") % {"pk": pk})
        elif pk in failed:
            lines.append(
                _("Stuck text reading of version %(pk)s failed after its attempts") % {"pk": pk}
            )
        else:
            lines.append(_("Stuck text reading of version %(pk)s (its worker died)") % {"pk": pk})
    lines += waiting_lines(findings)
    if not lines:
        lines.append(_("The stored files and the database agree."))
    return lines


def waiting_lines(findings: Findings) -> list[str]:
    """The jobs no worker took and the readings no lease holds, with what ``--fix`` did."""
    lines = []
    requeued_jobs = set(findings.requeued_jobs)
    for job in findings.waiting_jobs:
        params = {"pk": job.target, "since": localtime(job.since).strftime("%Y-%m-%d %H:%M")}
        if job.kind == "reading":
            line = _("Text reading of version %(pk)s waiting since %(since)s: no worker took it")
        else:
            line = _("Pre-check of evidence link %(pk)s waiting since %(since)s: no worker took it")
        lines.append(line % params)
        if job in requeued_jobs:
            lines.append(_("  queued again; if it waits again, start spbe db_worker"))
    requeued, failed = set(findings.requeued_unleased), set(findings.failed_unleased)
    for pk in findings.unleased_readings:
        if pk in requeued:
            lines.append(
                _("Text reading of version %(pk)s running without a lease queued again")
                % {"pk": pk}
            )
        elif pk in failed:
            lines.append(
                _(
                    "Text reading of version %(pk)s running without a lease failed after its attempts"
                )
                % {"pk": pk}
            )
        else:
            lines.append(
                _("Text reading of version %(pk)s marked running without a lease") % {"pk": pk}
            )
    return lines
