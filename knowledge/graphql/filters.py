"""Filters of the `knowledgeProducts` listing; each rejects malformed input with a typed error.

Theme and city are the filters every listing shares (cms.graphql.filters). Relation filters go
through `pk__in` subqueries so that a product matching twice is still listed and counted once.
"""

from __future__ import annotations

import re

from django.db.models import QuerySet

from cms.graphql.errors import UserInputError
from cms.graphql.filters import parse_id
from cms.models import Person, Region

from ..models import KnowledgeProductPage

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
YEARS = range(1900, 2101)


def _products(**lookups) -> QuerySet:
    return KnowledgeProductPage.objects.filter(**lookups).values("pk")


def filter_by_type(queryset: QuerySet, product_type) -> QuerySet:
    if product_type is None:
        return queryset
    return queryset.filter(product_type=getattr(product_type, "value", product_type))


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


def filter_by_author(queryset: QuerySet, author_id) -> QuerySet:
    if author_id is None:
        return queryset
    pk = parse_id(author_id, "author", "person")
    if not Person.objects.filter(pk=pk).exists():
        raise UserInputError(f"No author with ID {author_id}.", field="author")
    return queryset.filter(pk__in=_products(authors=pk))
