"""`cities(locale)`: one locale per listing, the fallback chain, and synchronised facts."""

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationSource

from cities.models import CityProfilePage
from tests.conftest import translate
from tests.query_counts import FEW, MANY

pytestmark = pytest.mark.django_db

LISTING = """
query ($locale: String, $search: String, $region: String, $perPage: Int) {
  cities(locale: $locale, search: $search, region: $region, perPage: $perPage) {
    locale isFallback total
    items { cityName country population latitude locale isFallback region { slug } }
  }
}
"""


def listing(gql, **variables):
    return gql.data(LISTING, variables)["cities"]


def names(result) -> list[str]:
    return [item["cityName"] for item in result["items"]]


@pytest.fixture
def cities(make_city):
    cairo = make_city("Cairo", country="EG", region="arab-states", population=10_000_000)
    make_city("Lima", country="PE", region="latin-america-caribbean")
    translate(cairo, "ar", city_name="القاهرة")
    translate(cairo, "fr", city_name="Le Caire")
    return cairo


def test_locale_narrows_the_listing_to_one_locale(gql, cities):
    assert names(listing(gql)) == ["Cairo", "Lima"]
    arabic = listing(gql, locale="ar")
    assert names(arabic) == ["القاهرة"]
    assert (arabic["locale"], arabic["isFallback"]) == ("ar", False)
    item = arabic["items"][0]
    assert (item["country"], item["population"], item["region"]) == (
        "EG",
        10_000_000,
        {"slug": "arab-states"},
    )


def test_a_locale_without_cities_falls_back_to_english_and_says_so(gql, cities):
    russian = listing(gql, locale="ru")
    assert names(russian) == ["Cairo", "Lima"]
    assert (russian["locale"], russian["isFallback"]) == ("en", True)
    assert all(item["isFallback"] for item in russian["items"])


def test_filters_apply_after_the_locale_is_chosen(gql, cities):
    """Name search is in the listing's language; no French match is still a French listing."""
    assert names(listing(gql, locale="fr", search="Le C")) == ["Le Caire"]
    empty = listing(gql, locale="fr", search="Cairo")
    assert (empty["locale"], empty["isFallback"], empty["total"]) == ("fr", False, 0)
    assert names(listing(gql, locale="fr", region="arab-states")) == ["Le Caire"]


def test_unknown_locale_is_a_clear_error(gql, cities):
    error = gql.execute(LISTING, {"locale": "pt"})["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}


def test_draft_translations_are_never_listed(gql, cities, make_city):
    translate(make_city("Quito", country="EC"), "fr", publish=False, city_name="SECRET Quito")
    assert "SECRET" not in str(listing(gql, locale="fr"))


def test_localized_listing_costs_the_same_for_few_and_many_items(gql, make_city):
    for n in range(MANY):
        translate(make_city(f"City {n:03}"), "fr", city_name=f"Ville {n:03}")
    counts = []
    for per_page in (FEW, MANY):
        data, queries = gql.count_queries(LISTING, {"locale": "fr", "perPage": per_page})
        assert len(data["cities"]["items"]) == per_page
        counts.append(queries)
    assert counts == [9] * 2


def test_facts_about_the_place_are_synchronised_and_not_overridable():
    fields = {field.field_name: field for field in get_translatable_fields(CityProfilePage)}
    city = CityProfilePage()
    for name in ("country", "latitude", "longitude", "population", "region"):
        assert fields[name].is_synchronized(city), name
        assert not fields[name].is_overridable(city), name
    assert fields["city_name"].is_translated(city)


def test_sync_after_a_source_change_copies_population_and_coordinates(
    django_capture_on_commit_callbacks, cities
):
    french = Locale.objects.get(language_code="fr")
    source, _ = TranslationSource.get_or_create_from_instance(cities)
    cities.population = 22_000_000
    cities.latitude, cities.longitude = 30.04, 31.24
    cities.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(french, fallback=True)

    translation = CityProfilePage.objects.get(translation_key=cities.translation_key, locale=french)
    assert (translation.population, translation.latitude, translation.longitude) == (
        22_000_000,
        30.04,
        31.24,
    )
    assert translation.country == "EG" and translation.live


PARTNERS = """
query ($locale: String) {
  cities(locale: $locale) {
    items { cityName partnerships { topic partner { cityName locale isFallback } } }
  }
}
"""


def partners_by_city(gql, **variables) -> dict:
    items = gql.data(PARTNERS, variables)["cities"]["items"]
    return {
        item["cityName"]: [
            (link["topic"], link["partner"]["cityName"]) for link in item["partnerships"]
        ]
        for item in items
    }


def test_partnerships_are_shown_once_with_partners_in_the_listing_locale(gql, make_city, partner):
    paris = make_city("Paris")
    nairobi = make_city("Nairobi", country="KE", region="africa")
    partner(paris, nairobi, topic="Water")
    translate(paris, "fr", city_name="Paris (FR)")  # carries a copy of the partnership
    translate(nairobi, "fr", city_name="Nairobi (FR)")

    assert partners_by_city(gql) == {
        "Nairobi": [("Water", "Paris")],
        "Paris": [("Water", "Nairobi")],
    }
    assert partners_by_city(gql, locale="fr") == {
        "Nairobi (FR)": [("Water", "Paris (FR)")],
        "Paris (FR)": [("Water", "Nairobi (FR)")],
    }
    single = gql.data(
        "query ($id: ID) { page(id: $id) { ... on CityProfilePage {"
        " partnerships { partner { cityName } } } } }",
        {"id": nairobi.get_translation(Locale.objects.get(language_code="fr")).pk},
    )
    assert single["page"]["partnerships"] == [{"partner": {"cityName": "Paris (FR)"}}]


def test_partner_without_visible_translation_stays_the_source_marked(gql, make_city, partner):
    lima = make_city("Lima", country="PE")
    quito = make_city("Quito", country="EC")
    partner(lima, quito, topic="Transport")
    translate(lima, "es", city_name="Lima (ES)")
    translate(quito, "es", publish=False, city_name="SECRET Quito")
    items = gql.data(PARTNERS, {"locale": "es"})["cities"]["items"]
    assert items[0]["partnerships"][0]["partner"] == {
        "cityName": "Quito",
        "locale": "en",
        "isFallback": True,
    }
    assert "SECRET" not in str(items)
