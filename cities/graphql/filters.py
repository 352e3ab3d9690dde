"""Filters of the `cities` listing; each rejects malformed input with a typed error."""

from __future__ import annotations

from django.db.models import QuerySet

from cms.graphql.errors import UserInputError
from cms.models import Region

from ..countries import normalise_country_code

MAX_SEARCH_LENGTH = 100


def filter_by_region(queryset: QuerySet, slug: str | None) -> QuerySet:
    if slug is None:
        return queryset
    region = Region.objects.filter(slug=slug).first()
    if region is None:
        known = ", ".join(Region.objects.values_list("slug", flat=True))
        raise UserInputError(f"Unknown region {slug!r}; known regions: {known}.", field="region")
    return queryset.filter(region=region)


def filter_by_country(queryset: QuerySet, country: str | None) -> QuerySet:
    if country is None:
        return queryset
    code = normalise_country_code(country)
    if code is None:
        raise UserInputError(
            f"{country!r} is not an ISO 3166-1 alpha-2 country code (for example FR or KE).",
            field="country",
        )
    return queryset.filter(country=code)


def filter_by_membership(queryset: QuerySet, membership) -> QuerySet:
    if membership is None:
        return queryset
    return queryset.filter(membership_status=getattr(membership, "value", membership))


def filter_by_name_prefix(queryset: QuerySet, search: str | None) -> QuerySet:
    search = (search or "").strip()
    if not search:
        return queryset
    if len(search) > MAX_SEARCH_LENGTH:
        raise UserInputError(
            f"search is at most {MAX_SEARCH_LENGTH} characters long.", field="search"
        )
    return queryset.filter(city_name__istartswith=search)
