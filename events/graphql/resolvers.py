"""Data fetching for the events root fields: visibility first, then filters, then prefetching."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from cities.models import CityProfilePage
from cms.graphql.filters import filter_by_city, filter_by_theme
from cms.graphql.locales import localized_listing
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages
from events.models import VISIBLE_CITY_ATTR, EventPage

from . import filters


def visible_cities() -> QuerySet:
    return visible_pages(CityProfilePage.objects.all()).select_related("region", "lead_image")


def listing_queryset() -> QuerySet:
    """Visible events. What an item shows is loaded for the whole page of results by
    `events.graphql.dataloaders`, as for events listed by any other path."""
    return visible_pages(EventPage.objects.all())


def listing_prefetches() -> list:
    """The host city is prefetched through the visibility helper, so a draft or restricted
    city shows as no city at all."""
    return [
        "locale",
        "themes",
        Prefetch("city", queryset=visible_cities(), to_attr=VISIBLE_CITY_ATTR),
    ]


def resolve_events(
    info,
    *,
    locale: str | None = None,
    when: str = "upcoming",
    event_type: str | None = None,
    city: str | None = None,
    theme: str | None = None,
    page: int = 1,
    per_page: int = 20,
) -> PageOfResults:
    queryset, served = localized_listing(info, listing_queryset(), locale)
    queryset = filters.filter_by_when(queryset, when)
    if event_type:
        queryset = filters.filter_by_type(queryset, event_type)
    queryset = filter_by_city(queryset, city, "city")
    queryset = filter_by_theme(queryset, theme)
    return paginate(queryset, page, per_page, locale=served)
