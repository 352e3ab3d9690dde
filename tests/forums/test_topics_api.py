"""Reading forums over GraphQL: topics of a forum, one topic with its posts."""

import pytest

from forums.models import ModerationStatus
from tests.query_counts import FEW, MANY

TOPICS = """query ($id: ID, $page: Int, $perPage: Int) {
  page(id: $id) {
    ... on ForumPage {
      premoderated
      topics(page: $page, perPage: $perPage) {
        total pages hasNext
        items { id title authorName isPinned isLocked postCount createdAt lastActivityAt
                forum { id title url } }
      }
    }
  }
}"""

TOPIC = """query ($id: ID!, $page: Int, $perPage: Int) {
  forumTopic(id: $id) {
    title postCount authorName forum { title }
    posts(page: $page, perPage: $perPage) {
      total page pages
      items { id body authorName createdAt editedAt }
    }
  }
}"""


def topics(gql, forum, **variables):
    return gql.data(TOPICS, {"id": forum.pk, **variables})["page"]["topics"]


@pytest.mark.django_db
def test_topics_are_pinned_first_then_by_last_activity(gql, make_forum, make_topic):
    forum = make_forum()
    make_topic(forum, "Old", age_hours=48)
    make_topic(forum, "Recent", age_hours=1)
    make_topic(forum, "Pinned rules", age_hours=500, is_pinned=True)
    make_topic(forum, "Middle", age_hours=5, is_locked=True)
    result = topics(gql, forum)
    assert [t["title"] for t in result["items"]] == ["Pinned rules", "Recent", "Middle", "Old"]
    assert result["items"][0]["isPinned"] is True
    assert result["items"][2]["isLocked"] is True
    assert result["items"][0]["forum"]["title"] == "Housing"


@pytest.mark.django_db
def test_pending_and_hidden_items_are_neither_listed_nor_counted(
    gql, make_forum, make_topic, make_post
):
    forum = make_forum()
    topic = make_topic(forum, "Visible")
    make_post(topic, "<p>one</p>")
    make_post(topic, "<p>two</p>")
    make_post(topic, "<p>waiting</p>", status=ModerationStatus.PENDING)
    make_post(topic, "<p>removed</p>", status=ModerationStatus.HIDDEN)
    make_topic(forum, "Waiting topic", status=ModerationStatus.PENDING)
    make_topic(forum, "Hidden topic", status=ModerationStatus.HIDDEN)

    result = topics(gql, forum)
    assert result["total"] == 1
    assert [(t["title"], t["postCount"]) for t in result["items"]] == [("Visible", 2)]

    detail = gql.data(TOPIC, {"id": topic.pk})["forumTopic"]
    assert detail["postCount"] == 2
    assert detail["posts"]["total"] == 2
    assert [p["body"] for p in detail["posts"]["items"]] == ["<p>one</p>", "<p>two</p>"]


@pytest.mark.django_db
@pytest.mark.parametrize("status", [ModerationStatus.PENDING, ModerationStatus.HIDDEN])
def test_unpublished_topic_is_null(gql, make_forum, make_topic, make_post, status):
    topic = make_topic(make_forum(), "Not yet", status=status)
    make_post(topic, "<p>inside</p>")
    assert gql.data(TOPIC, {"id": topic.pk}) == {"forumTopic": None}


@pytest.mark.django_db
def test_authors_are_shown_by_display_name_never_email(
    gql, make_forum, make_topic, make_post, member, django_user_model
):
    nameless = django_user_model.objects.create_user(
        username="kofi@cities.example", email="kofi@cities.example"
    )
    handle = django_user_model.objects.create_user(
        username="lena_m", email="lena@x.example", first_name="lena@x.example"
    )
    topic = make_topic(make_forum(), "Names")
    make_post(topic, "<p>a</p>", author=nameless)
    make_post(topic, "<p>b</p>", author=handle)
    make_post(topic, "<p>c</p>", author=None)
    result = gql.execute(TOPIC, {"id": topic.pk})
    assert "@" not in str(result)
    detail = result["data"]["forumTopic"]
    assert detail["authorName"] == "Amina Diallo"
    assert [p["authorName"] for p in detail["posts"]["items"]] == [
        "Member",
        "lena_m",
        "Former member",
    ]


