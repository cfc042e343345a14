"""A finished evaluation's indices are stored when it finishes and read by the history."""

from __future__ import annotations

import datetime
import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from spbe.catalog.models import FrameworkRevision
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.evaluations import scores, summary
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
    external_result_record,
)
from spbe.evaluations.external_services import external_results_import
from spbe.evaluations.finished_scores import finished_scores_store, stored_indices
from spbe.evaluations.models import Assessment, Evaluation, EvaluationState, StoredScore
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evaluations.result_import import results_import
from spbe.evaluations.scores import all_indices
from spbe.evaluations.services import evaluation_advance
from spbe.organizations.actors import SYSTEM
from tests.evaluations.files import csv_file
from tests.evaluations.helpers import put_in_state, send_verified
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY

TODAY = datetime.date(2026, 6, 1)


def fresh_indices(evaluation: Evaluation):
    evaluation = Evaluation.objects.select_related("revision").get(pk=evaluation.pk)
    assessments = list(evaluation.assessments.select_related("indicator"))
    framework = revision_scoring_framework(evaluation.revision)
    return all_indices(framework, assessments, year=evaluation.year, target=evaluation.target)


def stored(evaluation: Evaluation):
    return stored_indices([Evaluation.objects.select_related("revision").get(pk=evaluation.pk)])


def record_year(cast, year: int, values: dict[int, Decimal] | None = None) -> Evaluation:
    return evaluation_record_finished(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=year,
        framework_code="spbe-2020",
        target=Decimal("2.6"),
        external_values=values or {n: Decimal(1 + (n + year) % 5) for n in range(1, 48)},
        illustrative=False,
        source_note="",
    )


def finish_through_the_workflow(cast) -> Evaluation:
    evaluation = send_verified(cast, level=2)
    coordinator = cast.actor(cast.coordinator)
    external_results_import(
        actor=coordinator,
        evaluation=evaluation,
        content=csv_file([[n, 1 + n % 4, ""] for n in range(1, 48)]),
    )
    evaluation = evaluation_advance(actor=coordinator, evaluation=evaluation)
    return evaluation_advance(actor=coordinator, evaluation=evaluation)


def history_indices(cast) -> dict[int, Decimal]:
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )
    result = summary.evaluation_summary(evaluation, actor=SYSTEM, today=TODAY)
    return {year.evaluation_id: year.index for year in result.history.years}


def test_finishing_through_the_workflow_stores_the_indices_a_fresh_scoring_gives(cast):
    evaluation = finish_through_the_workflow(cast)
    assert evaluation.state == EvaluationState.FINISHED
    assert stored(evaluation) == {evaluation.pk: fresh_indices(evaluation)}


def test_a_recorded_pemdi_year_stores_its_fractional_indices_exactly(pemdi_cast):
    framework = revision_scoring_framework(pemdi_cast.evaluation.revision)
    values = {n: Decimal("1.37") + Decimal(n % 7) / 3 for n in framework.indicator_numbers}
    past = evaluation_record_finished(
        actor=pemdi_cast.actor(pemdi_cast.coordinator),
        agency=pemdi_cast.agency,
        year=2025,
        framework_code="pemdi-2026",
        target=Decimal("2.6"),
        external_values={n: value.quantize(Decimal("0.01")) for n, value in values.items()},
        illustrative=False,
        source_note="",
    )
    figures = stored(past)[past.pk]
    assert figures == fresh_indices(past)
    assert all(
        figure.index_exact == fresh_indices(past)[kind].index_exact
        for kind, figure in figures.items()
    )


def test_the_history_reads_the_stored_indices_and_scores_no_finished_year(cast, monkeypatch):
    pasts = [record_year(cast, year) for year in (2021, 2022, 2023)]
    scored_afresh = history_indices(cast)

    def no_scoring(*args, **kwargs):
        raise AssertionError("a finished year was scored again")

    monkeypatch.setattr(summary, "_official_score", no_scoring)
    assert history_indices(cast) == scored_afresh
    assert {past.pk for past in pasts} <= set(scored_afresh)


def summary_cost(cast, monkeypatch) -> tuple[int, int]:
    """Queries and engine scorings of the dashboard's read model for the cast's evaluation."""
    calls = []
    engine = scores.score
    monkeypatch.setattr(scores, "score", lambda *a, **k: calls.append(1) or engine(*a, **k))
    history_indices(cast)  # the framework parsed once per process: steady state
    calls.clear()
    with CaptureQueriesContext(connection) as queries:
        history_indices(cast)
    return len(queries), len(calls)


