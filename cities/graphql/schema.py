"""Root query fields of the cities domain."""

import graphene

from cms.graphql.locales import locale_argument
from cms.graphql.pagination import pagination_args

from . import dataloaders  # noqa: F401 (registers what a list of its pages loads)
from .resolvers import resolve_cities
from .types import CityListing, CityMembership


class Query:
    cities = graphene.Field(
        graphene.NonNull(CityListing),
        locale=locale_argument(),
        region=graphene.String(description="Region slug, e.g. africa or arab-states"),
        country=graphene.String(description="ISO 3166-1 alpha-2 country code, e.g. FR"),
        membership=CityMembership(),
        search=graphene.String(
            description="Only cities whose name (in the listing's locale) starts with this"
        ),
        **pagination_args(),
        description="Member city profiles in one locale, ordered by name, with totals",
    )

    def resolve_cities(self, info, **kwargs):
        return resolve_cities(info, **kwargs)
