"""From the signed bytes to the pre-check's verdict (issue 12 § 4): an e-signed regulation,
signed here with pyHanko and a throwaway CA, then tampered with, signed with an untrusted
certificate or with an expired one. Each gives its verdict: the word the level decision sees,
whether the signature counts as enactment, and whether the document is flagged."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

from spbe.precheck.signature import DigitalSignature, digital_signature
from spbe.textanalysis.signature_report import report_as_json
from spbe.textanalysis.signatures import verify_signatures
from tests.precheck.test_signature import ARTICLES, TITLE, check, codes, e_signed
from tests.precheck.texts import regulation
from tests.textanalysis.fabricate import text_pdf
from tests.textanalysis.signing import (
    SIGNED_AT,
    Identity,
    change_page_after_signing,
    make_leaf,
    make_root,
    sign_pdf,
)

PAGES = e_signed(regulation(TITLE, ARTICLES))


@pytest.fixture(scope="module")
def root() -> Identity:
    return make_root("Root CA Uji")


def trusted(root: Identity) -> bytes:
    return sign_pdf(text_pdf(PAGES), make_leaf(root, "Hendra Simanjuntak"), root)


def tampered(root: Identity) -> bytes:
    return change_page_after_signing(trusted(root))


def untrusted(_root: Identity) -> bytes:
    stranger = make_root("CA Tak Dikenal")
    return sign_pdf(text_pdf(PAGES), make_leaf(stranger, "Hendra Simanjuntak"), stranger)


def expired(root: Identity) -> bytes:
    old = make_leaf(
        root,
        "Hendra Simanjuntak",
        not_before=SIGNED_AT - datetime.timedelta(days=730),
        not_after=SIGNED_AT - datetime.timedelta(days=1),
    )
    return sign_pdf(text_pdf(PAGES), old, root)


@pytest.mark.parametrize(
    ("signed", "word", "level", "flagged"),
    [
        (trusted, DigitalSignature.VALID, 2, set()),
        (tampered, DigitalSignature.INVALID, 1, {"signature_invalid", "not_enacted"}),
        (untrusted, DigitalSignature.NONE, 1, {"not_enacted"}),
        (expired, DigitalSignature.INVALID, 1, {"signature_invalid", "not_enacted"}),
    ],
    ids=["trusted", "tampered-after-signing", "untrusted-certificate", "expired-certificate"],
)
def test_each_signed_file_gives_its_verdict(
    root: Identity,
    signed: Callable[[Identity], bytes],
    word: DigitalSignature,
    level: int,
    flagged: set[str],
) -> None:
    rows = [
        report_as_json(report) for report in verify_signatures(signed(root), trust_roots=[root.der])
    ]
    assert digital_signature(rows) is word
    result = check(PAGES, word)
    assert result.supported_level == level
    assert codes(result) & {"signature_invalid", "not_enacted"} == flagged
