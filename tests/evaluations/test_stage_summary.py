"""The stage dashboard: the stage of the day, the days left, the next stage, and each unit's
items by status, with overdue items counted only once their window has closed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spbe.evaluations.models import Evaluation, EvaluationItem
from spbe.evaluations.stage_summary import OverdueReason, stage_dashboard
from spbe.organizations.models import Unit
from spbe.schedule.stages import Stage
from spbe.scoring.items import ItemStatus
from tests.evaluations.page_helpers import login, on_day
from tests.evaluations.pemdi_helpers import (
    AFTER_STAGES,
    BEFORE_STAGES,
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    D,
    set_status,
)

pytestmark = pytest.mark.dates

S = ItemStatus


def items_of(cast, *numbers, **filters):
    return EvaluationItem.objects.filter(
        evaluation=cast.evaluation,
        retired=False,
        assessment__indicator__number__in=numbers,
        **filters,
    )


def board(cast, day):
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )
    return stage_dashboard(evaluation, today=day)


def row(dashboard, short_name):
    return next(unit for unit in dashboard.units if unit.short_name == short_name)


def bappeda_items(cast):
    return items_of(cast, 2, 3)


def test_an_evaluation_without_windows_has_no_stage_dashboard(pemdi_cast):
    assert board(pemdi_cast, SELF_ASSESSMENT_DAY) is None


def test_in_the_self_assessment_it_shows_the_stage_the_days_left_and_the_next_stage(pemdi):
    dashboard = board(pemdi, SELF_ASSESSMENT_DAY)
    assert dashboard.stage is Stage.SELF_ASSESSMENT
    assert dashboard.stage_label == "Penilaian Mandiri"
    assert dashboard.days_left == 21  # 10 to 30 June, both days included
    assert dashboard.upcoming.stage is Stage.DOCUMENTS
    assert dashboard.upcoming.starts == D(2026, 7, 1)


def test_on_the_last_day_of_a_stage_one_day_is_left(pemdi):
    assert board(pemdi, D(2026, 6, 30)).days_left == 1
    assert board(pemdi, D(2026, 7, 1)).stage is Stage.DOCUMENTS


def test_before_the_first_window_there_is_no_stage_and_the_next_is_the_self_assessment(pemdi):
    dashboard = board(pemdi, BEFORE_STAGES)
    assert dashboard.stage is None
    assert dashboard.days_left is None
    assert dashboard.upcoming.stage is Stage.SELF_ASSESSMENT


def test_after_the_last_window_every_stage_has_ended(pemdi):
    dashboard = board(pemdi, AFTER_STAGES)
    assert (dashboard.stage, dashboard.upcoming, dashboard.finished) == (None, None, True)


def test_each_unit_counts_the_items_of_the_indicators_it_leads_by_their_own_status(pemdi):
    set_status(pemdi, "draf", "I2-L1-01")
    set_status(pemdi, "diajukan", "I3-L1-01", "I3-L2-01")
    dashboard = board(pemdi, SELF_ASSESSMENT_DAY)
    assert [unit.short_name for unit in dashboard.units] == ["Bappeda", "Kominfo"]
    bappeda = row(dashboard, "Bappeda")
    total = bappeda_items(pemdi).count()
    assert bappeda.count(S.DRAFT) == 1
    assert bappeda.count(S.SUBMITTED) == 2
    assert bappeda.count(S.NOT_STARTED) == total - 3
    # Nothing is rejected automatically before the assessors begin.
    assert bappeda.count(S.AUTO_REJECTED) == 0
    kominfo = row(dashboard, "Kominfo")
    assert kominfo.total == items_of(pemdi, *range(4, 21), 1).count()
    assert [entry.count for entry in dashboard.totals] == [
        total + kominfo.total - 3,
        1,
        2,
        0,
        0,
        0,
    ]


def test_retired_items_are_not_counted(pemdi):
    before = row(board(pemdi, SELF_ASSESSMENT_DAY), "Bappeda").total
    EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code="I2-L1-01").update(retired=True)
    assert row(board(pemdi, SELF_ASSESSMENT_DAY), "Bappeda").total == before - 1


def test_from_the_document_stage_the_items_above_an_open_level_count_as_ditolak_otomatis(pemdi):
    bappeda = bappeda_items(pemdi)
    bappeda.update(status="diajukan")
    level_one_of_two = list(items_of(pemdi, 2, level=1).values_list("code", flat=True))
    set_status(pemdi, "diterima", *level_one_of_two)
    set_status(pemdi, "revisi", "I3-L1-01")
    dashboard = board(pemdi, DOCUMENTS_DAY)
    assert dashboard.counts_rejections
    counts = row(dashboard, "Bappeda")
    # Indicator 2: level 1 accepted, so level 2 is assessed and what is above it is rejected;
    # indicator 3: level 1 is in revisi, so every item above level 1 is rejected.
    rejected = items_of(pemdi, 2, level__gte=3).count() + items_of(pemdi, 3, level__gte=2).count()
    assert counts.count(S.AUTO_REJECTED) == rejected
    assert counts.count(S.ACCEPTED) == len(level_one_of_two)
    assert counts.count(S.REVISION) == 1
    assert counts.total == bappeda.count()


def test_an_item_not_submitted_is_overdue_only_once_the_self_assessment_has_ended(pemdi):
    bappeda_items(pemdi).update(status="diajukan")
    set_status(pemdi, "draf", "I2-L1-01")
    set_status(pemdi, "belum", "I3-L1-01")
    assert row(board(pemdi, D(2026, 6, 30)), "Bappeda").overdue == ()
    overdue = row(board(pemdi, D(2026, 7, 1)), "Bappeda").overdue
    assert [(item.code, item.reason) for item in overdue] == [
        ("I2-L1-01", OverdueReason.NOT_SUBMITTED),
        ("I3-L1-01", OverdueReason.NOT_SUBMITTED),
    ]


def test_an_item_above_the_claimed_level_is_not_overdue(pemdi):
    bappeda_items(pemdi).update(status="belum")
    pemdi.evaluation.assessments.filter(indicator__number=2).update(claimed_level=2)
    overdue = row(board(pemdi, D(2026, 7, 1)), "Bappeda").overdue
    owed = {item.code for item in overdue}
    assert {"I2-L1-01", "I2-L2-01", "I3-L1-01"} <= owed
    assert not any(code.startswith(("I2-L3", "I3-L2")) for code in owed)


def test_a_revisi_unanswered_is_overdue_only_once_the_interview_has_ended(pemdi):
    bappeda_items(pemdi).update(status="diajukan")
    set_status(pemdi, "revisi", "I2-L1-01", "I2-L1-02", "I3-L1-01")
    EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code="I2-L1-02").update(
        objection="Dokumen sudah lengkap di hlm. 3."
    )
    EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code="I3-L1-01").update(
        promised_on=D(2026, 8, 30)
    )
    assert row(board(pemdi, INTERVIEW_DAY), "Bappeda").overdue == ()
    assert row(board(pemdi, D(2026, 8, 15)), "Bappeda").overdue == ()
    overdue = row(board(pemdi, D(2026, 8, 16)), "Bappeda").overdue
    assert [(item.code, item.reason) for item in overdue] == [
        ("I2-L1-01", OverdueReason.REVISION_UNANSWERED)
    ]


def test_the_items_of_an_indicator_without_a_lead_unit_have_their_own_row(pemdi):
    pemdi.evaluation.assessments.filter(indicator__number=2).update(lead_unit=None)
    dashboard = board(pemdi, SELF_ASSESSMENT_DAY)
    assert dashboard.units[-1].short_name == ""
    assert dashboard.units[-1].total == items_of(pemdi, 2).count()


def queries(cast, day) -> int:
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )
    stage_dashboard(evaluation, today=day)  # warm the parsed library
    with CaptureQueriesContext(connection) as captured:
        stage_dashboard(evaluation, today=day)
    return len(captured)


def test_the_dashboard_reads_three_queries_whatever_the_number_of_items_and_units(pemdi):
    small = queries(pemdi, DOCUMENTS_DAY)
    units = [
        Unit.objects.create(agency=pemdi.agency, name=f"Unit {n}", short_name=f"U{n}", slug=f"u{n}")
        for n in range(6)
    ]
    for number, assessment in enumerate(pemdi.evaluation.assessments.all()):
        assessment.lead_unit = units[number % len(units)]
        assessment.save()
    nine = pemdi.evaluation.assessments.get(indicator__number=9)
    EvaluationItem.objects.bulk_create(
        EvaluationItem(
            evaluation=pemdi.evaluation,
            assessment=nine,
            code=f"I9-L4-{n:02d}",
            level=4,
            position=n,
            text=f"Butir {n}",
        )
        for n in range(10, 60)
    )
    assert queries(pemdi, DOCUMENTS_DAY) == small == 3


# ------------------------------------------------------------------------------ the page


def dashboard_page(client, cast, user, day, time_machine):
    on_day(time_machine, day)
    login(client, user)
    return client.get(reverse("dashboard", args=[cast.evaluation.pk]))


def test_the_dashboard_page_shows_the_stage_and_the_units_items(client, pemdi, time_machine):
    set_status(pemdi, "draf", "I2-L1-01")
    response = dashboard_page(client, pemdi, pemdi.leadership, SELF_ASSESSMENT_DAY, time_machine)
    assert response.status_code == 200
    body = response.content.decode()
    current = body[body.index('id="stage-current"') :].split("</article>")[0]
    assert "Penilaian Mandiri" in current
    assert "21 days left" in current
    assert "Penilaian Dokumen" in body[body.index('id="stage-next"') :].split("</article>")[0]
    table = body[body.index('id="stage-units"') :].split("</table>")[0]
    assert "Bappeda" in table and "Ditolak otomatis" in table
    assert response.context["stages"].units[0].count(S.DRAFT) == 1


def test_overdue_items_stand_out_on_the_page_once_the_window_has_closed(
    client, pemdi, time_machine
):
    before = dashboard_page(client, pemdi, pemdi.coordinator, D(2026, 6, 30), time_machine)
    table = before.content.decode().split('id="stage-units"')[1].split("</table>")[0]
    assert "overdue-row" not in table
    after = dashboard_page(client, pemdi, pemdi.coordinator, DOCUMENTS_DAY, time_machine)
    table = after.content.decode().split('id="stage-units"')[1].split("</table>")[0]
    assert 'class="overdue-row"' in table
    assert "I2-L1-01" in table
    # Without claims each unit owes its indicators' level-1 items.
    assert after.context["stages"].overdue == items_of(pemdi, *range(1, 21), level=1).count()


def test_the_spbe_2020_dashboard_has_no_stage_section(client, cast):
    login(client, cast.coordinator)
    response = client.get(reverse("dashboard", args=[cast.evaluation.pk]))
    assert response.status_code == 200
    assert response.context["stages"] is None
    assert 'id="stage-dashboard"' not in response.content.decode()
    assert 'id="unit-progress"' in response.content.decode()


def test_the_dashboard_page_reads_as_many_queries_with_more_items(client, pemdi, time_machine):
    on_day(time_machine, DOCUMENTS_DAY)
    login(client, pemdi.leadership)
    url = reverse("dashboard", args=[pemdi.evaluation.pk])

    def count() -> int:
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    small = count()
    nine = pemdi.evaluation.assessments.get(indicator__number=9)
    EvaluationItem.objects.bulk_create(
        EvaluationItem(
            evaluation=pemdi.evaluation,
            assessment=nine,
            code=f"I9-L4-{n:02d}",
            level=4,
            position=n,
            text=f"Butir {n}",
            status="draf",
        )
        for n in range(10, 60)
    )
    assert count() == small


def test_the_koordinator_finds_the_stage_windows_from_the_dashboard(client, pemdi, time_machine):
    response = dashboard_page(client, pemdi, pemdi.coordinator, SELF_ASSESSMENT_DAY, time_machine)
    assert reverse("evaluations:stages", args=[pemdi.evaluation.pk]) in response.content.decode()
    leader = dashboard_page(client, pemdi, pemdi.leadership, SELF_ASSESSMENT_DAY, time_machine)
    assert reverse("evaluations:stages", args=[pemdi.evaluation.pk]) not in (
        leader.content.decode()
    )
