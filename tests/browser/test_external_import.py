"""In the browser: the external assessor imports the external results from a CSV file.

The evaluation was sent with every indicator verified at level 2. The assessor assigned to it
uploads a file with three bad rows: each bad row is listed and nothing is recorded. The
corrected file is recorded whole, and the comparison page shows where the external values
differ from the internal ones and what that does to the index.
"""

import pytest
from playwright.sync_api import expect

from spbe.evaluations.models import Assessment, EvaluationState
from spbe.evaluations.services import evaluation_advance
from tests.browser.visit import follow, link, message, send_file, signed_in
from tests.cast import make_cast
from tests.evaluations.helpers import verify_all

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

BAD_FILE = "indikator,nilai,catatan\n1,2,Sesuai dokumen\n2,7,\n99,1,\n3,x,\n"
# Pemdi 2026 has 20 indicators, all verified at 2. Indicator 1 (weight 5) falls a level and
# indicator 20 (weight 15) rises one: the index moves by -0,05 + 0,15.
EXTERNAL = {1: "1", 20: "3"}
NOTES = {1: "Dokumen belum ditetapkan"}
GOOD_FILE = "indikator,nilai,catatan\n" + "".join(
    f"{n},{EXTERNAL.get(n, '2')},{NOTES.get(n, '')}\n" for n in range(1, 21)
)


def sent_evaluation():
    """A Pemdi evaluation verified at level 2 everywhere and sent to the external assessor."""
    cast = make_cast(framework="pemdi-2026")
    verify_all(cast, level=2)
    while cast.evaluation.state != EvaluationState.SUBMITTED:
        cast.evaluation = evaluation_advance(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation
        )
    return cast


def test_the_assessor_imports_external_results_and_sees_their_effect(
    live_server, new_page, tmp_path
):
    cast = sent_evaluation()
    assessor = signed_in(new_page, live_server, cast.external_assessor)
    expect(assessor.locator("h1")).to_have_text("Evaluasi yang ditugaskan kepada Anda")
    follow(assessor, link(assessor, cast.agency.name))
    follow(assessor, link(assessor, "Impor hasil eksternal"))

    # 1. A file with three bad rows: every one is listed by its line, and nothing is recorded.
    bad = tmp_path / "hasil-eksternal-salah.csv"
    bad.write_text(BAD_FILE, encoding="utf-8")
    send_file(assessor, "Berkas CSV", bad)
    expect(assessor.get_by_role("alert")).to_have_text(
        "Tidak ada yang disimpan: 3 baris mengandung kesalahan."
    )
    problems = assessor.locator("main table tbody tr")
    expect(problems.locator("td:first-child")).to_have_text(["3", "4", "5"])
    expect(problems.nth(0)).to_contain_text("7")
    expect(problems.nth(1)).to_contain_text("indikator 99 tidak ada")
    expect(problems.nth(2)).to_contain_text('"x"')
    recorded = Assessment.objects.filter(evaluation=cast.evaluation, external_value__isnull=False)
    assert not recorded.exists()

    # 2. The corrected file is recorded whole, and the comparison page opens.
    good = tmp_path / "hasil-eksternal.csv"
    good.write_text(GOOD_FILE, encoding="utf-8")
    send_file(assessor, "Berkas CSV", good)
    expect(message(assessor)).to_have_text("20 hasil eksternal tersimpan.")
    expect(assessor.locator("h1")).to_have_text("Perbandingan internal dan eksternal")
    assert recorded.count() == 20
    first = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    assert (str(first.external_value), first.external_note) == ("1.00", NOTES[1])

    # 3. The difference per indicator and its effect on the index, in Indonesian numbers.
    cards = assessor.locator(".cards article")
    expect(cards.nth(0)).to_contain_text("2,00")
    expect(cards.nth(1)).to_contain_text("2,10")
    expect(cards.nth(2)).to_contain_text("+0,10")
    rows = assessor.locator("#comparison tbody tr")
    expect(rows).to_have_count(20)
    cells = "td:nth-child(n+3):nth-child(-n+6)"  # internal, external, difference, effect
    expect(rows.nth(0).locator(cells)).to_have_text(["2", "1", "-1,00", "-0,05"])
    expect(rows.nth(1).locator(cells)).to_have_text(["2", "2", "0,00", "0,00"])
    expect(rows.nth(19).locator(cells)).to_have_text(["2", "3", "+1,00", "+0,15"])
    expect(rows.nth(0)).to_contain_text(NOTES[1])
