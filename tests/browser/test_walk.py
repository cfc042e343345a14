"""The walk suite: every role of the cast opens every page its header offers, and the pages
one level below them (tests/browser/walk.py has the rule and the checks).

The header's pages are walked at 1366 and at 390 px; the pages below them at 1366 px, and at
390 px only their width is checked again when ``PHONE_BELOW`` is on (it doubles the walk's
time on this machine). Each problem is one line of the failure, with the path of the
screenshot of the page that had it.
"""

import time

import pytest

from spbe.benchmarks.services import published_results_import
from tests.benchmarks.conftest import MEDAN_2024, SIANTAR_2023, SIANTAR_2024, write_published
from tests.browser.visit import signed_in
from tests.browser.walk import Walk, walk_role
from tests.cast import ROLES, make_cast
from tests.reports.builders import fill_evaluation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

PHONE_BELOW = False


def test_every_page_of_every_role_opens_fits_a_phone_speaks_indonesian_and_passes_axe(
    live_server, new_page, transactional_db, tmp_path
):
    cast = make_cast()
    fill_evaluation(cast)
    published_results_import(path=write_published(tmp_path, SIANTAR_2023, SIANTAR_2024, MEDAN_2024))
    walk = Walk(base=live_server.url, screenshots=tmp_path)
    started = time.monotonic()
    for role in ROLES:
        page = signed_in(new_page, live_server, getattr(cast, role))
        walk_role(walk, page, role, "/", below_at_phone=PHONE_BELOW)
        page.context.close()
    print(f"walked {walk.visits} pages in {time.monotonic() - started:.0f} s")
    assert walk.problems == [], "\n".join(walk.problems)
