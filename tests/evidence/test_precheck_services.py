"""The automatic pre-check of a link: it runs on the version the link offers once its text is
read, against the evaluation's framework, indicator and agency, and is kept on the link."""

import datetime

import pytest

from spbe.evaluations.models import EvaluationState
from spbe.evidence.models import DocumentVersion, EvidenceLink
from spbe.evidence.precheck_services import latest_version, precheck_link, precheck_version_links
from tests.cast import make_cast
from tests.evaluations.helpers import assessment, evaluation_in_state
from tests.evidence.builders import library_document, pin, read_document, version_with_text
from tests.evidence.test_upload_and_links import ARCHITECTURE_LEVEL_2
from tests.precheck.texts import regulation

pytestmark = pytest.mark.dates

DRAFT = regulation(
    "Arsitektur Sistem Pemerintahan Berbasis Elektronik",
    ["Arsitektur Domain Proses Bisnis memetakan proses bisnis."],
    head="WALI KOTA UJI",
    draft=True,
)


def second_version(document, pages, *, read=True) -> DocumentVersion:
    if read:
        return version_with_text(document, pages, number=2)
    first = document.versions.get(number=1)
    return DocumentVersion.objects.create(
        document=document, number=2, stored_file=first.stored_file, original_name="v2.pdf"
    )


# latest_version


def test_the_latest_version_is_the_highest_number(cast):
    document = read_document(cast, "Perwali", DRAFT)
    second = second_version(document, ARCHITECTURE_LEVEL_2, read=False)
    assert latest_version(document.pk) == second


def test_a_document_without_a_file_has_no_latest_version(cast):
    assert latest_version(library_document(cast).pk) is None


# precheck_link


def test_a_link_is_checked_against_its_indicator_and_the_result_kept(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2)
    made = pin(assessment(cast, 1), document, level=2)
    checked = precheck_link(made.pk)
    assert checked is not None
    made.refresh_from_db()
    assert made.precheck == checked.precheck
    assert (made.precheck["framework"], made.precheck["indicator"]) == ("spbe-2020", 1)
    assert made.precheck["supported_level"] == 2
    assert made.precheck_version == document.versions.get()


def test_the_check_knows_the_evaluations_agency(cast):
    made = pin(assessment(cast, 1), read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2))
    checked = precheck_link(made.pk)
    assert checked is not None
    assert checked.precheck["document"]["agency"] == "Kota Uji"
    assert checked.precheck["document"]["belongs_to_agency"] is True


def test_an_indicator_without_rules_is_said_to_have_none(cast):
    made = pin(assessment(cast, 40), read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2))
    checked = precheck_link(made.pk)
    assert checked is not None
    assert checked.precheck["status"] == "no_rules"
    assert checked.precheck["supported_level"] is None


def test_the_check_follows_the_evaluations_framework(db):
    cast = make_cast(framework="pemdi-2026")
    made = pin(assessment(cast, 1), read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2))
    checked = precheck_link(made.pk)
    assert checked is not None
    assert checked.precheck["framework"] == "pemdi-2026"


def test_text_read_by_ocr_is_said_so_in_the_result(cast):
    document = library_document(cast)
    version_with_text(document, ARCHITECTURE_LEVEL_2, ocr=True)
    checked = precheck_link(pin(assessment(cast, 1), document).pk)
    assert checked is not None
    assert checked.precheck["ocr"] is True


def test_a_link_whose_text_is_not_read_yet_waits_and_keeps_nothing(cast):
    document = read_document(cast, "Perwali", DRAFT)
    unread = second_version(document, ARCHITECTURE_LEVEL_2, read=False)
    made = pin(assessment(cast, 1), document)
    assert made.version == unread
    assert precheck_link(made.pk) is None
    made.refresh_from_db()
    assert (made.precheck, made.precheck_version) == (None, None)


def test_a_link_to_an_address_has_nothing_to_check(cast):
    made = pin(assessment(cast, 1), library_document(cast, url="https://spbe.kota-uji.go.id"))
    assert precheck_link(made.pk) is None


