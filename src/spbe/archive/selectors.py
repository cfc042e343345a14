"""What the export page shows before the download: the agency, if the actor may export it."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Sum

from spbe.core.access import require
from spbe.evidence.models import DocumentVersion, StoredFile
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency
from spbe.organizations.policy import can_export_agency
from spbe.organizations.selectors import agency_for


@dataclass(frozen=True)
class ExportSize:
    """The evidence an export carries: its distinct files and their bytes (before zipping)."""

    files: int
    bytes: int


def agency_to_export(actor: Actor, slug: str) -> Agency:
    """The agency of ``slug``: a 404 when the actor may not see it, a 403 (``NotAllowed``) when
    it may see it but not export it (``organizations.policy.can_export_agency``)."""
    agency = agency_for(actor, slug)
    require(can_export_agency(actor, agency.pk))
    return agency


def export_size(agency: Agency) -> ExportSize:
    """The size hint of the page: one query over the stored files of the agency's versions,
    each counted once however many versions share it (the zip holds it once)."""
    versions = DocumentVersion.objects.filter(document__agency=agency).values("stored_file")
    totals = StoredFile.objects.filter(pk__in=versions).aggregate(
        files=Count("pk"), bytes=Sum("size")
    )
    return ExportSize(files=totals["files"] or 0, bytes=totals["bytes"] or 0)
