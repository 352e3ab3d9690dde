"""`newsArticles(locale)`: one locale per listing, the fallback chain, and synchronised fields."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from news.models import NewsArticle
from tests.conftest import translate
from tests.query_counts import FEW, MANY

pytestmark = pytest.mark.django_db

LISTING = """
query ($locale: String, $city: ID, $theme: String, $perPage: Int) {
  newsArticles(locale: $locale, city: $city, theme: $theme, perPage: $perPage) {
    locale isFallback total
    items { title locale isFallback relatedCities { cityName locale isFallback } }
  }
}
"""


def listing(gql, **variables):
    return gql.data(LISTING, variables)["newsArticles"]


def titles(result) -> list[str]:
    return [item["title"] for item in result["items"]]


@pytest.fixture
def articles(make_article, make_city, theme):
    nairobi = make_city("Nairobi", country="KE", region="africa")
    translate(nairobi, "fr", city_name="Nairobi (FR)")
    housing = theme("housing")
    first = make_article(
        "Slum upgrading", datetime.date(2024, 3, 1), themes=[housing], cities=[nairobi]
    )
    second = make_article("Water for all", datetime.date(2024, 2, 1))
    translate(first, "fr", title="Réhabilitation des bidonvilles")
    return first, second


def test_locale_narrows_the_listing_to_one_locale(gql, articles):
    english = listing(gql)
    assert titles(english) == ["Slum upgrading", "Water for all"]
    assert (english["locale"], english["isFallback"]) == ("en", False)
    french = listing(gql, locale="fr")
    assert titles(french) == ["Réhabilitation des bidonvilles"]
    assert (french["locale"], french["isFallback"], french["total"]) == ("fr", False, 1)
    assert {item["locale"] for item in french["items"]} == {"fr"}


def test_a_locale_without_articles_falls_back_to_english_and_says_so(gql, articles):
    spanish = listing(gql, locale="es")
    assert titles(spanish) == ["Slum upgrading", "Water for all"]
    assert (spanish["locale"], spanish["isFallback"]) == ("en", True)
    assert all(item["isFallback"] for item in spanish["items"])


def test_the_fallback_is_decided_before_filters(gql, articles, theme):
    """French has articles, just none on this theme: an empty French listing, not English."""
    theme("water")
    result = listing(gql, locale="fr", theme="water")
    assert (result["locale"], result["isFallback"], result["total"]) == ("fr", False, 0)


def test_unknown_locale_is_a_clear_error(gql, articles):
    result = gql.execute(LISTING, {"locale": "xx"})
    error = result["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
    assert "xx" in error["message"] and "fr" in error["message"]


def test_draft_translations_are_never_listed(gql, articles, make_article):
    draft_source = make_article("Budget 2025", datetime.date(2024, 4, 1))
    translate(draft_source, "fr", publish=False, title="SECRET brouillon")
    assert "SECRET" not in str(listing(gql, locale="fr"))
    translate(make_article("Only in English", datetime.date(2024, 5, 1)), "es", publish=False)
    assert listing(gql, locale="es")["isFallback"] is True


def test_theme_and_city_filters_work_on_translated_articles(gql, articles):
    """Themes and cities are synchronised: the French article points at the same rows."""
    first, _ = articles
    nairobi = first.related_cities.get()
    french_nairobi = nairobi.get_translation(Locale.objects.get(language_code="fr"))
    assert titles(listing(gql, locale="fr", theme="housing")) == ["Réhabilitation des bidonvilles"]
    for city in (nairobi, french_nairobi):
        result = listing(gql, locale="fr", city=str(city.pk))
        assert titles(result) == ["Réhabilitation des bidonvilles"]
    assert titles(listing(gql, city=str(french_nairobi.pk))) == ["Slum upgrading"]


def test_related_cities_are_shown_in_the_listing_locale(gql, articles):
    french = listing(gql, locale="fr")
    assert french["items"][0]["relatedCities"] == [
        {"cityName": "Nairobi (FR)", "locale": "fr", "isFallback": False}
    ]
    english = listing(gql)
    assert english["items"][0]["relatedCities"][0]["cityName"] == "Nairobi"


def test_related_city_without_translation_stays_the_source_marked(gql, make_article, make_city):
    lagos = make_city("Lagos", country="NG", region="africa")
    translate(make_article("Transport", cities=[lagos]), "fr", title="Transports")
    city = listing(gql, locale="fr")["items"][0]["relatedCities"][0]
    assert city == {"cityName": "Lagos", "locale": "en", "isFallback": True}


def test_hidden_city_translation_is_not_shown(gql, make_article, make_city):
    accra = make_city("Accra", country="GH", region="africa")
    translate(accra, "fr", publish=False, city_name="SECRET Accra")
    translate(make_article("Markets", cities=[accra]), "fr", title="Marchés")
    assert "SECRET" not in str(listing(gql, locale="fr"))


def test_localized_listing_costs_the_same_for_few_and_many_items(
    gql, make_article, make_city, theme
):
    cities = [make_city(f"City {n}", slug=f"city-{n}") for n in range(3)]
    for city in cities:
        translate(city, "fr", city_name=f"Ville {city.pk}")
    for n in range(MANY):
        article = make_article(f"Article {n}", themes=[theme("housing")], cities=cities[: n % 3])
        translate(article, "fr", title=f"Article FR {n}")
    query = LISTING.replace(
        "relatedCities", "themes { slug name } translations { locale } relatedCities"
    )
    counts = []
    for per_page in (FEW, MANY):
        data, queries = gql.count_queries(query, {"locale": "fr", "perPage": per_page})
        assert len(data["newsArticles"]["items"]) == per_page
        counts.append(queries)
    assert counts == [13] * 2


def test_sync_after_a_source_change_copies_date_and_themes(
    django_capture_on_commit_callbacks, articles, theme
):
    first, _ = articles
    french = Locale.objects.get(language_code="fr")
    source, _ = TranslationSource.get_or_create_from_instance(first)

    first.date = datetime.date(2025, 6, 30)
    first.themes = [theme("water"), theme("finance")]
    first.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(french, fallback=True)

    translation = NewsArticle.objects.get(translation_key=first.translation_key, locale=french)
    assert translation.date == datetime.date(2025, 6, 30)
    assert set(translation.themes.values_list("slug", flat=True)) == {"water", "finance"}
    assert translation.live


def test_sync_after_removing_every_theme_empties_the_translation_too(
    django_capture_on_commit_callbacks, articles
):
    first, _ = articles
    french = Locale.objects.get(language_code="fr")
    translation = NewsArticle.objects.get(translation_key=first.translation_key, locale=french)
    assert translation.themes.exists() and translation.related_cities.exists()
    source, _ = TranslationSource.get_or_create_from_instance(first)

    first.themes = []
    first.related_cities = []
    first.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(french, fallback=True)

    translation.refresh_from_db()
    assert not translation.themes.exists()
    assert not translation.related_cities.exists()
