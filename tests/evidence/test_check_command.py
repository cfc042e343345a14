"""``spbe evidence check`` as a user runs it: exit status, stdout and stderr."""

from __future__ import annotations

import json

import pytest

from tests.corpus import write_document
from tests.corpus.plan import corpus_specs
from tests.corpus.render import write_text_pdf
from tests.precheck.test_scanned import paragraphs
from tests.precheck.texts import regulation

pytestmark = pytest.mark.slow
AGENCY = "Pemerintah Kota Pematangsiantar"


def check(spbe_cli, path, *extra: str):
    return spbe_cli("evidence", "check", str(path), "--framework", "spbe-2020", *extra)


@pytest.fixture(scope="module")
def perwali_pdf(tmp_path_factory):
    """The issue's Perwali: Arsitektur SPBE without the Keamanan and Layanan domains."""
    from tests.precheck.test_check import PERWALI_FOUR_DOMAINS

    path = tmp_path_factory.mktemp("cli") / "perwali arsitektur.pdf"
    write_text_pdf(paragraphs(PERWALI_FOUR_DOMAINS), path)
    return path


def test_it_prints_the_promised_json_for_a_perwali(spbe_cli, perwali_pdf):
    result = check(spbe_cli, perwali_pdf, "--indicator", "1", "--agency", AGENCY, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["kind"] == "perwali"
    assert (data["document"]["number"], data["document"]["year"]) == ("12", 2023)
    assert data["document"]["enacted"] is True
    assert data["document"]["agency"] == "Kota Pematangsiantar"
    assert data["indicator"] == 1
    assert data["supported_level"] == 2
    assert data["missing"][:2] == ["Keamanan SPBE", "Layanan SPBE"]
    assert data["ocr"] is False
    assert {row["level"] for row in data["criteria"]} == {1, 2, 3, 4}


def test_the_claimed_level_limits_the_criteria_reported(spbe_cli, perwali_pdf):
    result = check(spbe_cli, perwali_pdf, "--indicator", "1", "--level", "3", "--json")
    assert json.loads(result.stdout)["missing"] == ["Keamanan SPBE", "Layanan SPBE"]


def test_the_text_report_names_what_is_missing(spbe_cli, perwali_pdf):
    result = check(spbe_cli, perwali_pdf, "--indicator", "1", "--agency", "Kabupaten Simalungun")
    assert result.returncode == 0, result.stderr
    assert "Keamanan SPBE" in result.stdout
    assert "Kabupaten Simalungun" in result.stdout


def test_an_indicator_without_rules_says_so_instead_of_failing(spbe_cli, perwali_pdf):
    result = check(spbe_cli, perwali_pdf, "--indicator", "40")
    assert result.returncode == 0, result.stderr
    assert "belum ada aturan otomatis" in result.stdout.lower()
    data = json.loads(check(spbe_cli, perwali_pdf, "--indicator", "40", "--json").stdout)
    assert (data["status"], data["supported_level"]) == ("no_rules", None)


def test_a_docx_of_the_corpus_is_checked_too(spbe_cli, tmp_path):
    spec = next(s for s in corpus_specs() if s.slug == "pemdi-2026-08-lengkap-simalungun")
    path = write_document(spec, "docx", tmp_path)
    result = spbe_cli(
        "evidence", "check", str(path), "--framework", "pemdi-2026", "--indicator", "8", "--json"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["supported_level"] == 2


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--framework", "spbe-2030", "--indicator", "1"), "spbe-2030"),
        (("--framework", "spbe-2020", "--indicator", "48"), "48"),
        (("--framework", "spbe-2020", "--indicator", "1", "--level", "7"), "7"),
    ],
)
def test_an_unknown_framework_indicator_or_level_exits_2(spbe_cli, perwali_pdf, args, fragment):
    result = spbe_cli("evidence", "check", str(perwali_pdf), *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert fragment in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("nowhere.pdf", None),
        ("notes.txt", b"Arsitektur SPBE"),
        ("broken.pdf", b"%PDF-1.7\nthis is not a pdf"),
        ("empty.docx", b""),
    ],
)
def test_an_unreadable_or_unsupported_file_exits_2(spbe_cli, tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = check(spbe_cli, path, "--indicator", "1")
    assert result.returncode == 2
    assert result.stdout == ""
    assert name in result.stderr


def test_a_document_for_the_wrong_indicator_supports_level_0(spbe_cli, tmp_path):
    path = tmp_path / "parkir.pdf"
    write_text_pdf(paragraphs(regulation("Tarif Retribusi Parkir", ["Tarif Rp2.000,00."])), path)
    data = json.loads(check(spbe_cli, path, "--indicator", "6", "--json").stdout)
    assert data["supported_level"] == 0
    assert [flag["code"] for flag in data["flags"]] == ["unrelated", "mismatch"]
    assert data["flags"][1]["asked"] == "kebijakan internal Layanan Jaringan Intra"


def test_the_check_reports_the_dates_and_warns_against_the_given_reference_day(spbe_cli, tmp_path):
    path = tmp_path / "peta.pdf"
    pages = regulation("Peta Rencana SPBE Tahun 2018-2022", ["Peta rencana memuat tata kelola."])
    write_text_pdf(paragraphs(pages), path)
    data = json.loads(
        check(
            spbe_cli,
            path,
            "--indicator",
            "2",
            "--on",
            "2026-12-15",
            "--valid-until",
            "2026-06-30",
            "--json",
        ).stdout
    )
    assert data["document"]["enacted_on"] == "2023-03-14"
    assert data["document"]["period"] == {"start": 2018, "end": 2022}
    flags = [flag["code"] for flag in data["flags"]]
    assert "period_ended" in flags and "expired" in flags
    text = check(spbe_cli, path, "--indicator", "2").stdout
    assert "2018–2022" in text
    assert "period_ended" not in json.dumps(
        json.loads(check(spbe_cli, path, "--indicator", "2", "--json").stdout)["flags"]
    )
