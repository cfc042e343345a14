"""The digital signatures of a PDF: integrity, signer, time and chain, on bytes signed here."""

from __future__ import annotations

import asyncio
import datetime
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from spbe.textanalysis.signature_report import (
    Chain,
    Integrity,
    SignatureReport,
    TimeSource,
    report_as_json,
)
from spbe.textanalysis.signatures import verify_signatures
from spbe.textanalysis.signatures_isolated import SignatureCheckFailed, verify_signatures_isolated
from spbe.textanalysis.trust_roots import TrustRootError, load_trust_roots
from tests.textanalysis.fabricate import text_pdf
from tests.textanalysis.signing import (
    SIGNED_AT,
    Identity,
    change_page_after_signing,
    make_leaf,
    make_root,
    sign_pdf,
    tamper_inside_signed_range,
)

TEXT = "PERATURAN WALI KOTA PEMATANGSIANTAR NOMOR 12 TAHUN 2026 TENTANG ARSITEKTUR SPBE"


@pytest.fixture(scope="module")
def root() -> Identity:
    return make_root("Root CA Uji")


@pytest.fixture(scope="module")
def leaf(root: Identity) -> Identity:
    return make_leaf(root, "Budi Santoso")


@pytest.fixture(scope="module")
def signed(leaf: Identity, root: Identity) -> bytes:
    return sign_pdf(text_pdf([TEXT]), leaf, root)


def only(reports: tuple[SignatureReport, ...]) -> SignatureReport:
    assert len(reports) == 1
    return reports[0]


def test_an_intact_pdf_signed_under_a_trusted_root_is_intact_and_trusted(
    signed: bytes, root: Identity
) -> None:
    report = only(verify_signatures(signed, trust_roots=[root.der]))
    assert report.signer == "Budi Santoso"
    assert report.signed_at == SIGNED_AT
    assert report.time_source is TimeSource.SIGNER
    assert report.integrity is Integrity.INTACT
    assert report.chain is Chain.TRUSTED
    assert report.valid and not report.invalid


def test_a_signature_is_verified_inside_a_thread_that_runs_an_event_loop(
    signed: bytes, root: Identity
) -> None:
    # A Playwright session or an async server runs a loop; pyHanko's own asyncio.run must not
    # collide with it.
    async def inside_a_loop() -> tuple[SignatureReport, ...]:
        return verify_signatures(signed, trust_roots=[root.der])

    # The loop runs in a thread of its own: the test's thread may already run one (the
    # browser tests' Playwright session in the same worker), where asyncio.run cannot start.
    with ThreadPoolExecutor(max_workers=1) as pool:
        report = only(pool.submit(asyncio.run, inside_a_loop()).result())
    assert report.integrity is Integrity.INTACT and report.chain is Chain.TRUSTED


def test_without_trust_roots_the_chain_is_not_checked_and_never_called_trusted(
    signed: bytes,
) -> None:
    for roots in (None, []):
        report = only(verify_signatures(signed, trust_roots=roots))
        assert report.integrity is Integrity.INTACT
        assert report.chain is Chain.NOT_CHECKED
        assert not report.valid


def test_bytes_changed_inside_the_signed_range_are_reported_as_changed(
    signed: bytes, root: Identity
) -> None:
    tampered = tamper_inside_signed_range(signed, b"/F1 2 0 R", b"/F1 3 0 R")
    report = only(verify_signatures(tampered, trust_roots=[root.der]))
    assert report.integrity is Integrity.CHANGED
    assert report.invalid and not report.valid


def test_an_incremental_update_that_changes_a_page_is_reported_as_changed(
    signed: bytes, root: Identity
) -> None:
    report = only(verify_signatures(change_page_after_signing(signed), trust_roots=[root.der]))
    assert report.integrity is Integrity.CHANGED
    assert report.invalid


def test_a_later_signature_does_not_break_the_first(signed: bytes, root: Identity) -> None:
    second = make_leaf(root, "Siti Aminah")
    twice = sign_pdf(signed, second, root, field="Signature2")
    first, then = verify_signatures(twice, trust_roots=[root.der])
    assert (first.signer, first.integrity, first.chain) == (
        "Budi Santoso",
        Integrity.INTACT,
        Chain.TRUSTED,
    )
    assert (then.signer, then.integrity) == ("Siti Aminah", Integrity.INTACT)


