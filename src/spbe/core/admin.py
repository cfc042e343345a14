"""The task results' admin with its labels in the user's language.

django_tasks_db writes three of its labels as plain strings ("traceback", "run after", and the
task's name, labelled by its property's name), which no catalogue can translate; the same admin
is registered again with them translated.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult


class TaskResultAdmin(DBTaskResultAdmin):
    list_display = ("id", "name_of_task", *DBTaskResultAdmin.list_display[2:])

    @admin.display(description=_("task"))
    def name_of_task(self, obj: DBTaskResult) -> str:
        return str(obj.task_name)

    @admin.display(description=_("traceback"))
    def formatted_traceback(self, obj: DBTaskResult) -> str:
        return super().formatted_traceback(obj)

    @admin.display(description=_("run after"))
    def display_run_after(self, obj: DBTaskResult) -> datetime | str:
        return super().display_run_after(obj)


admin.site.unregister(DBTaskResult)
admin.site.register(DBTaskResult, TaskResultAdmin)
