"""Django's deploy check (``spbe check --deploy``) finds nothing to warn about with the README's
production settings, and warns without them (spbe.transport_security).

The check runs in this process: the HTTPS settings are computed from the README's variables by
the function settings.py calls, and applied with override_settings.
"""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from spbe.env import env_list
from spbe.transport_security import proxy_ssl_header, transport_security

README = Path(__file__).parents[1] / "README.md"
# The README's key is made by a shell command; a key of the same kind stands in for it.
SECRET_KEY = "k3Y-" + "abcdefghijklmnopqrstuvwxyz0123456789" * 2

# Every variable the HTTPS settings read, cleared before each case so the test's own
# environment cannot decide the outcome.
HTTPS_VARIABLES = (
    "SPBE_HSTS_SECONDS",
    "SPBE_HSTS_INCLUDE_SUBDOMAINS",
    "SPBE_HSTS_PRELOAD",
    "SPBE_SSL_REDIRECT",
    "SPBE_PROXY_SSL_HEADER",
    "SECURE_COOKIES",
)


def readme_production_variables() -> dict[str, str]:
    """The ``export NAME=value`` lines of the README's "Running in production" section."""
    section = README.read_text(encoding="utf-8").split("## Running in production", 1)[1]
    section = section.split("\n## ", 1)[0]
    return dict(re.findall(r"^export ([A-Z_]+)=(\S+)$", section, flags=re.MULTILINE))


def deploy_check(monkeypatch: pytest.MonkeyPatch, variables: dict[str, str]) -> str:
    """Run ``check --deploy`` failing on warnings, with the settings these variables give. The
    model checks ask the database what it supports: the test needs the ``db`` fixture."""
    for name in HTTPS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    settings = transport_security(debug=False)
    hosts = env_list("ALLOWED_HOSTS", ["127.0.0.1"])
    # pytest-django swaps the mailer for its in-memory one; production has SMTP, or, without
    # EMAIL_HOST, the backend that refuses to send (settings.py).
    mailers = {"default": {"BACKEND": "spbe.notifications.mail_backend.NotConfiguredBackend"}}
    output = StringIO()
    with override_settings(
        DEBUG=False, SECRET_KEY=SECRET_KEY, ALLOWED_HOSTS=hosts, MAILERS=mailers, **settings
    ):
        call_command("check", deploy=True, fail_level="WARNING", stdout=output, stderr=output)
    return output.getvalue()


def test_the_readme_sets_hsts_the_redirect_and_the_proxys_header():
    variables = readme_production_variables()
    assert int(variables["SPBE_HSTS_SECONDS"]) >= 31_536_000
    assert variables["SPBE_SSL_REDIRECT"] == "1"
    assert variables["SPBE_PROXY_SSL_HEADER"] == "X-Forwarded-Proto"
    assert "ALLOWED_HOSTS" in variables


def test_the_deploy_check_is_clean_with_the_readmes_production_settings(db, monkeypatch):
    output = deploy_check(monkeypatch, readme_production_variables())
    assert "System check identified no issues" in output


def test_without_hsts_and_the_redirect_the_deploy_check_warns(db, monkeypatch):
    with pytest.raises(SystemCheckError) as raised:
        deploy_check(monkeypatch, {"ALLOWED_HOSTS": "spbe.example.go.id"})
    assert "security.W004" in str(raised.value)
    assert "security.W008" in str(raised.value)


def test_cookies_sent_over_plain_http_make_the_deploy_check_warn(db, monkeypatch):
    variables = readme_production_variables() | {"SECURE_COOKIES": "0"}
    with pytest.raises(SystemCheckError, match=r"security\.W012"):
        deploy_check(monkeypatch, variables)


def test_hsts_covers_subdomains_once_it_is_on_and_preload_only_when_asked(monkeypatch):
    monkeypatch.setenv("SPBE_HSTS_SECONDS", "600")
    settings = transport_security(debug=False)
    assert settings["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert settings["SECURE_HSTS_PRELOAD"] is False
    monkeypatch.setenv("SPBE_HSTS_SECONDS", "0")
    assert transport_security(debug=False)["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False


def test_the_proxys_header_name_becomes_djangos_meta_key():
    assert proxy_ssl_header("X-Forwarded-Proto") == ("HTTP_X_FORWARDED_PROTO", "https")
    assert proxy_ssl_header("") is None
    assert proxy_ssl_header(None) is None


@pytest.mark.parametrize("raw", ["X Forwarded", "X-Forwarded-Proto: https", "X_Proto", "-"])
def test_a_header_name_that_is_not_one_is_refused(raw):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="SPBE_PROXY_SSL_HEADER"):
        proxy_ssl_header(raw)


def test_a_negative_hsts_duration_is_refused(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("SPBE_HSTS_SECONDS", "-1")
    with pytest.raises(ImproperlyConfigured, match="SPBE_HSTS_SECONDS"):
        transport_security(debug=False)
