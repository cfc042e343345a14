from django.urls import path

from spbe.discussions import views

app_name = "discussions"

INDICATOR = "<int:pk>/indikator/<int:number>/komentar/"

urlpatterns = [
    # Posted from the indicator page (evaluations:indicator), which shows the result.
    path(INDICATOR, views.post, name="post"),
    path(f"{INDICATOR}<int:comment>/ubah/", views.edit, name="edit"),
    path(f"{INDICATOR}<int:comment>/hapus/", views.delete, name="delete"),
]
