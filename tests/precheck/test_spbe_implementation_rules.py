"""The rules of SPBE 2020 indicators 13–31 (penerapan) for levels 2–4, on a unit's report
that states what each criterion asks for (the tuned corpus' sentences,
``tests.corpus.implementation``)."""

from __future__ import annotations

import pytest

from spbe.precheck import check_document
from tests.corpus.implementation import IMPLEMENTATION_TOPICS
from tests.corpus.issuers import SIANTAR
from tests.corpus.model import Topic
from tests.precheck.test_spbe_rules import level_of, rules

TOPICS = {topic.indicator: topic for topic in IMPLEMENTATION_TOPICS}


def report(topic: Topic, names, *, intro: str = "") -> list[str]:
    sentences = [SIANTAR.fill(topic.articles[name].ayat[0]) for name in names]
    lines = [
        "PEMERINTAH KOTA PEMATANGSIANTAR",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        f"LAPORAN PELAKSANAAN {topic.title}",
        "TAHUN 2025",
        "1. Pendahuluan",
        f"Laporan ini disusun tentang {topic.subject}. {intro}".strip(),
        "2. Pelaksanaan",
        *sentences,
        "Pematangsiantar, 12 Desember 2025",
        "Kepala Dinas Komunikasi dan Informatika",
    ]
    return ["\n".join(lines)]


def test_every_implementation_indicator_has_a_report_for_each_of_its_elements():
    assert sorted(TOPICS) == list(range(13, 32))
    for number, topic in TOPICS.items():
        names = {e.name for lvl in rules(number).levels[1:4] for e in lvl.elements}
        assert names == set(topic.articles), number


@pytest.mark.parametrize("indicator", sorted(TOPICS))
def test_a_report_stating_every_element_supports_level_4_and_no_more(indicator):
    topic = TOPICS[indicator]
    result = check_document(
        report(topic, topic.articles), rules(indicator), agency=None, claimed_level=5
    )
    assert result.supported_level == 4
    assert result.missing == ()
    assert all(row.found and row.quote for row in result.criteria if row.level <= 4)
    assert "needs_person" in [flag.code for flag in result.flags]


# A higher level's sentence that states the lower element too, rightly found there: all units
# placing their servers in the data centre use it; a knowledge-management portal is its
# application; every unit joined to the intranet, a gateway joined to the national connector
# and the same controls applied in every unit show the network, the connector and the controls
# in place, and requests logged in the service-desk application show users served (found since elements read one sentence's concepts in any order, ``together``).
IMPLIED = {
    (16, "Layanan Pusat Data digunakan"),
    (26, "Sistem aplikasi manajemen pengetahuan"),
    (17, "Jaringan Intra diterapkan"),
    (18, "Sistem penghubung layanan diterapkan"),
    (22, "Pengendalian Keamanan Informasi tersedia"),
    (28, "Pelayanan Pengguna SPBE"),
}


@pytest.mark.parametrize(
    ("indicator", "element"),
    [
        (number, name)
        for number, topic in TOPICS.items()
        for name in topic.articles
        if (number, name) not in IMPLIED
    ],
)
def test_without_one_element_it_stops_below_that_elements_level_and_names_it(indicator, element):
    topic = TOPICS[indicator]
    rule = rules(indicator)
    rest = [name for name in topic.articles if name != element]
    result = check_document(report(topic, rest), rule, agency=None)
    assert result.supported_level == level_of(rule, element) - 1
    assert result.missing == (element,)


def test_an_introduction_listing_the_data_processes_does_not_show_them_carried_out():
    topic = TOPICS[23]
    plan = next(iter(topic.articles))
    intro = (
        "Laporan ini mencakup arsitektur data, data induk, data referensi, basis data, "
        "kualitas data dan interoperabilitas data."
    )
    result = check_document(report(topic, [plan], intro=intro), rules(23), agency=None)
    assert result.supported_level == 2
    assert {"Data induk", "Kualitas data"} <= set(result.missing)


def test_an_internal_audit_is_level_3_and_an_external_one_by_a_certified_auditor_level_4():
    topic = TOPICS[31]
    names = list(topic.articles)
    internal = check_document(report(topic, names[:3]), rules(31), agency=None)
    assert internal.supported_level == 3
    assert internal.missing == ("Dilaksanakan oleh auditor eksternal", "Auditor bersertifikat")


def test_a_report_that_never_names_the_subject_supports_level_0_and_asks_a_person():
    """A report is titled by what it is about, which need not be the SPBE term: that it does not
    name the subject is a question for a person ("subject_not_named"), not a verdict that it is
    about something else, as it is for a regulation ("unrelated")."""
    topic = TOPICS[19]
    pages = report(topic, topic.articles)
    pages = [
        pages[0]
        .replace("TIM KOORDINASI SPBE", "PENGELOLAAN PARKIR")
        .replace("Tim Koordinasi SPBE", "parkir")
    ]
    result = check_document(pages, rules(19), agency=None)
    assert result.supported_level == 0
    codes = [flag.code for flag in result.flags]
    assert "subject_not_named" in codes
    assert "unrelated" not in codes
