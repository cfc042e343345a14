"""The desk session page and the hand-over pages: content, order, access, the query count."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext

from spbe.evaluations.models import Assessment
from spbe.organizations.models import Unit
from spbe.planning import handover_wording as wording
from spbe.planning.desk import desk_list
from spbe.planning.models import Action
from spbe.planning.policy import can_see_desk, desk_units
from tests.cast import PASSWORD, ROLES, make_user
from tests.planning.handover_scene import build_scene

pytestmark = pytest.mark.dates


@pytest.fixture
def scene(cast):
    return build_scene(cast)


def signed_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def test_the_desk_list_shows_each_units_open_work_nearest_deadline_first(scene):
    cast = scene.cast
    units = desk_list(cast.actor(cast.coordinator), cast.agency, datetime.date(2026, 11, 25))
    by_slug = {desk.unit.slug: desk for desk in units}
    kominfo = by_slug["kominfo"]
    indicators = cast.evaluation.assessments.exclude(indicator__number__in=[2, 3]).count()
    assert (kominfo.indicators, kominfo.items, kominfo.actions) == (indicators, 2, 1)
    deadlines = [row.deadline for row in kominfo.rows]
    assert deadlines == sorted(deadlines)
    # The revisi item promised for 20 November is first, and overdue on the 25th.
    first = kominfo.rows[0]
    assert (first.kind, first.label, first.overdue) == ("item", "2026 · I5-L1-01", True)
    # Nothing of the finished evaluation, and no done or cancelled action.
    assert all(not row.label.startswith("2025") for row in kominfo.rows)
    bappeda = by_slug["bappeda"]
    assert bappeda.actions == 1 and bappeda.indicators == 2


def test_a_pic_sees_only_its_own_units_list(scene):
    cast = scene.cast
    units = desk_list(cast.actor(cast.other_pic), cast.agency, datetime.date(2026, 11, 2))
    assert [desk.unit for desk in units] == [cast.other_unit]


def test_the_desk_page_lists_the_units_with_links_and_a_print_button(client, scene):
    cast = scene.cast
    response = signed_in(client, cast.coordinator).get(
        reverse("planning:desk", args=[cast.agency.slug])
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="desk-kominfo"' in page and 'id="desk-bappeda"' in page
    first = reverse("evaluations:indicator", args=[cast.evaluation.pk, 1])
    assert f'href="{first}"' in page
    # The button prints through spbe/behaviours.js; app.css's print rules key on the title.
    assert "data-print" in page and 'class="desk-title"' in page
    assert reverse("planning:handover", args=[cast.agency.slug]) in page


def test_the_pics_desk_page_has_no_other_unit_and_no_hand_over_link(client, scene):
    cast = scene.cast
    page = signed_in(client, cast.pic).get(reverse("planning:own_desk")).content.decode()
    assert 'id="desk-kominfo"' in page and 'id="desk-bappeda"' not in page
    assert reverse("planning:handover", args=[cast.agency.slug]) not in page


def test_the_coordinators_header_links_the_desk_session(client, scene):
    cast = scene.cast
    page = signed_in(client, cast.coordinator).get(reverse("home")).content.decode()
    assert f'href="{reverse("planning:own_desk")}" data-nav="desk"' in page
    page = signed_in(client, cast.leadership).get(reverse("home")).content.decode()
    assert 'data-nav="desk"' not in page


def test_the_desk_page_takes_the_same_queries_however_much_work_is_open(client, scene):
    cast = scene.cast
    client = signed_in(client, cast.coordinator)
    url = reverse("planning:desk", args=[cast.agency.slug])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    indicator = cast.evaluation.revision.indicators.get(number=6)
    for number in range(10):
        Action.objects.create(
            evaluation=cast.evaluation,
            indicator=indicator,
            from_value=1,
            to_level=2,
            cost=1,
            lead_unit=cast.other_unit if number % 2 else cast.unit,
            deadline=datetime.date(2026, 12, 1) + datetime.timedelta(days=number),
        )
    Assessment.objects.filter(evaluation=cast.evaluation, indicator__number__gt=10).update(
        lead_unit=cast.other_unit
    )
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.content.decode().count("desk-action") >= 11
    assert len(many) == len(few)


def test_the_preview_page_says_what_will_move_and_the_confirmation_moves_it(client, scene):
    cast = scene.cast
    client = signed_in(client, cast.coordinator)
    url = reverse("planning:handover", args=[cast.agency.slug])
    assert client.get(url).status_code == 200
    form = {"kind": "unit", "source": cast.unit.pk, "target": cast.other_unit.pk}
    preview = client.post(url, {**form, "step": "preview"})
    indicators = cast.evaluation.assessments.count() - 1
    summary = wording.counts(assignments=indicators, actions=2, items=2)
    assert preview.status_code == 200 and summary in preview.content.decode()
    assert cast.evaluation.assessments.filter(lead_unit=cast.unit).exists()
    counts = {"assignments": indicators, "actions": 2, "items": 2}
    done = client.post(url, {**form, **counts, "step": "confirm"})
    assert done.status_code == 302
    assert done["Location"] == reverse("planning:desk", args=[cast.agency.slug])
    assert not cast.evaluation.assessments.filter(lead_unit=cast.unit).exists()


def test_a_refused_hand_over_shows_the_reason_with_422(client, scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    newcomer.is_active = False
    newcomer.save()
    response = signed_in(client, cast.coordinator).post(
        reverse("planning:handover", args=[cast.agency.slug]),
        {"kind": "user", "source": cast.pic.pk, "target": newcomer.pk, "step": "preview"},
    )
    assert response.status_code == 422
    reason = gettext("This user's account is inactive; choose an active user.")
    assert escape(reason) in response.content.decode()


def test_a_confirmation_after_the_work_changed_is_refused_with_409(client, scene):
    cast = scene.cast
    response = signed_in(client, cast.coordinator).post(
        reverse("planning:handover", args=[cast.agency.slug]),
        {
            "kind": "unit",
            "source": cast.unit.pk,
            "target": cast.other_unit.pk,
            "assignments": 1,
            "actions": 0,
            "items": 0,
            "step": "confirm",
        },
    )
    assert response.status_code == 409
    assert cast.evaluation.assessments.filter(lead_unit=cast.unit).exists()


def test_the_desk_rule_and_its_unit_filter_agree_for_the_whole_cast(cast):
    for role in ROLES:
        actor = cast.actor(getattr(cast, role))
        units = set(Unit.objects.filter(desk_units(actor, cast.agency.pk)))
        assert bool(units) == bool(can_see_desk(actor, cast.agency.pk)), role
    pic = cast.actor(cast.pic)
    assert set(Unit.objects.filter(desk_units(pic, cast.agency.pk))) == {cast.unit}
