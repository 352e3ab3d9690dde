"""A page of 3 or 12 cities costs the same, pinned, number of SQL queries, relations included."""

import pytest

from cities.models import CityProfilePage
from tests.query_counts import FEW, MANY

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
def cities(make_city, partner, small_image) -> list[CityProfilePage]:
    cities = [
        make_city(
            f"City {number:03d}",
            region=REGIONS[number % len(REGIONS)],
            lead_image=small_image(f"City {number:03d}"),
            population=10_000 * number,
        )
        for number in range(MANY)
    ]
    for number, city in enumerate(cities):
        partner(city, cities[(number + 1) % MANY], topic="Housing")
        partner(city, cities[(number + 7) % MANY], topic="Financing")
    return cities


def test_same_query_count_for_few_and_many_cities(gql, cities):
    gql.data(REALISTIC_LISTING, {"perPage": MANY})  # makes the renditions once
    few, few_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": FEW})
    many, many_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": MANY})
    assert len(few["cities"]["items"]) == FEW
    assert len(many["cities"]["items"]) == MANY
    assert all(len(item["partnerships"]) == 4 for item in many["cities"]["items"])
    assert [few_queries, many_queries] == [12] * 2


# A city with its partners, the partnerships asked before or after the lead images: the
# partners are loaded first either way, so their images join the cities' image batch.
CITY = {
    "regionFirst": "id cityName region { slug } leadImage { url } partnerships { ...Partner }",
    "imageFirst": "id cityName leadImage { url } partnerships { ...Partner }",
}
PARTNER = """
fragment Partner on CityPartnershipLink {
  topic partner { id cityName region { slug } leadImage { rendition(fill: "160x160") { url } } }
}"""
PATHS = {
    "cities": "query ($n: Int) { cities(perPage: $n) { items { ...City } } }",
    "pages": 'query ($n: PositiveInt) { pages(contentType: "cities.CityProfilePage", limit: $n) '
    "{ ...City } }",
    "children": 'query ($n: PositiveInt) { page(slug: "member-cities") '
    "{ children(limit: $n) { ...City } } }",
    "descendants": 'query ($n: PositiveInt) { page(slug: "member-cities") '
    "{ descendants(limit: $n) { ...City } } }",
    "siblings": 'query ($n: PositiveInt) { page(slug: "city-000") '
    "{ siblings(limit: $n) { ...City } } }",
    "search": 'query ($n: Int) { search(query: "City", perPage: $n, '
    'filters: {contentType: ["cities.cityprofilepage"]}) { hits { page { ...City } } } }',
}
PINNED = {"cities": 12, "pages": 13, "children": 15, "descendants": 15, "siblings": 15}
PINNED["search"] = 46


@pytest.mark.parametrize("order", CITY)
@pytest.mark.parametrize("path", PATHS)
def test_every_path_to_cities_costs_the_same_with_their_partners(gql, cities, path, order):
    fragment = f"fragment City on CityProfilePage {{ {CITY[order]} }}"
    query = f"{PATHS[path]} {fragment} {PARTNER}"
    gql.data(query, {"n": MANY})  # makes the renditions once
    counts = []
    for n in (FEW, MANY):
        data, count = gql.count_queries(query, {"n": n})
        assert str(data).count("'partner'") >= 4 * (n - 1), f"{path}: partners missing"
        counts.append(count)
    assert counts == [PINNED[path]] * 2, f"{path}: {counts[0]} for {FEW}, {counts[1]} for {MANY}"
