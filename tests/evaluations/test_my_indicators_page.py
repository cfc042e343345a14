"""A PIC's "Indikator saya": a returned claim shows the reviewer's note beside its deadline."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from spbe.evaluations.assessment_services import assessment_return
from tests.cast import PASSWORD
from tests.evaluations.helpers import assessment, submit

pytestmark = pytest.mark.dates


def test_a_returned_claim_shows_the_reviewers_note_and_the_deadline(client, cast):
    submit(cast, 1)
    current = assessment(cast, 1)
    assessment_return(
        actor=cast.actor(cast.coordinator),
        assessment=current,
        version=current.version,
        note="Lampirkan Perwali yang sudah bernomor.",
    )
    client.login(username=cast.pic.username, password=PASSWORD)
    page = client.get(reverse("evaluations:mine")).content.decode()
    row = next(part for part in page.split("<tr>") if "Lampirkan Perwali" in part)
    assert "Lampirkan Perwali yang sudah bernomor." in row
    assert "15 Des. 2026" in row or "15 Desember 2026" in row


def test_a_long_note_is_shortened_and_links_to_the_indicators_thread(client, cast):
    submit(cast, 1)
    current = assessment(cast, 1)
    note = "Lampirkan Perwali yang sudah bernomor. " + "Bagian lampiran belum lengkap. " * 10
    assessment_return(
        actor=cast.actor(cast.coordinator),
        assessment=current,
        version=current.version,
        note=note,
    )
    client.login(username=cast.pic.username, password=PASSWORD)
    page = client.get(reverse("evaluations:mine")).content.decode()
    row = next(part for part in page.split("<tr>") if "Lampirkan Perwali" in part)
    shown = row.split('class="return-note"')[1].split("</span>")[0].rsplit(">", 1)[1]
    assert len(shown) <= 120
    assert shown.endswith("…")
    thread = reverse("evaluations:indicator", args=[cast.evaluation.pk, 1]) + "#komentar"
    assert f'href="{thread}"' in row
    assert gettext("Fix by") in row


def test_a_claim_not_returned_shows_no_note(client, cast):
    client.login(username=cast.pic.username, password=PASSWORD)
    assert 'class="return-note"' not in client.get(reverse("evaluations:mine")).content.decode()
