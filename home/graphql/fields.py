"""Grapple field declarations with arguments, for use in a model's `graphql_fields`."""

import graphene
from grapple.models import GraphQLField


def GraphQLChildListing(field_name: str = "listing"):
    """A paginated `listing(page, perPage)` of the page's visible children (`child_listing`)."""

    def Mixin():
        from cms.graphql.pagination import pagination_args

        from .types import ChildPageListing

        def with_arguments(field_type):
            return graphene.Field(
                field_type,
                required=True,
                description="Visible children in admin order, as in a Plone folder listing",
                **pagination_args(),
            )

        return GraphQLField(field_name, ChildPageListing, source="child_listing"), with_arguments

    return Mixin
