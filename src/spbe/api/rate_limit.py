"""Rate limiting per token: at most ``SPBE_API_RATE_LIMIT`` calls a minute, then 429.

The count lives in the database (``ApiCallCount``, one row per token), counted by one
``INSERT … ON CONFLICT DO UPDATE … RETURNING`` statement: every process and machine shares it
whatever the cache, two concurrent calls never count as one, and a call costs one query (the
count used to live in Django's cache, whose database backend took eleven queries a call and
could lose a count between its read and its write). The window is the clock minute, so the
answer's ``Retry-After`` says how many seconds remain until the next one. Calls made with the signed-in
session of the pages are not limited here (sign-in itself is: ``accounts.views``).
"""

from __future__ import annotations

import datetime
import math

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI

from spbe.api.errors import error_body
from spbe.api.models import ApiCallCount, ApiToken

WINDOW_SECONDS = 60


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


def token_rate_check(token: ApiToken, *, now: datetime.datetime) -> None:
    """Count one call of the token; ``RateLimited`` once it is over this minute's limit."""
    limit = settings.SPBE_API_RATE_LIMIT
    if limit <= 0:
        return
    moment = now.timestamp()
    window = int(moment // WINDOW_SECONDS) * WINDOW_SECONDS
    if _count_call(token, window) > limit:
        raise RateLimited(max(1, math.ceil(window + WINDOW_SECONDS - moment)))


def _count_call(token: ApiToken, window: int) -> int:
    """Count one call in the token's row and return the minute's count: a new minute starts
    again at one. PostgreSQL and SQLite (3.35 and later) both read this statement."""
    table = connection.ops.quote_name(ApiCallCount._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (token_id, minute, calls) VALUES (%s, %s, 1) "
            f"ON CONFLICT (token_id) DO UPDATE SET "
            f"calls = CASE WHEN {table}.minute = excluded.minute THEN {table}.calls + 1 ELSE 1 END, "
            f"minute = excluded.minute RETURNING calls",
            [token.pk, window],
        )
        return int(cursor.fetchone()[0])


def install_rate_limit_handler(api: NinjaAPI) -> None:
    @api.exception_handler(RateLimited)
    def rate_limited(request: HttpRequest, error: RateLimited) -> HttpResponse:
        body = error_body(
            _("Too many calls with this token; try again in %(seconds)s seconds.")
            % {"seconds": error.retry_after},
            "rate_limited",
        )
        response = api.create_response(request, body, status=429)
        response["Retry-After"] = str(error.retry_after)
        return response
