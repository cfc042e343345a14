from django.urls import path

from spbe.api.api import api
from spbe.api.token_views import token_page

urlpatterns = [path("v1/", api.urls)]
# Mounted at the root (spbe.urls): the user's own page.
page_urlpatterns = [path("akun/token/", token_page, name="api_tokens")]
