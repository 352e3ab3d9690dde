"""Production settings: what a deployer must set is read from the environment, checked at start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_list

REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "PUBLIC_BASE_URL"]
missing = [name for name in REQUIRED if not os.environ.get(name)]
if missing:
    raise ImproperlyConfigured(
        f"Set these environment variables for production: {', '.join(missing)}"
    )

DEBUG = False
# base.py decided these from DEBUG as the environment set it: production has them off unless asked.
GRAPHQL_GRAPHIQL = os.environ.get("GRAPHQL_GRAPHIQL", "0") == "1"
GRAPHQL_INTROSPECTION = os.environ.get("GRAPHQL_INTROSPECTION", "0") == "1"
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
