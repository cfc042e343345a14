"""The upload guards (``core.uploads``): an upload stops at the size limit, a file name that
carries a folder path is noted as the browser sent it, and CSRF is still checked."""

from __future__ import annotations

import json

import pytest
from django.http import HttpRequest, JsonResponse
from django.test import RequestFactory

from spbe.core.uploads import (
    FileNameWatcher,
    SizeLimitHandler,
    limited_upload,
    upload_name_with_path,
    upload_too_large,
)

BOUNDARY = "spbe-boundary"


def multipart(*files: tuple[str, bytes], disposition: str = "filename") -> bytes:
    """A multipart body with a text field and ``files`` (raw name, bytes), names as given."""
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nSK Tim\r\n'.encode()
    ]
    for name, content in files:
        value = f'{disposition}="{name}"' if disposition == "filename" else f"filename*={name}"
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; {value}\r\n'
            "Content-Type: application/pdf\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def report(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "too_large": upload_too_large(request),
            "name_with_path": upload_name_with_path(request),
            "files": [f.name for f in request.FILES.getlist("file")],
            "sizes": [f.size for f in request.FILES.getlist("file")],
            "title": request.POST.get("title"),
        }
    )


def post(body: bytes, *, limit: int = 1000, csrf_checked: bool = False) -> tuple[int, dict]:
    request = RequestFactory().post(
        "/unggah/", data=body, content_type=f"multipart/form-data; boundary={BOUNDARY}"
    )
    if not csrf_checked:
        request._dont_enforce_csrf_checks = True
    response = limited_upload(limit=limit)(report)(request)
    return response.status_code, json.loads(response.content) if response.status_code == 200 else {}


def test_a_file_within_the_limit_arrives_whole_with_the_other_fields():
    status, seen = post(multipart(("sk-tim.pdf", b"%PDF-1.7 " + b"x" * 500)))
    assert status == 200
    assert seen == {
        "too_large": False,
        "name_with_path": None,
        "files": ["sk-tim.pdf"],
        "sizes": [509],
        "title": "SK Tim",
    }


def test_a_file_past_the_limit_is_stopped_and_said_to_be_too_large():
    status, seen = post(multipart(("besar.pdf", b"x" * 5000)), limit=1000)
    assert status == 200
    assert seen["too_large"] is True
    assert seen["files"] == []


def test_the_limit_counts_each_file_on_its_own():
    status, seen = post(multipart(("a.pdf", b"a" * 600), ("b.pdf", b"b" * 600)), limit=1000)
    assert (status, seen["too_large"], seen["files"]) == (200, False, ["a.pdf", "b.pdf"])


@pytest.mark.parametrize(
    "name", ["../../etc/passwd.pdf", "C:\\Users\\pic\\sk.pdf", "folder/sk.pdf"]
)
def test_a_name_with_a_folder_path_is_noted_as_the_browser_sent_it(name):
    _status, seen = post(multipart((name, b"%PDF-1.7")))
    assert seen["name_with_path"] == name


def test_an_rfc_5987_name_with_a_path_is_noted_too():
    _status, seen = post(
        multipart(("utf-8''..%2Fsk%20tim.pdf", b"%PDF-1.7"), disposition="filename*")
    )
    assert seen["name_with_path"] == "../sk tim.pdf"


def test_csrf_is_still_checked_behind_the_guards():
    status, _seen = post(multipart(("sk.pdf", b"%PDF-1.7")), csrf_checked=True)
    assert status == 403


def test_a_get_request_passes_through_without_a_watcher():
    request = RequestFactory().get("/unggah/")
    response = limited_upload(report)(request)
    assert response.status_code == 200
    assert json.loads(response.content)["name_with_path"] is None


def test_the_default_limit_is_the_evidence_limit(settings):
    settings.SPBE_MAX_UPLOAD_BYTES = 100
    request = RequestFactory().post(
        "/unggah/",
        data=multipart(("sk.pdf", b"x" * 200)),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    request._dont_enforce_csrf_checks = True
    assert json.loads(limited_upload(report)(request).content)["too_large"] is True


class Chunks:
    """A stream that hands out its bytes in the chunks given."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = list(chunks)
        self.closed = False

    def read(self, *_args: int) -> bytes:
        return self.chunks.pop(0) if self.chunks else b""

    def close(self) -> None:
        self.closed = True


def test_the_watcher_finds_a_name_split_across_two_reads_and_notes_it_once():
    watcher = FileNameWatcher(Chunks(b'...; filename="../../se', b'cret.pdf"\r\n', b"more"))
    body = b"".join(iter(lambda: watcher.read(10), b""))
    assert body.endswith(b"more")
    assert watcher.names_with_paths == ["../../secret.pdf"]


def test_the_watcher_leaves_plain_names_alone_and_passes_everything_else_through():
    stream = Chunks(b'filename="sk.pdf"\r\n')
    watcher = FileNameWatcher(stream)
    assert watcher.read() == b'filename="sk.pdf"\r\n'
    assert watcher.names_with_paths == []
    watcher.close()
    assert stream.closed


def test_the_size_handler_starts_counting_again_for_each_file():
    handler = SizeLimitHandler(limit=10)
    handler.new_file("file", "a.pdf", "application/pdf", 8)
    assert handler.receive_data_chunk(b"x" * 8, 0) == b"x" * 8
    handler.new_file("file", "b.pdf", "application/pdf", 8)
    assert handler.receive_data_chunk(b"y" * 8, 0) == b"y" * 8
    assert not handler.exceeded
