"""The Pemdi baseline's rows and the source's words as the page shows them."""

from spbe.planning.baseline_rows import printable


def test_pictographs_the_fonts_lack_are_left_out_of_the_source_text():
    assert printable("Kompetensi SDM 1.00 \U0001f4c9 masih rendah \u26a0\ufe0f") == (
        "Kompetensi SDM 1.00 masih rendah \u26a0"
    )


def test_plain_text_and_punctuation_are_kept():
    assert printable("Arsitektur SPBE 1.00 + Peta Rencana 1.00 — (SPBE 2025)") == (
        "Arsitektur SPBE 1.00 + Peta Rencana 1.00 — (SPBE 2025)"
    )
