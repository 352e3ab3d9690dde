"""Grapple field declarations with arguments, for use in ForumPage.graphql_fields."""

import graphene
from grapple.models import GraphQLField


def GraphQLTopicListing(field_name: str = "topics"):
    """A paginated `topics(page, perPage)` of the forum (`ForumPage.topic_listing`)."""

    def Mixin():
        from cms.graphql.pagination import pagination_args

        from .types import ForumTopicListing

        def with_arguments(field_type):
            return graphene.Field(
                field_type,
                required=True,
                description="Published topics, pinned first, then by last activity",
                **pagination_args(),
            )

        return GraphQLField(field_name, ForumTopicListing, source="topic_listing"), with_arguments

    return Mixin
