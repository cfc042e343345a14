import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "spbe.reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        # WeasyPrint announces each rendering step at INFO; the workers' logs need only problems.
        logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
