"""The summary of an evaluation: one read, one scoring per kind, the same for page and reports."""

from __future__ import annotations

import base64
import datetime
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from spbe.evaluations import scores
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evaluations.scores import IndexFigure, IndexKind
from spbe.evaluations.summary import evaluation_summary
from spbe.organizations.actors import SYSTEM
from spbe.reports.data import report_data
from spbe.reports.pdf import pdf_context
from spbe.reports.xlsx import render_xlsx
from spbe.scoring import PredicateBasis
from tests.cast import PASSWORD
from tests.charts.svg import texts
from tests.evaluations.helpers import submit, verify_all

TODAY = datetime.date(2026, 6, 1)


def record_spbe_year(cast, year: int, level: int = 3) -> Evaluation:
    return evaluation_record_finished(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=year,
        framework_code="spbe-2020",
        target=Decimal("2.6"),
        external_values={n: Decimal(level) for n in range(1, 48)},
        illustrative=False,
        source_note="",
    )


def summary(cast, actor=SYSTEM, today=TODAY):
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )
    return evaluation_summary(evaluation, actor=actor, today=today)


def figure(kind=IndexKind.VERIFIED, *, index="2.40", filled=47, target="2.60") -> IndexFigure:
    return IndexFigure(
        kind=kind,
        index=Decimal(index),
        index_exact=Decimal(index),
        predicate="Cukup",
        basis=PredicateBasis.EXACT,
        year=2026,
        filled=filled,
        total=47,
        target=Decimal(target),
    )


def test_the_gap_is_the_target_minus_the_displayed_index():
    assert figure(index="2.40", target="2.60").gap == Decimal("0.20")


def test_an_index_at_or_above_the_target_has_reached_it():
    assert figure(index="2.60").reached
    assert figure(index="3.10").reached
    assert not figure(index="2.59").reached


def test_an_external_index_is_available_only_once_a_value_is_recorded():
    assert not figure(IndexKind.EXTERNAL, filled=0).available
    assert figure(IndexKind.EXTERNAL, filled=1).available
    assert figure(IndexKind.SELF, filled=0).available


def test_a_history_over_two_frameworks_has_two_series_and_marks_the_change(pemdi_cast):
    record_spbe_year(pemdi_cast, 2023)
    record_spbe_year(pemdi_cast, 2024)
    history = summary(pemdi_cast).history
    assert [series.framework_code for series in history.series] == ["spbe-2020", "pemdi-2026"]
    assert [[year.year for year in s.years] for s in history.series] == [[2023, 2024], [2026]]
    assert [(year.year, year.framework_code) for year in history.changes] == [(2026, "pemdi-2026")]


def test_a_history_of_one_framework_is_one_series_without_a_change(cast):
    record_spbe_year(cast, 2024)
    history = summary(cast).history
    assert len(history.series) == 1
    assert history.changes == ()


def test_an_unfinished_year_is_marked_as_running(pemdi_cast):
    record_spbe_year(pemdi_cast, 2024)
    years = summary(pemdi_cast).history.years
    assert [year.finished for year in years] == [True, False]
    with translation.override("id"):
        assert [year.label for year in years] == ["2024", "2026 (berjalan)"]
    with translation.override("en"):
        assert years[-1].label == "2026 (in progress)"


def test_this_years_point_is_the_summarys_own_official_figure(cast):
    record_spbe_year(cast, 2024)
    submit(cast, 1, level=4)
    result = summary(cast)
    current = next(year for year in result.history.years if year.current)
    assert (current.index, current.predicate, current.kind) == (
        result.official.index,
        result.official.predicate,
        result.official.kind,
    )
    past = next(year for year in result.history.years if not year.current)
    assert (past.kind, past.index) == (IndexKind.EXTERNAL, Decimal("3.00"))


def test_the_official_figure_is_the_verified_one_once_a_level_is_verified(cast):
    assert summary(cast).official_kind is IndexKind.SELF
    verify_all(cast, level=2)
    assert summary(cast).official_kind is IndexKind.VERIFIED


def test_a_complete_external_result_becomes_the_official_figure(cast):
    verify_all(cast, level=2)
    # Recorded as an import would; the services' rules are tested with the services.
    Assessment.objects.filter(evaluation=cast.evaluation).update(external_value=Decimal(3))
    result = summary(cast)
    assert result.has_external and result.official_kind is IndexKind.EXTERNAL
    assert result.official.index == Decimal("3.00")
    assert all(part.external == Decimal("3.00") for part in result.domains)


def test_indicators_not_sent_in_count_as_overdue_only_after_the_date_passed(cast):
    before = summary(cast, today=datetime.date(2026, 12, 15))
    after = summary(cast, today=datetime.date(2026, 12, 16))
    assert sum(unit.overdue for unit in before.units) == 0
    assert sum(unit.overdue for unit in after.units) == 47


