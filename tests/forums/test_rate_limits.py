"""Each member may post only so often; the count lives in the database, shared by all workers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from forums.models import Post, PostReport
from tests.forums.operations import DELETE, REPLY, REPORT, START_TOPIC
from tests.members.helpers import error_code


@pytest.fixture
def limited(settings):
    settings.FORUM_POST_LIMIT = (3, 60)
    settings.FORUM_REPORT_LIMIT = (2, 3600)


@pytest.mark.django_db
def test_posting_faster_than_the_limit_is_refused_with_a_wait_time(
    limited, make_member, signed_in, make_forum, make_topic
):
    awa = signed_in(make_member())
    forum = make_forum()
    topic = make_topic(forum)
    awa.data(START_TOPIC, {"forumId": forum.pk, "title": "One", "body": "<p>1</p>"})
    for text in ("2", "3"):
        awa.data(REPLY, {"topicId": topic.pk, "body": f"<p>{text}</p>"})
    refused = awa.execute(REPLY, {"topicId": topic.pk, "body": "<p>4</p>"})
    assert error_code(refused) == "RATE_LIMITED"
    assert 0 < refused["errors"][0]["extensions"]["retryAfter"] <= 60
    assert "at most 3 times in 60 seconds" in refused["errors"][0]["message"]
    assert (
        error_code(
            awa.execute(START_TOPIC, {"forumId": forum.pk, "title": "Two", "body": "<p>5</p>"})
        )
        == "RATE_LIMITED"
    )
    assert Post.objects.count() == 3


@pytest.mark.django_db
def test_the_limit_is_per_member_and_frees_up_as_time_passes(
    limited, make_member, signed_in, make_forum, make_topic
):
    user = make_member()
    awa = signed_in(user)
    joao = signed_in(make_member("Joao Silva", city="Recife"))
    topic = make_topic(make_forum())
    for text in ("1", "2", "3"):
        awa.data(REPLY, {"topicId": topic.pk, "body": f"<p>{text}</p>"})
    assert joao.data(REPLY, {"topicId": topic.pk, "body": "<p>me too</p>"})
    Post.objects.filter(author=user).update(created_at=timezone.now() - timedelta(seconds=61))
    assert awa.data(REPLY, {"topicId": topic.pk, "body": "<p>later</p>"})


@pytest.mark.django_db
def test_deleting_posts_does_not_reset_the_limit(
    limited, make_member, signed_in, make_forum, make_topic
):
    awa = signed_in(make_member())
    topic = make_topic(make_forum())
    for text in ("1", "2", "3"):
        post = awa.data(REPLY, {"topicId": topic.pk, "body": f"<p>{text}</p>"})["reply"]["post"]
        awa.data(DELETE, {"postId": post["id"]})
    assert error_code(awa.execute(REPLY, {"topicId": topic.pk, "body": "<p>4</p>"})) == (
        "RATE_LIMITED"
    )


@pytest.mark.django_db
def test_reports_are_rate_limited_too(
    limited, make_member, signed_in, make_forum, make_topic, make_post
):
    topic = make_topic(make_forum())
    posts = [make_post(topic, f"<p>{i}</p>") for i in range(3)]
    priya = signed_in(make_member("Priya Raman", city="Pune"))
    for post in posts[:2]:
        assert priya.data(REPORT, {"postId": post.pk, "reason": "Advertising"})
    result = priya.execute(REPORT, {"postId": posts[2].pk, "reason": "Advertising"})
    assert error_code(result) == "RATE_LIMITED"
    assert PostReport.objects.count() == 2
