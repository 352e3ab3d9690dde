"""What the public may read of the forums: published topics and posts of visible forums only.

Built on `cms.visibility`: a forum hidden there (draft, members-only, under any restriction)
hides its topics and posts, in lists and in counts alike. Every forum query goes through here.
"""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from cms.visibility import visible_pages

from .models import ForumPage, ModerationStatus, Post, Topic


def visible_forums() -> QuerySet[ForumPage]:
    return visible_pages(ForumPage.objects.all())


def visible_topics(forum: ForumPage | None = None) -> QuerySet[Topic]:
    """Published topics of visible forums (of `forum` only, if given)."""
    topics = Topic.objects.filter(status=ModerationStatus.PUBLISHED, forum__in=visible_forums())
    return topics.filter(forum=forum) if forum is not None else topics


def visible_posts(topic: Topic | None = None) -> QuerySet[Post]:
    """Published posts of visible topics (of `topic` only, if given)."""
    posts = Post.objects.filter(status=ModerationStatus.PUBLISHED, topic__in=visible_topics())
    return posts.filter(topic=topic) if topic is not None else posts


def with_post_counts(topics: QuerySet[Topic]) -> QuerySet[Topic]:
    """Annotate `post_count`: the topic's published posts, the only ones a reader can see."""
    return topics.annotate(
        post_count=Count("posts", filter=Q(posts__status=ModerationStatus.PUBLISHED))
    )


def counts_by_forum() -> dict[int, dict[str, int]]:
    """Published topics and posts of every visible forum, in two grouped queries.

    Computed for all forums at once (there are few) so that a listing of forums showing
    their counts costs the same whatever the number of forums.
    """
    counts: dict[int, dict[str, int]] = {}
    for row in visible_topics().values("forum_id").annotate(n=Count("pk")).order_by():
        counts.setdefault(row["forum_id"], {"topics": 0, "posts": 0})["topics"] = row["n"]
    for row in visible_posts().values("topic__forum_id").annotate(n=Count("pk")).order_by():
        counts.setdefault(row["topic__forum_id"], {"topics": 0, "posts": 0})["posts"] = row["n"]
    return counts


def author_name(user) -> str:
    """How an author is shown to readers: a display name, never an e-mail address."""
    if user is None:
        return "Former member"
    for candidate in (user.get_full_name().strip(), user.get_username()):
        if candidate and "@" not in candidate:
            return candidate
    return "Member"
