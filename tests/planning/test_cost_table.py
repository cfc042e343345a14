"""The step costs table on the plan page: cells in the Indonesian format, one message per bad
cell, the same file as the JSON form, the stored version checked, the JSON download."""

import html
import json
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.catalog.selectors import revision_scoring_framework
from spbe.planner.cost_library import effective_costs
from spbe.planner.errors import PlanningInputError
from spbe.planning.models import PlanCosts
from spbe.planning.planner_wording import describe_planning_error
from tests.cast import PASSWORD

pytestmark = pytest.mark.dates

TABLE = {"cost_7_3": "1.250,5", "cost_7_4": "4", "max_7": "4", "locked_12": "on"}
SAME_AS_JSON = {"7": {"3": "1250.5", "4": 4, "max": 4}, "12": {"locked": True}}


def signed_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def save_table(client, cast, cells, *, version=0):
    url = reverse("planning:costs_table", args=[cast.evaluation.pk])
    return client.post(url, {"version": str(version), **cells})


def save_json(client, cast, costs, *, version):
    url = reverse("planning:costs", args=[cast.evaluation.pk])
    return client.post(url, {"costs": json.dumps(costs), "version": str(version)})


def stored(cast):
    return PlanCosts.objects.get(evaluation=cast.evaluation)


def test_saving_through_the_table_equals_saving_the_same_json(client, cast):
    signed_in(client, cast.coordinator)
    assert save_table(client, cast, TABLE).status_code == 302
    from_table = stored(cast).costs
    assert save_json(client, cast, SAME_AS_JSON, version=1).status_code == 302
    from_json = stored(cast)
    assert from_table == from_json.costs == SAME_AS_JSON
    framework = revision_scoring_framework(cast.evaluation.revision)
    assert effective_costs(framework, from_table) == effective_costs(framework, from_json.costs)
    assert from_json.version == 2
    [first, second] = AuditEvent.objects.filter(action="plan.costs").order_by("pk")
    assert (first.data["after"], second.data["before"]) == (SAME_AS_JSON, SAME_AS_JSON)


def test_a_bad_cell_refuses_the_whole_save_with_the_cells_message(client, cast):
    cells = {"cost_7_3": "-1", "cost_9_2": "3", "max_8": "9"}
    response = save_table(signed_in(client, cast.coordinator), cast, cells)
    assert response.status_code == 422
    assert not PlanCosts.objects.exists()
    errors = response.context["costs_form"].errors
    assert set(errors) == {"cost_7_3", "max_8"}
    with translation.override("id"):
        negative = describe_planning_error(
            PlanningInputError("costs_negative", entry="7", field="3", value=Decimal(-1))
        )
        bad_max = describe_planning_error(
            PlanningInputError("costs_bad_max", entry="8", value=9, minimum=1, maximum=5)
        )
    assert errors["cost_7_3"] == [negative] and errors["max_8"] == [bad_max]
    page = response.content.decode()
    assert html.escape(negative) in page and html.escape(bad_max) in page
    # What was typed stays in the cells, the good one too.
    assert 'name="cost_9_2" value="3"' in page and 'name="cost_7_3" value="-1"' in page


def test_a_cell_that_is_not_a_number_is_refused_and_nothing_changes(client, cast):
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={"7": {"3": 2}}, version=1)
    response = save_table(signed_in(client, cast.coordinator), cast, {"cost_7_3": "1e3"}, version=1)
    assert response.status_code == 422
    assert list(response.context["costs_form"].errors) == ["cost_7_3"]
    assert stored(cast).costs == {"7": {"3": 2}}
    assert not AuditEvent.objects.filter(action="plan.costs").exists()


def test_the_table_shows_the_stored_costs_in_the_indonesian_form_and_keeps_default_and_units(
    client, cast
):
    costs = {
        "7": {"3": "1250.5", "locked": False},
        "default": {"locked": True, "2": 2},
        "units": {"Kominfo": {"indicators": [15], "capacity": 40}},
    }
    PlanCosts.objects.create(evaluation=cast.evaluation, costs=costs, version=3)
    page = signed_in(client, cast.coordinator).get(
        reverse("planning:plan", args=[cast.evaluation.pk])
    )
    form = page.context["costs_form"]
    assert form["cost_7_3"].value() == "1250,5"
    # Indicator 7 is not locked although the default locks every other one.
    assert (form["locked_7"].value(), form["locked_8"].value()) == (False, True)
    # An empty cell shows the cost it stands for: the file's default entry here.
    assert form.fields["cost_8_2"].widget.attrs["placeholder"] == "2"
    unchanged = {"cost_7_3": "1250,5", **{f"locked_{n}": "on" for n in range(1, 48) if n != 7}}
    assert save_table(client, cast, unchanged, version=3).status_code == 302
    assert stored(cast).costs == {
        "7": {"3": "1250.5", "locked": False},
        "default": costs["default"],
        "units": costs["units"],
    }


def test_a_table_opened_before_another_save_is_refused_with_409(client, cast):
    signed_in(client, cast.coordinator)
    assert save_json(client, cast, {"9": {"2": 4}}, version=0).status_code == 302
    response = save_table(client, cast, TABLE, version=0)
    assert response.status_code == 409
    assert stored(cast).costs == {"9": {"2": 4}}


def test_stored_entries_the_table_cannot_show_leave_only_the_json_form(client, cast):
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={"99": {"2": 1}})
    signed_in(client, cast.coordinator)
    page = client.get(reverse("planning:plan", args=[cast.evaluation.pk]))
    assert page.context["costs_form"] is None
    assert '<details id="costs-json" open>' in page.content.decode()
    assert save_table(client, cast, TABLE).status_code == 422
    assert stored(cast).costs == {"99": {"2": 1}}


def test_the_coordinator_downloads_the_costs_file_and_a_pic_may_not(client, cast):
    PlanCosts.objects.create(evaluation=cast.evaluation, costs=SAME_AS_JSON)
    url = reverse("planning:costs_export", args=[cast.evaluation.pk])
    download = signed_in(client, cast.coordinator).get(url)
    assert download.status_code == 200
    assert json.loads(download.content) == SAME_AS_JSON
    assert download["Content-Disposition"].startswith("attachment;")
    client.logout()
    assert signed_in(client, cast.pic).get(url).status_code == 403
    assert save_table(client, cast, TABLE).status_code == 403
