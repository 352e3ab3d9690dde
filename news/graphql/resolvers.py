"""Data fetching for the news root fields: visibility first, then filters, then prefetching."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch, QuerySet

from cities.models import CityProfilePage
from cms.graphql.filters import filter_by_city, filter_by_theme
from cms.graphql.locales import localized_listing
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages
from news.models import VISIBLE_CITIES_ATTR, NewsArticle

from . import filters


def visible_cities() -> QuerySet:
    return visible_pages(CityProfilePage.objects.order_by("city_name")).select_related(
        "region", "lead_image"
    )


def listing_queryset() -> QuerySet:
    """Visible articles, newest first. What an item shows is loaded for the whole page of
    results by `news.graphql.dataloaders`, as for articles listed by any other path."""
    return visible_pages(NewsArticle.objects.all()).order_by("-date", "-first_published_at", "-pk")


def listing_prefetches() -> list:
    """Related cities are prefetched through the visibility helper, so a draft or restricted
    city never appears under a visible article."""
    return [
        "locale",
        "themes",
        "tags",
        Prefetch("related_cities", queryset=visible_cities(), to_attr=VISIBLE_CITIES_ATTR),
    ]


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
    queryset = filter_by_theme(queryset, theme)
    queryset = filter_by_city(queryset, city, "related_cities")
    if tag:
        queryset = filters.filter_by_tag(queryset, tag)
    return paginate(queryset, page, per_page, locale=served)
