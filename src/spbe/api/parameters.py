"""Parameters that several lists share: ``limit`` and ``offset``, slugs and free text, each
bounded so that what the database cannot take is a 422, never a 500 (an offset past SQLite's
integers; a NUL character, which PostgreSQL refuses in any text); and ``Day``, the one way a
request names a day."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any

from django.utils.translation import gettext as _
from ninja import Path, Schema
from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from spbe.api.numbers import PlainInt

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000_000

# The pattern of a framework code or an agency's slug, as ``SlugField`` allows them, and of
# free text that a filter compares with the database.
SLUG = r"^[-a-zA-Z0-9_]+$"
TEXT = r"^[^\x00]*$"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: Any) -> Any:
    """Only ``YYYY-MM-DD`` text (or a date) is a day: pydantic's lax mode would also read a
    number (``1767225600``, seconds since 1970) or a timestamp at midnight as one."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return value  # pydantic then checks that the day exists (not 2026-13-01)
    raise PydanticCustomError("date_format", _("Give the day as YYYY-MM-DD."))


# A day in a query parameter or a request body: ``deadline: Day | None = None``. Documented as
# the date it is (``{"type": "string", "format": "date"}``).
Day = Annotated[datetime.date, BeforeValidator(iso_day)]


def slug_in_path() -> Any:
    """A path parameter that is a slug: ``agency_slug: str = slug_in_path()``."""
    return Path(..., pattern=SLUG, max_length=50)


class PageParameters(Schema):
    limit: PlainInt = Field(50, ge=1, le=MAX_LIMIT)
    offset: PlainInt = Field(0, ge=0, le=MAX_OFFSET)
