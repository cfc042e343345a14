"""The agency's evidence library: upload, versions, downloads, text status, search."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.pagination import requested_page
from spbe.core.refusals import render_refused
from spbe.core.uploads import limited_upload
from spbe.evidence.downloads import version_file_response
from spbe.evidence.forms import UploadForm, VersionForm
from spbe.evidence.models import TextStatus
from spbe.evidence.policy import can_add_version, can_upload_to
from spbe.evidence.selectors import (
    agency_documents,
    document_for,
    readable_versions_of,
    search,
    version_for,
    visible_links,
)
from spbe.evidence.upload_guards import upload_problem
from spbe.evidence.upload_services import DocumentFacts, document_upload
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Agency


def facts_from(form: UploadForm) -> DocumentFacts:
    data = form.cleaned_data
    return DocumentFacts(
        title=data["title"],
        kind=data["kind"],
        number=data["number"],
        year=data["year"],
        issued_on=data["issued_on"],
        expires_on=data["expires_on"],
        issuing_unit=data["issuing_unit"],
    )


@limited_upload
@login_required
@require_http_methods(["GET", "POST"])
def library(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    if actor.agency_id is None:
        raise Http404
    agency = Agency.objects.get(pk=actor.agency_id)
    form = UploadForm(request.POST or None, request.FILES or None, agency_id=agency.pk)
    query = request.GET.get("q", "").strip()
    context: dict[str, Any] = {
        "agency": agency,
        # The agency's library grows every year: a page of documents at a time.
        "documents": requested_page(request, agency_documents(actor, agency.pk)),
        "form": form,
        "can_upload": can_upload_to(actor, agency.pk),
        "query": query,
        "hits": search(actor, agency.pk, query) if query else None,
    }
    if request.method == "POST":
        require(context["can_upload"])
        problem = upload_problem(request)
        if problem:
            context["refusal"] = problem
            return render(request, "evidence/library.html", context, status=422)
        if not form.is_valid():
            return render(request, "evidence/library.html", context, status=422)
        try:
            version = document_upload(
                actor=actor, agency=agency, upload=form.cleaned_data["file"], facts=facts_from(form)
            )
        except ActionRefused as error:
            return render_refused(request, "evidence/library.html", context, error)
        messages.success(request, _("Uploaded. The text is being read."))
        return redirect("evidence:document", pk=version.document_id)
    return render(request, "evidence/library.html", context)


@limited_upload
@login_required
@require_http_methods(["GET", "POST"])
def document(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    doc = document_for(actor, pk)
    form = VersionForm(request.POST or None, request.FILES or None)
    versions = list(
        readable_versions_of(actor, doc)
        .select_related("uploaded_by", "stored_file")
        .prefetch_related("pages")
    )
    context: dict[str, Any] = {
        "document": doc,
        "versions": versions,
        "links": visible_links(actor, doc),
        "form": form,
        "can_upload": can_add_version(actor, doc),
    }
    if request.method == "POST":
        require(context["can_upload"])
        problem = upload_problem(request)
        if problem:
            context["refusal"] = problem
            return render(request, "evidence/document.html", context, status=422)
        if not form.is_valid():
            return render(request, "evidence/document.html", context, status=422)
        try:
            document_upload(
                actor=actor, agency=doc.agency, upload=form.cleaned_data["file"], document=doc
            )
        except ActionRefused as error:
            return render_refused(request, "evidence/document.html", context, error)
        messages.success(request, _("New version uploaded. The text is being read."))
        return redirect("evidence:document", pk=doc.pk)
    return render(request, "evidence/document.html", context)


@login_required
def text_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The version's text status (htmx polls it while the text is being read)."""
    version = version_for(actor_for(request.user), pk)
    polling = version.text_status in (TextStatus.PENDING, TextStatus.RUNNING)
    return render(request, "evidence/_text_status.html", {"version": version, "polling": polling})


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    """Serve a version's file to someone who may see it; there is no public address."""
    return version_file_response(version_for(actor_for(request.user), pk))
