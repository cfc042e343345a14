from django.contrib import admin
from django.urls import include, path

from spbe.accounts.views import AdminLoginView, ThrottledLoginView
from spbe.api.urls import page_urlpatterns as api_pages
from spbe.notifications.password_reset import PasswordResetView

urlpatterns = [
    path("", include("spbe.home.urls")),
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path("accounts/", include("spbe.accounts.urls")),
    path("accounts/password_reset/", PasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("evaluasi/", include("spbe.evaluations.urls")),
    path("evaluasi/", include("spbe.planning.urls")),
    path("evaluasi/", include("spbe.reports.urls")),
    path("evaluasi/", include("spbe.discussions.urls")),
    path("tolok-ukur/", include("spbe.benchmarks.urls")),
    path("bukti/", include("spbe.evidence.urls")),
    path("instansi/", include("spbe.archive.urls")),
    path("notifikasi/", include("spbe.notifications.urls")),
    path("api/", include("spbe.api.urls")),
    path("", include(api_pages)),
    path("admin/login/", AdminLoginView.as_view(), name="admin_login"),
    path("admin/", admin.site.urls),
]

# Refusals answer in the product's layout and language (spbe.core.error_pages).
handler403 = "spbe.core.error_pages.permission_denied"
handler404 = "spbe.core.error_pages.page_not_found"
