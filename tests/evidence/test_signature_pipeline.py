"""Digital signatures through the upload pipeline and ``spbe evidence check``: verified on the
bytes that were uploaded, kept on the version, shown on the page and in the CLI's output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils.html import escape
from django.utils.translation import gettext

from spbe.evidence.models import DocumentVersion, EvidenceLink
from spbe.evidence.signature_services import check_version_signatures, configured_trust_roots
from spbe.evidence.signature_wording import chain_message, signature_message
from tests.conftest import Cli
from tests.evidence.test_upload_and_links import (
    ARCHITECTURE_LEVEL_2,
    indicator_url,
    login,
    upload,
)
from tests.precheck.test_signature import e_signed
from tests.textanalysis.fabricate import text_pdf
from tests.textanalysis.signing import (
    Identity,
    make_leaf,
    make_root,
    sign_pdf,
    tamper_inside_signed_range,
)

pytestmark = pytest.mark.dates

E_SIGNED = e_signed(ARCHITECTURE_LEVEL_2, head="WALI KOTA UJI", place="Kota Uji")
NOT_CHECKED = "Certificate chain not checked: SPBE_TRUST_ROOTS is not set."


@pytest.fixture(scope="module")
def root() -> Identity:
    return make_root("Root CA Uji")


@pytest.fixture(scope="module")
def signed(root: Identity) -> bytes:
    return sign_pdf(text_pdf(E_SIGNED), make_leaf(root, "dr. Susanti Dewayani"), root)


@pytest.fixture
def trust_roots(settings, tmp_path: Path, root: Identity) -> Path:
    folder = tmp_path / "trust-roots"
    folder.mkdir()
    (folder / "root-ca-uji.pem").write_bytes(root.pem)
    settings.SPBE_TRUST_ROOTS = folder
    return folder


def upload_signed(client, cast, content: bytes, capture) -> tuple[DocumentVersion, str]:
    login(client, cast.pic)
    with capture(execute=True):
        response = upload(client, cast, content)
    assert response.status_code == 302
    page = client.get(indicator_url(cast)).content.decode()
    return DocumentVersion.objects.get(), page


def test_a_trusted_intact_signature_is_shown_and_counts_as_enactment(
    client, cast, media, trust_roots, signed, django_capture_on_commit_callbacks
):
    version, page = upload_signed(client, cast, signed, django_capture_on_commit_callbacks)
    [row] = version.signatures
    assert (row["signer"], row["integrity"], row["chain"]) == (
        "dr. Susanti Dewayani",
        "intact",
        "trusted",
    )
    link = EvidenceLink.objects.get()
    assert link.precheck["signatures"] == version.signatures
    assert link.precheck["digital_signature"] == "valid"
    assert link.precheck["supported_level"] == 2
    assert escape(signature_message(row)) in page
    assert escape(chain_message(row)) in page
    assert "dr. Susanti Dewayani" in page


def test_without_trust_roots_the_page_says_the_chain_was_not_checked(
    client, cast, media, settings, signed, django_capture_on_commit_callbacks
):
    settings.SPBE_TRUST_ROOTS = None
    version, page = upload_signed(client, cast, signed, django_capture_on_commit_callbacks)
    assert version.signatures[0]["chain"] == "not_checked"
    assert escape(gettext(NOT_CHECKED)) in page
    link = EvidenceLink.objects.get()
    # An unchecked chain proves nothing: the e-signed text alone is not shown to be enacted.
    assert link.precheck["supported_level"] == 1


def test_a_document_changed_after_signing_is_flagged_on_the_page(
    client, cast, media, trust_roots, signed, django_capture_on_commit_callbacks
):
    # A byte of the header comment: the text still reads, but not as it was signed.
    tampered = tamper_inside_signed_range(signed, b"ReportLab Generated", b"ReportLub Generated")
    version, page = upload_signed(client, cast, tampered, django_capture_on_commit_callbacks)
    assert version.signatures[0]["integrity"] == "changed"
    link = EvidenceLink.objects.get()
    assert {"code": "signature_invalid"} in link.precheck["flags"]
    assert link.precheck["supported_level"] == 1
    changed = gettext("The signature is not valid: the document changed after it was signed.")
    assert escape(changed) in page


def test_an_unsigned_upload_keeps_an_empty_list_and_shows_no_signature(
    client, cast, media, trust_roots, django_capture_on_commit_callbacks
):
    version, page = upload_signed(
        client, cast, text_pdf(ARCHITECTURE_LEVEL_2), django_capture_on_commit_callbacks
    )
    assert version.signatures == []
    assert 'class="signature"' not in page
    assert EvidenceLink.objects.get().precheck["supported_level"] == 2


def test_a_version_whose_stored_file_is_gone_keeps_its_signatures_unknown(
    client, cast, media, trust_roots, signed, django_capture_on_commit_callbacks
):
    version, _ = upload_signed(client, cast, signed, django_capture_on_commit_callbacks)
    Path(version.stored_file.file.path).unlink()
    DocumentVersion.objects.filter(pk=version.pk).update(signatures=None)
    assert check_version_signatures(version_id=version.pk) is None
    version.refresh_from_db()
    assert version.signatures is None


def test_a_broken_certificate_in_the_trust_roots_is_a_configuration_error(settings, tmp_path: Path):
    (tmp_path / "rusak.pem").write_bytes(
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    )
    settings.SPBE_TRUST_ROOTS = tmp_path
    with pytest.raises(ImproperlyConfigured, match=r"rusak\.pem"):
        configured_trust_roots()


@pytest.mark.slow
def test_the_check_command_lists_the_signatures_in_json_and_text(
    tmp_path: Path, root: Identity, signed: bytes
):
    folder = tmp_path / "roots"
    folder.mkdir()
    (folder / "root.crt").write_bytes(root.der)
    document = tmp_path / "perwali.pdf"
    document.write_bytes(signed)
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        {"SPBE_DATA_DIR": str(tmp_path / "data"), "DEBUG": "1", "SPBE_TRUST_ROOTS": str(folder)}
    )
    cli = Cli(env=env, cwd=tmp_path)
    args = ("evidence", "check", str(document), "--framework", "spbe-2020", "--indicator", "1")
    result = cli(*args, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    [row] = data["signatures"]
    assert (row["signer"], row["integrity"], row["chain"]) == (
        "dr. Susanti Dewayani",
        "intact",
        "trusted",
    )
    assert data["digital_signature"] == "valid"
    text = cli(*args, "--agency", "Kota Pematangsiantar")
    assert text.returncode == 0, text.stderr
    assert "dr. Susanti Dewayani" in text.stdout
    assert "SPBE_TRUST_ROOTS" in text.stdout


def test_the_check_command_refuses_a_missing_trust_roots_folder(tmp_path: Path):
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        {
            "SPBE_DATA_DIR": str(tmp_path / "data"),
            "DEBUG": "1",
            "SPBE_TRUST_ROOTS": str(tmp_path / "missing"),
        }
    )
    document = tmp_path / "perwali.pdf"
    document.write_bytes(text_pdf(ARCHITECTURE_LEVEL_2))
    result = Cli(env=env, cwd=tmp_path)(
        "evidence", "check", str(document), "--framework", "spbe-2020", "--indicator", "1"
    )
    assert result.returncode != 0
    assert "SPBE_TRUST_ROOTS" in result.stderr
    assert result.stdout == ""
