import pytest

from spbe.discussions.selectors import RETURN, thread_for
from spbe.discussions.services import REPLY
from spbe.evaluations.assessment_services import assessment_return
from spbe.evaluations.assessor_services import apply_verdict
from spbe.evaluations.models import EvaluationItem
from spbe.notifications.models import Notification
from spbe.scoring.items import ItemStatus
from tests.discussions.helpers import indicator, page, post
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates


def _return(cast, note: str) -> None:
    submitted = submit(cast, 1)
    assessment_return(
        actor=cast.actor(cast.coordinator),
        assessment=submitted,
        version=submitted.version,
        note=note,
    )


def test_the_return_note_is_the_first_entry_of_the_thread(cast) -> None:
    _return(cast, "Lampirkan SK.")
    post(cast, cast.pic, "SK yang mana?")
    thread = thread_for(cast.actor(cast.pic), indicator(cast), None)
    assert [(e.kind, e.author, e.body) for e in thread.entries] == [
        (RETURN, cast.coordinator, "Lampirkan SK."),
        ("comment", cast.pic, "SK yang mana?"),
    ]


def test_the_reviewer_who_returned_it_hears_of_the_answer(cast) -> None:
    _return(cast, "Lampirkan SK.")
    post(cast, cast.pic, "SK yang mana?")
    (note,) = Notification.objects.filter(kind=REPLY)
    assert note.recipient == cast.coordinator


def _item(cast) -> EvaluationItem:
    return EvaluationItem.objects.filter(assessment=indicator(cast), retired=False).first()


def test_an_items_revisi_note_starts_the_items_thread(pemdi_cast) -> None:
    cast = pemdi_cast
    item = _item(cast)
    apply_verdict(
        item, cast.evaluation, cast.actor(cast.coordinator), ItemStatus.REVISION, "Tanpa cap."
    )
    post(cast, cast.pic, "Sudah kami unggah ulang.", item=item)
    post(cast, cast.pic, "Di indikatornya")
    thread = thread_for(cast.actor(cast.other_pic), indicator(cast), item)
    assert [(e.kind, e.body) for e in thread.entries] == [
        (RETURN, "Tanpa cap."),
        ("comment", "Sudah kami unggah ulang."),
    ]
    own = thread_for(cast.actor(cast.other_pic), indicator(cast), None)
    assert [e.body for e in own.entries] == ["Di indikatornya"]
    (reply,) = Notification.objects.filter(kind=REPLY)
    assert reply.recipient == cast.coordinator
    assert reply.link.endswith("#" + thread.key)


def test_the_item_thread_is_shown_inside_its_item(client, pemdi_cast) -> None:
    cast = pemdi_cast
    item = _item(cast)
    post(cast, cast.pic, "Pertanyaan tentang butir ini", item=item)
    client.force_login(cast.coordinator)
    html = client.get(page(cast)).content.decode()
    key = thread_for(cast.actor(cast.coordinator), indicator(cast), item).key
    assert f'id="{key}"' in html
    assert "." not in key
    assert f'name="item" value="{item.code}"' in html
    assert "Pertanyaan tentang butir ini" in html[html.index(f'id="{key}"') :]
