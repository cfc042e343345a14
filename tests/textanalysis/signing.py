"""A throwaway certificate authority and PDFs signed with pyHanko, for the signature tests.

Certificates are dated around ``SIGNED_AT``, and documents are signed with the clock at that
moment, so no test depends on today's date: the chain is validated at the signing time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from io import BytesIO

import time_machine
from asn1crypto import keys, x509
from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from spbe.textanalysis.signatures import outside_event_loop

UTC = datetime.UTC
SIGNED_AT = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Identity:
    """A certificate and its private key."""

    certificate: cx509.Certificate
    key: ec.EllipticCurvePrivateKey

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def _name(common_name: str) -> cx509.Name:
    return cx509.Name(
        [
            cx509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            cx509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uji SPBE"),
            cx509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_usage(*, ca: bool, non_repudiation: bool = True) -> cx509.KeyUsage:
    """A CA signs certificates; a signer signs documents (digital signature, and by default
    non-repudiation)."""
    return cx509.KeyUsage(
        digital_signature=True,
        content_commitment=not ca and non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_root(common_name: str) -> Identity:
    """A self-signed root CA valid for ten years around ``SIGNED_AT``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name)
    certificate = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(SIGNED_AT - datetime.timedelta(days=5 * 365))
        .not_valid_after(SIGNED_AT + datetime.timedelta(days=5 * 365))
        .add_extension(cx509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            _key_usage(ca=True),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return Identity(certificate, key)


def make_leaf(
    issuer: Identity,
    common_name: str,
    *,
    not_before: datetime.datetime | None = None,
    not_after: datetime.datetime | None = None,
    non_repudiation: bool = True,
) -> Identity:
    """A signing certificate issued by ``issuer``; by default valid a year either side of
    ``SIGNED_AT``."""
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        cx509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(issuer.certificate.subject)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(not_before or SIGNED_AT - datetime.timedelta(days=365))
        .not_valid_after(not_after or SIGNED_AT + datetime.timedelta(days=365))
        .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            _key_usage(ca=False, non_repudiation=non_repudiation),
            critical=True,
        )
        .sign(issuer.key, hashes.SHA256())
    )
    return Identity(certificate, key)


def sign_pdf(pdf: bytes, signer: Identity, issuer: Identity, *, field: str = "Signature1") -> bytes:
    """``pdf`` signed by ``signer`` (chain: ``issuer``) at ``SIGNED_AT``, as an incremental
    update."""
    key_der = signer.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    simple = signers.SimpleSigner(
        signing_cert=x509.Certificate.load(signer.der),
        signing_key=keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(issuer.der)]),
    )
    output = BytesIO()
    with time_machine.travel(SIGNED_AT, tick=False):
        outside_event_loop(
            lambda: signers.sign_pdf(
                IncrementalPdfFileWriter(BytesIO(pdf), strict=False),
                signers.PdfSignatureMetadata(field_name=field),
                signer=simple,
                output=output,
            )
        )
    return output.getvalue()


def tamper_inside_signed_range(signed: bytes, old: bytes, new: bytes) -> bytes:
    """``signed`` with the first ``old`` (inside the signed bytes) replaced by ``new`` of the
    same length, so the file still parses but the digest no longer matches."""
    assert len(old) == len(new) and old in signed
    return signed.replace(old, new, 1)


def change_page_after_signing(signed: bytes) -> bytes:
    """An incremental update after the signature that changes the document: text drawn on
    page 1."""
    writer = IncrementalPdfFileWriter(BytesIO(signed), strict=False)
    stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Pasal 9 ditambahkan) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
