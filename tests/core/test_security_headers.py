"""Every kind of answer carries the security headers: pages, htmx fragments, redirects, the API,
refusals, error pages, the admin and static files (settings.SECURE_CSP, core.security_headers).
The templates hold no inline script and no on*= handler, which the policy would block."""

from __future__ import annotations

import base64
import re
from hashlib import sha256
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

import spbe
from tests.cast import PASSWORD

pytestmark = pytest.mark.dates

HEADERS = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)
HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style[\s>]", re.IGNORECASE)


def missing_headers(response) -> list[str]:
    return [
        f"{name}: {response.headers.get(name)!r}"
        for name, fragment in HEADERS.items()
        if fragment not in (response.headers.get(name) or "")
    ]


def test_the_policy_allows_scripts_and_style_sheets_from_this_site_only():
    policy = settings.SECURE_CSP
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src-elem"][0] == "'self'"
    assert all(source.startswith("'sha256-") for source in policy["style-src-elem"][1:])
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]


def test_every_kind_of_answer_sends_the_security_headers(cast):
    anonymous = Client()
    signed_in = Client()
    assert signed_in.login(username=cast.coordinator.username, password=PASSWORD)
    admin = Client()
    admin.force_login(cast.admin)
    outsider = Client()
    outsider.force_login(cast.outsider)
    strict_csrf = Client(enforce_csrf_checks=True)
    answers = {
        "sign-in page": anonymous.get(reverse("login")),
        "redirect to sign-in": anonymous.get(reverse("home")),
        "home page": signed_in.get(reverse("home")),
        "htmx fragment": signed_in.get(reverse("notifications:bell"), headers={"HX-Request": "1"}),
        "page not found": signed_in.get("/tidak-ada/"),
        "refusal": outsider.get(reverse("planning:plan", args=[cast.evaluation.pk])),
        "CSRF failure": strict_csrf.post(reverse("login"), {"username": "x", "password": "y"}),
        "API without a token": anonymous.get("/api/v1/evaluations"),
        "admin page": admin.get("/admin/"),
        "admin sign-in": anonymous.get("/admin/login/"),
    }
    problems = {kind: missing_headers(answer) for kind, answer in answers.items()}
    assert {kind: found for kind, found in problems.items() if found} == {}
    assert answers["home page"].status_code == 200
    assert answers["CSRF failure"].status_code == 403
    assert answers["redirect to sign-in"].status_code == 302
    assert answers["refusal"].status_code == 404
    inline = {
        kind: INLINE_SCRIPT.findall(answer.content.decode())
        + HANDLER.findall(answer.content.decode())
        for kind, answer in answers.items()
        if "html" in answer.headers.get("Content-Type", "")
    }
    assert {kind: found for kind, found in inline.items() if found} == {}


@override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True)
def test_static_files_served_by_whitenoise_send_them_too():
    # A new client builds the middleware chain under these settings, so WhiteNoise finds the
    # files without collectstatic and answers before Django's URL resolver.
    response = Client().get(settings.STATIC_URL + "spbe/behaviours.js")
    assert response.status_code == 200
    assert missing_headers(response) == []


def test_the_style_element_of_an_inline_chart_is_allowed_by_its_hash():
    from spbe.charts.chart import Chart

    svg = Chart(title="t", width=2, height=1, draw=lambda figure: figure.add_subplot()).svg()
    styles = re.findall(r"<style[^>]*>(.*?)</style>", svg, flags=re.DOTALL)
    hashes = {
        "'sha256-" + base64.b64encode(sha256(style.encode()).digest()).decode() + "'"
        for style in styles
    }
    assert hashes
    assert hashes <= set(settings.SECURE_CSP["style-src-elem"])


def templates() -> list[Path]:
    root = Path(spbe.__file__).parent
    # The PDF and email templates are never served to a browser: WeasyPrint and mail readers
    # take inline styles, and no policy applies to them.
    not_served = ("reports/pdf/", "reports/pack/", "notifications/email")
    return [
        path
        for path in sorted(root.rglob("templates/**/*.html"))
        if not any(part in path.as_posix() for part in not_served)
    ]


def test_no_served_template_holds_an_inline_script_a_handler_or_a_style_element():
    found = {
        str(path): pattern.pattern
        for path in templates()
        for pattern in (INLINE_SCRIPT, HANDLER, STYLE_ELEMENT)
        if pattern.search(path.read_text(encoding="utf-8"))
    }
    assert len(templates()) > 50
    assert found == {}
