"""Mutations of the forums: members post, moderators moderate.

Every mutation needs a signed-in viewer (members.viewer). Authors must be members; moderation
needs a moderator (a member with that role, or an editor allowed to moderate in the admin).
Refusals come back as coded errors and change nothing (cms.graphql.mutations).
"""

import graphene

from cms.graphql.mutations import ApiMutation
from members.viewer import require_member, require_moderator, require_viewer

from .. import follows, posting, reports
from ..models import ModerationStatus, Topic
from ..moderation import flag_topic, moderate_post
from .types import ForumPost, ForumTopic

ForumItemStatus = graphene.Enum.from_enum(
    ModerationStatus, name="ForumItemStatus", description="Whether readers see a topic or post"
)


def topic_with_count(topic_id: int) -> Topic:
    """A topic as ForumTopic shows it (with its published post count), whatever its status."""
    return Topic.objects.select_related("forum", "author").with_post_counts().get(pk=topic_id)


class PostPayload(graphene.ObjectType):
    post = graphene.Field(ForumPost, required=True)
    status = graphene.Field(
        ForumItemStatus, required=True, description="PENDING: waiting for a moderator"
    )


class TopicPayload(graphene.ObjectType):
    topic = graphene.Field(ForumTopic, required=True)
    status = graphene.Field(
        ForumItemStatus, required=True, description="PENDING: waiting for a moderator"
    )


def post_payload(post) -> PostPayload:
    return PostPayload(post=post, status=post.status)


def topic_payload(topic) -> TopicPayload:
    return TopicPayload(topic=topic_with_count(topic.pk), status=topic.status)


class StartTopic(ApiMutation):
    """Start a topic with its opening post. In a pre-moderated forum both wait for a moderator."""

    class Arguments:
        forum_id = graphene.ID(required=True)
        title = graphene.String(required=True, description="3 to 200 characters")
        body = graphene.String(
            required=True, description="HTML: p, br, strong, em, a, ul, ol, li, blockquote, code"
        )

    topic = graphene.Field(ForumTopic, required=True)
    post = graphene.Field(ForumPost, required=True)
    status = graphene.Field(ForumItemStatus, required=True)

    @classmethod
    def perform(cls, info, forum_id, title, body):
        topic, post = posting.start_topic(require_member(info), forum_id, title, body)
        return StartTopic(topic=topic_with_count(topic.pk), post=post, status=topic.status)


class Reply(ApiMutation):
    """Reply in a topic; refused in a locked topic (except to moderators)."""

    class Arguments:
        topic_id = graphene.ID(required=True)
        body = graphene.String(required=True)

    Output = PostPayload

    @classmethod
    def perform(cls, info, topic_id, body):
        return post_payload(posting.reply(require_member(info), topic_id, body))


class EditPost(ApiMutation):
    """Change the body of one's own post, within the edit window after posting."""

    class Arguments:
        post_id = graphene.ID(required=True)
        body = graphene.String(required=True)

    Output = PostPayload

    @classmethod
    def perform(cls, info, post_id, body):
        return post_payload(posting.edit_post(require_member(info), post_id, body))


class DeletePost(ApiMutation):
    """Delete one's own post within the edit window (an unanswered opening post: its topic)."""

    class Arguments:
        post_id = graphene.ID(required=True)

    deleted_post_id = graphene.ID(required=True)
    topic_deleted = graphene.Boolean(required=True)

    @classmethod
    def perform(cls, info, post_id):
        deletion = posting.delete_post(require_member(info), post_id)
        return DeletePost(deleted_post_id=deletion.post_id, topic_deleted=deletion.topic_deleted)


class ReportPost(ApiMutation):
    """Tell the moderators that a post breaks the rules."""

    class Arguments:
        post_id = graphene.ID(required=True)
        reason = graphene.String(required=True, description="3 to 1000 characters")

    reported = graphene.Boolean(required=True)

    @classmethod
    def perform(cls, info, post_id, reason):
        reports.report_post(require_member(info), post_id, reason)
        return ReportPost(reported=True)


class FollowTopic(ApiMutation):
    """Be e-mailed about new replies in a topic."""

    class Arguments:
        topic_id = graphene.ID(required=True)

    Output = TopicPayload

    @classmethod
    def perform(cls, info, topic_id):
        return topic_payload(follows.follow(require_viewer(info), topic_id))


class UnfollowTopic(ApiMutation):
    class Arguments:
        topic_id = graphene.ID(required=True)

    Output = TopicPayload

    @classmethod
    def perform(cls, info, topic_id):
        return topic_payload(follows.unfollow(require_viewer(info), topic_id))


class ModeratePost(ApiMutation):
    target_status = ""

    class Meta:
        abstract = True

    class Arguments:
        post_id = graphene.ID(required=True)

    Output = PostPayload

    @classmethod
    def perform(cls, info, post_id):
        return post_payload(moderate_post(require_moderator(info), post_id, cls.target_status))


class HidePost(ModeratePost):
    """Hide a post from readers (moderators)."""

    target_status = ModerationStatus.HIDDEN


class RestorePost(ModeratePost):
    """Publish a hidden or waiting post (moderators); followers hear of it if it is new."""

    target_status = ModerationStatus.PUBLISHED


class FlagTopic(ApiMutation):
    flags: dict[str, bool] = {}

    class Meta:
        abstract = True

    class Arguments:
        topic_id = graphene.ID(required=True)

    Output = TopicPayload

    @classmethod
    def perform(cls, info, topic_id):
        require_moderator(info)
        return topic_payload(flag_topic(topic_id, **cls.flags))


class LockTopic(FlagTopic):
    """Close a topic to replies (moderators)."""

    flags = {"is_locked": True}


class UnlockTopic(FlagTopic):
    """Reopen a locked topic to replies (moderators)."""

    flags = {"is_locked": False}


class PinTopic(FlagTopic):
    """Keep a topic at the top of its forum (moderators)."""

    flags = {"is_pinned": True}


class UnpinTopic(FlagTopic):
    """Let a topic take its place by last activity again (moderators)."""

    flags = {"is_pinned": False}


class Mutation:
    start_topic = StartTopic.Field()
    reply = Reply.Field()
    edit_post = EditPost.Field()
    delete_post = DeletePost.Field()
    report_post = ReportPost.Field()
    follow_topic = FollowTopic.Field()
    unfollow_topic = UnfollowTopic.Field()
    hide_post = HidePost.Field()
    restore_post = RestorePost.Field()
    lock_topic = LockTopic.Field()
    unlock_topic = UnlockTopic.Field()
    pin_topic = PinTopic.Field()
    unpin_topic = UnpinTopic.Field()
