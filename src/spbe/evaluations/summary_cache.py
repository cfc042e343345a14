"""The evaluation summary from the cache, under a stamp of everything it is computed from.

The dashboard shows ``summary.evaluation_summary`` on every view; building it reads the 47
assessments as model instances, scores them three times and reads the history's stored
indices. What it shows changes only when one of its inputs does, and those inputs can be read
as plain values in two small queries. So ``cached_summary`` reads:

- the history the actor may see (``history_evaluations``: the access check, on every view,
  so an actor who sees fewer years gets another stamp and never another actor's summary);
- the current evaluation's assessments as tuples of what the summary reads of them
  (``selectors.SUMMARY_FIELDS``: state, values, the indicator's number, code and name, the
  lead unit's names and agency) and their versions,
  so a claim, a verdict, a reassignment or a renamed unit gives a new stamp;
- for the other years, the counts and sums ``finished_scores.input_stamps`` reads (the sum of
  versions moves with every service's write);

and, with the rows of the evaluation and of each year (state, target, deadlines, the agency's
and the framework's names, the library file's hash) and the day that decides what is overdue,
digests them into the stamp. A stamp the cache knows gives the stored summary; any other is
computed and stored. Nothing is invalidated: a change to an input is a new stamp.
"""

from __future__ import annotations

import datetime

from django.core.cache import cache

from spbe.core.fragment_keys import fragment_key
from spbe.evaluations.finished_scores import input_stamps
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.selectors import SUMMARY_FIELDS
from spbe.evaluations.summary import EvaluationSummary, evaluation_summary, history_evaluations
from spbe.organizations.actors import Actor

# Raised when EvaluationSummary or what it is computed from changes, so that a shared cache
# serves no summary of the old code after a deployment.
SUMMARY_CACHE_VERSION = 1
SUMMARY_TIMEOUT = 86400

# What the summary shows of each assessment of the current evaluation, and its version.
ASSESSMENT_STAMP_FIELDS = ("version", *SUMMARY_FIELDS)


def cached_summary(
    evaluation: Evaluation, *, actor: Actor, today: datetime.date
) -> tuple[EvaluationSummary, str]:
    """The summary ``evaluation_summary`` gives, and its stamp (a key for the fragments that
    show nothing but the summary)."""
    history = history_evaluations(evaluation, actor)
    stamp = summary_stamp(evaluation, history, today)
    summary = cache.get(stamp)
    if summary is None:
        summary = evaluation_summary(evaluation, actor=actor, today=today, history=history)
        cache.set(stamp, summary, SUMMARY_TIMEOUT)
    return summary, stamp


def summary_stamp(evaluation: Evaluation, history: list[Evaluation], today: datetime.date) -> str:
    """A digest of every input of the evaluation's summary over ``history``."""
    current = list(
        Assessment.objects.filter(evaluation_id=evaluation.pk)
        .order_by("indicator_id")
        .values_list(*ASSESSMENT_STAMP_FIELDS)
    )
    others = [past for past in history if past.pk != evaluation.pk]
    data = (
        today,
        _row(evaluation),
        tuple(_row(past) for past in history),
        current,
        sorted(input_stamps(Assessment, others).items()) if others else [],
    )
    return "summary:" + fragment_key("evaluation-summary", data, version=SUMMARY_CACHE_VERSION)


def _row(evaluation: Evaluation) -> tuple[object, ...]:
    revision = evaluation.revision
    agency = evaluation.agency
    framework = revision.framework
    return (
        evaluation.pk,
        evaluation.year,
        evaluation.state,
        evaluation.target,
        evaluation.self_assessment_deadline,
        evaluation.review_deadline,
        evaluation.illustrative,
        evaluation.source_note,
        evaluation.agency_id,
        agency.name,
        agency.slug,
        agency.province,
        revision.pk,
        revision.number,
        revision.sha256,
        framework.code,
        framework.title,
        framework.short_title,
    )
