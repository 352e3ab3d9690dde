"""A restriction covers every translation of a forum: restricting the English forum closes its
French translation too, in every forum field, for signed-in members as for anonymous clients."""

import json

import pytest
from django.core import mail
from wagtail.models import PageViewRestriction

from forums.access import ensure_members_restriction
from forums.models import TopicFollow
from tests.conftest import restrict_with_password, translate

pytestmark = pytest.mark.django_db

FORUMS = """query ($locale: String) {
  forums(locale: $locale) { title locale topicCount postCount topics { items { title } } }
}"""
FORUM = "query ($id: ID!, $locale: String) { forum(id: $id, locale: $locale) { title locale } }"
TOPIC = """query ($id: ID!, $locale: String) {
  forumTopic(id: $id, locale: $locale) { title forum { title locale } posts { items { body } } }
}"""


@pytest.fixture
def boards(make_forum, make_topic, make_post):
    """An open forum, a password-restricted one and a members-only one, each translated into
    French, each with a topic posted through the French translation."""
    boards = {}
    for name in ("open", "password", "members"):
        forum = make_forum(f"{name} board EN")
        french = translate(forum, "fr", title=f"{name} board FR")
        make_post(make_topic(french, f"{name} topic"), f"<p>{name} post</p>")
        boards[name] = (forum, french)
    restrict_with_password(boards["password"][0])
    ensure_members_restriction(boards["members"][0])
    return boards


def served(client, boards) -> str:
    """Everything the forum fields serve `client`, in any locale, as one text."""
    results = [client.execute(FORUMS, {"locale": code}) for code in (None, "fr", "es")]
    for forum, french in boards.values():
        for pk in (forum.pk, french.pk):
            results += [client.execute(FORUM, {"id": pk, "locale": c}) for c in ("en", "fr")]
        for topic in french.topics.all():
            results += [client.execute(TOPIC, {"id": topic.pk, "locale": c}) for c in ("en", "fr")]
    assert not [result["errors"] for result in results if result.get("errors")]
    return json.dumps(results)


def test_a_member_never_gets_a_translation_of_a_password_restricted_forum(
    boards, make_member, signed_in
):
    body = served(signed_in(make_member()), boards)
    assert "password" not in body
    assert "open board FR" in body and "members board FR" in body and "members post" in body


def test_anonymous_clients_get_no_translation_of_a_restricted_forum(gql, boards):
    body = served(gql, boards)
    assert "password" not in body and "members" not in body
    assert "open board FR" in body and "open post" in body


def test_french_forums_list_only_what_a_member_may_read(boards, make_member, signed_in):
    forums = signed_in(make_member()).data(FORUMS, {"locale": "fr"})["forums"]
    assert [(f["title"], f["locale"], f["topicCount"]) for f in forums] == [
        ("open board FR", "fr", 1),
        ("members board FR", "fr", 1),
    ]


def test_a_group_restriction_on_the_translation_alone_closes_it(boards, make_member, signed_in):
    """A restriction set on the French page only closes the French page only."""
    forum, french = boards["open"]
    PageViewRestriction.objects.create(
        page=french, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    forums = signed_in(make_member()).data(FORUMS, {"locale": "fr"})["forums"]
    assert "open board FR" not in json.dumps(forums)


def followers_emailed(topic, follower, make_post) -> list:
    from forums.notifications import notify_followers

    TopicFollow.objects.get_or_create(topic=topic, user=follower)
    mail.outbox.clear()
    notify_followers([make_post(topic, "<p>A reply</p>").pk])
    return [message.to for message in mail.outbox]


def test_reply_e_mails_follow_the_policy_for_translations_and_drafts(
    boards, make_member, make_topic, make_post, forum_index
):
    """A reply in the French board of a password-restricted English forum e-mails no one;
    nor does a reply in a forum whose index was unpublished."""
    follower = make_member(email="fatou@dakar.example")
    for name, to in (("open", [["fatou@dakar.example"]]), ("members", [["fatou@dakar.example"]])):
        assert followers_emailed(boards[name][1].topics.get(), follower, make_post) == to
    assert followers_emailed(boards["password"][1].topics.get(), follower, make_post) == []
    english_topic = make_topic(boards["open"][0], "Posted in English")
    forum_index.unpublish()
    assert followers_emailed(english_topic, follower, make_post) == []
