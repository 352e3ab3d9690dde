"""Filters and orderings of the `events` listing: each takes a queryset, returns a narrower one."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from cities.models import CityProfilePage
from cms.graphql.errors import UserInputError
from cms.models import Theme
from cms.visibility import visible_pages
from events.models import EventPage


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


def filter_by_city(queryset: QuerySet, city_id: str | int) -> QuerySet:
    """Events in a visible city or any translation of it; a hidden city matches nothing, so
    no relation leaks. The host city is synchronised from the source event, so a French event
    points at the English city row: the city is matched by its translation group."""
    try:
        pk = int(city_id)
    except (TypeError, ValueError):
        raise UserInputError(
            f"city must be a page id (a number), not {city_id!r}.", "city"
        ) from None
    city = visible_pages(CityProfilePage.objects.filter(pk=pk))
    return queryset.filter(city__translation_key__in=city.values("translation_key"))


def filter_by_theme(queryset: QuerySet, slug: str) -> QuerySet:
    """Events on the theme `slug` (in any locale: a slug names the same theme everywhere)."""
    themes = Theme.objects.filter(slug=slug).values("pk")
    ids = EventPage.themes.through.objects.filter(theme__in=themes).values("eventpage_id")
    return queryset.filter(pk__in=ids)
