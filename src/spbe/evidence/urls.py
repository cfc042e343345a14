from django.urls import path

from spbe.evidence import indicator_views, item_views, views

app_name = "evidence"

INDICATOR = "evaluasi/<int:pk>/indikator/<int:number>/"
ITEM = f"{INDICATOR}butir/<str:code>/"

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
    path(f"{ITEM}unggah/", item_views.item_upload, name="item_upload"),
    path(f"{ITEM}tautkan/", item_views.item_link, name="item_link"),
    path(f"{ITEM}lepas/", item_views.item_unlink, name="item_unlink"),
    path(f"{INDICATOR}bukti-indeks/", item_views.index_proof, name="index_proof"),
]
