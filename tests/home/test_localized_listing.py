"""A translated section lists its children in its own locale, never mixed with another's."""

import pytest

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, translate

pytestmark = pytest.mark.django_db

LISTING = """query ($path: String, $id: ID, $locale: String) {
  page(urlPath: $path, id: $id, locale: $locale) {
    ... on SectionPage {
      title
      listing(perPage: 100) { locale isFallback total items { title locale isFallback url } }
    }
  }
}"""


@pytest.fixture
def section(home):
    about = add_child(home, SectionPage(title="About", slug="about"))
    for slug, title, french in [
        ("mission", "Mission", "Notre mission"),
        ("history", "History", ""),
    ]:
        page = add_child(about, ContentPage(title=title, slug=slug))
        if french:
            translate(page, "fr", title=french, slug=f"{slug}-fr")
    translate(about, "ar", title="من نحن")
    return about


def listing(gql, **variables):
    return gql.data(LISTING, variables)["page"]["listing"]


def test_translated_section_lists_its_own_locales_children(gql, section):
    result = listing(gql, path="/fr/about/")
    assert (result["locale"], result["isFallback"], result["total"]) == ("fr", False, 1)
    assert result["items"] == [
        {
            "title": "Notre mission",
            "locale": "fr",
            "isFallback": False,
            "url": "/fr/about/mission-fr/",
        }
    ]


def test_draft_child_translations_are_not_listed(gql, section):
    history = ContentPage.objects.get(slug="history")
    translate(history, "fr", publish=False, title="SECRET Histoire", slug="histoire")
    result = listing(gql, path="/fr/about/")
    assert [item["title"] for item in result["items"]] == ["Notre mission"]
    assert result["total"] == 1


def test_english_section_lists_english_children_only(gql, section):
    result = listing(gql, id=section.pk)
    assert {item["locale"] for item in result["items"]} == {"en"}
    assert [item["title"] for item in result["items"]] == ["Mission", "History"]


def test_arabic_section_with_no_translated_children_lists_nothing_of_another_locale(gql, section):
    result = listing(gql, path="/about/", locale="ar")
    assert (result["locale"], result["total"], result["items"]) == ("ar", 0, [])


def test_section_standing_in_for_a_missing_translation_says_its_listing_is_a_fallback(gql, section):
    result = listing(gql, id=section.pk, locale="es")
    assert (result["locale"], result["isFallback"]) == ("en", True)
    assert {(item["locale"], item["isFallback"]) for item in result["items"]} == {("en", True)}
