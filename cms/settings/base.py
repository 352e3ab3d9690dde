"""Settings shared by every environment: values come from the environment, laptop defaults."""

import json
import os
import zoneinfo
from pathlib import Path

import dj_database_url
from wagtail.embeds.oembed_providers import all_providers

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
    "wagtail_headless_preview",
    "webhooks",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: locales with "sync from" settings
    "wagtailautocomplete",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",  # its admin script renders TableBlock in body editors
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
    "django_tasks",  # background tasks: search index updates, webhook deliveries
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.public_urls.PublicBaseUrlMiddleware",
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
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves concurrent requests (forum replies) from several threads or
    # workers. WAL lets readers go on while one writer writes; IMMEDIATE transactions take the
    # write lock at BEGIN, so a writer waits its turn (up to `timeout` seconds) instead of failing
    # with "database is locked" when it upgrades a read transaction.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
        **DATABASES["default"].get("OPTIONS", {}),
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
# Time zones offered to editors (their account) and to events: IANA "Area/Location" names and
# UTC. The system database also holds aliases such as "localtime" and "posixrules", which are
# no place on earth and which browsers refuse (the account page broke on them).
TIME_ZONES = [
    "UTC",
    *sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix/", "right/"))
    ),
]
WAGTAIL_USER_TIME_ZONES = TIME_ZONES
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
# The site's public address (scheme, host and port, no trailing slash) for absolute image and
# document URLs in API answers and for links in e-mails. Empty: the address each request came
# to, so `make run` on any port hands out working URLs. Required in production.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
# Uploaded files are served by Django itself on a laptop and in tests; production serves MEDIA_ROOT
# from the web server or object storage.
SERVE_MEDIA = DEBUG
# The admin calls nobody on the internet unless asked to: no Gravatar avatars (set a provider
# URL such as //www.gravatar.com/avatar to use them), no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = os.environ.get("WAGTAIL_GRAVATAR_PROVIDER_URL") or None
WAGTAIL_ENABLE_UPDATE_CHECK = os.environ.get("WAGTAIL_ENABLE_UPDATE_CHECK", "0") == "1"
# Documents are always served through Wagtail's view, which checks their collection's
# restrictions; their files under MEDIA_ROOT/documents/ must not be served directly.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "odt", "txt", "zip"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

# Embeds: the oEmbed providers Wagtail knows (YouTube, Vimeo...), after any of the alliance's
# own video platforms, given as JSON: [{"endpoint": "https://video.example/oembed",
# "urls": ["^https://video\\.example/.+$"]}].
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [*json.loads(os.environ.get("OEMBED_EXTRA_PROVIDERS", "[]")), *all_providers],
    }
]

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
# No graphene middleware from settings: with DEBUG on, graphene-django would add its debug
# middleware, whose resolve(next, root, info, **args) breaks on an argument named `root`
# (navigation(root:)). The endpoint installs its own (cms.graphql.view).
GRAPHENE = {"SCHEMA": "cms.graphql.schema.schema", "MIDDLEWARE": ()}
# Root fields: each app's query and mutation mixins (cms.graphql.schema wires them; "cms" is
# where cms's own go). The first to define a field wins: search's privacy-safe `search` comes
# before grapple's. The viewer of a request (signed in with a bearer token) is the members app's.
GRAPHQL_QUERIES = [
    "search.graphql.schema.SearchQuery",
    "cms",
    "home.graphql.schema.Query",
    "news.graphql.schema.Query",
    "events.graphql.schema.Query",
    "cities.graphql.schema.Query",
    "knowledge.graphql.schema.Query",
    "forums.graphql.schema.Query",
    "members.graphql.schema.Query",
]
GRAPHQL_MUTATIONS = ["members.graphql.schema.Mutation", "forums.graphql.mutations.Mutation"]
GRAPHQL_AUTHENTICATE = "members.viewer.authenticate"

# Caching of GraphQL answers (cms/graphql/response_cache.py, http_cache.py, persisted_queries.py).
# The "graphql" cache holds anonymous answers and persisted queries: this process's memory by
# default, Redis (shared by every worker) with REDIS_URL, e.g. redis://127.0.0.1:6379/0.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "graphql": (
        {"BACKEND": "cms.redis_cache.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "graphql",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    ),
}
GRAPHQL_CACHE = "graphql"
# How long an anonymous answer is kept server-side; 0 turns the answer cache off. Publishing
# invalidates at once; the limit only bounds answers that depend on the clock (upcoming events).
GRAPHQL_RESPONSE_CACHE_SECONDS = int(os.environ.get("GRAPHQL_RESPONSE_CACHE_SECONDS", "300"))
# Cache-Control of anonymous answers: browsers (max-age) and CDNs (s-maxage), in seconds. A CDN
# is not told about publishes, so s-maxage is how stale its copy may get.
GRAPHQL_HTTP_MAX_AGE = int(os.environ.get("GRAPHQL_HTTP_MAX_AGE", "30"))
GRAPHQL_HTTP_S_MAXAGE = int(os.environ.get("GRAPHQL_HTTP_S_MAXAGE", "60"))
GRAPHQL_PERSISTED_QUERY_SECONDS = 7 * 24 * 3600

