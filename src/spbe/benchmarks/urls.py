from django.urls import path

from spbe.benchmarks import views

app_name = "benchmarks"

urlpatterns = [
    path("", views.agency_page, name="agency"),
    path("peringkat/", views.ranking, name="ranking"),
    path("pergerakan/", views.movers, name="movers"),
    path("pencocokan/", views.matching, name="matching"),
    path("pencocokan/konfirmasi/", views.confirm, name="confirm"),
]
