"""Moderation: the one way topics and posts change status, and what moderators may do.

`set_status` serves the admin's bulk actions and the API's moderation mutations alike, so a
post published by either path is announced to the topic's followers exactly once.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from cms.models import ContentGeneration

from .lookups import actionable_post, moderated_topic
from .models import ModerationStatus, Post, PostReport, Topic


def published(post_ids: list[int]) -> None:
    """Posts just published: those published for the first time bump their topic's last
    activity and are announced to the topic's followers (by e-mail, after commit)."""
    from .notifications import notify_followers

    fresh = list(
        Post.objects.select_for_update()
        .filter(pk__in=post_ids, status=ModerationStatus.PUBLISHED, followers_notified=False)
        .values_list("pk", flat=True)
    )
    if not fresh:
        return
    Post.objects.filter(pk__in=fresh).update(followers_notified=True)
    topic_ids = Post.objects.filter(pk__in=fresh).values("topic_id")
    Topic.objects.filter(pk__in=topic_ids).update(last_activity_at=timezone.now())
    transaction.on_commit(lambda: notify_followers(fresh), robust=True)


def opening_posts(topic_ids: list[int]) -> list[int]:
    """The first post of each topic."""
    firsts: dict[int, int] = {}
    rows = Post.objects.filter(topic_id__in=topic_ids).order_by("-created_at", "-pk")
    for topic_id, pk in rows.values_list("topic_id", "pk"):
        firsts[topic_id] = pk
    return list(firsts.values())


def set_status(items: Iterable[Topic | Post], status: str) -> int:
    """Give every item `status`; returns how many of the items changed.

    Publishing a waiting topic also publishes its waiting opening post (they were submitted
    together), and newly published posts are announced to followers.
    """
    by_model: dict[type, list[int]] = {}
    for item in items:
        by_model.setdefault(type(item), []).append(item.pk)
    topic_ids, post_ids = by_model.get(Topic, []), by_model.get(Post, [])
    with transaction.atomic():
        also: list[int] = []
        if status == ModerationStatus.PUBLISHED and topic_ids:
            waiting = Topic.objects.filter(pk__in=topic_ids, status=ModerationStatus.PENDING)
            openers = opening_posts(list(waiting.values_list("pk", flat=True)))
            also = list(
                Post.objects.filter(pk__in=openers, status=ModerationStatus.PENDING).values_list(
                    "pk", flat=True
                )
            )
        changed = 0
        for model, pks in ((Topic, topic_ids), (Post, post_ids)):
            if pks:
                changed += (
                    model.objects.filter(pk__in=pks).exclude(status=status).update(status=status)
                )
        if also:
            Post.objects.filter(pk__in=also).update(status=status)
        if status == ModerationStatus.PUBLISHED and (post_ids or also):
            published([*post_ids, *also])
        if changed or also:
            # Bulk updates send no save signals: say so to the API's answer cache ourselves.
            ContentGeneration.advance()
    return changed


def pending_counts() -> dict[str, int]:
    """Topics and posts waiting for a moderator (two COUNT queries)."""
    return {
        "topics": Topic.objects.filter(status=ModerationStatus.PENDING).count(),
        "posts": Post.objects.filter(status=ModerationStatus.PENDING).count(),
    }


def open_report_count() -> int:
    """Reports on posts that readers can still see (one COUNT query)."""
    return PostReport.objects.filter(post__status=ModerationStatus.PUBLISHED).count()


def moderate_post(viewer, post_id, status: str) -> Post:
    """Hide a post, or publish (restore) it: for moderators, who the caller has checked."""
    post = actionable_post(viewer, post_id)
    set_status([post], status)
    post.refresh_from_db()
    return post


def flag_topic(topic_id, **flags: bool) -> Topic:
    """Lock or unlock, pin or unpin a topic (`is_locked=`, `is_pinned=`)."""
    topic = moderated_topic(topic_id)
    for name, value in flags.items():
        setattr(topic, name, value)
    topic.save(update_fields=list(flags))
    return topic
