"""Upload guards for any view that takes a file: stop reading an upload as soon as it passes
the size limit, before it is all on disk, and note file names that carry a folder path."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect


class SizeLimitHandler(FileUploadHandler):
    """Counts the bytes of each file; past the limit it stops the upload and says so."""

    def __init__(self, request: HttpRequest | None = None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        self.received = 0
        super().new_file(*args, **kwargs)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


# filename="…" and the RFC 5987 form filename*=charset''percent-encoded-name.
_FILENAME = re.compile(
    rb'filename="([^"\r\n]*)"|filename\*=[^\'\r\n]*\'[^\'\r\n]*\'([^;\r\n]*)', re.IGNORECASE
)
_TAIL = 4096


class FileNameWatcher:
    """Wraps the request body and notes every uploaded file name that carries a path.

    Django keeps only the last part of an uploaded name, so a name such as
    ``../../etc/passwd.pdf`` would arrive as ``passwd.pdf``. We refuse such uploads instead of
    silently renaming them, so the raw names are read as the body streams past.
    """

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.tail = b""
        self.names_with_paths: list[str] = []

    def _watch(self, data: bytes) -> bytes:
        window = self.tail + data
        for match in _FILENAME.finditer(window):
            raw = match.group(1) if match.group(1) is not None else unquote_to_bytes(match.group(2))
            if (b"/" in raw or b"\\" in raw) and match.end() > len(self.tail):
                self.names_with_paths.append(raw.decode("utf-8", "replace"))
        self.tail = window[-_TAIL:]
        return data

    def __getattr__(self, name: str) -> Any:
        # Everything but reading (seekable(), close(), …) is the wrapped stream's own.
        return getattr(self.stream, name)

    def read(self, *args: Any) -> bytes:
        return self._watch(self.stream.read(*args))

    def readline(self, *args: Any) -> bytes:
        return self._watch(self.stream.readline(*args))


def limited_upload(
    view: Callable[..., HttpResponse] | None = None, *, limit: int | None = None
) -> Any:
    """Install the size limit (default: the evidence limit) and the name watcher before Django
    parses the body; CSRF is still checked (after). Use as ``@limited_upload`` or
    ``@limited_upload(limit=1_000_000)``."""
    if view is None:
        return lambda inner: limited_upload(inner, limit=limit)
    protected = csrf_protect(view)

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        guard_upload(request, limit=limit)
        return protected(request, *args, **kwargs)

    return wrapper


def guard_upload(request: HttpRequest, *, limit: int | None = None) -> None:
    """Install the size limit (default: the evidence limit) and the name watcher on a request
    whose body has not been read yet: the pages through ``limited_upload``, the API before it
    authenticates (``api.upload_guards``). A second call changes nothing."""
    if hasattr(request, "upload_limit"):
        return
    handler = SizeLimitHandler(request, limit=limit or settings.SPBE_MAX_UPLOAD_BYTES)
    request.upload_handlers.insert(0, handler)
    request.upload_limit = handler  # type: ignore[attr-defined]
    if request.method == "POST" and hasattr(request, "_stream"):
        watcher = FileNameWatcher(request._stream)
        request._stream = watcher  # type: ignore[assignment]
        request.upload_names = watcher  # type: ignore[attr-defined]


def upload_too_large(request: HttpRequest) -> bool:
    """Whether the upload passed the limit and was stopped."""
    _read_body(request)
    handler = getattr(request, "upload_limit", None)
    return bool(handler and handler.exceeded)


def upload_name_with_path(request: HttpRequest) -> str | None:
    """The first uploaded file name that carried a folder path, as the browser sent it."""
    _read_body(request)
    watcher = getattr(request, "upload_names", None)
    return watcher.names_with_paths[0] if watcher and watcher.names_with_paths else None


def _read_body(request: HttpRequest) -> None:
    # The guards learn of a problem only while the body is parsed, which the first look at the
    # posted data does; a view may ask before it has looked.
    request.FILES  # noqa: B018
