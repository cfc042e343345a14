"""An import is all or nothing, verifies every hash, and happens once per export."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model

from spbe.archive.agency_import import agency_import
from spbe.archive.format import MANIFEST
from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Evaluation
from spbe.evidence.models import StoredFile
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency, Membership
from spbe.planning.models import PlanCosts
from tests.archive.builders import busy, empty_installation, export_bytes
from tests.cast import make_cast
from tests.clock import CAST_DAY

pytestmark = pytest.mark.dates
User = get_user_model()


@pytest.fixture
def exported(cast, media, tmp_path):
    """The busy cast's export, in a fresh installation."""
    path = tmp_path / "kota-uji.zip"
    path.write_bytes(export_bytes(busy(cast).agency))
    empty_installation()
    return path


def rewritten(path, change):
    """The export with one entry's bytes changed by ``change(name, bytes)``."""
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, content in entries.items():
            target.writestr(name, change(name, content))
    damaged = path.with_name("damaged.zip")
    damaged.write_bytes(out.getvalue())
    return damaged


def files_in(media):
    return sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []


def test_a_second_import_of_the_same_file_is_refused_and_with_update_does_nothing(exported):
    agency_import(actor=SYSTEM, path=exported)
    with pytest.raises(ActionRefused, match="sudah diimpor"):
        agency_import(actor=SYSTEM, path=exported)

    outcome = agency_import(actor=SYSTEM, path=exported, update=True)

    assert not outcome.imported
    assert outcome.agency.slug == "kota-uji"
    assert Agency.objects.count() == 1 and Evaluation.objects.count() == 1


def test_a_file_that_does_not_match_its_hash_is_refused_before_anything_is_written(exported, media):
    def damage(name, content):
        return content + b"x" if name.startswith("files/") else content

    with pytest.raises(ActionRefused, match="SHA-256"):
        agency_import(actor=SYSTEM, path=rewritten(exported, damage))
    assert not Agency.objects.exists() and not User.objects.exists()
    assert files_in(media) == []


def test_a_file_the_manifest_does_not_list_is_refused(exported):
    with zipfile.ZipFile(exported, "a") as archive:
        archive.writestr("files/extra", b"extra")
    with pytest.raises(ActionRefused, match="berbeda pada"):
        agency_import(actor=SYSTEM, path=exported)


def test_a_failure_halfway_leaves_no_row_and_no_file_behind(exported, media):
    def break_tokens(name, content):
        if name == "data/api_tokens.json":
            return json.dumps([{"id": 1, "user": "nobody", "name": "x"}]).encode()
        return content

    damaged = rewritten(exported, break_tokens)
    # The manifest must match the changed table, so that the import gets as far as writing.
    with zipfile.ZipFile(damaged) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(entries[MANIFEST])
    manifest["files"]["data/api_tokens.json"] = hashlib.sha256(
        entries["data/api_tokens.json"]
    ).hexdigest()
    entries[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(damaged, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)

    with pytest.raises(ActionRefused, match="nobody"):
        agency_import(actor=SYSTEM, path=damaged)

    assert not Agency.objects.exists() and not StoredFile.objects.exists()
    assert files_in(media) == []


def test_a_zip_that_is_not_an_export_is_refused(tmp_path, db):
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MANIFEST, json.dumps({"format": "something-else"}))
    with pytest.raises(ActionRefused, match="bukan ekspor instansi SPBE"):
        agency_import(actor=SYSTEM, path=path)
    (tmp_path / "plain.txt").write_text("hello")
    with pytest.raises(ActionRefused, match="bukan berkas ekspor instansi"):
        agency_import(actor=SYSTEM, path=tmp_path / "plain.txt")


def test_it_joins_an_installation_that_has_other_agencies(exported):
    make_cast(prefix="lain-")

    agency_import(actor=SYSTEM, path=exported)

    imported = Agency.objects.get(slug="kota-uji")
    assert Membership.objects.filter(agency=imported).count() == 5
    assert Agency.objects.count() == 3


