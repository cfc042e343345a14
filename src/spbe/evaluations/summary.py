"""One read model of an evaluation: what the dashboard, every report and the API show.

``evaluation_summary`` reads the evaluation once (its assessments with only the fields shown, in
one query; the visible history in three) and scores it once per kind of value; a finished
past year reads the indices stored when it finished, any other past year is scored once, with
the kind that stands for it. The result is plain
frozen dataclasses of numbers and text, no model instances, so the page, the PDF, the
workbook, the Word document, the slides and a serialiser all show the same figures.

The date is a parameter (``today``: callers pass ``timezone.localdate()``), so what counts
as overdue never depends on a clock hidden in here.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.finished_scores import stored_indices
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, EvaluationState
from spbe.evaluations.scores import (
    IndexFigure,
    IndexKind,
    filled_counts,
    official_index,
    official_kind,
    score_index,
    scored_indices,
)
from spbe.evaluations.selectors import agency_history, summary_assessments
from spbe.organizations.actors import Actor
from spbe.organizations.models import Unit
from spbe.scoring import ScoreResult, ScoringFramework

DONE = (AssessmentState.SUBMITTED, AssessmentState.VERIFIED)


@dataclass(frozen=True)
class PartFigure:
    """A domain or an aspect: its displayed index for each kind (external only when recorded)."""

    number: int
    name: str
    self_value: Decimal
    verified: Decimal
    external: Decimal | None
    domain: int | None = None  # for an aspect: the domain it belongs to

    @property
    def label(self) -> str:
        return f"{self.number}. {self.name}"

    def value(self, kind: IndexKind) -> Decimal | None:
        return {
            IndexKind.SELF: self.self_value,
            IndexKind.VERIFIED: self.verified,
            IndexKind.EXTERNAL: self.external,
        }[kind]

    @property
    def values(self) -> tuple[tuple[IndexKind, Decimal], ...]:
        """(kind, value) of each kind shown: the external one only once recorded."""
        return tuple((kind, value) for kind in IndexKind if (value := self.value(kind)) is not None)


@dataclass(frozen=True)
class UnitProgressRow:
    """How far one unit is with the indicators it leads."""

    name: str
    short_name: str
    assigned: int = 0
    submitted: int = 0
    verified: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class Overclaim:
    """An indicator claimed above the level the review verified."""

    number: int
    code: str
    name: str
    lead_unit: str
    claimed: Decimal
    verified: Decimal


@dataclass(frozen=True)
class HistoryYear:
    """One evaluation of the agency: its official index, and whether it is still running."""

    evaluation_id: int
    year: int
    framework_code: str
    framework_short_title: str
    index: Decimal
    predicate: str | None
    kind: IndexKind
    illustrative: bool
    finished: bool
    current: bool  # the evaluation this summary is of

    @property
    def label(self) -> str:
        """The year, marked while its evaluation runs: its figure is not a result yet."""
        if self.finished:
            return str(self.year)
        return _("%(year)s (in progress)") % {"year": self.year}


@dataclass(frozen=True)
class HistorySeries:
    """The years of one framework: indices of two frameworks are on different scales of
    meaning and are never joined into one line."""

    framework_code: str
    framework_short_title: str
    years: tuple[HistoryYear, ...]


@dataclass(frozen=True)
class History:
    series: tuple[HistorySeries, ...]  # in the order their first years come

    @property
    def years(self) -> tuple[HistoryYear, ...]:
        return tuple(
            sorted(
                (year for series in self.series for year in series.years),
                key=lambda year: (year.year, year.framework_code),
            )
        )

    @property
    def changes(self) -> tuple[HistoryYear, ...]:
        """The first year of each framework after the first: where the framework changed."""
        return tuple(series.years[0] for series in self.series[1:])


@dataclass(frozen=True)
class EvaluationSummary:
    evaluation_id: int
    agency_name: str
    agency_slug: str
    province: str
    year: int
    framework_code: str
    framework_title: str
    framework_short_title: str
    revision_number: int
    state: EvaluationState
    target: Decimal
    self_assessment_deadline: datetime.date
    review_deadline: datetime.date
    illustrative: bool
    source_note: str
    today: datetime.date
    indices: tuple[IndexFigure, ...]  # self, verified, external
    official_kind: IndexKind
    domains: tuple[PartFigure, ...]
    aspects: tuple[PartFigure, ...]
    units: tuple[UnitProgressRow, ...]
    overclaims: tuple[Overclaim, ...]
    history: History

    def index(self, kind: IndexKind) -> IndexFigure:
        return next(figure for figure in self.indices if figure.kind is kind)

    @property
    def official(self) -> IndexFigure:
        """The figure that stands for the evaluation (see ``scores.official_kind``)."""
        return self.index(self.official_kind)

    @property
    def has_external(self) -> bool:
        return self.index(IndexKind.EXTERNAL).available

    @property
    def shown_kinds(self) -> tuple[IndexKind, ...]:
        """The kinds a table or chart of parts shows: external only once recorded."""
        return tuple(kind for kind in IndexKind if self.index(kind).available)

    @property
    def state_label(self) -> str:
        return str(EvaluationState(self.state).label)

    @property
    def finished(self) -> bool:
        return self.state == EvaluationState.FINISHED

    def aspects_of(self, domain: int | None) -> list[PartFigure]:
        return [aspect for aspect in self.aspects if aspect.domain == domain]


def evaluation_summary(
    evaluation: Evaluation,
    *,
    actor: Actor,
    today: datetime.date,
    history: list[Evaluation] | None = None,
) -> EvaluationSummary:
    """The evaluation as ``actor`` may see it (``SYSTEM`` sees all its history); ``history``
    is ``history_evaluations(evaluation, actor)`` when the caller has read it already."""
    return summary_of(
        evaluation, summary_assessments(evaluation), actor=actor, today=today, history=history
    )


def history_evaluations(evaluation: Evaluation, actor: Actor) -> list[Evaluation]:
    """The agency's evaluations the actor may see, this one included, oldest first, without
    their assessments: what the summary's history is made of."""
    return list(agency_history(evaluation.agency_id, actor).prefetch_related(None))


