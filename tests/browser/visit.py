"""The steps every browser walk takes as a person: sign in, follow a link, open an evaluation."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import APIResponse, Locator, Page, expect

from spbe.evaluations.models import Evaluation
from tests.cast import PASSWORD


def signed_in(new_page: Callable[[], Page], live_server: Any, user: Any) -> Page:
    """A page of its own for ``user``, signed in through the login form, on the home page."""
    page = new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    follow(page, page.locator("main button[type=submit]"))
    assert "/accounts/login/" not in page.url, f"{user.username} could not sign in"
    return page


def follow(page: Page, target: Locator) -> None:
    """Click a link or a button and wait for the page it leads to."""
    with page.expect_navigation():
        target.click()


def link(page: Page, name: str) -> Locator:
    """The one link of the page's content called ``name`` (the header menu is left out)."""
    return page.locator("main").get_by_role("link", name=name, exact=True)


def open_evaluation(page: Page, evaluation: Evaluation) -> None:
    """From anywhere: the header's Evaluasi menu, then the evaluation of that agency."""
    follow(page, page.locator("header").get_by_role("link", name="Evaluasi", exact=True))
    follow(page, link(page, evaluation.agency.name))
    expect(page.locator("h1")).to_have_text(f"{evaluation.agency.name} · {evaluation.year}")


def send_file(page: Page, label: str, path: Path) -> None:
    """Choose ``path`` in the file field called ``label`` and press the form's Impor button."""
    page.get_by_label(label).set_input_files(str(path))
    follow(page, page.locator("main form").get_by_role("button", name="Impor"))


def message(page: Page) -> Locator:
    """What the application says after a form is sent (Django's messages)."""
    return page.locator(".messages")


def with_deadlines(
    evaluation: Evaluation, *, self_assessment: datetime.date, review: datetime.date
) -> Evaluation:
    """Give the evaluation explicit deadlines, so nothing shown depends on today's date."""
    Evaluation.objects.filter(pk=evaluation.pk).update(
        self_assessment_deadline=self_assessment, review_deadline=review
    )
    evaluation.refresh_from_db()
    return evaluation


def post_behind_the_page(page: Page, url: str, form: dict[str, str]) -> APIResponse:
    """Send a form the page does not offer, with the user's session and a valid CSRF token."""
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    return page.request.post(url, form=form, headers={"X-CSRFToken": token, "Referer": url})
