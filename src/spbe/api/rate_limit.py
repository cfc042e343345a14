"""Rate limiting per token: at most ``SPBE_API_RATE_LIMIT`` calls a minute, then 429.

The count lives in Django's cache, the one the installation configures (``SPBE_CACHE``): with
``database`` every process and machine shares it; with ``memory`` (the default, one process)
each process counts on its own. The window is the clock minute, so the answer's
``Retry-After`` says how many seconds remain until the next one. Calls made with the signed-in
session of the pages are not limited here (sign-in itself is: ``accounts.views``).
"""

from __future__ import annotations

import datetime
import math

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI

from spbe.api.errors import error_body
from spbe.api.models import ApiToken

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
    # The prefix is the token's public, unique name; the window start keeps minutes apart.
    key = f"api-rate:{token.prefix}:{window}"
    cache.add(key, 0, WINDOW_SECONDS + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS + 5)
        count = 1
    if count > limit:
        raise RateLimited(max(1, math.ceil(window + WINDOW_SECONDS - moment)))


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
