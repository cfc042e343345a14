"""Whether evidence is recent enough for the evaluation: outdated, period ended, expired.

The reference is the evaluation's, never today's date: ``reference_day`` (e.g. its
self-assessment deadline) and ``evaluated_year`` (its year) are passed in. The setting is the
framework's (``freshness`` in its rules file, see ``spbe.precheck.rules.Freshness``).
"""

from __future__ import annotations

import datetime

from spbe.precheck.dates import months_before
from spbe.precheck.document import DocumentFacts
from spbe.precheck.flags import Flag
from spbe.precheck.rules import Freshness


def freshness_flags(
    facts: DocumentFacts,
    freshness: Freshness | None,
    *,
    reference_day: datetime.date | None,
    evaluated_year: int | None = None,
    effective_on: datetime.date | None = None,
    expires_on: datetime.date | None = None,
) -> list[Flag]:
    """The warnings ``outdated``, ``period_ended`` and ``expired`` for one document.

    ``effective_on`` is the evidence's own date (its metadata); without it the date of
    enactment read from the text counts. ``evaluated_year`` defaults to the reference day's
    year. Without a reference day only ``period_ended`` can be said (given a year).
    """
    flags: list[Flag] = []
    year = evaluated_year or (reference_day.year if reference_day else None)
    dated = effective_on or facts.enacted_on
    if freshness and reference_day and dated:
        allowed = freshness.max_age_months.get(facts.kind)
        if allowed is not None and dated < months_before(reference_day, allowed):
            flags.append(Flag("outdated", {"months": allowed, "dated": dated.isoformat()}))
    period = facts.period
    ended = period is not None and year is not None and period.end < year
    if freshness and freshness.period_must_not_have_ended and period and ended:
        flags.append(Flag("period_ended", {"start": period.start, "end": period.end}))
    if expires_on and reference_day and expires_on < reference_day:
        flags.append(Flag("expired", {"expires_on": expires_on.isoformat()}))
    return flags
