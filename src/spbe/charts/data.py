"""The plain data the charts draw: frozen dataclasses, no Django, no matplotlib.

Callers (pages, the PDF report, the slides) fill these with numbers from the scoring engine or
the published results and with labels already translated; the chart functions never invent a
word of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Role(StrEnum):
    """Whose number a series is; the role decides the colour, so it is the same on every chart."""

    SELF = "self"
    VERIFIED = "verified"
    EXTERNAL = "external"
    TARGET = "target"
    NATIONAL = "national"
    CATEGORY = "category"
    PROVINCE = "province"


@dataclass(frozen=True)
class Series:
    """One named row of values, aligned with the labels of its comparison; ``None`` is missing."""

    name: str
    values: Sequence[Decimal | None]
    role: Role


@dataclass(frozen=True)
class SeriesComparison:
    """Several series over the same labels (domains, aspects or indicators) and an optional target.

    ``target`` is one index the agency aims for; ``target_label`` names it in the legend.
    """

    labels: Sequence[str]
    series: Sequence[Series]
    target: Decimal | None = None
    target_label: str = ""

    def __post_init__(self) -> None:
        for series in self.series:
            if len(series.values) != len(self.labels):
                raise ValueError(
                    f"series {series.name!r} has {len(series.values)} values "
                    f"for {len(self.labels)} labels"
                )


@dataclass(frozen=True)
class HistoryPoint:
    """One year of an agency's index next to the averages it is compared with.

    ``series`` names the line the index belongs to (a framework): each series is its own line,
    never joined to the next, and the chart marks where one series gives way to another.
    ``label`` is the year's tick (the year itself if empty); an ``unfinished`` year's index is
    not a result yet, so its marker is hollow.
    """

    year: int
    index: Decimal | None
    national_average: Decimal | None = None
    category_average: Decimal | None = None
    province_average: Decimal | None = None
    series: str = ""
    label: str = ""
    unfinished: bool = False


@dataclass(frozen=True)
class HistoryLabels:
    """The legend names of the history chart; an average without a name is not drawn.

    ``index`` names the agency's line when its points name no series; ``change`` is the text
    at the mark where the series changes.
    """

    index: str
    national_average: str = ""
    category_average: str = ""
    province_average: str = ""
    target: str = ""
    change: str = ""


@dataclass(frozen=True)
class UnitProgress:
    """How far one unit (Perangkat Daerah) is with the indicators assigned to it.

    ``submitted`` counts the assigned indicators the unit has sent in, ``verified`` those of them
    already verified, and ``overdue`` the assigned indicators not yet sent in after their due
    date, so ``verified <= submitted <= assigned`` and ``overdue <= assigned - submitted``.
    """

    unit: str
    assigned: int
    submitted: int
    verified: int
    overdue: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.verified <= self.submitted <= self.assigned:
            raise ValueError(
                f"{self.unit}: expected 0 <= verified ({self.verified}) <= submitted "
                f"({self.submitted}) <= assigned ({self.assigned})"
            )
        if not 0 <= self.overdue <= self.assigned - self.submitted:
            raise ValueError(
                f"{self.unit}: overdue ({self.overdue}) must be between 0 and the "
                f"{self.assigned - self.submitted} indicators not yet submitted"
            )

    @property
    def pending(self) -> int:
        """Assigned, not submitted and not yet overdue."""
        return self.assigned - self.submitted - self.overdue


@dataclass(frozen=True)
class ProgressLabels:
    """The legend names of the unit progress chart."""

    verified: str
    submitted: str
    overdue: str
    pending: str