def test_a_link_that_no_longer_exists_is_skipped(cast):
    made = pin(assessment(cast, 1), read_document(cast, "Perwali", DRAFT))
    pk = made.pk
    made.delete()
    assert precheck_link(pk) is None


def test_a_pinned_link_is_checked_on_its_own_version_not_the_latest(cast):
    document = read_document(cast, "Perwali", DRAFT)
    first = document.versions.get()
    sent = evaluation_in_state(cast, EvaluationState.SUBMITTED)
    pinned = pin(sent.assessments.get(indicator__number=1), document)
    second_version(document, ARCHITECTURE_LEVEL_2)
    checked = precheck_link(pinned.pk)
    assert checked is not None
    assert checked.precheck_version == first
    assert checked.precheck["supported_level"] != 2


def test_a_legacy_link_without_a_version_is_checked_on_the_latest(cast):
    document = read_document(cast, "Perwali", DRAFT)
    second = second_version(document, ARCHITECTURE_LEVEL_2)
    made = EvidenceLink.objects.create(assessment=assessment(cast, 1), document=document)
    checked = precheck_link(made.pk)
    assert checked is not None
    assert checked.precheck_version == second
    assert checked.precheck["supported_level"] == 2


# precheck_version_links


def test_every_link_offering_a_version_is_checked_and_counted(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2)
    links = [pin(assessment(cast, number), document) for number in (1, 2, 11)]
    assert precheck_version_links(document.versions.get().pk) == 3
    for made in links:
        made.refresh_from_db()
        assert made.precheck is not None
        assert made.precheck["indicator"] == made.assessment.indicator.number


def test_links_offering_another_version_keep_the_result_they_have(cast):
    document = read_document(cast, "Perwali", DRAFT)
    sent = evaluation_in_state(cast, EvaluationState.SUBMITTED)
    pinned = pin(sent.assessments.get(indicator__number=1), document)
    precheck_link(pinned.pk)
    pinned.refresh_from_db()
    kept = pinned.precheck
    second = second_version(document, ARCHITECTURE_LEVEL_2)
    pin(assessment(cast, 1), document)  # the open evaluation's link offers version 2
    assert precheck_version_links(second.pk) == 1
    pinned.refresh_from_db()
    assert pinned.precheck == kept
    assert pinned.precheck_version == document.versions.get(number=1)


def test_a_version_nobody_offers_checks_nothing(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2)
    assert precheck_version_links(document.versions.get().pk) == 0


# freshness: measured against the evaluation, with the document's own dates


def test_an_expired_document_is_flagged_against_the_evaluations_deadline(cast):
    evaluation = assessment(cast, 1).evaluation
    expired = evaluation.self_assessment_deadline - datetime.timedelta(days=1)
    document = read_document(cast, "Perwali", ARCHITECTURE_LEVEL_2, expires_on=expired)
    checked = precheck_link(pin(assessment(cast, 1), document, level=2).pk)
    assert checked is not None
    assert {"code": "expired", "expires_on": expired.isoformat()} in checked.precheck["flags"]


def test_a_document_valid_on_the_deadline_is_not_expired(cast):
    evaluation = assessment(cast, 1).evaluation
    document = read_document(
        cast, "Perwali", ARCHITECTURE_LEVEL_2, expires_on=evaluation.self_assessment_deadline
    )
    checked = precheck_link(pin(assessment(cast, 1), document, level=2).pk)
    assert checked is not None
    assert "expired" not in [flag["code"] for flag in checked.precheck["flags"]]


def test_a_period_that_ended_before_the_evaluated_year_is_flagged(cast):
    ended = regulation(
        "Arsitektur SPBE Tahun 2018-2022",
        ["Arsitektur Domain Proses Bisnis memetakan proses bisnis."],
    )
    checked = precheck_link(pin(assessment(cast, 1), read_document(cast, "Perwali", ended)).pk)
    assert checked is not None
    assert {"code": "period_ended", "start": 2018, "end": 2022} in checked.precheck["flags"]
    assert checked.precheck["document"]["period"] == {"start": 2018, "end": 2022}
