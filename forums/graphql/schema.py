"""Root fields of the forums: one topic with its posts (topics are listed on ForumPage)."""

import graphene

from . import resolvers
from .types import ForumTopicWithPosts


class Query:
    forum_topic = graphene.Field(
        ForumTopicWithPosts,
        id=graphene.ID(required=True),
        description="A published topic of a visible forum, else null",
    )

    def resolve_forum_topic(self, info, id):
        return resolvers.resolve_forum_topic(info, id)
