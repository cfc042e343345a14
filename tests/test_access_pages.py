"""Role × page for the evidence, planning, benchmark and agency export pages: inside and outside
each scope."""

import pytest
from django.urls import reverse

from spbe.evidence.models import Document
from tests.cast import PASSWORD, all_roles_but, make_cast

pytestmark = pytest.mark.dates

ROLES = all_roles_but("admin")

PAGES = {
    # name: (url builder, expected status per role)
    "evidence library": (
        lambda c, d: reverse("evidence:library"),
        [200, 200, 200, 200, 200, 200, 404, 404],
    ),
    "evidence document": (
        lambda c, d: reverse("evidence:document", args=[d.pk]),
        [200, 200, 200, 200, 200, 404, 404, 404],
    ),
    "plan": (
        lambda c, d: reverse("planning:plan", args=[c.evaluation.pk]),
        [200, 200, 200, 200, 200, 404, 404, 404],
    ),
    "actions": (
        lambda c, d: reverse("planning:actions", args=[c.evaluation.pk]),
        [200, 200, 200, 200, 200, 404, 404, 404],
    ),
    "baseline": (
        lambda c, d: reverse("planning:baseline", args=[c.evaluation.pk]),
        [200, 200, 200, 200, 200, 404, 404, 404],
    ),
    "reports panel": (
        lambda c, d: reverse("reports:panel", args=[c.evaluation.pk]),
        [200, 200, 200, 200, 200, 404, 404, 404],
    ),
    # The other agency's Koordinator (the outsider) does not see this agency at all: 404.
    "agency export": (
        lambda c, d: reverse("archive:export", args=[c.agency.slug]),
        [200, 403, 403, 403, 403, 404, 404, 404],
    ),
    # The Koordinator sees every unit's list and a PIC its own; nobody else of the agency.
    "desk session": (
        lambda c, d: reverse("planning:desk", args=[c.agency.slug]),
        [200, 200, 200, 403, 403, 404, 404, 404],
    ),
    # Each user's own agency: the other agency's Koordinator sees its own list.
    "own desk session": (
        lambda c, d: reverse("planning:own_desk"),
        [200, 200, 200, 403, 403, 200, 404, 404],
    ),
    "hand-over": (
        lambda c, d: reverse("planning:handover", args=[c.agency.slug]),
        [200, 403, 403, 403, 403, 404, 404, 404],
    ),
    # Same as the export: the Koordinator reads the agency's delivery log (and the admin).
    "delivery log": (
        lambda c, d: reverse("notifications:delivery_log", args=[c.agency.pk]),
        [200, 403, 403, 403, 403, 404, 404, 404],
    ),
    "benchmark matching": (
        lambda c, d: reverse("benchmarks:matching"),
        [200, 403, 403, 403, 403, 200, 404, 404],
    ),
}


@pytest.fixture
def scene(db):
    cast = make_cast()
    document = Document.objects.create(agency=cast.agency, title="Perwali SPBE", kind="perwali")
    return cast, document


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_only_its_pages(client, scene, page, role):
    cast, document = scene
    build, expected = PAGES[page]
    client.login(username=getattr(cast, role).username, password=PASSWORD)
    assert client.get(build(cast, document)).status_code == expected[ROLES.index(role)]


@pytest.mark.parametrize("page", sorted(PAGES))
def test_anonymous_users_are_sent_to_sign_in(client, scene, page):
    cast, document = scene
    build, _expected = PAGES[page]
    response = client.get(build(cast, document))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_another_agencys_documents_never_appear_in_its_search(client, scene):
    cast, _document = scene
    Document.objects.create(
        agency=cast.other_agency, title="Perwali SPBE Kabupaten Lain", kind="perwali"
    )
    client.login(username=cast.outsider.username, password=PASSWORD)
    hits = client.get(reverse("evidence:library") + "?q=perwali spbe").context["hits"]
    assert [hit.document.agency_id for hit in hits] == [cast.other_agency.pk]
