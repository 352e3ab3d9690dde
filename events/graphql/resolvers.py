"""Data fetching for the events root fields: visibility first, then filters, then prefetching."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from cities.localized import localize_related
from cities.models import CityProfilePage
from cms.graphql.locales import localized_listing
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages
from events.models import VISIBLE_CITY_ATTR, EventPage

from . import filters


def visible_cities() -> QuerySet:
    return visible_pages(CityProfilePage.objects.all())


def listing_queryset() -> QuerySet:
    """Visible events with what a listing item shows fetched in a fixed number of queries.

    The host city is prefetched through the visibility helper, so a draft or restricted city
    shows as no city at all.
    """
    return (
        visible_pages(EventPage.objects.all())
        .select_related("lead_image", "locale")
        .prefetch_related(
            "lead_image__renditions",
            "themes",
            Prefetch("city", queryset=visible_cities(), to_attr=VISIBLE_CITY_ATTR),
        )
    )


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
    if city is not None:
        queryset = filters.filter_by_city(queryset, city)
    if theme:
        queryset = filters.filter_by_theme(queryset, theme)
    result = paginate(queryset, page, per_page, locale=served)
    localize_related(result.items, VISIBLE_CITY_ATTR, result.locale, visible_cities())
    return result
