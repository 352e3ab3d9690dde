"""Signed-in listings cost a fixed number of queries too, whatever the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.query_counts import FEW, MANY

TOPICS = """query ($id: ID!) {
  forum(id: $id) {
    title topicCount postCount
    topics(perPage: 100) {
      total items { id title authorName postCount isPinned isLocked isFollowed forum { title } }
    }
  }
}"""
POSTS = """query ($id: ID!) {
  forumTopic(id: $id) {
    title isFollowed postCount posts(perPage: 100) { total items { body authorName } }
  }
}"""
FORUMS = "{ forums { title topicCount postCount theme { name } } }"


@pytest.fixture
def reader(make_member, signed_in):
    return signed_in(make_member())


def counted(client, query, variables=None):
    client.data(query, variables)  # warm-up, as gql.count_queries does
    with CaptureQueriesContext(connection) as ctx:
        data = client.data(query, variables)
    return data, len(ctx.captured_queries)


@pytest.mark.django_db
def test_members_only_topic_listing_costs_the_same_for_few_and_many_topics(
    reader, make_forum, make_topic, make_post, django_user_model
):
    forum = make_forum(members_only=True)

    def add(first, last):
        for i in range(first, last):
            author = django_user_model.objects.create_user(username=f"user{i}")
            make_post(make_topic(forum, f"Topic {i}", author=author, age_hours=i), author=author)

    add(0, FEW)
    few, few_count = counted(reader, TOPICS, {"id": forum.pk})
    add(FEW, MANY)
    many, many_count = counted(reader, TOPICS, {"id": forum.pk})
    assert len(few["forum"]["topics"]["items"]) == FEW
    assert len(many["forum"]["topics"]["items"]) == MANY
    assert [few_count, many_count] == [8] * 2


@pytest.mark.django_db
def test_members_only_post_listing_costs_the_same_for_few_and_many_posts(
    reader, make_forum, make_topic, make_post, django_user_model
):
    topic = make_topic(make_forum(members_only=True))

    def add(first, last):
        for i in range(first, last):
            author = django_user_model.objects.create_user(username=f"user{i}")
            make_post(topic, f"<p>{i}</p>", author=author)

    add(0, FEW)
    _, few_count = counted(reader, POSTS, {"id": topic.pk})
    add(FEW, MANY)
    many, many_count = counted(reader, POSTS, {"id": topic.pk})
    assert many["forumTopic"]["posts"]["total"] == MANY
    assert len(many["forumTopic"]["posts"]["items"]) == MANY
    assert [few_count, many_count] == [6] * 2


@pytest.mark.django_db
def test_forum_list_with_counts_costs_the_same_for_few_and_many_forums(
    reader, make_forum, make_topic, make_post
):
    def add(count, members_only):
        for i in range(count):
            make_post(make_topic(make_forum(f"Forum {i}", members_only=members_only)))

    add(2, False)
    add(1, True)
    few, few_count = counted(reader, FORUMS)
    add(5, False)
    add(4, True)
    many, many_count = counted(reader, FORUMS)
    assert (len(few["forums"]), len(many["forums"])) == (FEW, MANY)
    assert [few_count, many_count] == [5] * 2
