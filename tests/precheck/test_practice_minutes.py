"""Minutes on the practice of SPBE 2020 indicators 13–31 in the form minutes take (Agenda,
Pembahasan, Kesimpulan) and in the third phrasing of ``tests.corpus.practice_minutes``: the
agenda never counts, and each point is found by its own element's broadened wordings."""

from __future__ import annotations

import pytest

from spbe.precheck import check_document
from spbe.precheck.structure import Part, parse_structure
from tests.corpus.issuers import SIANTAR
from tests.corpus.practice_minutes import PRACTICE_MINUTES_TOPICS
from tests.precheck.test_spbe_rules import level_of, rules

TOPICS = {topic.indicator: topic for topic in PRACTICE_MINUTES_TOPICS}
AGENDA_REVIEW = "Reviu dan evaluasi berkala atas capaian tahun berjalan"


def minutes(indicator: int, names, *, agenda: tuple[str, ...] = (AGENDA_REVIEW,)) -> list[str]:
    topic = TOPICS[indicator]
    points = [SIANTAR.fill(topic.articles[name].ayat[0]) for name in names]
    lines = [
        "PEMERINTAH KOTA PEMATANGSIANTAR",
        "NOTULENSI RAPAT KOORDINASI",
        topic.title,
        "Tanggal : 4 Maret 2025",
        "A. Agenda",
        *(f"{n + 1}. {text}" for n, text in enumerate(agenda)),
        "B. Pembahasan",
        *(f"{n + 1}. {text}" for n, text in enumerate(points)),
        "C. Kesimpulan",
        "Rapat sepakat melanjutkan kegiatan pada tahun berikutnya.",
        "Pematangsiantar, 4 Maret 2025",
        "Notulis,",
    ]
    return ["\n".join(lines)]


def without(indicator: int, *names: str) -> list[str]:
    return [name for name in TOPICS[indicator].articles if name not in names]


def test_a_review_on_the_agenda_is_not_a_review_that_was_done():
    result = check_document(
        minutes(13, without(13, "Reviu dan evaluasi secara periodik")), rules(13), agency=None
    )
    assert result.supported_level == 3
    assert result.missing == ("Reviu dan evaluasi secara periodik",)


def test_the_same_minutes_stating_the_review_in_their_discussion_support_level_4():
    result = check_document(minutes(13, TOPICS[13].articles), rules(13), agency=None)
    assert result.supported_level == 4
    assert result.missing == ()


def test_the_agenda_is_a_part_of_its_own_up_to_the_next_section():
    structure = parse_structure(minutes(19, TOPICS[19].articles))
    agenda = structure.zone(Part.AGENDA)
    assert AGENDA_REVIEW in agenda
    assert "Pembahasan" not in agenda
    assert "disebarluaskan" in structure.zone(Part.TEXT)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Agenda : Reviu dan evaluasi berkala atas capaian tim",
            "Semua kegiatan telah dilaksanakan.",
        ],
        [
            "Acara rapat:",
            "1. Reviu dan evaluasi berkala atas capaian tim.",
            "Semua kegiatan telah dilaksanakan.",
        ],
    ],
    ids=["one topic after the colon", "a list closed by a sentence"],
)
def test_an_agenda_without_a_following_section_ends_where_the_account_begins(lines):
    text = "\n".join(["NOTULEN RAPAT TIM KOORDINASI SPBE", "Tanggal : 4 Maret 2025", *lines])
    structure = parse_structure([text])
    assert "capaian tim" in structure.zone(Part.AGENDA)
    assert "Semua kegiatan telah dilaksanakan" in structure.zone(Part.TEXT)


def test_an_agenda_whose_numbers_ocr_set_apart_still_ends_at_the_discussion():
    """A scan: the topics' numbers in a column of their own ("1", "2:", "3."), then the
    topics."""
    text = "\n".join(
        [
            "NOTULENSI RAPAT KOORDINASI",
            "PENGEMBANGAN SDM SPBE",
            "Tanggal : 12 Agustus 2021",
            "A. Agenda",
            "",
            "1",
            "2:",
            "3.",
            "",
            "Pembukaan oleh pimpinan rapat",
            AGENDA_REVIEW,
            "",
            "Rencana tindak lanjut",
            "",
            "B. Pembahasan",
            "1. Diklat teknis diikuti 25 ASN pengelola TIK.",
        ]
    )
    structure = parse_structure([text])
    assert AGENDA_REVIEW in structure.zone(Part.AGENDA)
    assert "Diklat teknis" in structure.zone(Part.TEXT)


def test_a_regulation_with_an_article_on_the_agenda_of_meetings_is_read_as_before():
    text = "\n".join(
        [
            "PERATURAN WALI KOTA PEMATANGSIANTAR",
            "Pasal 1",
            "Agenda",
            "Tim Koordinasi SPBE melaksanakan reviu dan evaluasi secara berkala setiap tahun.",
        ]
    )
    structure = parse_structure([text])
    assert structure.zone(Part.AGENDA) == ""


@pytest.mark.parametrize("indicator", sorted(TOPICS))
def test_minutes_stating_every_element_in_the_third_phrasing_support_level_4(indicator):
    result = check_document(
        minutes(indicator, TOPICS[indicator].articles), rules(indicator), agency=None
    )
    assert result.supported_level == 4
    assert result.missing == ()


# Servers of every unit placed in the data centre show it used: a higher point that rightly
# states the lower one too.
IMPLIED = {(16, "Layanan Pusat Data digunakan")}


@pytest.mark.parametrize(
    ("indicator", "element"),
    [
        (number, name)
        for number, topic in TOPICS.items()
        for name in topic.articles
        if (number, name) not in IMPLIED
    ],
)
def test_without_one_point_the_minutes_stop_below_its_level_and_name_it(indicator, element):
    rule = rules(indicator)
    result = check_document(minutes(indicator, without(indicator, element)), rule, agency=None)
    assert result.supported_level == level_of(rule, element) - 1
    assert result.missing == (element,)
