import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
# The web server always runs with a secret and a database: the files-only mode of a few
# commands (see spbe.manage) is never inherited from the environment.
os.environ.pop("SPBE_FILES_ONLY", None)
application = get_wsgi_application()
