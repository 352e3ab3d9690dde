"""Laptop settings: SQLite, console e-mail, debug on."""

from .base import *  # noqa: F403

# A frontend developer's receiver on this machine may get webhooks.
WEBHOOK_ALLOWED_HOSTS = [*WEBHOOK_ALLOWED_HOSTS, "127.0.0.1", "localhost"]  # noqa: F405