def test_a_member_whose_username_is_taken_is_refused_by_name(exported):
    User.objects.create_user(username="pimpinan")
    with pytest.raises(ActionRefused, match="pimpinan"):
        agency_import(actor=SYSTEM, path=exported)
    assert not Agency.objects.exists()


def test_a_person_from_outside_the_agency_is_matched_by_username(exported):
    existing = User.objects.create_user(username="asesor")

    agency_import(actor=SYSTEM, path=exported)

    evaluation = Evaluation.objects.get()
    assert list(evaluation.external_assessors.all()) == [existing]


def test_the_agency_of_the_same_short_name_is_not_overwritten(cast, media, tmp_path):
    path = tmp_path / "a.zip"
    path.write_bytes(export_bytes(cast.agency))
    with pytest.raises(ActionRefused, match="kota-uji"):
        agency_import(actor=SYSTEM, path=path)


def test_the_import_is_audited_for_the_installation_and_the_log_is_the_exported_one(exported):
    outcome = agency_import(actor=SYSTEM, path=exported)

    event = AuditEvent.objects.get(action="agency.import")
    assert (event.agency, event.object_id) == (None, str(outcome.agency.pk))
    assert AuditEvent.objects.filter(agency=outcome.agency).exists()


def exported_twice(cast, tmp_path):
    """The agency exported without and with credentials, then the installation emptied."""
    plain, with_credentials = tmp_path / "plain.zip", tmp_path / "credentials.zip"
    plain.write_bytes(export_bytes(cast.agency))
    with_credentials.write_bytes(export_bytes(cast.agency, with_credentials=True))
    empty_installation()
    return plain, with_credentials


def users_of(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("data/users.json")


def test_without_credentials_nobody_can_sign_in_and_with_them_the_password_works(
    cast, media, tmp_path
):
    from tests.cast import PASSWORD

    plain, with_credentials = exported_twice(cast, tmp_path)
    assert b"password" not in users_of(plain)

    agency_import(actor=SYSTEM, path=plain)
    assert not User.objects.get(username="koordinator").has_usable_password()

    empty_installation()
    agency_import(actor=SYSTEM, path=with_credentials)
    assert User.objects.get(username="koordinator").check_password(PASSWORD)


def test_an_export_with_costs_the_planner_cannot_read_is_refused_whole(cast, media, tmp_path):
    """Costs stored before they were checked (issue 15: "9e999999") are not carried over."""
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={"1": {"2": "9e999999"}})
    path = tmp_path / "kota-uji.zip"
    path.write_bytes(export_bytes(cast.agency))
    empty_installation()
    with pytest.raises(ActionRefused, match="9e999999"):
        agency_import(actor=SYSTEM, path=path)
    assert not Agency.objects.filter(slug=cast.agency.slug).exists()
    assert files_in(media) == []


def test_a_two_factor_user_exported_with_credentials_keeps_the_app_under_the_new_key(
    cast, media, tmp_path, settings, time_machine
):
    """The secret is sealed under each installation's own field key: the export carries it
    opened (a credential file), the import seals it again under the importing key."""
    time_machine.move_to(CAST_DAY, tick=False)  # the code is checked in the step it was made
    import pyotp
    from django.utils import timezone

    from spbe.accounts import two_factor
    from spbe.accounts.models import RecoveryCode

    settings.SPBE_FIELD_KEY = "k" * 40
    koordinator = User.objects.get(username="koordinator")
    device = two_factor.enrolment_begin(user=koordinator)
    secret = two_factor.device_secret(device)
    two_factor.enrolment_confirm(user=koordinator, code=pyotp.TOTP(secret).at(timezone.now()))
    plain, with_credentials = exported_twice(cast, tmp_path)
    assert b"two_factor" not in users_of(plain)

    settings.SPBE_FIELD_KEY = "m" * 40  # another installation, another key
    agency_import(actor=SYSTEM, path=with_credentials)
    imported = User.objects.get(username="koordinator")
    assert two_factor.has_two_factor(imported)
    device = two_factor.confirmed_device(imported)
    assert device is not None and two_factor.device_secret(device) == secret
    assert RecoveryCode.objects.filter(user=imported).count() == two_factor.RECOVERY_CODE_COUNT
