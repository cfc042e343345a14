"""The agency export on the pages: what is inside, and a button that downloads it.

The zip is written to a temporary file and streamed from there (``FileResponse``), so a large
agency's evidence never sits in memory; the file is deleted when the response is closed. The
page never offers the users' password hashes (``--with-credentials`` is the command line's).
"""

from __future__ import annotations

import tempfile

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from spbe.archive.export import agency_export
from spbe.archive.selectors import agency_to_export, export_size
from spbe.core.errors import ActionRefused
from spbe.core.refusals import refusal_status
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Agency

TEMPLATE = "archive/export.html"


@require_GET
@login_required
def export_page(request: HttpRequest, slug: str) -> HttpResponse:
    agency = agency_to_export(actor_for(request.user), slug)
    return _page(request, agency)


@require_POST
@login_required
def export_download(request: HttpRequest, slug: str) -> HttpResponseBase:
    actor = actor_for(request.user)
    agency = agency_to_export(actor, slug)
    # Closed (and so deleted) by the response once sent, or here when the export stops.
    out = tempfile.TemporaryFile(prefix="spbe-export-")  # noqa: SIM115 (the response closes it)
    try:
        agency_export(actor=actor, agency=agency, out=out)
    except ActionRefused as refused:
        out.close()
        return _page(request, agency, refusal=refused.message, status=refusal_status(refused))
    except BaseException:
        out.close()
        raise
    out.seek(0)
    response = FileResponse(
        out,
        as_attachment=True,
        filename=export_filename(agency),
        content_type="application/zip",
    )
    response["Cache-Control"] = "no-store"
    return response


def export_filename(agency: Agency) -> str:
    """``spbe-<slug>-<YYYYMMDD>.zip``, dated by the installation's day."""
    return f"spbe-{agency.slug}-{timezone.localdate():%Y%m%d}.zip"


def _page(
    request: HttpRequest, agency: Agency, *, refusal: str = "", status: int = 200
) -> HttpResponse:
    context = {"agency": agency, "size": export_size(agency), "refusal": refusal}
    return render(request, TEMPLATE, context, status=status)
