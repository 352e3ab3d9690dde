"""Filters and orderings of the `events` listing: each takes a queryset, returns a narrower one.

Theme and city are the filters every listing shares (cms.graphql.filters)."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet
from django.utils import timezone


def filter_by_when(queryset: QuerySet, when: str, now: datetime.datetime | None = None):
    """Upcoming (not over yet) soonest first, past most recent first, all in date order."""
    now = now or timezone.now()
    if when == "upcoming":
        return queryset.filter(ends_at__gt=now).order_by("start", "pk")
    if when == "past":
        return queryset.filter(ends_at__lte=now).order_by("-start", "-pk")
    return queryset.order_by("start", "pk")


def filter_by_type(queryset: QuerySet, event_type: str) -> QuerySet:
    return queryset.filter(event_type=event_type)