def test_a_claim_above_the_verified_level_is_listed(cast):
    verify_all(cast, level=2)
    Assessment.objects.filter(evaluation=cast.evaluation, indicator__number=3).update(
        claimed_level=Decimal(4)
    )
    (claim,) = summary(cast).overclaims
    assert (claim.number, claim.claimed, claim.verified) == (3, Decimal(4), Decimal(2))


def test_the_dashboard_and_the_reports_agree_on_every_figure(client, cast):
    record_spbe_year(cast, 2024)
    verify_all(cast, level=3)
    Assessment.objects.filter(evaluation=cast.evaluation, indicator__number=5).update(
        claimed_level=Decimal(4)
    )
    client.login(username=cast.coordinator.username, password=PASSWORD)
    page = client.get(reverse("dashboard", args=[cast.evaluation.pk])).context["summary"]
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )
    data = report_data(evaluation, cast.actor(cast.coordinator), now=timezone.localtime())
    assert data.summary == page
    with translation.override("en"):
        lines = pdf_context(data)["index_lines"]
        sheet = load_workbook(io.BytesIO(render_xlsx(data)))["Summary"]
        assert [line.figure for line in lines] == list(page.indices)
        written = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
        for shown in page.indices:
            if shown.available:
                assert Decimal(str(written[shown.label][0])) == shown.index
                assert Decimal(str(written[shown.label][4])) == shown.gap
        for part in page.domains:
            assert [Decimal(str(value)) for value in written[part.label][:2]] == [
                part.self_value,
                part.verified,
            ]


def test_the_report_reads_and_scores_the_evaluation_as_the_dashboard_does(cast, monkeypatch):
    record_spbe_year(cast, 2023)
    record_spbe_year(cast, 2024)
    calls: list[str] = []
    engine = scores.score

    def counted(framework, values, *, year=None):
        calls.append(framework.id)
        return engine(framework, values, year=year)

    monkeypatch.setattr(scores, "score", counted)
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )

    def assessment_reads(build) -> int:
        calls.clear()
        with CaptureQueriesContext(connection) as queries:
            build()
        return sum('FROM "evaluations_assessment" ' in query["sql"] for query in queries)

    summary_reads = assessment_reads(
        lambda: evaluation_summary(evaluation, actor=SYSTEM, today=TODAY)
    )
    summary_scores = len(calls)
    report_reads = assessment_reads(
        lambda: report_data(evaluation, SYSTEM, now=timezone.localtime())
    )
    # One scoring per kind of this evaluation; the finished past years read their stored
    # indices (spbe.evaluations.finished_scores), and the report adds none.
    assert summary_scores == len(calls) == 3
    # This evaluation's assessments once, and the past years' stamps in one query.
    assert summary_reads == report_reads == 2


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_dashboard_draws_each_framework_as_its_own_line_with_the_change_marked(
    client, pemdi_cast, language
):
    """Regression: the dashboard joined SPBE 2024 (3,00) and Pemdi 2026 into one line."""
    record_spbe_year(pemdi_cast, 2024)
    client.login(username=pemdi_cast.coordinator.username, password=PASSWORD)
    client.cookies["django_language"] = language
    response = client.get(reverse("dashboard", args=[pemdi_cast.evaluation.pk]))
    with translation.override(language):
        expected = [
            "Indeks SPBE (PermenPANRB 59/2020)",
            "Indeks Pemdi (PermenPANRB 8/2026)",
            str(translation.gettext("Framework changed")),
            translation.gettext("%(year)s (in progress)") % {"year": 2026},
        ]
    history = response.context["charts"]["history"]
    for text in expected:
        assert f">{text}<" in history


def test_the_dashboard_and_the_pdf_draw_one_history_from_the_summary(client, pemdi_cast):
    """The history read model is the summary's ``history``; the dashboard and the PDF draw
    the same chart from it, the dashboard with the national average beside it."""
    record_spbe_year(pemdi_cast, 2024)
    client.login(username=pemdi_cast.coordinator.username, password=PASSWORD)
    client.cookies["django_language"] = "id"
    response = client.get(reverse("dashboard", args=[pemdi_cast.evaluation.pk]))
    on_page = response.context["charts"]["history"]
    with translation.override("id"):
        data = report_data(pemdi_cast.evaluation, SYSTEM, now=timezone.localtime())
        (in_pdf,) = [
            figure
            for figure in pdf_context(data)["charts"]
            if figure.title == translation.gettext("Index over the years")
        ]
    drawn = base64.b64decode(in_pdf.uri.split(",", 1)[1]).decode("utf-8")
    with translation.override("id"):
        average = translation.gettext("National average")
    assert texts(drawn) == [text for text in texts(on_page) if text != average]
    assert data.summary.history == response.context["summary"].history
