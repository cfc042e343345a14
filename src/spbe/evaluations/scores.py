"""The three indices of an evaluation (self, verified, external), all from the one engine.

This module is the one home of the rules every page and report applies to those numbers:
what each kind is called (``IndexKind.label``), that a missing value counts at the lowest
level (``with_missing_at_lowest``, used by ``kind_values``), which kind is the official figure
(``official_kind``), and what the gap to the target, "reached" and "available" mean
(``IndexFigure``). Each index says how many values were missing, so a half-filled evaluation
is never mistaken for a finished one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from spbe.evaluations.models import Assessment
from spbe.scoring import PredicateBasis, ScoreResult, ScoringFramework, score
from spbe.scoring.values import with_missing_at_lowest


class IndexKind(models.TextChoices):
    """Whose values an index is computed from; ``label`` is its name on every page and report."""

    SELF = "self", _("Self-assessment")
    VERIFIED = "verified", _("Verified")
    EXTERNAL = "external", _("External")


@dataclass(frozen=True)
class IndexFigure:
    """One index as the engine scored it, with how complete its values are and the target."""

    kind: IndexKind
    index: Decimal
    index_exact: Decimal
    predicate: str | None
    basis: PredicateBasis
    year: int | None
    filled: int
    total: int
    target: Decimal

    @classmethod
    def of(
        cls, kind: IndexKind, result: ScoreResult, *, filled: int, total: int, target: Decimal
    ) -> IndexFigure:
        return cls(
            kind=kind,
            index=result.index,
            index_exact=result.index_exact,
            predicate=result.predicate,
            basis=result.predicate_basis,
            year=result.year,
            filled=filled,
            total=total,
            target=target,
        )

    @property
    def label(self) -> str:
        return str(self.kind.label)

    @property
    def available(self) -> bool:
        """An external index exists only once a value was recorded; the others always do."""
        return self.kind is not IndexKind.EXTERNAL or self.filled > 0

    @property
    def complete(self) -> bool:
        return self.filled == self.total

    @property
    def missing(self) -> int:
        return self.total - self.filled

    @property
    def gap(self) -> Decimal:
        """The target minus the displayed (two-decimal) index."""
        return self.target - self.index

    @property
    def reached(self) -> bool:
        return self.gap <= 0


def value_of(assessment: Assessment, kind: IndexKind) -> Decimal | None:
    if kind is IndexKind.SELF:
        return assessment.claimed_level
    if kind is IndexKind.VERIFIED:
        return assessment.verified_level
    return assessment.external_value


def kind_values(
    framework: ScoringFramework, assessments: Iterable[Assessment], kind: IndexKind
) -> tuple[dict[int, Decimal], int]:
    """One kind of value per indicator (a missing one at the lowest level) and how many exist."""
    known = {assessment.indicator.number: value_of(assessment, kind) for assessment in assessments}
    filled = sum(value is not None for value in known.values())
    return with_missing_at_lowest(framework, known), filled


def score_index(
    framework: ScoringFramework, assessments: Iterable[Assessment], kind: IndexKind, *, year: int
) -> tuple[ScoreResult, int]:
    """The engine's score of one kind of value, and how many of those values were recorded."""
    values, filled = kind_values(framework, assessments, kind)
    return score(framework, values, year=year), filled


def scored_indices(
    framework: ScoringFramework, assessments: list[Assessment], *, year: int, target: Decimal
) -> dict[IndexKind, tuple[IndexFigure, ScoreResult]]:
    """The three indices, each scored once: the figure and the engine's result (its parts)."""
    scored = {}
    for kind in IndexKind:
        result, filled = score_index(framework, assessments, kind, year=year)
        figure = IndexFigure.of(
            kind, result, filled=filled, total=len(framework.indicators), target=target
        )
        scored[kind] = (figure, result)
    return scored


def all_indices(
    framework: ScoringFramework, assessments: list[Assessment], *, year: int, target: Decimal
) -> dict[IndexKind, IndexFigure]:
    """The three indices, each scored once."""
    scored = scored_indices(framework, assessments, year=year, target=target)
    return {kind: figure for kind, (figure, _result) in scored.items()}


def official_kind(filled: Mapping[IndexKind, int], total: int) -> IndexKind:
    """The kind that stands for the evaluation: the external result once complete, else the
    verified levels (if any), else the self-assessment. A half-entered external result would
    count its missing indicators at the lowest level, so it never stands for the evaluation."""
    if total and filled[IndexKind.EXTERNAL] >= total:
        return IndexKind.EXTERNAL
    if filled[IndexKind.VERIFIED]:
        return IndexKind.VERIFIED
    return IndexKind.SELF


def filled_counts(assessments: Iterable[Assessment]) -> dict[IndexKind, int]:
    """How many values of each kind were recorded."""
    counts = dict.fromkeys(IndexKind, 0)
    for assessment in assessments:
        for kind in IndexKind:
            counts[kind] += value_of(assessment, kind) is not None
    return counts


def official_index(indices: Mapping[IndexKind, IndexFigure]) -> IndexFigure:
    """The official one of the three indices (see ``official_kind``)."""
    total = indices[IndexKind.SELF].total
    return indices[official_kind({kind: figure.filled for kind, figure in indices.items()}, total)]
