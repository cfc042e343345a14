import datetime

import pytest
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, NotAllowed
from spbe.discussions.models import Comment
from spbe.discussions.policy import EDIT_WINDOW_OVER, ONLY_THE_AUTHOR_EDITS
from spbe.discussions.services import MENTION, REPLY, comment_delete, comment_edit
from spbe.notifications.models import Notification
from tests.discussions.helpers import indicator, post

pytestmark = pytest.mark.dates


def test_posting_writes_the_comment_and_its_audit_row(cast) -> None:
    posted = post(cast, cast.pic, "  SK yang mana?  ")
    comment = Comment.objects.get()
    assert comment == posted.comment
    assert (comment.body, comment.author, comment.item) == ("SK yang mana?", cast.pic, None)
    event = AuditEvent.objects.get(action="comment.post")
    assert (event.actor, event.agency, event.object_id) == (cast.pic, cast.agency, str(comment.pk))
    assert event.data["body"] == "SK yang mana?"


def test_it_refuses_an_empty_comment(cast) -> None:
    with pytest.raises(ActionRefused) as refused:
        post(cast, cast.pic, "   ")
    assert refused.value.field == "body"
    assert not Comment.objects.exists()


def test_the_administrator_reads_but_does_not_post(cast) -> None:
    with pytest.raises(NotAllowed):
        post(cast, cast.admin, "Halo")


def test_the_author_may_edit_at_14_59(cast, frozen) -> None:
    comment = post(cast, cast.pic, "Perwali 2024").comment
    frozen.shift(datetime.timedelta(minutes=14, seconds=59))
    edited = comment_edit(actor=cast.actor(cast.pic), comment=comment, body="Perwali 2025")
    assert edited.body == "Perwali 2025"
    assert edited.edited_at is not None
    event = AuditEvent.objects.get(action="comment.edit")
    assert event.data == {"before": "Perwali 2024", "after": "Perwali 2025"}


def test_nobody_may_edit_at_15_01(cast, frozen) -> None:
    comment = post(cast, cast.pic, "Perwali 2024").comment
    frozen.shift(datetime.timedelta(minutes=15, seconds=1))
    with pytest.raises(NotAllowed) as refused:
        comment_edit(actor=cast.actor(cast.pic), comment=comment, body="Perwali 2025")
    assert refused.value.message == str(EDIT_WINDOW_OVER)
    comment.refresh_from_db()
    assert comment.body == "Perwali 2024"
    assert not AuditEvent.objects.filter(action="comment.edit").exists()


def test_only_the_author_edits_even_the_coordinator_does_not(cast) -> None:
    comment = post(cast, cast.pic, "Perwali 2024").comment
    for user in cast.everyone_but(cast.pic):
        with pytest.raises(NotAllowed) as refused:
            comment_edit(actor=cast.actor(user), comment=comment, body="diubah")
        assert refused.value.message == str(ONLY_THE_AUTHOR_EDITS)


def test_a_deletion_by_the_coordinator_leaves_a_trace_and_an_audit_row(cast) -> None:
    comment = post(cast, cast.pic, "Nomor HP saya 0812…").comment
    comment_delete(actor=cast.actor(cast.coordinator), comment=comment)
    comment.refresh_from_db()
    assert comment.body == ""
    assert comment.deleted_by == cast.coordinator
    assert comment.deleted_at is not None
    assert comment.author == cast.pic
    event = AuditEvent.objects.get(action="comment.delete")
    assert event.actor == cast.coordinator
    assert event.data == {"author": cast.pic.pk, "length": len("Nomor HP saya 0812…")}
    assert "0812" not in str(event.data) + event.summary


def test_the_author_may_delete_but_other_members_may_not(cast) -> None:
    comment = post(cast, cast.pic, "Salah utas").comment
    for user in (cast.other_pic, cast.internal_assessor, cast.leadership, cast.admin):
        with pytest.raises(NotAllowed):
            comment_delete(actor=cast.actor(user), comment=comment)
    comment_delete(actor=cast.actor(cast.pic), comment=comment)
    with pytest.raises(NotAllowed):
        comment_delete(actor=cast.actor(cast.pic), comment=comment)


def test_a_mention_tells_the_person_with_the_link_to_the_thread(cast) -> None:
    posted = post(cast, cast.pic, "@koordinator, SK yang mana? @tidak-ada juga.")
    (note,) = Notification.objects.filter(kind=MENTION)
    assert note.recipient == cast.coordinator
    assert note.link == f"/evaluasi/{cast.evaluation.pk}/indikator/1/#komentar"
    assert "SK yang mana?" in note.body
    assert posted.not_told == []


def test_a_mentioned_person_who_may_not_see_the_indicator_gets_nothing(cast) -> None:
    # The other agency's coordinator and an external assessor not assigned to it.
    posted = post(cast, cast.pic, "@koordinator-lain @asesor-lain lihat ini")
    assert not Notification.objects.filter(
        recipient__in=[cast.outsider, cast.unassigned_assessor]
    ).exists()
    assert posted.not_told == ["koordinator-lain", "asesor-lain"]
    assert posted.not_told


def test_the_assigned_external_assessor_is_not_told_before_the_evaluation_is_sent(cast) -> None:
    posted = post(cast, cast.pic, "@asesor mohon cek")
    assert not Notification.objects.filter(recipient=cast.external_assessor).exists()
    assert posted.not_told == ["asesor"]


def test_earlier_participants_hear_of_a_new_comment_but_not_its_author(cast) -> None:
    post(cast, cast.pic, "SK yang mana?")
    post(cast, cast.other_pic, "Saya juga bingung")
    post(cast, cast.coordinator, "SK Wali Kota 2024 @pic-kominfo")
    replies = Notification.objects.filter(kind=REPLY).order_by("id")
    # The second comment told the first author; the third told the second author (the first
    # was told by the mention instead).
    assert [(n.recipient, n.title) for n in replies] == [
        (
            cast.pic,
            gettext("%(author)s commented on %(place)s")
            % {"author": "pic-bappeda", "place": gettext("indicator %(number)s") % {"number": 1}},
        ),
        (
            cast.other_pic,
            gettext("%(author)s commented on %(place)s")
            % {"author": "koordinator", "place": gettext("indicator %(number)s") % {"number": 1}},
        ),
    ]
    assert Notification.objects.filter(kind=MENTION, recipient=cast.pic).count() == 1
    assert not Notification.objects.filter(recipient=cast.coordinator).exists()


def test_another_indicators_thread_is_another_thread(cast) -> None:
    post(cast, cast.pic, "Di indikator 1")
    post(cast, cast.other_pic, "Di indikator 2", number=2)
    assert not Notification.objects.exists()
    assert indicator(cast, 2).comments.count() == 1


def test_the_author_mentioning_themselves_is_told_nothing(cast) -> None:
    posted = post(cast, cast.pic, "Catatan untuk @pic-kominfo sendiri")
    assert not Notification.objects.exists()
    assert posted.not_told == []


def test_an_inactive_mentioned_user_is_told_nothing(cast) -> None:
    cast.other_pic.is_active = False
    cast.other_pic.save()
    post(cast, cast.pic, "@pic-bappeda tolong cek")
    assert not Notification.objects.exists()
