import datetime

import pytest
from django.utils.translation import gettext

from spbe.discussions.models import Comment
from spbe.discussions.policy import EDIT_WINDOW_OVER
from spbe.evaluations.assessment_services import assessment_return
from spbe.notifications.models import Notification
from tests.discussions.helpers import page, post
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates
HTMX = {"HX-Request": "true"}


def test_the_indicator_page_shows_the_thread_with_its_form(client, cast) -> None:
    post(cast, cast.pic, "SK yang mana?")
    client.force_login(cast.other_pic)
    answer = client.get(page(cast))
    assert answer.status_code == 200
    html = answer.content.decode()
    assert 'id="komentar"' in html
    assert "SK yang mana?" in html
    assert f'action="/evaluasi/{cast.evaluation.pk}/indikator/1/komentar/"' in html


def test_a_plain_post_goes_back_to_the_page(client, cast) -> None:
    client.force_login(cast.pic)
    answer = client.post(page(cast) + "komentar/", {"body": "Halo @koordinator"})
    assert answer.status_code == 302
    assert Comment.objects.get().body == "Halo @koordinator"
    assert Notification.objects.get().recipient == cast.coordinator


def test_an_htmx_post_answers_with_the_thread_and_names_who_was_not_told(client, cast) -> None:
    client.force_login(cast.pic)
    answer = client.post(
        page(cast) + "komentar/",
        {"body": "Cc @koordinator-lain", "thread": "komentar"},
        headers=HTMX,
    )
    assert answer.status_code == 200
    html = answer.content.decode()
    assert "Cc @koordinator-lain" in html
    assert (
        gettext("%(names)s cannot see this indicator and were not notified.")
        % {"names": "@koordinator-lain"}
        in html
    )
    assert not Notification.objects.exists()


def test_an_empty_htmx_post_is_refused_with_422_inside_the_thread(client, cast) -> None:
    client.force_login(cast.pic)
    answer = client.post(
        page(cast) + "komentar/", {"body": " ", "thread": "komentar"}, headers=HTMX
    )
    assert answer.status_code == 422
    assert not Comment.objects.exists()


@pytest.mark.parametrize("who", ["outsider", "unassigned_assessor", "external_assessor"])
def test_those_who_may_not_see_the_indicator_get_404_for_the_thread_and_its_posts(
    client, cast, who
) -> None:
    comment = post(cast, cast.pic, "Rahasia internal").comment
    client.force_login(getattr(cast, who))
    assert client.get(page(cast)).status_code == 404
    for path, data in (
        ("komentar/", {"body": "Halo"}),
        (f"komentar/{comment.pk}/ubah/", {"body": "Halo"}),
        (f"komentar/{comment.pk}/hapus/", {}),
    ):
        assert client.post(page(cast) + path, data).status_code == 404
        assert client.post(page(cast) + path, data, headers=HTMX).status_code == 404
    comment.refresh_from_db()
    assert (comment.body, comment.deleted_at) == ("Rahasia internal", None)
    assert Comment.objects.count() == 1


def test_a_comment_of_another_indicator_is_not_found_on_this_one(client, cast) -> None:
    comment = post(cast, cast.pic, "Di indikator 2", number=2).comment
    client.force_login(cast.pic)
    answer = client.post(page(cast, 1) + f"komentar/{comment.pk}/hapus/")
    assert answer.status_code == 404


def test_an_edit_after_15_minutes_is_refused_with_403(client, cast, frozen) -> None:
    comment = post(cast, cast.pic, "Perwali 2024").comment
    frozen.shift(datetime.timedelta(minutes=15, seconds=1))
    client.force_login(cast.pic)
    answer = client.post(page(cast) + f"komentar/{comment.pk}/ubah/", {"body": "Perwali 2025"})
    assert answer.status_code == 403
    assert str(EDIT_WINDOW_OVER) in answer.content.decode()
    htmx = client.post(
        page(cast) + f"komentar/{comment.pk}/ubah/", {"body": "Perwali 2025"}, headers=HTMX
    )
    assert (htmx.status_code, htmx["HX-Refresh"]) == (403, "true")
    comment.refresh_from_db()
    assert comment.body == "Perwali 2024"


def test_the_page_shows_the_trace_of_a_deleted_comment(client, cast) -> None:
    comment = post(cast, cast.pic, "Salah tulis").comment
    client.force_login(cast.coordinator)
    assert client.post(page(cast) + f"komentar/{comment.pk}/hapus/").status_code == 302
    html = client.get(page(cast)).content.decode()
    assert "Salah tulis" not in html
    assert "koordinator" in html
    assert "comment-trace" in html


def test_the_return_note_starts_the_indicators_thread(client, cast) -> None:
    submitted = submit(cast, 1)
    assessment_return(
        actor=cast.actor(cast.coordinator),
        assessment=submitted,
        version=submitted.version,
        note="Lampirkan SK yang ditandatangani.",
    )
    post(cast, cast.pic, "SK yang mana, @koordinator?")
    client.force_login(cast.pic)
    html = client.get(page(cast)).content.decode()
    thread = html[html.index('id="komentar"') :]
    assert thread.index("Lampirkan SK yang ditandatangani.") < thread.index("SK yang mana")
