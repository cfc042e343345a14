"""The stage windows of an evaluation (its koordinator) and the national windows of a year
(the installation admin): saved and audited, refused per field with 422 and nothing changed,
refused to everyone else."""

import pytest
from django.urls import reverse
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import NationalStageWindow
from spbe.evaluations.stage_selectors import evaluation_stage_windows, national_stage_windows
from spbe.evaluations.stage_services import national_windows_set
from spbe.schedule.stages import Stage, StageWindow
from tests.cast import make_cast
from tests.evaluations.page_helpers import login, on_day
from tests.evaluations.pemdi_helpers import SELF_ASSESSMENT_DAY, WINDOWS, D

pytestmark = pytest.mark.dates

NEW = {
    "mandiri_starts": "2026-05-04",
    "mandiri_ends": "2026-06-26",
    "dokumen_starts": "2026-07-06",
    "dokumen_ends": "2026-07-31",
    "interviu_starts": "2026-08-10",
    "interviu_ends": "2026-08-21",
    "visitasi_starts": "2026-09-01",
    "visitasi_ends": "2026-09-02",
}
NEW_WINDOWS = [
    StageWindow(Stage.SELF_ASSESSMENT, D(2026, 5, 4), D(2026, 6, 26)),
    StageWindow(Stage.DOCUMENTS, D(2026, 7, 6), D(2026, 7, 31)),
    StageWindow(Stage.INTERVIEW, D(2026, 8, 10), D(2026, 8, 21)),
    StageWindow(Stage.SITE_VISIT, D(2026, 9, 1), D(2026, 9, 2)),
]
NATIONAL = "evaluations:national_windows"


@pytest.fixture
def page(pemdi, time_machine):
    on_day(time_machine, SELF_ASSESSMENT_DAY)
    return reverse("evaluations:stages", args=[pemdi.evaluation.pk])


def save(client, page, **changes):
    return client.post(page, {"action": "save", **NEW, **changes})


def test_the_koordinator_sees_the_windows_and_the_stage_of_the_day(client, pemdi, page):
    response = login(client, pemdi.coordinator).get(page)
    assert response.status_code == 200
    assert response.context["windows"] == WINDOWS
    body = response.content.decode()
    assert "<strong>Penilaian Mandiri</strong>, 21 days left" in body
    assert 'value="2026-06-01"' in body


def test_the_koordinator_changes_the_windows_and_the_change_is_audited(client, pemdi, page):
    response = save(login(client, pemdi.coordinator), page)
    assert response.status_code == 302
    assert evaluation_stage_windows(pemdi.evaluation) == NEW_WINDOWS
    event = AuditEvent.objects.filter(action="evaluation.stages").latest("pk")
    assert event.actor == pemdi.coordinator
    assert event.data["after"][3] == {
        "stage": "visitasi",
        "starts": "2026-09-01",
        "ends": "2026-09-02",
    }


def test_the_site_visit_may_be_left_out(client, pemdi, page):
    save(login(client, pemdi.coordinator), page, visitasi_starts="", visitasi_ends="")
    assert evaluation_stage_windows(pemdi.evaluation) == NEW_WINDOWS[:3]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"dokumen_ends": "2026-07-01"},
            "dokumen_ends",
            "Penilaian Dokumen ends before it starts.",
        ),
        (
            {"interviu_starts": "2026-07-31"},
            "interviu_starts",
            "Penilaian Interviu must start after the stage before it has ended.",
        ),
        ({"mandiri_starts": "", "mandiri_ends": ""}, "mandiri_starts", "This field is required."),
        ({"visitasi_ends": ""}, "visitasi_ends", "Give both the first and the last day."),
        ({"dokumen_starts": "31-31-2026"}, "dokumen_starts", "Enter a valid date."),
    ],
    ids=["ends before start", "overlapping", "missing stage", "half a window", "not a date"],
)
def test_bad_windows_are_refused_at_their_field_with_422_and_nothing_changes(
    client, pemdi, page, changes, field, message
):
    events = AuditEvent.objects.count()
    response = save(login(client, pemdi.coordinator), page, **changes)
    assert response.status_code == 422
    with translation.override("en"):  # Django's own messages are translated when read
        assert [str(error) for error in response.context["form"].errors[field]] == [message]
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS
    assert AuditEvent.objects.count() == events
    assert 'aria-invalid="true"' in response.content.decode()


def test_a_window_error_is_worded_in_indonesian(client, pemdi, page):
    response = save(login(client, pemdi.coordinator, "id"), page, dokumen_ends="2026-07-01")
    assert response.status_code == 422
    assert response.context["form"].errors["dokumen_ends"] == [
        "Penilaian Dokumen berakhir sebelum dimulai."
    ]


def test_the_koordinator_takes_the_national_windows_with_one_button(client, pemdi, page):
    national_windows_set(
        actor=pemdi.actor(pemdi.admin), framework_code="pemdi-2026", year=2026, windows=NEW_WINDOWS
    )
    login(client, pemdi.coordinator)
    assert "Use the national windows" in client.get(page).content.decode()
    response = client.post(page, {"action": "national"})
    assert response.status_code == 302
    assert evaluation_stage_windows(pemdi.evaluation) == NEW_WINDOWS
    event = AuditEvent.objects.get(action="evaluation.stages_national")
    assert event.actor == pemdi.coordinator


