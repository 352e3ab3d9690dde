"""Filters of the `newsArticles` listing: each takes a queryset and returns a narrower one.

Theme and city are the filters every listing shares (cms.graphql.filters)."""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet

from cms.graphql.errors import UserInputError
from news.models import NewsArticleTag


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
