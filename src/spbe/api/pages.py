"""One page of a list, as every list of the API answers it: ``{"count", "limit", "offset",
"items"}``, the items being the rows of ``limit`` and ``offset`` (``parameters.PageParameters``
or a list's own filters) turned into their schema."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from django.db.models import QuerySet


class Window(Protocol):
    """What a list's query parameters say about the page: its size and where it starts."""

    limit: int
    offset: int


def page_of[Row, Item](
    rows: QuerySet[Any] | Sequence[Row], window: Window, out: Callable[[Row], Item]
) -> dict[str, Any]:
    """The page of ``rows`` that ``window`` names, each row through ``out``, with the count of
    all rows (one COUNT query for a queryset)."""
    shown = rows[window.offset : window.offset + window.limit]
    return {
        "count": rows.count() if isinstance(rows, QuerySet) else len(rows),
        "limit": window.limit,
        "offset": window.offset,
        "items": [out(row) for row in shown],
    }
