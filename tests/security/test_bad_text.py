"""The bad-input corpus of free text: NUL bytes and over-long text are refused with a message by
the services (so the page, the import and the API alike), never stored and never a 500.

PostgreSQL answered these with a 500 and SQLite stored them silently (issue 15, § 3): run this
module on both databases (``docs/security.md``).
"""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from spbe.core.errors import ActionRefused
from spbe.core.text import LONG_TEXT
from spbe.discussions.services import comment_post
from spbe.evaluations.assessment_services import assessment_return, external_result_record
from spbe.evaluations.external_services import ImportRefused, external_results_import
from spbe.evaluations.models import EvaluationState, Transition
from spbe.evaluations.services import evaluation_advance
from spbe.evidence.models import EvidenceLink
from spbe.evidence.services import evidence_link_add
from spbe.planning.models import Action
from spbe.planning.services import action_update
from tests.api.helpers import an_action, send, token_for
from tests.cast import PASSWORD
from tests.evaluations.helpers import assessment, put_in_state, submit
from tests.evidence.builders import library_document

pytestmark = pytest.mark.dates

NUL = "Halaman 3\x00"
NUL_REFUSAL = "The text contains a NUL character (\\x00), which cannot be stored."


def refused_for_nul(call) -> str:
    with pytest.raises(ActionRefused) as refusal:
        call()
    assert gettext(NUL_REFUSAL) in refusal.value.message
    return refusal.value.message


def link(cast, note):
    return evidence_link_add(
        actor=cast.actor(cast.pic),
        assessment=assessment(cast, 1),
        document=library_document(cast),
        level=None,
        note=note,
    )


def test_a_link_note_with_a_nul_byte_is_refused(cast):
    refused_for_nul(lambda: link(cast, NUL))
    assert not EvidenceLink.objects.exists()


def test_a_link_note_over_its_300_characters_is_refused_with_the_limit(cast):
    with pytest.raises(ActionRefused) as refusal:
        link(cast, "x" * 301)
    assert refusal.value.field == "note"
    assert "300" in refusal.value.message
    assert not EvidenceLink.objects.exists()


def test_an_action_note_with_a_nul_byte_is_refused(cast):
    action = an_action(cast)
    refused_for_nul(
        lambda: action_update(actor=cast.actor(cast.coordinator), action=action, note=NUL)
    )
    action.refresh_from_db()
    assert action.note == ""


def test_an_action_note_over_the_long_text_limit_is_refused(cast):
    action = an_action(cast)
    with pytest.raises(ActionRefused):
        action_update(actor=cast.actor(cast.coordinator), action=action, note="x" * (LONG_TEXT + 1))


def test_a_state_change_note_with_a_nul_byte_is_refused(cast):
    before = Transition.objects.count()
    refused_for_nul(
        lambda: evaluation_advance(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, note=NUL
        )
    )
    assert Transition.objects.count() == before


def test_a_return_note_with_a_nul_byte_is_refused(cast):
    submitted = submit(cast, 1)
    refused_for_nul(
        lambda: assessment_return(
            actor=cast.actor(cast.coordinator),
            assessment=submitted,
            version=submitted.version,
            note=NUL,
        )
    )


def test_a_return_note_of_a_megabyte_is_refused(cast):
    submitted = submit(cast, 1)
    with pytest.raises(ActionRefused):
        assessment_return(
            actor=cast.actor(cast.coordinator),
            assessment=submitted,
            version=submitted.version,
            note="catatan " * 130_000,
        )


def test_an_external_note_with_a_nul_byte_is_refused(cast):
    put_in_state(cast.evaluation, EvaluationState.SUBMITTED)
    refused_for_nul(
        lambda: external_result_record(
            actor=cast.actor(cast.coordinator),
            assessment=assessment(cast, 1),
            version=None,
            value="3",
            note=NUL,
        )
    )


def test_a_csv_note_with_a_nul_byte_refuses_its_row(cast):
    put_in_state(cast.evaluation, EvaluationState.SUBMITTED)
    content = b"indikator,nilai,catatan\n1,3,baik\n2,3,Halaman 3\x00\n"
    with pytest.raises(ImportRefused) as refusal:
        external_results_import(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, content=content
        )
    [error] = refusal.value.errors
    assert error.line == 3
    assert gettext(NUL_REFUSAL) in error.message
    assert not cast.evaluation.assessments.filter(external_value__isnull=False).exists()


def test_a_comment_with_a_nul_byte_is_refused(cast):
    refused_for_nul(
        lambda: comment_post(actor=cast.actor(cast.pic), assessment=assessment(cast, 1), body=NUL)
    )


def test_the_indicator_page_refuses_a_nul_link_note_with_the_form_again(client, cast):
    document = library_document(cast)
    client.login(username=cast.pic.username, password=PASSWORD)
    response = client.post(
        reverse("evidence:indicator_link", args=[cast.evaluation.pk, 1]),
        {"document": document.pk, "level": "", "note": "a" * 301},
    )
    assert response.status_code == 422
    assert not EvidenceLink.objects.exists()


def test_the_api_refuses_a_nul_action_note_with_422(cast):
    action = an_action(cast)
    token = token_for(cast.coordinator, scope="write", name="uji")
    response = send("patch", f"/actions/{action.pk}", token, {"version": 1, "note": NUL})
    assert response.status_code == 422, response.content
    assert Action.objects.get(pk=action.pk).note == ""


def test_a_note_at_the_limit_is_stored(cast):
    action = an_action(cast)
    saved = action_update(actor=cast.actor(cast.coordinator), action=action, note="x" * LONG_TEXT)
    assert len(saved.note) == LONG_TEXT
    assert saved.deadline == datetime.date(2026, 12, 15)
    assert saved.cost == Decimal(10)
