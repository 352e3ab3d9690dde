"""Root query fields of the cities domain."""

import graphene

from cms.graphql.pagination import pagination_args

from .resolvers import resolve_cities
from .types import CityListing, CityMembership


class Query:
    cities = graphene.Field(
        graphene.NonNull(CityListing),
        region=graphene.String(description="Region slug, e.g. africa or arab-states"),
        country=graphene.String(description="ISO 3166-1 alpha-2 country code, e.g. FR"),
        membership=CityMembership(),
        search=graphene.String(description="Only cities whose name starts with this"),
        **pagination_args(),
        description="Member city profiles, ordered by name, with totals",
    )

    def resolve_cities(self, info, **kwargs):
        return resolve_cities(**kwargs)
