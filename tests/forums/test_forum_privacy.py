"""Members-only and unpublished forums never reach an anonymous client, by any path.

Every secret carries the marker SECRET; each operation's whole response is searched for it.
"""

import json

import pytest
from wagtail.models import PageViewRestriction

from forums.models import ModerationStatus

PAGE_FIELDS = "id title slug url"


@pytest.fixture
def forums(forum_index, make_forum, make_topic, make_post):
    public = make_forum("Open housing forum")
    open_topic = make_topic(public, "Open topic")
    make_post(open_topic, "<p>open post</p>")
    make_post(open_topic, "<p>SECRET pending post</p>", status=ModerationStatus.PENDING)
    make_post(open_topic, "<p>SECRET hidden post</p>", status=ModerationStatus.HIDDEN)
    make_topic(public, "SECRET pending topic", status=ModerationStatus.PENDING)

    members = make_forum("SECRET mayors forum", members_only=True, summary="SECRET summary")
    members_topic = make_topic(members, "SECRET members topic")
    make_post(members_topic, "<p>SECRET members post</p>")

    draft = make_forum("SECRET draft forum", publish=False)
    draft_topic = make_topic(draft, "SECRET draft topic")
    make_post(draft_topic, "<p>SECRET draft post</p>")

    locked = make_forum("SECRET password forum")
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    locked_topic = make_topic(locked, "SECRET password topic")
    make_post(locked_topic, "<p>SECRET password post</p>")
    return {
        "index": forum_index,
        "public": public,
        "open_topic": open_topic,
        "members": members,
        "hidden_forums": [members, draft, locked],
        "hidden_topics": [members_topic, draft_topic, locked_topic],
    }


def operations(forums):
    topics = (
        "... on ForumPage { topicCount postCount "
        "topics(perPage: 100) { total items { title postCount } } }"
    )
    ops = [
        f"{{ pages(limit: 40) {{ {PAGE_FIELDS} {topics} }} }}",
        f'{{ pages(contentType: "forums.ForumPage") {{ {PAGE_FIELDS} {topics} }} }}',
        f"{{ page(id: {forums['index'].pk}) {{ children {{ {PAGE_FIELDS} {topics} }} "
        f"descendants {{ {PAGE_FIELDS} }} }} }}",
        f"{{ page(id: {forums['public'].pk}) {{ siblings {{ {PAGE_FIELDS} {topics} }} }} }}",
        "{ navigation(depth: 5) { title url children { title url } } }",
        f"{{ navigation(root: {forums['index'].pk}) {{ title url }} }}",
        f'{{ search(query: "SECRET") {{ total hits {{ page {{ {PAGE_FIELDS} }} }} }} }}',
        f'{{ search(query: "forum") {{ total hits {{ page {{ {PAGE_FIELDS} }} }} }} }}',
        f'{{ suggest(prefix: "SECRET") {{ text page {{ {PAGE_FIELDS} }} }} }}',
        "{ snippets { __typename } }",
        f"{{ forumTopic(id: {forums['open_topic'].pk}) {{ title postCount "
        "posts(perPage: 100) { total items { body authorName } } } }",
    ]
    for forum in forums["hidden_forums"]:
        ops.append(f"{{ page(id: {forum.pk}) {{ {PAGE_FIELDS} {topics} }} }}")
        ops.append(f'{{ page(slug: "{forum.slug}") {{ title }} }}')
        ops.append(f"{{ breadcrumbs(id: {forum.pk}) {{ title }} }}")
    for topic in forums["hidden_topics"]:
        ops.append(f"{{ forumTopic(id: {topic.pk}) {{ title posts {{ items {{ body }} }} }} }}")
    return ops


@pytest.mark.django_db
def test_no_operation_reveals_hidden_forums_topics_or_posts(gql, forums):
    for query in operations(forums):
        result = gql.execute(query)
        body = json.dumps(result)
        assert "SECRET" not in body, f"leak in {query}: {body[:400]}"
        codes = {error.get("extensions", {}).get("code") for error in result.get("errors", [])}
        expected = {"NOT_FOUND"} if query.startswith("{ breadcrumbs") else set()
        assert codes == expected, f"{query}: {result.get('errors')}"


@pytest.mark.django_db
def test_public_forum_is_still_served_with_honest_counts(gql, forums):
    children = gql.data(
        f"{{ page(id: {forums['index'].pk}) {{ children {{ title "
        "... on ForumPage { topics { total items { title postCount } } } } } }"
    )["page"]["children"]
    assert children == [
        {
            "title": "Open housing forum",
            "topics": {"total": 1, "items": [{"title": "Open topic", "postCount": 1}]},
        }
    ]
    menu = gql.data(f"{{ navigation(root: {forums['index'].pk}) {{ title }} }}")["navigation"]
    assert menu == [{"title": "Open housing forum"}]
    hits = gql.data('{ search(query: "forum") { hits { page { title } } } }')["search"]["hits"]
    assert "Open housing forum" in [hit["page"]["title"] for hit in hits]


@pytest.mark.django_db
def test_topics_of_a_forum_reached_without_visibility_checks_stay_empty(forums):
    """Defence in depth: even a ForumPage instance obtained directly lists nothing if hidden."""
    for forum in forums["hidden_forums"]:
        assert forum.topic_listing().total == 0


@pytest.mark.django_db
def test_making_a_forum_members_only_hides_what_was_public(gql, forums):
    topic_query = f"{{ forumTopic(id: {forums['open_topic'].pk}) {{ title }} }}"
    assert gql.data(topic_query)["forumTopic"] == {"title": "Open topic"}
    public = forums["public"]
    public.members_only = True
    public.save_revision().publish()
    assert gql.data(topic_query)["forumTopic"] is None
    assert gql.data(f"{{ page(id: {public.pk}) {{ title }} }}")["page"] is None
