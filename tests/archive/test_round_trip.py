"""Export an agency, import it into a fresh installation, export it again: the manifests are
equal but for the time of the export."""

from __future__ import annotations

import datetime

import pytest

from spbe.api.models import ApiToken
from spbe.api.token_selectors import token_presented
from spbe.archive.agency_import import agency_import
from spbe.evidence.models import DocumentVersion, EvidenceLink
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency
from tests.api.helpers import token_for
from tests.archive.builders import busy, empty_installation, export_bytes, manifest_of

pytestmark = pytest.mark.dates


def without_time(manifest):
    return {key: value for key, value in manifest.items() if key != "created_at"}


def test_an_export_read_into_a_fresh_installation_exports_the_same_manifest(cast, media, tmp_path):
    busy(cast)
    first = export_bytes(cast.agency)
    empty_installation()
    (tmp_path / "kota-uji.zip").write_bytes(first)

    outcome = agency_import(actor=SYSTEM, path=tmp_path / "kota-uji.zip")

    assert outcome.imported
    second = export_bytes(Agency.objects.get(slug="kota-uji"))
    assert without_time(manifest_of(second)) == without_time(manifest_of(first))
    assert manifest_of(first)["counts"]["document_versions"] == 2


def test_the_imported_evidence_keeps_its_bytes_and_its_links(cast, media, tmp_path):
    busy(cast)
    before = {
        v.stored_file.sha256: v.stored_file.file.read() for v in DocumentVersion.objects.all()
    }
    (tmp_path / "a.zip").write_bytes(export_bytes(cast.agency))
    empty_installation()

    agency_import(actor=SYSTEM, path=tmp_path / "a.zip")

    after = {v.stored_file.sha256: v.stored_file.file.read() for v in DocumentVersion.objects.all()}
    assert after == before
    link = EvidenceLink.objects.get()
    assert (link.assessment.indicator.number, link.level) == (1, 1)
    assert link.assessment.evaluation.agency.slug == "kota-uji"


def test_an_access_token_survives_the_round_trip(cast, media, tmp_path):
    text = token_for(cast.coordinator, scope="write", name="Satu Data")
    (tmp_path / "a.zip").write_bytes(export_bytes(cast.agency))
    empty_installation()

    agency_import(actor=SYSTEM, path=tmp_path / "a.zip")

    imported = ApiToken.objects.get()
    # Valid a day after it was made, as before the export (the cast's clock, not today's).
    token = token_presented(text, now=imported.created_at + datetime.timedelta(days=1))
    assert token is not None and token.user.username == "koordinator"
    assert imported.name == "Satu Data"
