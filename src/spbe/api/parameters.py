"""Parameters that several lists share: ``limit`` and ``offset``, slugs and free text, each
bounded so that what the database cannot take is a 422, never a 500 (an offset past SQLite's
integers; a NUL character, which PostgreSQL refuses in any text)."""

from __future__ import annotations

from typing import Any

from ninja import Path, Schema
from pydantic import Field

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000_000

# The pattern of a framework code or an agency's slug, as ``SlugField`` allows them, and of
# free text that a filter compares with the database.
SLUG = r"^[-a-zA-Z0-9_]+$"
TEXT = r"^[^\x00]*$"


def slug_in_path() -> Any:
    """A path parameter that is a slug: ``agency_slug: str = slug_in_path()``."""
    return Path(..., pattern=SLUG, max_length=50)


class PageParameters(Schema):
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
