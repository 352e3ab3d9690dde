"""Rate limits counted in the database, so that they hold across processes and restarts.

The default cache is locmem, private to each worker process: a limit counted there would be
multiplied by the number of workers and forgotten on every restart. Counting timestamped rows in
a sliding window of the database is exact for every process. Limits on posting count the posts
themselves; other limits (failed sign-ins, reset e-mails) count ThrottleEvent rows. Callers that
must never overshoot under concurrency lock a row first (posting locks the member's row).
"""

from __future__ import annotations

import hashlib
import math
from datetime import timedelta

from django.db.models import QuerySet
from django.utils import timezone

from cms.graphql.errors import RateLimited

from .models import ThrottleEvent


def throttle_key(value: str) -> str:
    """What a limit is keyed on, hashed: no e-mail address is stored in the throttle table."""
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def enforce(rows: QuerySet, limit: tuple[int, int], message: str) -> None:
    """Refuse if `rows` (having a `created_at`) already hold `limit` = (count, seconds) rows in
    the window; the error says how many seconds until a slot frees up (one query)."""
    refuse_over(rows, limit, limit[0], message)


def enforce_after_recording(rows: QuerySet, limit: tuple[int, int], message: str) -> None:
    """`enforce` for a caller that has already recorded this attempt among `rows`: refused
    when the attempts in the window, this one included, exceed the limit."""
    refuse_over(rows, limit, limit[0] + 1, message)


def refuse_over(rows: QuerySet, limit: tuple[int, int], count: int, message: str) -> None:
    seconds = limit[1]
    now = timezone.now()
    recent = list(
        rows.filter(created_at__gt=now - timedelta(seconds=seconds))
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:count]
    )
    if len(recent) >= count:
        wait = (recent[-1] + timedelta(seconds=seconds) - now).total_seconds()
        retry_after = max(1, math.ceil(wait))
        raise RateLimited(f"{message} Try again in {retry_after} seconds.", retry_after)


def events(scope: str, key: str) -> QuerySet:
    return ThrottleEvent.objects.filter(scope=scope, key=throttle_key(key))


def record(scope: str, key: str, limit: tuple[int, int]) -> ThrottleEvent:
    """Count one event, forgetting this scope's events older than its window."""
    ThrottleEvent.objects.filter(
        scope=scope, created_at__lt=timezone.now() - timedelta(seconds=limit[1])
    ).delete()
    return ThrottleEvent.objects.create(scope=scope, key=throttle_key(key))
