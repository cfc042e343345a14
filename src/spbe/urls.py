from django.contrib import admin
from django.urls import include, path

from spbe.accounts.views import ThrottledLoginView

urlpatterns = [
    path("", include("spbe.home.urls")),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("evaluasi/", include("spbe.evaluations.urls")),
    path("evaluasi/", include("spbe.planning.urls")),
    path("evaluasi/", include("spbe.reports.urls")),
    path("tolok-ukur/", include("spbe.benchmarks.urls")),
    path("bukti/", include("spbe.evidence.urls")),
    path("admin/", admin.site.urls),
]
