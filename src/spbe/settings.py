"""The one settings module. Every deployment choice is an environment variable (see README).

SQLite in ``SPBE_DATA_DIR`` is the default, so a fresh checkout simply works; ``DATABASE_URL``
selects PostgreSQL. Bad values stop the process at start.
"""

from __future__ import annotations

import ipaddress
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from spbe.env import (
    default_data_dir,
    env_bool,
    env_choice,
    env_dir,
    env_int,
    env_list,
    env_str,
)
from spbe.transport_security import transport_security

PACKAGE_DIR = Path(__file__).resolve().parent

# The commands that compute from files alone (`spbe score`, `plan`, `evidence check`, `catalog
# show`) run on a fresh checkout with no secret and no database. manage.py sets SPBE_FILES_ONLY
# for those commands only and clears it for every other one (wsgi.py clears it too), so the web
# server never starts this way. They get a random key that signs nothing, no database at all (a
# query fails loudly instead of creating one) and no data directory.
FILES_ONLY = env_bool("SPBE_FILES_ONLY", False)

DEBUG = env_bool("DEBUG", False)

# The default must not depend on the working directory: "./var" once made a stray database under
# src/ when a command ran from there. A relative SPBE_DATA_DIR, given on purpose, still is
# resolved against the working directory.
_data_dir = env_str("SPBE_DATA_DIR") or str(default_data_dir(PACKAGE_DIR))
DATA_DIR = Path(_data_dir).expanduser().resolve()
if DATA_DIR.exists() and not DATA_DIR.is_dir():
    raise ImproperlyConfigured(f"SPBE_DATA_DIR={_data_dir!r} exists and is not a directory")
if not FILES_ONLY:
    DATA_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = env_str("SECRET_KEY") or ""
if not SECRET_KEY and FILES_ONLY:
    SECRET_KEY = secrets.token_urlsafe(50)
elif not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY (or SECRET_KEY_FILE), or DEBUG=1 for "
            "development; `spbe score`, `plan`, `evidence check` and `catalog show` need neither."
        )
    SECRET_KEY = "development-only-key-never-use-in-production"
elif len(SECRET_KEY) < 32 and not DEBUG:
    raise ImproperlyConfigured("SECRET_KEY must be at least 32 characters long")

# The key that seals short secrets in the database (the TOTP secrets, ``core.sealed_text``);
# derived from SECRET_KEY when unset. Former keys stay readable until ``spbe two_factor_rekey``.
SPBE_FIELD_KEY = env_str("SPBE_FIELD_KEY") or ""
SPBE_FIELD_OLD_KEYS = env_list("SPBE_FIELD_OLD_KEYS", [])
if SPBE_FIELD_KEY and len(SPBE_FIELD_KEY) < 32:
    raise ImproperlyConfigured("SPBE_FIELD_KEY must be at least 32 characters long")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "spbe.core.apps.TasksDatabaseConfig",  # django_tasks_db, its name translated
    "spbe.core",
    "spbe.accounts",
    "spbe.organizations",
    "spbe.audit",
    "spbe.catalog",
    "spbe.evaluations",
    "spbe.notifications",
    "spbe.evidence",
    "spbe.discussions",
    "spbe.planning",
    "spbe.reports",
    "spbe.reminders",
    "spbe.benchmarks",
    "spbe.home",
    "spbe.demo",
    "spbe.api",
    "spbe.archive",
    "spbe.backup",
]

# The indicator page belongs to evaluations, which imports no app above it; the apps above it add
# their sections through these providers, in this order (spbe.evaluations.indicator_sections).
SPBE_INDICATOR_SECTIONS = [
    "spbe.evidence.indicator_views.evidence_section",
    "spbe.discussions.views.discussion_section",
]
# Actions of ``spbe notify`` from apps above the notifications: modules with NAME, add_parser
# and handle (``spbe notify due``, spbe.reminders.command).
SPBE_NOTIFY_SUBCOMMANDS = ["spbe.reminders.command"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files carry the headers too.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "spbe.core.security_headers.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "spbe.core.middleware.DefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # In DEBUG too, a view's 404 shows the product's page (the header, the language).
    "spbe.core.error_pages.NotFoundPageMiddleware",
    # A user who must use two-factor and has not enrolled reaches only enrolment.
    "spbe.accounts.sign_in_steps.EnrolFirstMiddleware",
]

