"""Moderation changes posts by bulk update, which sends no save signal: the API's answer cache
must still never show a hidden post or miss an approved one."""

import json

import pytest
from django.core.cache import caches

from forums.models import ModerationStatus
from forums.moderation import set_status

pytestmark = pytest.mark.django_db

TOPIC = "query ($id: ID!) { forumTopic(id: $id) { posts { items { body } } } }"


def bodies(client, topic) -> tuple[list[str], str]:
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": TOPIC, "variables": {"id": topic.pk}}),
        content_type="application/json",
    )
    items = response.json()["data"]["forumTopic"]["posts"]["items"]
    return [item["body"] for item in items], response["X-Cache"]


def test_hiding_and_approving_posts_invalidate_cached_answers(
    client, settings, make_forum, make_topic, make_post
):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 300
    caches["graphql"].clear()
    topic = make_topic(make_forum())
    rude = make_post(topic, "<p>Call me on 0123</p>")
    waiting = make_post(topic, "<p>Good point</p>", status=ModerationStatus.PENDING)
    assert bodies(client, topic) == (["<p>Call me on 0123</p>"], "MISS")
    assert bodies(client, topic)[1] == "HIT"

    set_status([rude], ModerationStatus.HIDDEN)
    set_status([waiting], ModerationStatus.PUBLISHED)
    assert bodies(client, topic) == (["<p>Good point</p>"], "MISS")
