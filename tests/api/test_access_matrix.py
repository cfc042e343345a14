"""Role × endpoint, generated from the API's own OpenAPI document, so that a new endpoint cannot
be forgotten: every member of agency A and of agency B, anonymous, and an expired token. No
answer carries another agency's data, and no refusal is a 200."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from spbe.api.api import api
from spbe.api.models import ApiToken
from spbe.reports.models import ReportJob
from spbe.reports.render import RenderedReport
from spbe.reports.services import job_finish
from tests.api.evidence_builders import cast_document, cast_link
from tests.api.helpers import an_action, bearer, token_for
from tests.cast import ROLES, make_cast

pytestmark = pytest.mark.dates

# Who may see the cast's evaluation (not yet sent: the external assessor does not see it yet).
VIEWERS = {"coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"}

# Who may see the cast's agency and its units: its members, whatever their role, and the admin.
AGENCY_MEMBERS = {"coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"}
# Who may open the audit log: a coordinator (the outsider is one, of agency B) and the admin.
AUDIT_READERS = {"coordinator", "outsider", "admin"}


def finished_report(cast) -> int:
    job = ReportJob.objects.create(evaluation=cast.evaluation, format="xlsx", language="en")
    job_finish(job, RenderedReport(b"PK\x03\x04", "laporan.xlsx", "application/zip"))
    return job.pk


# The value each path parameter takes in the matrix: the cast's own evaluation, action,
# document (with its version 1) and link, a finished report job of it, and its agency.
PARAMETERS = {
    "evaluation_id": lambda cast: cast.evaluation.pk,
    "action_id": lambda cast: an_action(cast).pk,
    "document_id": lambda cast: cast_document(cast).pk,
    "number": lambda cast: 1,
    "link_id": lambda cast: cast_link(cast).pk,
    "job_id": finished_report,
    "indicator_number": lambda cast: 1,
    # The cast's evaluation is SPBE 2020, which has no items: every role gets 404 (the items
    # of a Pemdi evaluation, role by role: tests/api/test_item_endpoints.py).
    "item_code": lambda cast: "I1-L1-01",
    "framework_code": lambda cast: cast.evaluation.revision.framework.code,
    "revision_number": lambda cast: cast.evaluation.revision.number,
    "agency_slug": lambda cast: cast.agency.slug,
}


def get_paths() -> list[str]:
    schema = api.get_openapi_schema()
    return sorted(path for path, operations in schema["paths"].items() if "get" in operations)


def filled(path: str, cast) -> str:
    for name, value in PARAMETERS.items():
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", str(value(cast)))
    assert "{" not in path, f"add the parameter of {path} to PARAMETERS"
    return path


def expected(path: str, role: str) -> int:
    if "{item_code}" in path:
        return 404
    # The cast's document is read by every reader of agency A (policy.can_read_document).
    if any(
        f"{{{name}}}" in path for name in ("evaluation_id", "action_id", "document_id", "job_id")
    ):
        return 200 if role in VIEWERS else 404
    if "{agency_slug}" in path:
        return 200 if role in AGENCY_MEMBERS else 404
    if path == "/api/v1/audit":
        return 200 if role in AUDIT_READERS else 403
    return 200


@pytest.mark.parametrize("path", get_paths())
def test_every_role_of_both_agencies_gets_what_it_may_see_and_nothing_else(cast, path):
    url = filled(path, cast)
    for role in ROLES:
        response = Client().get(url, **bearer(token_for(getattr(cast, role), name=role)))
        assert response.status_code == expected(path, role), (role, url, response.content)
        if role in ("outsider", "unassigned_assessor", "external_assessor"):
            assert "Kota Uji" not in response.content.decode(), (role, url)


@pytest.mark.parametrize("path", get_paths())
def test_anonymous_and_an_expired_token_are_401_everywhere(cast, path):
    url = filled(path, cast)
    assert Client().get(url).status_code == 401
    text = token_for(cast.coordinator, name="kedaluwarsa")
    ApiToken.objects.filter(name="kedaluwarsa").update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert Client().get(url, **bearer(text)).status_code == 401


def test_the_outsider_sees_only_its_own_agency_in_the_list(cast):
    other = make_cast(prefix="b-")
    body = Client().get("/api/v1/evaluations", **bearer(token_for(cast.outsider))).json()
    assert body["items"] == []  # the outsider's agency has no evaluation in the cast
    body = Client().get("/api/v1/evaluations", **bearer(token_for(other.coordinator))).json()
    assert {item["agency"] for item in body["items"]} == {"b-Kota Uji"}
