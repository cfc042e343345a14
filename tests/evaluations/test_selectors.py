"""Reading evaluations: each user sees its agency's, an external assessor only what was sent to
them, and nobody another agency's (not found, never an empty page that admits it exists)."""

import pytest
from django.http import Http404

from spbe.evaluations.models import EvaluationState
from spbe.evaluations.selectors import (
    active_evaluation,
    agency_history,
    assessment_for,
    assessments_filtered,
    evaluation_assessments,
    evaluation_for,
    my_assessments,
    visible_evaluations,
)
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Role
from tests.cast import make_cast, make_user
from tests.evaluations.helpers import evaluation_in_state, put_in_state
from tests.evaluations.page_helpers import login

pytestmark = pytest.mark.dates

AGENCY_READERS = ["coordinator", "pic", "other_pic", "internal_assessor", "leadership"]
ASSESSORS = ["external_assessor", "unassigned_assessor"]


@pytest.fixture
def two(cast):
    """The cast, last year's finished evaluation, and another agency with one of its own."""
    evaluation_in_state(cast, EvaluationState.FINISHED, year=2025)
    other = make_cast(prefix="lain-")
    return cast, other


def years(evaluations) -> list[tuple[str, int]]:
    return sorted((e.agency.slug, e.year) for e in evaluations)


def send(evaluation, state=EvaluationState.SUBMITTED):
    return put_in_state(evaluation, state)


# visible_evaluations


@pytest.mark.parametrize("role", AGENCY_READERS)
def test_every_reader_of_the_agency_sees_all_its_evaluations_and_no_others(two, role):
    cast, _other = two
    seen = visible_evaluations(cast.actor(getattr(cast, role)))
    assert years(seen) == [("kota-uji", 2025), ("kota-uji", 2026)]


def test_the_installation_admin_sees_every_agencys_evaluations(two):
    cast, _other = two
    assert years(visible_evaluations(cast.actor(cast.admin))) == [
        ("kota-uji", 2025),
        ("kota-uji", 2026),
        ("lain-kota-uji", 2026),
    ]


@pytest.mark.parametrize("role", ASSESSORS)
def test_an_external_assessor_sees_nothing_before_an_evaluation_is_sent(two, role):
    cast, _other = two
    assert list(visible_evaluations(cast.actor(getattr(cast, role)))) == []


@pytest.mark.parametrize(
    "state",
    [EvaluationState.SUBMITTED, EvaluationState.EXTERNAL_RESULT, EvaluationState.FINISHED],
)
def test_the_assigned_assessor_sees_a_sent_evaluation_in_every_later_state(two, state):
    cast, _other = two
    send(cast.evaluation, state)
    assert years(visible_evaluations(cast.actor(cast.external_assessor))) == [("kota-uji", 2026)]
    assert list(visible_evaluations(cast.actor(cast.unassigned_assessor))) == []


def test_an_assessor_of_two_agencies_sees_each_evaluation_once(two):
    cast, other = two
    send(cast.evaluation)
    send(other.evaluation)
    other.evaluation.external_assessors.add(cast.external_assessor)
    seen = list(visible_evaluations(cast.actor(cast.external_assessor)))
    assert years(seen) == [("kota-uji", 2026), ("lain-kota-uji", 2026)]


def test_a_member_without_a_role_sees_nothing(two):
    cast, _other = two
    guest = make_user("tamu", cast.agency, None)
    assert list(visible_evaluations(cast.actor(guest))) == []


# evaluation_for


@pytest.mark.parametrize("role", [*AGENCY_READERS, "admin"])
def test_a_reader_opens_an_evaluation_of_its_agency(cast, role):
    assert evaluation_for(cast.actor(getattr(cast, role)), cast.evaluation.pk) == cast.evaluation


@pytest.mark.parametrize("role", ["outsider", *ASSESSORS])
def test_another_agency_or_an_assessor_before_sending_gets_not_found(cast, role):
    with pytest.raises(Http404):
        evaluation_for(cast.actor(getattr(cast, role)), cast.evaluation.pk)