def summary_of(
    evaluation: Evaluation,
    assessments: list[Assessment],
    *,
    actor: Actor,
    today: datetime.date,
    history: list[Evaluation] | None = None,
) -> EvaluationSummary:
    """The summary over assessments already read (with ``evaluation_assessments``, or at least
    the fields of ``summary_assessments``), for a caller that shows them too (the reports), so
    that they are read only once."""
    revision = evaluation.revision
    framework = revision_scoring_framework(revision)
    scored = scored_indices(framework, assessments, year=evaluation.year, target=evaluation.target)
    indices = {kind: figure for kind, (figure, _result) in scored.items()}
    results = {kind: result for kind, (_figure, result) in scored.items()}
    official = official_index(indices)
    has_external = indices[IndexKind.EXTERNAL].available
    agency = evaluation.agency
    return EvaluationSummary(
        evaluation_id=evaluation.pk,
        agency_name=agency.name,
        agency_slug=agency.slug,
        province=agency.province,
        year=evaluation.year,
        framework_code=revision.framework.code,
        framework_title=revision.framework.title,
        framework_short_title=revision.framework.short_title,
        revision_number=revision.number,
        state=EvaluationState(evaluation.state),
        target=evaluation.target,
        self_assessment_deadline=evaluation.self_assessment_deadline,
        review_deadline=evaluation.review_deadline,
        illustrative=evaluation.illustrative,
        source_note=evaluation.source_note,
        today=today,
        indices=tuple(indices.values()),
        official_kind=official.kind,
        domains=_parts(results, "domains", has_external, framework=None),
        aspects=_parts(results, "aspects", has_external, framework=framework),
        units=_unit_progress(evaluation, assessments, today),
        overclaims=_overclaims(assessments),
        history=_history(
            evaluation,
            history_evaluations(evaluation, actor) if history is None else history,
            official,
        ),
    )


