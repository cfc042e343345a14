"""Playwright in Debian's Chromium against the live test server; a screenshot on failure."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
# How long a page action or an expect() assertion waits before it fails; generous on purpose,
# since the machine may be shared (CI's 2 cores, or engineers' suites side by side, where a click
# once waited over 15 s): a passing step returns as soon as the page is ready, so only a failing
# test ever waits this long.
TIMEOUT_MS = 60_000
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("SPBE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(
            "Chromium is not installed: run scripts/bootstrap (it installs Debian's chromium)"
        )
    return path


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from django.urls import resolve
    from playwright.sync_api import expect, sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the test's own ORM calls are
    # still plain synchronous code, so Django's async guard must not refuse them.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    expect.set_options(timeout=TIMEOUT_MS)
    # The first request imports every view (charts, PDF, OCR: seconds on a busy machine); do it
    # here, so that the first page a test opens is not the one that pays for it.
    resolve("/")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Pages in separate contexts (one per user); each is photographed if the test fails. A
    test whose pages broke the Content-Security-Policy (Chromium says so on the console: an
    inline script, an on*= handler, a style element) fails at teardown."""
    contexts = []
    violations: list[str] = []

    def on_console(message: Any) -> None:
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    def open_page() -> Any:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("console", on_console)
        return page

    yield open_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for number, context in enumerate(contexts):
            for page in context.pages:
                page.screenshot(
                    path=str(ARTIFACTS / f"{request.node.name}-{number}.png"), full_page=True
                )
    for context in contexts:
        context.close()
    if violations:
        pytest.fail("The pages broke the Content-Security-Policy:\n" + "\n".join(violations))


@pytest.fixture
def task_queue(settings: Any) -> Callable[[], None]:
    """Background work queued in the database, as production runs it (``SPBE_TASKS=database``),
    instead of the tests' immediate backend; call the result to let a worker do what is queued.

    The worker is the one ``spbe db_worker`` runs, in batch mode and in the test's thread: the
    page's request returns at once, and the test decides when the work is done rather than
    waiting for a request that renders a report.
    """
    from django_tasks_db.management.commands.db_worker import Worker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def work() -> None:
        # Not call_command("db_worker"): it would install its signal handlers in pytest.
        Worker(
            queue_names=["default"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="browser-test",
        ).run()

    return work


@pytest.fixture(autouse=True)
def catalogue(transactional_db: None) -> None:
    """Transactional tests empty every table afterwards; each one loads the catalogue again."""
    from spbe.catalog.services import catalog_load

    catalog_load()
