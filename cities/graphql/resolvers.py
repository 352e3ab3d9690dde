"""The `cities` listing: visible city profiles with everything an item shows, prefetched."""

from __future__ import annotations

from django.db.models import QuerySet

from cms.graphql.locales import localized_listing
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages

from ..models import CityProfilePage
from . import filters


def city_listing_queryset() -> QuerySet:
    """Visible cities by name. What an item shows (region, contact, partnerships) is loaded
    for the whole page of results by `cities.graphql.dataloaders`, as for cities listed by any
    other path: a page of 10 or 100 cities costs the same number of queries."""
    return visible_pages(CityProfilePage.objects.all()).order_by("city_name", "pk")


def resolve_cities(
    info,
    *,
    locale: str | None = None,
    region: str | None = None,
    country: str | None = None,
    membership=None,
    search: str | None = None,
    page: int = 1,
    per_page: int = 20,
) -> PageOfResults:
    queryset, served = localized_listing(info, city_listing_queryset(), locale)
    queryset = filters.filter_by_region(queryset, region)
    queryset = filters.filter_by_country(queryset, country)
    queryset = filters.filter_by_membership(queryset, membership)
    queryset = filters.filter_by_name_prefix(queryset, search)
    return paginate(queryset, page=page, per_page=per_page, locale=served)
