"""What a requester may read of the forums: the one place that decides it.

Anonymous requesters see published topics and posts of the forums `cms.visibility` shows:
live pages under no view restriction at all. That rule is used unchanged for them.

A signed-in viewer (members.viewer) also sees forums under view restrictions they pass, with
the rule Wagtail's own front end applies to group restrictions: the viewer is in one of the
restriction's groups, or is a superuser. Members are in the "Members" group (forums.access), so
members-only forums open to them; password and login restrictions never open over the API.
Every forum query, listing, count and e-mail goes through these functions.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Count, Q, QuerySet
from wagtail.models import Page, PageViewRestriction

from cms.visibility import visible_pages

from .models import ForumPage, ModerationStatus, Post, Topic


def closed_paths(viewer) -> list[str]:
    """Paths of the pages whose view restriction `viewer` does not pass (one query, memoised)."""
    if "closed_paths" not in viewer.memo:
        passed = PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.GROUPS)
        if not viewer.user.is_superuser:
            passed = passed.filter(groups__user=viewer.user)
        viewer.memo["closed_paths"] = list(
            PageViewRestriction.objects.exclude(pk__in=passed.values("pk")).values_list(
                "page__path", flat=True
            )
        )
    return viewer.memo["closed_paths"]


def readable_pages(queryset: QuerySet, viewer=None) -> QuerySet:
    """Pages of `queryset` the viewer may read; for anonymous requesters, `visible_pages`."""
    if viewer is None:
        return visible_pages(queryset)
    queryset = queryset.live().filter(depth__gt=1)
    paths = closed_paths(viewer)
    if paths:
        queryset = queryset.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))
    return queryset


def visible_forums(viewer=None) -> QuerySet[ForumPage]:
    return readable_pages(ForumPage.objects.all(), viewer)


def visible_topics(forum: ForumPage | None = None, viewer=None) -> QuerySet[Topic]:
    """Published topics of the forums the viewer may read (of `forum` only, if given).

    A forum and its translations are one board: members' topics are not translated, so the
    French page of a forum lists the topics posted through any of its translations. A topic
    is still only shown when the page it was posted in may be read.
    """
    topics = Topic.objects.filter(
        status=ModerationStatus.PUBLISHED, forum__in=visible_forums(viewer)
    )
    if forum is None:
        return topics
    return topics.filter(forum__translation_key=forum.translation_key)


def visible_posts(topic: Topic | None = None, viewer=None) -> QuerySet[Post]:
    """Published posts of the topics the viewer may read (of `topic` only, if given)."""
    posts = Post.objects.filter(
        status=ModerationStatus.PUBLISHED, topic__in=visible_topics(viewer=viewer)
    )
    return posts.filter(topic=topic) if topic is not None else posts


def with_post_counts(topics: QuerySet[Topic]) -> QuerySet[Topic]:
    """Annotate `post_count`: the topic's published posts, the only ones a reader can see."""
    return topics.annotate(
        post_count=Count("posts", filter=Q(posts__status=ModerationStatus.PUBLISHED))
    )


def counts_by_forum(viewer=None) -> dict[object, dict[str, int]]:
    """Published topics and posts of every forum the viewer may read, in two grouped queries,
    keyed by the forum's translation key (translations of a forum share its topics).

    Computed for all forums at once (there are few) so that a listing of forums showing
    their counts costs the same whatever the number of forums.
    """
    counts: dict[object, dict[str, int]] = {}
    key = "forum__translation_key"
    topics = visible_topics(viewer=viewer).values(key).annotate(n=Count("pk")).order_by()
    for row in topics:
        counts.setdefault(row[key], {"topics": 0, "posts": 0})["topics"] = row["n"]
    posts = visible_posts(viewer=viewer).values(f"topic__{key}").annotate(n=Count("pk"))
    for row in posts.order_by():
        counts.setdefault(row[f"topic__{key}"], {"topics": 0, "posts": 0})["posts"] = row["n"]
    return counts


def readers(forum: ForumPage, users: QuerySet) -> QuerySet:
    """Those of `users` who may read `forum`, by the same rule as for a signed-in viewer."""
    if not forum.live:
        return users.none()
    ancestry = [forum.path[:end] for end in range(Page.steplen, len(forum.path) + 1, Page.steplen)]
    restrictions = PageViewRestriction.objects.filter(page__path__in=ancestry)
    for restriction in restrictions.prefetch_related("groups"):
        if restriction.restriction_type != PageViewRestriction.GROUPS:
            return users.none()
        users = users.filter(Q(is_superuser=True) | Q(groups__in=restriction.groups.all()))
    return users.distinct()


def author_name(user) -> str:
    """How an author is shown to readers: a display name, never an e-mail address."""
    if user is None:
        return "Former member"
    for candidate in (user.get_full_name().strip(), user.get_username()):
        if candidate and "@" not in candidate:
            return candidate
    return "Member"