def test_the_assigned_assessor_opens_the_evaluation_once_it_is_sent(cast):
    send(cast.evaluation)
    assert evaluation_for(cast.actor(cast.external_assessor), cast.evaluation.pk).pk == (
        cast.evaluation.pk
    )
    with pytest.raises(Http404):
        evaluation_for(cast.actor(cast.unassigned_assessor), cast.evaluation.pk)


def test_an_evaluation_that_does_not_exist_is_not_found(cast):
    with pytest.raises(Http404):
        evaluation_for(cast.actor(cast.admin), 999_999)


def test_a_coordinator_cannot_open_another_agencys_evaluation_by_its_number(two):
    cast, other = two
    with pytest.raises(Http404):
        evaluation_for(cast.actor(cast.coordinator), other.evaluation.pk)
    with pytest.raises(Http404):
        evaluation_for(other.actor(other.pic), cast.evaluation.pk)


# evaluation_assessments and assessment_for


def test_the_indicators_come_in_order_with_their_units_in_two_queries(
    cast, django_assert_num_queries
):
    with django_assert_num_queries(2):
        rows = [
            (
                a.indicator.number,
                a.indicator.aspect.domain.number,
                a.lead_unit.short_name if a.lead_unit else None,
                sorted(unit.short_name for unit in a.supporting_units.all()),
            )
            for a in evaluation_assessments(cast.evaluation)
        ]
    assert [row[0] for row in rows] == list(range(1, 48))
    assert rows[1] == (2, 1, "Bappeda", ["Kominfo"])


def test_one_indicator_is_found_by_its_number(cast):
    found = assessment_for(cast.actor(cast.pic), cast.evaluation, 11)
    assert (found.evaluation, found.indicator.number) == (cast.evaluation, 11)


@pytest.mark.parametrize("number", [0, 48, -1])
def test_a_number_the_framework_does_not_have_is_not_found(cast, number):
    with pytest.raises(Http404):
        assessment_for(cast.actor(cast.pic), cast.evaluation, number)


# active_evaluation


def test_the_evaluation_in_progress_comes_before_a_later_finished_one(cast):
    evaluation_in_state(cast, EvaluationState.FINISHED, year=2027)
    assert active_evaluation(cast.actor(cast.leadership)) == cast.evaluation


def test_when_all_are_finished_the_latest_is_the_active_one(cast):
    send(cast.evaluation, EvaluationState.FINISHED)
    evaluation_in_state(cast, EvaluationState.FINISHED, year=2024)
    active = active_evaluation(cast.actor(cast.pic))
    assert active is not None and active.year == 2026


def test_another_agencys_evaluation_is_never_the_active_one(two):
    cast, other = two
    send(cast.evaluation, EvaluationState.FINISHED)
    assert active_evaluation(other.actor(other.coordinator)) == other.evaluation
    active = active_evaluation(cast.actor(cast.coordinator))
    assert active is not None and active.agency == cast.agency


def test_an_assessor_has_an_active_evaluation_only_once_one_is_sent_to_them(cast):
    assert active_evaluation(cast.actor(cast.external_assessor)) is None
    send(cast.evaluation)
    assert active_evaluation(cast.actor(cast.external_assessor)) == cast.evaluation


# agency_history


def test_the_history_lists_the_agencys_evaluations_by_year_with_their_assessments(
    two, django_assert_num_queries
):
    cast, _other = two
    actor = cast.actor(cast.leadership)
    with django_assert_num_queries(2):
        history = [
            (
                e.year,
                e.revision.framework.code,
                max(a.indicator.number for a in e.assessments.all()),
            )
            for e in agency_history(cast.agency.pk, actor)
        ]
    assert history == [(2025, "spbe-2020", 47), (2026, "spbe-2020", 47)]


def test_the_command_line_operator_sees_the_whole_history(two):
    cast, _other = two
    assert [e.year for e in agency_history(cast.agency.pk, SYSTEM)] == [2025, 2026]


def test_an_external_assessor_sees_only_the_sent_evaluation_in_the_history(two):
    cast, _other = two
    send(cast.evaluation)
    actor = cast.actor(cast.external_assessor)
    assert [e.year for e in agency_history(cast.agency.pk, actor)] == [2026]
    assert list(agency_history(cast.agency.pk, cast.actor(cast.unassigned_assessor))) == []