# Limits on what one GraphQL request may ask for.
GRAPHQL_MAX_DEPTH = int(os.environ.get("GRAPHQL_MAX_DEPTH", "12"))
GRAPHQL_MAX_PAGE_SIZE = 100
# GraphiQL at /graphql/ for a browser, and introspection (`__schema`, `__type`) for tools: on while
# developing (DEBUG), off by default in production, where frontends build against
# frontend-contract/schema.graphql. `__typename` always works.
GRAPHQL_GRAPHIQL = os.environ.get("GRAPHQL_GRAPHIQL", "1" if DEBUG else "0") == "1"
GRAPHQL_INTROSPECTION = os.environ.get("GRAPHQL_INTROSPECTION", "1" if DEBUG else "0") == "1"
# Price of an operation in objects (see cms/graphql/limits.py for why 5,000): a list costs its
# page size times its selection.
GRAPHQL_MAX_COST = int(os.environ.get("GRAPHQL_MAX_COST", "5000"))
GRAPHQL_MAX_ALIASES = 30
GRAPHQL_MAX_TOKENS = 5000
GRAPHQL_MAX_BODY_BYTES = 1_000_000  # a forum post of 10,000 characters is ~200 KB escaped

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


# Search ------------------------------------------------------------------------------------------
# Everything the search app (search/, issue 3) reads; see search/README.md.
# ELASTICSEARCH_URL (above) picks the engine: set -> Elasticsearch 8.x, unset -> the database.
# Wagtail's own tasks stay immediate (once per object in bulk work: cms/tasks.py); index
# updates go to a persistent queue that survives restarts and is drained by
# `manage.py db_worker --backend search`.
TASKS = {
    "default": {"BACKEND": "cms.tasks.BatchingImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
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
MEMBERS_SIGN_IN_FAILURE_LIMIT = (5, 15 * 60)  # failed sign-ins per account name and client
MEMBERS_SIGN_IN_CLIENT_LIMIT = (50, 15 * 60)  # failed sign-ins per client address, any account
MEMBERS_PASSWORD_RESET_LIMIT = (3, 60 * 60)  # reset e-mails per address
FORUM_POST_LIMIT = (int(os.environ.get("FORUM_POSTS_PER_MINUTE", "5")), 60)  # per member
FORUM_REPORT_LIMIT = (10, 60 * 60)  # reports per member
# Authors may edit or delete their own post for this long after posting.
FORUM_EDIT_WINDOW_SECONDS = int(os.environ.get("FORUM_EDIT_WINDOW_SECONDS", "900"))
# The frontend page of a topic, linked from the e-mails sent to its followers.
FORUM_TOPIC_URL = os.environ.get("FORUM_TOPIC_URL", "http://localhost:3000/forums/topics/{id}")


# Frontend and draft preview ---------------------------------------------------------------------
# Where the frontend lives: the reference site (frontend-contract/site/) by default. The admin's
# "View live" redirects there, and its Preview opens <base>preview/?token=... in the editor.
FRONTEND_BASE_URL = os.environ.get("FRONTEND_BASE_URL", "/site/")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": f"{FRONTEND_BASE_URL.rstrip('/')}/preview/"},
    "SERVE_BASE_URL": FRONTEND_BASE_URL,
}
# A preview link works this long after the editor pressed Preview; then press Preview again.
PREVIEW_TOKEN_SECONDS = int(os.environ.get("PREVIEW_TOKEN_SECONDS", str(60 * 60)))

# Webhooks ----------------------------------------------------------------------------------------
# Signed POSTs to frontends when content changes (webhooks/, issue 14), sent by
# `manage.py db_worker --backend webhooks` (`make run` starts it).
# Hosts endpoints may point at: names, `.domain` suffixes, IP addresses; `*` = any public host.
# Unlisted private, loopback and link-local addresses are always refused.
WEBHOOK_ALLOWED_HOSTS = env_list("WEBHOOK_ALLOWED_HOSTS", "*")
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "10"))
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "6"))
# Seconds before each retry; the last one repeats.
WEBHOOK_RETRY_DELAYS = [10, 60, 300, 1800, 7200]
# An endpoint failing this many attempts in a row is paused until an editor resumes it.
WEBHOOK_PAUSE_AFTER_FAILURES = int(os.environ.get("WEBHOOK_PAUSE_AFTER_FAILURES", "10"))
