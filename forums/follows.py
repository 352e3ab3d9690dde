"""Following a topic: its followers are e-mailed about new replies (forums.notifications)."""

from __future__ import annotations

from .lookups import readable_topic
from .models import Topic, TopicFollow


def follow(viewer, topic_id) -> Topic:
    topic = readable_topic(viewer, topic_id)
    TopicFollow.objects.get_or_create(topic=topic, user=viewer.user)
    return topic


def unfollow(viewer, topic_id) -> Topic:
    topic = readable_topic(viewer, topic_id)
    TopicFollow.objects.filter(topic=topic, user=viewer.user).delete()
    return topic


def followed_topic_ids(viewer) -> set[int]:
    """Topics the viewer follows (one query, memoised for the request)."""
    if "followed" not in viewer.memo:
        viewer.memo["followed"] = set(
            TopicFollow.objects.filter(user=viewer.user).values_list("topic_id", flat=True)
        )
    return viewer.memo["followed"]
