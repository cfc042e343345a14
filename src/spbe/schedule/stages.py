"""The assessment stages of the national evaluation (Indeks Pemdi) and which one a day is in.

The evaluation runs in stages, each in a window of dates set nationally for the year: Penilaian
Mandiri (the agency assesses itself), Penilaian Dokumen (the external assessors check the
documents), Penilaian Interviu (clarification and sanggah) and, only where needed, Penilaian
Visitasi. Windows follow each other in that order and never overlap; both ends are days of
the stage.

The day is always a parameter, never read from a clock, so that the same answer comes out of a
page, a command and a test.

Pure Python: no Django imports.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise


class Stage(StrEnum):
    """A stage, in order; the values are stored."""

    SELF_ASSESSMENT = "mandiri"
    DOCUMENTS = "dokumen"
    INTERVIEW = "interviu"
    SITE_VISIT = "visitasi"

    @property
    def label(self) -> str:
        """The official name (Bahasa Indonesia)."""
        return _LABELS[self]


_LABELS = {
    Stage.SELF_ASSESSMENT: "Penilaian Mandiri",
    Stage.DOCUMENTS: "Penilaian Dokumen",
    Stage.INTERVIEW: "Penilaian Interviu",
    Stage.SITE_VISIT: "Penilaian Visitasi",
}
ORDER = tuple(Stage)
# Every evaluation with stages has these; a site visit happens only where needed.
REQUIRED = (Stage.SELF_ASSESSMENT, Stage.DOCUMENTS, Stage.INTERVIEW)


@dataclass(frozen=True, slots=True)
class StageWindow:
    stage: Stage
    starts: datetime.date
    ends: datetime.date  # the last day of the stage

    def holds(self, day: datetime.date) -> bool:
        return self.starts <= day <= self.ends


@dataclass(frozen=True, slots=True)
class StageToday:
    """Where one day falls in an evaluation's stages."""

    today: datetime.date
    # The stage whose window holds the day; None before the first, between two, after the last.
    stage: Stage | None
    # Days of the stage still to come, the day itself included: 1 on its last day.
    days_left: int | None
    # The stages whose window has begun by the day (whether or not it has ended).
    started: frozenset[Stage]
    # The next window to begin after the day, if any.
    upcoming: StageWindow | None
    # Whether the day is after every window's end (False when there are no windows).
    finished: bool

    def has_started(self, stage: Stage) -> bool:
        return stage in self.started


class StageWindowError(ValueError):
    """A set of windows that cannot be: ``code`` names the problem, ``stage`` the window."""

    def __init__(self, code: str, stage: Stage) -> None:
        self.code = code
        self.stage = stage
        super().__init__(f"{stage.label}: {code}")


def stage_today(windows: Iterable[StageWindow], today: datetime.date) -> StageToday:
    """The stage a day falls in, the days left in it, and the stages begun by then."""
    ordered = sorted(windows, key=lambda window: window.starts)
    current = next((window for window in ordered if window.holds(today)), None)
    return StageToday(
        today=today,
        stage=current.stage if current else None,
        days_left=(current.ends - today).days + 1 if current else None,
        started=frozenset(window.stage for window in ordered if window.starts <= today),
        upcoming=next((window for window in ordered if window.starts > today), None),
        finished=bool(ordered) and all(window.ends < today for window in ordered),
    )


def check_windows(windows: Iterable[StageWindow]) -> None:
    """Refuse a set of windows that cannot be.

    Raises :class:`StageWindowError` with the code ``ends_before_start`` (a window that ends
    before it starts), ``repeated`` (a stage given twice), ``missing`` (Mandiri, Dokumen or
    Interviu not given) or ``out_of_order`` (a window that starts on or before the last day of
    the stage before it).
    """
    given: dict[Stage, StageWindow] = {}
    for window in windows:
        if window.ends < window.starts:
            raise StageWindowError("ends_before_start", window.stage)
        if window.stage in given:
            raise StageWindowError("repeated", window.stage)
        given[window.stage] = window
    for stage in REQUIRED:
        if stage not in given:
            raise StageWindowError("missing", stage)
    in_order = [given[stage] for stage in ORDER if stage in given]
    for previous, window in pairwise(in_order):
        if window.starts <= previous.ends:
            raise StageWindowError("out_of_order", window.stage)
