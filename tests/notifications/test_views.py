"""The inbox pages: the bell's count, the list, opening and marking read, the preferences."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.notifications.models import Channel, ChannelPreference, Mode, Notification, WhatsAppNumber
from spbe.notifications.services import notify

pytestmark = pytest.mark.django_db


def tell(person, title="Indikator 3 dikembalikan", link="/evaluasi/4/"):
    (notification,) = notify(recipients=[person], kind="test", title=title, link=link)
    return notification


@pytest.fixture
def pic(make_person, client):
    person = make_person("pic")
    client.force_login(person)
    return person


def test_the_header_loads_the_bell_and_the_bell_counts_the_unread(client, pic):
    page = client.get(reverse("notifications:inbox"))
    assert reverse("notifications:bell") in page.content.decode()
    assert client.get(reverse("notifications:bell")).context["unread"] == 0
    tell(pic)
    tell(pic, title="Butir 2 dikembalikan")
    bell = client.get(reverse("notifications:bell"))
    assert bell.context["unread"] == 2
    assert 'data-unread="2"' in bell.content.decode()


def test_the_inbox_lists_only_the_readers_own_notifications(client, pic, make_person):
    tell(pic, title="Untuk PIC")
    tell(make_person("other"), title="Untuk orang lain")
    page = client.get(reverse("notifications:inbox"))
    assert [item.title for item in page.context["items"]] == ["Untuk PIC"]
    assert "Untuk orang lain" not in page.content.decode()


def test_opening_a_notification_marks_it_read_and_goes_to_its_page(client, pic):
    notification = tell(pic, link="/evaluasi/4/indikator/3/")
    answer = client.post(reverse("notifications:open", args=[notification.pk]))
    assert answer.status_code == 302
    assert answer["Location"] == "/evaluasi/4/indikator/3/"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_a_link_that_leaves_the_site_goes_to_the_inbox_instead(client, pic):
    notification = tell(pic, link="//evil.example.com/")
    answer = client.post(reverse("notifications:open", args=[notification.pk]))
    assert answer["Location"] == reverse("notifications:inbox")


def test_another_persons_notification_is_not_found(client, pic, make_person):
    theirs = tell(make_person("other"))
    assert client.post(reverse("notifications:open", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_all_reads_every_unread_one_of_the_reader_only(client, pic, make_person):
    tell(pic)
    tell(pic)
    theirs = tell(make_person("other"))
    assert client.post(reverse("notifications:read_all")).status_code == 302
    assert not Notification.objects.filter(recipient=pic, read_at__isnull=True).exists()
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_the_preferences_page_saves_the_number_and_each_channels_mode(client, pic):
    answer = client.post(
        reverse("notifications:preferences"),
        {
            "number": "0812 3456 7890",
            "email_mode": Mode.DIGEST,
            "email_hour": "18",
            "whatsapp_mode": Mode.IMMEDIATE,
            "whatsapp_hour": "7",
        },
    )
    assert answer.status_code == 302
    assert WhatsAppNumber.objects.get(user=pic).number == "6281234567890"
    email = ChannelPreference.objects.get(user=pic, channel=Channel.EMAIL)
    assert (email.mode, email.digest_hour) == (Mode.DIGEST, 18)
    page = client.get(reverse("notifications:preferences"))
    assert 'value="6281234567890"' in page.content.decode()


def test_a_wrong_number_is_refused_with_422_and_nothing_is_saved(client, pic):
    answer = client.post(
        reverse("notifications:preferences"),
        {"number": "0218765432", "email_mode": Mode.OFF, "email_hour": "7"},
    )
    assert answer.status_code == 422
    assert answer.context["refusal"] == gettext(
        "WhatsApp needs a mobile number: after 0 or 62 it starts with 8, e.g. 0812-3456-7890."
    )
    assert 'value="0218765432"' in answer.content.decode()
    assert not ChannelPreference.objects.filter(user=pic).exists()
    assert not WhatsAppNumber.objects.filter(user=pic).exists()


def test_the_preferences_page_saves_the_language_of_messages_once_audited(client, pic):
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert '<option value="id" selected>' in page  # the site's language until one is chosen
    for _twice in range(2):
        answer = client.post(
            reverse("notifications:preferences"),
            {"language": "en", "email_mode": Mode.IMMEDIATE, "whatsapp_mode": Mode.IMMEDIATE},
        )
        assert answer.status_code == 302
    pic.refresh_from_db()
    assert pic.language == "en"
    assert AuditEvent.objects.filter(action="notifications.language").count() == 1
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert '<option value="en" selected>' in page


def test_an_unknown_language_is_refused_and_nothing_is_saved(client, pic):
    answer = client.post(
        reverse("notifications:preferences"), {"language": "fr", "number": "0812 3456 7890"}
    )
    assert answer.status_code == 422
    assert answer.context["refusal"] == gettext("Choose one of the languages offered.")
    pic.refresh_from_db()
    assert pic.language == "" and not WhatsAppNumber.objects.filter(user=pic).exists()


def test_an_unknown_mode_is_refused(client, pic):
    answer = client.post(reverse("notifications:preferences"), {"email_mode": "loud"})
    assert answer.status_code == 422


@pytest.mark.parametrize("name", ["inbox", "bell", "preferences"])
def test_anonymous_visitors_are_sent_to_sign_in(client, name):
    answer = client.get(reverse(f"notifications:{name}"))
    assert answer.status_code == 302
    assert reverse("login") in answer["Location"]


def test_the_header_draws_the_bell_as_an_svg_icon_with_an_accessible_name(client, pic):
    page = client.get(reverse("notifications:inbox")).content.decode()
    bell = page[page.index('id="bell"') : page.index("</a>", page.index('id="bell"'))]
    with translation.override("id"):
        name = gettext("Notifications")
    assert f'<svg class="icon" role="img" aria-label="{name}"' in bell
    assert "&#128276;" not in page and "\U0001f514" not in page
