"""``spbe demo --scale``: synthetic agencies, reproducible from their seed, marked, scoped."""

from collections.abc import Iterator

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.benchmarks.models import AgencyLink
from spbe.benchmarks.services import agency_links_refresh
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.demo.scale import load_scale, scale_fingerprint
from spbe.demo.scale_plan import STATES, agency_plan
from spbe.evaluations.finished_scores import stored_indices
from spbe.evaluations.models import Evaluation, EvaluationState, StoredScore
from spbe.evaluations.scores import all_indices
from spbe.evidence.models import DocumentVersion
from spbe.organizations.models import Agency
from spbe.planning.models import Action

pytestmark = [pytest.mark.django_db]

SYNTHETIC_NOTICE = (
    "Synthetic data for load tests: this agency is not real and its results are not published "
    "results."
)


def quiet(_line: str) -> None:
    pass


@pytest.fixture(scope="module")
def scaled(django_db_setup, django_db_blocker) -> Iterator[str]:
    """Two synthetic agencies of seed 1, loaded once for the module and rolled back at its end;
    returns the fingerprint the load reported."""
    with django_db_blocker.unblock(), transaction.atomic():
        summary = load_scale(count=2, seed=1, say=quiet)
        yield summary.fingerprint
        transaction.set_rollback(True)


@pytest.fixture
def fingerprint(scaled, db) -> str:
    return scaled


def evaluations_of(number: int):
    return Evaluation.objects.filter(agency__slug=f"sintetis-1-{number:04d}").order_by("year")


def test_it_makes_marked_agencies_with_fifteen_units_and_a_user_per_role_and_unit(fingerprint):
    agencies = Agency.objects.filter(synthetic=True).order_by("slug")
    assert [agency.slug for agency in agencies] == ["sintetis-1-0001", "sintetis-1-0002"]
    for agency in agencies:
        assert "Sintetis" in agency.name
        assert agency.units.count() == 15
        assert agency.memberships.count() == 18


def test_the_evaluations_follow_the_plan_of_the_seed_and_their_states(fingerprint):
    for number in (1, 2):
        plan = agency_plan(1, number)
        evaluations = list(evaluations_of(number))
        assert 1 <= len(evaluations) <= 5
        assert [(e.year, e.state) for e in evaluations] == [
            (p.year, p.state) for p in plan.evaluations
        ]
        assert evaluations[-1].state == STATES[(number + 1) % len(STATES)]
        assert all(e.state == "selesai" for e in evaluations[:-1])
        assert all(e.assessments.count() == 47 for e in evaluations)


def test_finished_evaluations_have_their_indices_stored_as_the_workflow_stores_them(fingerprint):
    evaluations = Evaluation.objects.filter(agency__synthetic=True).select_related("revision")
    finished = [e for e in evaluations if e.state == EvaluationState.FINISHED]
    assert finished, "seed 1 gives the two agencies finished years"
    stored = stored_indices(finished)
    for evaluation in finished:
        framework = revision_scoring_framework(evaluation.revision)
        fresh = all_indices(
            framework,
            list(evaluation.assessments.select_related("indicator")),
            year=evaluation.year,
            target=evaluation.target,
        )
        assert stored[evaluation.pk] == fresh
    unfinished = [e.pk for e in evaluations if e.state != EvaluationState.FINISHED]
    assert not StoredScore.objects.filter(evaluation_id__in=unfinished).exists()


def test_every_state_is_drawn_among_any_six_agencies():
    assert {agency_plan(7, number).evaluations[-1].state for number in range(1, 7)} == set(STATES)


def test_evidence_files_are_real_pdfs_in_the_storage(fingerprint):
    versions = DocumentVersion.objects.filter(document__agency__synthetic=True)
    assert versions.count() == 6
    for version in versions:
        with version.stored_file.file.open("rb") as stored:
            assert stored.read(5) == b"%PDF-"


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(fingerprint):
    assert scale_fingerprint(1) == fingerprint
    with transaction.atomic():
        Action.objects.filter(evaluation__agency__synthetic=True).delete()
        assert scale_fingerprint(1) != fingerprint
        transaction.set_rollback(True)
    assert load_scale(count=2, seed=2, say=quiet).fingerprint != fingerprint


def test_a_second_load_adds_nothing_and_the_load_is_audited_once_per_run(fingerprint):
    again = load_scale(count=2, seed=1, say=quiet)
    assert (again.created, again.kept, again.fingerprint) == (0, 2, fingerprint)
    assert AuditEvent.objects.filter(action="demo.scale").count() == 2


def test_synthetic_agencies_are_never_linked_to_the_published_results(fingerprint):
    agency_links_refresh()
    assert not AgencyLink.objects.filter(agency__synthetic=True).exists()


def test_the_pages_of_a_synthetic_agency_render_and_say_it_is_synthetic(fingerprint, client):
    client.force_login(get_user_model().objects.get(username="sintetis-1-0001-koordinator"))
    evaluation = evaluations_of(1).last()
    assert evaluation is not None
    pages = [
        reverse("home"),
        reverse("evaluations:list"),
        reverse("evaluations:detail", args=[evaluation.pk]),
        reverse("evaluations:indicator", args=[evaluation.pk, 1]),
        reverse("planning:actions", args=[evaluation.pk]),
        reverse("evidence:library"),
    ]
    for page in pages:
        assert client.get(page).status_code == 200, page
    with translation.override("id"):
        detail = client.get(reverse("evaluations:detail", args=[evaluation.pk]))
        assert gettext(SYNTHETIC_NOTICE) in detail.content.decode()


def test_a_synthetic_agencys_users_see_only_their_own_agency(fingerprint, client):
    other = evaluations_of(2).last()
    assert other is not None
    for username in ("sintetis-1-0001-koordinator", "sintetis-1-0001-pic-kominfo"):
        client.force_login(get_user_model().objects.get(username=username))
        assert client.get(reverse("evaluations:detail", args=[other.pk])).status_code == 404
        listed = client.get(reverse("evaluations:list")).content.decode()
        assert "Sintetis 1-0002" not in listed


def test_it_refuses_a_scale_it_cannot_make_and_changes_nothing(fingerprint):
    with pytest.raises(ActionRefused):
        load_scale(count=0, seed=1, say=quiet)
    assert Agency.objects.filter(synthetic=True).count() == 2
    assert scale_fingerprint(1) == fingerprint
