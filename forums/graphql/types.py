"""Read-only GraphQL types of the forums: topics and posts as a reader sees them.

Plain object types (not model types) so that nothing but these fields can ever be exposed:
authors appear by display name only, moderation state never appears (only published items do).
"""

import graphene
from grapple.types.interfaces import get_page_interface

from cms.graphql.batch import enclosing_page
from cms.graphql.pagination import paginate, paginated_type, pagination_args
from cms.graphql.privacy_gate import policy_of
from members.viewer import viewer_of

from ..follows import followed_topic_ids
from ..models import ForumPage, Post, author_name
from .resolvers import shown_forums


class ForumPost(graphene.ObjectType):
    id = graphene.ID(required=True)
    body = graphene.String(required=True, description="Sanitised HTML")
    author_name = graphene.String(required=True, description="Display name of the author")
    created_at = graphene.DateTime(required=True)
    edited_at = graphene.DateTime()

    def resolve_author_name(post, info):
        return author_name(post.author)


ForumPostListing = paginated_type(ForumPost, "ForumPostListing")


class ForumTopic(graphene.ObjectType):
    """A topic as listed in its forum; `forumTopic` adds its posts."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    author_name = graphene.String(required=True, description="Display name of the author")
    is_pinned = graphene.Boolean(required=True)
    is_locked = graphene.Boolean(required=True, description="Closed to new posts")
    created_at = graphene.DateTime(required=True)
    last_activity_at = graphene.DateTime(required=True)
    post_count = graphene.Int(required=True, description="Published posts in this topic")
    forum = graphene.Field(get_page_interface, required=True)
    is_followed = graphene.Boolean(
        required=True, description="The signed-in viewer follows this topic (false if anonymous)"
    )

    def resolve_author_name(topic, info):
        return author_name(topic.author)

    def resolve_forum(topic, info):
        """The forum in the language it was asked in: the translation whose `topics` listed
        the topic, or the one `forumTopic(locale)` chose; else the one it was posted in."""
        listing = enclosing_page(info)
        if isinstance(listing, ForumPage):
            return listing
        return shown_forums(info).get(topic.pk) or topic.forum

    def resolve_is_followed(topic, info):
        viewer = viewer_of(info)
        return viewer is not None and topic.pk in followed_topic_ids(viewer)


class ForumTopicWithPosts(ForumTopic):
    """One topic with its posts: only reachable one topic at a time, so no query per topic."""

    posts = graphene.Field(
        ForumPostListing,
        required=True,
        description="Published posts, oldest first",
        **pagination_args(),
    )

    def resolve_posts(topic, info, page=1, per_page=20):
        posts = Post.objects.readable(policy_of(info)).filter(topic=topic).select_related("author")
        posts = posts.order_by("created_at", "pk")
        return paginate(posts, page, per_page)


ForumTopicListing = paginated_type(ForumTopic, "ForumTopicListing")
