"""Background index updates on the persistent "search" task backend.

Run the worker with `python manage.py db_worker --backend search`. A run syncs every pending
page (search.models.PendingIndexUpdate); if the server is down the rows stay, with the error,
and a retry is scheduled with a growing delay (on backends that can defer), so nothing is lost
and publishing never waits for the search server.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from . import conf
from .backends.base import EngineUnavailable
from .indexing import sync_pages
from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)

BATCH = 500
RETRY_DELAYS = [10, 30, 60, 300, 900]  # seconds; the last one repeats


@task(backend="search")
def sync_pending_updates() -> int:
    """Sync pending pages in batches; returns how many pages were synced."""
    if not conf.elasticsearch_url():
        PendingIndexUpdate.objects.all().delete()
        return 0
    synced = 0
    while True:
        rows = list(PendingIndexUpdate.objects.values_list("pk", "page_id", "requested_at")[:BATCH])
        if not rows:
            return synced
        try:
            sync_pages([page_id for _, page_id, _ in rows])
        except EngineUnavailable as error:
            record_failure([pk for pk, _, _ in rows], str(error))
            return synced
        # A row requested again while we synced keeps its newer timestamp and stays pending.
        done = Q(pk__in=[])
        for pk, _, requested_at in rows:
            done |= Q(pk=pk, requested_at=requested_at)
        PendingIndexUpdate.objects.filter(done).delete()
        synced += len(rows)


def record_failure(row_ids: list[int], error: str) -> None:
    PendingIndexUpdate.objects.filter(pk__in=row_ids).update(
        attempts=F("attempts") + 1, last_error=error[:2000]
    )
    attempts = PendingIndexUpdate.objects.filter(pk__in=row_ids).values_list("attempts", flat=True)
    delay = RETRY_DELAYS[min(max(attempts, default=1), len(RETRY_DELAYS)) - 1]
    logger.warning("Search index update failed (%s); retrying in %s s", error, delay)
    backend = sync_pending_updates.get_backend()
    if backend.supports_defer:
        sync_pending_updates.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue()
