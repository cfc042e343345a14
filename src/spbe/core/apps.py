from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig


class CoreConfig(AppConfig):
    name = "spbe.core"
    verbose_name = _("Core")


class TasksDatabaseConfig(TasksAppConfig):
    """The task queue's app under a name the admin shows in the user's language (the package
    names it "Tasks Database Backend", untranslated)."""

    verbose_name = _("Background tasks")  # type: ignore[assignment]
