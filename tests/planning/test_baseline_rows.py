"""The Pemdi baseline's rows: the source file it links and the readings it explains."""

from django.utils import translation

from spbe.planner.baseline import read_mapping
from spbe.planning.baseline_rows import source_link
from spbe.planning.baseline_wording import reading_note


def test_the_mapping_source_is_linked_to_its_file_at_its_version():
    link = source_link(read_mapping().source)
    assert link is not None
    assert link.url == (
        "https://github.com/Niumination/PemdiAcehTengah/blob/00eeb427/data/pemdi.json"
    )


def test_a_source_that_names_no_repository_file_has_no_link():
    assert source_link("Laporan Kabupaten X, tidak diterbitkan") is None


def test_every_uncertain_reading_of_the_mapping_is_explained_to_the_reader():
    uncertain = {entry.pemdi_code for entry in read_mapping().mappings if entry.note}
    with translation.override("en"):
        assert {code for code in uncertain if not reading_note(code)} == set()


def test_a_plain_reading_needs_no_explanation():
    assert reading_note("I2") == ""
