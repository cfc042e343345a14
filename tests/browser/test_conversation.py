"""In the browser, the conversation of issue 11 § 6: the Koordinator returns a claim with a note;
the PIC of the lead unit sees the bell's count go up, opens the notification, lands on the
indicator, finds the note at the start of its thread and answers with an @mention; the
Koordinator sees the bell go up in turn, opens it and reads the answer."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Locator, Page, expect

from spbe.discussions.models import Comment
from spbe.discussions.wording import mention_title, thread_place
from spbe.evaluations.events import CLAIM_RETURNED
from spbe.notifications.models import Delivery, Notification
from tests.browser.visit import follow, signed_in
from tests.cast import make_cast
from tests.evaluations.helpers import submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

NOTE = "SK tim SPBE belum ditandatangani; lampirkan yang sudah ditetapkan."
ANSWER = "@koordinator SK yang mana? Yang ada SK Wali Kota Nomor 7 Tahun 2026."


def bell_count(page: Page) -> int:
    """The unread count the header's bell shows (nothing shown: none unread)."""
    count = page.locator("header #bell-count")
    expect(count).to_be_attached()  # htmx loads it with the page
    text = count.inner_text().strip()
    return int(text) if text else 0


def home(page: Page, base: str) -> None:
    page.goto(f"{base}/")


def open_notification(page: Page, title: str) -> None:
    """From the bell: the inbox, then the notification called ``title`` (it goes to its link)."""
    follow(page, page.locator("header #bell"))
    expect(page.locator("h1")).to_have_text(gettext("Notifications"))
    entry = page.locator("#notifications li.unread").filter(has_text=title)
    expect(entry).to_have_count(1)
    follow(page, entry.get_by_role("button"))


def thread(page: Page) -> Locator:
    """The indicator's own thread on its page."""
    return page.locator("section.discussion #komentar")


def in_site_language(text: str, **values: Any) -> str:
    """A notification's title as the reader sees it (stored in the site's language)."""
    with translation.override(django_settings.LANGUAGE_CODE):
        return gettext(text) % values


def test_a_returned_claim_becomes_a_conversation_between_the_koordinator_and_the_pic(
    live_server, new_page, transactional_db, settings
):
    # The server's clock is on the cast's day, weeks before the browser's: a session cookie
    # without an expiry date keeps the browser from discarding it as already expired.
    settings.SESSION_EXPIRE_AT_BROWSER_CLOSE = True
    base = live_server.url
    # Email is configured, so each notification also queues an email delivery (never sent here).
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    cast = make_cast()
    for person in (cast.pic, cast.coordinator):
        person.email = f"{person.username}@kota-uji.example"
        person.save(update_fields=["email"])
    submit(cast, 1)  # the PIC's claim on indicator 1 (Kominfo leads it), waiting for review
    indicator_path = f"/evaluasi/{cast.evaluation.pk}/indikator/1/"

    pic = signed_in(new_page, live_server, cast.pic)
    pic_before = bell_count(pic)

    # 1. The Koordinator returns the claim with a note, through the indicator page's form.
    coordinator = signed_in(new_page, live_server, cast.coordinator)
    coordinator_before = bell_count(coordinator)
    coordinator.goto(base + indicator_path)
    coordinator.fill("#return-form textarea[name=return_note]", NOTE)
    follow(coordinator, coordinator.locator("#return-form button[type=submit]"))
    expect(coordinator.locator("#assessment-state.dikembalikan")).to_have_count(1)

    # 2. The PIC sees the bell go up, opens the notification and lands on the indicator.
    home(pic, base)
    assert bell_count(pic) == pic_before + 1
    returned = in_site_language(
        "%(evaluation)s: indicator %(number)s returned for revision",
        evaluation="Indeks SPBE 2026",
        number=1,
    )
    open_notification(pic, returned)
    assert pic.url == base + indicator_path
    assert bell_count(pic) == pic_before

    # The reviewer's note starts the thread, and the PIC answers in it, naming the Koordinator.
    first = thread(pic).locator("article.comment").first
    expect(first).to_have_class("comment return-note")
    expect(first.locator(".comment-body")).to_have_text(NOTE)
    expect(first.locator("header")).to_contain_text(cast.coordinator.username)
    thread(pic).locator(".comment-form textarea[name=body]").fill(ANSWER)
    thread(pic).locator(".comment-form button[type=submit]").click()  # htmx swaps the thread
    answer = thread(pic).locator("article.comment").nth(1)
    expect(answer.locator(".comment-body")).to_have_text(ANSWER)
    expect(answer.locator("header")).to_contain_text(cast.pic.username)

    comment = Comment.objects.get()
    assert (comment.author, comment.body, comment.item) == (cast.pic, ANSWER, None)
    assert comment.assessment.indicator.number == 1
    told = Notification.objects.filter(recipient=cast.pic, kind=CLAIM_RETURNED).get()
    assert NOTE in told.body
    assert told.read_at is not None  # opened from the inbox
    mention = Notification.objects.get(recipient=cast.coordinator, kind="comment-mention")
    assert mention.link == indicator_path + "#komentar"
    # Each queued as an email, not sent in the request (the sender's pass does that).
    queued = Delivery.objects.filter(notification__in=[told, mention])
    assert sorted(queued.values_list("channel", "status")) == [
        ("email", "queued"),
        ("email", "queued"),
    ]

    # 3. The Koordinator sees the bell go up, opens the mention and reads the answer.
    home(coordinator, base)
    assert bell_count(coordinator) == coordinator_before + 1
    with translation.override(django_settings.LANGUAGE_CODE):
        mentioned = mention_title(cast.pic.username, thread_place(1, None))
    open_notification(coordinator, mentioned)
    assert coordinator.url == base + indicator_path + "#komentar"
    entries = thread(coordinator).locator("article.comment")
    expect(entries).to_have_count(2)
    expect(entries.nth(0).locator(".comment-body")).to_have_text(NOTE)
    expect(entries.nth(1).locator(".comment-body")).to_have_text(ANSWER)
    assert bell_count(coordinator) == coordinator_before
