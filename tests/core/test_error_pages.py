"""A refused request (403, 404, a stale form) lands on a page in the product's layout and language,
with the header of the user's role, with DEBUG off as in production and on as in the demo."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.cast import PASSWORD

pytestmark = pytest.mark.dates

NOT_FOUND = "This page does not exist, or it is not yours to see."
NOT_ALLOWED = "Your role does not allow this. Nothing was changed."
STALE_FORM = (
    "This form is out of date, for example because you signed in again in another tab. "
    "Open the page again and send the form once more."
)


def signed_in(client, user, language=None):
    client.login(username=user.username, password=PASSWORD)
    if language:
        client.cookies["django_language"] = language
    return client


def in_language(language, msgid):
    with translation.override(language):
        return gettext(msgid)


def assert_product_page(response, status, language, *texts):
    body = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}">' in body
    assert 'data-nav="evaluations"' in body.split("</header>")[0]  # the role's own header
    assert f'href="{reverse("home")}" data-refusal-home' in body
    for text in texts:
        assert in_language(language, text) in body


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
def test_a_page_an_external_assessor_may_not_see_is_a_404_in_the_products_layout(
    client, cast, settings, debug
):
    settings.DEBUG = debug
    response = signed_in(client, cast.external_assessor).get(reverse("evidence:library"))
    assert_product_page(response, 404, "id", NOT_FOUND)
    assert "Raised by:" not in response.content.decode()  # not Django's technical page


def test_an_address_that_does_not_exist_is_the_same_404_page_in_english_when_chosen(client, cast):
    response = signed_in(client, cast.pic, language="en").get("/tidak-ada/")
    assert_product_page(response, 404, "en", NOT_FOUND)


def test_with_debug_on_an_address_matching_no_url_keeps_djangos_list_of_patterns(
    client, cast, settings
):
    settings.DEBUG = True
    response = signed_in(client, cast.pic).get("/tidak-ada/")
    assert response.status_code == 404
    assert "URLconf" in response.content.decode()


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
def test_a_refused_page_is_a_403_that_says_why_in_the_products_layout(
    client, cast, settings, debug
):
    settings.DEBUG = debug
    response = signed_in(client, cast.pic).get(reverse("archive:export", args=[cast.agency.slug]))
    assert_product_page(response, 403, "id", NOT_ALLOWED)
    assert 'id="refusal"' in response.content.decode()


def test_a_form_sent_without_a_valid_token_says_to_open_the_page_again(cast):
    client = signed_in(Client(enforce_csrf_checks=True), cast.coordinator)
    before = cast.evaluation.state
    response = client.post(reverse("evaluations:next", args=[cast.evaluation.pk]))
    assert_product_page(response, 403, "id", STALE_FORM)
    assert in_language("id", NOT_ALLOWED) not in response.content.decode()
    cast.evaluation.refresh_from_db()
    assert cast.evaluation.state == before
