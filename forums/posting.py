"""What members do in the forums: start topics, reply, edit or delete their own posts.

Each function expects to run inside one transaction (the GraphQL mutations open it) and raises
a cms.graphql.errors.ActionError to refuse, so a refused action leaves nothing behind. Posting
locks the member's row first: one member's posts are then counted and created one at a time
across processes, which keeps the rate limit exact.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from cms.graphql.errors import Forbidden, Invalid
from members.models import Member
from members.throttle import enforce

from .lookups import actionable_post, readable_forum, readable_topic
from .models import ModerationStatus, Post, Topic, TopicFollow
from .moderation import published
from .sanitise import clean_body, clean_title

LOCKED = "This topic is locked: it takes no new replies."


def lock_member(viewer) -> None:
    Member.objects.select_for_update().filter(pk=viewer.member.pk).first()


def check_post_rate(viewer) -> None:
    count, seconds = settings.FORUM_POST_LIMIT
    enforce(
        Post.objects.filter(author=viewer.user),
        settings.FORUM_POST_LIMIT,
        f"You can post at most {count} times in {seconds} seconds.",
    )


def new_status(viewer, forum) -> str:
    """Posts in a pre-moderated forum wait for a moderator, unless a moderator wrote them."""
    if forum.premoderated and not viewer.can_moderate:
        return ModerationStatus.PENDING
    return ModerationStatus.PUBLISHED


def start_topic(viewer, forum_id, title: str, body: str) -> tuple[Topic, Post]:
    """A new topic with its opening post; its author follows it."""
    lock_member(viewer)
    forum = readable_forum(viewer, forum_id)
    title, body = clean_title(title), clean_body(body)
    check_post_rate(viewer)
    status = new_status(viewer, forum)
    topic = Topic.objects.create(forum=forum, title=title, author=viewer.user, status=status)
    post = Post.objects.create(topic=topic, author=viewer.user, body=body, status=status)
    TopicFollow.objects.create(topic=topic, user=viewer.user)
    if status == ModerationStatus.PUBLISHED:
        published([post.pk])
    return topic, post


def reply(viewer, topic_id, body: str) -> Post:
    """A reply; followers hear of it once it is published (now, or when a moderator approves)."""
    lock_member(viewer)
    topic = readable_topic(viewer, topic_id, lock=True)
    if topic.is_locked and not viewer.can_moderate:
        raise Forbidden(LOCKED)
    body = clean_body(body)
    check_post_rate(viewer)
    post = Post.objects.create(
        topic=topic, author=viewer.user, body=body, status=new_status(viewer, topic.forum)
    )
    if post.status == ModerationStatus.PUBLISHED:
        published([post.pk])
    return post


def own_recent_post(viewer, post_id, verb: str, done: str) -> Post:
    """The viewer's own post, still within the edit window and not hidden by a moderator."""
    post = actionable_post(viewer, post_id)
    if post.author_id != viewer.user.pk:
        raise Forbidden(f"You can only {verb} your own posts.")
    window = settings.FORUM_EDIT_WINDOW_SECONDS
    if (timezone.now() - post.created_at).total_seconds() > window:
        raise Forbidden(f"Posts can only be {done} within {window // 60} minutes of posting.")
    if ModerationStatus.HIDDEN in (post.status, post.topic.status):
        raise Forbidden(f"A moderator hid this post; it can no longer be {done}.")
    return post


def edit_post(viewer, post_id, body: str) -> Post:
    """Change one's own recent post; in a pre-moderated forum it waits for approval again."""
    lock_member(viewer)
    post = own_recent_post(viewer, post_id, "edit", "edited")
    if post.topic.is_locked and not viewer.can_moderate:
        raise Forbidden(LOCKED)
    post.body = clean_body(body)
    post.edited_at = timezone.now()
    if post.status == ModerationStatus.PUBLISHED:
        post.status = new_status(viewer, post.topic.forum)
    post.save(update_fields=["body", "edited_at", "status"])
    return post


@dataclass
class Deletion:
    post_id: int
    topic_deleted: bool


def delete_post(viewer, post_id) -> Deletion:
    """Withdraw one's own recent post; the opening post takes its topic along, if unanswered.

    Deleted posts keep their row (status DELETED, never shown): moderators can still see what
    was said, and deleting does not reset the posting rate limit.
    """
    lock_member(viewer)
    post = own_recent_post(viewer, post_id, "delete", "deleted")
    topic = post.topic
    others = topic.posts.exclude(pk=post.pk).exclude(status=ModerationStatus.DELETED)
    first = topic.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
    topic_deleted = first == post.pk and topic.author_id == post.author_id
    if topic_deleted and others.exists():
        raise Invalid(
            "This post opens a topic that has replies, so it cannot be deleted; "
            "edit it, or ask a moderator to hide it.",
            field="postId",
        )
    post.status = ModerationStatus.DELETED
    post.save(update_fields=["status"])
    if topic_deleted:
        topic.status = ModerationStatus.DELETED
        topic.save(update_fields=["status"])
    return Deletion(post_id=post.pk, topic_deleted=topic_deleted)
