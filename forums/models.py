"""Discussion boards: a forum page per theme, topics and posts stored as plain models."""

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from grapple.models import GraphQLBoolean, GraphQLForeignKey, GraphQLInt, GraphQLStreamfield
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyBlock
from cms.graphql.pagination import DEFAULT_PER_PAGE, paginate
from cms.graphql.request_cache import request_cache
from cms.models import BasePage

from .graphql.fields import GraphQLTopicListing


class ForumIndexPage(BasePage):
    intro = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["forums.ForumPage"]

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    graphql_fields = BasePage.graphql_fields + [GraphQLStreamfield("intro")]


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
        GraphQLInt("topic_count", source="published_topic_count", required=True),
        GraphQLInt("post_count", source="published_post_count", required=True),
        GraphQLTopicListing(),
    ]

    def _counts(self, info) -> dict[str, int]:
        """This forum's counts as the requester sees them, from one grouped query per request
        for all forums."""
        from members.viewer import viewer_of

        from .visibility import counts_by_forum

        if info is None:
            counts = counts_by_forum()
        else:
            counts = request_cache(info, "forum_counts", lambda: counts_by_forum(viewer_of(info)))
        return counts.get(self.translation_key, {"topics": 0, "posts": 0})

    def published_topic_count(self, info=None, **kwargs) -> int:
        return self._counts(info)["topics"]

    def published_post_count(self, info=None, **kwargs) -> int:
        return self._counts(info)["posts"]

    def topic_listing(self, info=None, page: int = 1, per_page: int = DEFAULT_PER_PAGE):
        """Published topics, pinned first then by last activity, with published post counts."""
        from members.viewer import viewer_of

        from .visibility import visible_topics, with_post_counts

        topics = visible_topics(forum=self, viewer=viewer_of(info))
        topics = with_post_counts(topics).select_related("forum", "author")
        result = paginate(topics.order_by("-is_pinned", "-last_activity_at", "-pk"), page, per_page)
        for topic in result.items:
            topic.shown_forum = self  # listed in this translation of the forum
        return result


class ModerationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for moderation"
    PUBLISHED = "published", "Published"
    HIDDEN = "hidden", "Hidden by a moderator"
    DELETED = "deleted", "Deleted by its author"


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

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at"]

    def __str__(self):
        return self.title


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
