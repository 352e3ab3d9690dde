"""`events(locale)`: one locale per listing, the fallback chain, and synchronised fields."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from events.models import EventPage
from tests.conftest import translate
from tests.query_counts import FEW, MANY

from .conftest import at, days_from_now

pytestmark = pytest.mark.django_db

LISTING = """
query ($locale: String, $city: ID, $theme: String, $perPage: Int) {
  events(when: ALL, locale: $locale, city: $city, theme: $theme, perPage: $perPage) {
    locale isFallback total
    items { title locale isFallback start timeZone city { cityName locale isFallback } }
  }
}
"""


def listing(gql, **variables):
    return gql.data(LISTING, variables)["events"]


def titles(result) -> list[str]:
    return [item["title"] for item in result["items"]]


@pytest.fixture
def events(make_event, make_city, theme):
    paris = make_city("Paris")
    translate(paris, "fr", city_name="Paris (FR)")
    forum = make_event(
        "Mayors forum",
        at(2030, 5, 4, 9, tz="Europe/Paris"),
        time_zone="Europe/Paris",
        city=paris,
        themes=[theme("housing")],
    )
    make_event("Webinar", at(2030, 6, 1, 15))
    translate(forum, "fr", title="Forum des maires")
    return forum


def test_locale_narrows_the_listing_to_one_locale(gql, events):
    assert titles(listing(gql)) == ["Mayors forum", "Webinar"]
    french = listing(gql, locale="fr")
    assert titles(french) == ["Forum des maires"]
    assert (french["locale"], french["isFallback"]) == ("fr", False)
    assert french["items"][0]["start"] == "2030-05-04T09:00:00+02:00"
    assert french["items"][0]["timeZone"] == "Europe/Paris"


def test_a_locale_without_events_falls_back_to_english_and_says_so(gql, events):
    arabic = listing(gql, locale="ar")
    assert titles(arabic) == ["Mayors forum", "Webinar"]
    assert (arabic["locale"], arabic["isFallback"]) == ("en", True)
    assert all(item["isFallback"] for item in arabic["items"])


def test_the_fallback_is_decided_before_filters(gql, events, theme):
    theme("water")
    result = listing(gql, locale="fr", theme="water")
    assert (result["locale"], result["isFallback"], result["total"]) == ("fr", False, 0)
    upcoming = gql.data('{ events(when: PAST, locale: "fr") { locale isFallback total } }')
    assert upcoming["events"] == {"locale": "fr", "isFallback": False, "total": 0}


def test_unknown_locale_is_a_clear_error(gql, events):
    error = gql.execute(LISTING, {"locale": "klingon"})["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}


def test_draft_translations_are_never_listed(gql, events, make_event):
    translate(
        make_event("Retreat", days_from_now(10)), "fr", publish=False, title="SECRET retraite"
    )
    assert "SECRET" not in str(listing(gql, locale="fr"))


def test_city_and_theme_filters_match_translated_events(gql, events):
    paris = events.city
    french_paris = paris.get_translation(Locale.objects.get(language_code="fr"))
    for city in (paris, french_paris):
        assert titles(listing(gql, locale="fr", city=str(city.pk))) == ["Forum des maires"]
    assert titles(listing(gql, city=str(french_paris.pk))) == ["Mayors forum"]
    assert titles(listing(gql, locale="fr", theme="housing")) == ["Forum des maires"]


def test_host_city_is_shown_in_the_listing_locale(gql, events):
    city = listing(gql, locale="fr")["items"][0]["city"]
    assert city == {"cityName": "Paris (FR)", "locale": "fr", "isFallback": False}
    assert listing(gql)["items"][0]["city"]["cityName"] == "Paris"


def test_localized_listing_costs_the_same_for_few_and_many_items(gql, make_event, make_city):
    cities = [make_city(f"City {n}", slug=f"city-{n}") for n in range(3)] + [None]
    for city in cities[:2]:
        translate(city, "fr", city_name=f"Ville {city.pk}")
    for n in range(MANY):
        event = make_event(f"Event {n}", days_from_now(n), city=cities[n % 4])
        translate(event, "fr", title=f"Événement {n}")
    counts = []
    for per_page in (FEW, MANY):
        data, queries = gql.count_queries(LISTING, {"locale": "fr", "perPage": per_page})
        assert len(data["events"]["items"]) == per_page
        counts.append(queries)
    assert counts == [9] * 2


def test_sync_after_a_source_change_copies_dates_and_time_zone(
    django_capture_on_commit_callbacks, events, theme
):
    french = Locale.objects.get(language_code="fr")
    source, _ = TranslationSource.get_or_create_from_instance(events)

    events.start = at(2031, 1, 10, 18, tz="America/Bogota")
    events.end = at(2031, 1, 10, 20, tz="America/Bogota")
    events.time_zone = "America/Bogota"
    events.themes = [theme("financing")]
    events.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(french, fallback=True)

    translation = EventPage.objects.get(translation_key=events.translation_key, locale=french)
    assert translation.start == at(2031, 1, 10, 18, tz="America/Bogota")
    assert translation.time_zone == "America/Bogota"
    assert translation.ends_at == at(2031, 1, 10, 20, tz="America/Bogota")
    assert list(translation.themes.values_list("slug", flat=True)) == ["financing"]
    assert translation.live and translation.city_id == events.city_id
    assert translation.start.astimezone(datetime.UTC).hour == 23
