"""Reading the trust roots (root CA certificates) for signature checks from a folder.

Pure and light (asn1crypto only), so the settings can read the folder at start and fail
loudly on a file that is not a certificate.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from asn1crypto import pem, x509

CERTIFICATE_SUFFIXES: Final = (".pem", ".crt", ".cer", ".der")


class TrustRootError(ValueError):
    """A file in the trust-roots folder is not a certificate."""


def load_trust_roots(folder: Path) -> tuple[bytes, ...]:
    """The DER bytes of each certificate in ``folder`` (``.pem``, ``.crt``, ``.cer``, ``.der``;
    a PEM file may hold several). An empty folder gives ``()``: the chain is not checked.

    Raises :class:`TrustRootError` naming a file that holds no readable certificate.
    """
    roots: list[bytes] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in CERTIFICATE_SUFFIXES:
            continue
        try:
            roots.extend(_certificates(path.read_bytes()))
        except ValueError as error:
            raise TrustRootError(f"{path}: not a certificate ({error})") from error
    return tuple(roots)


def _certificates(data: bytes) -> list[bytes]:
    blocks = [der for _, _, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
    for der in blocks:
        # Parsing the whole structure (not only its outer shell) is what validates it.
        x509.Certificate.load(der).native  # noqa: B018
    return blocks
