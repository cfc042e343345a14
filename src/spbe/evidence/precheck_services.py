"""Running the automatic pre-check of a linked document and keeping its result on the link."""

from __future__ import annotations

from spbe.evidence.models import DocumentVersion, EvidenceLink, PageText, TextStatus
from spbe.precheck import Reference, precheck_pages, result_as_json
from spbe.precheck.signature import digital_signature


def latest_version(document_id: int) -> DocumentVersion | None:
    return DocumentVersion.objects.filter(document_id=document_id).order_by("-number").first()


def precheck_link(link_id: int) -> EvidenceLink | None:
    """Check the link's document (latest version, text read) against its indicator's rules,
    or, for a link to a Pemdi evidence item that has a rule, against the item's.

    All automatic levels are checked; the page shows the claimed level and those below.
    Freshness is judged on the evaluation's self-assessment deadline and year (never today),
    with the document's date of issue and expiry.
    Returns ``None`` when the text is not read yet (the text task runs it afterwards).
    """
    link = (
        EvidenceLink.objects.select_related(
            "assessment__indicator",
            "assessment__evaluation__revision__framework",
            "assessment__evaluation__agency",
            "document",
            "item",
        )
        .defer("assessment__evaluation__revision__document")
        .filter(pk=link_id)
        .first()
    )
    if link is None:
        return None
    version = link.version or latest_version(link.document_id)
    if version is None or version.text_status != TextStatus.DONE:
        return None
    pages = list(
        PageText.objects.filter(version=version).order_by("number").values_list("text", flat=True)
    )
    evaluation = link.assessment.evaluation
    result = precheck_pages(
        pages,
        framework=evaluation.revision.framework.code,
        indicator=link.assessment.indicator.number,
        agency=evaluation.agency.name,
        ocr=version.ocr_used,
        signature=digital_signature(version.signatures),
        item=link.item.code if link.item else None,
        reference=Reference(
            day=evaluation.self_assessment_deadline,
            evaluated_year=evaluation.year,
            effective_on=link.document.issued_on,
            expires_on=link.document.expires_on,
        ),
    )
    # The signatures were checked on the version's original bytes (signature_services); the
    # result carries them so the page shows them with the check they took part in.
    link.precheck = {**result_as_json(result), "signatures": version.signatures}
    link.precheck_version = version
    link.save(update_fields=["precheck", "precheck_version"])
    return link


def precheck_version_links(version_id: int) -> int:
    """Pre-check the links that offer this version (a submitted evaluation's links keep the
    result they were submitted with)."""
    links = list(EvidenceLink.objects.filter(version_id=version_id).values_list("pk", flat=True))
    for link_id in links:
        precheck_link(link_id)
    return len(links)
