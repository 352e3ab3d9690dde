"""Test settings: the database comes from DATABASE_URL (SQLite by default), media in a temp dir."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="cms-test-media-")
SERVE_MEDIA = True  # the browser tests show uploaded images
GRAPHQL_GRAPHIQL = GRAPHQL_INTROSPECTION = True  # as in development; tests turn them off
# Query-count tests repeat a query: they must run it, not read the answer cache. The caching
# tests turn it on.
GRAPHQL_RESPONSE_CACHE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


# Search ------------------------------------------------------------------------------------------
# Index updates run at once; the retry test switches to the persistent queue. The test server
# (osmem-server, see tests/search/conftest.py) answers plain JSON only and has no Arabic stemmer,
# so Arabic is analysed by the same filters minus stemming.
TASKS = {
    "default": {"BACKEND": "cms.tasks.BatchingImmediateBackend"},
    "search": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
SEARCH_ELASTICSEARCH_NODE_CLASS = "search.transport.PlainJsonHttpNode"
SEARCH_LANGUAGE_ANALYZERS = {**SEARCH_LANGUAGE_ANALYZERS, "ar": "arabic_unstemmed"}  # noqa: F405
