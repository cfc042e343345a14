"""One page of a list that grows with the installation (evaluations, documents), as every page
shows it: the rows of the requested page and the links to the pages before and after it.

The page number comes from the query string (``?page=2``); every other parameter of the query
(a search, a filter) is kept in the links. A page number that is not a number or is past the
end shows the nearest page, as Django's ``Paginator.get_page`` does, rather than an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

PAGE_SIZE = 50


@dataclass(frozen=True)
class PageLinks:
    """The shown page and the query strings (``?…``) of its neighbours, "" where there is none."""

    page: Page[Any]
    previous: str
    next: str


def requested_page(
    request: HttpRequest,
    rows: QuerySet[Any] | Sequence[Any],
    *,
    size: int = PAGE_SIZE,
    parameter: str = "page",
) -> PageLinks:
    """The page of ``rows`` that ``request`` asks for (one COUNT query and one for the rows)."""
    page = Paginator(rows, size).get_page(request.GET.get(parameter))

    def link(number: int) -> str:
        query = request.GET.copy()
        query[parameter] = str(number)
        return "?" + query.urlencode()

    return PageLinks(
        page=page,
        previous=link(page.previous_page_number()) if page.has_previous() else "",
        next=link(page.next_page_number()) if page.has_next() else "",
    )