ROOT_URLCONF = "spbe.urls"
WSGI_APPLICATION = "spbe.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
CSRF_FAILURE_VIEW = "spbe.core.error_pages.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "spbe.home.navigation.navigation",
            ],
        },
    },
]


def _database(url: str | None) -> dict:
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "spbe.sqlite3",
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
        }
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60))
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL cannot be read: {error}") from error
    engine = config.get("ENGINE", "")
    if engine not in ("django.db.backends.postgresql", "django.db.backends.sqlite3"):
        raise ImproperlyConfigured(
            f"DATABASE_URL selects {engine!r}; use postgres://user:password@host:port/name"
        )
    if engine == "django.db.backends.postgresql" and not config.get("NAME"):
        raise ImproperlyConfigured("DATABASE_URL names no database")
    return dict(config)


DATABASES = {
    "default": (
        {"ENGINE": "django.db.backends.dummy"} if FILES_ONLY else _database(env_str("DATABASE_URL"))
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Argon2id first (docs/security.md, "Passwords"); PBKDF2 stays so that hashes stored before it
# keep working, and each is re-hashed with Argon2id on the user's next sign-in.
PASSWORD_HASHERS = [
    "spbe.accounts.hashers.OwaspArgon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_choice("LANGUAGE_CODE", "id", ("id", "en"))
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Jakarta") or "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
if not FILES_ONLY:
    STATIC_ROOT.mkdir(exist_ok=True)
# Uploaded files live under the data directory and are never served by URL directly: every
# download goes through a view that checks who may see it.
MEDIA_ROOT = DATA_DIR / "files"
# Evidence files go through Django's storage API: the filesystem under SPBE_DATA_DIR by default,
# or an S3-compatible bucket (django-storages, `uv sync --extra s3`) with SPBE_STORAGE=s3 and
# the usual AWS_* variables (AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY). Files are never served by a public URL.
_STORAGE = env_choice("SPBE_STORAGE", "filesystem", ("filesystem", "s3"))
if _STORAGE == "s3":
    AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
    if not AWS_STORAGE_BUCKET_NAME:
        raise ImproperlyConfigured("SPBE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL")
    AWS_DEFAULT_ACL = None
    # Evidence is content-addressed; an object once written is never overwritten.
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = True
STORAGES = {
    "default": {
        "BACKEND": {
            "filesystem": "django.core.files.storage.FileSystemStorage",
            "s3": "storages.backends.s3.S3Storage",
        }[_STORAGE]
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# The largest evidence file accepted (default 50 MB). Larger uploads stream to a temporary file
# and are refused before they are stored; Django keeps at most 2.5 MB of an upload in memory.
SPBE_MAX_UPLOAD_BYTES = env_int("SPBE_MAX_UPLOAD_MB", 50, minimum=1) * 1024 * 1024
# The longest note the national portal takes on an evidence item (butir), in characters.
SPBE_PORTAL_NOTE_LIMIT = env_int("SPBE_PORTAL_NOTE_LIMIT", 1000, minimum=1)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Larger uploads wait in a temporary file without a name, so a request broken mid-stream or a
# worker killed while reading one leaves nothing behind (spbe.core.upload_files).
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "spbe.core.upload_files.NamelessTemporaryFileUploadHandler",
]

# A folder of root CA certificates (PEM or DER: .pem, .crt, .cer, .der) against which the
# digital signatures of evidence PDFs are checked, e.g. the Indonesian root CA and BSrE. Unset or
# empty: signatures are still checked for integrity, and the chain is reported "not checked".
# The certificates are read when a signature is first checked (spbe.evidence.signature_services).
SPBE_TRUST_ROOTS = env_dir("SPBE_TRUST_ROOTS")

# Reading the text of an evidence version holds a lease (evidence.text_jobs): the worker renews
# it every third of SPBE_TEXT_LEASE_SECONDS while it reads. A reading whose lease expired (its
# worker or web process died) is given to another worker, at most SPBE_TEXT_MAX_ATTEMPTS times
# in all; then it fails with a reason on the version's page.
SPBE_TEXT_LEASE_SECONDS = env_int("SPBE_TEXT_LEASE_SECONDS", 300, minimum=1)
SPBE_TEXT_MAX_ATTEMPTS = env_int("SPBE_TEXT_MAX_ATTEMPTS", 3, minimum=1)

TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[env_choice("SPBE_TASKS", "immediate", ("immediate", "database"))]
    }
}

# The address people reach the site at, for the links in emails and WhatsApp messages
# (https://spbe.example.go.id). In DEBUG it defaults to the development server.
SPBE_BASE_URL = (env_str("SPBE_BASE_URL") or ("http://127.0.0.1:8000" if DEBUG else "")).rstrip("/")

# Email goes over SMTP, configured by environment variables with Django's own names (EMAIL_HOST,
# EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, EMAIL_USE_SSL, EMAIL_TIMEOUT,
# DEFAULT_FROM_EMAIL; docs/notifications.md), read into Django 6.1's MAILERS. Without
# EMAIL_HOST, DEBUG prints messages on the console; otherwise sending fails saying email is not
# configured, and notifications queue no email at all.
_EMAIL_HOST = env_str("EMAIL_HOST", "") or ""
_EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
_EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", _EMAIL_PORT == 587)
_EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", _EMAIL_PORT == 465)
if _EMAIL_USE_TLS and _EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on")
if _EMAIL_HOST:
    _MAILER: dict[str, object] = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": _EMAIL_HOST,
            "port": _EMAIL_PORT,
            "username": env_str("EMAIL_HOST_USER", "") or "",
            "password": env_str("EMAIL_HOST_PASSWORD", "") or "",
            "use_tls": _EMAIL_USE_TLS,
            "use_ssl": _EMAIL_USE_SSL,
            "timeout": env_int("EMAIL_TIMEOUT", 30, minimum=1),
        },
    }
