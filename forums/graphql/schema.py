"""Root fields of the forums: the forums a requester may read, one topic with its posts."""

import graphene
from grapple.registry import registry

from . import resolvers
from .types import ForumTopicWithPosts


def forum_page_type():
    from ..models import ForumPage

    return registry.pages[ForumPage]


class Query:
    forums = graphene.List(
        graphene.NonNull(forum_page_type),
        required=True,
        description="Every forum the requester may read: members-only ones for signed-in "
        "members (they never appear in `pages`, which serves public pages only)",
    )
    forum = graphene.Field(
        forum_page_type,
        id=graphene.ID(required=True),
        description="One forum the requester may read, else null",
    )
    forum_topic = graphene.Field(
        ForumTopicWithPosts,
        id=graphene.ID(required=True),
        description="A published topic of a forum the requester may read, else null",
    )

    def resolve_forums(self, info):
        return resolvers.resolve_forums(info)

    def resolve_forum(self, info, id):
        return resolvers.resolve_forum(info, id)

    def resolve_forum_topic(self, info, id):
        return resolvers.resolve_forum_topic(info, id)
