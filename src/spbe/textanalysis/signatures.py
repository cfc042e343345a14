"""The digital signatures of a PDF: who signed, when, whether the file is intact, whose CA.

Pure (no Django). Always give it the ORIGINAL bytes that were uploaded: a processed copy
(re-saved, OCR'd, flattened) no longer carries a verifiable signature.

    from spbe.textanalysis.signatures import verify_signatures
    from spbe.textanalysis.trust_roots import load_trust_roots

    roots = load_trust_roots(Path("/etc/spbe/trust-roots"))   # () when the folder is empty
    for report in verify_signatures(pdf_bytes, trust_roots=roots):
        report.signer, report.signed_at, report.integrity, report.chain

Decisions (see ``docs/evidence-check.md``, "Signatures"):

- **Integrity** is pyHanko's digest and coverage check. An incremental update after signing is
  accepted only when it adds later signatures, form filling of signature fields or DSS
  (validation data); any other change — a page, an annotation, content — is ``changed``.
- **Signing time** is the timestamp token's time when there is one, else the signer's own
  ``signingTime`` attribute, else the ``/M`` entry of the signature dictionary. The chain is
  validated *at that time*, so a certificate that has expired since is still trusted, and one
  that had already expired when it signed is ``expired_at_signing``.
- **Chain**: ``not_checked`` when no trust roots are given (never a guess), else ``trusted``,
  ``untrusted`` or ``expired_at_signing``. Revocation is not fetched (no network); revocation
  data embedded in the file is used when present.
- A damaged or non-PDF input has no signature: the result is an empty tuple, never an
  exception.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from io import BytesIO
from typing import Final

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.generic_cms import extract_self_reported_ts
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from spbe.textanalysis.signature_report import (
    Chain,
    Integrity,
    SignatureReport,
    TimeSource,
    may_be_signed,
)

logger = logging.getLogger(__name__)


def outside_event_loop[T](call: Callable[[], T]) -> T:
    """Run ``call`` where no asyncio loop is running, and return its answer.

    pyHanko's synchronous functions start an event loop of their own (``asyncio.run``), which
    fails in a thread that already runs one (a Playwright session, an async server). There the
    call goes to a short-lived thread of its own.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return call()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(call).result()


# Changes after signing that leave what was signed as it was: later signatures filling their
# fields, and the validation data (DSS, document timestamps) added for long-term validation.
_HARMLESS_CHANGES: Final = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)
# pyHanko asks for non-repudiation alone; many signing certificates have only digital
# signature, which PDF readers accept too. Either suffices.
_SIGNING_KEY_USAGE: Final = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)
# What pyHanko and asn1crypto raise on a damaged file or damaged CMS data; pyHanko's own
# errors derive from these (PdfError, ValueError, KeyError).
_DAMAGED: Final = (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError)


def verify_signatures(
    data: bytes, *, trust_roots: Sequence[bytes] | None = None
) -> tuple[SignatureReport, ...]:
    """Every digital signature in the PDF ``data``, in document order.

    ``trust_roots`` are DER certificates (``trust_roots.load_trust_roots``); without any, each
    report's chain is ``not_checked``. A damaged or non-PDF input gives ``()``.
    """
    if not may_be_signed(data):
        return ()
    roots = [x509.Certificate.load(der) for der in trust_roots or ()]
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        embedded = list(reader.embedded_regular_signatures)
    except _DAMAGED as error:
        logger.info("no readable signatures: %s", error)
        return ()
    return tuple(_report(signature, roots) for signature in embedded)


def _report(signature: EmbeddedPdfSignature, roots: list[x509.Certificate]) -> SignatureReport:
    field = str(signature.field_name)
    try:
        signer = _signer_name(signature.signer_cert)
        claimed_at = extract_self_reported_ts(signature.signer_info) or (
            signature.self_reported_timestamp
        )
        context = _context(roots, claimed_at)
        status = outside_event_loop(
            lambda: validate_pdf_signature(
                signature,
                signer_validation_context=context,
                ts_validation_context=context,
                key_usage_settings=_SIGNING_KEY_USAGE,
            )
        )
    except _DAMAGED as error:
        logger.info("signature %s cannot be validated: %s", field, error)
        return SignatureReport(field, None, None, None, Integrity.UNREADABLE, Chain.NOT_CHECKED)
    signed_at, source = _signing_time(status)
    return SignatureReport(
        field=field,
        signer=signer,
        signed_at=signed_at,
        time_source=source,
        integrity=_integrity(status),
        chain=_chain(status, signature.signer_cert, signed_at, checked=bool(roots)),
    )


def _context(roots: list[x509.Certificate], moment: datetime | None) -> ValidationContext:
    # Offline on purpose: the server never fetches CRLs or OCSP for an upload.
    return ValidationContext(
        trust_roots=roots,
        moment=moment,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def _signer_name(certificate: x509.Certificate) -> str | None:
    subject = certificate.subject.native
    name = subject.get("common_name") or subject.get("organization_name")
    return str(name) if name else None


def _signing_time(status: PdfSignatureStatus) -> tuple[datetime | None, TimeSource | None]:
    stamp = status.timestamp_validity
    if stamp is not None and stamp.intact and stamp.valid:
        return stamp.timestamp, TimeSource.TIMESTAMP
    if status.signer_reported_dt is not None:
        return status.signer_reported_dt, TimeSource.SIGNER
    return None, None


def _integrity(status: PdfSignatureStatus) -> Integrity:
    if not (status.intact and status.valid):
        return Integrity.CHANGED
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return Integrity.INTACT
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return Integrity.CHANGED
    return Integrity.INTACT if status.modification_level in _HARMLESS_CHANGES else Integrity.CHANGED


def _chain(
    status: PdfSignatureStatus,
    certificate: x509.Certificate,
    signed_at: datetime | None,
    *,
    checked: bool,
) -> Chain:
    if not checked:
        return Chain.NOT_CHECKED
    validity = certificate["tbs_certificate"]["validity"]
    if signed_at is not None and not (
        validity["not_before"].native <= signed_at <= validity["not_after"].native
    ):
        return Chain.EXPIRED_AT_SIGNING
    return Chain.TRUSTED if status.trusted else Chain.UNTRUSTED


__all__ = ["outside_event_loop", "verify_signatures"]
