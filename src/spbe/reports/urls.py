from django.urls import path

from spbe.reports import views

app_name = "reports"

urlpatterns = [
    path("<int:pk>/laporan/", views.panel, name="panel"),
    path("<int:pk>/laporan/status/", views.jobs, name="jobs"),
    path("<int:pk>/laporan/minta/", views.request_report, name="request"),
    path("<int:pk>/laporan/<int:job_pk>/unduh/", views.download, name="download"),
    path("<int:pk>/laporan/impor/", views.import_claims, name="import"),
]
