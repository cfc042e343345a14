"""Build the test provider's database, then serve it on a free port of 127.0.0.1.

Run as ``python -m tests.oidc_provider.serve REDIRECT_URI`` with ``OIDC_PROVIDER_DB`` set; it
prints ``PORT <n>`` once it listens. The client and users are the ones tests/accounts/test_oidc.py
expects (``USERS``, ``CLIENT_ID``, ``CLIENT_SECRET``).
"""

import os
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

CLIENT_ID = "spbe-tests"
CLIENT_SECRET = "spbe-tests-secret-0123456789"
PASSWORD = "provider-pass"
# Username at the provider -> email claim.
USERS = {
    "sari": "sari@siantar.go.id",
    "other-audience": "other@siantar.go.id",
    "expired": "expired@siantar.go.id",
    "stranger": "stranger@elsewhere.go.id",
}


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def build(redirect_uri: str) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from oidc_provider.models import Client, ResponseType

    call_command("migrate", run_syncdb=True, verbosity=0)
    call_command("creatersakey")
    client = Client.objects.create(
        name="SPBE",
        client_type="confidential",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        jwt_alg="RS256",
        require_consent=False,
        reuse_consent=True,
    )
    client.redirect_uris = [redirect_uri]
    client.save()
    code, _created = ResponseType.objects.get_or_create(value="code")
    client.response_types.add(code)
    for username, email in USERS.items():
        get_user_model().objects.create_user(username=username, email=email, password=PASSWORD)


def follow_the_tests_clock() -> None:
    """Tick from the moment the tests' clock showed (``OIDC_PROVIDER_CLOCK``, ISO 8601).

    The tests may run with a moved clock (``--clock``, tests/clock.py) and a subprocess keeps
    the real one; the provider's tokens must be issued on the tests' time to be checked on it.
    """
    moment = os.environ.get("OIDC_PROVIDER_CLOCK")
    if moment:
        import datetime

        import time_machine

        time_machine.travel(datetime.datetime.fromisoformat(moment), tick=True).start()


def main() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.oidc_provider.settings"
    follow_the_tests_clock()
    import django

    django.setup()
    build(sys.argv[1])
    from django.core.wsgi import get_wsgi_application

    server = make_server(
        "127.0.0.1", 0, get_wsgi_application(), ThreadingServer, handler_class=QuietHandler
    )
    print(f"PORT {server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
