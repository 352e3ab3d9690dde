"""A real HTTP receiver on 127.0.0.1, endpoints pointing at it, and the delivery worker."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from news.models import NewsIndexPage
from webhooks.models import WebhookEndpoint

from .receiver import running_receiver


@pytest.fixture
def receiver():
    with running_receiver() as state:
        yield state


@pytest.fixture(autouse=True)
def webhook_settings(settings):
    """The persistent queue as in production, a local receiver allowed, no waiting on retries."""
    settings.TASKS = {
        **settings.TASKS,
        "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.WEBHOOK_ALLOWED_HOSTS = ["*", "127.0.0.1"]
    settings.WEBHOOK_RETRY_DELAYS = [0]
    settings.WEBHOOK_MAX_ATTEMPTS = 6
    settings.WEBHOOK_PAUSE_AFTER_FAILURES = 3
    settings.WEBHOOK_TIMEOUT_SECONDS = 5
    return settings


@pytest.fixture
def endpoint(receiver, db):
    def build(**fields) -> WebhookEndpoint:
        locales = fields.pop("locales", [])
        fields.setdefault("events", ["page.published", "page.unpublished", "page.moved"])
        hook = WebhookEndpoint.objects.create(
            name="Next.js site", url=receiver.url, secret="s3cret", **fields
        )
        hook.locales.set(locales)
        return hook

    return build


def run_worker() -> None:
    """The worker `make run` starts, run until the queue is empty (retries included)."""
    call_command(
        "db_worker",
        "--backend",
        "webhooks",
        "--batch",
        "--no-startup-delay",
        "--interval",
        "0",
        "--no-reload",
        verbosity=0,
    )


@pytest.fixture
def worker(monkeypatch):
    """The worker, inside the test's transaction: between tasks it recycles the database
    connection (Django's close_old_connections), which would close the test's transaction,
    so that one step is skipped here. The commit-time behaviour itself is tested with a
    transactional test (test_delivery)."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return run_worker


@pytest.fixture
def news_index(home, make_page):
    return make_page(home, NewsIndexPage(title="News", slug="news"))


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("webmaster", "web@example.org", "pw")
    client.force_login(user)
    return client
