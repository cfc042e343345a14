"""Where an upload's bytes wait while the request is read: a temporary file without a name.

Django's own handler writes an upload over 2.5 MB to a named file in the temporary folder and
deletes it when the request ends or the upload is interrupted cleanly. A request broken in
the middle (the client gone, the connection reset) raises inside the parser, and a worker
killed while it waits for the rest of the body (gunicorn's timeout, ``kill -9``) deletes
nothing: issue 15 found a 22 MB file left behind. Here the file is made without a name
(``tempfile.TemporaryFile``: ``O_TMPFILE`` on Linux, or unlinked at once), so the system frees
its bytes when the file is closed or the process ends, however it ends; nothing is ever left
in the folder to clean up.

Storage then copies the bytes from the open file in chunks (there is no path to move).
"""

from __future__ import annotations

import tempfile
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class NamelessTemporaryUploadedFile(UploadedFile):
    """An uploaded file kept in a temporary file that has no name on disk."""

    def __init__(
        self,
        name: str,
        content_type: str | None,
        size: int,
        charset: str | None,
        content_type_extra: dict[str, bytes] | None = None,
    ) -> None:
        # Closed with the upload (UploadedFile.close, the request's end), not by a block here.
        file = tempfile.TemporaryFile(suffix=".upload", dir=settings.FILE_UPLOAD_TEMP_DIR)  # noqa: SIM115
        super().__init__(file, name, content_type, size, charset, content_type_extra)


class NamelessTemporaryFileUploadHandler(FileUploadHandler):
    """Django's ``TemporaryFileUploadHandler``, with a file that needs no deleting."""

    file: NamelessTemporaryUploadedFile

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.file = NamelessTemporaryUploadedFile(
            self.file_name or "", self.content_type, 0, self.charset, self.content_type_extra
        )

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self.file.write(raw_data)

    def file_complete(self, file_size: int) -> NamelessTemporaryUploadedFile:
        self.file.seek(0)
        self.file.size = file_size
        return self.file

    def upload_interrupted(self) -> None:
        if hasattr(self, "file"):
            self.file.close()
