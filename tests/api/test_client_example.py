"""The API client example (``examples/api/client.py``) against a live server on 127.0.0.1, with
the cast's real tokens: it uploads the PDF, links it, prints the scoring engine's figures and
saves the report its job produced; a read-only token stops it at the upload with the API's
refusal, and nothing is stored."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from django.utils import timezone
from django.utils.translation import gettext

from spbe.catalog.services import catalog_load
from spbe.evaluations.summary import evaluation_summary
from spbe.evidence.models import Document, EvidenceLink
from spbe.reports.models import JobStatus, ReportJob
from tests.api.helpers import token_for
from tests.cast import Cast, make_cast
from tests.textanalysis.fabricate import text_pdf

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.dates]

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "api" / "client.py"


def load_client() -> ModuleType:
    """The script as its user runs it: a file, not a package of the project."""
    spec = importlib.util.spec_from_file_location("spbe_api_client_example", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def cast(live_server: Any, transactional_db: None, settings: Any) -> Cast:
    settings.SPBE_API_RATE_LIMIT = 0
    catalog_load()  # transactional tests empty every table afterwards, the catalogue too
    return make_cast()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "perwali-arsitektur.pdf"
    path.write_bytes(text_pdf(["Peraturan Wali Kota tentang Arsitektur SPBE", "Pasal 1"]))
    return path


def run(live_server: Any, token: str, pdf: Path, out: Path, *extra: str) -> int:
    argv = [
        "--base-url",
        live_server.url,
        "--token",
        token,
        "--pdf",
        str(pdf),
        "--out",
        str(out),
        "--interval",
        "0.2",
        *extra,
    ]
    return load_client().main(argv)


def test_it_uploads_links_reads_the_scores_and_saves_the_report(
    cast: Cast, live_server: Any, pdf: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "laporan.pdf"
    status = run(live_server, token_for(cast.pic, scope="write"), pdf, out)
    printed = capsys.readouterr()
    assert status == 0, printed.err

    document = Document.objects.get(agency=cast.agency)
    assert document.title == "perwali-arsitektur"
    link = EvidenceLink.objects.get(document=document)
    # The first indicator open to the Kominfo PIC: indicator 1, led by its unit.
    assert link.assessment.evaluation_id == cast.evaluation.pk
    assert link.assessment.indicator.number == 1
    assert f"Linked document {document.pk} to the claim of indicator 1." in printed.out

    summary = evaluation_summary(
        cast.evaluation, actor=cast.actor(cast.pic), today=timezone.localdate()
    )
    assert f"Scores (official: {summary.official_kind.value}):" in printed.out
    for figure in summary.indices:
        if figure.available:
            line = f"  {figure.kind.value}: {figure.index} {figure.predicate}, "
            line += f"{figure.filled}/{figure.total} indicators filled"
        else:
            line = f"  {figure.kind.value}: not available yet"
        assert line in printed.out.splitlines(), line

    job = ReportJob.objects.get(evaluation=cast.evaluation)
    assert job.status == JobStatus.DONE
    saved = out.read_bytes()
    assert saved.startswith(b"%PDF")
    with job.file.open("rb") as produced:
        assert saved == produced.read()
    assert f"Saved the report to {out} ({len(saved)} bytes)." in printed.out


def test_a_read_only_token_stops_at_the_upload_with_the_apis_refusal(
    cast: Cast, live_server: Any, pdf: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "laporan.pdf"
    status = run(live_server, token_for(cast.pic, scope="read"), pdf, out)
    printed = capsys.readouterr()
    assert status == 1
    assert "POST /api/v1/documents answered 403" in printed.err
    assert gettext("This token may only read; create a read and write token.") in printed.err
    assert "(code: forbidden)" in printed.err
    assert not Document.objects.exists() and not EvidenceLink.objects.exists()
    assert not ReportJob.objects.exists() and not out.exists()
