"""Moderators hide and restore posts, lock and pin topics over the API; members report posts."""

import pytest
from django.core import mail

from forums.models import ModerationStatus, Post, PostReport
from tests.forums.operations import HIDE, LOCK, PIN, REPLY, REPORT, RESTORE, TOPIC, UNLOCK, UNPIN
from tests.members.helpers import error_code

TOPICS = """query ($id: ID!) { forum(id: $id) { topics { items { title isPinned } } } }"""


@pytest.fixture
def moderator(make_member, signed_in):
    return signed_in(make_member("Mo Derator", city="Pune", role="moderator"))


@pytest.mark.django_db
def test_a_hidden_post_disappears_and_comes_back_when_restored(
    gql, moderator, make_forum, make_topic, make_post
):
    topic = make_topic(make_forum())
    keep, spam = make_post(topic, "<p>keep</p>"), make_post(topic, "<p>spam</p>")
    hidden = moderator.data(HIDE, {"postId": spam.pk})["hidePost"]
    assert hidden == {"status": "HIDDEN", "post": {"id": str(spam.pk)}}
    posts = gql.data(TOPIC, {"id": topic.pk})["forumTopic"]["posts"]["items"]
    assert [p["body"] for p in posts] == [keep.body]
    assert moderator.data(RESTORE, {"postId": spam.pk})["restorePost"]["status"] == "PUBLISHED"
    assert gql.data(TOPIC, {"id": topic.pk})["forumTopic"]["postCount"] == 2


@pytest.mark.django_db
def test_restoring_a_waiting_post_publishes_it_and_tells_the_followers(
    moderator, make_forum, make_topic, make_member, signed_in, django_capture_on_commit_callbacks
):
    topic = make_topic(make_forum(premoderated=True))
    priya = signed_in(make_member("Priya Raman", city="Pune", email="priya@pune.example"))
    priya.data("mutation ($id: ID!) { followTopic(topicId: $id) { status } }", {"id": topic.pk})
    awa = signed_in(make_member("Awa Ndiaye"))
    post_id = awa.data(REPLY, {"topicId": topic.pk, "body": "<p>hi</p>"})["reply"]["post"]["id"]
    with django_capture_on_commit_callbacks(execute=True):
        moderator.data(RESTORE, {"postId": post_id})
    assert Post.objects.get(pk=post_id).status == ModerationStatus.PUBLISHED
    assert [m.to for m in mail.outbox] == [["priya@pune.example"]]


@pytest.mark.django_db
def test_lock_and_pin(gql, moderator, make_forum, make_topic, make_member, signed_in):
    forum = make_forum()
    make_topic(forum, "Recent", age_hours=1)
    topic = make_topic(forum, "Old rules", age_hours=100)
    awa = signed_in(make_member())

    assert moderator.data(LOCK, {"topicId": topic.pk})["lockTopic"]["topic"]["isLocked"] is True
    assert error_code(awa.execute(REPLY, {"topicId": topic.pk, "body": "<p>x</p>"})) == (
        "PERMISSION_DENIED"
    )
    moderator.data(UNLOCK, {"topicId": topic.pk})
    assert awa.data(REPLY, {"topicId": topic.pk, "body": "<p>x</p>"})

    moderator.data(PIN, {"topicId": topic.pk})
    items = gql.data(TOPICS, {"id": forum.pk})["forum"]["topics"]["items"]
    assert items[0] == {"title": "Old rules", "isPinned": True}
    moderator.data(UNPIN, {"topicId": topic.pk})
    items = gql.data(TOPICS, {"id": forum.pk})["forum"]["topics"]["items"]
    assert [i["title"] for i in items] == ["Old rules", "Recent"]  # the reply bumped it


@pytest.mark.django_db
def test_unknown_or_deleted_items_are_not_found(moderator, make_forum, make_topic, make_post):
    topic = make_topic(make_forum())
    deleted = make_post(topic, status=ModerationStatus.DELETED)
    for query, variables in [
        (HIDE, {"postId": deleted.pk}),
        (HIDE, {"postId": 424242}),
        (LOCK, {"topicId": 424242}),
    ]:
        assert error_code(moderator.execute(query, variables)) == "NOT_FOUND"


@pytest.mark.django_db
def test_a_report_reaches_the_moderators_once_per_member(
    make_member, signed_in, make_forum, make_topic, make_post
):
    post = make_post(make_topic(make_forum()), "<p>Cheap loans!!!</p>")
    priya = signed_in(make_member("Priya Raman", city="Pune"))
    reason = "  Advertising,\n not a discussion "
    assert priya.data(REPORT, {"postId": post.pk, "reason": reason}) == {
        "reportPost": {"reported": True}
    }
    report = PostReport.objects.get()
    assert (report.post, report.reason) == (post, "Advertising, not a discussion")
    again = priya.execute(REPORT, {"postId": post.pk, "reason": "Still advertising"})
    assert error_code(again) == "VALIDATION"
    short = priya.execute(REPORT, {"postId": post.pk, "reason": "x"})
    assert short["errors"][0]["extensions"] == {"code": "VALIDATION", "field": "reason"}
    assert PostReport.objects.count() == 1
