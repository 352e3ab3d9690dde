"""A page of 10 or 100 cities costs the same number of SQL queries, relations included."""

import pytest

from cities.models import CityProfilePage

pytestmark = pytest.mark.django_db

REALISTIC_LISTING = """
query ($perPage: Int) {
  cities(perPage: $perPage) {
    total
    items {
      id title url cityName country countryName population membershipStatus memberSince
      region { slug name }
      contact { name }
      leadImage { url rendition(fill: "320x180") { url width } srcSet(sizes: [320, 640]) }
      partnerships {
        topic startYear endYear
        partner {
          id cityName url region { slug }
          leadImage { rendition(fill: "160x160") { url } }
        }
      }
    }
  }
}
"""

REGIONS = ["africa", "arab-states", "asia-pacific", "europe", "latin-america-caribbean"]


@pytest.fixture
def hundred_cities(make_city, partner, small_image) -> list[CityProfilePage]:
    cities = [
        make_city(
            f"City {number:03d}",
            region=REGIONS[number % len(REGIONS)],
            lead_image=small_image(f"City {number:03d}"),
            population=10_000 * number,
        )
        for number in range(100)
    ]
    for number, city in enumerate(cities):
        partner(city, cities[(number + 1) % 100], topic="Housing")
        partner(city, cities[(number + 7) % 100], topic="Financing")
    return cities


def test_same_query_count_for_10_and_100_cities(gql, hundred_cities):
    gql.data(REALISTIC_LISTING, {"perPage": 100})  # makes the renditions once
    ten, ten_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": 10})
    hundred, hundred_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": 100})
    assert len(ten["cities"]["items"]) == 10
    assert len(hundred["cities"]["items"]) == 100
    assert all(len(item["partnerships"]) == 4 for item in hundred["cities"]["items"])
    assert ten_queries == hundred_queries, (ten_queries, hundred_queries)
