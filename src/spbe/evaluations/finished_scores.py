"""The stored indices of finished evaluations: what the history reads instead of scoring again.

A finished evaluation does not change: no service writes its values (the policies refuse
claims, reviews, external results, verdicts and imports once it is finished). So its three
indices are scored once, by the engine, in the write that finishes it, and stored exactly as
the engine gave them (``StoredScore``). The history then reads one row per kind instead of
reloading the assessments and scoring them again.

Each row carries a stamp of its inputs (``input_stamps``): the SHA-256 of the framework
revision's library file and, counted by the database, the number of the evaluation's
assessments, the sum of their versions (every service that writes a value raises it) and the
sum of each kind of value. A stored score is read only while the evaluation is finished and
its stamp is the one its inputs have now; anything else (a reopening, a correction made
outside the services, a changed library file) makes the history score that year afresh, so a
stale figure is never shown. ``finished_scores_store`` replaces the rows whenever an
evaluation finishes again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.db.models import Count, Sum

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.models import Assessment, Evaluation, EvaluationState, StoredScore
from spbe.evaluations.scores import IndexFigure, IndexKind, all_indices
from spbe.scoring import PredicateBasis


def input_stamps(assessment_model: Any, evaluations: Iterable[Any]) -> dict[int, str]:
    """What each evaluation's indices are computed from, as text compared on every read.

    The revision's library file, and per evaluation the number of its assessments, the sum of
    their versions and the sums of each kind of value, all counted by the database in one
    query (``assessment_model`` is the data migration's historical model, or ``Assessment``).
    """
    revisions = {evaluation.pk: evaluation.revision.sha256 for evaluation in evaluations}
    stamps = dict.fromkeys(revisions, "0")
    rows = (
        assessment_model.objects.filter(evaluation_id__in=revisions)
        .values("evaluation_id")
        .annotate(
            count=Count("pk"),
            versions=Sum("version"),
            claimed=Sum("claimed_level"),
            verified=Sum("verified_level"),
            external=Sum("external_value"),
        )
        .order_by()
    )
    for row in rows:
        stamps[row["evaluation_id"]] = ":".join(
            str(row[name]) for name in ("count", "versions", "claimed", "verified", "external")
        )
    return {pk: f"{revisions[pk]}:{stamp}" for pk, stamp in stamps.items()}


def scored_rows(
    evaluation: Evaluation, assessments: list[Any], *, stamp: str
) -> list[dict[str, object]]:
    """The three indices of an evaluation as the fields of ``StoredScore`` rows.

    Shared by the service and the data migration (which passes its historical models).
    """
    framework = revision_scoring_framework(evaluation.revision)
    figures = all_indices(framework, assessments, year=evaluation.year, target=evaluation.target)
    return [
        {
            "kind": kind.value,
            "index": str(figure.index),
            "index_exact": str(figure.index_exact),
            "predicate": figure.predicate,
            "basis": figure.basis.value,
            "year": figure.year,
            "filled": figure.filled,
            "total": figure.total,
            "inputs": stamp,
        }
        for kind, figure in figures.items()
    ]


def finished_scores_store(*, evaluation: Evaluation) -> None:
    """Score the finished evaluation and store (or replace) its three indices.

    Called inside the transaction that finishes it, so the rows and the state commit together.
    """
    finished_scores_store_all(evaluations=[evaluation])


def finished_scores_store_all(*, evaluations: Sequence[Evaluation]) -> None:
    """``finished_scores_store`` for many finished evaluations at once, in the same few queries
    however many: the workflow stores one, the bulk loader of the scale data
    (``spbe demo --scale``) a batch of them, so both leave the same rows."""
    if not evaluations:
        return
    pks = [evaluation.pk for evaluation in evaluations]
    assessments: dict[int, list[Assessment]] = defaultdict(list)
    for assessment in Assessment.objects.filter(evaluation_id__in=pks).select_related("indicator"):
        assessments[assessment.evaluation_id].append(assessment)
    stamps = input_stamps(Assessment, evaluations)
    StoredScore.objects.filter(evaluation_id__in=pks).delete()
    StoredScore.objects.bulk_create(
        StoredScore(evaluation=evaluation, **row)
        for evaluation in evaluations
        for row in scored_rows(evaluation, assessments[evaluation.pk], stamp=stamps[evaluation.pk])
    )


def stored_indices(evaluations: Iterable[Evaluation]) -> dict[int, dict[IndexKind, IndexFigure]]:
    """The stored indices still valid for those evaluations, by evaluation id.

    Only finished evaluations are looked up; one whose stored stamp differs from its inputs
    now, or that has no stored rows, is left out (the caller scores it). Two queries, however
    many evaluations.
    """
    finished = {
        evaluation.pk: evaluation
        for evaluation in evaluations
        if evaluation.state == EvaluationState.FINISHED
    }
    if not finished:
        return {}
    stamps = input_stamps(Assessment, finished.values())
    found: dict[int, dict[IndexKind, IndexFigure]] = {}
    for row in StoredScore.objects.filter(evaluation_id__in=finished):
        evaluation = finished[row.evaluation_id]
        if row.inputs != stamps[evaluation.pk]:
            continue
        found.setdefault(row.evaluation_id, {})[IndexKind(row.kind)] = _figure(
            row, evaluation.target
        )
    return {pk: figures for pk, figures in found.items() if len(figures) == len(IndexKind)}


def _figure(row: StoredScore, target: Decimal) -> IndexFigure:
    return IndexFigure(
        kind=IndexKind(row.kind),
        index=Decimal(row.index),
        index_exact=Decimal(row.index_exact),
        predicate=row.predicate,
        basis=PredicateBasis(row.basis),
        year=row.year,
        filled=row.filled,
        total=row.total,
        target=target,
    )
