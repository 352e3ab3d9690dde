"""Partnerships are recorded on one city and shown on both, with topic, years and description."""

import pytest

pytestmark = pytest.mark.django_db

CITY = """
query ($id: ID) {
  page(id: $id) {
    ... on CityProfilePage {
      partnerships { partner { id cityName country } topic startYear endYear description }
    }
  }
}
"""


def partnerships(gql, city) -> list[dict]:
    return gql.data(CITY, {"id": city.pk})["page"]["partnerships"]


def test_a_partnership_edited_on_one_city_shows_on_both(gql, make_city, partner):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    partner(
        lyon,
        dakar,
        topic="Access to basic services",
        start_year=2003,
        end_year=2008,
        description="Exchange of municipal water engineers.",
    )
    link = {
        "topic": "Access to basic services",
        "startYear": 2003,
        "endYear": 2008,
        "description": "Exchange of municipal water engineers.",
    }
    from_lyon = partnerships(gql, lyon)
    from_dakar = partnerships(gql, dakar)
    assert from_lyon == [
        {"partner": {"id": str(dakar.pk), "cityName": "Dakar", "country": "SN"}, **link}
    ]
    assert from_dakar == [
        {"partner": {"id": str(lyon.pk), "cityName": "Lyon", "country": "FR"}, **link}
    ]


def test_links_from_both_sides_are_merged_oldest_first(gql, make_city, partner):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    quito = make_city("Quito", "EC", "latin-america-caribbean")
    partner(lyon, dakar, topic="Housing", start_year=2012)
    partner(quito, lyon, topic="Financing", start_year=2005, end_year=None)
    topics = [(link["partner"]["cityName"], link["topic"]) for link in partnerships(gql, lyon)]
    assert topics == [("Quito", "Financing"), ("Dakar", "Housing")]


def test_the_same_cooperation_recorded_on_both_cities_is_shown_once(gql, make_city, partner):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    partner(lyon, dakar, topic="Housing", start_year=2012)
    partner(dakar, lyon, topic="housing ", start_year=2012)
    assert len(partnerships(gql, lyon)) == 1
    assert len(partnerships(gql, dakar)) == 1


def test_listing_and_single_page_agree(gql, make_city, partner):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    partner(dakar, lyon, topic="Housing", start_year=2012)
    listing = gql.data("{ cities { items { id partnerships { partner { cityName } topic } } } }")
    by_id = {item["id"]: item["partnerships"] for item in listing["cities"]["items"]}
    assert by_id[str(lyon.pk)] == [{"partner": {"cityName": "Dakar"}, "topic": "Housing"}]
    assert by_id[str(dakar.pk)] == [{"partner": {"cityName": "Lyon"}, "topic": "Housing"}]
