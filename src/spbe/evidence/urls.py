from django.urls import path

from spbe.evidence import indicator_views, views

app_name = "evidence"

INDICATOR = "evaluasi/<int:pk>/indikator/<int:number>/"

urlpatterns = [
    path("", views.library, name="library"),
    path("<int:pk>/", views.document, name="document"),
    path("versi/<int:pk>/unduh/", views.download, name="download"),
    path("versi/<int:pk>/status/", views.text_status, name="text_status"),
    # Posted from the indicator page (evaluations:indicator), which shows the result.
    path(f"{INDICATOR}unggah/", indicator_views.upload, name="indicator_upload"),
    path(f"{INDICATOR}tautkan/", indicator_views.link_document, name="indicator_link"),
    path(f"{INDICATOR}alamat/", indicator_views.link_address, name="indicator_link_address"),
    path(f"{INDICATOR}lepas/", indicator_views.unlink, name="indicator_unlink"),
]
