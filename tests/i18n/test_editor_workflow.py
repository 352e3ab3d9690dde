"""An editor translates a news article into French through wagtail-localize's admin views,
changes the English source, syncs, and the API serves the French page in step."""

import datetime
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.models import Theme
from news.models import NewsArticle, NewsIndexPage
from tests.conftest import add_child

FRENCH = {"title": "Le logement d'abord", "summary": "Comment Dakar a relogé 2 000 familles."}

PAGE = """query($id: ID) {
  page(id: $id, locale: "fr") {
    title locale isFallback
    ... on NewsArticle { date summary themes { slug name } }
  }
}"""


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def article(home):
    index = add_child(home, NewsIndexPage(title="News", slug="news"))
    page = add_child(
        index,
        NewsArticle(
            title="Housing first",
            slug="housing-first",
            summary="How Dakar rehoused 2,000 families.",
            date=datetime.date(2024, 3, 1),
        ),
        publish=False,
    )
    page.themes.set([Theme.objects.create(name="Housing", slug="housing")])
    page.save_revision().publish()
    return page


def submit_for_translation(client, page, code: str):
    locale = Locale.objects.get(language_code=code)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content[:500]
    translated = page.get_translation(locale)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[translated.pk])
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    ), translated


def translate_strings(client, translation, values: dict[str, str]) -> None:
    """What the translation editor does for each field: PUT the text of its string segment."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("context")
    by_field = {segment.context.path: segment for segment in segments}
    for field, value in values.items():
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, by_field[field].pk],
        )
        response = client.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code == 201, response.content[:500]


def publish_translation(client, page, committed) -> None:
    """The Publish button of the translation editor (wagtail-localize takes over the edit view)."""
    with committed():
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302, response.content[:500]


def update_translations(client, translation, committed, publish: bool) -> None:
    """The "Sync translated pages" action: source changes into every translation."""
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    with committed():
        response = client.post(url, {"publish_translations": "on"} if publish else {})
    assert response.status_code == 302, response.content[:500]


def test_translate_publish_sync_and_serve(client, editor, gql, article, committed):
    translation, french = submit_for_translation(client, article, "fr")
    assert french.live is False  # a draft until the translator publishes it

    translate_strings(client, translation, FRENCH)
    assert StringTranslation.objects.filter(locale__language_code="fr").count() == 2
    publish_translation(client, french, committed)
    french.refresh_from_db()
    assert (french.live, french.title) == (True, FRENCH["title"])

    served = gql.data(PAGE, {"id": article.pk})["page"]
    assert (served["title"], served["locale"], served["isFallback"]) == (
        FRENCH["title"],
        "fr",
        False,
    )
    assert served["summary"] == FRENCH["summary"]

    # The English source moves to another date and gains a theme, and is published.
    source = NewsArticle.objects.get(pk=article.pk)
    source.date = datetime.date(2024, 4, 15)
    source.themes.add(Theme.objects.create(name="Financing", slug="financing"))
    source.save_revision().publish()

    # Before syncing the French page keeps what it had.
    assert gql.data(PAGE, {"id": article.pk})["page"]["date"] == "2024-03-01"

    update_translations(client, translation, committed, publish=True)

    served = gql.data(PAGE, {"id": article.pk})["page"]
    assert served["date"] == "2024-04-15"  # language-independent: follows the source
    assert {theme["slug"] for theme in served["themes"]} == {"housing", "financing"}
    assert (served["title"], served["summary"]) == (FRENCH["title"], FRENCH["summary"])
    assert served["locale"] == "fr"


def test_a_synced_but_unpublished_translation_stays_as_published(
    client, editor, gql, article, committed
):
    translation, french = submit_for_translation(client, article, "fr")
    translate_strings(client, translation, FRENCH)
    publish_translation(client, french, committed)

    source = NewsArticle.objects.get(pk=article.pk)
    source.date = datetime.date(2025, 1, 1)
    source.save_revision().publish()
    update_translations(client, translation, committed, publish=False)

    # Synced into a draft: readers still get the published French page until it is published.
    assert gql.data(PAGE, {"id": article.pk})["page"]["date"] == "2024-03-01"
    publish_translation(client, french, committed)
    assert gql.data(PAGE, {"id": article.pk})["page"]["date"] == "2025-01-01"


def test_an_unpublished_translation_is_not_served(client, editor, gql, article, committed):
    translation, french = submit_for_translation(client, article, "fr")
    translate_strings(client, translation, FRENCH)  # strings saved, never published

    served = gql.data(PAGE, {"id": article.pk})["page"]
    assert (served["title"], served["locale"], served["isFallback"]) == (
        "Housing first",
        "en",
        True,
    )
