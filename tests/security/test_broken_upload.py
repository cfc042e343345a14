"""An upload broken in the middle of its body leaves no temporary file behind (issue 15: 22 MB).

The request is parsed by the handlers of the settings, as a real request is, from a body that
stops half-way: the connection reset, or the stream ending early.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIRequest
from django.http import UnreadablePostError
from django.test import RequestFactory

BIG = 3 * 1024 * 1024  # over FILE_UPLOAD_MAX_MEMORY_SIZE: it goes to a temporary file


class ResetAfter(io.RawIOBase):
    """A request body that gives ``limit`` bytes, then fails as a reset connection does
    (``reset=True``) or simply ends."""

    def __init__(self, body: bytes, limit: int, *, reset: bool) -> None:
        self.body, self.limit, self.reset, self.position = body, limit, reset, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self.position >= self.limit:
            if self.reset:
                raise ConnectionResetError("the client went away")
            return b""
        end = self.limit if size is None or size < 0 else min(self.limit, self.position + size)
        chunk = self.body[self.position : end]
        self.position = end
        return chunk


@pytest.fixture
def temp_dir(settings, tmp_path: Path) -> Path:
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    return tmp_path


def upload_request(*, reset: bool | None) -> WSGIRequest:
    """A multipart upload of a big file; cut half-way unless ``reset`` is None."""
    posted = RequestFactory().post(
        "/dokumen/unggah/", {"file": SimpleUploadedFile("besar.pdf", b"%PDF" + b"x" * BIG)}
    )
    environ = posted.environ
    body = environ["wsgi.input"].read()
    cut = len(body) if reset is None else len(body) // 2
    environ["wsgi.input"] = ResetAfter(body, cut, reset=bool(reset))
    return WSGIRequest(environ)


def test_a_reset_connection_mid_upload_leaves_no_temporary_file(temp_dir: Path) -> None:
    request = upload_request(reset=True)
    with pytest.raises(UnreadablePostError):
        request.FILES  # noqa: B018
    # The request (and its parser's handlers) are still alive here: nothing waits for them.
    assert list(temp_dir.iterdir()) == []


def test_a_body_that_ends_early_leaves_no_temporary_file(temp_dir: Path) -> None:
    request = upload_request(reset=False)
    assert "file" not in request.FILES
    assert list(temp_dir.iterdir()) == []


def test_a_whole_upload_waits_in_a_file_without_a_name(temp_dir: Path) -> None:
    request = upload_request(reset=None)
    upload = request.FILES["file"]
    assert upload.size == BIG + 4
    assert upload.read(4) == b"%PDF"
    assert list(temp_dir.iterdir()) == []
