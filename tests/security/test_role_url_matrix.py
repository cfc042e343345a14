"""Every role of two agencies against every URL of the product, generated from the URL
configuration (``tests/security/url_matrix.py``), with the objects of both agencies.

Who may see what comes from the access policy alone: each URL's filler names the rule and the
object that decide it, and each marker in the agencies' data (``two_agencies.py``) names its
own. No user receives a marker the policy refuses them, no refusal is a 200, no refused write
changes a row, and nothing answers 500.

Sampling, so that the matrix stays fast: every user requests every pattern once per agency
(GET); the API with the user's own read-and-write token, the rest with the user's session.
POST, with a valid CSRF token and a garbage body, goes to every pattern whose object the
policy refuses the user (and, for the anonymous visitor, to every pattern): the database must
be the same afterwards. The sign-in, password and language pages (``accounts/``, ``i18n/``) are
left out of the POSTs: their writes are the sign-in limits, tested in ``tests/accounts/`` and
``tests/test_login.py``. Allowed users' garbage POSTs are sent too, each inside a savepoint
rolled back afterwards, and must not answer 500.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.db import connection, transaction
from django.http import HttpResponseBase
from django.test import Client

from spbe.organizations.actors import Actor
from tests.api.helpers import token_for
from tests.cast_snapshot import _tables
from tests.security.two_agencies import Scene, build_scene
from tests.security.url_matrix import Filler, Pattern, filler_for, url_of, url_patterns

pytestmark = pytest.mark.dates

CSRF_SECRET = "matriks" * 4 + "abcd"  # 32 characters, the length of Django's CSRF secret
GARBAGE = {"csrfmiddlewaretoken": CSRF_SECRET, "level": "９", "note": "x\x00", "file": "../x"}
REFUSALS = {401, 403, 404, 405}
# A write may also be refused for its garbage body before access is decided (the API's schema
# answers 400 or 422): the database's fingerprint shows that nothing was written.
REFUSED_INPUT = {400, 422}
SIGN_IN_PAGES = ("/accounts/", "/admin/login/")
NO_POSTS = ("/accounts/", "/i18n/", "/admin/login/", "/admin/logout/")
# The admin's pages answer by ``is_staff`` alone: the admin, one signed-in member and the
# anonymous visitor walk them, with agency B's rows.
ADMIN_SAMPLE = {"admin", "coordinator", "anonymous"}
# Rows that a request writes for its own bookkeeping, whoever sends it.
BOOKKEEPING_TABLES = {"django_session", "api_apitoken"}


def test_every_url_pattern_has_a_parameter_filler():
    missing = [
        f"{p.name} ({p.route}): add to FILLERS in tests/security/url_matrix.py which object "
        f"of an agency fills {', '.join(p.parameters)}, and the policy rule that guards it"
        for p in url_patterns()
        if filler_for(p) is None
    ]
    assert missing == []


@pytest.fixture
def scene(db, settings, tmp_path) -> Scene:
    settings.MEDIA_ROOT = tmp_path / "files"
    settings.SPBE_API_RATE_LIMIT = 0
    return build_scene()


def _patterns() -> list[tuple[Pattern, Filler]]:
    return [(p, f) for p in url_patterns() if (f := filler_for(p)) is not None]


def _clients(scene: Scene) -> dict[str, tuple[Client, dict[str, str]]]:
    """One client per user, signed in, holding a CSRF cookie; and its API token header."""
    clients = {}
    for name, user in scene.users.items():
        client = Client(enforce_csrf_checks=True, raise_request_exception=False)
        client.cookies["csrftoken"] = CSRF_SECRET
        headers: dict[str, str] = {}
        if user is not None:
            client.force_login(user)
            headers = {"Authorization": f"Bearer {token_for(user, scope='write')}"}
        clients[name] = (client, headers)
    return clients


def _requests(scene: Scene, patterns: list[tuple[Pattern, Filler]]) -> list[tuple[Any, ...]]:
    """(pattern, url, the guard's rule and object or None) for both agencies' objects."""
    found = []
    for pattern, filler in patterns:
        both = pattern.parameters and not pattern.name.startswith("admin:")
        for objects in (scene.a, scene.b) if both else (scene.b,):
            guard = filler.guard(objects) if filler.guard else None
            found.append((pattern, url_of(pattern, filler, objects), guard))
    return found


def _body(response: HttpResponseBase) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)  # type: ignore[attr-defined]
    return response.content


def _refused(actor: Actor, guard: tuple[Any, Any] | None) -> bool:
    if guard is None:
        return not actor.is_authenticated
    rule, obj = guard
    return not rule(actor, obj).allowed


def _is_refusal(response: HttpResponseBase, anonymous: bool, *, write: bool = False) -> bool:
    if response.status_code in REFUSALS or (write and response.status_code in REFUSED_INPUT):
        return True
    location = response.get("Location", "") if response.status_code == 302 else ""
    return location.startswith(SIGN_IN_PAGES) and (anonymous or "/admin/" in location)


def _admin(pattern: Pattern) -> bool:
    return pattern.name.startswith("admin:")


def _api(url: str) -> bool:
    return url.startswith("/api/")


# Who may read what is decided by the policy and the selectors' filters, the same queries on
# either database; the writes below, whose rollback and constraints are the database's own, run
# on PostgreSQL too (scripts/test). The read half is some 5,000 requests: once is enough.
@pytest.mark.one_database
def test_no_user_reads_what_the_policy_refuses_and_no_page_answers_500(scene):
    requests = _requests(scene, _patterns())
    markers = scene.markers()
    problems = []
    for name, (client, headers) in _clients(scene).items():
        actor = scene.actor(name)
        hidden = [m.encode() for m, (rule, obj) in markers.items() if not rule(actor, obj).allowed]
        for pattern, url, guard in requests:
            if _admin(pattern) and name not in ADMIN_SAMPLE:
                continue
            response = client.get(url, headers=headers if _api(url) else {})
            status = response.status_code
            body = _body(response)
            if status >= 500:
                problems.append(f"{name} GET {url} ({pattern.name}): {status}")
            refused = guard is not None and _refused(actor, guard)
            if refused and not _is_refusal(response, name == "anonymous"):
                problems.append(f"{name} GET {url} ({pattern.name}): {status}, not a refusal")
            # The installation admin reads every row in the admin, personal notifications too
            # (docs/security.md, "What the installation admin may write").
            if _admin(pattern) and actor.is_admin:
                continue
            leaked = [m.decode() for m in hidden if m in body]
            if leaked:
                problems.append(f"{name} GET {url} ({pattern.name}) shows {leaked}")
        if scene.users[name] is not None and client.get("/notifikasi/").status_code != 200:
            problems.append(f"{name} was signed out by the walk: the rest of it proves nothing")
    assert len(requests) > 250
    assert not problems, "\n".join(problems)


def test_no_refused_write_takes_effect_and_no_garbage_answers_500(scene):
    requests = [r for r in _requests(scene, _patterns()) if not r[1].startswith(NO_POSTS)]
    problems = []
    refused_posts = 0
    for name, (client, headers) in _clients(scene).items():
        actor = scene.actor(name)
        before = _fingerprint()
        for pattern, url, guard in requests:
            # The admin's own writes in the admin are tested in tests/test_admin.py.
            if _admin(pattern) and (name not in ADMIN_SAMPLE or name == "admin"):
                continue
            refused = _refused(actor, guard) if guard is not None else name == "anonymous"
            extra = {"headers": {**headers, "X-CSRFToken": CSRF_SECRET} if _api(url) else {}}
            if refused:
                refused_posts += 1
                response = client.post(url, GARBAGE, **extra)
                if not _is_refusal(response, name == "anonymous", write=True):
                    problems.append(
                        f"{name} POST {url} ({pattern.name}): {response.status_code}, not a refusal"
                    )
            else:
                with transaction.atomic():
                    response = client.post(url, GARBAGE, **extra)
                    transaction.set_rollback(True)
            if response.status_code >= 500:
                problems.append(f"{name} POST {url} ({pattern.name}): {response.status_code}")
        changed = _changed_tables(before, _fingerprint())
        if changed:
            problems.append(f"{name}'s refused POSTs changed {changed}")
    assert refused_posts > 500
    assert not problems, "\n".join(problems)


def _fingerprint() -> dict[str, str]:
    """A hash of every row of every project table, by table."""
    hashes = {}
    with connection.cursor() as cursor:
        for table, columns, key in _tables():
            if table in BOOKKEEPING_TABLES:
                continue
            listed = ", ".join(connection.ops.quote_name(c) for c in columns)
            cursor.execute(
                f"SELECT {listed} FROM {connection.ops.quote_name(table)} "
                f"ORDER BY {connection.ops.quote_name(key)}"
            )
            hashes[table] = hashlib.sha256(repr(cursor.fetchall()).encode()).hexdigest()
    return hashes


def _changed_tables(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(table for table in before if before[table] != after.get(table))
