"""The API client example (``examples/api/client.py``) against a live server on 127.0.0.1, with
the cast's real tokens: it uploads the PDF, links it, prints the scoring engine's figures and
saves the report its job produced; a read-only token stops it at the upload with the API's
refusal, and nothing is stored."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from django.utils import timezone
from django.utils.translation import gettext

from spbe.catalog.services import catalog_load
from spbe.evaluations.summary import evaluation_summary
from spbe.evidence.models import Document, EvidenceLink
from spbe.reports import services
from spbe.reports.models import JobStatus, ReportJob
from spbe.reports.tasks import generate_report
from tests.api.helpers import token_for
from tests.cast import Cast, make_cast
from tests.reports.builders import fill_evaluation
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
def filled(cast: Cast) -> Cast:
    """Every indicator claimed and reviewed; those of number 9, 18, … returned to the unit."""
    fill_evaluation(cast, history=False)
    return cast


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Keep asked report jobs queued, as a busy worker would: record what would be sent."""
    sent: list[int] = []
    monkeypatch.setattr(services, "_enqueue", sent.append)
    return sent


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "perwali-arsitektur.pdf"
    path.write_bytes(text_pdf(["Peraturan Wali Kota tentang Arsitektur SPBE", "Pasal 1"]))
    return path


def run(live_server: Any, token: str, pdf: Path, out: Path, *extra: str, client: Any = None) -> int:
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
    return (client or load_client()).main(argv)


def test_it_uploads_links_reads_the_scores_and_saves_the_report(
    filled: Cast, live_server: Any, pdf: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "laporan.pdf"
    status = run(live_server, token_for(filled.pic, scope="write"), pdf, out)
    printed = capsys.readouterr()
    assert status == 0, printed.err

    document = Document.objects.get(agency=filled.agency, title="perwali-arsitektur")
    link = EvidenceLink.objects.get(document=document)
    # The first indicator open to the Kominfo PIC: 9, returned to its unit (1 to 8 are verified).
    assert link.assessment.evaluation_id == filled.evaluation.pk
    assert link.assessment.indicator.number == 9
    assert f"Linked document {document.pk} to the claim of indicator 9." in printed.out

    summary = evaluation_summary(
        filled.evaluation, actor=filled.actor(filled.pic), today=timezone.localdate()
    )
    assert f"Scores (official: {summary.official_kind.value}):" in printed.out
    for figure in summary.indices:
        if figure.available:
            line = f"  {figure.kind.value}: {figure.index} {figure.predicate}, "
            line += f"{figure.filled}/{figure.total} indicators filled"
        else:
            line = f"  {figure.kind.value}: not available yet"
        assert line in printed.out.splitlines(), line

    job = ReportJob.objects.get(evaluation=filled.evaluation)
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


def test_an_unknown_item_is_refused_before_anything_is_uploaded(
    cast: Cast, live_server: Any, pdf: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "laporan.pdf"
    token = token_for(cast.coordinator, scope="write")
    status = run(live_server, token, pdf, out, "--item", "I1-L2-01")
    printed = capsys.readouterr()
    assert status == 1
    path = f"/api/v1/evaluations/{cast.evaluation.pk}/items/I1-L2-01"
    assert f"GET {path} answered 404" in printed.err and "(code: not_found)" in printed.err
    assert not Document.objects.exists() and not out.exists()


def test_after_a_lost_answer_the_upload_is_retried_with_the_same_key_and_stored_once(
    cast: Cast, live_server: Any, pdf: Path, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    client = load_client()
    keys: list[str] = []
    real_post = httpx.Client.post

    def answer_lost_once(self: httpx.Client, url: str, **kwargs: Any) -> httpx.Response:
        response = real_post(self, url, **kwargs)
        if url == "/documents":
            keys.append(kwargs["headers"]["Idempotency-Key"])
            if len(keys) == 1:
                raise httpx.ReadTimeout("the answer was lost", request=response.request)
        return response

    monkeypatch.setattr(httpx.Client, "post", answer_lost_once)
    monkeypatch.setattr(client, "time", _Time(lambda seconds: None))
    out = tmp_path / "laporan.pdf"
    status = run(live_server, token_for(cast.pic, scope="write"), pdf, out, client=client)
    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert len(keys) == 2 and keys[0] == keys[1]
    assert "retrying with the same key" in printed.out
    document = Document.objects.get()
    assert f"as document {document.pk}, version 1 (replayed)." in printed.out
    assert EvidenceLink.objects.filter(document=document).count() == 1


def test_it_polls_the_job_until_the_worker_has_rendered_the_report(
    cast: Cast,
    live_server: Any,
    pdf: Path,
    tmp_path: Path,
    capsys: Any,
    queued: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = load_client()
    polls: list[float] = []

    def worker_renders_at_the_second_poll(seconds: float) -> None:
        polls.append(seconds)
        if len(polls) == 2:
            generate_report.call(queued[0])

    monkeypatch.setattr(client, "time", _Time(worker_renders_at_the_second_poll))
    out = tmp_path / "laporan.pdf"
    status = run(live_server, token_for(cast.pic, scope="write"), pdf, out, client=client)
    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert polls == [0.2, 0.2]
    assert "  poll 1/30: queued" in printed.out and "  poll 2/30: queued" in printed.out
    assert out.read_bytes().startswith(b"%PDF")


def test_it_gives_up_after_the_attempts_given_when_the_report_stays_queued(
    cast: Cast,
    live_server: Any,
    pdf: Path,
    tmp_path: Path,
    capsys: Any,
    queued: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = load_client()
    polls: list[float] = []
    monkeypatch.setattr(client, "time", _Time(polls.append))
    out = tmp_path / "laporan.pdf"
    token = token_for(cast.pic, scope="write")
    status = run(live_server, token, pdf, out, "--attempts", "3", client=client)
    printed = capsys.readouterr()
    assert status == 1 and len(polls) == 3
    assert "The report was not ready after 3 polls; try again later." in printed.err
    assert not out.exists()


class _Time:
    """The script's ``time`` module with ``sleep`` replaced (no waiting in the tests)."""

    def __init__(self, sleep: Any) -> None:
        self.sleep = sleep
