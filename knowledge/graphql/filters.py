"""Filters of the `knowledgeProducts` listing; each rejects malformed input with a typed error.

Relation filters go through `pk__in` subqueries so that a product matching twice (a theme
slug used in two locales, say) is still listed and counted once.
"""

from __future__ import annotations

import re

from django.db.models import QuerySet

from cities.models import CityProfilePage
from cms.graphql.errors import UserInputError
from cms.models import Person, Region, Theme
from cms.visibility import visible_pages

from ..models import KnowledgeProductPage

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
YEARS = range(1900, 2101)


def _products(**lookups) -> QuerySet:
    return KnowledgeProductPage.objects.filter(**lookups).values("pk")


def _parse_id(value, field: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        raise UserInputError(f"{field} must be a numeric ID, got {value!r}.", field=field)
    return number


def filter_by_type(queryset: QuerySet, product_type) -> QuerySet:
    if product_type is None:
        return queryset
    return queryset.filter(product_type=getattr(product_type, "value", product_type))


def filter_by_theme(queryset: QuerySet, slug: str | None) -> QuerySet:
    if slug is None:
        return queryset
    if not Theme.objects.filter(slug=slug).exists():
        raise UserInputError(f"Unknown theme {slug!r}.", field="theme")
    return queryset.filter(pk__in=_products(themes__slug=slug))


def filter_by_year(queryset: QuerySet, year: int | None) -> QuerySet:
    if year is None:
        return queryset
    if year not in YEARS:
        raise UserInputError(
            f"year must be between {YEARS.start} and {YEARS.stop - 1}.", field="year"
        )
    return queryset.filter(publication_date__year=year)


def filter_by_language(queryset: QuerySet, language: str | None) -> QuerySet:
    if language is None:
        return queryset
    code = language.strip().lower()
    if not LANGUAGE_CODE.match(code):
        raise UserInputError(
            f"{language!r} is not a language code (ISO 639-1, e.g. en or fr).", field="language"
        )
    return queryset.filter(language__iexact=code)


def filter_by_region(queryset: QuerySet, slug: str | None) -> QuerySet:
    if slug is None:
        return queryset
    if not Region.objects.filter(slug=slug).exists():
        known = ", ".join(Region.objects.values_list("slug", flat=True))
        raise UserInputError(f"Unknown region {slug!r}; known regions: {known}.", field="region")
    return queryset.filter(pk__in=_products(regions__slug=slug))


def filter_by_city(queryset: QuerySet, city_id) -> QuerySet:
    """Products related to a visible city or any translation of it; a draft or restricted city
    matches nothing, so the filter cannot be used to learn what an unpublished city is linked
    to. Related cities are synchronised from the source product (a French product points at
    the English city rows), hence the match on the city's translation group."""
    if city_id is None:
        return queryset
    pk = _parse_id(city_id, "city")
    visible_city = visible_pages(CityProfilePage.objects.filter(pk=pk))
    group = visible_city.values("translation_key")
    return queryset.filter(pk__in=_products(related_cities__translation_key__in=group))


def filter_by_author(queryset: QuerySet, author_id) -> QuerySet:
    if author_id is None:
        return queryset
    pk = _parse_id(author_id, "author")
    if not Person.objects.filter(pk=pk).exists():
        raise UserInputError(f"No author with ID {author_id}.", field="author")
    return queryset.filter(pk__in=_products(authors=pk))
