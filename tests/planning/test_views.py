"""The planning pages: gap, what-if, optimal plan, step costs, action plan, Pemdi baseline."""

import datetime
import html
import unicodedata

import pytest
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.planner.baseline import read_mapping
from spbe.planning.baseline_wording import reading_note
from spbe.planning.models import Action, ActionStatus, PlanCosts
from tests.cast import PASSWORD, make_cast
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates


@pytest.fixture
def cast(db):
    cast = make_cast()
    for number in (1, 2, 11):
        submit(cast, number, level=2)
    return cast


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def in_english(client):
    client.cookies["django_language"] = "en"
    return client


def test_the_plan_page_shows_the_gap_and_the_least_cost_plan(client, cast):
    response = login(client, cast.leadership).get(
        reverse("planning:plan", args=[cast.evaluation.pk]) + "?dasar=self&target=1.2"
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="gap"' in page and 'id="plan-steps"' in page
    assert "<svg" in page
    plan = response.context["view"].plan
    assert plan.reachable and plan.after.index_exact >= 1.2


def test_an_unreachable_target_is_said_clearly(client, cast):
    costs = {str(n): {"locked": True} for n in range(1, 48)}
    PlanCosts.objects.create(evaluation=cast.evaluation, costs=costs)
    response = login(client, cast.coordinator).get(
        reverse("planning:plan", args=[cast.evaluation.pk]) + "?target=4"
    )
    assert response.status_code == 200
    assert 'id="unreachable"' in response.content.decode()


def test_a_target_off_the_scale_is_refused_with_a_message(client, cast):
    response = login(client, cast.coordinator).get(
        reverse("planning:plan", args=[cast.evaluation.pk]) + "?target=9"
    )
    assert response.status_code == 422
    assert response.context["target_error"]


def test_what_if_scores_on_the_server_and_answers_with_the_results_partial(client, cast):
    values = {f"v_{n}": "1" for n in range(1, 48)}
    values["v_47"] = "5"
    response = login(client, cast.pic).post(
        reverse("planning:what_if", args=[cast.evaluation.pk]), values
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert page.strip().startswith('<article id="whatif-results">')
    assert "1,12" in page  # 1 + 4 × 3.00 / 100


def test_what_if_refuses_a_value_off_the_scale(client, cast):
    values = {f"v_{n}": "1" for n in range(1, 48)}
    values["v_3"] = "9"
    response = login(client, cast.pic).post(
        reverse("planning:what_if", args=[cast.evaluation.pk]), values
    )
    assert response.status_code == 422
    assert "9" in response.content.decode()


def test_what_if_is_not_for_other_agencies(client, cast):
    response = login(client, cast.outsider).post(
        reverse("planning:what_if", args=[cast.evaluation.pk]), {}
    )
    assert response.status_code == 404


def test_bad_step_costs_are_refused_with_422_keeping_the_text_and_saving_nothing(client, cast):
    url = reverse("planning:costs", args=[cast.evaluation.pk])
    negative = in_english(login(client, cast.coordinator)).post(url, {"costs": '{"7": {"3": -1}}'})
    assert negative.status_code == 422 and negative.context["refusal"]
    assert not PlanCosts.objects.filter(evaluation=cast.evaluation).exists()
    broken = client.post(url, {"costs": "{not json"})
    assert broken.status_code == 422
    assert "not valid JSON" in broken.context["refusal"]
    assert "{not json</textarea>" in broken.content.decode()
    assert not PlanCosts.objects.filter(evaluation=cast.evaluation).exists()


def test_the_coordinator_edits_step_costs_and_the_edit_is_audited(client, cast):
    url = reverse("planning:costs", args=[cast.evaluation.pk])
    login(client, cast.coordinator).post(url, {"costs": '{"7": {"2": 1, "3": 1, "4": 1, "5": 1}}'})
    assert PlanCosts.objects.get(evaluation=cast.evaluation).costs["7"]["2"] == 1
    assert AuditEvent.objects.filter(action="plan.costs").exists()


def test_a_pic_cannot_edit_step_costs(client, cast):
    response = in_english(login(client, cast.pic)).post(
        reverse("planning:costs", args=[cast.evaluation.pk]), {"costs": "{}"}
    )
    assert response.status_code == 403
    assert response.context["refusal"] == "Only the agency's coordinator may do this."


def test_a_plan_for_a_target_off_the_scale_is_refused_with_422_and_creates_nothing(client, cast):
    url = reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=9"
    response = login(client, cast.coordinator).post(url)
    assert response.status_code == 422
    assert response.context["refusal"]
    assert not Action.objects.exists()


def test_a_pic_cannot_turn_the_plan_into_actions(client, cast):
    url = reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    assert login(client, cast.pic).post(url).status_code == 403
    assert not Action.objects.exists()


def test_a_bad_deadline_or_document_is_refused_with_422_on_the_action_plan(client, cast):
    login(client, cast.coordinator).post(
        reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    )
    action = Action.objects.filter(evaluation=cast.evaluation).first()
    url = reverse("planning:action_change", args=[cast.evaluation.pk, action.pk])
    late = in_english(client).post(url, {"status": ActionStatus.DONE, "deadline": "2026-02-30"})
    assert late.status_code == 422
    assert late.context["refusal"] == "The deadline is not a date."
    unknown = client.post(url, {"document": "abc"})
    assert unknown.status_code == 422
    assert unknown.context["refusal"] == "Choose a document of this agency."
    action.refresh_from_db()
    assert action.status == ActionStatus.PLANNED


def test_the_plan_becomes_actions_with_owners_deadlines_and_effects(client, cast):
    login(client, cast.coordinator)
    url = reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    response = client.post(url)
    assert response.status_code == 302
    actions = list(Action.objects.filter(evaluation=cast.evaluation))
    assert actions
    assert all(action.lead_unit_id is not None for action in actions)
    page = client.get(reverse("planning:actions", args=[cast.evaluation.pk])).content.decode()
    assert 'id="actions"' in page


def test_overdue_actions_stand_out_on_the_dashboard(client, cast):
    login(client, cast.coordinator).post(
        reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    )
    Action.objects.filter(evaluation=cast.evaluation).update(deadline=datetime.date(2020, 1, 1))
    page = client.get(reverse("dashboard", args=[cast.evaluation.pk])).content.decode()
    assert "overdue-row" in page


def test_only_the_lead_units_pic_or_the_coordinator_updates_an_action(client, cast):
    login(client, cast.coordinator).post(
        reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    )
    action = Action.objects.filter(evaluation=cast.evaluation, lead_unit=cast.unit).first()
    client.logout()
    url = reverse("planning:action_change", args=[cast.evaluation.pk, action.pk])
    refused = in_english(login(client, cast.other_pic)).post(url, {"status": ActionStatus.DONE})
    assert refused.status_code == 403
    assert (
        refused.context["refusal"]
        == "Only the lead unit's PIC or the coordinator updates this action."
    )
    client.logout()
    assert login(client, cast.pic).post(url, {"status": ActionStatus.DONE}).status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE


def test_the_pemdi_baseline_says_it_is_unofficial_and_marks_uncovered_indicators(client, db):
    cast = make_cast()
    response = login(client, cast.leadership).get(
        reverse("planning:baseline", args=[cast.evaluation.pk])
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="unofficial"' in page
    assert response.context["baseline"].uncovered
    assert not response.context["baseline"].official


def test_the_pemdi_baseline_speaks_to_its_reader_and_folds_the_sources_away(client, db):
    cast = make_cast()
    response = login(client, cast.leadership).get(
        reverse("planning:baseline", args=[cast.evaluation.pk])
    )
    page = response.content.decode()
    before_sources, sources = page.split('id="sources"')
    # The other regency is named only in the folded section, with a link to its file.
    assert "Aceh Tengah" not in before_sources
    assert (
        "Aceh Tengah" in sources
        and "https://github.com/Niumination/PemdiAcehTengah/blob/" in sources
    )
    assert before_sources.endswith("<details ")
    # The uncertain readings are written for the reader, in the sources.
    assert reading_note("I1") and reading_note("I1") in html.unescape(sources)
    # The table names our SPBE indicators, with our levels.
    table = before_sources.split('id="baseline"')[1]
    assert "Tingkat Kematangan Arsitektur SPBE" in table
    # The uncovered indicators are named in the notice.
    notice = before_sources.split('id="unofficial"')[1].split("</section>")[0]
    for item in response.context["uncovered"]:
        assert item.code in notice


def test_the_pemdi_baseline_shows_no_research_note_no_source_figure_and_no_emoji(client, db):
    cast = make_cast()
    page = html.unescape(
        login(client, cast.leadership)
        .get(reverse("planning:baseline", args=[cast.evaluation.pk]))
        .content.decode()
    )
    mapping = read_mapping()
    assert mapping.status not in page and mapping.source not in page
    shown = [entry.pemdi_code for entry in mapping.mappings if entry.note and entry.note in page]
    assert shown == []
    # The source's own words carry the other regency's figures ("Arsitektur SPBE 1.00 …").
    quoted = [entry.pemdi_code for entry in mapping.mappings if entry.source_text in page]
    assert quoted == []
    assert "UNOFFICIAL" not in page
    # The page's own content; the header's notification bell is the layout's.
    content = page.split("<main", 1)[1].split("</main>", 1)[0]
    assert [char for char in content if is_emoji(char)] == []


def is_emoji(char: str) -> bool:
    """A pictograph (outside the basic plane, or a dingbat or miscellaneous symbol) or the
    emoji variation selector: what the server's fonts cannot draw."""
    code = ord(char)
    pictograph = unicodedata.category(char) == "So" and (code > 0xFFFF or 0x2600 <= code <= 0x27BF)
    return pictograph or char == "\ufe0f"


def test_the_baseline_needs_an_spbe_2020_evaluation(client, db):
    cast = make_cast(framework="pemdi-2026")
    response = login(client, cast.leadership).get(
        reverse("planning:baseline", args=[cast.evaluation.pk])
    )
    assert response.status_code == 404


def test_the_lead_unit_links_evidence_to_its_action(client, cast):
    from spbe.evidence.models import Document

    login(client, cast.coordinator).post(
        reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    )
    action = Action.objects.filter(evaluation=cast.evaluation, lead_unit=cast.unit).first()
    document = Document.objects.create(agency=cast.agency, title="Laporan kemajuan", kind="laporan")
    foreign = Document.objects.create(
        agency=cast.other_agency, title="Milik instansi lain", kind="laporan"
    )
    client.logout()
    url = reverse("planning:action_change", args=[cast.evaluation.pk, action.pk])
    refused = login(client, cast.pic).post(url, {"document": foreign.pk})
    assert refused.status_code == 422
    assert not action.evidence.exists()
    client.post(url, {"document": document.pk})
    assert list(action.evidence.all()) == [document]


def test_the_action_page_sends_the_version_and_a_change_based_on_an_older_one_is_409(client, cast):
    login(client, cast.coordinator).post(
        reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    )
    action = Action.objects.filter(evaluation=cast.evaluation).first()
    page = client.get(reverse("planning:actions", args=[cast.evaluation.pk])).content.decode()
    assert 'name="version" value="1"' in page
    url = reverse("planning:action_change", args=[cast.evaluation.pk, action.pk])
    assert client.post(url, {"status": ActionStatus.IN_PROGRESS, "version": "1"}).status_code == 302
    stale = client.post(url, {"status": ActionStatus.CANCELLED, "version": "1"})
    assert stale.status_code == 409
    action.refresh_from_db()
    assert (action.status, action.version) == (ActionStatus.IN_PROGRESS, 2)
