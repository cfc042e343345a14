"""The building blocks of a generated document: the issuing agency, the topic's text, and the
specification of one document with the truth about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Format = Literal["text_pdf", "scanned_pdf", "docx"]
FORMATS: tuple[Format, ...] = ("text_pdf", "scanned_pdf", "docx")
Style = Literal[
    "regulation",
    "decree",
    "circular",
    "minutes",
    "sop",
    "annex",
    "report",
    "enumerated",
    "tabled",
    "omnibus",
    "annex_table",
    "heldback_regulation",
    "heldback_enumerated",
    "heldback_omnibus",
    "heldback_decree",
    "implementation_report",
    "heldback_implementation",
    "practice_minutes",
]


@dataclass(frozen=True)
class Issuer:
    """An agency as its documents name it. Placeholders in topic texts (``{head}``,
    ``{gov}``, ``{units}``, ``{reg}``, ``{tik}``, ``{region}``) are filled from here."""

    code: str
    name: str  # as the user gives it: "Pemerintah Kota Pematangsiantar"
    region: str  # "Kota Pematangsiantar"
    head: str  # "Wali Kota"
    head_title: str  # "WALI KOTA PEMATANGSIANTAR"
    regulation: str  # "Peraturan Wali Kota"
    kind: str  # the precheck kind code of its regulation: "perwali"
    place: str  # where it signs: "Pematangsiantar"
    signer: str
    secretary_title: str  # "SEKRETARIS DAERAH KOTA PEMATANGSIANTAR"
    secretary: str
    gazette: str  # "BERITA DAERAH KOTA PEMATANGSIANTAR"
    letterhead: tuple[str, ...]
    gov: str = "Pemerintah Daerah"
    units: str = "Perangkat Daerah"
    tik: str = "Dinas Komunikasi dan Informatika"
    header_lines: tuple[str, ...] = ()

    def fill(self, text: str) -> str:
        """A topic text with this agency's names put in."""
        return text.format(
            head=self.head,
            gov=self.gov,
            units=self.units,
            reg=self.regulation,
            tik=self.tik,
            region=self.region,
        )


@dataclass(frozen=True)
class Article:
    """A provision regulating one element: an optional section heading and its ayat."""

    heading: str | None
    ayat: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    """The text of documents on one indicator's subject."""

    framework: str
    indicator: int
    title: str  # the subject after TENTANG, e.g. "ARSITEKTUR SISTEM PEMERINTAHAN …"
    subject: str  # "Arsitektur SPBE"
    considering: str
    basis: tuple[str, ...]
    definitions: tuple[str, ...]
    purpose: str  # an article naming every element at once (a trap for the check)
    scope: tuple[str, ...]  # a "ruang lingkup … meliputi:" list of every element (a trap)
    opening: tuple[str, ...]  # the first article on the subject, regulating no element
    articles: dict[str, Article]  # element name → the provision that regulates it
    style: Style = "regulation"


@dataclass(frozen=True)
class Spec:
    """One document of the corpus and what is true about it."""

    slug: str
    framework: str  # the indicator the document is checked against
    indicator: int
    topic: Topic
    issuer: Issuer
    regulated: frozenset[str]  # elements the document regulates
    number: str | None
    year: int
    date: str  # "14 Maret 2023"
    draft: bool = False
    style: Style | None = None  # defaults to the topic's
    related: bool = True  # False for a document on another subject than the indicator
    checked_as: str | None = None  # the agency named to the check, if not the issuer
    description: str = ""
    marker: str | None = None  # an enumeration's marker kind ("a.", "(1)", "-"), if not the default
    lead_in_ayat: bool = False  # an enumeration opened by a short first ayat "(1) … memuat:"

    @property
    def kind(self) -> str:
        """The pre-check kind code this document should be read as."""
        style = self.style or self.topic.style
        return {
            "regulation": self.issuer.kind,
            "decree": "keputusan",
            "circular": "surat_edaran",
            "minutes": "notulen",
            "sop": "sop",
            "annex": self.issuer.kind,
            "report": "laporan",
            "enumerated": self.issuer.kind,
            "tabled": self.issuer.kind,
            "omnibus": self.issuer.kind,
            "annex_table": self.issuer.kind,
            "heldback_regulation": self.issuer.kind,
            "heldback_enumerated": self.issuer.kind,
            "heldback_omnibus": self.issuer.kind,
            "heldback_decree": "keputusan",
            "implementation_report": "laporan",
            "heldback_implementation": "notulen",
            "practice_minutes": "notulen",
        }[style]
