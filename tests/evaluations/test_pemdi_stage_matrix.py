"""Role × Pemdi page and action, in each stage: what each member of the cast may open and do.

The evaluation is in its self-assessment during the Penilaian Mandiri and sent (Dikirim) from
the Penilaian Dokumen on, as the koordinator sends it when the Mandiri closes; the cast's
external assessor is assigned to it. A refusal is 403 for a reader of the evaluation and 404
for whoever may not see it; never 200.
"""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from spbe.evaluations.models import EvaluationItem, EvaluationState
from tests.cast import PASSWORD, ROLES, make_cast
from tests.clock import JAKARTA
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    set_status,
    with_stages,
)

pytestmark = pytest.mark.dates

DAYS = {"mandiri": SELF_ASSESSMENT_DAY, "dokumen": DOCUMENTS_DAY, "interviu": INTERVIEW_DAY}
CODE = "I1-L1-01"  # led by the cast's unit, whose PIC is ``pic``

# Who sees the evaluation at all: its agency's readers, the admin; the assessor once it is sent.
AGENCY = {"coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"}
SEES = {"mandiri": AGENCY, "dokumen": AGENCY | {"external_assessor"}}
SEES["interviu"] = SEES["dokumen"]


def expected(stage: str, allowed: set[str]) -> dict[str, int]:
    """302 for whoever may, 403 for the other readers, 404 for whoever may not see it."""
    return {role: 302 if role in allowed else 403 if role in SEES[stage] else 404 for role in ROLES}


def pages(stage: str) -> dict[str, int]:
    return {role: 200 if role in SEES[stage] else 404 for role in ROLES}


@pytest.fixture
def scene(db, time_machine):
    def build(stage: str):
        cast = with_stages(make_cast(framework="pemdi-2026"))
        cast.evaluation.external_assessors.add(cast.external_assessor)
        if stage != "mandiri":
            type(cast.evaluation).objects.filter(pk=cast.evaluation.pk).update(
                state=EvaluationState.SUBMITTED
            )
            set_status(cast, "diajukan", CODE)
        if stage == "interviu":
            set_status(cast, "revisi", CODE)
        time_machine.move_to(
            datetime.datetime.combine(DAYS[stage], datetime.time(10), tzinfo=JAKARTA)
        )
        return cast

    return build


def version(cast) -> int:
    return EvaluationItem.objects.get(evaluation=cast.evaluation, code=CODE).version


def walk(client, cast, url, data=None) -> dict[str, int]:
    """The status each role gets, each signed in alone, with the item's current version."""
    answers = {}
    for role in ROLES:
        client.logout()
        client.login(username=getattr(cast, role).username, password=PASSWORD)
        posted = data(cast) if callable(data) else data
        response = client.post(url, posted) if posted is not None else client.get(url)
        answers[role] = response.status_code
    return answers


PAGES = {
    "indicator": lambda c: reverse("evaluations:indicator", args=[c.evaluation.pk, 1]),
    "items": lambda c: reverse("evaluations:items", args=[c.evaluation.pk]),
    "stages": lambda c: reverse("evaluations:stages", args=[c.evaluation.pk]),
    "assessor results": lambda c: reverse("evaluations:assessor_results", args=[c.evaluation.pk]),
    "assessor indicator": lambda c: reverse(
        "evaluations:assessor_indicator", args=[c.evaluation.pk, 1]
    ),
    "comparison": lambda c: reverse("evaluations:assessor_comparison", args=[c.evaluation.pk]),
    "recommendations": lambda c: reverse("planning:recommendations", args=[c.evaluation.pk]),
    "reports": lambda c: reverse("reports:panel", args=[c.evaluation.pk]),
}


@pytest.mark.parametrize("stage", sorted(DAYS))
@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_reader_of_the_evaluation_opens_its_pemdi_pages(client, scene, stage, page):
    cast = scene(stage)
    assert walk(client, cast, PAGES[page](cast)) == pages(stage)


def note(cast):
    prefix = f"note-{CODE}"
    return {f"{prefix}-version": version(cast), f"{prefix}-note": "Lihat hlm. 2.", "submit": "0"}


@pytest.mark.parametrize(
    ("stage", "allowed"),
    [("mandiri", {"pic"}), ("dokumen", set()), ("interviu", set())],
)
def test_only_the_lead_pic_fills_an_item_and_only_in_the_mandiri(client, scene, stage, allowed):
    cast = scene(stage)
    url = reverse("evaluations:item_note", args=[cast.evaluation.pk, 1, CODE])
    assert walk(client, cast, url, note) == expected(stage, allowed)


def answer(cast):
    prefix = f"answer-{CODE}"
    return {f"{prefix}-version": version(cast), f"{prefix}-objection": "Ada di hlm. 2."}


def test_in_the_interview_the_lead_pic_and_the_koordinator_answer_a_revisi(client, scene):
    cast = scene("interviu")
    url = reverse("evaluations:item_answer", args=[cast.evaluation.pk, 1, CODE])
    assert walk(client, cast, url, answer) == expected("interviu", {"pic", "coordinator"})


@pytest.mark.parametrize("stage", ["mandiri", "dokumen"])
def test_before_the_interview_nobody_answers_a_revisi(client, scene, stage):
    cast = scene(stage)
    url = reverse("evaluations:item_answer", args=[cast.evaluation.pk, 1, CODE])
    assert walk(client, cast, url, answer) == expected(stage, set())


def verdict(cast):
    return {
        "action": "verdict",
        "code": CODE,
        f"{CODE}-version": version(cast),
        f"{CODE}-status": "diterima",
        f"{CODE}-note": "Sesuai.",
    }


@pytest.mark.parametrize(
    ("stage", "allowed"),
    [("mandiri", set()), ("dokumen", {"external_assessor"}), ("interviu", {"external_assessor"})],
)
def test_only_the_assigned_assessor_gives_verdicts_in_the_dokumen_and_interviu(
    client, scene, stage, allowed
):
    cast = scene(stage)
    url = reverse("evaluations:assessor_indicator", args=[cast.evaluation.pk, 1])
    assert walk(client, cast, url, verdict) == expected(stage, allowed)


NEW_ITEM = {"action": "add", "indicator": "1", "level": "1", "text": "Butir tambahan portal"}


@pytest.mark.parametrize(
    ("stage", "allowed"),
    [("mandiri", {"coordinator"}), ("dokumen", set()), ("interviu", set())],
)
def test_the_koordinator_changes_the_item_list_until_the_dokumen_begins(
    client, scene, stage, allowed
):
    cast = scene(stage)
    url = reverse("evaluations:items", args=[cast.evaluation.pk])
    assert walk(client, cast, url, NEW_ITEM) == expected(stage, allowed)
