"""Shared set-up of the report tests.

Rendering a report takes seconds, so the filled-in evaluations are built and rendered once per
session, on the cast's day, inside a transaction that is rolled back: the tests receive plain
``ReportData`` and the files' bytes, and the database is left as it was.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from PIL import Image

from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import SYSTEM
from spbe.reports import services
from spbe.reports.data import ReportData, report_data
from spbe.reports.models import ReportFormat, ReportSettings
from spbe.reports.render import RENDERERS
from tests.cast import make_cast
from tests.clock import on_cast_day
from tests.reports.builders import fill_evaluation

LETTERHEAD = "PEMERINTAH KOTA UJI\nDINAS KOMUNIKASI DAN INFORMATIKA\nJalan Merdeka No. 1, Kota Uji"


@dataclass(frozen=True)
class Rendered:
    data: ReportData
    files: dict[ReportFormat, bytes]


def logo_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 160), "#0072B2").save(buffer, format="PNG")
    return buffer.getvalue()


def _render(evaluation: Evaluation, formats: tuple[ReportFormat, ...]) -> Rendered:
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=evaluation.pk
    )
    # English: the Indonesian catalogue is maintained separately, and these tests check the
    # structure and the numbers, not the translation.
    with translation.override("en"):
        data = report_data(evaluation, SYSTEM, now=timezone.localtime())
        return Rendered(data, {fmt: RENDERERS[fmt](data) for fmt in formats})


@pytest.fixture(scope="session")
def spbe_report(django_db_setup: None, django_db_blocker: Any) -> Iterator[Rendered]:
    """A filled-in SPBE 2020 evaluation (47 indicators, long texts, a logo) in every format."""
    with on_cast_day(), django_db_blocker.unblock(), transaction.atomic():
        cast = make_cast(prefix="rep-")
        fill_evaluation(cast, long_texts=True)
        settings = ReportSettings(agency=cast.agency, letterhead=LETTERHEAD)
        settings.logo.save("logo.png", ContentFile(logo_png()), save=False)
        settings.save()
        rendered = _render(cast.evaluation, tuple(ReportFormat))
        transaction.set_rollback(True)
    yield rendered


@pytest.fixture(scope="session")
def pemdi_report(django_db_setup: None, django_db_blocker: Any) -> Iterator[Rendered]:
    """A Pemdi 2026 evaluation (seven aspects, no domains), partly filled, without a logo."""
    with on_cast_day(), django_db_blocker.unblock(), transaction.atomic():
        cast = make_cast(framework="pemdi-2026", prefix="pemdi-")
        fill_evaluation(cast, history=False)
        rendered = _render(cast.evaluation, (ReportFormat.PDF, ReportFormat.PPTX))
        transaction.set_rollback(True)
    yield rendered


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Keep requested jobs queued: record what would be sent to the worker instead."""
    sent: list[int] = []
    monkeypatch.setattr(services, "_enqueue", sent.append)
    return sent
