"""The forums demo: public boards with talk, one premoderated, one members-only and hidden."""

import json

import pytest

from cms import demo as cms_demo
from forums import demo as forums_demo
from forums.models import ForumPage, Post, Topic
from forums.moderation import pending_counts
from members.models import Member


@pytest.fixture
def loaded(home):
    cms_demo.load(home)
    forums_demo.load(home)
    return home


@pytest.mark.django_db
def test_members_only_forum_is_hidden_and_others_are_served(gql, loaded):
    query = """{ navigation(depth: 2) { title children { title } } }"""
    forums = next(i for i in gql.data(query)["navigation"] if i["title"] == "Forums")
    assert [child["title"] for child in forums["children"]] == [
        "Housing and informal settlements",
        "Water and sanitation",
        "City-to-city exchanges",
    ]
    mayors = ForumPage.objects.get(slug="mayors")
    assert mayors.members_only
    assert "Agenda of the next forum" not in json.dumps(
        gql.execute(f"{{ page(id: {mayors.pk}) {{ title }} }}")
    )


@pytest.mark.django_db
def test_premoderated_forum_has_items_waiting(gql, loaded):
    assert pending_counts() == {"topics": 1, "posts": 2}
    water = ForumPage.objects.get(slug="water")
    query = (
        f"{{ page(id: {water.pk}) {{ ... on ForumPage {{ premoderated topics {{ total }} }} }} }}"
    )
    assert gql.data(query)["page"] == {"premoderated": True, "topics": {"total": 1}}


@pytest.mark.django_db
def test_loading_twice_duplicates_nothing(loaded):
    counts = (ForumPage.objects.count(), Topic.objects.count(), Post.objects.count())
    summary = forums_demo.load(loaded)
    assert (ForumPage.objects.count(), Topic.objects.count(), Post.objects.count()) == counts
    assert summary.startswith("4 forums")


@pytest.mark.django_db
def test_demo_members_sign_in_and_read_the_members_only_forum(gql, loaded):
    signed_in = gql.data(
        """mutation { signIn(login: "aminata.sow", password: "alliance-member") {
             accessToken account { role organisation { acronym } } } }"""
    )["signIn"]
    assert signed_in["account"] == {"role": "MODERATOR", "organisation": {"acronym": "WACAP"}}
    forums = gql.execute(
        "{ forums { title topicCount } }",
        HTTP_AUTHORIZATION=f"Bearer {signed_in['accessToken']}",
    )["data"]["forums"]
    assert {"title": "Mayors and focal points", "topicCount": 1} in forums
    assert len(Member.objects.all()) == 6
