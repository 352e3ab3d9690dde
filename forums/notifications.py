"""E-mail to a topic's followers when a reply is published.

Sent after the publishing transaction commits, one message per follower (no address is shown
to other followers), only to followers who may still read the forum and never to the author.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils.text import Truncator

from cms.privacy import readers

from .models import ModerationStatus, Post, author_name
from .sanitise import text_of

logger = logging.getLogger(__name__)
EXCERPT_CHARS = 600


def messages_for(post: Post) -> list[EmailMessage]:
    topic, forum = post.topic, post.topic.forum
    followers = (
        get_user_model()
        .objects.filter(followed_topics__topic=topic, is_active=True)
        .exclude(pk=post.author_id)
        .exclude(email="")
    )
    context = {
        "topic": topic,
        "forum": forum,
        "author": author_name(post.author),
        "excerpt": Truncator(text_of(post.body)).chars(EXCERPT_CHARS),
        "link": settings.FORUM_TOPIC_URL.format(id=topic.pk),
    }
    messages = []
    for user in readers(forum, followers):
        text = render_to_string(
            "forums/email/new_reply.txt",
            {**context, "name": user.get_full_name().strip() or user.get_username()},
        )
        subject, _, body = text.partition("\n")
        messages.append(EmailMessage(subject.strip(), body.strip() + "\n", to=[user.email]))
    return messages


def notify_followers(post_ids: list[int]) -> int:
    """E-mail the followers of each post's topic; returns how many e-mails were sent."""
    posts = Post.objects.filter(pk__in=post_ids, status=ModerationStatus.PUBLISHED)
    messages = [
        message
        for post in posts.select_related("topic__forum", "author")
        for message in messages_for(post)
    ]
    if not messages:
        return 0
    sent = get_connection().send_messages(messages) or 0
    logger.info("Sent %s new-reply e-mails for posts %s", sent, post_ids)
    return sent
