"""Drafts and restricted city pages never appear: not as items, not in totals, not as partners."""

import pytest

from cities.models import CityIndexPage
from tests.conftest import restrict_with_password

pytestmark = pytest.mark.django_db

LISTING = """
query ($search: String) {
  cities(search: $search) {
    total
    items { cityName partnerships { partner { cityName } topic } }
  }
}
"""


def listing(gql, **variables) -> dict:
    result = gql.data(LISTING, variables)["cities"]
    return {
        "total": result["total"],
        "cities": {
            item["cityName"]: sorted(link["partner"]["cityName"] for link in item["partnerships"])
            for item in result["items"]
        },
    }


def test_draft_and_restricted_cities_are_not_listed_nor_counted(gql, make_city):
    make_city("Lyon")
    make_city("Draftville", publish=False)
    restrict_with_password(make_city("Lockton"))
    assert listing(gql) == {"total": 1, "cities": {"Lyon": []}}
    assert listing(gql, search="D")["total"] == 0


def test_cities_under_a_restricted_index_are_hidden(gql, home, make_page, make_city):
    make_city("Lyon")
    members_only = make_page(home, CityIndexPage(title="Members only", slug="members-only"))
    restrict_with_password(members_only)
    make_city("Hidden", parent=members_only)
    assert listing(gql)["cities"] == {"Lyon": []}


def test_unpublished_changes_of_a_live_city_are_not_served(gql, make_city):
    lyon = make_city("Lyon", summary="Published summary")
    lyon.summary = "Draft summary"
    lyon.save_revision()
    data = gql.data("{ cities { items { summary } } }")
    assert data["cities"]["items"] == [{"summary": "Published summary"}]


def test_partners_that_are_draft_or_restricted_are_hidden(gql, make_city, partner):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN", "africa")
    draft = make_city("Draftville", publish=False)
    locked = make_city("Lockton")
    restrict_with_password(locked)
    partner(lyon, dakar)
    partner(lyon, draft)
    partner(lyon, locked)
    # Recorded on the hidden cities, pointing at visible ones: hidden from both sides too.
    partner(draft, dakar, topic="Housing")
    partner(locked, dakar, topic="Financing")
    assert listing(gql)["cities"] == {"Dakar": ["Lyon"], "Lyon": ["Dakar"]}


def test_partnerships_on_a_single_page_query_are_filtered_too(gql, make_city, partner):
    lyon = make_city("Lyon")
    draft = make_city("Draftville", publish=False)
    partner(lyon, draft)
    partner(draft, lyon, topic="Housing")
    data = gql.data(
        "query ($id: ID) { page(id: $id) { ... on CityProfilePage { partnerships { topic } } } }",
        {"id": lyon.pk},
    )
    assert data["page"]["partnerships"] == []
