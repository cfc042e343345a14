"""Comments travel with the agency: an export carries its threads, with the deletion's trace,
and an export written before comments were exported still imports."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from spbe.archive import format as fmt
from spbe.archive.agency_import import agency_import
from spbe.discussions.models import Comment
from spbe.organizations.actors import SYSTEM
from tests.archive.builders import empty_installation, export_bytes, manifest_of
from tests.evaluations.helpers import assessment

pytestmark = pytest.mark.dates


def thread(cast):
    """A comment of the PIC, and one the Koordinator deleted (its trace: who, when)."""
    at = cast.evaluation.created_at
    posted = {"evaluation": cast.evaluation, "assessment": assessment(cast, 1), "created_at": at}
    Comment.objects.create(author=cast.pic, body="SK yang mana, @koordinator?", **posted)
    Comment.objects.create(
        author=cast.coordinator, body="", deleted_at=at, deleted_by=cast.coordinator, **posted
    )


def without_comments(content: bytes) -> bytes:
    """The export as format 1 was written before it carried comments (manifest rewritten)."""
    source = zipfile.ZipFile(io.BytesIO(content))
    name = fmt.data_path("comments")
    manifest = json.loads(source.read(fmt.MANIFEST))
    del manifest["files"][name]
    manifest["counts"].pop("comments", None)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for entry in source.namelist():
            if entry not in (name, fmt.MANIFEST):
                target.writestr(entry, source.read(entry))
        target.writestr(fmt.MANIFEST, json.dumps(manifest))
    return out.getvalue()


def test_the_threads_survive_the_round_trip_with_their_authors_and_deletions(cast, media, tmp_path):
    thread(cast)
    content = export_bytes(cast.agency)
    assert manifest_of(content)["counts"]["comments"] == 2
    empty_installation()
    (tmp_path / "a.zip").write_bytes(content)
    agency_import(actor=SYSTEM, path=tmp_path / "a.zip")
    first, gone = Comment.objects.select_related("author", "deleted_by", "assessment__indicator")
    assert (first.author.username, first.body) == ("pic-kominfo", "SK yang mana, @koordinator?")
    assert first.assessment.indicator.number == 1
    assert gone.deleted_by.username == "koordinator" and gone.deleted_at is not None


def test_an_export_without_comments_imports_with_none(cast, media, tmp_path):
    thread(cast)
    content = without_comments(export_bytes(cast.agency))
    empty_installation()
    (tmp_path / "old.zip").write_bytes(content)
    outcome = agency_import(actor=SYSTEM, path=tmp_path / "old.zip")
    assert outcome.imported and Comment.objects.count() == 0
