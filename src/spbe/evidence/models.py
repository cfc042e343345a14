"""Evidence (bukti dukung): documents, their versions, the stored bytes, and links to indicators.

A document belongs to an agency and can support many indicators, levels and evaluations. Each
upload of the same document is a new version; old versions are never overwritten. Identical
bytes are stored once (``StoredFile`` is keyed by SHA-256) and shared by the versions that have
them.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    PERWALI = "perwali", _("Mayor regulation (Peraturan Wali Kota)")
    PERBUP = "perbup", _("Regent regulation (Peraturan Bupati)")
    PERGUB = "pergub", _("Governor regulation (Peraturan Gubernur)")
    PERMEN = "permen", _("Ministerial regulation (Peraturan Menteri)")
    PERDA = "perda", _("Regional regulation (Peraturan Daerah)")
    KEPUTUSAN = "keputusan", _("Decree (Keputusan)")
    SK = "sk", _("Decision letter (SK)")
    CIRCULAR = "surat_edaran", _("Circular (Surat Edaran)")
    SOP = "sop", _("Standard operating procedure (SOP)")
    REPORT = "laporan", _("Report (laporan)")
    MINUTES = "notulen", _("Minutes (notulen)")
    SCREENSHOT = "tangkapan_layar", _("Screenshot (tangkapan layar)")
    OTHER = "lainnya", _("Other")


def stored_file_path(instance: StoredFile, filename: str) -> str:
    # The name is derived from the content hash, never from the uploaded name.
    digest = instance.sha256
    return f"evidence/{digest[:2]}/{digest[2:4]}/{digest}"


class StoredFile(models.Model):
    sha256 = models.CharField(max_length=64, unique=True)
    file = models.FileField(upload_to=stored_file_path, max_length=200)
    size = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=10)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.sha256


class Document(models.Model):
    agency = models.ForeignKey(
        "organizations.Agency", on_delete=models.PROTECT, related_name="documents"
    )
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OTHER
    )
    number = models.CharField(_("number"), max_length=60, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    issued_on = models.DateField(_("date of issue"), null=True, blank=True)
    # Optional: the day the evidence stops being valid (a certificate, an SK for one year);
    # the pre-check warns when it falls before the evaluation's reference day.
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    issuing_unit = models.ForeignKey(
        "organizations.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
    )
    url = models.URLField(_("address (URL)"), blank=True, max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agency", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title


class TextStatus(models.TextChoices):
    PENDING = "menunggu", _("Waiting")
    RUNNING = "berjalan", _("Reading the text")
    DONE = "selesai", _("Text read")
    FAILED = "gagal", _("Text could not be read")


class DocumentVersion(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    stored_file = models.ForeignKey(StoredFile, on_delete=models.PROTECT, related_name="versions")
    original_name = models.CharField(_("file name"), max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    text_status = models.CharField(
        _("text"), max_length=10, choices=TextStatus.choices, default=TextStatus.PENDING
    )
    text_error = models.CharField(_("why the text could not be read"), max_length=300, blank=True)
    # The reading's lease (``evidence.text_jobs``): how many times a worker took it, and until
    # when the one running holds it. A worker renews it while it reads; once it has expired the
    # worker is presumed dead and the reading is given to another, a bounded number of times.
    text_attempts = models.PositiveSmallIntegerField(_("reading attempts"), default=0)
    text_lease_until = models.DateTimeField(_("reading held until"), null=True, blank=True)
    ocr_used = models.BooleanField(_("read by OCR"), default=False)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    # The digital signatures of the uploaded bytes, as spbe.textanalysis.signature_report.report_as_json
    # gives them: [] for none, None while not checked (not a PDF, or the check could not run).
    signatures: models.JSONField[Any] = models.JSONField(
        _("digital signatures"), null=True, blank=True, default=None
    )

    class Meta:
        ordering = ["document", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="unique_document_version")
        ]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")

    def __str__(self) -> str:
        return f"{self.document} v{self.number}"


class PageText(models.Model):
    """The text of one page of one version, as extracted or recognised (OCR)."""

    version = models.ForeignKey(DocumentVersion, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField(_("page"))
    text = models.TextField(_("text"), blank=True)
    ocr = models.BooleanField(default=False)

    class Meta:
        ordering = ["version", "number"]
        constraints = [
            models.UniqueConstraint(fields=["version", "number"], name="unique_page_text")
        ]

    def __str__(self) -> str:
        return f"{self.version} p{self.number}"


class EvidenceLink(models.Model):
    """A document offered as proof for one indicator of one evaluation, at a given level."""

    assessment = models.ForeignKey(
        "evaluations.Assessment", on_delete=models.CASCADE, related_name="evidence_links"
    )
    # Pemdi: the evidence item (butir) of that indicator the document answers, if any. The link
    # lives here, above the evaluations app, so that evaluations never depends on evidence.
    item = models.ForeignKey(
        "evaluations.EvaluationItem",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="evidence_links",
    )
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="links")
    # The version this link offers. Links of open evaluations follow new uploads; links of
    # submitted evaluations keep the version that was submitted
    # (``services.links_follow_new_version``).
    version = models.ForeignKey(
        "DocumentVersion", on_delete=models.PROTECT, null=True, blank=True, related_name="links"
    )
    level = models.PositiveSmallIntegerField(_("level it proves"), null=True, blank=True)
    note = models.CharField(_("note (e.g. page reference)"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The automatic pre-check of the document against the indicator, and what it was run on.
    precheck: models.JSONField[Any] = models.JSONField(
        _("automatic pre-check"), null=True, blank=True
    )
    precheck_version = models.ForeignKey(
        DocumentVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    precheck_level = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["assessment", "level", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "document", "level"],
                condition=models.Q(item__isnull=True),
                name="unique_evidence_link",
            ),
            models.UniqueConstraint(
                fields=["item", "document"],
                condition=models.Q(item__isnull=False),
                name="unique_item_evidence_link",
            ),
        ]
        verbose_name = _("evidence link")
        verbose_name_plural = _("evidence links")

    def __str__(self) -> str:
        return f"{self.document} → {self.assessment}"


class ExternalIndexProof(models.Model):
    """The document that proves an external index value (an SDI, SJIG, IPS or IKASANDI result).

    Kept in the evidence app, as every tie from a document to an evaluation is, so that the
    evaluations app stays below evidence and needs no document to value an indicator.
    """

    external_value = models.OneToOneField(
        "evaluations.ExternalIndexValue", on_delete=models.CASCADE, related_name="proof"
    )
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="index_proofs")
    version = models.ForeignKey(
        DocumentVersion, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("proof of an external index value")
        verbose_name_plural = _("proofs of external index values")

    def __str__(self) -> str:
        return f"{self.document} → {self.external_value}"
