"""Forums per locale: `forums(locale)` lists one locale, `forum`/`forumTopic` answer with the
forum's translation, topics (members' own words) are shared by every translation of a forum."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationSource

from forums.models import ForumPage
from tests.conftest import translate
from tests.query_counts import FEW, MANY

pytestmark = pytest.mark.django_db

FORUMS = "query ($locale: String) { forums(locale: $locale) { title locale isFallback } }"
FORUM = """query ($id: ID!, $locale: String) {
  forum(id: $id, locale: $locale) {
    title locale isFallback requestedLocale topicCount postCount
    topics { total items { title forum { title locale } } }
  }
}"""
TOPIC = """query ($id: ID!, $locale: String) {
  forumTopic(id: $id, locale: $locale) {
    title postCount forum { title locale isFallback }
  }
}"""


@pytest.fixture
def housing(make_forum, make_topic, make_post):
    forum = make_forum("Housing")
    make_forum("Transport")
    topic = make_topic(forum, "Rent control in Dakar")
    make_post(topic)
    translate(forum, "fr", title="Logement")
    return forum


def test_forums_list_one_locale(gql, housing):
    english = gql.data(FORUMS)["forums"]
    assert [forum["title"] for forum in english] == ["Housing", "Transport"]
    french = gql.data(FORUMS, {"locale": "fr"})["forums"]
    assert french == [{"title": "Logement", "locale": "fr", "isFallback": False}]


def test_forums_fall_back_to_english_when_a_locale_has_none(gql, housing):
    arabic = gql.data(FORUMS, {"locale": "ar"})["forums"]
    assert [forum["title"] for forum in arabic] == ["Housing", "Transport"]
    assert {(forum["locale"], forum["isFallback"]) for forum in arabic} == {("en", True)}


def test_forum_answers_with_its_translation_and_shares_its_topics(gql, housing):
    french = gql.data(FORUM, {"id": housing.pk, "locale": "fr"})["forum"]
    assert (french["title"], french["locale"], french["isFallback"]) == ("Logement", "fr", False)
    assert (french["topicCount"], french["postCount"]) == (1, 1)
    assert french["topics"]["items"] == [
        {"title": "Rent control in Dakar", "forum": {"title": "Logement", "locale": "fr"}}
    ]
    spanish = gql.data(FORUM, {"id": housing.pk, "locale": "es"})["forum"]
    assert (spanish["title"], spanish["isFallback"], spanish["requestedLocale"]) == (
        "Housing",
        True,
        "es",
    )
    french_id = ForumPage.objects.get(title="Logement").pk
    english = gql.data(FORUM, {"id": french_id, "locale": "en"})["forum"]
    assert (english["title"], english["topics"]["total"]) == ("Housing", 1)


def test_forum_topic_shows_its_forum_in_the_requested_locale(gql, housing):
    topic = housing.topics.get()
    data = gql.data(TOPIC, {"id": topic.pk, "locale": "fr"})["forumTopic"]
    assert data["title"] == "Rent control in Dakar"
    assert data["forum"] == {"title": "Logement", "locale": "fr", "isFallback": False}
    data = gql.data(TOPIC, {"id": topic.pk, "locale": "ru"})["forumTopic"]
    assert data["forum"] == {"title": "Housing", "locale": "en", "isFallback": True}
    assert gql.data(TOPIC, {"id": topic.pk})["forumTopic"]["forum"]["locale"] == "en"


@pytest.mark.parametrize(
    "query,variables",
    [(FORUMS, {}), (FORUM, {"id": "1"}), (TOPIC, {"id": "1"})],
    ids=["forums", "forum", "forumTopic"],
)
def test_unknown_locale_is_a_clear_error(gql, housing, query, variables):
    error = gql.execute(query, {**variables, "locale": "xx"})["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}


def test_draft_translation_of_a_forum_is_never_served(gql, make_forum):
    forum = make_forum("Finance")
    translate(forum, "es", publish=False, title="SECRET Finanzas")
    assert "SECRET" not in str(gql.data(FORUMS, {"locale": "es"}))
    data = gql.data(FORUM, {"id": forum.pk, "locale": "es"})["forum"]
    assert (data["title"], data["isFallback"]) == ("Finance", True)


def test_members_only_translations_stay_members_only(
    gql, make_forum, make_topic, make_member, signed_in
):
    secret = make_forum("Mayors", members_only=True)
    make_topic(secret, "SECRET agenda")
    translation = translate(secret, "fr", title="SECRET Maires")
    make_forum("Public", publish=True)
    assert "SECRET" not in str(gql.data(FORUMS, {"locale": "fr"}))
    assert gql.data(FORUM, {"id": translation.pk, "locale": "fr"})["forum"] is None
    assert gql.data(FORUM, {"id": secret.pk, "locale": "fr"})["forum"] is None
    topic = secret.topics.get()
    assert gql.data(TOPIC, {"id": topic.pk, "locale": "fr"})["forumTopic"] is None

    member = signed_in(make_member())
    assert member.data(FORUMS, {"locale": "fr"})["forums"] == [
        {"title": "SECRET Maires", "locale": "fr", "isFallback": False}
    ]
    forum = member.data(FORUM, {"id": secret.pk, "locale": "fr"})["forum"]
    assert (forum["title"], forum["topics"]["total"]) == ("SECRET Maires", 1)


def test_localized_forum_listing_costs_the_same_for_few_and_many_forums(gql, make_forum):
    def add(first, last):
        for n in range(first, last):
            translate(make_forum(f"Forum {n}"), "fr", title=f"Forum FR {n}")

    query = '{ forums(locale: "fr") { title isFallback topicCount translations { locale } } }'
    counts = []
    for first, last in [(0, FEW), (FEW, MANY)]:
        add(first, last)
        gql.data(query)
        with CaptureQueriesContext(connection) as ctx:
            assert len(gql.data(query)["forums"]) == last
        counts.append(len(ctx.captured_queries))
    assert counts == [8] * 2


def test_access_settings_are_synchronised_and_not_overridable(
    django_capture_on_commit_callbacks, housing
):
    fields = {field.field_name: field for field in get_translatable_fields(ForumPage)}
    for name in ("members_only", "premoderated"):
        assert fields[name].is_synchronized(housing) and not fields[name].is_overridable(housing)

    french = Locale.objects.get(language_code="fr")
    source, _ = TranslationSource.get_or_create_from_instance(housing)
    housing.premoderated = True
    housing.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(french, fallback=True)
    translation = ForumPage.objects.get(translation_key=housing.translation_key, locale=french)
    assert translation.premoderated and translation.live
