"""Settings shared by every environment: values come from the environment, laptop defaults."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = os.environ.get("DEBUG", "1") == "1"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")

INSTALLED_APPS = [
    "cms",
    "home",
    "cities",
    "news",
    "events",
    "knowledge",
    "forums",
    "members",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: locales with "sync from" settings
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "graphene_django",
    "grapple",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Content languages: a setting, so adding one needs no code (issue: multilingual content).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    (code, name)
    for code, name in (
        item.split(":", 1)
        for item in env_list(
            "CONTENT_LANGUAGES",
            "en:English,fr:French,es:Spanish,ar:Arabic,zh-hans:Chinese,ru:Russian",
        )
    )
]

# Where the API looks when a page or snippet has no translation in the requested locale:
# "pt:es>en,fr:en" means Portuguese falls back to Spanish then English. A language not listed
# falls back to LANGUAGE_CODE. Checked at startup (cms.checks).
CONTENT_LOCALE_FALLBACKS = {
    code.strip(): [part.strip() for part in chain.split(">") if part.strip()]
    for code, chain in (
        item.split(":", 1) for item in env_list("CONTENT_LOCALE_FALLBACKS", "") if ":" in item
    )
}
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False  # a new translation starts as a draft
# Machine translation in the translation editor ("Translate with DeepL"), only with a key:
# without one, translators type every string (no stand-in translator is configured).
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Alliance of Cities"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "odt", "txt", "zip"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@alliance.example")

# Image renditions a frontend may request: anything else is a GraphQL error, so nobody
# can fill the disk with arbitrary sizes.
IMAGE_RENDITION_FILTERS = [
    "fill-160x160",
    "fill-320x180",
    "fill-640x360",
    "fill-1280x720",
    "width-320",
    "width-640",
    "width-960",
    "width-1280",
    "width-1920",
    "max-800x800",
    "original",
]
IMAGE_RENDITION_FILTERS += [
    f"{spec}|format-{fmt}"
    for spec in IMAGE_RENDITION_FILTERS
    if spec != "original"
    for fmt in ("webp", "avif")
]

GRAPPLE = {
    "APPS": ["cms", "home", "cities", "news", "events", "knowledge", "forums"],
    "ALLOWED_IMAGE_FILTERS": IMAGE_RENDITION_FILTERS,
    "PAGE_INTERFACE": "cms.graphql.interfaces.PageInterface",
    "PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
    "EXPOSE_GRAPHIQL": False,
}
GRAPHENE = {"SCHEMA": "cms.graphql.schema.schema"}

# Limits on what one GraphQL request may ask for.
GRAPHQL_MAX_DEPTH = int(os.environ.get("GRAPHQL_MAX_DEPTH", "12"))
GRAPHQL_MAX_PAGE_SIZE = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


# Search ------------------------------------------------------------------------------------------
# Everything the search app (search/, issue 3) reads; see search/README.md.
# ELASTICSEARCH_URL (above) picks the engine: set -> Elasticsearch 8.x, unset -> the database.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
# Wagtail's own tasks stay immediate; index updates go to a persistent queue that survives
# restarts and is drained by `manage.py db_worker --backend search`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
SEARCH_ELASTICSEARCH_INDEX = os.environ.get("SEARCH_ELASTICSEARCH_INDEX", "alliance-pages")
# Dotted path of an elastic_transport node class; empty keeps the client's default.
SEARCH_ELASTICSEARCH_NODE_CLASS = os.environ.get("SEARCH_ELASTICSEARCH_NODE_CLASS", "")
SEARCH_ELASTICSEARCH_TIMEOUT = float(os.environ.get("SEARCH_ELASTICSEARCH_TIMEOUT", "5"))
# Primary language subtag -> Elasticsearch analyzer; other languages use "standard".
SEARCH_LANGUAGE_ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ar": "arabic",
    "ru": "russian",
    "zh": "cjk",
}
SEARCH_ATTACHMENT_MAX_CHARS = int(os.environ.get("SEARCH_ATTACHMENT_MAX_CHARS", "100000"))
SEARCH_ATTACHMENT_MAX_PAGES = int(os.environ.get("SEARCH_ATTACHMENT_MAX_PAGES", "200"))


# Members -----------------------------------------------------------------------------------------
# Member accounts, API sign-in and forum posting (members/, forums/; issue 5).
# Access tokens are short-lived signed tokens bound to a server-side session; see members/tokens.py.
MEMBERS_ACCESS_TOKEN_SECONDS = int(os.environ.get("MEMBERS_ACCESS_TOKEN_SECONDS", "600"))
# A session (and its rotating refresh token) lives this long after the client's last refresh.
MEMBERS_SESSION_DAYS = int(os.environ.get("MEMBERS_SESSION_DAYS", "30"))
# The frontend page the password reset e-mail links to; it calls the resetPassword mutation.
MEMBERS_PASSWORD_RESET_URL = os.environ.get(
    "MEMBERS_PASSWORD_RESET_URL", "http://localhost:3000/reset-password?uid={uid}&token={token}"
)
# Rate limits as (how many, per how many seconds).
MEMBERS_SIGN_IN_FAILURE_LIMIT = (5, 15 * 60)  # failed sign-ins per account name
MEMBERS_PASSWORD_RESET_LIMIT = (3, 60 * 60)  # reset e-mails per address
FORUM_POST_LIMIT = (int(os.environ.get("FORUM_POSTS_PER_MINUTE", "5")), 60)  # per member
FORUM_REPORT_LIMIT = (10, 60 * 60)  # reports per member
# Authors may edit or delete their own post for this long after posting.
FORUM_EDIT_WINDOW_SECONDS = int(os.environ.get("FORUM_EDIT_WINDOW_SECONDS", "900"))
# The frontend page of a topic, linked from the e-mails sent to its followers.
FORUM_TOPIC_URL = os.environ.get("FORUM_TOPIC_URL", "http://localhost:3000/forums/topics/{id}")
