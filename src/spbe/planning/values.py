"""Which values a plan starts from: an evaluation's claims, verified levels or external result."""

from __future__ import annotations

from decimal import Decimal

from spbe.evaluations.models import Assessment
from spbe.evaluations.scores import IndexKind, filled_counts, kind_values, official_kind
from spbe.scoring import ScoringFramework


def starting_values(
    framework: ScoringFramework, assessments: list[Assessment], kind: IndexKind
) -> dict[int, Decimal]:
    """The chosen kind of value per indicator; a missing value counts at the scale's bottom."""
    return kind_values(framework, assessments, kind)[0]


def default_kind(assessments: list[Assessment]) -> IndexKind:
    """The kind of the official index: the plan starts where the dashboard's figure stands."""
    return official_kind(filled_counts(assessments), len(assessments))
