"""A digital signature in the level decision: a valid one counts as enactment, an invalid one
never does and flags the document, and without one nothing changes."""

from __future__ import annotations

from spbe.precheck import precheck_pages
from spbe.precheck.signature import DigitalSignature, digital_signature
from tests.precheck.texts import SIANTAR, SIGNATURE, regulation

ARTICLES = [
    "Arsitektur Domain Proses Bisnis memetakan proses bisnis.",
    "(1) Arsitektur Domain Data dan Informasi disusun Dinas.",
    "Arsitektur Infrastruktur SPBE memuat pusat data.",
    "Arsitektur Domain Aplikasi SPBE memuat aplikasi umum.",
]
TITLE = "Arsitektur Sistem Pemerintahan Berbasis Elektronik"


def e_signed(pages: list[str], *, head: str = SIANTAR, place: str = "Pematangsiantar") -> list[str]:
    """``pages`` (a ``regulation``) with the signature block replaced by the note that
    regulations signed with a BSrE certificate often carry instead of "ttd" and a name: the
    signature is in the file, not in the text."""
    closing = SIGNATURE.format(head=head)
    assert closing in pages[-1]
    note = (
        f"Ditetapkan di {place}\n{head},\n"
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
        "yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN."
    )
    return [*pages[:-1], pages[-1].replace(closing, note)]


def check(pages: list[str], signature: DigitalSignature = DigitalSignature.NONE):
    return precheck_pages(
        pages,
        framework="spbe-2020",
        indicator=1,
        agency="Kota Pematangsiantar",
        signature=signature,
    )


def codes(result) -> set[str]:
    return {flag.code for flag in result.flags}


def test_an_e_signed_regulation_without_a_valid_signature_is_not_shown_to_be_enacted() -> None:
    result = check(e_signed(regulation(TITLE, ARTICLES)))
    assert result.supported_level == 1
    assert "not_enacted" in codes(result)


def test_a_valid_digital_signature_counts_as_enactment() -> None:
    result = check(e_signed(regulation(TITLE, ARTICLES)), DigitalSignature.VALID)
    assert result.supported_level == 2
    assert "not_enacted" not in codes(result)
    assert result.digital_signature is DigitalSignature.VALID


def test_an_invalid_digital_signature_never_counts_and_flags_the_document() -> None:
    result = check(e_signed(regulation(TITLE, ARTICLES)), DigitalSignature.INVALID)
    assert result.supported_level == 1
    assert {"signature_invalid", "not_enacted"} <= codes(result)


def test_an_invalid_digital_signature_is_flagged_beside_a_wet_signature_block() -> None:
    result = check(regulation(TITLE, ARTICLES), DigitalSignature.INVALID)
    assert "signature_invalid" in codes(result)


def test_a_valid_digital_signature_does_not_make_a_draft_enacted() -> None:
    result = check(regulation(TITLE, ARTICLES, draft=True), DigitalSignature.VALID)
    assert result.supported_level == 1
    assert "draft" in codes(result)


def test_without_a_digital_signature_a_signed_regulation_is_checked_as_before() -> None:
    pages = regulation(TITLE, ARTICLES)
    assert check(pages) == check(pages, DigitalSignature.NONE)
    assert check(pages).supported_level == 2
    assert "signature_invalid" not in codes(check(pages))


def test_the_stored_signatures_reduce_to_one_word() -> None:
    valid = {"valid": True, "invalid": False}
    invalid = {"valid": False, "invalid": True}
    unproven = {"valid": False, "invalid": False}
    assert digital_signature(None) is DigitalSignature.NONE
    assert digital_signature([]) is DigitalSignature.NONE
    assert digital_signature([unproven]) is DigitalSignature.NONE
    assert digital_signature([valid, unproven]) is DigitalSignature.VALID
    assert digital_signature([valid, invalid]) is DigitalSignature.INVALID
