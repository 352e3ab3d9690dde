"""The `cities` listing: shape, ordering, filters, pagination and totals."""

import pytest

from cities.models import CityProfilePage

LISTING = """
query ($region: String, $country: String, $membership: CityMembership, $search: String,
       $page: Int, $perPage: Int) {
  cities(region: $region, country: $country, membership: $membership, search: $search,
         page: $page, perPage: $perPage) {
    total page perPage pages hasNext hasPrevious
    items {
      id title url cityName country countryName latitude longitude population
      membershipStatus memberSince region { slug name }
    }
  }
}
"""

pytestmark = pytest.mark.django_db


def names(result) -> list[str]:
    return [item["cityName"] for item in result["cities"]["items"]]


@pytest.fixture
def world(make_city):
    make_city("Lyon", "FR", "europe", membership_status="founding", member_since=1998)
    make_city("Rotterdam", "NL", "europe", membership_status="founding", member_since=1998)
    make_city("Dakar", "SN", "africa", member_since=2001, population=2646503)
    make_city("Douala", "CM", "africa", membership_status="observer")
    make_city("Rabat", "MA", "arab-states", membership_status="former")
    make_city("Quito", "EC", "latin-america-caribbean", latitude=-0.22985, longitude=-78.52495)


def test_item_shape_and_order_by_name(gql, world):
    result = gql.data(LISTING)
    assert names(result) == ["Dakar", "Douala", "Lyon", "Quito", "Rabat", "Rotterdam"]
    dakar = result["cities"]["items"][0]
    assert dakar["country"] == "SN" and dakar["countryName"] == "Senegal"
    assert dakar["region"] == {"slug": "africa", "name": "Africa"}
    assert dakar["membershipStatus"] == "member" and dakar["memberSince"] == 2001
    assert dakar["population"] == 2646503
    assert dakar["url"].endswith("/member-cities/dakar/")
    quito = result["cities"]["items"][3]
    assert (quito["latitude"], quito["longitude"]) == (-0.22985, -78.52495)


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"region": "africa"}, ["Dakar", "Douala"]),
        ({"region": "arab-states"}, ["Rabat"]),
        ({"country": "NL"}, ["Rotterdam"]),
        ({"country": "fr"}, ["Lyon"]),
        ({"membership": "FOUNDING"}, ["Lyon", "Rotterdam"]),
        ({"membership": "OBSERVER"}, ["Douala"]),
        ({"search": "d"}, ["Dakar", "Douala"]),
        ({"search": "ROT"}, ["Rotterdam"]),
        ({"search": "otterdam"}, []),
        ({"region": "europe", "membership": "FOUNDING", "search": "L"}, ["Lyon"]),
        ({"country": "US"}, []),
    ],
)
def test_filters(gql, world, variables, expected):
    result = gql.data(LISTING, variables)
    assert names(result) == expected
    assert result["cities"]["total"] == len(expected)


def test_pagination_and_totals(gql, world):
    first = gql.data(LISTING, {"perPage": 4})["cities"]
    assert [first[key] for key in ("total", "page", "perPage", "pages")] == [6, 1, 4, 2]
    assert (first["hasNext"], first["hasPrevious"]) == (True, False)
    second = gql.data(LISTING, {"perPage": 4, "page": 2})["cities"]
    assert [item["cityName"] for item in second["items"]] == ["Rabat", "Rotterdam"]
    assert (second["hasNext"], second["hasPrevious"]) == (False, True)
    beyond = gql.data(LISTING, {"perPage": 4, "page": 3})["cities"]
    assert beyond["items"] == [] and beyond["total"] == 6


@pytest.mark.parametrize(
    ("variables", "field"),
    [
        ({"country": "ZZ"}, "country"),
        ({"country": "France"}, "country"),
        ({"region": "atlantis"}, "region"),
        ({"perPage": 1000}, "perPage"),
        ({"perPage": 0}, "perPage"),
        ({"page": 0}, "page"),
        ({"search": "x" * 101}, "search"),
    ],
)
def test_bad_input_is_a_typed_error(gql, world, variables, field):
    result = gql.execute(LISTING, variables)
    assert result["data"] is None
    (error,) = result["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


def test_unknown_membership_value_is_rejected_before_running(gql, world):
    result = gql.execute(LISTING, {"membership": "PLATINUM"})
    assert "PLATINUM" in result["errors"][0]["message"]
    assert not result.get("data")


def test_country_filter_accepts_every_code_the_admin_offers(gql, world):
    from cities.countries import country_choices

    codes = [code for code, _ in country_choices()]
    assert {"FR", "KE", "SN", "XK"} <= set(codes) and "AN" not in codes
    assert gql.data(LISTING, {"country": "XK"})["cities"]["total"] == 0


def test_city_page_type_is_reachable_by_id(gql, world):
    lyon = CityProfilePage.objects.get(slug="lyon")
    data = gql.data(
        "query ($id: ID) { page(id: $id) { ... on CityProfilePage { cityName countryName } } }",
        {"id": lyon.pk},
    )
    assert data["page"] == {"cityName": "Lyon", "countryName": "France"}
