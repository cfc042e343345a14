"""Schemathesis against the API's own OpenAPI document, served by a live server on 127.0.0.1,
with the cast's real tokens: every operation of the document (a new endpoint is picked up by
itself), no server error and no answer that the document does not describe (status code,
content type, headers, body).

Each operation runs as the cast's Koordinator and as a PIC (the coverage phase, which checks how
input is refused, as the Koordinator only: ``COVERAGE_AS``), reads with a read token and writes
with a read and write token, against the cast's own evaluation: the path parameters of
``tests/api/test_access_matrix.py`` (``PARAMETERS``) take the cast's values in the generated
valid requests, so that writes reach the cast's data rather than a 404.

Every built-in check of schemathesis runs, among them: no 5xx, every status code documented,
the body matching its schema, the content type and headers documented, invalid input refused
with a 4xx, the call without a token or with a wrong one refused with 401, an undocumented
method refused with 405. Writes go with the write token to the cast's data; ``DELETE /me/token``
ends the token it comes with, so each of its calls gets a fresh one (``TOKEN_ENDING``). The
operations run in the document's order on one cast.

Bounded and deterministic: ``SPBE_API_FUZZ_EXAMPLES`` examples per operation in the fuzzing
phase (default 8), a fixed seed (``SPBE_API_FUZZ_SEED``), derandomized, no example database.
Run it alone with ``uv run pytest -n 0 tests/api/test_schema_fuzz.py``, with ``DATABASE_URL``
of a PostgreSQL database for the coverage phase (``COVERAGE_ON``).
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from django.db import connection
from hypothesis import HealthCheck, settings
from schemathesis import Config, GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Err
from schemathesis.pytest.lazy import get_all_tests

from spbe.catalog.services import catalog_load
from tests.api.helpers import token_for
from tests.api.test_access_matrix import PARAMETERS
from tests.cast import Cast, make_cast

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.dates]

EXAMPLES = int(os.environ.get("SPBE_API_FUZZ_EXAMPLES", "8"))
SEED = int(os.environ.get("SPBE_API_FUZZ_SEED", "20261102"))
READS = ("GET", "HEAD", "OPTIONS")
# What schemathesis accepts for a valid request by default (a 5xx is still a failure: its own
# check, not_a_server_error).
ACCEPTED_BY_DEFAULT = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
# Operations that end the token they are called with: each call gets a fresh one.
TOKEN_ENDING = {("DELETE", "/api/v1/me/token")}
# The coverage phase (each parameter's boundaries, missing and wrongly typed fields, methods the
# path does not take) checks how input is refused, which is the same whoever calls: it runs as
# the koordinator only. The examples and the fuzzing, whose answers depend on the caller's
# roles, run as both callers. Every operation is exercised by both. The coverage phase runs on
# PostgreSQL only (the second run of scripts/test): that is where bad input once answered 500
# (NUL bytes, over-long text) while SQLite stored it silently, and it is most of this test's
# time.
COVERAGE_AS = "coordinator"
COVERAGE_ON = "postgresql"


@dataclass
class Caller:
    """One member of the cast, with a read token and a read and write token."""

    cast: Cast
    role: str
    user: Any
    read: str
    write: str

    def token(self, method: str, path: str) -> str:
        if (method, path) in TOKEN_ENDING:
            return token_for(self.user, scope="write", name="habis-pakai")
        return self.read if method in READS else self.write


@pytest.fixture(params=["coordinator", "pic"])
def caller(
    request: pytest.FixtureRequest, live_server: Any, transactional_db: None, settings: Any
) -> Caller:
    # Hundreds of calls a minute with one token: not a client's pace (rate limiting has its own
    # tests). Background jobs (reports) are queued, not run: rendering one takes seconds, and the
    # answers, not the rendering, are what is checked here.
    settings.SPBE_API_RATE_LIMIT = 0
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    catalog_load()  # transactional tests empty every table afterwards, the catalogue too
    cast = make_cast()
    user = getattr(cast, request.param)
    return Caller(
        cast=cast,
        role=request.param,
        user=user,
        read=token_for(user, scope="read", name="fuzz-baca"),
        write=token_for(user, scope="write", name="fuzz-tulis"),
    )


def aimed_at_the_cast(path_parameters: dict[str, Any]) -> bool:
    """Three valid requests in four name the cast's own records; the fourth keeps the generated
    values (a record that does not exist: the 404 must be documented too). Decided by the values
    themselves, so the run stays deterministic."""
    return zlib.crc32(repr(sorted(path_parameters.items())).encode()) % 4 != 0


def fuzz_config(base_url: str, *, coverage: bool = True) -> Config:
    return Config.from_dict(
        {
            "seed": SEED,
            "base-url": base_url,
            # Generous: a slow answer on a busy machine is not a failure of the document; a
            # hung server still fails the test (schemathesis' own default is 10 s).
            "request-timeout": 120,
            "generation": {"max-examples": EXAMPLES, "deterministic": True, "database": "none"},
            "phases": {"stateful": {"enabled": False}, "coverage": {"enabled": coverage}},
            # A valid request may still break a rule that no schema can say (an indicator not in
            # this evaluation, a target off this framework's scale, a plan with nothing left to
            # do): 422 `refused`, docs/api.md. Everything else stays as schemathesis has it.
            "checks": {
                "positive_data_acceptance": {
                    "expected-statuses": [*ACCEPTED_BY_DEFAULT, "422"],
                }
            },
        }
    )


@pytest.fixture
def api_schema(caller: Caller, live_server: Any) -> Any:
    schema = schemathesis.openapi.from_url(
        f"{live_server.url}/api/v1/openapi.json",
        headers={"Authorization": f"Bearer {caller.read}"},
        config=fuzz_config(
            live_server.url,
            coverage=caller.role == COVERAGE_AS and connection.vendor == COVERAGE_ON,
        ),
    )

    @schema.auth(refresh_interval=None)
    class CastToken:
        def get(self, case: Any, context: Any) -> str:
            return caller.token(case.method.upper(), case.path)

        def set(self, case: Any, data: str, context: Any) -> None:
            case.headers["Authorization"] = f"Bearer {data}"

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
        valid = case.meta is None or case.meta.generation.mode == GenerationMode.POSITIVE
        if valid and aimed_at_the_cast(case.path_parameters):
            for name in case.path_parameters:
                if name in PARAMETERS:
                    case.path_parameters[name] = PARAMETERS[name](caller.cast)
        return case

    return schema


SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def call_and_validate(case: Any) -> None:
    case.call_and_validate()


def test_every_operation_answers_as_its_document_says(api_schema: Any) -> None:
    # One Hypothesis test per operation of the document, with every phase but the stateful one
    # (examples, coverage, fuzzing), as schemathesis' own `from_fixture` builds them; that one
    # cannot run under pytest 9.2 (it renames the pytest item through an attribute pytest
    # dropped), so this loop runs them and reports every failing operation at once.
    failures = []
    operations = 0
    for result in get_all_tests(
        schema=api_schema, test_func=call_and_validate, settings=SETTINGS, given_kwargs=None
    ):
        if isinstance(result, Err):
            failures.append(f"the document itself: {result.err()}")
            continue
        operation, test = result.ok()
        operations += 1
        try:
            test()
        except (Exception, FailureGroup) as error:  # noqa: BLE001 - reported per operation
            failures.append(f"{operation.label}: {error}")
    assert operations, "the document lists no operation"
    assert not failures, "\n\n".join(failures)
