"""Email and WhatsApp settings come from the environment with Django's names, and refuse bad values."""

import pytest

from tests.test_settings import start

SECRET = "x" * 40
MAILER = "settings.MAILERS['default']"


def test_email_host_selects_smtp_with_the_login_from_the_environment(tmp_path):
    result = start(
        tmp_path,
        show=MAILER,
        DEBUG="0",
        SECRET_KEY=SECRET,
        EMAIL_HOST="smtp.example.go.id",
        EMAIL_PORT="465",
        EMAIL_HOST_USER="spbe",
        EMAIL_HOST_PASSWORD="rahasia",
    )
    assert result.returncode == 0, result.stderr
    assert "smtp.EmailBackend" in result.stdout
    for part in ("'host': 'smtp.example.go.id'", "'port': 465", "'username': 'spbe'"):
        assert part in result.stdout
    assert "'use_ssl': True" in result.stdout
    assert "'use_tls': False" in result.stdout


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({"DEBUG": "1"}, "console.EmailBackend"),
        ({"DEBUG": "0", "SECRET_KEY": SECRET}, "NotConfiguredBackend"),
    ],
)
def test_without_email_host_debug_prints_and_production_refuses(tmp_path, env, backend):
    result = start(tmp_path, show=MAILER, EMAIL_HOST=None, **env)
    assert result.returncode == 0, result.stderr
    assert backend in result.stdout


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"EMAIL_PORT": "smtp"}, "EMAIL_PORT"),
        ({"EMAIL_USE_TLS": "1", "EMAIL_USE_SSL": "1"}, "EMAIL_USE_SSL"),
        ({"SPBE_WHATSAPP_BODY_FORMAT": "xml"}, "SPBE_WHATSAPP_BODY_FORMAT"),
        ({"SPBE_WHATSAPP_TIMEOUT": "0"}, "SPBE_WHATSAPP_TIMEOUT"),
    ],
)
def test_bad_mail_and_gateway_values_fail_loudly_at_start(tmp_path, env, fragment):
    result = start(tmp_path, DEBUG="1", **env)
    assert result.returncode != 0
    assert fragment in result.stderr


def test_the_base_url_loses_its_trailing_slash(tmp_path):
    result = start(
        tmp_path, show="settings.SPBE_BASE_URL", DEBUG="1", SPBE_BASE_URL="https://spbe.go.id/"
    )
    assert result.stdout.strip() == "https://spbe.go.id"
