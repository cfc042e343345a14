"""The UI speaks Bahasa Indonesia unless the user picked another language in the switcher
(``core.middleware``): the browser's Accept-Language does not decide."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from spbe.core.middleware import DefaultLanguageMiddleware


def answered(**request_options) -> tuple[str, HttpResponse, str]:
    """The language the view ran in, the response, and the language active afterwards."""
    seen: list[str] = []

    def view(request):
        seen.append(translation.get_language())
        return HttpResponse(translation.gettext("Indonesian"))

    request = RequestFactory().get("/", **request_options)
    response = DefaultLanguageMiddleware(view)(request)
    assert seen[0] == request.LANGUAGE_CODE
    return seen[0], response, translation.get_language()


def test_without_a_choice_the_ui_is_indonesian_even_for_an_english_browser():
    language, response, _after = answered(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert language == "id"
    assert response["Content-Language"] == "id"
    assert response.content.decode() == "Bahasa Indonesia"


def test_the_switchers_cookie_chooses_english():
    request_factory_cookie = {"HTTP_COOKIE": f"{settings.LANGUAGE_COOKIE_NAME}=en"}
    language, response, _after = answered(**request_factory_cookie)
    assert (language, response["Content-Language"]) == ("en", "en")
    assert response.content.decode() == "Indonesian"


@pytest.mark.parametrize("cookie", ["fr", "", "en-GB", "'; drop"])
def test_a_language_the_product_does_not_speak_falls_back_to_indonesian(cookie):
    language, _response, _after = answered(HTTP_COOKIE=f"{settings.LANGUAGE_COOKIE_NAME}={cookie}")
    assert language == "id"


def test_the_language_does_not_leak_into_the_next_request_on_the_same_thread():
    translation.activate("id")
    answered(HTTP_COOKIE=f"{settings.LANGUAGE_COOKIE_NAME}=en")
    language, _response, _after = answered()
    assert language == "id"


def test_a_content_language_the_view_set_itself_is_kept():
    def view(request):
        response = HttpResponse("x")
        response["Content-Language"] = "en"
        return response

    response = DefaultLanguageMiddleware(view)(RequestFactory().get("/"))
    assert response["Content-Language"] == "en"