elif DEBUG:
    _MAILER = {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
else:
    _MAILER = {"BACKEND": "spbe.notifications.mail_backend.NotConfiguredBackend"}
MAILERS = {"default": _MAILER}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "SPBE <spbe@localhost>") or ""
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# WhatsApp goes through an HTTP gateway (Fonnte, Wablas, WAHA…): a POST to SPBE_WHATSAPP_URL
# with SPBE_WHATSAPP_BODY, a JSON or form template with {phone} and {message}, and the token
# in the header SPBE_WHATSAPP_TOKEN_HEADER. No URL: no WhatsApp messages are queued.
SPBE_WHATSAPP_URL = env_str("SPBE_WHATSAPP_URL", "") or ""
SPBE_WHATSAPP_TOKEN = env_str("SPBE_WHATSAPP_TOKEN", "") or ""
SPBE_WHATSAPP_TOKEN_HEADER = env_str("SPBE_WHATSAPP_TOKEN_HEADER", "Authorization") or ""
SPBE_WHATSAPP_BODY_FORMAT = env_choice("SPBE_WHATSAPP_BODY_FORMAT", "json", ("json", "form"))
SPBE_WHATSAPP_BODY = env_str("SPBE_WHATSAPP_BODY") or (
    '{"target": "{phone}", "message": "{message}"}'
    if SPBE_WHATSAPP_BODY_FORMAT == "json"
    else "target={phone}&message={message}"
)
# A field of the gateway's JSON answer that must be true, for gateways that answer 200 to a
# refusal (Fonnte's "status"); empty: any 2xx answer counts as sent.
SPBE_WHATSAPP_OK_FIELD = env_str("SPBE_WHATSAPP_OK_FIELD", "") or ""
SPBE_WHATSAPP_TIMEOUT = env_int("SPBE_WHATSAPP_TIMEOUT", 15, minimum=1)

