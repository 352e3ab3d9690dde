"""Members-only forums: signed-in members read them through the forum API; nobody else ever
sees them, through any field, list, count, search or suggestion.

Markers: CLOSED is in everything of the members-only forum (members may read it); SECRET is in
what nobody may read over the API (drafts, password-protected forums, unpublished items).
"""

import json

import pytest
from wagtail.models import PageViewRestriction

from forums.models import ModerationStatus
from tests.forums.operations import FORUMS

PAGE = "id title slug url"
LISTING = "... on ForumPage { topicCount postCount topics(perPage: 100) { total items { title } } }"


@pytest.fixture
def site(forum_index, make_forum, make_topic, make_post):
    public = make_forum("Open housing forum")
    public_topic = make_topic(public, "Open topic")
    make_post(public_topic, "<p>open post</p>")
    make_post(public_topic, "<p>SECRET pending post</p>", status=ModerationStatus.PENDING)

    closed = make_forum("CLOSED mayors forum", members_only=True, summary="CLOSED summary")
    closed_topic = make_topic(closed, "CLOSED agenda")
    make_post(closed_topic, "<p>CLOSED members post</p>")
    make_post(closed_topic, "<p>SECRET hidden post</p>", status=ModerationStatus.HIDDEN)
    make_topic(closed, "SECRET pending topic", status=ModerationStatus.PENDING)

    draft = make_forum("SECRET draft forum", publish=False)
    draft_topic = make_topic(draft, "SECRET draft topic")
    password = make_forum("SECRET password forum")
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    password_topic = make_topic(password, "SECRET password topic")
    for topic in (draft_topic, password_topic):
        make_post(topic, "<p>SECRET post</p>")
    return {
        "index": forum_index,
        "public_topic": public_topic,
        "closed": closed,
        "closed_topic": closed_topic,
        "never": [draft, password],
        "never_topics": [draft_topic, password_topic],
    }


def forum_api_operations(site) -> list[str]:
    """Where members read members-only forums."""
    ops = [
        f"{{ forums {{ {PAGE} summary {LISTING} }} }}",
        f"{{ forum(id: {site['closed'].pk}) {{ {PAGE} {LISTING} }} }}",
        f"{{ forumTopic(id: {site['closed_topic'].pk}) {{ title postCount "
        "forum { title } posts(perPage: 100) { total items { body } } } }",
    ]
    for forum in site["never"]:
        ops.append(f"{{ forum(id: {forum.pk}) {{ {PAGE} {LISTING} }} }}")
    for topic in site["never_topics"]:
        ops.append(f"{{ forumTopic(id: {topic.pk}) {{ title posts {{ items {{ body }} }} }} }}")
    return ops


def page_operations(site) -> list[str]:
    """Generic page fields: public pages only, for everyone (members use the forum API)."""
    closed = site["closed"]
    return [
        f"{{ pages(limit: 40) {{ {PAGE} {LISTING} }} }}",
        f'{{ pages(contentType: "forums.ForumPage") {{ {PAGE} {LISTING} }} }}',
        f"{{ page(id: {site['index'].pk}) {{ children {{ {PAGE} {LISTING} }} "
        f"descendants {{ {PAGE} }} }} }}",
        f"{{ page(id: {closed.pk}) {{ {PAGE} {LISTING} }} }}",
        f'{{ page(slug: "{closed.slug}") {{ title }} }}',
        "{ navigation(depth: 5) { title url children { title url } } }",
        f"{{ navigation(root: {site['index'].pk}) {{ title url }} }}",
        f"{{ forumTopic(id: {site['public_topic'].pk}) {{ title forum {{ {PAGE} "
        f"... on ForumPage {{ siblings {{ {PAGE} }} }} }} }} }}",
        '{ search(query: "CLOSED") { total hits { page { title } } facets { name buckets '
        "{ value label count } } } }",
        '{ search(query: "mayors") { total hits { page { title } } } }',
        '{ search(query: "SECRET") { total hits { page { title } } } }',
        '{ search(query: "agenda") { total hits { page { title } } } }',
        '{ suggest(prefix: "CLOSED") { text page { title } } }',
        '{ suggest(prefix: "SECRET") { text page { title } } }',
        '{ suggest(prefix: "may") { text page { title } } }',
    ]


def sweep(client, operations, forbidden: list[str]) -> None:
    for query in operations:
        result = client.execute(query)
        assert not result.get("errors"), f"{query}: {result['errors']}"
        body = json.dumps(result)
        for marker in forbidden:
            assert marker not in body, f"{marker} leaked in {query}: {body[:400]}"


@pytest.mark.django_db
def test_anonymous_clients_never_see_members_only_forums(gql, site):
    sweep(gql, forum_api_operations(site) + page_operations(site), ["CLOSED", "SECRET"])
    assert gql.data(FORUMS)["forums"] == [
        {
            "id": gql.data(FORUMS)["forums"][0]["id"],
            "title": "Open housing forum",
            "topicCount": 1,
            "postCount": 1,
            "topics": {"total": 1, "items": [{"title": "Open topic"}]},
        }
    ]


@pytest.mark.django_db
def test_users_who_are_not_members_never_see_them_either(site, make_editor, signed_in):
    editor = signed_in(make_editor())
    sweep(editor, forum_api_operations(site) + page_operations(site), ["CLOSED", "SECRET"])


@pytest.mark.django_db
def test_members_read_members_only_forums_through_the_forum_api(site, make_member, signed_in):
    member = signed_in(make_member())
    forums = member.data(FORUMS)["forums"]
    assert [(f["title"], f["topicCount"], f["postCount"]) for f in forums] == [
        ("Open housing forum", 1, 1),
        ("CLOSED mayors forum", 1, 1),
    ]
    assert forums[1]["topics"]["items"] == [{"title": "CLOSED agenda"}]
    topic = member.data(
        "query ($id: ID!) { forumTopic(id: $id) { title posts { items { body } } } }",
        {"id": site["closed_topic"].pk},
    )["forumTopic"]
    assert topic == {
        "title": "CLOSED agenda",
        "posts": {"items": [{"body": "<p>CLOSED members post</p>"}]},
    }
    # Drafts, other restrictions and unpublished items stay hidden from members too.
    sweep(member, forum_api_operations(site), ["SECRET"])


@pytest.mark.django_db
def test_members_only_pages_stay_out_of_generic_page_fields_and_search_for_members(
    site, make_member, signed_in
):
    """Search and the page fields serve public pages to everyone; members read members-only
    forums through `forums`, `forum` and `forumTopic`."""
    member = signed_in(make_member())
    sweep(member, page_operations(site), ["CLOSED", "SECRET"])


@pytest.mark.django_db
def test_mutations_reveal_nothing_to_those_who_cannot_read(site, make_editor, signed_in):
    result = signed_in(make_editor()).execute(
        "mutation ($id: ID!) { followTopic(topicId: $id) { topic { title } } }",
        {"id": site["closed_topic"].pk},
    )
    assert "CLOSED" not in json.dumps(result)
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"
