"""The report data: every number from the scoring engine, the same for every format."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from spbe.evaluations.scores import IndexKind
from spbe.evidence.services import evidence_link_new_document
from spbe.organizations.actors import SYSTEM
from spbe.reports.data import report_data
from spbe.scoring import score
from tests.conftest import library_framework
from tests.evaluations.helpers import assessment, submit

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def engine_result(data, values):
    framework = library_framework(data.summary.framework_code)
    lowest = framework.value_range.minimum
    return score(
        framework,
        {
            n: values.get(n) if values.get(n) is not None else lowest
            for n in framework.indicator_numbers
        },
        year=data.summary.year,
    )


@pytest.mark.parametrize(
    ("kind", "attribute"),
    [(IndexKind.SELF, "claimed"), (IndexKind.VERIFIED, "verified")],
)
def test_each_index_is_the_engines_score_of_the_rows_shown(spbe_report, kind, attribute):
    data = spbe_report.data
    result = engine_result(data, {row.number: getattr(row, attribute) for row in data.indicators})
    figure = data.summary.index(kind)
    assert (figure.index, figure.index_exact, figure.predicate) == (
        result.index,
        result.index_exact,
        result.predicate,
    )
    assert figure.basis is result.predicate_basis
    assert [
        part.verified if kind is IndexKind.VERIFIED else part.self_value
        for part in data.summary.domains
    ] == [part.display for part in result.domains]


def test_the_gap_is_the_target_minus_the_index_as_on_the_dashboard(spbe_report):
    data = spbe_report.data
    for figure in data.summary.indices:
        assert figure.gap == data.summary.target - figure.index


def test_without_an_external_result_the_verified_index_is_the_official_one(spbe_report):
    data = spbe_report.data
    assert not data.summary.has_external
    assert data.summary.official_kind is IndexKind.VERIFIED


def test_the_history_of_one_framework_is_one_series_ending_with_this_year(spbe_report):
    history = spbe_report.data.summary.history
    assert len(history.series) == 1 and history.changes == ()
    assert [entry.year for entry in history.years] == [2023, 2024, 2025, 2026]
    assert history.years[-1].index == spbe_report.data.summary.official.index
    assert not history.years[-1].finished
    with translation.override("id"):
        assert history.years[-1].label == "2026 (berjalan)"


def test_the_recommendations_reach_the_target_from_the_verified_values(spbe_report):
    plan = spbe_report.data.recommendations
    assert plan.kind is IndexKind.VERIFIED
    assert plan.reachable and plan.index_after_exact >= plan.target
    rows = {row.number: row for row in spbe_report.data.indicators}
    for step in plan.steps:
        assert rows[step.indicator].planned_level == step.to_level
        assert rows[step.indicator].plan_gap == Decimal(step.to_level) - step.from_value
        assert step.criteria


def test_the_annex_lists_each_document_once_with_everything_it_proves(spbe_report):
    annex = spbe_report.data.annex()
    titles = [document.item.title for document in annex]
    assert len(titles) == len(set(titles))
    shared = next(d for d in annex if d.item.title.startswith("Peraturan Wali Kota Nomor 12"))
    assert len(shared.cited_for) == len(spbe_report.data.indicators)
    numbered = [t for t in titles if t.startswith("Laporan reviu indikator")]
    assert numbered[:3] == [f"Laporan reviu indikator {n}" for n in (2, 3, 4)]


def test_review_notes_come_from_the_history_with_who_and_when(spbe_report):
    returned = next(row for row in spbe_report.data.indicators if row.number == 9)
    assert returned.state == "dikembalikan"
    note = returned.review_notes[-1]
    assert note.by == "rep-asesor-internal" and note.at is not None
    assert "notulen" in note.note
    assert "rep-asesor-internal" in spbe_report.data.reviewers


def test_the_data_is_read_in_a_fixed_number_of_queries(cast, django_assert_num_queries):
    evaluation = type(cast.evaluation).objects.select_related("agency", "revision__framework")
    with CaptureQueriesContext(connection) as empty:
        report_data(evaluation.get(pk=cast.evaluation.pk), SYSTEM, now=timezone.localtime())
    for number in (1, 4, 5):
        evidence_link_new_document(
            actor=cast.actor(cast.pic),
            assessment=assessment(cast, number),
            title=f"Dok {number}",
            url="",
        )
        submit(cast, number, level=2)
    with django_assert_num_queries(len(empty)):
        report_data(evaluation.get(pk=cast.evaluation.pk), SYSTEM, now=timezone.localtime())
