"""In the browser: a PIC fills in the Excel workbook offline and imports the claims.

The PIC of Kominfo downloads the workbook from the reports page and fills in its yellow
columns. The first try also touches an indicator led by Bappeda, claims a level the framework
does not have and writes an unknown action: every bad row is listed and no claim changes, not
even the good row. The corrected workbook updates the claims.
"""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from spbe.evaluations.models import Assessment, AssessmentState
from tests.browser.visit import follow, link, message, open_evaluation, send_file, signed_in
from tests.cast import make_cast

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

# The columns a person fills in, by the headers of a workbook exported in Bahasa Indonesia.
CLAIM, CRITERIA, JUSTIFICATION, SAVE_AS = (
    "Tingkat yang diklaim",
    "Kriteria yang terpenuhi",
    "Penjelasan",
    "Simpan sebagai",
)
ARCHITECTURE_POLICY = {
    CLAIM: 2,
    CRITERIA: "1, 2",
    JUSTIFICATION: "Perwali Arsitektur SPBE Nomor 7 Tahun 2026 telah ditetapkan.",
    SAVE_AS: "ajukan",
}
APPLICATIONS_POLICY = {
    CLAIM: 3,
    CRITERIA: "1, 2, 3",
    JUSTIFICATION: "Rancangan Perwali Pembangunan Aplikasi sedang dibahas.",
    SAVE_AS: "draf",
}


def filled_in(exported: Path, target: Path, rows: dict[int, dict[str, object]]) -> Path:
    """The exported workbook with the given cells of the given indicators' rows changed."""
    workbook = load_workbook(exported)
    sheet = workbook["Indikator"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    lines = {sheet.cell(line, columns["No."]).value: line for line in range(2, sheet.max_row + 1)}
    for number, cells in rows.items():
        for header, value in cells.items():
            sheet.cell(lines[number], columns[header]).value = value
    workbook.save(target)
    return target


def claims(evaluation) -> dict[int, tuple[object, str]]:
    return {
        a.indicator.number: (a.claimed_level, a.state)
        for a in Assessment.objects.filter(evaluation=evaluation, indicator__number__in=(1, 2, 4))
    }


def test_a_pic_downloads_the_workbook_fills_it_in_and_imports_the_claims(
    live_server, new_page, tmp_path
):
    cast = make_cast(framework="spbe-2020")
    untouched = claims(cast.evaluation)

    # 1. The PIC asks for the Excel workbook on the reports page and downloads it.
    pic = signed_in(new_page, live_server, cast.pic)
    open_evaluation(pic, cast.evaluation)
    follow(pic, link(pic, "Laporan"))
    follow(pic, pic.get_by_role("button", name="Buku kerja Excel"))
    done = pic.locator("#report-jobs tr[data-status=done]")
    expect(done).to_contain_text("Buku kerja Excel")
    with pic.expect_download() as download:
        done.get_by_role("link", name="Unduh").click()
    exported = tmp_path / "buku-kerja.xlsx"
    download.value.save_as(exported)

    # 2. A workbook with three bad rows: each is listed by its row, and no claim changes.
    bad = filled_in(
        exported,
        tmp_path / "buku-kerja-salah.xlsx",
        {
            1: ARCHITECTURE_POLICY,
            2: {CLAIM: 2, CRITERIA: "1, 2", JUSTIFICATION: "Peta rencana disusun."},
            4: {**APPLICATIONS_POLICY, CLAIM: 7},
            5: {CLAIM: 1, SAVE_AS: "kirim"},
        },
    )
    follow(pic, pic.get_by_role("button", name="Impor buku kerja"))
    send_file(pic, "Buku kerja (.xlsx)", bad)
    expect(pic.locator("#import-refusal")).to_have_text(
        "Tidak ada yang disimpan: 3 baris mengandung kesalahan."
    )
    problems = pic.locator("#import-errors tbody tr")
    expect(problems.locator("td:first-child")).to_have_text(
        ["Baris 3", "Baris 5, kolom I", "Baris 6, kolom L"]
    )
    expect(problems.nth(0)).to_contain_text(
        "Indikator 2: Hanya PIC OPD pengampu yang dapat mengubah indikator 2."
    )
    expect(problems.nth(1)).to_contain_text("Indikator 4:")
    expect(problems.nth(2)).to_contain_text("“kirim”")
    assert claims(cast.evaluation) == untouched

    # 3. The corrected workbook: one claim submitted, one saved as a draft.
    good = filled_in(
        exported,
        tmp_path / "buku-kerja-benar.xlsx",
        {1: ARCHITECTURE_POLICY, 4: APPLICATIONS_POLICY},
    )
    send_file(pic, "Buku kerja (.xlsx)", good)
    expect(message(pic)).to_have_text(
        "2 indikator diperbarui: 1 diajukan, 1 disimpan sebagai draf; 45 baris tidak berubah."
    )
    assert claims(cast.evaluation) == {
        1: (2, AssessmentState.SUBMITTED),
        2: untouched[2],
        4: (3, AssessmentState.DRAFT),
    }
    indicators = pic.locator("main table").last.locator("tbody tr")
    expect(indicators.nth(0)).to_contain_text("Diajukan")
    expect(indicators.nth(3)).to_contain_text("Draf")
    first = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    assert first.justification == ARCHITECTURE_POLICY[JUSTIFICATION]
    assert first.criteria_met == [1, 2]