# A PDF report is laid out in a child process killed after this many seconds, with this much
# memory (spbe.reports.pdf_layout). Off only in the tests, which render many small reports.
SPBE_REPORT_ISOLATED = env_bool("SPBE_REPORT_ISOLATED", True)
SPBE_REPORT_TIMEOUT = env_int("SPBE_REPORT_TIMEOUT", 600, minimum=1)
SPBE_REPORT_MEMORY_MB = env_int("SPBE_REPORT_MEMORY_MB", 2048, minimum=256)

# The cache holds rendered charts (the sign-in and API rate counts are in the database,
# spbe.accounts.signin_limits, spbe.api.rate_limit). "database" shares them between
# processes and machines (run `spbe createcachetable` once); "memory" is per process.
CACHES = {
    "default": {
        "memory": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "database": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "spbe_cache",
        },
    }[env_choice("SPBE_CACHE", "memory", ("memory", "database"))]
}

# The folder of pg_dump and pg_restore for `spbe backup` and `spbe restore` on PostgreSQL, when
# the ones on PATH are not of the server's version (e.g. /usr/lib/postgresql/16/bin).
SPBE_PG_BIN = env_str("SPBE_PG_BIN") or ""

# Calls a minute one API token may make before it gets 429 (0: no limit), counted in the
# database (spbe.api.rate_limit), so every process shares the count whatever the cache.
SPBE_API_RATE_LIMIT = env_int("SPBE_API_RATE_LIMIT", 600, minimum=0)

# Sign-in limits (spbe.accounts.signin_limits, docs/security.md): a username that fails this many
# times within the lock minutes is locked for that long; an address that fails the address limit
# over any usernames waits as long, and locks no account. Counted in the database.
SPBE_LOGIN_MAX_FAILURES = env_int("SPBE_LOGIN_MAX_FAILURES", 10, minimum=1)
SPBE_LOGIN_MAX_ADDRESS_FAILURES = env_int("SPBE_LOGIN_MAX_ADDRESS_FAILURES", 100, minimum=1)
SPBE_LOGIN_LOCK_MINUTES = env_int("SPBE_LOGIN_LOCK_MINUTES", 15, minimum=1)
# The reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs, comma-separated);
# empty: the client is REMOTE_ADDR.
SPBE_TRUSTED_PROXIES = env_list("SPBE_TRUSTED_PROXIES", [])
for _proxy in SPBE_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy.strip(), strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(f"SPBE_TRUSTED_PROXIES: {_error}") from _error

