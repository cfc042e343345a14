"""Reading evidence: each reader sees its agency's library and nothing of another agency's; an
external assessor sees only what was sent to them; search never crosses the agency."""

import pytest
from django.http import Http404

from spbe.evaluations.models import EvaluationState
from spbe.evidence.selectors import (
    agency_documents,
    document_for,
    document_version_for,
    readable_versions_of,
    search,
    version_for,
    visible_links,
)
from tests.evaluations.helpers import assessment, evaluation_in_state, put_in_state
from tests.evidence.builders import library_document, pin, read_document, version_with_text

pytestmark = pytest.mark.dates

AGENCY_READERS = ["coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"]
OUTSIDERS = ["outsider", "external_assessor", "unassigned_assessor"]

ARCHITECTURE = [
    "PERATURAN WALI KOTA UJI NOMOR 12 TAHUN 2023 TENTANG ARSITEKTUR SPBE",
    "Pasal 4 Arsitektur Infrastruktur SPBE memuat pusat data dan jaringan intra.",
]


def send(cast) -> None:
    """The cast's evaluation, sent to its external assessor (set-up only)."""
    put_in_state(cast.evaluation, EvaluationState.SUBMITTED)


# agency_documents


@pytest.mark.parametrize("role", AGENCY_READERS)
def test_every_reader_of_the_agency_lists_its_library_by_title(cast, role):
    library_document(cast, "SOP Layanan")
    library_document(cast, "Perwali Arsitektur")
    library_document(cast, "Perbup Lain", agency=cast.other_agency)
    documents = agency_documents(cast.actor(getattr(cast, role)), cast.agency.pk)
    assert [document.title for document in documents] == ["Perwali Arsitektur", "SOP Layanan"]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_who_does_not_read_the_agency_gets_not_found(cast, role):
    library_document(cast)
    with pytest.raises(Http404):
        agency_documents(cast.actor(getattr(cast, role)), cast.agency.pk)


def test_a_coordinator_cannot_list_another_agencys_library(cast):
    with pytest.raises(Http404):
        agency_documents(cast.actor(cast.coordinator), cast.other_agency.pk)


def test_each_document_counts_its_links_once(cast):
    document = library_document(cast)
    pin(assessment(cast, 1), document, level=1)
    pin(assessment(cast, 1), document, level=2)
    pin(assessment(cast, 4), document, level=2)
    library_document(cast, "Tanpa tautan")
    counts = {d.title: d.link_count for d in agency_documents(cast.actor(cast.pic), cast.agency.pk)}
    assert counts == {"Perwali Arsitektur SPBE": 3, "Tanpa tautan": 0}


def library_queries(cast, django_assert_num_queries, size: int) -> None:
    for n in range(size):
        read_document(cast, f"Dokumen {n:02}", ["halaman"], issuing_unit=cast.unit)
    actor = cast.actor(cast.leadership)
    with django_assert_num_queries(2):  # the documents with their units, then every version
        rows = [
            (d.title, d.issuing_unit.short_name, d.link_count, len(d.versions.all()))
            for d in agency_documents(actor, cast.agency.pk)
        ]
    assert len(rows) == size


@pytest.mark.parametrize("size", [1, 12])
def test_the_library_reads_in_two_queries_whatever_its_size(cast, django_assert_num_queries, size):
    library_queries(cast, django_assert_num_queries, size)


# document_for and version_for


@pytest.mark.parametrize("role", AGENCY_READERS)
def test_a_reader_of_the_agency_opens_a_document_and_its_version(cast, role):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    actor = cast.actor(getattr(cast, role))
    assert document_for(actor, document.pk) == document
    version = document.versions.get()
    assert version_for(actor, version.pk) == version


@pytest.mark.parametrize("role", OUTSIDERS)
def test_an_unlinked_document_is_not_found_for_anyone_outside_the_agency(cast, role):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    actor = cast.actor(getattr(cast, role))
    with pytest.raises(Http404):
        document_for(actor, document.pk)
    with pytest.raises(Http404):
        version_for(actor, document.versions.get().pk)


def test_a_missing_document_or_version_is_not_found(cast):
    actor = cast.actor(cast.coordinator)
    with pytest.raises(Http404):
        document_for(actor, 999_999)
    with pytest.raises(Http404):
        version_for(actor, 999_999)


