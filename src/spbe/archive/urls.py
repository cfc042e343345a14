"""The agency export's pages, mounted under ``instansi/`` (``spbe.urls``)."""

from django.urls import path

from spbe.archive import views

app_name = "archive"
urlpatterns = [
    path("<slug:slug>/ekspor/", views.export_page, name="export"),
    path("<slug:slug>/ekspor/unduh/", views.export_download, name="export_download"),
]
