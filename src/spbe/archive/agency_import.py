"""``agency_import``: an agency export read into this installation as a new agency.

All or nothing: every hash of the zip is checked before anything is written; the rows are
written in one transaction; the files written to the storage on the way are removed again if
the transaction fails. A file imported once is remembered by its manifest's SHA-256
(``AgencyImport``): a second import is refused, or with ``update`` does nothing.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from spbe.archive import format as fmt
from spbe.archive.decode import Decoder, kept_times
from spbe.archive.models import AgencyImport
from spbe.archive.tables import TABLES, UNITS
from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused
from spbe.evidence.models import StoredFile, stored_file_path
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency

User = get_user_model()
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ImportOutcome:
    agency: Agency
    imported: bool  # False: the same export was imported before and nothing was done
    counts: dict[str, int]


def agency_import(*, actor: Actor, path: Path, update: bool = False) -> ImportOutcome:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise ActionRefused(
            _("%(path)s is not an agency export (%(error)s).") % {"path": path, "error": error}
        ) from error
    with archive:
        manifest_bytes = _read(archive, fmt.MANIFEST)
        manifest = _manifest(manifest_bytes)
        _verify(archive, manifest)
        digest = fmt.sha256(manifest_bytes)
        earlier = (
            AgencyImport.objects.filter(manifest_sha256=digest).select_related("agency").first()
        )
        if earlier is not None:
            if update and earlier.agency is not None:
                return ImportOutcome(earlier.agency, False, manifest["counts"])
            raise ActionRefused(
                _(
                    "This export was imported already, on %(day)s, as the agency %(slug)s: "
                    "it is not imported twice (with --update nothing is done)."
                )
                % {"day": f"{earlier.imported_at:%Y-%m-%d %H:%M}", "slug": earlier.agency_slug}
            )
        data = {name: json.loads(_read(archive, fmt.data_path(name))) for name in _names()}
        present = set(archive.namelist())
        for table in TABLES:
            if table.optional:
                entry = fmt.data_path(table.name)
                data[table.name] = json.loads(archive.read(entry)) if entry in present else []
        _check_free(data)
        written: list[str] = []
        try:
            agency = _write(actor, archive, data, manifest, digest, written)
        except IntegrityError as error:
            _discard(written)
            raise ActionRefused(
                _("The export conflicts with data of this installation: %(error)s")
                % {"error": str(error).splitlines()[0]}
            ) from error
        except BaseException:
            _discard(written)
            raise
    return ImportOutcome(agency, True, manifest["counts"])


def _names() -> list[str]:
    """The table files every export of this format has (not the optional ones)."""
    required = (table.name for table in TABLES if not table.optional)
    return ["agency", UNITS.name, "users", "stored_files", *required]


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        raise ActionRefused(_("The export has no %(name)s.") % {"name": name}) from None


def _manifest(content: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(content)
    except ValueError as error:
        raise ActionRefused(_("The manifest is not JSON: %(error)s") % {"error": error}) from error
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        raise ActionRefused(_("This zip is not an SPBE agency export."))
    if manifest.get("format_version") != fmt.FORMAT_VERSION:
        raise ActionRefused(
            _("The export has format version %(found)s; this installation reads version %(known)s.")
            % {"found": manifest.get("format_version"), "known": fmt.FORMAT_VERSION}
        )
    return manifest


def _verify(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    """Every file of the zip is in the manifest with its SHA-256, and nothing else is there."""
    listed: dict[str, str] = manifest.get("files", {})
    present = {name for name in archive.namelist() if not name.endswith("/")} - {fmt.MANIFEST}
    if present != set(listed):
        extra = sorted(present ^ set(listed))
        raise ActionRefused(
            _("The zip and its manifest disagree on %(names)s.") % {"names": ", ".join(extra[:5])}
        )
    for name, expected in listed.items():
        hasher = hashlib.sha256()
        with archive.open(name) as handle:
            while chunk := handle.read(CHUNK):
                hasher.update(chunk)
        named = name.removeprefix(fmt.FILES_DIR) if name.startswith(fmt.FILES_DIR) else expected
        if hasher.hexdigest() != expected or named != expected:
            raise ActionRefused(
                _(
                    "%(name)s does not match its SHA-256: the export is damaged, nothing was imported."
                )
                % {"name": name}
            )


def _check_free(data: dict[str, Any]) -> None:
    agency = data["agency"]
    if Agency.objects.filter(slug=agency["slug"]).exists():
        raise ActionRefused(
            _("An agency with the short name %(slug)s exists already: nothing was imported.")
            % {"slug": agency["slug"]}
        )
    if Agency.objects.filter(name=agency["name"]).exists():
        raise ActionRefused(
            _("An agency called %(name)s exists already: nothing was imported.")
            % {"name": agency["name"]}
        )
    members = [row["username"] for row in data["users"] if row["member"]]
    taken = sorted(User.objects.filter(username__in=members).values_list("username", flat=True))
    if taken:
        raise ActionRefused(
            _(
                "These users of the agency exist already in this installation: %(names)s. "
                "Nothing was imported."
            )
            % {"names": ", ".join(taken)}
        )


def _write(
    actor: Actor,
    archive: zipfile.ZipFile,
    data: dict[str, Any],
    manifest: dict[str, Any],
    digest: str,
    written: list[str],
) -> Agency:
    def write_file(sha: str, wanted: str) -> str:
        with archive.open(fmt.file_path(sha)) as handle:
            name = default_storage.save(wanted, File(handle, name=wanted))
        written.append(name)
        return name

    with transaction.atomic():
        agency = _rows(data, write_file)
        AgencyImport.objects.create(
            manifest_sha256=digest,
            agency=agency,
            agency_slug=agency.slug,
            exported_at=str(manifest.get("created_at", "")),
        )
        # Recorded for the installation, not in the agency's log: the agency's log is what was
        # exported, so that exporting it again gives the same manifest.
        audit_record(
            actor=actor.user,
            action="agency.import",
            target=agency,
            summary=_("Agency imported from an export"),
            data={"manifest_sha256": digest, "exported_at": manifest.get("created_at")},
        )
    return agency


def _rows(data: dict[str, Any], write_file: Any) -> Agency:
    models_: list[type[models.Model]] = [
        Agency,
        StoredFile,
        *(table.model for table in (UNITS, *TABLES)),
    ]
    with kept_times(models_):
        facts = data["agency"]
        agency = Agency(**{key: facts[key] for key in ("name", "slug", "kind", "province")})
        agency.created_at = Agency._meta.get_field("created_at").to_python(facts["created_at"])
        agency.save(force_insert=True)
        stored = _stored_files(data["stored_files"], write_file)
        decoder = Decoder(agency, stored, write_file)
        decoder.table(UNITS, data[UNITS.name])
        decoder.people(data["users"])
        for table in TABLES:
            decoder.table(table, data[table.name])
    return agency


def _stored_files(rows: list[dict[str, Any]], write_file: Any) -> dict[str, int]:
    """The stored file of each hash: the one this installation has, or a new one."""
    keys: dict[str, int] = {}
    for row in rows:
        sha = row["sha256"]
        existing = StoredFile.objects.filter(sha256=sha).first()
        if existing is None:
            name = write_file(sha, stored_file_path(StoredFile(sha256=sha), ""))
            existing = StoredFile(sha256=sha, file=name, size=row["size"], kind=row["kind"])
            existing.created_at = StoredFile._meta.get_field("created_at").to_python(
                row["created_at"]
            )
            existing.save(force_insert=True)
        keys[sha] = existing.pk
    return keys


def _discard(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)
