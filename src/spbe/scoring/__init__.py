"""The one scoring engine: pure Python, Decimal arithmetic, no Django imports.

Every number the product shows (index, domain and aspect indices, predicate, gap) comes from
:func:`spbe.scoring.engine.score`.
"""

from spbe.scoring.engine import score
from spbe.scoring.model import (
    AspectSpec,
    DomainSpec,
    IndicatorSpec,
    PredicateBand,
    PredicateBasis,
    ScoreResult,
    ScoringFramework,
    ValueRange,
)
from spbe.scoring.values import ScoringInputError, parse_values

__all__ = [
    "AspectSpec",
    "DomainSpec",
    "IndicatorSpec",
    "PredicateBand",
    "PredicateBasis",
    "ScoreResult",
    "ScoringFramework",
    "ScoringInputError",
    "ValueRange",
    "parse_values",
    "score",
]
