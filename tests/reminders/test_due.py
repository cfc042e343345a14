"""Which reminders a day calls for: 7 days away, 1 day away, passed; each once per person."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.reminders.due import (
    OVERDUE_DAYS,
    Deadline,
    Schedule,
    Threshold,
    reminders_due,
    threshold_for,
)

TODAY = datetime.date(2026, 12, 8)


def deadline(subject, days, *people):
    return Deadline(
        subject=subject,
        title=subject,
        due=TODAY + datetime.timedelta(days=days),
        link="/",
        people=frozenset(people),
    )


def test_seven_to_two_days_away_is_the_week_reminder():
    assert [threshold_for(TODAY + datetime.timedelta(days=d), TODAY) for d in (8, 7, 2)] == [
        None,
        Threshold.WEEK,
        Threshold.WEEK,
    ]


def test_tomorrow_and_today_are_the_day_reminder():
    assert threshold_for(TODAY + datetime.timedelta(days=1), TODAY) == Threshold.DAY
    assert threshold_for(TODAY, TODAY) == Threshold.DAY


def test_a_passed_deadline_is_overdue_only_while_it_is_recent():
    assert threshold_for(TODAY - datetime.timedelta(days=1), TODAY) == Threshold.OVERDUE
    assert threshold_for(TODAY - datetime.timedelta(days=OVERDUE_DAYS), TODAY) == Threshold.OVERDUE
    assert threshold_for(TODAY - datetime.timedelta(days=OVERDUE_DAYS + 1), TODAY) is None


def test_it_lists_everything_due_for_a_person_in_the_order_of_the_days():
    due = reminders_due(
        [deadline("b", 7, "pic"), deadline("a", -1, "pic", "other"), deadline("far", 30, "pic")],
        TODAY,
    )
    assert [(item.subject, item.threshold, item.days_left) for item in due["pic"]] == [
        ("a", Threshold.OVERDUE, -1),
        ("b", Threshold.WEEK, 7),
    ]
    assert [item.subject for item in due["other"]] == ["a"]


def test_a_deadline_nobody_still_works_on_reminds_no_one():
    assert reminders_due([deadline("done", 1)], TODAY) == {}


deadlines = st.builds(
    deadline,
    st.sampled_from(["action:1", "action:2", "evaluation:1", "evaluation:2"]),
    st.integers(min_value=-30, max_value=30),
    st.sampled_from(["pic", "other", "koordinator"]),
    st.sampled_from(["pic", "other", "koordinator"]),
)


# No deadline: on a loaded machine an example may take longer than hypothesis' 200 ms.
@settings(deadline=None)
@given(st.lists(deadlines, max_size=20), st.integers(min_value=-5, max_value=5))
def test_each_person_deadline_and_threshold_appears_at_most_once(rows, shift):
    today = TODAY + datetime.timedelta(days=shift)
    due = reminders_due(rows, today)
    for person, items in due.items():
        keys = [(item.subject, item.threshold) for item in items]
        assert len(keys) == len(set(keys))
        assert all(
            any(person in row.people for row in rows if row.subject == item.subject)
            for item in items
        )
        assert all(threshold_for(item.due, today) == item.threshold for item in items)


def test_an_expiry_is_reminded_a_month_and_a_week_before_and_on_its_day():
    def on(days):
        return threshold_for(TODAY + datetime.timedelta(days=days), TODAY, Schedule.EXPIRY)

    assert [on(d) for d in (31, 30, 8, 7, 1, 0, -OVERDUE_DAYS, -OVERDUE_DAYS - 1)] == [
        None,
        Threshold.MONTH,
        Threshold.MONTH,
        Threshold.WEEK,
        Threshold.WEEK,
        Threshold.EXPIRES,
        Threshold.EXPIRES,
        None,
    ]


def test_an_expiry_carries_its_schedule_into_the_persons_list():
    expiry = Deadline(
        subject="document:1:2026-12-15",
        title="SK",
        due=TODAY + datetime.timedelta(days=7),
        link="/",
        people=frozenset({"a"}),
        schedule=Schedule.EXPIRY,
    )
    (item,) = reminders_due([expiry], TODAY)["a"]
    assert (item.threshold, item.schedule) == (Threshold.WEEK, Schedule.EXPIRY)
