"""Which reminders are due today, and to whom: a pure function over plain rows.

A source (the evaluation's deadlines, the Pemdi stage windows, the action plan, the
evidence's expiry) turns the database into ``Deadline`` rows: what is due, by which day, who
still has work on it. ``reminders_due`` picks, for one day, the deadlines that are 7 days away
(2 to 7 days left), 1 day away (tomorrow or today) or passed (up to ``OVERDUE_DAYS`` ago) and
groups them per person. An evidence document's expiry (``Schedule.EXPIRY``) has thresholds of
its own: 30 days before (8 to 30 days left), 7 days before (1 to 7) and the day it expires
(that day, or up to ``OVERDUE_DAYS`` after it when a run was missed). Whether a person was already reminded is the caller's record; this
module only says which (person, subject, threshold) today calls for, each once.

Pure Python: no Django imports.
"""

from __future__ import annotations

import datetime
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum


class Threshold(StrEnum):
    """How close a deadline is; the values are stored in the reminder record."""

    WEEK = "7-hari"
    DAY = "1-hari"
    OVERDUE = "lewat"
    # The evidence's expiry: a month before, and the day itself (a week before is ``WEEK``).
    MONTH = "30-hari"
    EXPIRES = "berakhir"


class Schedule(StrEnum):
    """Which thresholds a deadline is reminded at."""

    # Work due by a day: 7 days before, 1 day before, passed.
    DEADLINE = "deadline"
    # Evidence valid until a day: 30 days before, 7 days before, the day it expires.
    EXPIRY = "expiry"


# A passed deadline is reminded only while it is this recent, so that the first run on an old
# installation does not bring up every action that was never closed.
OVERDUE_DAYS = 14


@dataclass(frozen=True, slots=True)
class Deadline:
    """One thing due by a day, with the people who still have work on it.

    ``subject`` is the stable key of the deadline (e.g. ``action:12:2026-12-01``: the day is in
    it, so a moved deadline is reminded again); ``title`` is what the message lists and
    ``link`` the path of the page to do the work on.
    """

    subject: str
    title: str
    due: datetime.date
    link: str
    people: frozenset[Hashable]
    schedule: Schedule = Schedule.DEADLINE


@dataclass(frozen=True, slots=True)
class DueItem:
    """One line of a person's reminder."""

    subject: str
    title: str
    due: datetime.date
    link: str
    threshold: Threshold
    days_left: int  # 0 on the day itself, negative once passed
    schedule: Schedule = Schedule.DEADLINE


def threshold_for(
    due: datetime.date, today: datetime.date, schedule: Schedule = Schedule.DEADLINE
) -> Threshold | None:
    """The threshold a deadline is at today, or None when nothing is to be said about it.

    A deadline: 7 to 2 days left ``WEEK``; 1 or 0 (tomorrow, today) ``DAY``; passed at most
    ``OVERDUE_DAYS`` ago ``OVERDUE``. An expiry: 30 to 8 days left ``MONTH``; 7 to 1 ``WEEK``;
    the day itself or at most ``OVERDUE_DAYS`` after it ``EXPIRES``.
    """
    days_left = (due - today).days
    if schedule is Schedule.EXPIRY:
        return _expiry_threshold(days_left)
    if 2 <= days_left <= 7:
        return Threshold.WEEK
    if 0 <= days_left <= 1:
        return Threshold.DAY
    if -OVERDUE_DAYS <= days_left < 0:
        return Threshold.OVERDUE
    return None


def _expiry_threshold(days_left: int) -> Threshold | None:
    if 8 <= days_left <= 30:
        return Threshold.MONTH
    if 1 <= days_left <= 7:
        return Threshold.WEEK
    if -OVERDUE_DAYS <= days_left <= 0:
        return Threshold.EXPIRES
    return None


def reminders_due(
    deadlines: Iterable[Deadline], today: datetime.date
) -> dict[Hashable, list[DueItem]]:
    """Per person, the deadlines to remind them of today, in the order of their days.

    A deadline given twice (the same subject) is listed once per person; a deadline with nobody
    left to do its work reminds no one.
    """
    per_person: dict[Hashable, dict[str, DueItem]] = {}
    for deadline in deadlines:
        threshold = threshold_for(deadline.due, today, deadline.schedule)
        if threshold is None:
            continue
        item = DueItem(
            subject=deadline.subject,
            title=deadline.title,
            due=deadline.due,
            link=deadline.link,
            threshold=threshold,
            days_left=(deadline.due - today).days,
            schedule=deadline.schedule,
        )
        for person in deadline.people:
            per_person.setdefault(person, {}).setdefault(deadline.subject, item)
    return {
        person: sorted(items.values(), key=lambda item: (item.due, item.subject))
        for person, items in per_person.items()
    }