def test_a_certificate_for_digital_signature_only_is_trusted_too(root: Identity) -> None:
    plain = make_leaf(root, "Tanpa Nirsangkal", non_repudiation=False)
    report = only(
        verify_signatures(sign_pdf(text_pdf([TEXT]), plain, root), trust_roots=[root.der])
    )
    assert (report.integrity, report.chain) == (Integrity.INTACT, Chain.TRUSTED)


def test_a_certificate_of_another_ca_is_untrusted(root: Identity) -> None:
    stranger_root = make_root("CA Lain")
    stranger = make_leaf(stranger_root, "Orang Lain")
    report = only(
        verify_signatures(
            sign_pdf(text_pdf([TEXT]), stranger, stranger_root), trust_roots=[root.der]
        )
    )
    assert report.integrity is Integrity.INTACT
    assert report.chain is Chain.UNTRUSTED
    assert not report.valid and not report.invalid


def test_a_certificate_expired_before_signing_is_expired_at_signing(root: Identity) -> None:
    expired = make_leaf(
        root,
        "Pejabat Lama",
        not_before=SIGNED_AT - datetime.timedelta(days=730),
        not_after=SIGNED_AT - datetime.timedelta(days=365),
    )
    report = only(
        verify_signatures(sign_pdf(text_pdf([TEXT]), expired, root), trust_roots=[root.der])
    )
    assert report.chain is Chain.EXPIRED_AT_SIGNING
    assert report.invalid


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a pdf at all",
        b"%PDF-1.7\n1 0 obj <<",
        text_pdf([TEXT])[:200],
        b"%PDF-1.7\n/ByteRange [0 10 20 30] <00>",
    ],
    ids=["empty", "text", "truncated-header", "cut-off-pdf", "byte-range-in-rubbish"],
)
def test_a_damaged_or_non_pdf_input_has_no_signature(data: bytes, root: Identity) -> None:
    assert verify_signatures(data, trust_roots=[root.der]) == ()


def test_an_unsigned_pdf_has_no_signature() -> None:
    assert verify_signatures(text_pdf([TEXT])) == ()


def test_a_signed_pdf_cut_short_is_not_an_exception(signed: bytes) -> None:
    for report in verify_signatures(signed[: len(signed) - 400]):
        assert report.integrity is not Integrity.INTACT


def test_the_report_as_json_names_every_verdict(signed: bytes, root: Identity) -> None:
    data = report_as_json(only(verify_signatures(signed, trust_roots=[root.der])))
    assert data == {
        "field": "Signature1",
        "signer": "Budi Santoso",
        "signed_at": "2026-03-02T09:30:00+00:00",
        "time_source": "signer",
        "integrity": "intact",
        "chain": "trusted",
        "valid": True,
        "invalid": False,
    }


def test_trust_roots_are_read_from_pem_and_der_files(tmp_path: Path, root: Identity) -> None:
    other = make_root("Root Kedua")
    (tmp_path / "root.pem").write_bytes(root.pem + other.pem)
    (tmp_path / "bsre.cer").write_bytes(other.der)
    (tmp_path / "README.txt").write_text("not a certificate, and not read")
    assert load_trust_roots(tmp_path) == (other.der, root.der, other.der)


def test_an_empty_trust_roots_folder_gives_no_roots(tmp_path: Path) -> None:
    assert load_trust_roots(tmp_path) == ()


def test_a_broken_certificate_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.pem").write_bytes(
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    )
    with pytest.raises(TrustRootError, match=r"broken\.pem"):
        load_trust_roots(tmp_path)


def test_an_unsigned_file_is_answered_without_starting_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("the child process was started")

    monkeypatch.setattr("subprocess.Popen", no_child)
    path = tmp_path / "unsigned.pdf"
    path.write_bytes(text_pdf([TEXT]))
    assert verify_signatures_isolated(path) == ()


def test_the_child_gives_the_same_reports_as_the_direct_check(
    tmp_path: Path, signed: bytes, root: Identity
) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    isolated = verify_signatures_isolated(path, trust_roots=[root.der])
    assert isolated == verify_signatures(signed, trust_roots=[root.der])
    assert isolated[0].chain is Chain.TRUSTED


def test_a_child_that_does_not_answer_in_time_is_a_failure_not_a_verdict(
    tmp_path: Path, signed: bytes
) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    with pytest.raises(SignatureCheckFailed):
        verify_signatures_isolated(path, timeout=0.001)
