"""Data fetching for the events root fields: visibility first, then filters, then prefetching."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from cities.models import CityProfilePage
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages
from events.models import VISIBLE_CITY_ATTR, EventPage

from . import filters


def listing_queryset() -> QuerySet:
    """Visible events with what a listing item shows fetched in a fixed number of queries.

    The host city is prefetched through the visibility helper, so a draft or restricted city
    shows as no city at all.
    """
    visible_cities = visible_pages(CityProfilePage.objects.all())
    return (
        visible_pages(EventPage.objects.all())
        .select_related("lead_image", "locale")
        .prefetch_related(
            "lead_image__renditions",
            "themes",
            Prefetch("city", queryset=visible_cities, to_attr=VISIBLE_CITY_ATTR),
        )
    )


def resolve_events(
    *,
    when: str = "upcoming",
    event_type: str | None = None,
    city: str | None = None,
    theme: str | None = None,
    page: int = 1,
    per_page: int = 20,
) -> PageOfResults:
    queryset = filters.filter_by_when(listing_queryset(), when)
    if event_type:
        queryset = filters.filter_by_type(queryset, event_type)
    if city is not None:
        queryset = filters.filter_by_city(queryset, city)
    if theme:
        queryset = filters.filter_by_theme(queryset, theme)
    return paginate(queryset, page, per_page)
