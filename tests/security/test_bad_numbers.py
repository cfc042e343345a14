"""The bad-input corpus of numbers and tables: one parser refuses other scripts' digits and
exponents everywhere, step costs are finite, non-negative and bounded on the form and on load,
a stored bad cost never takes a page down, and a CSV row that cannot be read is refused by
its number (issue 15, § 3)."""

import json
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from spbe.core import tables
from spbe.core.errors import ActionRefused
from spbe.evaluations.external_services import external_results_import
from spbe.evaluations.forms import EvaluationCreateForm
from spbe.evaluations.models import EvaluationState
from spbe.planner.costs import parse_costs
from spbe.planner.errors import PlanningInputError
from spbe.planning.models import Action, PlanCosts
from spbe.planning.services import actions_from_target, plan_costs_update
from spbe.reports.recommendations import recommendations_for
from spbe.scoring.values import parse_number
from tests.api.helpers import get, token_for
from tests.cast import PASSWORD
from tests.evaluations.helpers import put_in_state

# ---------------------------------------------------------------------------- one parser

NOT_NUMBERS = [
    "٣",
    "２",
    "1e0",
    "9e999999",
    "1E3",
    "NaN",
    "Infinity",
    "-inf",
    "3 4",
    "1.23,5",
    "1,2.3",
    "",
]


# Thousands marks are read only when they group by three before the other, decimal mark
# ("1.234,5" is 1234.5: spbe.scoring.values); any other mix is refused.
@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_the_one_parser_refuses_other_digits_exponents_and_specials(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [("3", Decimal(3)), (" 1,26 ", Decimal("1.26")), ("2.5", Decimal("2.5")), ("-1", Decimal(-1))],
)
def test_the_one_parser_reads_plain_numbers_and_the_decimal_comma(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["٣", "２", "1e0"])
def test_the_evaluation_form_refuses_a_target_in_other_digits_or_an_exponent(db, text):
    form = EvaluationCreateForm(
        data={
            "year": "2027",
            "target": text,
            "self_assessment_deadline": "2027-06-30",
            "review_deadline": "2027-07-31",
        }
    )
    assert not form.is_valid()
    assert "target" in form.errors


@pytest.mark.parametrize("year", ["٢٠٢٧", "２０２７"])
def test_the_evaluation_form_refuses_a_year_in_other_digits(db, year):
    form = EvaluationCreateForm(data={"year": year, "target": "2.5"})
    assert not form.is_valid()
    assert "year" in form.errors


# ---------------------------------------------------------------------------- step costs

BAD_COSTS = [
    {"1": {"2": "9e999999"}},  # the 81 bytes of the attack, give or take
    {"default": {"2": "9e999999"}},
    {"default": {"2": 10**16}},
    {"default": {"2": "0.0000001"}},
    {"default": {"2": -1}},
    {"default": {"2": "٣"}},
    {"units": {"Kominfo": {"indicators": [1], "capacity": "1e999"}}},
]


@pytest.mark.parametrize("costs", BAD_COSTS, ids=lambda costs: json.dumps(costs))
def test_the_costs_parser_refuses_unbounded_or_unreadable_costs(spbe_2020, costs):
    with pytest.raises(PlanningInputError):
        parse_costs(spbe_2020, costs)


def test_a_cost_at_the_bound_is_read(spbe_2020):
    table = parse_costs(spbe_2020, {"default": {"2": 10**15, "3": "0,000001"}})
    assert table.step_cost(1, 2) == Decimal(10**15)


POISON = {"1": {"2": "9e999999"}}


@pytest.mark.dates
def test_the_costs_form_refuses_the_poisoned_costs_with_a_message(cast):
    with pytest.raises(ActionRefused) as refusal:
        plan_costs_update(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, text=json.dumps(POISON)
        )
    assert refusal.value.field == "costs"
    assert "9e999999" in refusal.value.message
    assert not PlanCosts.objects.exists()


@pytest.fixture
def poisoned(cast):
    """Bad costs stored before the check existed (or written around it)."""
    PlanCosts.objects.create(evaluation=cast.evaluation, costs=POISON)
    return cast


@pytest.mark.dates
def test_stored_poisoned_costs_leave_the_planning_page_up_with_the_form_to_fix_them(
    client, poisoned
):
    client.login(username=poisoned.coordinator.username, password=PASSWORD)
    response = client.get(reverse("planning:plan", args=[poisoned.evaluation.pk]))
    assert response.status_code == 422
    page = response.content.decode()
    assert 'id="refusal"' in page and "9e999999" in page
    assert reverse("planning:costs", args=[poisoned.evaluation.pk]) in page
    fixed = client.post(reverse("planning:costs", args=[poisoned.evaluation.pk]), {"costs": "{}"})
    assert fixed.status_code == 302
    assert client.get(reverse("planning:plan", args=[poisoned.evaluation.pk])).status_code == 200


@pytest.mark.dates
def test_stored_poisoned_costs_refuse_creating_actions_with_a_message(client, poisoned):
    with pytest.raises(ActionRefused):
        actions_from_target(
            actor=poisoned.actor(poisoned.coordinator),
            evaluation=poisoned.evaluation,
            target=Decimal("3.5"),
            kind=None,
            deadline=poisoned.evaluation.self_assessment_deadline,
        )
    client.login(username=poisoned.coordinator.username, password=PASSWORD)
    response = client.post(reverse("planning:create_actions", args=[poisoned.evaluation.pk]))
    assert response.status_code == 422
    assert not Action.objects.exists()


@pytest.mark.dates
def test_stored_poisoned_costs_leave_the_report_and_the_api_with_a_problem_not_a_crash(poisoned):
    assessments = list(poisoned.evaluation.assessments.select_related("indicator"))
    recommendations = recommendations_for(poisoned.evaluation, assessments)
    assert "9e999999" in recommendations.problem
    response = get(f"/evaluations/{poisoned.evaluation.pk}/plan", token_for(poisoned.coordinator))
    assert response.status_code == 422


# ---------------------------------------------------------------------------- CSV rows


def test_a_csv_field_over_the_limit_is_refused_by_its_row():
    content = b"indikator,nilai\n1,3\n2," + b"x" * 131_073 + b"\n3,4\n"
    with pytest.raises(ActionRefused) as refusal:
        tables.csv_rows(content)
    assert (
        gettext("row %(line)s has a field longer than %(limit)s characters")
        % {
            "line": 3,
            "limit": "131.072",
        }
        in refusal.value.message
    )


def test_an_unbalanced_quote_is_refused_by_its_row_and_swallows_nothing():
    content = b'indikator,nilai,catatan\n1,3,"tanpa penutup\n2,4,baik\n'
    with pytest.raises(ActionRefused) as refusal:
        tables.csv_rows(content)
    assert gettext('row %(line)s has an unbalanced quote (")') % {"line": 2} in (
        refusal.value.message
    )


def test_a_quoted_field_with_an_escaped_quote_is_read():
    assert tables.csv_rows(b'1,3,"kata ""kunci"""\n') == [["1", "3", 'kata "kunci"']]


@pytest.mark.dates
def test_the_external_import_refuses_an_unbalanced_quote_instead_of_reporting_success(cast):
    put_in_state(cast.evaluation, EvaluationState.SUBMITTED)
    content = b'indikator,nilai,catatan\n1,3,"tanpa penutup\n2,4,baik\n'
    with pytest.raises(ActionRefused):
        external_results_import(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, content=content
        )
    assert not cast.evaluation.assessments.filter(external_value__isnull=False).exists()
