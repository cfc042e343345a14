"""In the browser: the koordinator assigns an external assessor on the evaluation page, and the
assessor finds the evaluation once it is sent (issue: the panel showed "—" and no control)."""

import pytest
from playwright.sync_api import expect

from spbe.evaluations.models import EvaluationState
from spbe.evaluations.services import evaluation_advance
from tests.browser.visit import follow, open_evaluation, signed_in
from tests.cast import make_cast
from tests.evaluations.helpers import verify_all

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_the_koordinator_assigns_an_assessor_who_then_sees_the_sent_evaluation(
    live_server, new_page
):
    cast = make_cast()
    newcomer = cast.unassigned_assessor
    coordinator = signed_in(new_page, live_server, cast.coordinator)
    open_evaluation(coordinator, cast.evaluation)
    panel = coordinator.locator("main details", has_text="Asesor eksternal")
    panel.locator("summary").click()
    panel.get_by_label("Asesor eksternal").select_option(value=str(newcomer.pk))
    follow(coordinator, panel.get_by_role("button", name="Tugaskan"))
    expect(
        coordinator.locator("main details summary", has_text="Asesor eksternal")
    ).to_contain_text(newcomer.username)
    assert cast.evaluation.external_assessors.filter(pk=newcomer.pk).exists()

    verify_all(cast, level=2)
    while cast.evaluation.state != EvaluationState.SUBMITTED:
        cast.evaluation = evaluation_advance(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation
        )
    assessor = signed_in(new_page, live_server, newcomer)
    expect(assessor.locator("main")).to_contain_text(cast.agency.name)
