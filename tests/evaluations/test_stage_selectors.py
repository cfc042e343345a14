"""Reading the stage windows (``evaluations.stage_selectors``): an evaluation's own, the national
ones of a year, and where a given day falls in them."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from spbe.evaluations.stage_selectors import (
    evaluation_stage_today,
    evaluation_stage_windows,
    evaluations_of_year,
    national_stage_windows,
    national_windows_entered,
)
from spbe.evaluations.stage_services import national_windows_set
from spbe.schedule.stages import Stage, StageWindow
from tests.cast import make_cast
from tests.evaluations.pemdi_helpers import (
    AFTER_STAGES,
    BEFORE_STAGES,
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    WINDOWS,
    with_stages,
)

pytestmark = pytest.mark.dates

D = datetime.date
# Entered out of order on purpose: the selectors give them in the order they run.
VISIT_FIRST = [
    StageWindow(Stage.SITE_VISIT, D(2026, 8, 20), D(2026, 8, 31)),
    *reversed(WINDOWS),
]


def test_an_evaluation_without_windows_is_in_no_stage_on_any_day(pemdi_cast):
    assert evaluation_stage_windows(pemdi_cast.evaluation) == []
    today = evaluation_stage_today(pemdi_cast.evaluation, today=SELF_ASSESSMENT_DAY)
    assert today.stage is None
    assert today.started == frozenset()
    assert not today.finished


def test_the_windows_come_in_the_order_they_run_whatever_order_they_were_entered(pemdi_cast):
    with_stages(pemdi_cast, VISIT_FIRST)
    stages = [window.stage for window in evaluation_stage_windows(pemdi_cast.evaluation)]
    assert stages == [Stage.SELF_ASSESSMENT, Stage.DOCUMENTS, Stage.INTERVIEW, Stage.SITE_VISIT]


@pytest.mark.parametrize(
    ("day", "stage", "days_left"),
    [
        (BEFORE_STAGES, None, None),
        (SELF_ASSESSMENT_DAY, Stage.SELF_ASSESSMENT, 21),
        (DOCUMENTS_DAY, Stage.DOCUMENTS, 22),
        (INTERVIEW_DAY, Stage.INTERVIEW, 11),
        (D(2026, 8, 15), Stage.INTERVIEW, 1),
        (AFTER_STAGES, None, None),
    ],
)
def test_the_stage_of_a_day_and_the_days_left_in_it_the_day_included(
    pemdi_cast, day, stage, days_left
):
    today = evaluation_stage_today(with_stages(pemdi_cast).evaluation, today=day)
    assert (today.stage, today.days_left) == (stage, days_left)


def test_the_stages_begun_by_a_day_include_the_ones_already_over(pemdi_cast):
    today = evaluation_stage_today(with_stages(pemdi_cast).evaluation, today=INTERVIEW_DAY)
    assert today.started == {Stage.SELF_ASSESSMENT, Stage.DOCUMENTS, Stage.INTERVIEW}
    assert not today.finished
    after = evaluation_stage_today(pemdi_cast.evaluation, today=AFTER_STAGES)
    assert after.finished and after.upcoming is None


def test_before_the_first_window_the_upcoming_one_is_the_mandiri(pemdi_cast):
    today = evaluation_stage_today(with_stages(pemdi_cast).evaluation, today=BEFORE_STAGES)
    assert today.upcoming == WINDOWS[0]


def test_one_evaluations_windows_are_not_anothers(pemdi_cast):
    with_stages(pemdi_cast)
    other = make_cast(framework="pemdi-2026", prefix="lain-")
    assert evaluation_stage_windows(other.evaluation) == []


def test_the_national_windows_of_a_year_are_read_by_framework_and_year(pemdi_cast):
    admin = pemdi_cast.actor(pemdi_cast.admin)
    national_windows_set(actor=admin, framework_code="pemdi-2026", year=2026, windows=VISIT_FIRST)
    assert national_stage_windows("pemdi-2026", 2026)[0].stage is Stage.SELF_ASSESSMENT
    assert len(national_stage_windows("pemdi-2026", 2026)) == 4
    assert national_stage_windows("pemdi-2026", 2027) == []
    assert national_stage_windows("spbe-2020", 2026) == []


def test_the_years_with_national_windows_come_newest_first_with_their_frameworks_title(
    pemdi_cast,
):
    admin = pemdi_cast.actor(pemdi_cast.admin)
    later = [
        StageWindow(w.stage, w.starts.replace(year=2027), w.ends.replace(year=2027))
        for w in WINDOWS
    ]
    national_windows_set(actor=admin, framework_code="pemdi-2026", year=2026, windows=WINDOWS)
    national_windows_set(actor=admin, framework_code="pemdi-2026", year=2027, windows=later)
    entered = national_windows_entered()
    assert [(row.framework_code, row.year) for row in entered] == [
        ("pemdi-2026", 2027),
        ("pemdi-2026", 2026),
    ]
    assert entered[1].windows == tuple(WINDOWS)
    assert entered[0].framework_short_title
    assert entered[0].framework_short_title == entered[1].framework_short_title


def test_the_years_with_national_windows_are_read_in_one_query(pemdi_cast):
    admin = pemdi_cast.actor(pemdi_cast.admin)
    for year in (2026, 2027, 2028):
        shifted = [
            StageWindow(w.stage, w.starts.replace(year=year), w.ends.replace(year=year))
            for w in WINDOWS
        ]
        national_windows_set(actor=admin, framework_code="pemdi-2026", year=year, windows=shifted)
    with CaptureQueriesContext(connection) as queries:
        entered = national_windows_entered()
    assert len(entered) == 3
    assert len(queries) == 1


def test_no_national_windows_entered_is_an_empty_list(pemdi_cast):
    assert national_windows_entered() == []


def test_the_evaluations_of_a_year_are_counted_across_agencies_and_by_framework(pemdi_cast):
    assert evaluations_of_year("pemdi-2026", 2026) == 1
    make_cast(framework="pemdi-2026", prefix="lain-")
    make_cast(framework="spbe-2020", prefix="spbe-")
    assert evaluations_of_year("pemdi-2026", 2026) == 2
    assert evaluations_of_year("pemdi-2026", 2027) == 0
    assert evaluations_of_year("spbe-2020", 2026) == 1
