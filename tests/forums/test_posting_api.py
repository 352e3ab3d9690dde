"""Members start topics, reply, edit and delete their own posts over the API."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from forums.models import ModerationStatus, Post, Topic, TopicFollow
from forums.moderation import set_status
from tests.forums.operations import DELETE, EDIT, REPLY, START_TOPIC, TOPIC
from tests.members.helpers import error_code


@pytest.fixture
def awa(make_member, signed_in):
    user = make_member("Awa Ndiaye")
    return signed_in(user)


@pytest.mark.django_db
def test_a_member_starts_a_topic_that_everyone_can_read(gql, awa, make_forum):
    forum = make_forum()
    result = awa.data(
        START_TOPIC,
        {"forumId": forum.pk, "title": "  Rent   caps ", "body": "<p>Do they <em>work</em>?</p>"},
    )["startTopic"]
    assert result["status"] == "PUBLISHED"
    assert result["topic"] == {
        "id": result["topic"]["id"],
        "title": "Rent caps",
        "authorName": "Awa Ndiaye",
        "postCount": 1,
        "isFollowed": True,
    }
    topic = gql.data(TOPIC, {"id": result["topic"]["id"]})["forumTopic"]
    assert topic["posts"]["items"][0]["body"] == "<p>Do they <em>work</em>?</p>"


@pytest.mark.django_db
def test_replies_are_listed_in_order_and_bump_the_topic(gql, awa, make_forum, make_topic):
    topic = make_topic(make_forum(), age_hours=5)
    before = topic.last_activity_at
    for text in ["first", "second"]:
        reply = awa.data(REPLY, {"topicId": topic.pk, "body": f"<p>{text}</p>"})["reply"]
        assert reply["status"] == "PUBLISHED"
    posts = gql.data(TOPIC, {"id": topic.pk})["forumTopic"]["posts"]
    assert [p["body"] for p in posts["items"]] == ["<p>first</p>", "<p>second</p>"]
    topic.refresh_from_db()
    assert topic.last_activity_at > before


@pytest.mark.django_db
def test_locked_topics_refuse_replies_except_from_moderators(
    awa, make_forum, make_topic, make_member, signed_in
):
    topic = make_topic(make_forum(), is_locked=True)
    result = awa.execute(REPLY, {"topicId": topic.pk, "body": "<p>late</p>"})
    assert error_code(result) == "PERMISSION_DENIED"
    assert "locked" in result["errors"][0]["message"]
    moderator = signed_in(make_member("Mo Derator", role="moderator"))
    assert moderator.data(REPLY, {"topicId": topic.pk, "body": "<p>closing note</p>"})
    assert Post.objects.filter(topic=topic).count() == 1


@pytest.mark.django_db
def test_in_a_premoderated_forum_posts_wait_until_a_moderator_publishes_them(
    gql, awa, make_forum, make_topic
):
    forum = make_forum(premoderated=True)
    started = awa.data(
        START_TOPIC, {"forumId": forum.pk, "title": "Standpipes", "body": "<p>Who pays?</p>"}
    )["startTopic"]
    assert started["status"] == "PENDING"
    assert gql.data(TOPIC, {"id": started["topic"]["id"]}) == {"forumTopic": None}

    open_topic = make_topic(forum)
    reply = awa.data(REPLY, {"topicId": open_topic.pk, "body": "<p>waiting</p>"})["reply"]
    assert reply["status"] == "PENDING"
    assert gql.data(TOPIC, {"id": open_topic.pk})["forumTopic"]["postCount"] == 0

    # The admin's moderation queue publishes them (a topic with its opening post).
    set_status([Topic.objects.get(pk=started["topic"]["id"])], ModerationStatus.PUBLISHED)
    set_status([Post.objects.get(pk=reply["post"]["id"])], ModerationStatus.PUBLISHED)
    assert gql.data(TOPIC, {"id": started["topic"]["id"]})["forumTopic"]["postCount"] == 1
    assert gql.data(TOPIC, {"id": open_topic.pk})["forumTopic"]["postCount"] == 1


@pytest.mark.django_db
def test_authors_edit_their_post_within_the_window(gql, awa, make_forum, make_topic, settings):
    settings.FORUM_EDIT_WINDOW_SECONDS = 900
    topic = make_topic(make_forum())
    post_id = awa.data(REPLY, {"topicId": topic.pk, "body": "<p>typo</p>"})["reply"]["post"]["id"]
    edited = awa.data(EDIT, {"postId": post_id, "body": "<p>fixed</p>"})["editPost"]
    assert edited["post"]["body"] == "<p>fixed</p>"
    assert edited["post"]["editedAt"]

    Post.objects.filter(pk=post_id).update(created_at=timezone.now() - timedelta(minutes=16))
    late = awa.execute(EDIT, {"postId": post_id, "body": "<p>rewritten history</p>"})
    assert error_code(late) == "PERMISSION_DENIED"
    assert "within 15 minutes" in late["errors"][0]["message"]
    assert Post.objects.get(pk=post_id).body == "<p>fixed</p>"


@pytest.mark.django_db
def test_an_edited_post_in_a_premoderated_forum_waits_for_approval_again(
    gql, awa, make_forum, make_topic
):
    topic = make_topic(make_forum(premoderated=True))
    post_id = awa.data(REPLY, {"topicId": topic.pk, "body": "<p>ok</p>"})["reply"]["post"]["id"]
    set_status([Post.objects.get(pk=post_id)], ModerationStatus.PUBLISHED)
    edited = awa.data(EDIT, {"postId": post_id, "body": "<p>now spam</p>"})["editPost"]
    assert edited["status"] == "PENDING"
    assert gql.data(TOPIC, {"id": topic.pk})["forumTopic"]["postCount"] == 0


@pytest.mark.django_db
def test_deleting_a_reply_hides_it_and_an_unanswered_opening_post_takes_its_topic(
    gql, awa, make_forum, make_member, signed_in
):
    forum = make_forum()
    started = awa.data(
        START_TOPIC, {"forumId": forum.pk, "title": "Oops", "body": "<p>wrong forum</p>"}
    )["startTopic"]
    topic_id, opening_id = started["topic"]["id"], started["post"]["id"]
    reply_id = awa.data(REPLY, {"topicId": topic_id, "body": "<p>more</p>"})["reply"]["post"]["id"]

    assert awa.data(DELETE, {"postId": reply_id})["deletePost"] == {
        "deletedPostId": reply_id,
        "topicDeleted": False,
    }
    assert gql.data(TOPIC, {"id": topic_id})["forumTopic"]["postCount"] == 1
    assert awa.data(DELETE, {"postId": opening_id})["deletePost"]["topicDeleted"] is True
    assert gql.data(TOPIC, {"id": topic_id}) == {"forumTopic": None}
    assert Post.objects.get(pk=reply_id).status == ModerationStatus.DELETED  # kept for moderators


@pytest.mark.django_db
def test_an_opening_post_with_replies_from_others_cannot_be_deleted(
    gql, awa, make_forum, make_member, signed_in
):
    started = awa.data(
        START_TOPIC, {"forumId": make_forum().pk, "title": "Kiosks", "body": "<p>Q</p>"}
    )["startTopic"]
    joao = signed_in(make_member("Joao Silva", city="Recife"))
    joao.data(REPLY, {"topicId": started["topic"]["id"], "body": "<p>A</p>"})
    result = awa.execute(DELETE, {"postId": started["post"]["id"]})
    assert error_code(result) == "VALIDATION"
    assert gql.data(TOPIC, {"id": started["topic"]["id"]})["forumTopic"]["postCount"] == 2


@pytest.mark.django_db
def test_followers_are_emailed_about_published_replies_only(
    awa, make_forum, make_topic, make_member, signed_in, django_capture_on_commit_callbacks
):
    forum = make_forum(premoderated=True)
    topic = make_topic(forum, "Tariffs")
    follower = make_member("Priya Raman", city="Pune", email="priya@pune.example")
    signed_in(follower).data(
        "mutation ($id: ID!) { followTopic(topicId: $id) { topic { isFollowed } } }",
        {"id": topic.pk},
    )
    with django_capture_on_commit_callbacks(execute=True):
        post_id = awa.data(REPLY, {"topicId": topic.pk, "body": "<p>Lifeline tariff</p>"})["reply"][
            "post"
        ]["id"]
    assert mail.outbox == []  # still waiting for a moderator

    with django_capture_on_commit_callbacks(execute=True):
        set_status([Post.objects.get(pk=post_id)], ModerationStatus.PUBLISHED)
    assert [m.to for m in mail.outbox] == [["priya@pune.example"]]
    message = mail.outbox[0]
    assert "Tariffs" in message.subject
    assert "Awa Ndiaye" in message.body and "Lifeline tariff" in message.body
    assert f"/forums/topics/{topic.pk}" in message.body

    # Hiding and restoring the post does not announce it a second time.
    with django_capture_on_commit_callbacks(execute=True):
        set_status([Post.objects.get(pk=post_id)], ModerationStatus.HIDDEN)
        set_status([Post.objects.get(pk=post_id)], ModerationStatus.PUBLISHED)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_followers_who_can_no_longer_read_the_forum_are_not_emailed(
    awa, make_forum, make_topic, django_user_model, django_capture_on_commit_callbacks
):
    topic = make_topic(make_forum(members_only=True))
    former = django_user_model.objects.create_user("former", "former@x.example")
    TopicFollow.objects.create(topic=topic, user=former)
    with django_capture_on_commit_callbacks(execute=True):
        awa.data(REPLY, {"topicId": topic.pk, "body": "<p>members only</p>"})
    assert mail.outbox == []


@pytest.mark.django_db
def test_unfollowing_stops_the_emails(
    awa, make_forum, make_topic, make_member, signed_in, django_capture_on_commit_callbacks
):
    topic = make_topic(make_forum())
    priya = signed_in(make_member("Priya Raman", city="Pune"))
    follow = "mutation ($id: ID!) { followTopic(topicId: $id) { topic { isFollowed } } }"
    unfollow = "mutation ($id: ID!) { unfollowTopic(topicId: $id) { topic { isFollowed } } }"
    assert priya.data(follow, {"id": topic.pk})["followTopic"]["topic"]["isFollowed"] is True
    assert priya.data(follow, {"id": topic.pk})["followTopic"]["topic"]["isFollowed"] is True
    assert priya.data(TOPIC, {"id": topic.pk})["forumTopic"]["isFollowed"] is True
    assert priya.data(unfollow, {"id": topic.pk})["unfollowTopic"]["topic"]["isFollowed"] is False
    with django_capture_on_commit_callbacks(execute=True):
        awa.data(REPLY, {"topicId": topic.pk, "body": "<p>hello</p>"})
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "variables, field",
    [
        ({"title": "Hi", "body": "<p>text</p>"}, "title"),
        ({"title": "x" * 201, "body": "<p>text</p>"}, "title"),
        ({"title": "Fine title", "body": "<p>   </p>"}, "body"),
        ({"title": "Fine title", "body": "<script>alert(1)</script>"}, "body"),
        ({"title": "Fine title", "body": "<p>" + "x" * 10_001 + "</p>"}, "body"),
        ({"title": "Fine title", "body": "<b></b>" * 20_000}, "body"),
    ],
)
def test_length_limits_are_validation_errors_that_create_nothing(awa, make_forum, variables, field):
    result = awa.execute(START_TOPIC, {"forumId": make_forum().pk, **variables})
    assert result["data"] == {"startTopic": None}
    assert error_code(result) == "VALIDATION"
    assert result["errors"][0]["extensions"]["field"] == field
    assert (Topic.objects.count(), Post.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_a_body_of_exactly_ten_thousand_characters_is_accepted(awa, make_forum):
    body = "<p>" + "&amp;" * 10_000 + "</p>"  # entities count as the one character they show
    assert awa.data(START_TOPIC, {"forumId": make_forum().pk, "title": "Long", "body": body})


@pytest.mark.django_db
@pytest.mark.parametrize("bad_id", ["abc", "0", "-3", "999999"])
def test_bad_or_unknown_ids_are_typed_errors(awa, make_forum, bad_id):
    result = awa.execute(REPLY, {"topicId": bad_id, "body": "<p>x</p>"})
    assert error_code(result) == ("NOT_FOUND" if bad_id == "999999" else "VALIDATION")


@pytest.mark.django_db
def test_what_a_moderator_hid_cannot_be_edited_by_its_author(awa, make_forum, make_topic):
    topic = make_topic(make_forum())
    post_id = awa.data(REPLY, {"topicId": topic.pk, "body": "<p>x</p>"})["reply"]["post"]["id"]
    set_status([Post.objects.get(pk=post_id)], ModerationStatus.HIDDEN)
    assert error_code(awa.execute(EDIT, {"postId": post_id, "body": "<p>y</p>"})) == (
        "PERMISSION_DENIED"
    )
    set_status([Post.objects.get(pk=post_id)], ModerationStatus.PUBLISHED)
    set_status([topic], ModerationStatus.HIDDEN)
    result = awa.execute(DELETE, {"postId": post_id})
    assert error_code(result) == "PERMISSION_DENIED"
    assert Post.objects.get(pk=post_id).status == ModerationStatus.PUBLISHED
