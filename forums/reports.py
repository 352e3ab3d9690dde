"""Members reporting posts to the moderators (listed in the admin's forum moderation)."""

from __future__ import annotations

from django.conf import settings

from cms.graphql.errors import Invalid, NotFound
from members.throttle import enforce

from .lookups import to_pk
from .models import Post, PostReport
from .posting import lock_member

REASON_LENGTH = (3, 1000)


def report_post(viewer, post_id, reason: str) -> PostReport:
    lock_member(viewer)
    post = Post.objects.readable(viewer.privacy).filter(pk=to_pk(post_id, "postId")).first()
    if post is None:
        raise NotFound("There is no post with this id.")
    if post.author_id == viewer.user.pk:
        raise Invalid("You cannot report your own post.", field="postId")
    reason = " ".join((reason or "").split())
    low, high = REASON_LENGTH
    if not low <= len(reason) <= high:
        raise Invalid(f"Give a reason of {low} to {high} characters.", field="reason")
    if PostReport.objects.filter(post=post, reporter=viewer.user).exists():
        raise Invalid("You have already reported this post.", field="postId")
    count, seconds = settings.FORUM_REPORT_LIMIT
    enforce(
        PostReport.objects.filter(reporter=viewer.user),
        settings.FORUM_REPORT_LIMIT,
        f"You can report at most {count} posts in {seconds // 60} minutes.",
    )
    return PostReport.objects.create(post=post, reporter=viewer.user, reason=reason)
