"""Filters of the `newsArticles` listing: each takes a queryset and returns a narrower one."""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet

from cities.models import CityProfilePage
from cms.graphql.errors import UserInputError
from cms.models import Theme
from cms.visibility import visible_pages
from news.models import NewsArticle, NewsArticleTag


def parse_id(value: str | int, field: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UserInputError(
            f"{field} must be a page id (a number), not {value!r}.", field
        ) from None


def filter_by_theme(queryset: QuerySet, slug: str) -> QuerySet:
    """Articles on the theme `slug` (in any locale: a slug names the same theme everywhere)."""
    themes = Theme.objects.filter(slug=slug).values("pk")
    ids = NewsArticle.themes.through.objects.filter(theme__in=themes).values("newsarticle_id")
    return queryset.filter(pk__in=ids)


def filter_by_city(queryset: QuerySet, city_id: str | int) -> QuerySet:
    """Articles related to a visible city or any translation of it; a hidden city matches
    nothing, so no relation leaks.

    Related cities are synchronised from the source article, so a French article points at
    the English city rows: the city is matched by its translation group, not its id.
    """
    city = visible_pages(CityProfilePage.objects.filter(pk=parse_id(city_id, "city")))
    group = CityProfilePage.objects.filter(translation_key__in=city.values("translation_key"))
    ids = NewsArticle.related_cities.through.objects.filter(cityprofilepage__in=group.values("pk"))
    return queryset.filter(pk__in=ids.values("newsarticle_id"))


def filter_by_tag(queryset: QuerySet, tag: str) -> QuerySet:
    """Articles tagged `tag`, given as the tag's slug or its name in any case."""
    tagged = NewsArticleTag.objects.filter(Q(tag__slug=tag) | Q(tag__name__iexact=tag))
    return queryset.filter(pk__in=tagged.values("content_object_id"))


def filter_by_dates(
    queryset: QuerySet, date_from: datetime.date | None, date_to: datetime.date | None
) -> QuerySet:
    """Articles dated within [date_from, date_to], both ends included."""
    if date_from and date_to and date_from > date_to:
        raise UserInputError("dateFrom must not be after dateTo.", "dateFrom")
    if date_from:
        queryset = queryset.filter(date__gte=date_from)
    if date_to:
        queryset = queryset.filter(date__lte=date_to)
    return queryset
