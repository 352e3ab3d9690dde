"""Grapple field declarations of ForumPage.graphql_fields whose answer depends on the
requester (what the privacy policy lets them read): resolved here, the model takes no `info`."""

import graphene
from grapple.models import GraphQLField

from cms.graphql.privacy_gate import policy_of
from cms.graphql.request_cache import request_cache


def forum_count(kind: str):
    """A resolver of the forum's published `kind` ("topics" or "posts") the requester sees,
    from one grouped query per request for all forums."""

    def resolve(forum, info):
        from ..models import counts_by_forum

        counts = request_cache(info, "forum_counts", lambda: counts_by_forum(policy_of(info)))
        return counts.get(forum.translation_key, {"topics": 0, "posts": 0})[kind]

    return resolve


def GraphQLTopicListing(field_name: str = "topics"):  # noqa: N802 (grapple idiom)
    """A paginated `topics(page, perPage)` of the forum (`ForumPage.topic_listing`)."""

    def Mixin():  # noqa: N802
        from cms.graphql.pagination import pagination_args

        from .types import ForumTopicListing

        def with_arguments(field_type):
            return graphene.Field(
                field_type,
                required=True,
                description="Published topics, pinned first, then by last activity",
                resolver=lambda forum, info, **kwargs: forum.topic_listing(
                    policy_of(info), **kwargs
                ),
                **pagination_args(),
            )

        return GraphQLField(field_name, ForumTopicListing), with_arguments

    return Mixin
