"""HTTPS settings read from the environment: HSTS, the redirect to HTTPS, secure cookies and the
header by which a trusted reverse proxy says a request came over HTTPS.

They are read by a function, not at module level, so that a test can compute them from a given
environment and run Django's deploy check with them in the same process (settings.py applies
the result once at start).
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from spbe.env import env_bool, env_int, env_str


def proxy_ssl_header(raw: str | None) -> tuple[str, str] | None:
    """Django's SECURE_PROXY_SSL_HEADER for a header name such as ``X-Forwarded-Proto``, whose
    value ``https`` marks a request the proxy received over HTTPS; None for an unset or empty
    name. Only a proxy that always sets or strips that header may be trusted with it."""
    name = (raw or "").strip()
    if not name:
        return None
    if not all(part.isalnum() for part in name.split("-")):
        raise ImproperlyConfigured(
            f"SPBE_PROXY_SSL_HEADER={raw!r} is not a header name; e.g. X-Forwarded-Proto"
        )
    return ("HTTP_" + name.upper().replace("-", "_"), "https")


def transport_security(*, debug: bool) -> dict[str, object]:
    """The HTTPS settings, by their Django names, from the ``SPBE_*`` variables of the README.

    HSTS and the redirect are off unless asked for: HSTS binds browsers for its whole duration,
    and a redirect behind a proxy that does not say "https" would loop. Secure cookies are on
    unless DEBUG, as before.
    """
    hsts_seconds = env_int("SPBE_HSTS_SECONDS", 0, minimum=0)
    secure_cookies = env_bool("SECURE_COOKIES", not debug)
    return {
        "SECURE_HSTS_SECONDS": hsts_seconds,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": env_bool(
            "SPBE_HSTS_INCLUDE_SUBDOMAINS", hsts_seconds > 0
        ),
        "SECURE_HSTS_PRELOAD": env_bool("SPBE_HSTS_PRELOAD", False),
        "SECURE_SSL_REDIRECT": env_bool("SPBE_SSL_REDIRECT", False),
        "SECURE_PROXY_SSL_HEADER": proxy_ssl_header(env_str("SPBE_PROXY_SSL_HEADER")),
        "SESSION_COOKIE_SECURE": secure_cookies,
        "CSRF_COOKIE_SECURE": secure_cookies,
    }
