"""Root fields of the forums: the forums a requester may read, one topic with its posts."""

import graphene
from grapple.registry import registry

from cms.graphql.locales import locale_argument

from . import resolvers
from .types import ForumTopicWithPosts


def forum_page_type():
    from ..models import ForumPage

    return registry.pages[ForumPage]


class Query:
    forums = graphene.List(
        graphene.NonNull(forum_page_type),
        required=True,
        locale=locale_argument(),
        description="Every forum the requester may read, in one locale (the fallback chain's "
        "first with any forum): members-only ones for signed-in members (they never appear "
        "in `pages`, which serves public pages only)",
    )
    forum = graphene.Field(
        forum_page_type,
        id=graphene.ID(required=True),
        locale=locale_argument(),
        description="One forum the requester may read, else null; with `locale`, its "
        "translation along the fallback chain (its topics are shared by all translations)",
    )
    forum_topic = graphene.Field(
        ForumTopicWithPosts,
        id=graphene.ID(required=True),
        locale=locale_argument(),
        description="A published topic of a forum the requester may read, else null. Topics "
        "are not translated; `locale` chooses the language of its `forum`",
    )

    def resolve_forums(self, info, locale=None):
        return resolvers.resolve_forums(info, locale)

    def resolve_forum(self, info, id, locale=None):
        return resolvers.resolve_forum(info, id, locale)

    def resolve_forum_topic(self, info, id, locale=None):
        return resolvers.resolve_forum_topic(info, id, locale)
