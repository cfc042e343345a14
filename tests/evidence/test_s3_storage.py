"""Evidence on S3 (django-storages against moto's server, ``tests/s3.py``): the upload stores the
bytes in the bucket under their hash, the download streams them from there to who may see them,
and nothing stored is ever overwritten."""

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from spbe.evidence.models import DocumentVersion, StoredFile, TextStatus
from tests.evidence.builders import FIRST, SECOND, upload

pytestmark = [pytest.mark.dates]


def test_an_upload_stores_its_bytes_in_the_bucket_under_their_hash(cast, s3_storage):
    version = upload(cast, cast.pic)
    digest = hashlib.sha256(FIRST).hexdigest()
    assert version.stored_file.sha256 == digest
    objects = s3_storage.objects()
    assert list(objects) == [f"evidence/{digest[:2]}/{digest[2:4]}/{digest}"]
    assert hashlib.sha256(objects[version.stored_file.file.name]).hexdigest() == digest


def test_the_text_of_a_version_is_read_from_the_bucket(
    cast, s3_storage, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        version = upload(cast, cast.pic)
    version.refresh_from_db()
    assert version.text_status == TextStatus.DONE
    assert "Arsitektur SPBE" in " ".join(version.pages.values_list("text", flat=True))


def test_the_download_streams_the_object_to_who_may_see_it_and_to_no_one_else(
    client, cast, s3_storage
):
    version = upload(cast, cast.pic)
    url = reverse("evidence:download", args=[version.pk])
    client.force_login(cast.pic)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == FIRST
    for other in (cast.outsider, cast.external_assessor):
        client.force_login(other)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_a_download_of_an_object_gone_from_the_bucket_is_a_404(client, cast, s3_storage):
    version = upload(cast, cast.pic)
    s3_storage.server.client().delete_object(
        Bucket=s3_storage.name, Key=version.stored_file.file.name
    )
    client.force_login(cast.pic)
    assert client.get(reverse("evidence:download", args=[version.pk])).status_code == 404


def test_the_same_bytes_uploaded_again_are_stored_once(cast, s3_storage):
    first = upload(cast, cast.pic, FIRST, title="Perwali")
    again = upload(cast, cast.other_pic, FIRST, title="Salinan perwali")
    other = upload(cast, cast.pic, SECOND, title="Lampiran")
    assert again.stored_file == first.stored_file
    assert StoredFile.objects.count() == 2
    objects = s3_storage.objects()
    assert sorted(objects) == sorted([first.stored_file.file.name, other.stored_file.file.name])
    assert objects[first.stored_file.file.name] == FIRST
    assert DocumentVersion.objects.count() == 3


def test_the_storage_never_overwrites_an_object_it_holds(cast, s3_storage):
    name = upload(cast, cast.pic).stored_file.file.name
    saved_as = default_storage.save(name, ContentFile(b"other bytes"))
    assert saved_as != name
    objects = s3_storage.objects()
    assert objects[name] == FIRST
    assert objects[saved_as] == b"other bytes"