def test_the_external_assessor_opens_a_document_linked_to_its_sent_evaluation(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    pin(assessment(cast, 1), document)
    actor = cast.actor(cast.external_assessor)
    with pytest.raises(Http404):  # not yet: the evaluation is still open
        document_for(actor, document.pk)
    send(cast)
    assert document_for(actor, document.pk) == document
    assert version_for(actor, document.versions.get().pk).document == document


def test_the_external_assessor_never_opens_a_version_uploaded_after_the_submission(cast):
    """The document is linked to the sent evaluation, but a later version is pinned only to an
    evaluation still open: the assessor is served only the version that was sent."""
    document = read_document(cast, "Perwali", ARCHITECTURE)
    pin(assessment(cast, 1), document)
    send(cast)
    sent = document.versions.get()
    later = version_with_text(document, ["Perubahan"], number=2)
    still_open = evaluation_in_state(cast, EvaluationState.SELF_ASSESSMENT, year=2030)
    pin(still_open.assessments.order_by("pk").first(), document, level=2)
    document.links.filter(assessment__evaluation=still_open).update(version=later)
    actor = cast.actor(cast.external_assessor)
    assert version_for(actor, sent.pk) == sent
    assert document_version_for(actor, document.pk, 1) == sent
    with pytest.raises(Http404):
        version_for(actor, later.pk)
    with pytest.raises(Http404):
        document_version_for(actor, document.pk, 2)
    assert list(readable_versions_of(actor, document)) == [sent]
    assert list(readable_versions_of(cast.actor(cast.coordinator), document)) == [later, sent]


def test_an_assessor_not_assigned_to_the_evaluation_never_opens_its_documents(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    pin(assessment(cast, 1), document)
    send(cast)
    with pytest.raises(Http404):
        document_for(cast.actor(cast.unassigned_assessor), document.pk)


def test_the_external_assessor_never_opens_documents_that_were_not_sent(cast):
    sent = read_document(cast, "Perwali", ARCHITECTURE)
    pin(assessment(cast, 1), sent)
    unsent = read_document(cast, "Draf Perwali", ARCHITECTURE)
    send(cast)
    with pytest.raises(Http404):
        document_for(cast.actor(cast.external_assessor), unsent.pk)


# search


def hits(cast, user, query, agency=None):
    found = search(cast.actor(getattr(cast, user)), (agency or cast.agency).pk, query)
    return [(hit.document.title, hit.version_number, hit.page) for hit in found]


def test_search_finds_the_page_where_every_word_stands(cast):
    read_document(cast, "Perwali Arsitektur", ARCHITECTURE)
    read_document(cast, "SOP Pusat Data", ["Prosedur pencadangan pusat data harian."])
    assert hits(cast, "pic", "jaringan pusat") == [("Perwali Arsitektur", 1, 2)]


def test_search_matches_titles_and_numbers_as_well(cast):
    library_document(cast, "Keputusan Tim Koordinasi SPBE", number="188/45/2024")
    assert hits(cast, "leadership", "koordinasi 188") == [
        ("Keputusan Tim Koordinasi SPBE", None, None)
    ]


def test_search_ignores_case_and_single_letters(cast):
    read_document(cast, "Perwali Arsitektur", ARCHITECTURE)
    assert hits(cast, "coordinator", "a INFRASTRUKTUR") == [("Perwali Arsitektur", 1, 2)]


@pytest.mark.parametrize("query", ["", "   ", "a", "?!", "- -"])
def test_a_query_without_words_finds_nothing(cast, query):
    read_document(cast, "Perwali Arsitektur", ARCHITECTURE)
    assert hits(cast, "coordinator", query) == []


def test_search_never_returns_another_agencys_documents(cast):
    read_document(cast, "Perwali Arsitektur", ARCHITECTURE)
    read_document(cast, "Perbup Arsitektur", ARCHITECTURE, agency=cast.other_agency)
    assert {title for title, *_ in hits(cast, "coordinator", "arsitektur")} == {
        "Perwali Arsitektur"
    }
    assert {title for title, *_ in hits(cast, "outsider", "arsitektur", cast.other_agency)} == {
        "Perbup Arsitektur"
    }


@pytest.mark.parametrize("role", OUTSIDERS)
def test_searching_an_agency_one_does_not_read_is_not_found(cast, role):
    read_document(cast, "Perwali Arsitektur", ARCHITECTURE)
    with pytest.raises(Http404):
        hits(cast, role, "arsitektur")


def test_a_snippet_shows_the_words_in_context_and_says_when_it_is_cut(cast):
    text = "Pembukaan " * 30 + "Arsitektur Infrastruktur SPBE memuat pusat data."
    read_document(cast, "Perwali", ["Judul", text])
    [hit] = search(cast.actor(cast.pic), cast.agency.pk, "infrastruktur")
    assert hit.snippet.startswith("…")
    assert "Arsitektur Infrastruktur SPBE" in hit.snippet
    assert hit.snippet.endswith("…")
    read_document(cast, "SOP", ["Jaringan intra pemerintah."])
    [short] = search(cast.actor(cast.pic), cast.agency.pk, "jaringan")
    assert short.snippet == "Jaringan intra pemerintah.…"


def test_search_returns_at_most_the_limit(cast):
    for n in range(5):
        read_document(cast, f"Laporan {n}", ["Laporan pemantauan SPBE"])
    assert len(search(cast.actor(cast.pic), cast.agency.pk, "laporan", limit=3)) == 3


# visible_links


def test_the_agency_sees_every_link_of_a_document_across_its_evaluations(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    last_year = evaluation_in_state(cast, EvaluationState.FINISHED)
    pin(assessment(cast, 1), document)
    pin(last_year.assessments.get(indicator__number=1), document)
    years = {
        link.assessment.evaluation.year for link in visible_links(cast.actor(cast.pic), document)
    }
    assert years == {2025, 2026}


def test_an_external_assessor_sees_only_the_links_of_evaluations_sent_to_them(cast):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    other_year = evaluation_in_state(cast, EvaluationState.SUBMITTED)  # not assigned to them
    pin(assessment(cast, 1), document)
    pin(other_year.assessments.get(indicator__number=1), document)
    actor = cast.actor(cast.external_assessor)
    assert list(visible_links(actor, document)) == []
    send(cast)
    assert [link.assessment.evaluation for link in visible_links(actor, document)] == [
        cast.evaluation
    ]
    assert list(visible_links(cast.actor(cast.unassigned_assessor), document)) == []


def test_the_links_come_with_their_indicator_evaluation_and_version_in_one_query(
    cast, django_assert_num_queries
):
    document = read_document(cast, "Perwali", ARCHITECTURE)
    for number in (1, 4, 5, 6):
        pin(assessment(cast, number), document)
    links = visible_links(cast.actor(cast.coordinator), document)
    with django_assert_num_queries(1):
        seen = [
            (link.assessment.indicator.number, link.assessment.evaluation.year, link.version.number)
            for link in links
        ]
    assert sorted(seen) == [(1, 2026, 1), (4, 2026, 1), (5, 2026, 1), (6, 2026, 1)]
