"""Checking one row of a published-results file against the framework it names.

The scale, the domains and their weights and the predicate table come from the framework
library (``spbe.library``), never from code. Known defects of the sources are accepted as
published with a warning: a blank domain (an unreadable figure), a value below the scale (2023
Kab. Banyuasin, Layanan 0.30), a predicate that is not official ("Sedang"). A value that cannot
be an index at all (negative, above the maximum, not a number) is an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache

from spbe.benchmarks.issues import RowIssue, Severity
from spbe.benchmarks.kinds import Kind
from spbe.library.convert import scoring_framework
from spbe.library.files import library_paths, read_library_file
from spbe.scoring.model import PredicateBand, ScoringFramework
from spbe.scoring.values import parse_number, whole_number

DOMAIN_COLUMNS = ("d1_kebijakan", "d2_tata_kelola", "d3_manajemen", "d4_layanan")
# The word that identifies each column's domain in a framework's domain names.
_DOMAIN_WORDS = dict(
    zip(DOMAIN_COLUMNS, ("kebijakan", "tata kelola", "manajemen", "layanan"), strict=True)
)
MIN_YEAR, MAX_YEAR = 2018, 2100
# Printed domains and index are each rounded to 0.01, so a faithful row is off by at most this.
INDEX_TOLERANCE = Decimal("0.01")
_HALF_CENT = Fraction(1, 200)


@dataclass(frozen=True)
class FrameworkRules:
    """What a published row of one framework may hold."""

    id: str
    minimum: Decimal
    maximum: Decimal
    # Domain weights by file column, as shares of one (Decimal is close enough for a check
    # with a tolerance of 0.01, and much faster than Fraction over a thousand rows).
    domain_weights: Mapping[str, Decimal]
    predicates: tuple[PredicateBand, ...]

    @classmethod
    def of(cls, framework: ScoringFramework) -> FrameworkRules:
        total = sum((domain.weight for domain in framework.domains), Fraction(0))
        weights = {}
        for column, word in _DOMAIN_WORDS.items():
            for domain in framework.domains:
                if word in domain.name.lower():
                    share = domain.weight / total
                    weights[column] = Decimal(share.numerator) / Decimal(share.denominator)
        return cls(
            id=framework.id,
            minimum=framework.value_range.minimum,
            maximum=framework.value_range.maximum,
            domain_weights=weights,
            predicates=framework.predicates,
        )

    # Printed indices repeat (there are only 500 of them), so each is looked up once.
    _near: dict[Decimal, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def predicates_near(self, index: Decimal) -> tuple[str, ...]:
        """Predicates an index printed as ``index`` may have had before it was rounded."""
        if index not in self._near:
            exact = Fraction(index)
            names: list[str] = []
            for value in (exact - _HALF_CENT, exact, exact + _HALF_CENT - Fraction(1, 10**6)):
                names += [
                    b.name for b in self.predicates if b.contains(value) and b.name not in names
                ]
            self._near[index] = tuple(names)
        return self._near[index]


@cache
def library_rules() -> dict[str, FrameworkRules]:
    """The rules of every framework in the library, read once per process."""
    frameworks = (scoring_framework(read_library_file(p).document) for p in library_paths())
    return {framework.id: FrameworkRules.of(framework) for framework in frameworks}


class RowCheck:
    """Collects the issues of one row while reading its cells."""

    def __init__(self, row: int) -> None:
        self.row = row
        self.issues: list[RowIssue] = []

    @property
    def failed(self) -> bool:
        return any(issue.severity is Severity.ERROR for issue in self.issues)

    def error(self, column: str | None, code: str, **params: object) -> None:
        self.issues.append(RowIssue(self.row, column, code, params))

    def warn(self, column: str | None, code: str, **params: object) -> None:
        self.issues.append(RowIssue(self.row, column, code, params, Severity.WARNING))

    def text(self, raw: Mapping[str, str | None], column: str, *, required: bool) -> str | None:
        value = " ".join((raw.get(column) or "").split())
        if not value and required:
            self.error(column, "required")
        return value or None

    def kind(self, value: str | None) -> Kind | None:
        if value is None:
            return None
        try:
            return Kind(value.lower())
        except ValueError:
            self.error("kind", "unknown_kind", value=value, allowed=", ".join(Kind))
            return None

    def year(self, value: str | None) -> int | None:
        if value is None:
            return None
        year = whole_number(value)
        if year is not None and MIN_YEAR <= year <= MAX_YEAR:
            return int(value)
        self.error("year", "not_a_year", value=value, minimum=MIN_YEAR, maximum=MAX_YEAR)
        return None

    def number(self, column: str, value: str | None, rules: FrameworkRules) -> Decimal | None:
        if value is None:
            return None
        number = parse_number(value)
        if number is None:
            self.error(column, "not_a_number", value=value)
        elif not 0 <= number <= rules.maximum:
            self.error(column, "out_of_range", value=number, minimum=0, maximum=rules.maximum)
        elif number < rules.minimum:
            self.warn(
                column, "below_scale", value=number, minimum=rules.minimum, maximum=rules.maximum
            )
            return number
        else:
            return number
        return None

    def predicate(self, value: str | None, index: Decimal | None, rules: FrameworkRules) -> None:
        official = {band.name for band in rules.predicates}
        if value is None or not official:
            return
        if value not in official:
            self.warn("predicate", "unofficial_predicate", value=value, framework=rules.id)
        elif index is not None and value not in (near := rules.predicates_near(index)):
            self.warn(
                "predicate",
                "predicate_mismatch",
                value=value,
                index=index,
                expected=" / ".join(near),
            )

    def consistency(
        self, domains: Mapping[str, Decimal | None], index: Decimal | None, rules: FrameworkRules
    ) -> None:
        weights = rules.domain_weights
        values = [domains[column] for column in weights]
        if index is None or not weights or any(value is None for value in values):
            return
        computed = sum((weights[c] * (domains[c] or 0) for c in weights), Decimal(0))
        if abs(computed - index) > INDEX_TOLERANCE:
            shown = computed.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
            self.warn("index", "index_mismatch", computed=shown, index=index)
