from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "spbe.archive"
    verbose_name = _("Export, import and backup")
