"""The walk: every page a role reaches from the header, and one level below it, checked.

Which pages are walked (the rule the walk suite documents):

1. The header's links: the brand (home), every navigation link, the bell (the inbox) and the
   user's name (the access tokens). The administrator's "Administrasi" link is opened but not
   walked into: Django's admin is its own site.
2. One level below: on each page of (1), the links of its ``main`` that lead to a page of this
   site, once per URL pattern (the first link to an indicator stands for all 47 of them, the
   first page of the ranking for its other pages). Left out: downloads (files, not pages; their
   access is tested by their own tests), the API, the admin, and GET links that act (the
   notification "open" link marks it read).

Each page is checked for: its status (no 4xx/5xx from a link the page offers), no sideways
scroll, no number with a decimal point in the Indonesian text, no English, and axe-core with no
serious or critical violation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from django.urls import Resolver404, resolve
from playwright.sync_api import Page

from tests.page_text import page_text
from tests.test_numbers_shown import decimal_points
from tests.test_translations import english_in

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
SERIOUS = {"serious", "critical"}
# Routes whose links are not pages to walk (see the module's rule 2).
NOT_WALKED = {
    "reports:download",
    "evidence:download",
    "archive:export_download",
    "notifications:open",
    "logout",
    "set_language",
}
NOT_WALKED_NAMESPACES = {"admin", "api"}
# Codes and other non-numbers a decimal point may sit in on an Indonesian page: the addresses
# of documents (URLs), file names with their extension, and version numbers ("v1.2").
NOT_NUMBERS = re.compile(r"https?://\S+|\S+\.(?:pdf|docx|xlsx|pptx|png|jpe?g)\b|\bv\d+(?:\.\d+)+")

_axe = Axe()


@dataclass
class Walk:
    """What a walk found: one line per problem, and the screenshots taken of them."""

    base: str
    screenshots: Path
    problems: list[str] = field(default_factory=list)
    visits: int = 0

    def check(
        self, page: Page, label: str, url: str, *, text: bool = True, axe: bool = True
    ) -> bool:
        """Open ``url`` and check it; ``False`` when it did not answer a page. ``text``: also
        its numbers and its language (at one width: the text is the same at both); ``axe``:
        also axe-core."""
        self.visits += 1
        response = page.goto(self.base + url if url.startswith("/") else url)
        status = response.status if response is not None else 0
        found = []
        if status >= 400:
            found.append(f"answers {status}")
        else:
            found += page_problems(page, text=text, axe=axe)
        if found:
            shot = self.screenshots / f"{len(self.problems):03d}-{slug(label)}.png"
            page.screenshot(path=str(shot), full_page=True)
            self.problems += [f"{label} {url}: {problem} (screenshot {shot})" for problem in found]
        return status < 400


def page_problems(page: Page, *, text: bool, axe: bool) -> list[str]:
    found = []
    width = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    if width[0] > width[1]:
        found.append(f"scrolls sideways ({width[0]} px wide in {width[1]} px)")
    if text and page.evaluate("document.documentElement.lang") == "id":
        pieces = page_text(page.content())
        points = shown_decimal_points(pieces)
        if points:
            found.append(f"decimal points: {points[:3]}")
        english = english_in(pieces, [])
        if english:
            found.append(f"English: {english[:3]}")
    return found + serious_violations(page) if axe else found


def shown_decimal_points(pieces: list[str]) -> list[str]:
    """The pieces of text with a number written with a decimal point, codes and addresses
    (``NOT_NUMBERS``) and times (tests/test_numbers_shown.py) left out."""
    kept = [piece for piece in pieces if decimal_points(f"<p>{NOT_NUMBERS.sub('', piece)}</p>")]
    return kept


def serious_violations(page: Page) -> list[str]:
    results = _axe.run(page)
    return [
        f"axe {violation['id']} ({violation['impact']}): "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


def header_links(page: Page) -> list[str]:
    """The addresses of the header's links, in order, each once."""
    hrefs: list[str] = page.eval_on_selector_all(
        "header a[href]", "links => links.map(link => link.getAttribute('href'))"
    )
    return list(dict.fromkeys(hrefs))


def links_below(page: Page, seen_routes: set[str]) -> list[str]:
    """The links of the page's ``main`` to walk (the module's rule 2); adds their routes to
    ``seen_routes``."""
    hrefs: list[str] = page.eval_on_selector_all(
        "main a[href]:not([download])", "links => links.map(link => link.getAttribute('href'))"
    )
    below = []
    for href in hrefs:
        route = walked_route(href)
        if route is not None and route not in seen_routes:
            seen_routes.add(route)
            below.append(href)
    return below


def walked_route(href: str) -> str | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    try:
        match = resolve(parts.path)
    except Resolver404:
        return parts.path  # a dead link: walked, so that its 404 is reported
    if match.view_name in NOT_WALKED or set(match.namespaces) & NOT_WALKED_NAMESPACES:
        return None
    return match.view_name


def walk_role(walk: Walk, page: Page, role: str, home: str, *, below_at_phone: bool) -> Any:
    """Walk ``role``'s header at both widths, and the pages one level below it."""
    page.set_viewport_size(DESKTOP)
    page.goto(walk.base + home)
    seen_routes = {walked_route(href) or href for href in header_links(page)}
    below: list[str] = []
    for href in header_links(page):
        if walk.check(page, f"{role} desktop", href) and not is_admin(href):
            below += links_below(page, seen_routes)
    for href in below:
        walk.check(page, f"{role} desktop", href)
    page.set_viewport_size(PHONE)
    for href in header_links(page):
        walk.check(page, f"{role} phone", href, text=False)
    if below_at_phone:
        for href in below:
            walk.check(page, f"{role} phone", href, text=False, axe=False)


def is_admin(href: str) -> bool:
    return href.startswith("/admin/")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