def test_another_agencys_history_is_empty_for_a_reader_of_this_one(two):
    cast, other = two
    assert list(agency_history(other.agency.pk, cast.actor(cast.coordinator))) == []
    assert [e.agency for e in agency_history(cast.agency.pk, SYSTEM)] == [cast.agency] * 2


# my_assessments


def numbers(assessments) -> list[int]:
    return [a.indicator.number for a in assessments]


def test_a_pic_has_the_indicators_its_unit_leads_or_supports(cast):
    mine = numbers(my_assessments(cast.actor(cast.pic)))
    assert mine == [1, 2, *range(4, 48)]  # 2 only supported; 3 is Bappeda's alone
    assert numbers(my_assessments(cast.actor(cast.other_pic))) == [2, 3]


def test_an_indicator_with_several_supporting_units_is_listed_once(cast):
    extra = cast.agency.units.create(name="Inspektorat", short_name="Itda", slug="itda")
    cast.evaluation.assessments.get(indicator__number=3).supporting_units.add(cast.unit, extra)
    assert numbers(my_assessments(cast.actor(cast.pic))).count(3) == 1


@pytest.mark.parametrize(
    "state",
    [EvaluationState.SUBMITTED, EvaluationState.EXTERNAL_RESULT, EvaluationState.FINISHED],
)
def test_indicators_of_sent_evaluations_are_no_longer_on_the_list(cast, state):
    send(cast.evaluation, state)
    assert list(my_assessments(cast.actor(cast.pic))) == []


def test_the_list_runs_over_open_evaluations_by_year(cast):
    next_year = evaluation_in_state(cast, EvaluationState.PREPARATION, year=2027)
    next_year.assessments.filter(indicator__number=5).update(lead_unit=cast.other_unit)
    listed = [
        (a.evaluation.year, a.indicator.number) for a in my_assessments(cast.actor(cast.other_pic))
    ]
    assert listed == [(2026, 2), (2026, 3), (2027, 5)]


@pytest.mark.parametrize("role", ["internal_assessor", "leadership", *ASSESSORS])
def test_who_has_no_unit_has_no_indicators(cast, role):
    assert list(my_assessments(cast.actor(getattr(cast, role)))) == []


def test_a_pic_never_gets_another_agencys_indicators(two):
    cast, other = two
    other_pics = numbers(my_assessments(other.actor(other.pic)))
    assert other_pics and {a.evaluation.agency for a in my_assessments(other.actor(other.pic))} == {
        other.agency
    }
    pic_elsewhere = make_user("pic-pindahan", other.agency, cast.unit, Role.UNIT_PIC)
    # A membership whose unit belongs to another agency must not open that agency's work.
    assert list(my_assessments(cast.actor(pic_elsewhere))) == []


def test_the_indicators_are_filtered_by_state_lead_unit_domain_and_aspect(cast):
    assessments = evaluation_assessments(cast.evaluation)
    assert assessments_filtered(assessments) == assessments
    led = assessments_filtered(assessments, lead_unit_id=cast.other_unit.pk)
    assert [a.indicator.number for a in led] == [2, 3]
    assert assessments_filtered(assessments, lead_unit_id=0) == []
    assert assessments_filtered(assessments, state="diajukan") == []
    of_aspect = assessments_filtered(assessments, domain=1, aspect=1)
    assert of_aspect and {
        (a.indicator.aspect.domain.number, a.indicator.aspect.number) for a in of_aspect
    } == {(1, 1)}


def test_the_overview_filters_its_table_by_lead_unit_and_state(client, cast):
    url = f"/evaluasi/{cast.evaluation.pk}/"
    page = login(client, cast.pic)
    by_unit = page.get(url, {"unit": str(cast.other_unit.pk)}).context["assessments"]
    assert [a.indicator.number for a in by_unit] == [2, 3]
    assert page.get(url, {"unit": "bukan-angka"}).context["assessments"] == []
    assert len(page.get(url, {"status": "belum_diisi"}).context["assessments"]) == 47
