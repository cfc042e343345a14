"""External and assessor results through the API: read as the pages show them, and the portal's
results imported through the page's own import service, from a file or the same rows as JSON,
with the page's rights; a bad row refuses everything, naming each row."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from spbe.audit.models import AuditEvent
from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.models import Assessment, AssessorResult, EvaluationItem, ExternalIndexValue
from tests.api.helpers import bearer, get, token_for
from tests.cast import make_cast
from tests.evaluations.files import csv_file, xlsx_file
from tests.evaluations.helpers import send_verified
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY, SELF_ASSESSMENT_DAY
from tests.evaluations.pemdi_pages import sent_on

pytestmark = pytest.mark.dates

VALUES = [
    {"indicator": 1, "value": "1.26", "note": "Kebijakan ada", "recommendation": "Lengkapi SOP"},
    {"indicator": "I4", "value": 2, "note": "", "recommendation": "Susun peta rencana"},
]
VERDICTS = [
    ["code", "status", "note"],
    ["I1-L1-01", "diterima", "Sesuai"],
    ["I1-L2-01", "revisi", "SK belum ditandatangani"],
]


@pytest.fixture
def documents(pemdi, time_machine):
    """The Pemdi evaluation sent, on a day of the Penilaian Dokumen."""
    return sent_on(pemdi, time_machine, DOCUMENTS_DAY)


def url(cast) -> str:
    return f"/api/v1/evaluations/{cast.evaluation.pk}/results/import"


def send_json(cast, user, body):
    return Client().post(
        url(cast), body, content_type="application/json", **bearer(token_for(user, scope="write"))
    )


def send_file(cast, user, content, name="hasil.csv", **fields):
    return Client().post(
        url(cast),
        {"file": SimpleUploadedFile(name, content), **fields},
        **bearer(token_for(user, scope="write")),
    )


def results(cast):
    return {
        r.assessment.indicator.number: (str(r.value), r.note, r.recommendation)
        for r in AssessorResult.objects.filter(assessment__evaluation=cast.evaluation)
    }


# ------------------------------------------------------------------------------------- reading


def test_the_results_list_every_indicator_with_its_external_value(cast):
    Assessment.objects.filter(evaluation=cast.evaluation, indicator__number=3).update(
        external_value=2, external_note="Hasil nasional"
    )
    body = get(f"/evaluations/{cast.evaluation.pk}/results", token_for(cast.leadership)).json()
    assert body["framework"] == "spbe-2020" and len(body["indicators"]) == 47
    assert [row["number"] for row in body["indicators"]] == list(range(1, 48))
    third = body["indicators"][2]
    assert third["external"] == {"value": "2.00", "note": "Hasil nasional"}
    assert third["assessor"] is None
    assert body["indicators"][0]["external"]["value"] is None
    assert body["external_indices"] == []  # SPBE values no indicator by another agency's index


def test_pemdi_results_show_the_assessors_results_and_the_external_indices(documents):
    send_json(documents, documents.coordinator, {"rows": VALUES})
    framework = revision_scoring_framework(documents.evaluation.revision)
    number = min(framework.external_indices)
    ExternalIndexValue.objects.create(
        assessment=Assessment.objects.get(
            evaluation=documents.evaluation, indicator__number=number
        ),
        value="3.50",
        year=2025,
        source="Laporan BSSN",
    )
    body = get(f"/evaluations/{documents.evaluation.pk}/results", token_for(documents.pic)).json()
    first = body["indicators"][0]["assessor"]
    assert first["value"] == "1.26" and first["recommendation"] == "Lengkapi SOP"
    assert first["updated_by"] == documents.coordinator.username and first["version"] >= 1
    indices = {row["indicator"]: row for row in body["external_indices"]}
    assert set(indices) == set(framework.external_indices)
    entered = indices[number]
    assert entered["index"] == framework.external_indices[number].name
    assert entered["value"] == "3.50" and entered["year"] == 2025
    assert entered["source"] == "Laporan BSSN" and entered["pending"] is False
    assert entered["outdated"] is True  # 2025 measured for the 2026 evaluation
    others = [row for n, row in indices.items() if n != number]
    assert all(row["pending"] and row["value"] is None and row["version"] == 0 for row in others)


def test_another_agencys_results_are_404(cast):
    other = make_cast(prefix="lain-")
    response = get(f"/evaluations/{other.evaluation.pk}/results", token_for(cast.coordinator))
    assert response.status_code == 404 and "lain-" not in response.content.decode()


# ------------------------------------------------------------------------------------ importing


def test_json_rows_are_imported_like_the_file_they_stand_for(documents):
    response = send_json(documents, documents.coordinator, {"rows": VALUES})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["kind"] == "indicators" and body["applied"] is True
    assert body["rows"] == 2 and body["unchanged"] == 0
    assert {(c["row"], c["subject"], c["field"]) for c in body["changes"]} >= {
        (0, "I1", "value"),
        (1, "I4", "recommendation"),
    }
    assert results(documents) == {
        1: ("1.26", "Kebijakan ada", "Lengkapi SOP"),
        4: ("2.00", "", "Susun peta rencana"),
    }
    event = AuditEvent.objects.get(action="results.import")
    assert event.data["token"] == "dasbor"


@pytest.mark.parametrize(("make_file", "name"), [(csv_file, "hasil.csv"), (xlsx_file, "h.xlsx")])
def test_an_assigned_assessor_imports_a_file_of_verdicts(documents, make_file, name):
    response = send_file(documents, documents.external_assessor, make_file(VERDICTS), name)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["kind"] == "items" and body["applied"] is True
    assert body["changes"][0] == {
        "row": 2,
        "subject": "I1-L1-01",
        "field": "status",
        "old": "belum",
        "new": "diterima",
    }
    statuses = dict(
        EvaluationItem.objects.filter(
            evaluation=documents.evaluation, code__in=["I1-L1-01", "I1-L2-01"]
        ).values_list("code", "status")
    )
    assert statuses == {"I1-L1-01": "diterima", "I1-L2-01": "revisi"}


def test_a_dry_run_lists_the_changes_and_writes_nothing(documents):
    events = AuditEvent.objects.count()
    body = send_json(documents, documents.coordinator, {"rows": VALUES, "dry_run": True}).json()
    assert body["applied"] is False and body["changes"]
    filed = send_file(documents, documents.coordinator, csv_file(VERDICTS), dry_run="true").json()
    assert filed["applied"] is False and filed["changes"]
    assert results(documents) == {}
    assert AuditEvent.objects.count() == events + 2  # the two tokens' creation only


def test_the_same_rows_a_second_time_change_nothing(documents):
    send_json(documents, documents.coordinator, {"rows": VALUES})
    again = send_json(documents, documents.coordinator, {"rows": VALUES}).json()
    assert again["applied"] is False and again["changes"] == [] and again["unchanged"] == 2


def test_bad_json_rows_refuse_everything_naming_each_row_and_field(documents):
    rows = [
        VALUES[0],
        {"indicator": 99, "value": "2", "note": "", "recommendation": ""},
        {"indicator": 4, "value": "sembilan", "note": "", "recommendation": ""},
    ]
    response = send_json(documents, documents.coordinator, {"rows": rows})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid"
    assert set(body["fields"]) == {"rows.1.indicator", "rows.2.value"}
    assert results(documents) == {}


def test_a_bad_row_of_a_file_is_named_by_its_row_and_column(documents):
    rows = [*VERDICTS, ["I1-L2-02", "mungkin", ""]]
    response = send_file(documents, documents.coordinator, csv_file(rows))
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"row.4.B"}
    assert not EvaluationItem.objects.filter(
        evaluation=documents.evaluation, status="diterima"
    ).exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"rows": []}, "rows"),
        ({}, "rows"),
        ({"rows": [{"indikator": 1, "nilai": 2}]}, "rows.0.indikator"),
        ({"rows": [{"indicator": 1, "value": 2}, {"indicator": 4}]}, "rows.1.value"),
        ({"rows": "semua"}, "rows"),
    ],
)
def test_a_malformed_body_is_422_naming_the_field(documents, body, field):
    response = send_json(documents, documents.coordinator, body)
    assert response.status_code == 422
    assert field in response.json()["fields"]


def test_a_body_that_is_not_json_or_a_form_without_file_is_422(documents):
    text = token_for(documents.coordinator, scope="write")
    broken = Client().post(url(documents), "{", content_type="application/json", **bearer(text))
    assert broken.status_code == 422 and broken.json()["code"] == "invalid"
    no_file = Client().post(url(documents), {"dry_run": "1"}, **bearer(text))
    assert no_file.status_code == 422 and "file" in no_file.json()["fields"]


def test_a_file_without_the_known_columns_is_refused(documents):
    response = send_file(documents, documents.coordinator, csv_file([["a", "b"], ["1", "2"]]))
    assert response.status_code == 422 and response.json()["code"] == "refused"


def test_who_may_not_import_on_the_page_may_not_import_here(documents, time_machine):
    for user in (documents.pic, documents.leadership, documents.internal_assessor):
        response = send_json(documents, user, {"rows": VALUES})
        assert response.status_code == 403, user
        assert response.json()["code"] == "forbidden"
    assert send_json(documents, documents.outsider, {"rows": VALUES}).status_code == 404
    assert results(documents) == {}


def test_before_the_penilaian_dokumen_nobody_imports(pemdi, time_machine):
    cast = sent_on(pemdi, time_machine, SELF_ASSESSMENT_DAY)
    response = send_json(cast, cast.coordinator, {"rows": VALUES})
    assert response.status_code == 403 and results(cast) == {}


def test_an_evaluation_without_items_has_no_portal_results_to_import(cast):
    assert send_json(cast, cast.coordinator, {"rows": VALUES}).status_code == 404


# ------------------------------------------------------------------- the external evaluation


@pytest.fixture
def sent(cast):
    send_verified(cast)
    return cast


def send_external(cast, user, body=None, content=None):
    path = f"/api/v1/evaluations/{cast.evaluation.pk}/results/external/import"
    headers = bearer(token_for(user, scope="write"))
    if content is not None:
        return Client().post(path, {"file": SimpleUploadedFile("hasil.csv", content)}, **headers)
    return Client().post(path, body, content_type="application/json", **headers)


def external_values(cast):
    return {
        number: str(value)
        for number, value in Assessment.objects.filter(
            evaluation=cast.evaluation, external_value__isnull=False
        ).values_list("indicator__number", "external_value")
    }


def test_the_external_values_are_recorded_from_json_rows_or_the_pages_file(sent):
    rows = [{"indicator": 1, "value": "2", "note": "nasional"}, {"indicator": 2, "value": 3}]
    response = send_external(sent, sent.external_assessor, {"rows": rows})
    assert response.status_code == 200, response.content
    assert response.json() == {"recorded": 2}
    assert external_values(sent) == {1: "2.00", 2: "3.00"}
    filed = send_external(sent, sent.coordinator, content=b"indikator,nilai\n3,2\n")
    assert filed.json() == {"recorded": 1} and external_values(sent)[3] == "2.00"


def test_bad_external_rows_record_nothing_and_are_named(sent):
    rows = [{"indicator": 1, "value": "2"}, {"indicator": 99, "value": "2"}, {"indicator": 3}]
    missing = send_external(sent, sent.coordinator, {"rows": rows})
    assert missing.status_code == 422 and "rows.2.value" in missing.json()["fields"]
    rows[2]["value"] = "x"
    response = send_external(sent, sent.coordinator, {"rows": rows})
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"rows.1", "rows.2"}
    filed = send_external(sent, sent.coordinator, content=b"1,2\n2,7\n")
    assert set(filed.json()["fields"]) == {"row.2"}
    assert external_values(sent) == {}


def test_who_may_not_record_external_results_may_not_import_them(sent, cast):
    for user in (sent.pic, sent.leadership):
        response = send_external(sent, user, {"rows": [{"indicator": 1, "value": "2"}]})
        assert response.status_code == 403, user
    outsider = send_external(sent, sent.outsider, {"rows": [{"indicator": 1, "value": "2"}]})
    assert outsider.status_code == 404
    assert external_values(sent) == {}


def test_before_the_evaluation_is_sent_no_external_value_is_recorded(cast):
    response = send_external(cast, cast.coordinator, {"rows": [{"indicator": 1, "value": "2"}]})
    assert response.status_code == 403 and external_values(cast) == {}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"indicator": 1, "value": True}, "rows.0.value"),
        ({"indicator": True, "value": "2"}, "rows.0.indicator"),
    ],
)
def test_a_boolean_is_not_a_number_of_an_external_row(sent, row, field):
    """pydantic alone reads ``true`` as 1: the one parser of the pages never does."""
    response = send_external(sent, sent.coordinator, {"rows": [row]})
    assert response.status_code == 422 and field in response.json()["fields"]
    assert external_values(sent) == {}
