"""The document a form of the indicator page chose from the agency's library."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Assessment
from spbe.evidence.models import Document
from spbe.scoring.values import whole_number


def chosen_document(request: HttpRequest, assessment: Assessment) -> Document:
    """The agency's document the form chose (``document``), or a refusal at that field."""
    document = Document.objects.filter(
        pk=whole_number(request.POST.get("document")) or 0,
        agency_id=assessment.evaluation.agency_id,
    ).first()
    if document is None:
        raise ActionRefused(_("Choose a document of this agency."), field="document")
    return document
