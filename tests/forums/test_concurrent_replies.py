"""Many members replying to one topic at the same moment: every reply is kept.

Real threads, real transactions, PostgreSQL only: SQLite allows one writer at a time and the
test database is in memory, private to one connection, so concurrency cannot be shown there.
"""

import json
import threading

import pytest
from django.db import connection
from django.test import Client

from forums.models import Post
from tests.forums.operations import REPLY

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite cannot run concurrent writers (see module doc)")


def at_once(tokens: list[str], topic_ids: list[int], replies_each: int = 1) -> list[dict]:
    """The holder of tokens[i] posts `replies_each` replies to topic_ids[i], all threads
    starting together."""
    barrier = threading.Barrier(len(tokens))
    results: list[dict] = []
    lock = threading.Lock()

    def post(index: int, token: str):
        client = Client()
        try:
            barrier.wait()
            for n in range(replies_each):
                response = client.post(
                    "/graphql/",
                    data=json.dumps(
                        {
                            "query": REPLY,
                            "variables": {
                                "topicId": topic_ids[index],
                                "body": f"<p>{index}.{n}</p>",
                            },
                        }
                    ),
                    content_type="application/json",
                    HTTP_AUTHORIZATION=f"Bearer {token}",
                )
                with lock:
                    results.append(response.json())
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=pair) for pair in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def codes(results: list[dict]) -> list[str]:
    return sorted(
        (result.get("errors") or [{}])[0].get("extensions", {}).get("code", "OK")
        for result in results
    )


def test_concurrent_replies_from_many_members_are_all_kept(
    make_forum, make_topic, make_member, signed_in, gql
):
    topic = make_topic(make_forum())
    cities = ["Dakar", "Recife", "Pune"]
    tokens = [
        signed_in(make_member(f"Member {i}", city=cities[i % 3])).access_token for i in range(8)
    ]
    results = at_once(tokens, [topic.pk] * len(tokens), replies_each=3)
    assert codes(results) == ["OK"] * 24
    assert Post.objects.filter(topic=topic).count() == 24
    listed = gql.data(
        "query ($id: ID!) { forumTopic(id: $id) { postCount posts(perPage: 100) { total } } }",
        {"id": topic.pk},
    )["forumTopic"]
    assert listed == {"postCount": 24, "posts": {"total": 24}}


def test_one_member_racing_the_rate_limit_gets_exactly_the_limit(
    make_forum, make_topic, make_member, signed_in, settings
):
    """Replies to different topics, so only the lock on the member's row keeps the count."""
    settings.FORUM_POST_LIMIT = (3, 60)
    forum = make_forum()
    topics = [make_topic(forum, f"Topic {i}").pk for i in range(8)]
    member = make_member()
    tokens = [signed_in(member).access_token for _ in range(8)]  # eight devices at once
    results = at_once(tokens, topics)
    assert codes(results) == ["OK"] * 3 + ["RATE_LIMITED"] * 5
    assert Post.objects.filter(author=member).count() == 3
