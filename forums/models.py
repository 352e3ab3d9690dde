"""Discussion boards: a forum page per theme, topics and posts stored as plain models.

What a requester may read is cms.privacy's answer: a topic or post is shown when it is
published and the policy shows the forum page it was posted in (`readable`).
"""

from __future__ import annotations

import graphene
from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from grapple.models import GraphQLBoolean, GraphQLForeignKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from cms.graphql.fields import GraphQLResolved
from cms.graphql.pagination import DEFAULT_PER_PAGE, paginate
from cms.models import BasePage, IndexPage
from cms.privacy import PrivacyPolicy

from .graphql.fields import GraphQLTopicListing, forum_count


class ForumIndexPage(IndexPage):
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["forums.ForumPage"]


class ForumPage(BasePage):
    """A discussion board on one theme; members-only boards carry a group view restriction."""

    theme = models.ForeignKey(
        "cms.Theme", null=True, blank=True, on_delete=models.SET_NULL, related_name="forums"
    )
    members_only = models.BooleanField(
        default=False, help_text="Only signed-in members can read and post in this forum"
    )
    premoderated = models.BooleanField(
        default=False, help_text="New posts wait for a moderator before they appear"
    )

    # Access rules are the same in every language (view restrictions are synchronised by
    # wagtail-localize too); the theme is translated as a snippet.
    override_translatable_fields = [
        SynchronizedField("members_only", overridable=False),
        SynchronizedField("premoderated", overridable=False),
    ]

    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("theme"),
        MultiFieldPanel([FieldPanel("members_only"), FieldPanel("premoderated")], "Access"),
    ]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLForeignKey("theme", "cms.Theme"),
        GraphQLBoolean("premoderated", required=True),
        GraphQLResolved("topic_count", graphene.Int, forum_count("topics"), required=True),
        GraphQLResolved("post_count", graphene.Int, forum_count("posts"), required=True),
        GraphQLTopicListing(),
    ]

    def topic_listing(self, policy=None, page: int = 1, per_page: int = DEFAULT_PER_PAGE):
        """Published topics the requester's `policy` shows (default: an anonymous reader's),
        pinned first then by last activity, with published post counts."""
        topics = Topic.objects.readable(policy or PrivacyPolicy()).in_forum(self)
        topics = topics.with_post_counts()
        topics = topics.select_related("forum", "author")
        return paginate(topics.order_by("-is_pinned", "-last_activity_at", "-pk"), page, per_page)


class ModerationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for moderation"
    PUBLISHED = "published", "Published"
    HIDDEN = "hidden", "Hidden by a moderator"
    DELETED = "deleted", "Deleted by its author"


class TopicQuerySet(models.QuerySet):
    def readable(self, policy) -> TopicQuerySet:
        """Published topics of the forums the requester's `policy` (cms.privacy) shows."""
        return policy.on_pages(self.filter(status=ModerationStatus.PUBLISHED), "forum")

    def in_forum(self, forum: ForumPage) -> TopicQuerySet:
        """Topics posted through `forum` or any of its translations: members' topics are not
        translated, so a forum and its translations are one board (each topic still shown
        only when the page it was posted in may be read)."""
        return self.filter(forum__translation_key=forum.translation_key)

    def with_post_counts(self) -> TopicQuerySet:
        """Annotate `post_count`: the topic's published posts, the only ones a reader sees."""
        published = Q(posts__status=ModerationStatus.PUBLISHED)
        return self.annotate(post_count=Count("posts", filter=published))


class Topic(models.Model):
    forum = models.ForeignKey(ForumPage, on_delete=models.CASCADE, related_name="topics")
    title = models.CharField(max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="forum_topics"
    )
    status = models.CharField(
        max_length=20, choices=ModerationStatus.choices, default=ModerationStatus.PUBLISHED
    )
    is_locked = models.BooleanField(default=False)
    is_pinned = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at"]

    def __str__(self):
        return self.title


class PostQuerySet(models.QuerySet):
    def readable(self, policy) -> PostQuerySet:
        """Published posts of published topics in the forums the requester's `policy` shows."""
        published = self.filter(
            status=ModerationStatus.PUBLISHED, topic__status=ModerationStatus.PUBLISHED
        )
        return policy.on_pages(published, "topic__forum")


class Post(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="forum_posts"
    )
    body = models.TextField(help_text="Sanitised HTML")
    status = models.CharField(
        max_length=20, choices=ModerationStatus.choices, default=ModerationStatus.PUBLISHED
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    followers_notified = models.BooleanField(
        default=False, help_text="Followers of the topic were e-mailed when it was first published"
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.excerpt()

    def excerpt(self) -> str:
        return Truncator(strip_tags(self.body)).chars(80) or f"Post {self.pk}"

    excerpt.short_description = "Post"

    def forum(self) -> ForumPage:
        return self.topic.forum

    forum.short_description = "Forum"


def counts_by_forum(policy) -> dict[object, dict[str, int]]:
    """Published topics and posts of every forum the requester's `policy` shows, in two
    grouped queries, keyed by the forum's translation key (translations share their topics).

    Computed for all forums at once (there are few) so that a listing of forums showing
    their counts costs the same whatever the number of forums.
    """
    counts: dict[object, dict[str, int]] = {}
    key = "forum__translation_key"
    topics = Topic.objects.readable(policy).values(key).annotate(n=Count("pk")).order_by()
    for row in topics:
        counts.setdefault(row[key], {"topics": 0, "posts": 0})["topics"] = row["n"]
    posts = Post.objects.readable(policy).values(f"topic__{key}").annotate(n=Count("pk"))
    for row in posts.order_by():
        counts.setdefault(row[f"topic__{key}"], {"topics": 0, "posts": 0})["posts"] = row["n"]
    return counts


def author_name(user) -> str:
    """How an author is shown to readers: a display name, never an e-mail address."""
    if user is None:
        return "Former member"
    for candidate in (user.get_full_name().strip(), user.get_username()):
        if candidate and "@" not in candidate:
            return candidate
    return "Member"


class TopicFollow(models.Model):
    """A user asked to be e-mailed about new replies in a topic."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_topics"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["topic", "user"], name="one_follow_per_user_and_topic")
        ]

    def __str__(self):
        return f"{self.user} follows {self.topic}"


class PostReport(models.Model):
    """A member told the moderators that a post breaks the rules."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reports"
    )
    reason = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"], name="one_report_per_member_and_post"
            )
        ]

    def __str__(self):
        return f"Report on {self.post}"

    def forum(self) -> ForumPage:
        return self.post.topic.forum

    forum.short_description = "Forum"

    def post_status(self) -> str:
        return self.post.get_status_display()

    post_status.short_description = "Post status"
