"""``spbe demo``: Kota Pematangsiantar with its published history and a Pemdi evaluation in progress."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from spbe.evaluations.models import AssessmentState, Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.summary import evaluation_summary
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def summary_of(evaluation):
    return evaluation_summary(evaluation, actor=SYSTEM, today=datetime.date(2026, 6, 1))


def test_the_demo_prints_the_shared_password(demo):
    assert "siantar-demo" in demo


def test_the_demo_has_about_fifteen_units_and_a_user_for_every_role(demo):
    agency = Agency.objects.get(slug="pematangsiantar")
    assert agency.units.count() >= 14
    users = set(get_user_model().objects.values_list("username", flat=True))
    assert {
        "admin",
        "koordinator",
        "pimpinan",
        "asesor",
        "asesor-internal",
        "pic-bappeda",
        "pic-kominfo",
        "pic-bkpsdm",
    } <= users
    for unit in agency.units.all():
        assert f"pic-{unit.slug}" in users


@pytest.mark.parametrize(
    ("year", "index", "domains"),
    [
        (2021, "1.53", None),
        (2022, "2.35", None),
        (2023, "2.84", ["3.30", "2.50", "1.00", "3.56"]),
        (2024, "3.06", ["3.50", "2.70", "1.36", "3.74"]),
    ],
)
def test_finished_evaluations_compute_the_published_indices(demo, year, index, domains):
    evaluation = Evaluation.objects.get(agency__slug="pematangsiantar", year=year)
    assert evaluation.illustrative
    summary = summary_of(evaluation)
    assert summary.official_kind is IndexKind.EXTERNAL
    assert summary.official.index == Decimal(index)
    if domains:
        assert [str(domain.external) for domain in summary.domains] == domains


def test_the_pemdi_evaluation_is_in_progress_with_mixed_states(demo):
    evaluation = Evaluation.objects.get(agency__slug="pematangsiantar", year=2026)
    assert evaluation.revision.framework.code == "pemdi-2026"
    assert evaluation.target == Decimal("2.50")
    states = set(evaluation.assessments.values_list("state", flat=True))
    assert {AssessmentState.SUBMITTED, AssessmentState.RETURNED, AssessmentState.VERIFIED} <= states


def test_a_second_run_changes_nothing(demo):
    counts = (Evaluation.objects.count(), get_user_model().objects.count(), Agency.objects.count())
    call_command("demo", stdout=StringIO())
    assert (
        Evaluation.objects.count(),
        get_user_model().objects.count(),
        Agency.objects.count(),
    ) == counts


def test_the_demo_refuses_to_load_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("demo", stdout=StringIO())
    assert not Agency.objects.filter(slug="pematangsiantar").exists()
