"""Finding the forum, topic or post a signed-in viewer acts on, or saying it is not there.

Whatever the viewer may not read is "not found", exactly like what does not exist: an error
never confirms that a members-only or unpublished item exists.
"""

from __future__ import annotations

from django.db.models import Q

from cms.graphql.errors import Invalid, NotFound

from .models import ForumPage, ModerationStatus, Post, Topic


def to_pk(value, field: str) -> int:
    try:
        pk = int(value)
    except (TypeError, ValueError):
        raise Invalid(f"{field} must be an id (a number).", field=field) from None
    if pk < 1:
        raise Invalid(f"{field} must be an id (a number).", field=field)
    return pk


def readable_forum(viewer, forum_id) -> ForumPage:
    forums = viewer.privacy.pages(ForumPage.objects.all())
    forum = forums.filter(pk=to_pk(forum_id, "forumId")).first()
    if forum is None:
        raise NotFound("There is no forum with this id.")
    return forum


def readable_topic(viewer, topic_id, lock: bool = False) -> Topic:
    """A published topic the viewer may read; `lock` holds its row until the transaction ends."""
    topics = Topic.objects.readable(viewer.privacy).select_related("forum")
    if lock:
        topics = topics.select_for_update(of=("self",))
    topic = topics.filter(pk=to_pk(topic_id, "topicId")).first()
    if topic is None:
        raise NotFound("There is no topic with this id.")
    return topic


def actionable_post(viewer, post_id) -> Post:
    """A post the viewer may act on: published ones they may read and their own; any post
    (but deleted ones) for moderators. Locked until the transaction ends."""
    posts = (
        Post.objects.select_for_update(of=("self",))
        .select_related("topic__forum")
        .exclude(status=ModerationStatus.DELETED)
    )
    if not viewer.can_moderate:
        published = Q(status=ModerationStatus.PUBLISHED, topic__status=ModerationStatus.PUBLISHED)
        posts = posts.filter(published | Q(author=viewer.user))
        posts = viewer.privacy.on_pages(posts, "topic__forum")
    post = posts.filter(pk=to_pk(post_id, "postId")).first()
    if post is None:
        raise NotFound("There is no post with this id.")
    return post


def moderated_topic(topic_id) -> Topic:
    """Any topic but a deleted one, for a moderator; locked until the transaction ends."""
    topics = Topic.objects.select_for_update().exclude(status=ModerationStatus.DELETED)
    topic = topics.filter(pk=to_pk(topic_id, "topicId")).first()
    if topic is None:
        raise NotFound("There is no topic with this id.")
    return topic
