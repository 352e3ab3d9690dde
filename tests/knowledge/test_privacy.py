"""Drafts and restricted pages never appear: not as products, in totals, or as related cities."""

import datetime

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage
from tests.conftest import restrict_with_password
from tests.hidden_cities import assert_answered_as_missing

from .conftest import make_document

pytestmark = pytest.mark.django_db

LISTING = """
query ($city: ID) {
  knowledgeProducts(city: $city) {
    total
    items { title relatedCities { cityName } documents { title } }
  }
}
"""

SINGLE = """
query ($id: ID) {
  page(id: $id) {
    ... on KnowledgeProductPage { relatedCities { cityName } documents { title } }
  }
}
"""


def test_draft_and_restricted_products_are_not_listed_nor_counted(gql, make_product):
    make_product("Published")
    make_product("Draft", publish=False)
    restrict_with_password(make_product("Locked"))
    result = gql.data(LISTING)["knowledgeProducts"]
    assert result["total"] == 1
    assert [item["title"] for item in result["items"]] == ["Published"]


def test_products_under_a_restricted_index_are_hidden(gql, home, make_page, make_product):
    make_product("Published")
    members = make_page(home, KnowledgeIndexPage(title="Members", slug="members"))
    restrict_with_password(members)
    hidden = KnowledgeProductPage(
        title="Hidden", slug="hidden", publication_date=datetime.date(2020, 1, 1)
    )
    make_page(members, hidden)
    assert gql.data(LISTING)["knowledgeProducts"]["total"] == 1


def test_unpublished_changes_of_a_live_product_are_not_served(gql, make_product):
    product = make_product("Published title")
    product.title = "Draft title"
    product.save_revision()
    assert gql.data(LISTING)["knowledgeProducts"]["items"][0]["title"] == "Published title"


def test_draft_and_restricted_related_cities_are_hidden(gql, make_product, make_city):
    lyon = make_city("Lyon")
    draft = make_city("Draftville", publish=False)
    locked = make_city("Lockton")
    restrict_with_password(locked)
    product = make_product("Report", cities=[lyon, draft, locked])
    listing = gql.data(LISTING)["knowledgeProducts"]["items"][0]
    assert listing["relatedCities"] == [{"cityName": "Lyon"}]
    single = gql.data(SINGLE, {"id": product.pk})["page"]
    assert single["relatedCities"] == [{"cityName": "Lyon"}]


@pytest.mark.parametrize("hidden", ["draft", "restricted"])
def test_filtering_by_a_hidden_city_reveals_nothing(gql, make_product, make_city, hidden):
    city = make_city("Secretville", publish=hidden != "draft")
    if hidden == "restricted":
        restrict_with_password(city)
    make_product("Report", cities=[city])
    assert_answered_as_missing(gql, LISTING, city)


def test_documents_in_a_restricted_collection_are_not_listed(gql, make_product):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    below = private.add_child(name="Board papers 2020")
    public = make_document("public-report")
    secret = make_document("board-minutes")
    deeper = make_document("board-annex")
    secret.collection, deeper.collection = private, below
    secret.save()
    deeper.save()
    product = make_product(
        "Report", documents=[(public, "Report"), (secret, "Minutes"), (deeper, "Annex")]
    )
    listing = gql.data(LISTING)["knowledgeProducts"]["items"][0]
    assert listing["documents"] == [{"title": "Report"}]
    assert gql.data(SINGLE, {"id": product.pk})["page"]["documents"] == [{"title": "Report"}]
