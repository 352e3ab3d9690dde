"""pageListing, imageListing, documentListing: the generic lists page like every listing, count
only what the requester may see, and cost the same for few and many items."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from cms.demo_utils import demo_image
from home.models import ContentPage
from tests.conftest import add_child, translate

TOTALS = "total page perPage pages hasNext hasPrevious"


@pytest.fixture
def articles(home):
    pages = [add_child(home, ContentPage(title=f"Page {n}", slug=f"page-{n}")) for n in range(1, 4)]
    add_child(home, ContentPage(title="Draft", slug="draft"), publish=False)
    return pages


def test_pages_page_with_totals_and_skip_drafts(gql, articles):
    query = (
        'query ($page: Int) { pageListing(contentType: "home.ContentPage", perPage: 2, '
        f"page: $page) {{ {TOTALS} locale items {{ title url }} }} }}"
    )
    first = gql.data(query, {"page": 1})["pageListing"]
    second = gql.data(query, {"page": 2})["pageListing"]
    assert (first["total"], first["pages"], first["hasNext"]) == (3, 2, True)
    titles = [item["title"] for item in first["items"] + second["items"]]
    assert titles == ["Page 1", "Page 2", "Page 3"]
    assert second["hasPrevious"] and not second["hasNext"]


def test_pages_in_a_locale_and_fallback(gql, articles):
    translate(articles[0], "fr", title="Page une")
    query = (
        '{ pageListing(locale: "%s", contentType: "home.ContentPage") '
        "{ locale isFallback total items { title } } }"
    )
    french = gql.data(query % "fr")["pageListing"]
    assert (french["locale"], french["isFallback"], french["total"]) == ("fr", False, 1)
    assert french["items"] == [{"title": "Page une"}]
    russian = gql.data(query % "ru")["pageListing"]
    assert (russian["locale"], russian["isFallback"], russian["total"]) == ("en", True, 3)


def restricted_collection() -> Collection:
    collection = Collection.get_first_root_node().add_child(name="Board only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="pw"
    )
    return collection


def images(count: int, restricted: bool = False) -> None:
    for n in range(count):
        image = demo_image(f"{'Board' if restricted else 'Street'} photo {n}", width=40, height=30)
        if restricted:
            image.collection = restricted_collection()
            image.save()


IMAGES = f"{{ imageListing(perPage: 10) {{ {TOTALS} items {{ title srcSet(sizes: [320]) }} }} }}"


@pytest.mark.django_db
def test_images_count_only_visible_ones_at_the_same_query_cost(gql):
    images(1, restricted=True)
    images(2)
    few, few_queries = gql.count_queries(IMAGES)
    assert few["imageListing"]["total"] == 2
    assert {item["title"] for item in few["imageListing"]["items"]} == {
        "Street photo 0",
        "Street photo 1",
    }
    images(6)
    many, many_queries = gql.count_queries(IMAGES)
    assert many["imageListing"]["total"] == 6
    assert [few_queries, many_queries] == [4] * 2


@pytest.mark.django_db
def test_documents_count_only_visible_ones(gql):
    secret = restricted_collection()
    Document.objects.create(title="Minutes", collection=secret, file=ContentFile(b"x", "m.pdf"))
    Document.objects.create(title="Annual report", file=ContentFile(b"%PDF-1.4", "a.pdf"))
    data = gql.data(f"{{ documentListing {{ {TOTALS} items {{ title url }} }} }}")
    listing = data["documentListing"]
    assert listing["total"] == 1
    assert [item["title"] for item in listing["items"]] == ["Annual report"]


@pytest.mark.django_db
def test_a_page_size_over_the_limit_is_bad_user_input(gql):
    result = gql.execute("{ imageListing(perPage: 500) { total } }")
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