# Single sign-on with OpenID Connect (spbe.accounts.oidc, docs/security.md "Single sign-on"):
# on when SPBE_OIDC_ISSUER is set. The provider is found by discovery at
# <issuer>/.well-known/openid-configuration; the claim SPBE_OIDC_CLAIM of the ID token must
# match one user on SPBE_OIDC_USER_FIELD. Unknown users are refused unless
# SPBE_OIDC_CREATE_USERS=1 (then created with no agency and no role).
SPBE_OIDC_ISSUER = (env_str("SPBE_OIDC_ISSUER") or "").rstrip("/")
SPBE_OIDC_CLIENT_ID = env_str("SPBE_OIDC_CLIENT_ID") or ""
SPBE_OIDC_CLIENT_SECRET = env_str("SPBE_OIDC_CLIENT_SECRET") or ""
SPBE_OIDC_SCOPES = env_str("SPBE_OIDC_SCOPES") or "openid email profile"
SPBE_OIDC_CLAIM = env_str("SPBE_OIDC_CLAIM") or "email"
SPBE_OIDC_USER_FIELD = env_choice("SPBE_OIDC_USER_FIELD", "email", ("email", "username"))
SPBE_OIDC_CREATE_USERS = env_bool("SPBE_OIDC_CREATE_USERS", False)
SPBE_OIDC_LABEL = env_str("SPBE_OIDC_LABEL") or "SSO"
# "admins": with SSO on, only superusers may still sign in with a password (break-glass).
SPBE_OIDC_PASSWORD_LOGIN = env_choice("SPBE_OIDC_PASSWORD_LOGIN", "all", ("all", "admins"))
if SPBE_OIDC_ISSUER:
    if not (SPBE_OIDC_CLIENT_ID and SPBE_OIDC_CLIENT_SECRET):
        raise ImproperlyConfigured(
            "SPBE_OIDC_ISSUER is set: set SPBE_OIDC_CLIENT_ID and SPBE_OIDC_CLIENT_SECRET too"
        )
    if not SPBE_OIDC_ISSUER.startswith("https://") and not DEBUG:
        raise ImproperlyConfigured("SPBE_OIDC_ISSUER must be an https:// address")
    if "openid" not in SPBE_OIDC_SCOPES.split():
        raise ImproperlyConfigured("SPBE_OIDC_SCOPES must include openid")

SESSION_COOKIE_HTTPONLY = True
# HSTS, the redirect to HTTPS, secure cookies and the trusted proxy's HTTPS header
# (SPBE_HSTS_SECONDS, SPBE_SSL_REDIRECT, SECURE_COOKIES, SPBE_PROXY_SSL_HEADER; README).
_https = transport_security(debug=DEBUG)
SECURE_HSTS_SECONDS = _https["SECURE_HSTS_SECONDS"]
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
SECURE_HSTS_PRELOAD = _https["SECURE_HSTS_PRELOAD"]
SECURE_SSL_REDIRECT = _https["SECURE_SSL_REDIRECT"]
SECURE_PROXY_SSL_HEADER = _https["SECURE_PROXY_SSL_HEADER"]
SESSION_COOKIE_SECURE = _https["SESSION_COOKIE_SECURE"]
CSRF_COOKIE_SECURE = _https["CSRF_COOKIE_SECURE"]
# The HSTS preload list takes registrable domains (the Pemda's own domain), which an application
# on one host of it cannot decide for; SPBE_HSTS_PRELOAD=1 is there for the domain's owner.
SILENCED_SYSTEM_CHECKS = ["security.W021"]

# The headers every answer carries (the SecurityMiddleware, the clickjacking middleware, the
# CSP middleware and spbe.core.security_headers; docs/operations.md, "Security headers").
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Scripts and style sheets come from our own static files only (htmx is vendored, page
# behaviours are in spbe/behaviours.js; no inline script and no on*= handler). Style
# *attributes* are allowed: the bars' widths are computed per row and set as style="width:…";
# a style attribute cannot run script, and img-src keeps it from loading anything from
# elsewhere. Pico's form controls draw with data: images. The one style element allowed is the
# charts' own (spbe.charts.chart: the same text in every chart, so allowed by its hash; a test
# recomputes it from a chart).
_CHART_STYLE = "'sha256-BOIB+FXSZJgRidyLgeRLETCiyl06DdAKH5OyPFXUknc='"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, _CHART_STYLE],
    "style-src-elem": [CSP.SELF, _CHART_STYLE],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Browser features no page uses, refused to every page and to anything injected into one.
SPBE_PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), midi=(), display-capture=(), "
    "browsing-topics=()"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env_choice("LOG_LEVEL", "info", ("debug", "info", "warning", "error")).upper(),
    },
    # Each task's every state change is logged at INFO; only its failures are worth a line.
    "loggers": {"django.tasks": {"level": "WARNING"}},
}
