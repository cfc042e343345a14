"""Reading a regulation's parts: title, preamble, chapters, articles and ayat, closing."""

from __future__ import annotations

from spbe.precheck.structure import Part, parse_structure
from tests.precheck.texts import decree, regulation

PAGES = regulation(
    "Arsitektur SPBE",
    [
        "(1) Arsitektur Domain Keamanan SPBE disusun oleh Dinas.\n(2) Standar keamanan ditetapkan.",
        "Peraturan ini berlaku sejak diundangkan.",
    ],
    definitions=("Arsitektur Domain Layanan SPBE adalah arsitektur layanan.",),
)


def parts(pages: list[str]) -> list[tuple[str, str | None]]:
    structure = parse_structure(pages)
    return [(segment.part.value, segment.label) for segment in structure.segments]


def test_a_regulation_splits_into_title_preamble_chapters_articles_ayat_and_closing():
    assert parts(PAGES) == [
        ("title", None),
        ("preamble", None),
        ("heading", "BAB I"),
        ("definitions", "Pasal 1"),
        ("heading", "BAB II"),
        ("article", "Pasal 2 ayat (1)"),
        ("article", "Pasal 2 ayat (2)"),
        ("article", "Pasal 3"),
        ("closing", None),
    ]


def test_the_definitions_article_is_set_apart_whatever_it_names():
    structure = parse_structure(PAGES)
    [definitions] = structure.parts(Part.DEFINITIONS)
    assert "Arsitektur Domain Layanan SPBE adalah" in structure.span(definitions)


def test_the_lead_of_an_ayat_is_its_opening_clause():
    structure = parse_structure(PAGES)
    first = structure.parts(Part.ARTICLE)[0]
    assert structure.lead(first) == "(1) Arsitektur Domain Keamanan SPBE disusun oleh Dinas."


def test_segments_know_their_page():
    structure = parse_structure(PAGES)
    assert structure.page_at(structure.parts(Part.DEFINITIONS)[0].start) == 1
    assert structure.page_at(structure.parts(Part.CLOSING)[0].start) == 2


def test_ocr_slips_in_markers_are_tolerated():
    ocr = ["PERATURAN WALI KOTA X\nMenimbang : a. bahwa;\nBABI\nUMUM\nPasa1 1\n{l) Satu.\n(2} Dua."]
    assert parts(ocr)[2:] == [
        ("heading", "BABI"),
        ("article", "Pasa1 1 ayat (1)"),
        ("article", "Pasa1 1 ayat (2)"),
    ]


def test_a_decree_has_diktum_instead_of_articles():
    labels = [label for part, label in parts(decree("Tim", ["Membentuk tim.", "Tim bertugas."]))]
    assert labels.count("Diktum KESATU") == 1 and labels.count("Diktum KEDUA") == 1


def test_the_elucidation_is_not_read_as_articles():
    pages = [PAGES[0], PAGES[1] + "\nPENJELASAN\nPasal 2\nAyat (1)\nArsitektur keamanan jelas."]
    assert parts(pages)[-1] == ("elucidation", None)


def test_a_section_heading_takes_its_title_from_the_next_line():
    structure = parse_structure(
        [
            "PERATURAN X\nMenimbang : a. bahwa;\nBagian Kedua\nArsitektur Domain Aplikasi\nPasal 4\nIsi."
        ]
    )
    [heading] = structure.parts(Part.HEADING)
    assert structure.span(heading) == "Bagian Kedua\nArsitektur Domain Aplikasi"


def test_a_document_without_articles_is_a_title_block_and_sentences():
    structure = parse_structure(
        ["NOTULEN RAPAT\nPEMBAHASAN ARSITEKTUR SPBE\nHari: Senin.\nRapat dibuka; peserta hadir."]
    )
    assert not structure.is_regulation
    assert {s.part for s in structure.segments[1:]} == {Part.TEXT}
    assert structure.zone(Part.TITLE) == "NOTULEN RAPAT\nPEMBAHASAN ARSITEKTUR SPBE"


def test_hyphenated_line_breaks_and_ligatures_are_mended():
    structure = parse_structure(["NOTULEN\nKeamanan infor-\nmasi dan veriﬁkasi."])
    assert "informasi dan verifikasi" in structure.text


def test_a_diktum_named_in_a_reference_wrapped_onto_a_new_line_opens_no_diktum():
    pages = decree(
        "Tim", ["Membentuk tim.", "Tim sebagaimana dimaksud dalam Diktum\nKESATU bertugas."]
    )
    labels = [label for part, label in parts(pages)]
    assert labels.count("Diktum KESATU") == 1 and labels.count("Diktum KEDUA") == 1


def test_an_articles_enumeration_is_split_into_items_over_lines_and_pages():
    pages = regulation(
        "Peta Rencana SPBE", ["Peta Rencana SPBE memuat:\na. satu;\nb. dua\nlanjut."]
    )
    head, tail = pages[1].split("lanjut", 1)
    structure = parse_structure([pages[0], head, "lanjut" + tail])
    items = [structure.span(item) for _parent, item in structure.items]
    assert items[-2:] == ["a. satu;", "b. dua\n\nlanjut."] or items[-2:] == [
        "a. satu;",
        "b. dua\nlanjut.",
    ]
    assert structure.page_at(structure.items[-1][1].end - 1) == 3


def test_numbered_ayat_under_a_clause_ending_in_a_colon_are_items_until_a_full_stop():
    article = "(1) Peta memuat:\n(1) satu;\n(2) dua.\n(2) Peta disusun Dinas."
    structure = parse_structure(regulation("Peta Rencana SPBE", [article]))
    labels = [segment.label for segment in structure.segments if segment.part is Part.ARTICLE]
    assert labels == ["Pasal 2 ayat (1)", "Pasal 2 ayat (2)"]
    items = [i for p, i in structure.items if structure.segments[p].part is Part.ARTICLE]
    assert [structure.span(item) for item in items] == ["(1) satu;", "(2) dua."]


def test_each_heading_knows_where_its_chapter_ends():
    pages = regulation("Penyelenggaraan SPBE", ["Isi."])
    structure = parse_structure(pages)
    chapters = {heading.label: end for heading, end in structure.chapters}
    assert set(chapters) == {"BAB I", "BAB II"}
    closing = structure.parts(Part.CLOSING)[0].start
    assert chapters["BAB I"] == structure.parts(Part.HEADING)[1].start
    assert chapters["BAB II"] == closing
