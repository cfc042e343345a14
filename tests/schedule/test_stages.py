"""The stage a day falls in, and the windows that cannot be."""

import datetime

import pytest

from spbe.schedule.stages import (
    Stage,
    StageWindow,
    StageWindowError,
    check_windows,
    stage_today,
)

D = datetime.date
WINDOWS = [
    StageWindow(Stage.SELF_ASSESSMENT, D(2026, 6, 1), D(2026, 6, 30)),
    StageWindow(Stage.DOCUMENTS, D(2026, 7, 6), D(2026, 7, 31)),
    StageWindow(Stage.INTERVIEW, D(2026, 8, 1), D(2026, 8, 15)),
]


def test_a_day_inside_a_window_is_in_that_stage_with_the_days_left_counting_itself():
    today = stage_today(WINDOWS, D(2026, 6, 28))
    assert today.stage is Stage.SELF_ASSESSMENT
    assert today.days_left == 3
    assert today.upcoming == WINDOWS[1]
    assert today.started == {Stage.SELF_ASSESSMENT}


def test_the_last_day_of_a_window_has_one_day_left():
    assert stage_today(WINDOWS, D(2026, 8, 15)).days_left == 1


def test_a_day_between_two_windows_is_in_no_stage_but_knows_what_has_begun():
    today = stage_today(WINDOWS, D(2026, 7, 3))
    assert today.stage is None
    assert today.days_left is None
    assert today.has_started(Stage.SELF_ASSESSMENT)
    assert not today.has_started(Stage.DOCUMENTS)
    assert today.upcoming is not None and today.upcoming.stage is Stage.DOCUMENTS
    assert not today.finished


def test_a_day_before_every_window_has_nothing_started_and_after_all_is_finished():
    before = stage_today(WINDOWS, D(2026, 1, 1))
    assert (before.stage, before.started, before.finished) == (None, frozenset(), False)
    after = stage_today(WINDOWS, D(2026, 9, 1))
    assert after.finished
    assert after.upcoming is None


def test_without_windows_no_day_is_in_a_stage():
    today = stage_today([], D(2026, 6, 10))
    assert (today.stage, today.started, today.finished) == (None, frozenset(), False)


def test_well_formed_windows_pass_and_a_site_visit_is_optional():
    check_windows(WINDOWS)
    check_windows([*WINDOWS, StageWindow(Stage.SITE_VISIT, D(2026, 8, 20), D(2026, 8, 22))])


@pytest.mark.parametrize(
    ("windows", "code", "stage"),
    [
        (
            [WINDOWS[0], StageWindow(Stage.DOCUMENTS, D(2026, 7, 31), D(2026, 7, 6)), WINDOWS[2]],
            "ends_before_start",
            Stage.DOCUMENTS,
        ),
        ([WINDOWS[0], WINDOWS[2]], "missing", Stage.DOCUMENTS),
        ([*WINDOWS, WINDOWS[0]], "repeated", Stage.SELF_ASSESSMENT),
        (
            [WINDOWS[0], StageWindow(Stage.DOCUMENTS, D(2026, 6, 30), D(2026, 7, 31)), WINDOWS[2]],
            "out_of_order",
            Stage.DOCUMENTS,
        ),
    ],
    ids=["ends-before-start", "missing", "repeated", "overlapping"],
)
def test_windows_that_cannot_be_are_refused_naming_the_stage(windows, code, stage):
    with pytest.raises(StageWindowError) as error:
        check_windows(windows)
    assert (error.value.code, error.value.stage) == (code, stage)