def _parts(
    results: dict[IndexKind, ScoreResult],
    attribute: str,
    has_external: bool,
    *,
    framework: ScoringFramework | None,
) -> tuple[PartFigure, ...]:
    """Domains or aspects; ``framework`` gives each aspect its domain."""
    domains = {aspect.number: aspect.domain for aspect in framework.aspects} if framework else {}
    own, verified, external = (getattr(results[kind], attribute) for kind in IndexKind)
    return tuple(
        PartFigure(
            number=mine.number,
            name=mine.name,
            self_value=mine.display,
            verified=checked.display,
            external=outside.display if has_external else None,
            domain=domains.get(mine.number),
        )
        for mine, checked, outside in zip(own, verified, external, strict=True)
    )


def _unit_progress(
    evaluation: Evaluation, assessments: list[Assessment], today: datetime.date
) -> tuple[UnitProgressRow, ...]:
    # The lead units come with the assessments; only the agency's own are counted.
    units: dict[int, Unit] = {}
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    past_deadline = today > evaluation.self_assessment_deadline
    for assessment in assessments:
        unit = assessment.lead_unit
        if unit is None or unit.agency_id != evaluation.agency_id:
            continue
        units[unit.pk] = unit
        row = counts[unit.pk]
        row["assigned"] += 1
        if assessment.state in DONE:
            row["submitted"] += 1
        if assessment.state == AssessmentState.VERIFIED:
            row["verified"] += 1
        elif past_deadline and assessment.state not in DONE:
            row["overdue"] += 1
    rows = [
        UnitProgressRow(units[pk].name, units[pk].short_name, **row) for pk, row in counts.items()
    ]
    return tuple(sorted(rows, key=lambda row: row.name))


def _overclaims(assessments: list[Assessment]) -> tuple[Overclaim, ...]:
    return tuple(
        Overclaim(
            number=a.indicator.number,
            code=a.indicator.code,
            name=a.indicator.name,
            lead_unit=a.lead_unit.short_name if a.lead_unit else "",
            claimed=a.claimed_level,
            verified=a.verified_level,
        )
        for a in assessments
        if a.claimed_level is not None
        and a.verified_level is not None
        and a.claimed_level > a.verified_level
    )


def _history(
    evaluation: Evaluation, evaluations: list[Evaluation], current: IndexFigure
) -> History:
    """The agency's evaluations the actor may see, one series per framework.

    This evaluation's own year is the figure scored above, not a second scoring; a finished
    year reads the indices stored when it finished (``finished_scores``); any other year reads
    its values in one query and is scored once, with its official kind. So the cost does not
    grow with the number of finished years.
    """
    # The selector decides which evaluations the actor may see (``history_evaluations``);
    # their values are read here, as one query for the years without stored indices and
    # without this evaluation's.
    others = [past for past in evaluations if past.pk != evaluation.pk]
    stored = stored_indices(others)
    values: dict[int, list[Assessment]] = defaultdict(list)
    unscored = [past.pk for past in others if past.pk not in stored]
    if unscored:
        for assessment in Assessment.objects.filter(evaluation_id__in=unscored).select_related(
            "indicator"
        ):
            values[assessment.evaluation_id].append(assessment)
    series: dict[str, list[HistoryYear]] = {}
    titles: dict[str, str] = {}
    for past in evaluations:
        code = past.revision.framework.code
        titles[code] = past.revision.framework.short_title
        if past.pk == evaluation.pk:
            kind, index, predicate = current.kind, current.index, current.predicate
        elif past.pk in stored:
            figure = official_index(stored[past.pk])
            kind, index, predicate = figure.kind, figure.index, figure.predicate
        else:
            kind, result = _official_score(past, values[past.pk])
            index, predicate = result.index, result.predicate
        series.setdefault(code, []).append(
            HistoryYear(
                evaluation_id=past.pk,
                year=past.year,
                framework_code=code,
                framework_short_title=titles[code],
                index=index,
                predicate=predicate,
                kind=kind,
                illustrative=past.illustrative,
                finished=past.state == EvaluationState.FINISHED,
                current=past.pk == evaluation.pk,
            )
        )
    return History(
        tuple(HistorySeries(code, titles[code], tuple(years)) for code, years in series.items())
    )


def _official_score(
    past: Evaluation, assessments: list[Assessment]
) -> tuple[IndexKind, ScoreResult]:
    framework = revision_scoring_framework(past.revision)
    kind = official_kind(filled_counts(assessments), len(framework.indicators))
    return kind, score_index(framework, assessments, kind, year=past.year)[0]
