"""The `knowledgeProducts` listing: visible products with everything an item shows, prefetched."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from cities.models import CityProfilePage
from cms.graphql.filters import filter_by_city, filter_by_theme
from cms.graphql.locales import localized_listing
from cms.graphql.pagination import PageOfResults, paginate
from cms.models import Person
from cms.visibility import visible_pages

from ..documents import public_attachments
from ..models import (
    PUBLIC_DOCUMENTS_ATTR,
    VISIBLE_CITIES_ATTR,
    KnowledgeDocument,
    KnowledgeProductPage,
)
from . import filters


def visible_cities() -> QuerySet:
    return (
        visible_pages(CityProfilePage.objects.all())
        .select_related("region", "lead_image")
        .prefetch_related("lead_image__renditions")
        .order_by("city_name", "pk")
    )


def product_listing_queryset() -> QuerySet:
    """Visible products, newest first. What an item shows is loaded for the whole page of
    results by `knowledge.graphql.dataloaders`, as for products listed by any other path."""
    return visible_pages(KnowledgeProductPage.objects.all()).order_by("-publication_date", "-pk")


def listing_prefetches() -> list:
    """Authors, publisher, themes, regions, visible related cities and public attachments."""
    return [
        "locale",
        "publisher__logo",
        Prefetch("authors", queryset=Person.objects.select_related("photo", "organisation")),
        "themes",
        "regions",
        Prefetch("related_cities", queryset=visible_cities(), to_attr=VISIBLE_CITIES_ATTR),
        Prefetch(
            "documents",
            queryset=public_attachments(KnowledgeDocument.objects.all()),
            to_attr=PUBLIC_DOCUMENTS_ATTR,
        ),
    ]


def resolve_knowledge_products(
    info,
    *,
    locale: str | None = None,
    product_type=None,
    theme: str | None = None,
    year: int | None = None,
    language: str | None = None,
    region: str | None = None,
    city=None,
    author=None,
    page: int = 1,
    per_page: int = 20,
) -> PageOfResults:
    queryset, served = localized_listing(info, product_listing_queryset(), locale)
    queryset = filters.filter_by_type(queryset, product_type)
    queryset = filter_by_theme(queryset, theme)
    queryset = filters.filter_by_year(queryset, year)
    queryset = filters.filter_by_language(queryset, language)
    queryset = filters.filter_by_region(queryset, region)
    queryset = filter_by_city(queryset, city, "related_cities")
    queryset = filters.filter_by_author(queryset, author)
    return paginate(queryset, page=page, per_page=per_page, locale=served)
