"""Reports: an agency's letterhead, and the background jobs that render report files.

A generated file lives in the default storage under a random directory name, is never served
by URL, and is downloaded only through a view that checks who may see the evaluation.
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_LOGO_BYTES = 512 * 1024
# A job still queued or running after this long has lost its worker; it may be asked again.
STUCK_AFTER = datetime.timedelta(minutes=30)


class ReportFormat(models.TextChoices):
    PDF = "pdf", _("PDF report")
    XLSX = "xlsx", _("Excel workbook")
    DOCX = "docx", _("Word document")
    PPTX = "pptx", _("Slides (PowerPoint)")


class ReportKind(models.TextChoices):
    """What a report is about: the whole evaluation, or the items to discuss at the interview."""

    EVALUATION = "evaluation", _("Evaluation report")
    INTERVIEW_PACK = "interview_pack", _("Interview pack")


# The formats each kind is made in.
KIND_FORMATS = {
    ReportKind.EVALUATION: tuple(ReportFormat),
    ReportKind.INTERVIEW_PACK: (ReportFormat.PDF, ReportFormat.DOCX),
}


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Being generated")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


def logo_path(instance: ReportSettings, filename: str) -> str:
    # The stored name never derives from the uploaded name.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "png"
    return f"report-logos/{secrets.token_hex(16)}.{extension}"


def report_file_path(instance: ReportJob, filename: str) -> str:
    """A directory nobody can guess: 128 random bits, whatever the evaluation or the format."""
    return f"reports/{secrets.token_hex(16)}/{filename}"


def validate_logo_size(file: File) -> None:
    if file.size is not None and file.size > MAX_LOGO_BYTES:
        raise ValidationError(_("The logo must be at most 512 KB."))


class ReportSettings(models.Model):
    """How an agency's reports look: the letterhead (kop surat) and the logo."""

    agency = models.OneToOneField(
        "organizations.Agency", on_delete=models.CASCADE, related_name="report_settings"
    )
    letterhead = models.TextField(
        _("letterhead"),
        blank=True,
        help_text=_(
            "One line per line of the letterhead, e.g. PEMERINTAH KOTA …, the issuing office, "
            "its address. Empty: the agency's name."
        ),
    )
    logo = models.ImageField(
        _("logo"),
        upload_to=logo_path,
        blank=True,
        max_length=200,
        validators=[
            FileExtensionValidator(["png", "jpg", "jpeg"]),
            validate_logo_size,
        ],
        help_text=_("PNG or JPEG, at most 512 KB; printed at the left of the letterhead."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("report settings")
        verbose_name_plural = _("report settings")

    def __str__(self) -> str:
        return str(self.agency)

    def letterhead_lines(self) -> list[str]:
        return [line.strip() for line in self.letterhead.splitlines() if line.strip()]


class ReportJob(models.Model):
    """One request for a report file, rendered by a background task."""

    evaluation = models.ForeignKey(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="report_jobs"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=ReportKind.choices, default=ReportKind.EVALUATION
    )
    format = models.CharField(_("format"), max_length=4, choices=ReportFormat.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED
    )
    # The language of the person who asked: the background task renders in it.
    language = models.CharField(_("language"), max_length=10)
    error = models.TextField(_("problem"), blank=True)
    file = models.FileField(_("file"), upload_to=report_file_path, blank=True, max_length=300)
    size = models.PositiveIntegerField(_("size in bytes"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["evaluation", "-created_at"])]
        verbose_name = _("report job")
        verbose_name_plural = _("report jobs")

    def __str__(self) -> str:
        return f"{self.evaluation} {self.kind} {self.format} #{self.pk}"

    @property
    def label(self) -> str:
        """What the panel calls the job: the format, or the pack and its format."""
        if self.kind == ReportKind.EVALUATION:
            return str(ReportFormat(self.format).label)
        return f"{ReportKind(self.kind).label} ({self.format.upper()})"

    @property
    def in_progress(self) -> bool:
        return self.status in (JobStatus.QUEUED, JobStatus.RUNNING)

    @property
    def looks_stuck(self) -> bool:
        return self.in_progress and self.created_at < timezone.now() - STUCK_AFTER

    @property
    def download_name(self) -> str:
        return (self.file.name or "").rsplit("/", 1)[-1]
