"""Data fetching for the news root fields: visibility first, then filters, then prefetching."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch, QuerySet

from cities.localized import localize_related
from cities.models import CityProfilePage
from cms.graphql.locales import localized_listing
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages
from news.models import VISIBLE_CITIES_ATTR, NewsArticle

from . import filters


def visible_cities() -> QuerySet:
    return visible_pages(CityProfilePage.objects.order_by("city_name"))


def listing_queryset() -> QuerySet:
    """Visible articles with everything a listing item shows fetched in a fixed number of queries.

    Related cities are prefetched through the visibility helper, so a draft or restricted city
    never appears under a visible article.
    """
    return (
        visible_pages(NewsArticle.objects.all())
        .select_related("lead_image", "locale")
        .prefetch_related(
            "lead_image__renditions",
            "themes",
            "tags",
            Prefetch("related_cities", queryset=visible_cities(), to_attr=VISIBLE_CITIES_ATTR),
        )
        .order_by("-date", "-first_published_at", "-pk")
    )


def resolve_news_articles(
    info,
    *,
    locale: str | None = None,
    theme: str | None = None,
    city: str | None = None,
    tag: str | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    page: int = 1,
    per_page: int = 20,
) -> PageOfResults:
    queryset, served = localized_listing(info, listing_queryset(), locale)
    queryset = filters.filter_by_dates(queryset, date_from, date_to)
    if theme:
        queryset = filters.filter_by_theme(queryset, theme)
    if city is not None:
        queryset = filters.filter_by_city(queryset, city)
    if tag:
        queryset = filters.filter_by_tag(queryset, tag)
    result = paginate(queryset, page, per_page, locale=served)
    localize_related(result.items, VISIBLE_CITIES_ATTR, result.locale, visible_cities())
    return result
