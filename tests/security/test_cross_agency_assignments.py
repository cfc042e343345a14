"""An external assessor never reaches across agencies: a member of agency B is never assigned
to agency A's evaluation (the service, so the page), the admin never moves an assigned assessor
into another agency, and an assignment made around both gives nothing of A."""

import pytest
from django.utils.html import escape
from django.utils.translation import gettext

from spbe.core.errors import ActionRefused
from spbe.evaluations import policy
from spbe.evaluations.models import Evaluation, EvaluationState
from spbe.evaluations.services import external_assessor_set
from spbe.evidence import policy as evidence_policy
from spbe.evidence.models import Document, EvidenceLink
from spbe.organizations.models import Membership, Role
from tests.cast import PASSWORD, make_user
from tests.evaluations.helpers import assessment, put_in_state

pytestmark = pytest.mark.dates


@pytest.fixture
def foreign_assessor(cast):
    """A member of the other agency who holds the external assessor role."""
    return make_user("asesor-dinas-lain", cast.other_agency, None, Role.EXTERNAL_ASSESSOR)


def test_the_admin_cannot_assign_another_agencys_assessor(cast, foreign_assessor):
    with pytest.raises(ActionRefused) as refusal:
        external_assessor_set(
            actor=cast.actor(cast.admin),
            evaluation=cast.evaluation,
            user=foreign_assessor,
            assigned=True,
        )
    assert refusal.value.message == gettext(
        "This external assessor belongs to another agency and cannot assess this evaluation."
    )
    assert foreign_assessor not in cast.evaluation.external_assessors.all()


def test_an_assignment_made_around_the_service_gives_nothing_of_the_agency(cast, foreign_assessor):
    put_in_state(cast.evaluation, EvaluationState.SUBMITTED)
    cast.evaluation.external_assessors.add(foreign_assessor)
    document = Document.objects.create(agency=cast.agency, title="Perwali", kind="perwali")
    EvidenceLink.objects.create(assessment=assessment(cast, 1), document=document, level=1)
    actor = cast.actor(foreign_assessor)
    assert not policy.can_view_evaluation(actor, cast.evaluation)
    assert not Evaluation.objects.filter(policy.viewable_evaluations(actor)).exists()
    assert not evidence_policy.can_read_document(actor, document)
    assert not Document.objects.filter(evidence_policy.readable_documents(actor)).exists()


def test_the_admin_form_refuses_moving_an_assigned_assessor_into_another_agency(client, cast):
    membership = Membership.objects.get(user=cast.external_assessor)
    client.login(username=cast.admin.username, password=PASSWORD)
    response = client.post(
        f"/admin/organizations/membership/{membership.pk}/change/",
        {"agency": str(cast.other_agency.pk), "unit": "", "roles": ["external_assessor"]},
    )
    assert response.status_code == 200  # the form again, with the reason
    reason = gettext(
        "This user is the external assessor of another agency's evaluations; unassign them there "
        "first."
    )
    assert escape(reason) in response.content.decode()
    membership.refresh_from_db()
    assert membership.agency is None
