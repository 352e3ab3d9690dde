"""`knowledgeProducts(locale)`: one locale per listing, the fallback chain, synchronised fields."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from knowledge.models import KnowledgeProductPage
from tests.conftest import translate
from tests.query_counts import FEW, MANY

from .conftest import make_document, region

pytestmark = pytest.mark.django_db

LISTING = """
query ($locale: String, $city: ID, $theme: String, $region: String, $perPage: Int) {
  knowledgeProducts(
    locale: $locale, city: $city, theme: $theme, region: $region, perPage: $perPage
  ) {
    locale isFallback total
    items {
      title locale isFallback publicationDate language isbn
      authors { name } regions { slug } themes { slug }
      relatedCities { cityName locale isFallback }
      documents { title url }
    }
  }
}
"""


def listing(gql, **variables):
    return gql.data(LISTING, variables)["knowledgeProducts"]


def titles(result) -> list[str]:
    return [item["title"] for item in result["items"]]


@pytest.fixture
def products(make_product, make_city, person, theme):
    dhaka = make_city("Dhaka", country="BD", region="asia-pacific")
    translate(dhaka, "es", city_name="Daca")
    report = make_product(
        "Informal settlements report",
        datetime.date(2023, 5, 1),
        themes=[theme("housing")],
        authors=[person("A. Author")],
        regions=[region("asia-pacific")],
        cities=[dhaka],
        documents=[(make_document("report"), "Full report")],
        isbn="978-3-16-148410-0",
    )
    make_product("Toolkit", datetime.date(2022, 1, 1))
    translate(report, "es", title="Informe sobre asentamientos")
    return report


def test_locale_narrows_the_listing_to_one_locale(gql, products):
    assert titles(listing(gql)) == ["Informal settlements report", "Toolkit"]
    spanish = listing(gql, locale="es")
    assert titles(spanish) == ["Informe sobre asentamientos"]
    assert (spanish["locale"], spanish["isFallback"]) == ("es", False)
    item = spanish["items"][0]
    assert (item["publicationDate"], item["language"], item["isbn"]) == (
        "2023-05-01",
        "en",
        "978-3-16-148410-0",
    )
    assert item["authors"] == [{"name": "A. Author"}]
    assert item["regions"] == [{"slug": "asia-pacific"}]
    assert [document["title"] for document in item["documents"]] == ["Full report"]


def test_a_locale_without_products_falls_back_to_english_and_says_so(gql, products):
    chinese = listing(gql, locale="zh-hans")
    assert titles(chinese) == ["Informal settlements report", "Toolkit"]
    assert (chinese["locale"], chinese["isFallback"]) == ("en", True)
    assert all(item["isFallback"] for item in chinese["items"])


def test_the_fallback_is_decided_before_filters(gql, products, theme):
    theme("water")
    result = listing(gql, locale="es", theme="water")
    assert (result["locale"], result["isFallback"], result["total"]) == ("es", False, 0)


def test_unknown_locale_is_a_clear_error(gql, products):
    error = gql.execute(LISTING, {"locale": "EN"})["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}


def test_draft_translations_are_never_listed(gql, products, make_product):
    translate(make_product("Brief"), "es", publish=False, title="SECRET borrador")
    assert "SECRET" not in str(listing(gql, locale="es"))


def test_filters_match_translated_products(gql, products):
    dhaka = products.related_cities.get()
    spanish_dhaka = dhaka.get_translation(Locale.objects.get(language_code="es"))
    expected = ["Informe sobre asentamientos"]
    for city in (dhaka, spanish_dhaka):
        assert titles(listing(gql, locale="es", city=str(city.pk))) == expected
    assert titles(listing(gql, locale="es", theme="housing")) == expected
    assert titles(listing(gql, locale="es", region="asia-pacific")) == expected


def test_related_cities_are_shown_in_the_listing_locale(gql, products):
    cities = listing(gql, locale="es")["items"][0]["relatedCities"]
    assert cities == [{"cityName": "Daca", "locale": "es", "isFallback": False}]


def test_localized_listing_costs_the_same_for_few_and_many_items(
    gql, make_product, make_city, person, theme
):
    cities = [make_city(f"City {n}", slug=f"city-{n}") for n in range(3)]
    for city in cities[:2]:
        translate(city, "fr", city_name=f"Ville {city.pk}")
    for n in range(MANY):
        product = make_product(
            f"Product {n}",
            themes=[theme("housing")],
            authors=[person(f"Author {n % 5}")],
            regions=[region("africa")],
            cities=cities[: n % 4],
        )
        translate(product, "fr", title=f"Produit {n}")
    counts = []
    for per_page in (FEW, MANY):
        data, queries = gql.count_queries(LISTING, {"locale": "fr", "perPage": per_page})
        assert len(data["knowledgeProducts"]["items"]) == per_page
        counts.append(queries)
    assert counts == [13] * 2


def test_sync_after_a_source_change_copies_date_and_classification(
    django_capture_on_commit_callbacks, products, theme, person
):
    spanish = Locale.objects.get(language_code="es")
    source, _ = TranslationSource.get_or_create_from_instance(products)
    products.publication_date = datetime.date(2024, 9, 9)
    products.themes = [theme("finance")]
    products.authors = [person("B. Author")]
    products.regions = [region("africa")]
    products.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(spanish, fallback=True)

    translation = KnowledgeProductPage.objects.get(
        translation_key=products.translation_key, locale=spanish
    )
    assert translation.publication_date == datetime.date(2024, 9, 9)
    assert list(translation.themes.values_list("slug", flat=True)) == ["finance"]
    assert list(translation.authors.values_list("name", flat=True)) == ["B. Author"]
    assert list(translation.regions.values_list("slug", flat=True)) == ["africa"]
    assert translation.live