def test_taking_national_windows_that_are_not_entered_is_refused_with_422(client, pemdi, page):
    response = login(client, pemdi.coordinator).post(page, {"action": "national"})
    assert response.status_code == 422
    assert "No national stage windows are entered" in response.context["refusal"]
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS


@pytest.mark.parametrize("role", ["pic", "other_pic", "leadership", "internal_assessor", "admin"])
def test_others_who_see_the_evaluation_read_the_windows_but_may_not_change_them(
    client, pemdi, page, role
):
    login(client, getattr(pemdi, role))
    response = client.get(page)
    assert response.status_code == 200
    assert 'name="mandiri_starts"' not in response.content.decode()
    assert save(client, page).status_code == 403
    assert client.post(page, {"action": "national"}).status_code == 403
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS


@pytest.mark.parametrize("role", ["outsider", "external_assessor", "unassigned_assessor"])
def test_who_may_not_see_the_evaluation_gets_404_for_its_windows(client, pemdi, page, role):
    login(client, getattr(pemdi, role))
    assert client.get(page).status_code == 404
    assert save(client, page).status_code == 404
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS


# ------------------------------------------------------------------------------ national


def national_url(**query):
    url = reverse(NATIONAL)
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def save_national(client, **changes):
    data = {"action": "save", "kerangka": "pemdi-2026", "tahun": "2026", **NEW, **changes}
    return client.post(reverse(NATIONAL), data)


def test_the_admin_enters_the_national_windows_of_a_year_and_it_is_audited(client, pemdi):
    login(client, pemdi.admin)
    page = client.get(national_url(kerangka="pemdi-2026", tahun="2026"))
    assert page.status_code == 200
    assert page.context["framework_code"] == "pemdi-2026"
    response = save_national(client)
    assert response.status_code == 302
    assert national_stage_windows("pemdi-2026", 2026) == NEW_WINDOWS
    event = AuditEvent.objects.get(action="national_stages.set")
    assert event.actor == pemdi.admin
    assert "Indeks Pemdi" in client.get(response.url).content.decode()


def test_the_admin_copies_the_national_windows_to_every_agencys_evaluation(client, pemdi):
    other = make_cast(framework="pemdi-2026", prefix="b-")
    national_windows_set(
        actor=pemdi.actor(pemdi.admin), framework_code="pemdi-2026", year=2026, windows=NEW_WINDOWS
    )
    login(client, pemdi.admin)
    page = client.get(national_url(kerangka="pemdi-2026", tahun="2026"))
    assert page.context["evaluation_count"] == 2
    response = client.post(
        reverse(NATIONAL), {"action": "copy", "kerangka": "pemdi-2026", "tahun": "2026"}
    )
    assert response.status_code == 302
    assert evaluation_stage_windows(pemdi.evaluation) == NEW_WINDOWS
    assert evaluation_stage_windows(other.evaluation) == NEW_WINDOWS
    agencies = set(
        AuditEvent.objects.filter(action="evaluation.stages_national").values_list(
            "agency", flat=True
        )
    )
    assert agencies == {pemdi.agency.pk, other.agency.pk}


def test_copying_a_year_without_national_windows_is_refused_with_422(client, pemdi):
    response = login(client, pemdi.admin).post(
        reverse(NATIONAL), {"action": "copy", "kerangka": "pemdi-2026", "tahun": "2027"}
    )
    assert response.status_code == 422
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS


def test_bad_national_windows_are_refused_at_their_field_and_nothing_is_saved(client, pemdi):
    response = save_national(login(client, pemdi.admin), interviu_starts="2026-07-15")
    assert response.status_code == 422
    assert response.context["form"].errors["interviu_starts"] == [
        "Penilaian Interviu must start after the stage before it has ended."
    ]
    assert not NationalStageWindow.objects.exists()


@pytest.mark.parametrize(
    "role",
    ["coordinator", "pic", "leadership", "internal_assessor", "outsider", "external_assessor"],
)
def test_everyone_but_the_admin_is_refused_the_national_page_in_the_product_layout(
    client, pemdi, role
):
    login(client, getattr(pemdi, role))
    response = client.get(reverse(NATIONAL))
    assert response.status_code == 403
    body = response.content.decode()
    assert 'id="refusal"' in body
    assert "Only the installation administrator sets the national windows." in body
    assert reverse("evaluations:list") in body  # the product's navigation
    assert save_national(client).status_code == 403
    assert not NationalStageWindow.objects.exists()


def test_the_national_page_is_in_the_admins_navigation_only(client, pemdi):
    assert reverse(NATIONAL) in login(client, pemdi.admin).get(reverse("home")).content.decode()
    assert reverse(NATIONAL) not in (
        login(client, pemdi.coordinator).get(reverse("home")).content.decode()
    )
