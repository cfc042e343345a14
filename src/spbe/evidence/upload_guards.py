"""Why an upload was refused while its body was still being read (``core.uploads``): the
same words for the pages and the API, before the file itself is checked."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from spbe.core.uploads import upload_name_with_path, upload_too_large
from spbe.evidence.file_problem_wording import describe_file_problem
from spbe.textanalysis import UnsafeFile


def upload_problem(request: HttpRequest) -> str | None:
    """Why an upload was refused while its body was still being read, if it was."""
    if upload_too_large(request):
        return _("The file is larger than the limit of %(limit)s.") % {
            "limit": filesizeformat(settings.SPBE_MAX_UPLOAD_BYTES)
        }
    name = upload_name_with_path(request)
    if name is not None:
        return describe_file_problem(UnsafeFile("path_in_name", name=name))
    return None
