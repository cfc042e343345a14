"""A busy workspace for the archive tests, and an installation emptied to look fresh."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model

from spbe.api.models import ApiToken
from spbe.archive.export import agency_export
from spbe.archive.format import MANIFEST
from spbe.archive.models import AgencyImport
from spbe.audit.models import AuditEvent
from spbe.benchmarks.models import AgencyLink
from spbe.evaluations.models import Evaluation, NationalStageWindow
from spbe.evidence.models import (
    Document,
    DocumentVersion,
    EvidenceLink,
    ExternalIndexProof,
    StoredFile,
)
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency, Membership, Unit
from spbe.planning.models import Action, PlanCosts
from spbe.reports.models import ReportJob, ReportSettings
from tests.api.helpers import token_for
from tests.cast import Cast
from tests.evaluations.helpers import assessment, submit
from tests.evidence.builders import FIRST, SECOND, upload
from tests.planning.builders import actions_for


def busy(cast: Cast) -> Cast:
    """The cast with claims, evidence in two versions linked to an indicator, an action plan
    and an access token: a little of everything an export carries."""
    first = upload(cast, cast.pic, FIRST, link_to=assessment(cast, 1), level=1)
    upload(cast, cast.pic, SECOND, document=first.document)
    submit(cast, 1, level=2)
    actions_for(cast)
    token_for(cast.coordinator, scope="write")
    ReportSettings.objects.create(agency=cast.agency, letterhead="PEMERINTAH KOTA UJI")
    return cast


def export_bytes(agency: Agency, **options: Any) -> bytes:
    out = io.BytesIO()
    agency_export(actor=SYSTEM, agency=agency, out=out, **options)
    return out.getvalue()


def write_export(agency: Agency, path: Path, **options: Any) -> Path:
    path.write_bytes(export_bytes(agency, **options))
    return path


def manifest_of(content: bytes) -> dict[str, Any]:
    import json

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return json.loads(archive.read(MANIFEST))


def empty_installation() -> None:
    """Delete every row but the catalogue's, and the stored files: a fresh installation that
    loaded the framework library, inside the test's transaction."""
    for model in (
        AuditEvent,
        AgencyImport,
        ApiToken,
        ReportJob,
        ReportSettings,
        AgencyLink,
        Action,
        PlanCosts,
        ExternalIndexProof,
        EvidenceLink,
    ):
        model._default_manager.all().delete()
    DocumentVersion.objects.all().delete()
    Document.objects.all().delete()
    for stored in StoredFile.objects.all():
        stored.file.delete(save=False)
    StoredFile.objects.all().delete()
    Evaluation.objects.all().delete()
    NationalStageWindow.objects.all().delete()
    Membership.objects.all().delete()
    Unit.objects.all().delete()
    Agency.objects.all().delete()
    get_user_model().objects.all().delete()
