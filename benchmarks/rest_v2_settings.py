"""Settings of the benchmarks that serve Wagtail's REST API v2 next to GraphQL (never production).

The project's laptop settings plus `rest_framework` and `wagtail.api.v2`, with the API mounted by
benchmarks/rest_v2_urls.py. gunicorn selects it through DJANGO_SETTINGS_MODULE, with benchmarks/
on PYTHONPATH, so the application itself never exposes REST.
"""

import os

from cms.settings.dev import *  # noqa: F403  (the benchmark changes only what follows)
from cms.settings.dev import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2"]
ROOT_URLCONF = "rest_v2_urls"
WAGTAILAPI_LIMIT_MAX = 100
DEBUG = False
# REST v2 redirects `find` to an absolute URL: the server the benchmark started.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", "http://localhost")
