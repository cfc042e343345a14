"""External results: recorded per indicator or imported from a file, and compared."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import Assessment, EvaluationState
from spbe.evaluations.services import evaluation_advance
from tests.cast import PASSWORD, make_cast
from tests.evaluations.helpers import verify_all

pytestmark = pytest.mark.dates


@pytest.fixture
def sent(db):
    cast = make_cast(framework="pemdi-2026")
    verify_all(cast, level=2)
    coordinator = cast.actor(cast.coordinator)
    evaluation = evaluation_advance(actor=coordinator, evaluation=cast.evaluation)
    cast.evaluation = evaluation_advance(actor=coordinator, evaluation=evaluation)
    assert cast.evaluation.state == EvaluationState.SUBMITTED
    return cast


def post_file(client, cast, text: str):
    url = reverse("evaluations:external_import", args=[cast.evaluation.pk])
    return client.post(url, {"file": SimpleUploadedFile("hasil.csv", text.encode())})


def test_an_assigned_assessor_imports_every_external_value_from_a_file(client, sent):
    client.login(username=sent.external_assessor.username, password=PASSWORD)
    rows = "indikator,nilai,catatan\n" + "\n".join(f"{n},1.5,catatan {n}" for n in range(1, 21))
    response = post_file(client, sent, rows)
    assert response.status_code == 302
    values = set(
        Assessment.objects.filter(evaluation=sent.evaluation).values_list(
            "external_value", flat=True
        )
    )
    assert {str(v) for v in values} == {"1.50"}
    assert AuditEvent.objects.filter(action="assessment.external").count() == 20


def test_a_file_with_one_bad_row_records_nothing_and_lists_the_row(client, sent):
    client.login(username=sent.coordinator.username, password=PASSWORD)
    response = post_file(client, sent, "1,2\n2,7\n99,1\n3,x\n")
    assert response.status_code == 422
    lines = [error.line for error in response.context["row_errors"]]
    assert lines == [2, 3, 4]
    assert not Assessment.objects.filter(
        evaluation=sent.evaluation, external_value__isnull=False
    ).exists()


def test_an_unassigned_assessor_or_another_agency_cannot_import(client, sent):
    client.login(username=sent.unassigned_assessor.username, password=PASSWORD)
    assert post_file(client, sent, "1,2\n").status_code == 404
    client.login(username=sent.pic.username, password=PASSWORD)
    assert post_file(client, sent, "1,2\n").status_code == 403


def test_a_file_over_one_megabyte_is_refused(client, sent):
    client.login(username=sent.coordinator.username, password=PASSWORD)
    response = post_file(client, sent, "1,2\n" * 300_000)
    assert response.status_code == 422
    assert not Assessment.objects.filter(
        evaluation=sent.evaluation, external_value__isnull=False
    ).exists()


def test_the_comparison_shows_the_difference_and_its_effect_from_the_engine(client, sent):
    client.login(username=sent.coordinator.username, password=PASSWORD)
    post_file(client, sent, "\n".join(f"{n},{'1' if n == 1 else '2'}" for n in range(1, 21)))
    response = client.get(reverse("evaluations:comparison", args=[sent.evaluation.pk]))
    row = next(r for r in response.context["rows"] if r.assessment.indicator.number == 1)
    assert str(row.difference) == "-1.00"
    assert str(row.index_effect) == "-0.0500"  # indicator 1 weighs 5 of 100
    assert str(response.context["total_effect"].normalize()) == "-0.05"