@pytest.mark.django_db
def test_posts_are_paginated_oldest_first(gql, make_forum, make_topic, make_post):
    topic = make_topic(make_forum())
    for i in range(5):
        make_post(topic, f"<p>{i}</p>")
    posts = gql.data(TOPIC, {"id": topic.pk, "page": 2, "perPage": 2})["forumTopic"]["posts"]
    assert [p["body"] for p in posts["items"]] == ["<p>2</p>", "<p>3</p>"]
    assert (posts["total"], posts["page"], posts["pages"]) == (5, 2, 3)


@pytest.mark.django_db
@pytest.mark.parametrize("variables", [{"page": 0}, {"perPage": 1000}])
def test_bad_pagination_is_a_typed_error(gql, make_forum, make_topic, variables):
    forum = make_forum()
    topic = make_topic(forum)
    for query, pk in [(TOPICS, forum.pk), (TOPIC, topic.pk)]:
        result = gql.execute(query, {"id": pk, **variables})
        assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.django_db
def test_bad_topic_id_is_a_typed_error(gql, home):
    result = gql.execute(TOPIC, {"id": "abc"})
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.django_db
def test_topic_listing_costs_the_same_for_few_and_many_topics(
    gql, make_forum, make_topic, make_post, django_user_model
):
    forum = make_forum()

    def add(first, last):
        for i in range(first, last):
            author = django_user_model.objects.create_user(username=f"user{i}")
            topic = make_topic(forum, f"Topic {i}", author=author, age_hours=i)
            make_post(topic, author=author)

    add(0, FEW)
    few, few_count = gql.count_queries(TOPICS, {"id": forum.pk, "perPage": 100})
    add(FEW, MANY)
    many, many_count = gql.count_queries(TOPICS, {"id": forum.pk, "perPage": 100})
    assert len(few["page"]["topics"]["items"]) == FEW
    assert len(many["page"]["topics"]["items"]) == MANY
    assert [few_count, many_count] == [6] * 2


@pytest.mark.django_db
def test_post_listing_costs_the_same_for_few_and_many_posts(
    gql, make_forum, make_topic, make_post, django_user_model
):
    topic = make_topic(make_forum())

    def add(first, last):
        for i in range(first, last):
            author = django_user_model.objects.create_user(username=f"user{i}")
            make_post(topic, f"<p>{i}</p>", author=author)

    add(0, FEW)
    few, few_count = gql.count_queries(TOPIC, {"id": topic.pk, "perPage": 100})
    add(FEW, MANY)
    many, many_count = gql.count_queries(TOPIC, {"id": topic.pk, "perPage": 100})
    assert len(few["forumTopic"]["posts"]["items"]) == FEW
    assert len(many["forumTopic"]["posts"]["items"]) == MANY
    assert [few_count, many_count] == [4] * 2


FORUM_LIST = """query ($id: ID) {
  page(id: $id) { children { title ... on ForumPage { topicCount postCount } } }
}"""


@pytest.mark.django_db
def test_forum_counts_include_only_published_items(
    gql, forum_index, make_forum, make_topic, make_post
):
    forum = make_forum()
    topic = make_topic(forum)
    make_post(topic)
    make_post(topic, status=ModerationStatus.PENDING)
    make_post(make_topic(forum, status=ModerationStatus.HIDDEN))
    make_forum("Empty")
    children = gql.data(FORUM_LIST, {"id": forum_index.pk})["page"]["children"]
    assert children == [
        {"title": "Housing", "topicCount": 1, "postCount": 1},
        {"title": "Empty", "topicCount": 0, "postCount": 0},
    ]


@pytest.mark.django_db
def test_listing_forums_with_counts_costs_the_same_for_few_and_many_forums(
    gql, forum_index, make_forum, make_topic, make_post
):
    def add(count):
        for i in range(count):
            make_post(make_topic(make_forum(f"Forum {i}")))

    add(FEW)
    gql.data(FORUM_LIST, {"id": forum_index.pk})
    few, few_count = gql.count_queries(FORUM_LIST, {"id": forum_index.pk})
    add(MANY - FEW)
    many, many_count = gql.count_queries(FORUM_LIST, {"id": forum_index.pk})
    assert len(many["page"]["children"]) == MANY
    assert [few_count, many_count] == [8] * 2