def test_the_dashboards_read_costs_the_same_with_1_and_with_5_past_years(cast, monkeypatch):
    record_year(cast, 2023)
    one = summary_cost(cast, monkeypatch)
    for year in (2019, 2020, 2021, 2022):
        record_year(cast, year)
    five = summary_cost(cast, monkeypatch)
    assert len(history_indices(cast)) == 6
    assert one == five
    assert one[1] == 3  # the current evaluation's three indices, no past year


def write_value(cast, evaluation: Evaluation, write: str) -> None:
    a = Assessment.objects.select_related("indicator").filter(evaluation=evaluation).first()
    coordinator = cast.actor(cast.coordinator)
    if write == "claim":
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level=1,
            justification="x",
            criteria_met=[1],
        )
    elif write == "verdict":
        assessment_verify(
            actor=coordinator, assessment=a, version=a.version, verified_level=1, reason="x"
        )
    elif write == "return":
        assessment_return(actor=coordinator, assessment=a, version=a.version, note="x")
    elif write == "external result":
        external_result_record(actor=coordinator, assessment=a, version=a.version, value=1, note="")
    else:
        external_results_import(
            actor=coordinator, evaluation=evaluation, content=csv_file([[1, 1, ""]])
        )


@pytest.mark.parametrize(
    "write", ["claim", "verdict", "return", "external result", "external import"]
)
def test_no_service_changes_the_values_of_a_finished_evaluation(cast, write):
    evaluation = put_in_state(send_verified(cast, level=2), EvaluationState.FINISHED)
    finished_scores_store(evaluation=evaluation)
    with pytest.raises(ActionRefused):
        write_value(cast, evaluation, write)
    assert stored(evaluation) == {evaluation.pk: fresh_indices(evaluation)}


@pytest.mark.parametrize(
    "rows",
    [
        [["indikator", "nilai", "catatan"], ["1", "1.26", ""]],
        [["code", "status", "note"], ["I1-L1-01", "revisi", "x"]],
    ],
    ids=["portal values", "portal verdicts"],
)
def test_the_portals_results_are_not_imported_into_a_finished_evaluation(pemdi, rows):
    evaluation = put_in_state(pemdi.evaluation, EvaluationState.FINISHED)
    with pytest.raises(ActionRefused):
        results_import(
            actor=pemdi.actor(pemdi.coordinator),
            evaluation=evaluation,
            content=csv_file(rows),
            today=DOCUMENTS_DAY,
        )


def test_a_value_changed_outside_the_services_is_scored_afresh(cast):
    past = record_year(cast, 2023)
    before = history_indices(cast)[past.pk]
    Assessment.objects.filter(evaluation=past).update(external_value=5, verified_level=5)
    assert stored(past) == {}
    assert history_indices(cast)[past.pk] == fresh_indices(past)[scores.IndexKind.EXTERNAL].index
    assert history_indices(cast)[past.pk] != before


def test_a_reopened_evaluation_is_scored_live_and_stored_again_when_it_finishes(cast):
    evaluation = finish_through_the_workflow(cast)
    old = stored(evaluation)[evaluation.pk]
    reopened = put_in_state(evaluation, EvaluationState.EXTERNAL_RESULT)
    assert stored(reopened) == {}
    a = Assessment.objects.filter(evaluation=reopened).first()
    external_result_record(
        actor=cast.actor(cast.coordinator), assessment=a, version=a.version, value=5, note=""
    )
    finished = evaluation_advance(actor=cast.actor(cast.coordinator), evaluation=reopened)
    assert stored(finished) == {finished.pk: fresh_indices(finished)}
    assert stored(finished)[finished.pk] != old
    assert StoredScore.objects.filter(evaluation=finished).count() == 3


def test_a_changed_library_file_is_not_read(cast):
    past = record_year(cast, 2023)
    FrameworkRevision.objects.filter(pk=past.revision_id).update(sha256="0" * 64)
    assert stored(past) == {}


def test_the_data_migration_stores_the_indices_of_evaluations_finished_before_it(cast):
    past = record_year(cast, 2023)
    expected = list(StoredScore.objects.filter(evaluation=past).values().order_by("kind"))
    StoredScore.objects.all().delete()
    migration = importlib.import_module("spbe.evaluations.migrations.0005_fill_stored_scores")
    migration.fill(apps, None)
    filled = list(StoredScore.objects.filter(evaluation=past).values().order_by("kind"))
    assert [{**row, "id": 0} for row in filled] == [{**row, "id": 0} for row in expected]
    assert not StoredScore.objects.exclude(evaluation__state=EvaluationState.FINISHED).exists()
